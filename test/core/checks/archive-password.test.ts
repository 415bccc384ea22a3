/**
 * content.risky-attachment.protected (src/core/checks/archive-password.ts): an archive locked with a password that
 * the same mail gives — the NF-e, factura, invoice, Rechnung, fattura and 請求書 lures — beside Japan's PPAP habit
 * (the password in a second mail) and the other genuine shapes it must leave alone. Synthetic, real-shaped: whole
 * messages as delivered (Received, Authentication-Results of the receiving system), read by parseMessage.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { loadAllCheckData } from '../../../src/core/check-data';
import type { Finding, Report } from '../../../src/core/report';
import { translate } from '../../../src/i18n';
import { storedZip } from './zip-fixture';

/** A ZIP as zip tools write it (stored members); `encrypted` sets general-purpose bit 0 and a 12-byte header. */
const zip = (names: string[], encrypted: boolean) => storedZip(names, { encrypted });

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
const word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

interface Mail {
  from: string;
  name: string;
  to: string;
  subject: string;
  text: string;
  /** Authenticated by its own domain (dkim, spf and dmarc pass), else the unsigned sender of a rented server. */
  authenticated: boolean;
  file?: { name: string; bytes: Uint8Array; type?: string };
}

/** The message as the reader's mail system delivers it: its own Received and Authentication-Results on top. */
function eml(m: Mail): Uint8Array {
  const domain = m.from.slice(m.from.indexOf('@') + 1);
  const mx = 'mx.' + m.to.slice(m.to.indexOf('@') + 1);
  const auth = m.authenticated
    ? `dkim=pass header.d=${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=quarantine) header.from=${domain}`
    : `dkim=none;\r\n\tspf=softfail smtp.mailfrom=${domain};\r\n\tdmarc=none header.from=${domain}`;
  const boundary = '----=_Part_5521_1093.1733490000';
  const lines = [
    `Received: from smtp.${domain} (smtp.${domain} [185.213.26.41])\r\n\tby ${mx} (Postfix) with ESMTPS id 4Y7kQm2Lr8z1xPd\r\n\tfor <${m.to}>; Fri, 5 Dec 2025 10:41:07 -0300`,
    `Authentication-Results: ${mx};\r\n\t${auth}`,
    `Message-ID: <20251205134106.5521@smtp.${domain}>`,
    'Date: Fri, 5 Dec 2025 10:41:06 -0300',
    `From: ${word(m.name)} <${m.from}>`,
    `To: <${m.to}>`,
    `Subject: ${word(m.subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(m.text),
  ];
  if (m.file)
    lines.push(
      `--${boundary}`,
      `Content-Type: ${m.file.type ?? 'application/zip'}; name="${word(m.file.name)}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="${word(m.file.name)}"`,
      '',
      b64(m.file.bytes),
    );
  lines.push(`--${boundary}--`, '');
  return new TextEncoder().encode(lines.join('\r\n'));
}

async function report(m: Mail): Promise<Report> {
  return analyze(await parseMessage(eml(m)));
}
const attachmentFinding = (r: Report): Finding | undefined =>
  r.findings.find((f) => f.id === 'content.risky-attachment');

const locked = (...names: string[]) => zip(names, true);

