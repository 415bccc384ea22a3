/**
 * Families from challenge set 25 (issue #16), each beside its false-alarm twins. Every message is synthetic, written
 * inline with headers as delivered.
 * 1. The brand-free "service" kit speaking as the reader's own department (own-org.ts departmentClaim,
 *    own-department.ts): a display name that is a department naming nobody ("Account Services", "HR Benefits
 *    Administration", "Personalabteilung", "Recursos Humanos", "人事部") on the phisher's own authenticated domain, asking
 *    the reader to sign in with the work account, or giving our mail system's notice about our address or on a host
 *    carrying our name. Twins: an identity vendor's real password notice on our tenant (it names itself), our own HR
 *    from our own domain, a vendor's nameless billing desk writing to its customer about its own invoice, a benefits
 *    vendor under its own name.
 * 2. Microsoft 365 mail from another tenant whose entry hop is received by a `*.prod.outlook.com` front end (parse/trust.ts
 *    fromOtherTenant): the Authentication-Results above it are the recipient's; Microsoft's own subscription notice is
 *    authenticated and stays clean. Twin: the tenant's own internal transport between Microsoft hosts stays internal.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { loadAllCheckData } from '../../../src/core/check-data';
import { namelessDepartment } from '../../../src/core/checks/own-department';
import { parse } from '../../../src/core/parse';

before(() => loadAllCheckData());

const ownOrg = (r: Report) => r.findings.find((f) => f.id === 'sender.own-org-impersonation');

function mail(
  from: string,
  to: string,
  subject: string,
  body: string,
  extra: Partial<MessageInput> = {},
): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const rcpt = to.slice(to.indexOf('@') + 1, to.indexOf('>'));
  const headers = [
    `Received: from smtp1.${domain} (smtp1.${domain} [91.92.243.118]) by mx.${rcpt}`,
    ' with ESMTPS id 8319F; Mon, 6 Oct 2025 08:04:16 +0200',
    `Authentication-Results: mx.${rcpt}; dkim=pass header.d=${domain} header.s=k1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <BR0nKeAZnO4U@${domain}>`,
    'Date: Mon, 6 Oct 2025 08:03:55 +0200',
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text: body, ...extra };
}

const THANDI = 'Thandi Mokoena <thandi.mokoena@capemetal.co.za>';
const ENROL =
  'Dear Thandi,\nThe 2026 benefits open enrolment window is now open. Please confirm your medical aid and ' +
  'retirement annuity elections by Friday, 10 October 2025.\nTo complete your enrolment, scan the QR code in this ' +
  'message with your mobile phone camera and sign in with your work email.\nKind regards,\nHR Benefits ' +
  'Administration\nPeople & Culture\n';
const ENROL_QR = {
  codes: [{ image: 'enrol_qr.png', text: 'https://enrol.staffbenefit-portal.com/za/2025/?ref=hr' }],
  skipped: [],
};

const JORGE = 'Jorge Alvarez <jalvarez@brightlinelogistics.com>';
const EXPIRY =
  'Hello Jorge,\nThe password for your account jalvarez@brightlinelogistics.com is scheduled to expire on ' +
  'Thursday, March 13, 2025.\nTo avoid interruption to email, Teams and VPN access, please keep your current ' +
  'password or set a new one before the expiry date:\nhttps://portal.secure-acctnotice.com/owa/auth/logon.aspx\n' +
  'Thank you,\nAccount Services\n';

describe('set 25: a department naming nobody, from a stranger’s domain, speaking to our staff', () => {
  it('reads a department’s name that names nobody, in several languages, and not a name that names someone', () => {
    for (const name of [
      'Account Services',
      'HR Benefits Administration',
      'Secure Document Portal',
      'Billing Department',
      'Payroll Team',
      'People & Culture',
      'Personalabteilung',
      'HR-Abteilung',
      'Recursos Humanos',
      'Service des Ressources Humaines',
      'Departamento de Nómina',
      'Ufficio Risorse Umane',
      '人事部',
      '総務部 給与担当',
    ])
      expect(namelessDepartment(name), name).to.equal(true);
    for (const name of [
      'Okta',
      'Businessolver Benefits',
      'Acme Billing',
      'Anna Berg',
      'The Team',
      'Support',
      '',
      'Notion Team',
    ])
      expect(namelessDepartment(name), name).to.equal(false);
  });

  it('fails the benefits enrolment to sign in with the work email through a QR code (likely phishing)', () => {
    const r = analyze(
      mail(
        'HR Benefits Administration <benefits@staffbenefit-portal.com>',
        THANDI,
        '2026 Benefits Open Enrolment',
        ENROL,
        {
          qr: ENROL_QR,
        },
      ),
    );
    expect(ownOrg(r)?.status).to.equal('fail');
    expect(ownOrg(r)?.message.key).to.equal('sender.own-org-impersonation.department');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the same script in German, Spanish, Portuguese and Japanese', () => {
    for (const [name, body] of [
      [
        'Personalabteilung',
        'Guten Tag,\ndie Anmeldung zu den Sozialleistungen 2026 ist offen. Melden Sie sich mit Ihren Firmen-Zugangsdaten an:\nhttps://portal.staffbenefit-portal.com/de\n',
      ],
      [
        'Recursos Humanos',
        'Hola,\nya está abierta la inscripción de beneficios 2026. Inicie sesión con su correo corporativo en el portal:\nhttps://portal.staffbenefit-portal.com/es\n',
      ],
      [
        'Recursos Humanos',
        'Olá,\nas inscrições nos benefícios 2026 estão abertas. Faça login com o seu e-mail corporativo no portal:\nhttps://portal.staffbenefit-portal.com/pt\n',
      ],
      [
        '人事部 福利厚生担当',
        'お疲れ様です。\n2026年度の福利厚生の登録が始まりました。社用メールアドレスでログインして確認してください。\nhttps://portal.staffbenefit-portal.com/ja\n',
      ],
    ]) {
      const r = analyze(mail(`${name} <benefits@staffbenefit-portal.com>`, THANDI, 'Benefits 2026', body!));
      expect(ownOrg(r)?.status, name).to.equal('fail');
      expect(r.verdict, name).to.equal('likely-phishing');
    }
  });

  it('fails "Account Services" telling of our password expiring on our address named as the account', () => {
    const r = analyze(
      mail(
        'Account Services <no-reply@secure-acctnotice.com>',
        JORGE,
        'Action required: your password expires in 2 days',
        EXPIRY,
      ),
    );
    expect(ownOrg(r)?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the same notice whose sign-in host carries our name, without our address', () => {
    const body =
      'Hello Jorge,\nYour password is scheduled to expire on Thursday. Keep your current password:\n' +
      'https://brightlinelogistics.secure-acctnotice.com/owa/auth/logon.aspx\nAccount Services\n';
    const r = analyze(mail('Account Services <no-reply@secure-acctnotice.com>', JORGE, 'Password expiry', body));
    expect(ownOrg(r)?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('twin: an identity vendor’s own password notice on our tenant names itself and stays clean', () => {
    const body =
      'Hi Maria,\nYour password for your Northfield Health account will expire on September 27, 2025. To change ' +
      'your password, sign in with your work email to your IdentiCloud account and go to Settings:\n' +
      'https://northfieldhealth.identicloud.com/enduser/settings\nThis is an automatically generated message from ' +
      'IdentiCloud. Replies are not monitored.\n';
    const r = analyze(
      mail(
        'Identity Services <noreply@identicloud.com>',
        'Maria Gonzalez <mgonzalez@northfieldhealth.org>',
        'Your password will expire in 5 days',
        body,
      ),
    );
    expect(ownOrg(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: our own HR on our own authenticated domain, QR and work sign-in alike, stays clean', () => {
    const own = ENROL_QR.codes.map((c) => ({ ...c, text: 'https://enrol.capemetal.co.za/2025/' }));
    const r = analyze(
      mail('HR Benefits Administration <benefits@capemetal.co.za>', THANDI, '2026 Benefits Open Enrolment', ENROL, {
        qr: { codes: own, skipped: [] },
      }),
    );
    expect(ownOrg(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a vendor’s nameless billing desk writing to its customer about its own invoice stays clean', () => {
    const body =
      'Dear customer,\nYour invoice INV-20931 for October is available. Sign in to your account to view and pay it:\n' +
      'https://my.harbourhosting.net/billing\nBilling Department\n';
    const r = analyze(mail('Billing Department <billing@harbourhosting.net>', JORGE, 'Your invoice INV-20931', body));
    expect(ownOrg(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a benefits vendor writing under its own name to sign in with the work email stays clean', () => {
    const body = ENROL.replace('scan the QR code in this message with your mobile phone camera and ', 'visit ');
    const r = analyze(
      mail(
        'Benefitsolver Enrolment <noreply@benefitsolver.com>',
        THANDI,
        '2026 Benefits Open Enrolment',
        body + 'https://capemetal.benefitsolver.com/\n',
      ),
    );
    expect(ownOrg(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

const M365_NOTICE = [
  'Received: from SAMNP8CA0508.namprd06.prod.outlook.com (::1) by BN2PR04MB6763.namprd08.prod.outlook.com with HTTPS; Mon, 01 Jul 2024 09:30:31 +0000',
  'Received: from CH9PEPF7D53906C.namprd07.prod.outlook.com (2603:10a6:20b:8b7:cafe::c5) by SAMNP8CA0508.namprd06.prod.outlook.com',
  ' (2603:10a6:20b:c8f::dc) with Microsoft SMTP Server id 15.20.8880.24 via Frontend Transport; Mon, 01 Jul 2024 09:30:30 +0000',
  'Authentication-Results: spf=pass (sender IP is 40.107.236.88) smtp.mailfrom=microsoftonline.com; dkim=pass',
  ' (signature was verified) header.d=microsoft.com;dmarc=pass action=none header.from=microsoft.com;compauth=pass reason=100',
  'Received: from NAM11-CO1-obe.outbound.protection.outlook.com (40.107.236.88) by CH9PEPF7D53906C.namprd07.prod.outlook.com',
  ' (10.167.242.237) with Microsoft SMTP Server id 15.20.8834.39 via Frontend Transport; Mon, 01 Jul 2024 09:30:29 +0000',
  'From: Microsoft <microsoft-noreply@microsoft.com>',
  'To: admin@pinecrestvetclinic.com',
  'Subject: Your Microsoft 365 Business Standard subscription has expired',
  'Date: Mon, 01 Jul 2024 02:30:18 -0700',
  'Message-ID: <C8s6zJaKsi7XyUC414Sj@microsoftonline.com>',
];

describe('set 25: another tenant’s mail entering Microsoft 365 through a prod.outlook.com front end', () => {
  const text =
    'Your subscription expired on June 30, 2024. If you do not reactivate it within 30 days, users will lose ' +
    'access. To reactivate your subscription, sign in to the Microsoft 365 admin center and update your payment ' +
    'method:\nhttps://admin.microsoft.com/Adminportal/Home?ref=/billoverview/Subscriptions\n';

  it('takes the outbound relay’s hop as the entry: Microsoft’s own notice is authenticated and stays clean', () => {
    const input = { headers: M365_NOTICE.join('\r\n') + '\r\n', text };
    expect(parse(input).trust.entryHop).to.equal(2);
    const r = analyze(input);
    expect(r.findings.find((f) => f.id === 'sender.authentication')?.status).to.equal('pass');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: hops between the tenant’s own Microsoft hosts stay internal', () => {
    const internal = M365_NOTICE.map((l) =>
      l.replace(
        'NAM11-CO1-obe.outbound.protection.outlook.com (40.107.236.88)',
        'CH0PR07MB8722.namprd07.prod.outlook.com (40.107.1.9)',
      ),
    );
    const hops = parse({ headers: internal.join('\r\n') + '\r\n', text }).trust;
    expect(hops.entryHop).to.equal(undefined);
    expect(hops.mailbox).to.equal('microsoft365');
  });
});

const verdictOf = (r: Report, id: string) => r.findings.find((f) => f.id === id);

describe('set 25: the supplier’s bank moved, "its" banking, from a look-alike of the supplier in the thread', () => {
  const RACHEL = 'Rachel Okafor <rachel.okafor@brennanfoods.co.uk>';
  const letter =
    'Hi Rachel,\nPlease note that following our annual audit, Hartwell Packaging has moved its business banking to ' +
    'a new provider. All outstanding and future invoices (INV-24117 and INV-24129) should now be paid to the account ' +
    'below.\nAccount name: Hartwell Packaging Ltd\nSort code: 23-05-80\nAccount number: 41729360\nKind regards,\n' +
    'Sophie Lambert\nCredit Control\n\n-----Original Message-----\nFrom: Rachel Okafor <rachel.okafor@brennanfoods.co.uk>\n' +
    'To: Sophie Lambert <s.lambert@hartwell-packaging.co.uk>\nSubject: Statement of account\n\nHi Sophie, we pay on Friday.\n';

  it('fails content.bank-change and, with the look-alike, is likely phishing', () => {
    const r = analyze(
      mail('Sophie Lambert <s.lambert@hartwell-packagng.co.uk>', RACHEL, 'RE: Statement of account', letter),
    );
    expect(verdictOf(r, 'content.bank-change')?.status).to.equal('fail');
    expect(verdictOf(r, 'sender.lookalike-domain')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('twin: the real supplier asking to be called on the number on file before the records change raises nothing', () => {
    const real =
      'Hi Rachel,\nHartwell Packaging has moved its business banking to Metro Bank. Before you update your records, ' +
      'please call us on the number you already hold for us to confirm the new details.\nKind regards,\nSophie\n';
    const r = analyze(mail('Sophie Lambert <s.lambert@hartwell-packaging.co.uk>', RACHEL, 'Our bank details', real));
    expect(verdictOf(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 25: payroll diversion with a word between ("mudei recentemente de banco") and the IBAN to update', () => {
  const HR = 'Recursos Humanos <recursos.humanos@construcoes-almeida.pt>';
  const pt =
    'Boa tarde,\nMudei recentemente de banco e gostaria de atualizar o IBAN para o processamento do meu vencimento. ' +
    'Seria possível fazer a alteração já este mês?\nNeste momento estou em reuniões, por isso prefiro tratar disto ' +
    'por email.\nCumprimentos,\nRicardo Fonseca\nDiretor Comercial\n';

  it('fails content.bec-request (payroll) from a free mailbox, in Portuguese and Spanish', () => {
    const es =
      'Hola,\nCambié recientemente de banco y necesito actualizar mi IBAN para el pago de la nómina de este mes. ' +
      '¿Me confirmas cuando esté hecho?\nGracias,\nJavier Ruiz\n';
    for (const [from, body] of [
      ['Ricardo Fonseca <ricardo.fonseca.dircom@gmail.com>', pt],
      ['Javier Ruiz <javier.ruiz.dir@gmail.com>', es],
    ]) {
      const r = analyze(mail(from!, HR, 'Alteração de dados bancários', body!));
      expect(verdictOf(r, 'content.bec-request')?.message.key, from).to.equal('content.bec-request.payroll');
      expect(r.verdict, from).to.equal('likely-phishing');
    }
  });

  it('twin: the same request from the employee’s own company mailbox raises nothing', () => {
    const r = analyze(mail('Ricardo Fonseca <ricardo.fonseca@construcoes-almeida.pt>', HR, 'Alteração de IBAN', pt));
    expect(verdictOf(r, 'content.bec-request')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a friend’s news of a new bank from Gmail, with no salary, raises nothing', () => {
    const note =
      'Olá Ana,\nMudei recentemente de banco, o atendimento é muito melhor. Jantamos sábado?\nBeijinhos,\nRita\n';
    const r = analyze(mail('Rita Sousa <rita.sousa77@gmail.com>', 'Ana <ana.lopes@gmail.com>', 'Sábado', note));
    expect(verdictOf(r, 'content.bec-request')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 25: the parcel redelivery fee in Chinese, through a public shortener', () => {
  const YITING = 'Yiting Chen <yiting.chen1993@gmail.com>';
  const kit =
    '【中華郵政】包裹投遞通知\n親愛的用戶您好：\n您的包裹（單號：RR847203118TW）因地址資料不完整，已於 2025/03/26 ' +
    '投遞失敗，目前暫存於本公司物流中心。\n請於 48 小時內更新收件地址並支付重新投遞費用 NT$35，逾期包裹將退回寄件人。\n' +
    '更新地址及付款：https://reurl.cc/4Xk9Qp\n';

  it('reads the failure, the redelivery fee and the deadline as the lure, and the shortener as a hidden link', () => {
    const r = analyze(mail('中華郵政 <service@post-tw-delivery.com>', YITING, '【中華郵政】您的包裹投遞失敗', kit));
    expect(verdictOf(r, 'content.lure')?.status).to.equal('warn');
    expect(verdictOf(r, 'links.obfuscated-host')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads the same in simplified Chinese', () => {
    const cn =
      '您的包裹投递失败，已暂存于物流中心。请于24小时内支付重新投递费用 ¥3.5：https://t.cn/A6x9Qp\n逾期将退回。\n';
    const r = analyze(mail('快递服务 <notice@parcel-cn-service.com>', YITING, '包裹投递失败通知', cn));
    expect(verdictOf(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('twin: the post’s own notice of a failed delivery to collect at the counter, no fee, stays clean', () => {
    const real =
      '您的包裹（單號：RR847203118TW）今日投遞失敗，已轉至臺北郵局招領，請於7日內攜帶身分證件至郵局領取。\n' +
      '查詢郵件：https://postserv.post.gov.tw/pstmail/main_mail.html\n中華郵政股份有限公司\n';
    const r = analyze(mail('中華郵政 <noreply@mail.post.gov.tw>', YITING, '郵件招領通知', real));
    expect(verdictOf(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a friend’s photo album through a shortener stays clean', () => {
    const note = '嗨，上週聚餐的照片都放在這裡了：https://reurl.cc/Ab12Cd\n週末見！\n';
    const r = analyze(mail('林小美 <xiaomei.lin88@gmail.com>', YITING, '聚餐照片', note));
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 25: the Indonesian task job moved to WhatsApp "melalui WhatsApp"', () => {
  const DEWI = 'Dewi Anggraini <dewi.anggraini95@yahoo.co.id>';

  it('fails content.job-messenger from a free mailbox: pay by the day, the talk "melalui WhatsApp" or "lewat Telegram"', () => {
    for (const body of [
      'Halo Kak,\nTugasnya mudah: memberikan like dan ulasan produk. Penghasilan Rp150.000 per hari, gaji harian.\n' +
        'Silakan hubungi admin kami melalui WhatsApp di nomor +62 812-5550-4471.\n',
      'Halo,\nKerja paruh waktu dari rumah. Komisi dibayar langsung ke e-wallet Anda setelah tugas.\n' +
        'Daftar lewat Telegram: @admin_mdn25\n',
    ]) {
      const r = analyze(
        mail('Rina Kartika HRD <rinakartika.hrd.mdn@gmail.com>', DEWI, 'Lowongan Kerja Part Time', body),
      );
      expect(verdictOf(r, 'content.job-messenger')?.status, body).to.equal('fail');
      expect(r.verdict, body).to.equal('likely-phishing');
    }
  });

  it('twin: a company’s own vacancy with a monthly salary and a WhatsApp contact raises nothing', () => {
    const body =
      'Halo,\nKami membuka lowongan staf administrasi. Gaji pokok Rp6.500.000 per bulan, BPJS dan cuti tahunan.\n' +
      'Pertanyaan dapat disampaikan melalui WhatsApp HRD kami di +62 21 5550 1200.\nHRD PT Sinar Logistik\n';
    const r = analyze(
      mail('HRD PT Sinar Logistik <rekrutmen@sinarlogistik.co.id>', DEWI, 'Lowongan Staf Administrasi', body),
    );
    expect(verdictOf(r, 'content.job-messenger')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a friend from Gmail asking to talk lewat WhatsApp raises nothing', () => {
    const body = 'Dewi, nanti malam kita ngobrol lewat WhatsApp saja ya, aku kirim foto liburan.\nSalam,\nRina\n';
    const r = analyze(mail('Rina <rina.kartika88@gmail.com>', DEWI, 'Foto liburan', body));
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 25: a nameless department’s circular "to all staff", from a stranger’s domain', () => {
  const WANG = 'Wang Li <wangli@shengda-mould.cn>';
  const circular =
    '各部门全体员工：\n2025年第四季度个人劳动补贴现已开放申领，请于12月5日前用手机扫描邮件中的二维码，按提示填写个人信息及工资卡信息。\n财务部\n';
  const qr = { codes: [{ image: 'image001.png', text: 'https://gzbt-sbzx.cn/2025/index.html?id=98213' }], skipped: [] };

  it('fails the finance department’s subsidy QR sent to all our staff (zh), likely phishing', () => {
    const r = analyze(mail('财务部 <caiwu@zjhuaxin-tech.com>', WANG, '关于个人劳动补贴申领的通知', circular, { qr }));
    expect(ownOrg(r)?.message.key).to.equal('sender.own-org-impersonation.department');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails "To all staff" from a nameless payroll department on a foreign domain (en)', () => {
    const body =
      'To all staff,\nThe revised salary structure for 2026 has been published. Review your adjusted pay before ' +
      'Friday:\nhttps://docs.payroll-review-center.com/salary2026\nPayroll Department\n';
    const r = analyze(
      mail('Payroll Department <payroll@payroll-review-center.com>', JORGE, 'Salary review 2026', body),
    );
    expect(ownOrg(r)?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('twin: our own finance department’s circular from our own authenticated domain stays clean', () => {
    const own = { codes: [{ image: 'image001.png', text: 'https://hr.shengda-mould.cn/subsidy' }], skipped: [] };
    const r = analyze(
      mail('财务部 <caiwu@shengda-mould.cn>', WANG, '关于个人劳动补贴申领的通知', circular, { qr: own }),
    );
    expect(ownOrg(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still warns of the same circular from our own taken-over mailbox when its QR code opens a page elsewhere', () => {
    const away = {
      codes: [{ image: 'image001.png', text: 'https://gzbt-sbzx.cn/2025/index.html?id=98213' }],
      skipped: [],
    };
    const r = analyze(
      mail('财务部 <caiwu@shengda-mould.cn>', WANG, '关于个人劳动补贴申领的通知', circular, { qr: away }),
    );
    expect(r.findings.find((f) => f.id === 'content.payout-details')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('twin: an outsourced payroll provider naming itself to all employees stays clean', () => {
    const body =
      'To all staff,\nYour December payslips are available in the PayHaven portal:\nhttps://brightline.payhaven.com/payslips\n' +
      'PayHaven processes payroll on behalf of Brightline Logistics.\nPayroll Services\n';
    const r = analyze(mail('Payroll Services <noreply@payhaven.com>', JORGE, 'Your payslip', body));
    expect(ownOrg(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 25: the Russian "gas dividends" investment lure', () => {
  const SERGEY = 'Sergey Kuznetsov <sergey.kuznetsov.72@mail.ru>';

  it('reads passive income, the minimum stake and the closing registration as the lure: at least suspicious', () => {
    const body =
      'Здравствуйте!\nКаждый гражданин может получать дивиденды от продажи природного газа. Минимальный вклад — ' +
      '25 000 рублей, средний доход участников — от 90 000 рублей в месяц.\nКоличество мест ограничено: регистрация ' +
      'закрывается 18 мая.\nЗарегистрироваться: https://gazprom-invest-platforma.ru.com/start\n';
    const r = analyze(mail('Газ-Инвест <invest@dohod-gaz24.ru>', SERGEY, 'Ваш доход от продажи газа', body));
    expect(verdictOf(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('twin: a broker’s own seminar on passive income, places limited, linking to itself, stays clean', () => {
    const body =
      'Добрый день!\nПриглашаем на бесплатный вебинар «Пассивный доход: облигации и дивидендные акции». Количество ' +
      'мест ограничено.\nРегистрация: https://www.broker-invest.ru/webinar\nИнвестиции сопряжены с риском.\n';
    const r = analyze(mail('Брокер Инвест <events@broker-invest.ru>', SERGEY, 'Вебинар 20 мая', body));
    expect(r.verdict).to.equal('no-red-flags');
  });
});
