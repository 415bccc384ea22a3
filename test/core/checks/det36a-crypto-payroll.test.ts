/**
 * Session 36's families (issue #16), each attack beside its false-alarm twin:
 * - The wallet drainer's airdrop claim or wallet "validation" (content.pretext.wallet-claim), in the languages it is
 *   sent in. Twins: an exchange's own authenticated mail about an airdrop credited or its rewards, a wallet's safety
 *   note, airdrop news without the wallet act, a mobile-money e-wallet's own "verify your wallet".
 * - An invoice payable in crypto (content.pretext.crypto-invoice) is believed from a crypto exchange's or processor's
 *   own authenticated domain linking to itself, and still fails from any other business, authenticated or not.
 * - A water, toll or fine "notification" domain of generic words (content.pretext.authority-domain) in the Romance
 *   languages' word for a notice. Twin: a business's own name beside that word.
 * - Payroll diversion (content.bec-request.payroll) in Hungarian and the other Central and Eastern European languages.
 *   Twin: an employee writing HR from the company's address about a new account, the HR form attached.
 * Synthetic messages written inline with headers as delivered.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { authenticatedMail, bad, deliveredMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string, extra: string[] = []) =>
  authenticatedMail(from, subject, body, extra, { freeMail });
const pretextKey = (r: Report) => one(r, 'content.pretext')?.message.key;

type Case = [what: string, from: string, subject: string, body: string];

describe('an airdrop to claim or a wallet to validate by connecting it (content.pretext.wallet-claim)', () => {
  const attacks: Case[] = [
    [
      "a project's own authenticated domain: the wallet is eligible, connect it to claim",
      'Zentra Labs <hello@zentralabs.io>',
      'Your ZNT allocation is ready to claim',
      'Wallets that used Zentra before block 19,220,400 are eligible for the second ZNT distribution. Your ' +
        'estimated allocation: 2,150 ZNT. Allocations not claimed within 10 days return to the treasury.\n\n' +
        'Connect your wallet to claim: https://claim.zentralabs.io/\n\nZentra Labs Foundation',
    ],
    [
      'a Spanish airdrop from a stranger linking to a foreign host',
      'Comunidad Nexo Rewards <info@nexo-recompensas.com>',
      'Tu airdrop está listo',
      'Tu billetera es elegible para el airdrop de la temporada 3. Conecta tu billetera antes del cierre para ' +
        'reclamar tus tokens: https://airdrop-season3.pages.dev/claim',
    ],
    [
      'a Portuguese claim asking for the recovery phrase',
      'Equipe Recompensas <suporte@recompensas-cripto.com.br>',
      'Resgate seus tokens',
      'Você é elegível para resgatar seus tokens. Conecte sua carteira e confirme sua frase de recuperação: ' +
        'https://resgate-tokens.com.br/conectar',
    ],
    [
      'a German claim',
      'Airdrop Team <team@airdrop-portal.de>',
      'Ihre Token-Zuteilung',
      'Ihre Wallet ist berechtigt. Verbinden Sie Ihre Wallet und fordern Sie Ihre Token an: https://airdrop-portal.de/c',
    ],
    [
      'a Japanese airdrop',
      'エアドロップ事務局 <info@airdrop-jp.net>',
      'エアドロップ受け取りのご案内',
      'お使いのウォレットは受け取り対象です。ウォレットを接続してエアドロップを受け取ってください。\n' +
        'https://airdrop-jp.net/claim',
    ],
    [
      "the MetaMask kit: validate the wallet or it is suspended, from a domain that is not MetaMask's",
      'MetaMask Support <support@metamask-wallet-security.com>',
      'Action required: wallet verification',
      'Your MetaMask wallet will be suspended within 24 hours. Validate your wallet now to keep access to your ' +
        'assets: https://metamask-wallet-security.com/validate',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`fails ${what}`, () => {
      const r = mail(from, subject, body);
      expect(pretextKey(r), bad(r).join(' ')).to.equal('content.pretext.wallet-claim');
      expect(one(r, 'content.pretext')?.status).to.equal('fail');
      expect(r.verdict).to.not.equal('no-red-flags');
    });
  }

  it("is likely phishing from the project's own authenticated domain linking to itself (set36 p-en-07's shape)", () => {
    const [, from, subject, body] = attacks[0]!;
    expect(mail(from, subject, body).verdict).to.equal('likely-phishing');
  });

  it('fails the same claim in the name of Coinbase when the sender is not coinbase.com', () => {
    const r = mail(
      'Coinbase <rewards@coinbase-airdrop.io>',
      'Your airdrop is ready to claim',
      'Your wallet is eligible for the USDC rewards airdrop. Connect your wallet to claim your rewards: ' +
        'https://coinbase-airdrop.io/claim',
    );
    expect(pretextKey(r)).to.equal('content.pretext.wallet-claim');
    expect(r.verdict).to.equal('likely-phishing');
  });

  const twins: Case[] = [
    [
      "Coinbase's own authenticated notice: an airdrop credited to the account",
      'Coinbase <no-reply@info.coinbase.com>',
      'You received an airdrop',
      'Good news: an airdrop of 12.5 XYZ has been credited to your Coinbase account. No action is needed.\n\n' +
        'View your balance: https://www.coinbase.com/assets/xyz',
    ],
    [
      "Coinbase's own authenticated rewards mail that says to connect the wallet, linking to coinbase.com",
      'Coinbase <no-reply@info.coinbase.com>',
      'Claim your rewards',
      'You are eligible to claim your rewards. Connect your wallet in the Coinbase app to claim: ' +
        'https://www.coinbase.com/rewards',
    ],
    [
      "bitFlyer's authenticated airdrop notice in Japanese",
      'bitFlyer <info@bitflyer.com>',
      'エアドロップ付与のお知らせ',
      'エアドロップの受け取り対象のお客様の口座に付与いたしました。ウォレットを接続していただく必要はありません。' +
        '\nhttps://bitflyer.com/ja-jp/news',
    ],
    [
      "a wallet maker's safety note that it never asks for the recovery phrase",
      'Hardware Wallet News <news@coldvault.example.com>',
      'Stay safe: airdrop scams',
      'Scammers send mail saying your wallet is eligible for an airdrop and asking you to connect your wallet. We ' +
        'will never ask you to enter your recovery phrase; never share your recovery phrase with anyone.\n' +
        'https://coldvault.example.com/blog/airdrop-scams',
    ],
    [
      "a crypto newsletter's airdrop news, no wallet act asked",
      'The Block Digest <digest@blockdigest.example.com>',
      'Airdrop season: who is eligible',
      'Wallets that used the bridge before the snapshot are eligible for the airdrop, the team said on Tuesday. ' +
        'Read more: https://blockdigest.example.com/2025/12/airdrop',
    ],
    [
      "a mobile-money e-wallet's own notice to verify the wallet (no crypto)",
      'PayGo Wallet <notices@paygo.example.com>',
      'Verify your wallet',
      'To keep sending money, verify your wallet within 30 days: upload your ID in the app. Your wallet will be ' +
        'limited after that date.\nhttps://paygo.example.com/help/verify',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
  }
});

describe("an invoice payable in crypto from a crypto exchange's or processor's own domain (crypto-invoice)", () => {
  const wallet = 'TN3W4H6rK5ACkY2Bq8xV7pLmZt9sQe1RfU';
  const body = (link: string) =>
    `Your invoice 5512 for December: 49 USDT. Pay in USDT for a 5% discount: send to ${wallet} (TRC20), or pay ` +
    `by card at ${link}`;

  it("believes Crypto.com's own authenticated invoice with a discount for its coin, linking to itself", () => {
    const r = mail('Crypto.com Pay <billing@crypto.com>', 'Invoice 5512', body('https://crypto.com/pay/5512'));
    expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails the same invoice when it links away from the exchange', () => {
    const r = mail('Crypto.com Pay <billing@crypto.com>', 'Invoice 5512', body('https://crypto-pay-invoice.xyz/5512'));
    expect(pretextKey(r)).to.equal('content.pretext.crypto-invoice');
  });

  it('still fails it from an ordinary business authenticated for its own domain', () => {
    const r = mail(
      'NodeHost Billing <billing@nodehost.example.com>',
      'Invoice 5512',
      body('https://nodehost.example.com/b'),
    );
    expect(pretextKey(r)).to.equal('content.pretext.crypto-invoice');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('still fails it in the name of Crypto.com when not authenticated for crypto.com', () => {
    const r = deliveredMail(
      'Crypto.com Pay <billing@crypto.com>',
      'Invoice 5512',
      { text: body('https://crypto.com/pay/5512') },
      false,
      { freeMail },
    );
    expect(pretextKey(r)).to.equal('content.pretext.crypto-invoice');
  });
});

describe('a notice domain of generic words in the Romance languages (content.pretext.authority-domain)', () => {
  const text =
    'Tiene un pago pendiente. Su cuenta será bloqueada en 24 horas si no regulariza el pago. Verifique sus datos.\n' +
    'Pague ahora: https://';

  it('fails a "notificación" domain made only of generic words', () => {
    const r = mail('Avisos <avisos@notificacion-pagos.com>', 'Pago pendiente', text + 'notificacion-pagos.com/pagar');
    expect(pretextKey(r), bad(r).join(' ')).to.equal('content.pretext.authority-domain');
  });

  it('fails a Portuguese "notificação" domain', () => {
    const r = mail(
      'Avisos <avisos@notificacao-online.pt>',
      'Pagamento pendente',
      'Tem um pagamento pendente. A sua conta será bloqueada: evite a suspensão. Pague: https://notificacao-online.pt/p',
    );
    expect(pretextKey(r), bad(r).join(' ')).to.equal('content.pretext.authority-domain');
  });

  it("keeps a shop's own notification domain that names it clean", () => {
    const r = mail(
      'Tienda Marisol <avisos@notificaciones-tiendamarisol.com>',
      'Pago pendiente',
      text + 'notificaciones-tiendamarisol.com/pagar',
    );
    expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
  });
});

/** A plain-text message from a free mailbox that does not authenticate for anything else, to the payroll desk. */
async function payrollMail(from: string, subject: string, body: string, attachment?: string): Promise<Report> {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const boundary = 'b1';
  const head = [
    `Received: from mail.${domain} (mail.${domain} [185.70.42.17]) by mx.example.net`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=s1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Bérszámfejtés <berszamfejtes@bakonyfa.hu>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
  ];
  const raw = attachment
    ? [
        ...head,
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset="utf-8"',
        '',
        body,
        `--${boundary}`,
        `Content-Type: application/pdf; name="${attachment}"`,
        `Content-Disposition: attachment; filename="${attachment}"`,
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PD4+CmVuZG9iagp0cmFpbGVyCjw8Pj4KJSVFT0YK',
        `--${boundary}--`,
        '',
      ]
    : [...head, 'Content-Type: text/plain; charset="utf-8"', '', body];
  return analyze(await parseMessage(new TextEncoder().encode(raw.join('\r\n'))), { freeMail });
}