describe('an archive locked with a password the same mail gives (content.risky-attachment.protected)', () => {
  before(() => loadAllCheckData());

  const lures: [lang: string, mail: Omit<Mail, 'authenticated'>][] = [
    [
      'pt (NF-e)',
      {
        from: 'faturamento@distribuidora-boaviagem.com.br',
        name: 'Faturamento Boa Viagem',
        to: 'compras@metalurgicasantos.com.br',
        subject: 'NF-e 000.418.227 - Nota Fiscal Eletrônica',
        text: 'Prezado cliente,\n\nSegue em anexo a Nota Fiscal Eletrônica (DANFE) referente ao seu pedido.\nO documento está protegido, senha: 4471\n\nAtenciosamente,\nDepartamento Financeiro',
        file: { name: 'NFe_000418227.zip', bytes: locked('NFe_000418227.pdf') },
      },
    ],
    [
      'es (factura)',
      {
        from: 'administracion@suministros-levante.es',
        name: 'Administración Suministros Levante',
        to: 'contabilidad@talleresgarcia.es',
        subject: 'Factura pendiente FV-2025-1184',
        text: 'Buenos días,\n\nAdjuntamos la factura pendiente de pago. El archivo está protegido por seguridad.\nLa contraseña para abrir el archivo es 2025FV\n\nUn saludo,\nAdministración',
        file: { name: 'Factura_FV-2025-1184.zip', bytes: locked('Factura_FV-2025-1184.pdf') },
      },
    ],
    [
      'en (invoice)',
      {
        from: 'accounts@northgate-supplies.co.uk',
        name: 'Northgate Accounts',
        to: 'ap@harlowmech.co.uk',
        subject: 'Overdue invoice INV-30917',
        text: 'Hello,\n\nPlease find attached the overdue invoice. For security the file is encrypted.\nPassword: 30917\n\nKind regards,\nAccounts Receivable',
        file: { name: 'INV-30917.zip', bytes: locked('INV-30917.pdf') },
      },
    ],
    [
      'de (Rechnung)',
      {
        from: 'buchhaltung@elektro-baumann.de',
        name: 'Buchhaltung Baumann',
        to: 'einkauf@schreinerei-vogt.de',
        subject: 'Rechnung Nr. 2025-4417',
        text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung. Das Archiv ist geschützt, das Passwort lautet: RG4417\n\nMit freundlichen Grüßen\nBuchhaltung',
        file: { name: 'Rechnung_2025-4417.zip', bytes: locked('Rechnung_2025-4417.pdf') },
      },
    ],
    [
      'it (fattura)',
      {
        from: 'amministrazione@ferramenta-rossi.it',
        name: 'Amministrazione Rossi',
        to: 'ufficio@officinabianchi.it',
        subject: 'Invio fattura n. 1187/2025',
        text: 'Gentile cliente,\n\nin allegato la fattura elettronica. Il file è protetto.\nPassword: 1187\n\nCordiali saluti\nUfficio amministrazione',
        file: { name: 'Fattura_1187_2025.zip', bytes: locked('Fattura_1187_2025.pdf') },
      },
    ],
    [
      'ja (請求書)',
      {
        from: 'keiri@yamato-shoji.jp',
        name: '大和商事 経理部',
        to: 'soumu@kanda-seisakusho.co.jp',
        subject: '【請求書送付】12月分のご請求について',
        text: 'いつもお世話になっております。\n12月分の請求書をお送りいたします。\n添付ファイルのパスワード：7788\nご確認のほどよろしくお願いいたします。',
        file: { name: '請求書_202512.zip', bytes: locked('請求書_202512.pdf') },
      },
    ],
  ];

  for (const [lang, mail] of lures) {
    it(`fails the ${lang} bill locked in an archive with its password in the body, from a sender nothing authenticates`, async () => {
      const r = await report({ ...mail, authenticated: false });
      const f = attachmentFinding(r);
      expect(f).to.include({ status: 'fail' });
      expect(f?.message.key).to.equal('content.risky-attachment.protected');
      expect(f?.evidence.some((e) => e.header === 'Body' && !!e.highlight)).to.equal(true);
      expect(r.verdict).to.equal('likely-phishing');
      expect(translate('en', f!.message.key, f!.message.params)).to.include(mail.file!.name);
      expect(translate('ja', f!.message.key, f!.message.params)).to.include(mail.file!.name);
    });

    it(`only warns when the ${lang} sender's own domain authenticates it (a careless genuine sender), and never alone`, async () => {
      const r = await report({ ...mail, authenticated: true });
      expect(attachmentFinding(r)).to.include({ status: 'warn' });
      expect(r.verdict).to.equal('no-red-flags');
    });
  }

  it('a program named in the encrypted ZIP’s directory fails as a program inside, whatever the password', async () => {
    const r = await report({
      ...lures[0]![1],
      authenticated: true,
      file: { name: 'NFe_000418227.zip', bytes: locked('NFe_000418227.pdf.exe') },
    });
    const f = attachmentFinding(r);
    expect(f).to.include({ status: 'fail' });
    expect(f?.message.key).to.equal('content.risky-attachment.member');
    const script = await report({
      ...lures[2]![1],
      authenticated: true,
      text: 'Invoice attached, the archive is encrypted (password sent separately).',
      file: { name: 'INV-30917.zip', bytes: locked('INV-30917.js') },
    });
    expect(attachmentFinding(script)?.message.key).to.equal('content.risky-attachment.member');
    expect(script.verdict).to.equal('likely-phishing');
  });

  it('a RAR, whose lock its first bytes do not tell, counts once the mail gives its password', async () => {
    const rar = Uint8Array.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0x33, 0x92, 0xb5, 0xe5, 0x0a, 0x01]);
    const r = await report({
      ...lures[1]![1],
      authenticated: false,
      file: { name: 'Factura_FV-2025-1184.rar', bytes: rar, type: 'application/x-rar-compressed' },
    });
    expect(attachmentFinding(r)?.message.key).to.equal('content.risky-attachment.protected');
    expect(attachmentFinding(r)).to.include({ status: 'fail' });
  });

  it("judges the name alone when the host lists only the attachment's name (Outlook's older clients)", async () => {
    const parsed = await parseMessage(eml({ ...lures[3]![1], authenticated: false }));
    const listed = {
      ...parsed,
      attachments: [{ filename: 'Rechnung_2025-4417.zip', mimeType: 'application/zip', size: 2311 }],
    };
    const f = attachmentFinding(analyze(listed));
    expect(f).to.include({ status: 'fail' });
    expect(f?.message.key).to.equal('content.risky-attachment.protected');
  });

  it('twin: Japanese PPAP — the encrypted ZIP from an authenticated business, its password announced for a separate mail — is clean', async () => {
    const r = await report({
      from: 'tanaka@kanda-seisakusho.co.jp',
      name: '田中 一郎',
      to: 'sato@yamato-shoji.jp',
      subject: 'お見積書送付の件',
      text: '大和商事株式会社\n佐藤様\n\nいつもお世話になっております。神田製作所の田中です。\nご依頼いただいたお見積書を送付いたします。\nパスワードは別途メールにてお送りします。\n\nよろしくお願いいたします。',
      file: { name: '見積書_2025-1205.zip', bytes: locked('見積書_2025-1205.pdf') },
      authenticated: true,
    });
    expect(attachmentFinding(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
    // …and its second mail, the password with no archive.
    const second = await report({
      from: 'tanaka@kanda-seisakusho.co.jp',
      name: '田中 一郎',
      to: 'sato@yamato-shoji.jp',
      subject: 'パスワードのお知らせ',
      text: '先ほどお送りしたファイルのパスワードをお知らせします。\n\nパスワード：Kd7#q29Lm\n\nよろしくお願いいたします。',
      authenticated: true,
    });
    expect(second.findings.filter((f) => f.status === 'fail' || f.status === 'warn')).to.deep.equal([]);
    expect(second.verdict).to.equal('no-red-flags');
  });

  it('twin: the PPAP notice is clean even unauthenticated: it gives no password', async () => {
    const r = await report({
      from: 'suzuki@hokuto-kogyo.co.jp',
      name: '鈴木',
      to: 'soumu@kanda-seisakusho.co.jp',
      subject: '資料送付',
      text: 'お世話になっております。\n資料を添付いたします。\n※パスワードは別途お知らせいたします。',
      file: { name: '資料.zip', bytes: locked('資料.xlsx') },
      authenticated: false,
    });
    expect(attachmentFinding(r)).to.equal(undefined);
  });

  it('twin: a bank’s protected PDF whose password is a rule (first digits of the CPF), and a plain ZIP of photos with a Wi-Fi password, stay clean', async () => {
    const pdf = await report({
      from: 'faturas@banco-horizonte.com.br',
      name: 'Banco Horizonte',
      to: 'maria.souza@metalurgicasantos.com.br',
      subject: 'Sua fatura do cartão chegou',
      text: 'Olá, Maria\n\nSua fatura está em anexo. Para abrir o arquivo, a senha são os 5 primeiros dígitos do seu CPF.\n\nBanco Horizonte',
      file: {
        name: 'fatura_dezembro.pdf',
        bytes: new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'),
        type: 'application/pdf',
      },
      authenticated: true,
    });
    expect(attachmentFinding(pdf)).to.equal(undefined);
    const photos = await report({
      from: 'ana.lima@gmail.com',
      name: 'Ana Lima',
      to: 'maria.souza@metalurgicasantos.com.br',
      subject: 'Fotos da festa',
      text: 'Oi Maria! Seguem as fotos. Ah, e a senha do wi-fi da casa nova é casa2025 :)',
      file: { name: 'fotos.zip', bytes: zip(['IMG_0412.jpg', 'IMG_0413.jpg'], false) },
      authenticated: true,
    });
    expect(attachmentFinding(photos)).to.equal(undefined);
  });

  it('reads only real passwords: a reset link, a mask or an expiry date near the word is none', async () => {
    for (const text of [
      'Your archive is attached. To reset your password: https://portal.example.com/reset?u=2041',
      'Archive attached. Password: ********',
      'Archive attached. Password expiry: 12/01/2026',
    ]) {
      const r = await report({
        from: 'it@northgate-supplies.co.uk',
        name: 'IT',
        to: 'ap@harlowmech.co.uk',
        subject: 'Archive',
        text,
        file: { name: 'logs.zip', bytes: locked('logs.txt') },
        authenticated: false,
      });
      expect(attachmentFinding(r), text).to.equal(undefined);
    }
  });
});