describe('payroll diversion in Central and Eastern European languages (content.bec-request.payroll)', () => {
  const attacks: Case[] = [
    [
      'Hungarian',
      'Kovács Anna <kovacs.anna.1987@freemail.hu>',
      'Bankszámla változás',
      'Jó napot! Szeretném jelezni, hogy a bankszámlám megváltozott. Kérem, a novemberi munkabéremet már az új ' +
        'számlára utalják: 11773016-01784522-00000000. Köszönöm, Kovács Anna',
    ],
    [
      'Slovak',
      'Peter Horváth <peter.horvath77@gmail.com>',
      'Zmena účtu',
      'Dobrý deň, zmenil som banku. Prosím, moju mzdu za november pošlite na nové číslo účtu ' +
        'SK31 1200 0000 1987 4263 7541. Ďakujem, Peter',
    ],
    [
      'Croatian',
      'Ivana Kovačić <ivana.kovacic85@gmail.com>',
      'Novi račun',
      'Poštovani, promijenila sam banku. Molim da moju plaću za studeni uplatite na novi račun ' +
        'HR12 1001 0051 8630 0016 0. Hvala, Ivana',
    ],
    [
      'Slovenian',
      'Marko Novak <marko.novak.lj@gmail.com>',
      'Nov račun',
      'Pozdravljeni, zamenjal sem banko. Prosim, da mojo plačo za november nakažete na nov račun ' +
        'SI56 0201 0001 2345 678. Hvala, Marko',
    ],
    [
      'Bulgarian',
      'Иван Петров <ivan.petrov.sofia@gmail.com>',
      'Нова банкова сметка',
      'Здравейте, смених банката. Моля, превеждайте заплатата ми за ноември по новата ми сметка ' +
        'BG80 BNBG 9661 1020 3456 78. Благодаря, Иван',
    ],
    [
      'Romanian',
      'Andrei Popescu <andrei.popescu.88@yahoo.com>',
      'Cont nou',
      'Bună ziua, am schimbat banca. Vă rog să virați salariul pe luna noiembrie în contul nou ' +
        'RO49 AAAA 1B31 0075 9384 0000. Mulțumesc, Andrei',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`fails the ${what} request from a free mailbox: likely phishing`, async () => {
      const r = await payrollMail(from, subject, body);
      const f = one(r, 'content.bec-request');
      expect(f?.message.key, bad(r).join(' ')).to.equal('content.bec-request.payroll');
      expect(f?.status).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  it("keeps an employee's own request from the company's address, the HR form attached, clean", async () => {
    const r = await payrollMail(
      'Kovács Anna <anna.kovacs@bakonyfa.hu>',
      'Bankszámla változás',
      'Kedves Bérszámfejtés! A bankszámlám megváltozott, a novemberi munkabéremet kérem már az új számlára ' +
        'utalják. Csatolom a kitöltött és aláírt adatváltozás-bejelentő nyomtatványt. Köszönöm, Kovács Anna',
      'adatvaltozas-bejelento.pdf',
    );
    expect(one(r, 'content.bec-request'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the account check asked in European Portuguese, the article before the possessive (content.lure)', () => {
  it('reads "confirme a sua identidade" as the verify ask beside the threat: flagged', () => {
    const r = deliveredMail(
      'Apoio ao Cliente <apoio@cliente-seguro.net>',
      'A sua conta será bloqueada',
      { text: 'A sua conta será bloqueada. Confirme a sua identidade: https://confirmar-acesso.pt/login' },
      false,
      { freeMail },
    );
    expect(JSON.stringify(one(r, 'content.lure')?.evidence)).to.include('Confirme a sua identidade');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("keeps a shop's own sign-up mail asking to confirm the e-mail address clean", () => {
    const r = mail(
      'Loja Alfama <ola@lojaalfama.pt>',
      'Bem-vindo à Loja Alfama',
      'Obrigado pelo registo. Confirme o seu endereço de e-mail: https://lojaalfama.pt/confirmar?t=81c2',
    );
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });
});

describe('the shop-anniversary survey gift in Central European languages (content.lure)', () => {
  const attacks: [what: string, text: string][] = [
    [
      'Polish (set37 p-pl-01 shape)',
      'Gratulacje! Zostałeś wybrany do udziału w krótkiej ankiecie (4 pytania). Po jej wypełnieniu otrzymasz bon o ' +
        'wartości 500 zł. Koszt wysyłki karty podarunkowej: 8,99 zł. https://sklep-nagrody.shop/ankieta',
    ],
    [
      'Czech',
      'Byl jste vybrán! Vyplňte krátký dotazník a získejte poukázku v hodnotě 5 000 Kč. https://obchod-odmeny.shop/d',
    ],
    [
      'Romanian',
      'Felicitări, ați fost selectat! Completați scurtul chestionar și primiți un voucher de 1000 lei. ' +
        'https://magazin-premii.shop/c',
    ],
  ];
  for (const [what, text] of attacks) {
    it(`reads the ${what} gift as a lure, flagged from a sender not authenticated`, () => {
      const r = deliveredMail('Sklep <ankieta@sklep-nagrody.shop>', 'Gratulacje', { text }, false, { freeMail });
      expect(one(r, 'content.lure')?.status, bad(r).join(' ')).to.equal('warn');
      expect(r.verdict).to.not.equal('no-red-flags');
    });
  }

  it("keeps a Polish shop's own feedback survey and voucher promotion clean", () => {
    const r = mail(
      'Sklep Zielony <kontakt@sklepzielony.pl>',
      'Jak oceniasz zakupy?',
      'Dziękujemy za zakupy! Zapraszamy do udziału w krótkiej ankiecie o naszej obsłudze. W tym tygodniu przy ' +
        'zakupach powyżej 100 zł otrzymasz bon o wartości 20 zł. https://sklepzielony.pl/ankieta',
    );
    expect(one(r, 'content.lure'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a tax refund to deposit by picking one’s bank (content.pretext.refund-deposit)', () => {
  const cra =
    'Dear taxpayer,\nAfter the last annual calculation we have determined that you are eligible to receive a tax ' +
    'refund of $486.20 CAD. Your refund has been sent via INTERAC e-Transfer. To deposit the funds, select your ' +
    'financial institution:\n';

  it('fails the CRA e-Transfer kit from a domain wearing canada.ca, not authenticated: likely phishing', () => {
    const r = deliveredMail(
      'Canada Revenue Agency <cra-arc.noreply@notification-canada.ca.accesscra.org>',
      'CRA: You have received an Interac e-Transfer refund',
      { text: cra + 'https://www.google.com/url?q=https%3A%2F%2Fcra-depot.accesscra.org%2Fetransfer%2F&sa=D' },
      false,
      { freeMail },
    );
    expect(pretextKey(r), bad(r).join(' ')).to.equal('content.pretext.refund-deposit');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails an HMRC rebate from a kit domain authenticated for itself', () => {
    const r = mail(
      'Tax Rebate Office <rebates@uk-rebate-notice.com>',
      'Your tax rebate is ready',
      'You are entitled to a tax rebate of £318.40. Choose your bank to receive it: https://uk-rebate-notice.com/bank',
    );
    expect(pretextKey(r), bad(r).join(' ')).to.equal('content.pretext.refund-deposit');
  });

  it('fails the French CRA kit', () => {
    const r = mail(
      'Agence du revenu <avis@arc-remboursement.ca>',
      'Remboursement disponible',
      "Vous avez droit à un remboursement d'impôt de 412,50 $. Sélectionnez votre institution financière : " +
        'https://arc-remboursement.ca/depot',
    );
    expect(pretextKey(r), bad(r).join(' ')).to.equal('content.pretext.refund-deposit');
  });

  const twins: Case[] = [
    [
      "the government's own authenticated notice to set up direct deposit",
      'Canada Revenue Agency <notification@cra-arc.gc.ca>',
      'GST/HST credit payment',
      'Your GST/HST credit payment is scheduled. To get your tax refund faster, select your financial institution ' +
        'in My Account: https://www.canada.ca/en/revenue-agency/services/e-services/cra-login-services.html',
    ],
    [
      "Interac's own authenticated e-Transfer notice from a province's rebate",
      'Interac e-Transfer <notify@payments.interac.ca>',
      'INTERAC e-Transfer: you received money',
      'The Province sent you $150.00 (tax rebate). Your payment was sent via Interac e-Transfer. To deposit, select ' +
        'your financial institution: https://etransfer.interac.ca/dep/abc123',
    ],
    [
      "an accountant's letter about the refund, no bank to pick",
      'Hill & Co Accounting <office@hillco-accounting.example.com>',
      'Your 2024 return is filed',
      'Your return was filed today. Your tax refund of $1,204 will be deposited to the bank account on file with ' +
        'the CRA. Our invoice: https://hillco-accounting.example.com/invoices/2291',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
  }
});
