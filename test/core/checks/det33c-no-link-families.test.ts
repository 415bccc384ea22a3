/**
 * Fraud with nothing to click, in the kinds and languages the first tables left out (issue #16, families 6 and 11),
 * each beside its false-alarm twins. Every message is synthetic, written inline with headers as delivered (the
 * sender authenticated for its own domain, as a free mailbox always is).
 * - The task and job scam moved to a messenger (content.job-messenger): a day's pay quoted as a sum ("$250-$800 per
 *   day plus commission, paid out daily", Turkish "Günlük 1.500-3.000 TL"), an investment group's guaranteed returns in
 *   Russian and Ukrainian, and the job whose recruit pays first (content.job-messenger.fee: Indonesian "biaya akomodasi
 *   tes", English "refundable training fee"). Twins: a recruiter writing from its own domain with a yearly salary, a
 *   school's course fee with its WhatsApp group, a bank's warning about such groups in Russian.
 * - A third party's threat settled only on a number (content.callback.threat): a licence audit from "Autodesk License
 *   Compliance" on gmail, a Mexican "despacho jurídico" collecting a debt over WhatsApp, a German Inkasso notice on
 *   gmx. Twins: a freelancer on gmail chasing an unpaid invoice with "legal action", a real collection agency
 *   writing from its own domain with its own number.
 * - A donation appeal paid into a cryptocurrency wallet from a free mailbox (content.pretext.crypto-donation: Arabic
 *   USDT TRC20, Ukrainian USDT and BTC, English Ethereum), an investment platform's pitch answered at a free mailbox
 *   (content.pretext.investment-pitch), and sextortion with a garbled Bitcoin address (content.extortion). Twins: a
 *   charity's appeal from its own domain linking to its donation page, a charity listing its wallet from its own domain,
 *   a friend's gmail mentioning a donation and, far below, a wallet for the pizza money, a fund's newsletter answering at
 *   its own domain, a gmail member of a list talking about a trading platform, a security article quoting the
 *   sextortion script without an address.
 * - The company's "IT service desk" on a free mailbox asking staff to approve the sign-in prompts to come
 *   (sender.role-free-mail with the MFA-fatigue ask). Twins: the real IT desk announcing the same re-registration from
 *   the company's domain, a small firm's help desk on gmail saying a laptop is ready.
 * - A school e-diary's "parent account" password said to expire, from a domain of generic school words linking to
 *   itself (content.pretext.authority-domain; the Hungarian kit's sign-in ask in lure-phrases.ts). Twins: a real
 *   school's own reminder from its named domain, the generic-words portal's newsletter without the script.
 * - A payee's new account whose office is "not reachable by phone" (content.bank-change.no-call, Italian), the
 *   supplier's "moved our operating account … details on file no longer valid, going forward please remit"
 *   (content.bank-change), and the fake-cheque job interviewed by text chat (content.job-messenger). Twins: an
 *   administrator's change asking to be called, an invoice footer's "going forward please remit", a real employer
 *   shipping the laptop with a video interview.
 * - The absent landlord in Swedish, German and French (content.rental-deposit: away, keys by post or the platform
 *   "holding the money until you get the keys"). Twins: a private landlord on gmail who shows the flat and hands the
 *   keys over at move-in, a letting agency's deposit from its own domain, a friend abroad posting keys with no deposit.
 * - Japanese supplier's new account with the phone "hard to reach" (content.bank-change.no-call), an Indonesian
 *   lottery whose winner pays the tax over WhatsApp (content.advance-fee), India's electricity "officer" on a mobile
 *   written 98315 62047 (content.callback.cutoff). Twins: a genuine branch change asking to confirm on the number on
 *   file, a bank's real prize notice naming the draw from its own domain, an order number of two five-digit groups.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, bad, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string, extra: string[] = []) =>
  authenticatedMail(from, subject, body, extra, { freeMail });

describe('the task scam, the investment group and the paid-for job moved to a messenger (content.job-messenger)', () => {
  const attacks: [string, string, string, string, string][] = [
    [
      'a day’s pay quoted as a sum, paid out daily, onboarding over WhatsApp',
      'Megan Ortiz - Talent Acquisition <megan.ortiz.talent@gmail.com>',
      'Flexible remote role',
      'Hi Jordan,\nA part-time remote position rating apps from your phone.\n- Base pay $250-$800 per day plus ' +
        'commission, paid out daily\nOur onboarding is done over WhatsApp: +1 (628) 271-0934\nMegan\n',
      'content.job-messenger',
    ],
    [
      'Turkish: a day’s pay in lira and a Telegram link',
      'İK Koordinatörü Selin <selin.aydin.ik@yandex.com>',
      'Evden çalışma fırsatı',
      'Merhaba,\nEvden yarı zamanlı çalışacak kişiler arıyoruz. Günlük 1.500-3.000 TL.\n' +
        'Telegram: https://t.me/ik_gorev_selin\nSelin\n',
      'content.job-messenger',
    ],
    [
      'Russian: guaranteed returns, write to me on Telegram',
      'Анна Соколова <a.sokolova.invest@mail.ru>',
      'Пассивный доход от 120 000 руб/мес',
      'Владислав, добрый день!\nСредний доход наших клиентов - от 120 000 рублей в месяц. Доходность гарантирована ' +
        'договором.\nЧтобы закрепить место, напишите мне в Telegram: @sokolova_fin\nАнна\n',
      'content.job-messenger',
    ],
    [
      'Ukrainian: a guaranteed income, write on Viber',
      'Ірина <iryna.invest.ua@ukr.net>',
      'Інвестиції',
      'Добрий день!\nГарантований дохід від 30% на місяць. Пишіть мені у вайбер: +380 67 123 45 67\nІрина\n',
      'content.job-messenger',
    ],
  ];
  for (const [what, from, subject, body, id] of attacks)
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      expect(one(r, id)?.status, bad(r).join(' ')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });

  it('says an investment group’s guaranteed returns in its own words, not a day’s pay', () => {
    for (const [what, from, subject, body] of attacks.filter(([what]) => /guaranteed/.test(what))) {
      const r = mail(from, subject, body);
      expect(one(r, 'content.job-messenger')?.message.key, what).to.equal('content.job-messenger.returns');
    }
    const [, from, subject, body] = attacks[0]!;
    expect(one(mail(from, subject, body), 'content.job-messenger')?.message.key).to.equal('content.job-messenger');
  });

  it('fails the job whose recruit pays first, in Indonesian and English, with its own message', () => {
    for (const [from, body] of [
      [
        'HRD PT Sinar Mas <rekrutmen.sinarmas2025@gmail.com>',
        'Kepada Yth. Sdri. Dewi,\nAnda lolos ke tahap interview online. Gaji pokok: Rp 7.500.000.\nPeserta diwajibkan ' +
          'melakukan pembayaran biaya akomodasi tes (dapat dikembalikan setelah lulus) sebesar Rp 650.000 melalui ' +
          'koordinator kami via WhatsApp: 0812-9437-5520.\nTim Rekrutmen\n',
      ],
      [
        'Global Crew Hiring <globalcrew.hr.desk@outlook.com>',
        'Dear candidate,\nYou have been shortlisted for the cabin crew position. A refundable training fee of USD 350 ' +
          'is payable before the interview. Contact our HR on WhatsApp +44 7700 900123.\nHR Desk\n',
      ],
    ]) {
      const r = mail(from!, 'Interview', body!);
      const f = one(r, 'content.job-messenger');
      expect(f?.status, from).to.equal('fail');
      expect(f?.message.key, from).to.equal('content.job-messenger.fee');
      expect(r.verdict, from).to.equal('likely-phishing');
    }
  });
});

describe('its false-alarm twins stay clean', () => {
  it('a real recruiter from its own domain, a yearly salary and an interview on Teams', () => {
    const r = mail(
      'Priya Shah <priya.shah@brightpath-recruitment.co.uk>',
      'Senior analyst role',
      'Hi Jordan,\nI recruit for a logistics client in Leeds: senior analyst, £48,000 per year plus bonus. If you are ' +
        'interested, reply to this email and we can set up a call on Teams.\nPriya\n',
    );
    expect(one(r, 'content.job-messenger')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a school’s course with a registration fee and its WhatsApp group, from its own domain', () => {
    const r = mail(
      'Lingua Centre <courses@linguacentre.ie>',
      'Your Spanish course',
      'Dear Jordan,\nThank you for enrolling. The registration fee of €40 is included in your invoice. Join the ' +
        'class group on WhatsApp for timetable changes.\nLingua Centre\n',
    );
    expect(one(r, 'content.job-messenger')?.status ?? 'none').to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a bank’s warning in Russian about "guaranteed income" groups on Telegram', () => {
    const r = mail(
      'Банк Примор <info@primorbank.ru>',
      'Осторожно: мошенники',
      'Уважаемый клиент!\nМошенники обещают гарантированный доход и приглашают в Telegram-группы. Будьте осторожны: ' +
        'банк никогда не пишет в мессенджерах.\nВаш банк\n',
    );
    expect(one(r, 'content.job-messenger')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a friend on gmail asking to move the chat to WhatsApp, no pay named', () => {
    const r = mail(
      'Sam Porter <sam.porter77@gmail.com>',
      'Saturday',
      'Hi Jordan,\nGreat to see you last week. My new number is +44 7700 900456, message me on WhatsApp about Saturday.\nSam\n',
    );
    expect(bad(r)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a debt, a licence audit or a court case settled only on the number given (content.callback.threat)', () => {
  const attacks: [string, string, string, string][] = [
    [
      'a licence audit from "Autodesk License Compliance" on gmail',
      '"Autodesk License Compliance" <compliance.team.adsk@gmail.com>',
      'Notice of Software License Review - Case ALC-2026-18842',
      'Our license compliance monitoring has identified unlicensed installations of AutoCAD on your network. This ' +
        'notice opens a formal License Review. You may resolve it through our Voluntary Settlement Program.\n' +
        'Please contact the compliance desk within 10 business days:\nToll-free: +1 (888) 804-2317\n',
    ],
    [
      'a Mexican collector on gmail, pay today over WhatsApp',
      'Despacho Jurídico Méndez <cobranza.mendezasociados@gmail.com>',
      'AVISO EXTRAJUDICIAL - Adeudo vencido',
      'C. LUIS HERNÁNDEZ\nNuestra firma ha recibido la cartera vencida a su nombre. Su expediente será turnado al área ' +
        'jurídica para iniciar demanda mercantil, con embargo de bienes.\nComuníquese de inmediato por WhatsApp al ' +
        '55 7013 8842 con su número de expediente.\n',
    ],
    [
      'a German Inkasso notice on gmx with a number to call',
      'Inkasso Zentrale <inkasso.zentrale24@gmx.de>',
      'Letzte Mahnung',
      'Sehr geehrter Kunde,\nIhre offene Forderung wurde an uns übergeben. Ohne Zahlung leiten wir das gerichtliche ' +
        'Mahnverfahren ein. Rufen Sie uns unter der Nummer 030 1234 5678 an.\n',
    ],
  ];
  for (const [what, from, subject, body] of attacks)
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      const f = one(r, 'content.callback');
      expect(f?.status, bad(r).join(' ')).to.equal('fail');
      expect(f?.message.key).to.equal('content.callback.threat');
      expect(r.verdict).to.equal('likely-phishing');
    });

  it('a freelancer on gmail chasing an unpaid invoice with "legal action" stays clean', () => {
    const r = mail(
      'Dana Kowalski <dana.kowalski.design@gmail.com>',
      'Invoice 2025-014 overdue',
      'Hi Jordan,\nInvoice 2025-014 is now 60 days overdue. If it is not paid by Friday I will take legal action. ' +
        'Please call me on 07700 900123 if there is a problem.\nDana\n',
    );
    expect(one(r, 'content.callback')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a real collection agency writing from its own domain with its own number stays clean', () => {
    const r = mail(
      'Lowell Recoveries <accounts@lowell-recoveries.co.uk>',
      'Your account reference 88120',
      'Dear Jordan,\nYour account with Northern Water has been transferred to our collections team. We are a debt ' +
        'collection agency. To discuss a payment plan, call us on 0333 556 5550.\n',
    );
    expect(one(r, 'content.callback')?.status ?? 'none').to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });
});

const USDT = 'TQ7x3mVb9kR2pLw8dYf5nHc1sJ4uEa6GzN';
const ETH = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';

describe('a donation paid into a crypto wallet, or an investment pitch, answered at a free mailbox (content.pretext)', () => {
  const donations: [string, string, string, string][] = [
    [
      'Arabic: a Ramadan relief appeal taking USDT on TRC20 from gmail',
      'جمعية الإغاثة الإنسانية <relief.humanitarian.assoc@gmail.com>',
      'نداء عاجل',
      'السلام عليكم\nيعيش آلاف الأطفال بلا غذاء.\nنظرًا لتجميد الحسابات البنكية، نستقبل التبرعات حاليًا عبر العملة ' +
        `الرقمية USDT (شبكة TRC20) على المحفظة التالية:\n\n${USDT}\n\nجزاكم الله خيرًا\n`,
    ],
    [
      'Ukrainian: a drone fundraiser with a card and USDT from ukr.net',
      'Волонтери <tyl.frontu.volunteers@ukr.net>',
      'Терміновий збір',
      'Добрий вечір!\nХлопці з бригади просять 10 FPV-дронів. Зібрано 212 000 грн із 380 000 грн.\n' +
        `Реквізити для донату:\nКартка: 5375 4141 0873 2209\nUSDT (TRC20): ${USDT}\n`,
    ],
    [
      'English: a flood appeal taking Ethereum from outlook.com',
      'Flood Relief Team <floodrelief.team2025@outlook.com>',
      'Urgent appeal',
      `Dear friend,\nFamilies lost everything in the floods. Please donate what you can in ETH or USDT (ERC20) to our ` +
        `wallet:\n${ETH}\nGod bless you.\n`,
    ],
  ];
  for (const [what, from, subject, body] of donations)
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      const f = one(r, 'content.pretext');
      expect(f?.message.key, bad(r).join(' ')).to.equal('content.pretext.crypto-donation');
      expect(f?.status).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });

  it('fails an investment platform whose answers go to a gmail Reply-To: likely phishing', () => {
    const r = mail(
      'Stock Golden Exchange <info@andy.or.ke>',
      'WE TRADE ALL CRYPTOCURRENCY',
      'Hello,\nAre you looking for a verified crypto investment platform? With us you can get your profit and ' +
        'percentages depending on the investment plans you choose.\nRegards,\nDr. Kenneth Frazier\n',
      ['Reply-To: stockexchange126@gmail.com'],
    );
    const f = one(r, 'content.pretext');
    expect(f?.message.key, bad(r).join(' ')).to.equal('content.pretext.investment-pitch');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails sextortion whose Bitcoin address is garbled, with "Bitcoin" beside it', () => {
    const r = mail(
      '<d.beaulieu@rogers.com>',
      'Your account is hacked! Pending payment.',
      'Hello!\nI gained access to your devices. I recorded your screen and camera while you were visiting adult ' +
        'websites. If you want me to delete the video, transfer 1250 USD in Bitcoin to my wallet:\n' +
        'bc1qk7m3x9w2rj5v0q8tzn4lfyh6dcs2pe3a9uw7xg\nYou have 48 hours after opening this e-mail.\n',
    );
    expect(one(r, 'content.extortion')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe('their false-alarm twins stay clean', () => {
  it('a real charity appeal from its own domain, linking to its own donation page', () => {
    const r = mail(
      'NZ Red Cross <appeals@redcross.org.nz>',
      'Flood appeal',
      'Kia ora Jenny,\nPlease donate to our flood appeal tonight: https://www.redcross.org.nz/donate/floods\n',
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a charity listing its crypto wallet among the ways to give, from its own domain', () => {
    const r = mail(
      'Come Back Alive <info@savelife.in.ua>',
      'Звіт і збір',
      `Дякуємо! Реквізити для донату: https://savelife.in.ua/donate\nUSDT (TRC20): ${USDT}\n`,
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a friend’s gmail mentioning a donation and, far below, a wallet for the pizza money', () => {
    const r = mail(
      'Sam Porter <sam.porter77@gmail.com>',
      'Saturday',
      'Hi Jordan,\nI made a donation to the school fair in your name, hope that is fine.\n' +
        'The rest of the weekend plan: the hike on Saturday, lunch at the cafe by the lake, and the match in the ' +
        'evening. Bring boots, it was muddy last time, and a spare pair of socks; the forecast says light rain ' +
        'in the morning and sun after noon, so we may start later than planned and take the long route.\n' +
        `P.S. for the pizza money, my Bitcoin wallet is bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\nSam\n`,
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a fund’s newsletter about its investment plans answering at its own domain', () => {
    const r = mail(
      'Harbour Funds <news@harbourfunds.co.uk>',
      'Your quarterly update',
      'Dear investor,\nOur investment platform now offers three investment plans. Past performance is no guide.\n',
      ['Reply-To: clientservices@harbourfunds.co.uk'],
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a list member on gmail talking about a trading platform and its profit', () => {
    const r = mail(
      'Li Wei <li.wei.dev@gmail.com>',
      'Re: exchange API',
      'I tested the crypto trading platform sandbox: you can withdraw your profit only after the settlement job runs.\n',
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a security article quoting the sextortion script without an address', () => {
    const r = mail(
      'Security Weekly <news@securityweekly.example.com>',
      'Sextortion is back',
      'Scammers claim "I recorded you through your camera" and ask for Bitcoin within 48 hours. Do not pay.\n',
    );
    expect(one(r, 'content.extortion')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the IT desk on a free mailbox asking to approve the sign-in prompts (sender.role-free-mail)', () => {
  const ASK =
    'Hi Sophie,\nOur engineers will be re-registering Microsoft Authenticator this morning. You will receive a few ' +
    '"Approve sign-in request?" prompts on your phone: please tap Approve and enter the number shown on the screen ' +
    'that our engineer reads out to you.\nIT Service Desk\n';

  it('fails "IT Service Desk | Bayview Civil" on proton.me: likely phishing', () => {
    const r = mail(
      '"IT Service Desk | Bayview Civil" <servicedesk.bayviewcivil@proton.me>',
      'Action needed today',
      ASK,
    );
    expect(one(r, 'sender.role-free-mail')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the real IT desk announcing the same from the company’s own domain stays clean', () => {
    const r = mail('IT Service Desk <servicedesk@bayviewcivil.com.au>', 'Authenticator re-registration', ASK);
    expect(one(r, 'sender.role-free-mail')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a small firm’s help desk on gmail saying a laptop is ready stays clean', () => {
    const r = mail(
      'Harbour Dental Help Desk <harbourdental.helpdesk@gmail.com>',
      'Your laptop',
      'Hi Sophie,\nYour laptop is repaired and ready for pickup at reception.\nHelp Desk\n',
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a school portal of generic words asking parents to sign in before the password expires (content.pretext)', () => {
  const KIT =
    'Tisztelt Szülő! Az Ön jelszava 48 órán belül lejár, ezt követően nem fogja látni gyermeke jegyeit. A jelszó ' +
    'megújításához jelentkezzen be a szokásos felhasználónevével és jelszavával: ' +
    'https://enaplo-iskola-portal.hu/belepes\nIskolai rendszergazda\n';

  it('fails enaplo-iskola-portal.hu, authenticated and linking to itself: likely phishing', () => {
    const r = mail('Iskolai e-napló rendszer <ertesites@enaplo-iskola-portal.hu>', 'Jelszava 48 órán belül lejár', KIT);
    const f = one(r, 'content.pretext');
    expect(f?.message.key, bad(r).join(' ')).to.equal('content.pretext.authority-domain');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('a real school’s reminder from its own named domain stays clean', () => {
    const r = mail(
      'Kossuth Gimnázium <titkarsag@kossuthgimnazium.hu>',
      'Jelszava 48 órán belül lejár',
      KIT.replace('enaplo-iskola-portal.hu', 'kossuthgimnazium.hu'),
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('the generic-words portal’s newsletter without the script stays clean', () => {
    const r = mail(
      'Iskolai e-napló rendszer <hirlevel@enaplo-iskola-portal.hu>',
      'Őszi szünet',
      'Tisztelt Szülő! Az őszi szünet október 28-tól november 3-ig tart. https://enaplo-iskola-portal.hu/naptar\n',
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a changed account with the call ruled out, and the fake-cheque job (content.bank-change, content.job-messenger)', () => {
  it('fails the condominium’s new IBAN whose office is "not reachable by phone": likely phishing', () => {
    const r = mail(
      'Studio Amministrazioni Conti <studio.conti.amministrazioni@libero.it>',
      'Condominio Via Nizza 118 - NUOVE coordinate bancarie',
      'Gentili Condomini,\nper il passaggio del conto condominiale a una nuova banca, da oggi i versamenti dovranno ' +
        'essere effettuati ESCLUSIVAMENTE sul nuovo IBAN: IT 58 K 03669 01600 CC0010048217\nPer qualsiasi chiarimento ' +
        'rispondete a questa e-mail; in questi giorni lo studio non è raggiungibile telefonicamente.\n',
      ['Reply-To: amministrazione.conti@mail.com'],
    );
    const f = one(r, 'content.bank-change');
    expect(f?.message.key, bad(r).join(' ')).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('an administrator’s change asking to be called is suspicious at most', () => {
    const r = mail(
      'Studio Conti <amministrazione@studioconti.it>',
      'Nuove coordinate bancarie',
      'Gentili Condomini,\nda oggi i versamenti dovranno essere effettuati sul nuovo IBAN IT 58 K 03669 01600 ' +
        'CC0010048217. Per conferma chiamate lo studio allo 011 123 4567.\n',
    );
    expect(one(r, 'content.bank-change')?.message.key).to.not.equal('content.bank-change.no-call');
    expect(r.verdict).to.not.equal('likely-phishing');
  });

  it('reads the supplier’s "moved our operating account … going forward please remit" as a changed account', () => {
    const r = mail(
      'Karen Delgado <kdelgado@summitpackagingco.com>',
      'RE: Open invoices 40771 / 40788',
      'Hi Janet,\nPlease note we have moved our operating account after our annual audit, so the ACH details on file ' +
        'are no longer valid. Going forward please remit to:\nBank: Cadence Bank\nAccount: 4402918837\nKaren\n',
    );
    expect(one(r, 'content.bank-change')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('an invoice footer’s "going forward please remit to" without a change stays clean', () => {
    const r = mail(
      'Accounts <accounts@summitpackagingco.com>',
      'Invoice 40790',
      'Hi Janet,\nInvoice 40790 is attached. Going forward please remit to the account on the invoice as usual.\n',
    );
    expect(one(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails the fake-cheque job interviewed by text chat, answers to gmail: likely phishing', () => {
    const r = mail(
      'Danielle Carver - Meridian Staffing <danielle.carver.recruit@outlook.com>',
      'Remote Administrative Assistant - $34.50/hr',
      'Hi Marcus,\n- Pay: $34.50/hour, paid weekly via direct deposit\n- Equipment (laptop and software) will be ' +
        'provided via a company check sent to you before your start date\nInterviews are held by text chat this week. ' +
        'Reply to hiring.meridianpartners@gmail.com with your full name.\n',
      ['Reply-To: hiring.meridianpartners@gmail.com'],
    );
    expect(one(r, 'content.job-messenger')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('a real employer shipping the laptop, with a video interview, from its own domain stays clean', () => {
    const r = mail(
      'Talent Team <careers@meridianlogistics.com>',
      'Your interview',
      'Hi Marcus,\nYour interview will be held on Teams video on Thursday. If you join us, your laptop will be shipped ' +
        'by our IT team before your start date.\nTalent Team\n',
    );
    expect(one(r, 'content.job-messenger')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the absent landlord beyond English and Spanish (content.rental-deposit)', () => {
  const attacks: [string, string, string][] = [
    [
      'Swedish: abroad, the deposit to "Airbnb", which holds the money until the keys come',
      'Anna Lindqvist <anna.lindqvist.uthyrning@outlook.com>',
      'Hej Oscar,\nJag bor för närvarande i Edinburgh, så tyvärr kan jag inte visa lägenheten personligen. Du betalar ' +
        'första månadens hyra + deposition (23 000 kr) till Airbnb, som håller pengarna tills du har fått nycklarna.\n',
    ],
    [
      'German: working abroad, the keys by post after the deposit',
      'Thomas Berger <thomas.berger.wohnung@gmx.de>',
      'Hallo,\nich arbeite im Ausland und kann Ihnen die Wohnung nicht zeigen. Nach Eingang der Kaution sende ich ' +
        'Ihnen die Schlüssel per Post.\n',
    ],
    [
      'French: abroad, the keys and the lease sent once the deposit is paid',
      'Claire Martin <claire.martin.location@yahoo.fr>',
      "Bonjour,\nje suis à l'étranger pour mon travail. Après réception de la caution, je vais vous envoyer les clés et " +
        'le contrat.\n',
    ],
  ];
  for (const [what, from, body] of attacks)
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, 'Lägenhet / Wohnung / Appartement', body);
      expect(one(r, 'content.rental-deposit')?.status, bad(r).join(' ')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });

  it('a private landlord on gmail who shows the flat and hands the keys over at move-in stays clean', () => {
    const r = mail(
      'Erik Holm <erik.holm.sthlm@gmail.com>',
      'Lägenheten',
      'Hej Oscar,\nVisning på lördag kl 11. Depositionen betalas när kontraktet skrivs, och nycklarna får du vid ' +
        'inflyttningen.\nErik\n',
    );
    expect(one(r, 'content.rental-deposit')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a letting agency’s deposit and keys at the office, from its own domain, stays clean', () => {
    const r = mail(
      'Immobilien Schmidt <vermietung@immo-schmidt.de>',
      'Ihre Wohnung',
      'Guten Tag,\ndie Kaution überweisen Sie bitte nach der Besichtigung. Die Schlüssel erhalten Sie bei der ' +
        'Übergabe in unserem Büro.\n',
    );
    expect(one(r, 'content.rental-deposit')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a friend abroad posting the keys, with no deposit, stays clean', () => {
    const r = mail(
      'Lena <lena.k.travels@gmail.com>',
      'Nycklar',
      'Hej!\nJag bor utomlands nu, så jag skickar nycklarna till sommarstugan med post. Krama!\n',
    );
    expect(one(r, 'content.rental-deposit')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set32’s no-link kinds: a Japanese account change, an Indonesian lottery, a Hindi cut-off', () => {
  it('fails the supplier’s new account with the phone hard to reach and mail only: likely phishing', () => {
    const r = mail(
      '小林 <t.kobayashi@sanwa-buhin-co.jp>',
      '【重要】お振込先口座変更のお願い',
      '経理ご担当者様\nこのたび弊社では、お振込先口座を下記の通り変更させていただくことになりました。6月末お支払い分より、' +
        '新口座へのお振込みをお願い申し上げます。\n銀行名：ＰａｙＰａｙ銀行 口座番号：7319024\n' +
        'なお、現在事務所移転作業中のため、お電話がつながりにくくなっております。ご連絡はメールにてお願いいたします。\n',
    );
    expect(one(r, 'content.bank-change')?.message.key, bad(r).join(' ')).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('a genuine branch change asking to confirm on the number already on file stays clean', () => {
    const r = mail(
      '佐藤 <m.sato@hokuto-kasei.co.jp>',
      '振込先支店変更のご案内',
      '経理部 ご担当者様\n弊社取引銀行の店舗統合に伴い、振込先の支店名が変更となります。今後のお振込は下記口座へお願いいたします。' +
        '\nご登録変更の前に、貴社お手元の弊社代表電話にて経理課までご確認のお電話をいただけますと幸いです。\n',
    );
    expect(one(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails the lottery whose winner pays the tax and claims over WhatsApp from gmail: likely phishing', () => {
    const r = mail(
      'Panitia Undian Berhadiah <undian.berhadiah.resmi2025@gmail.com>',
      'SELAMAT! Anda pemenang Undian Berhadiah',
      'Nomor rekening Anda terpilih sebagai pemenang hadiah ke-2. Untuk proses klaim hadiah, segera hubungi Bagian ' +
        'Pengambilan Hadiah melalui WhatsApp: 0823-6614-5790. Hadiah dikenakan pajak undian 25% yang ditanggung oleh ' +
        'pemenang.\n',
    );
    expect(one(r, 'content.advance-fee')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('a bank’s own prize-draw notice from its domain stays below likely', () => {
    const r = mail(
      'Bank Sinar <info@banksinar.co.id>',
      'Pemenang Undian Berhadiah Tabungan',
      'Daftar pemenang undian berhadiah periode I telah diumumkan di kantor cabang. Pengambilan hadiah di kantor cabang ' +
        'dengan membawa buku tabungan.\n',
    );
    expect(r.verdict).to.not.equal('likely-phishing');
  });

  it('fails the electricity "officer" on a mobile written 98315 62047, from outlook.com: likely phishing', () => {
    const r = mail(
      'Bijli Vibhag <vidyut.vibhag.billing@outlook.com>',
      'बिजली कनेक्शन आज रात काट दिया जाएगा',
      'प्रिय उपभोक्ता,\nआज रात 9:30 बजे आपके घर की बिजली काट दी जाएगी।\nकृपया तुरंत हमारे बिजली अधिकारी से संपर्क करें:\n' +
        'मोबाइल: 98315 62047\n',
    );
    expect(one(r, 'content.callback')?.message.key, bad(r).join(' ')).to.equal('content.callback.cutoff');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('an order number of two five-digit groups is no phone', async () => {
    const { findPhone } = await import('../../../src/core/checks/no-link');
    expect(findPhone('Order 12345 67890 has shipped')).to.equal(undefined);
    expect(findPhone('call 98315 62047')?.text).to.equal('98315 62047');
  });
});

describe('a show’s attendees’ e-mail list offered for sale (content.pretext.list-offer)', () => {
  it('fails the list seller: likely phishing', () => {
    const r = mail(
      '"rose.ferrer" <rose.ferrer1@recipientslist.com>',
      'SEMICON Southeast Asia Show 2022',
      'Dear Exhibitor,\nWould you be interested in getting Attendees Email List of SEMICON Southeast Asia 2022?\n' +
        'We do charge for our services, would you like to see counts and pricing details?\nRose Ferrer\n',
    );
    expect(one(r, 'content.pretext')?.message.key, bad(r).join(' ')).to.equal('content.pretext.list-offer');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the organiser’s own mail about the attendee list in its app stays clean', () => {
    const r = mail(
      'SEMICON SEA <events@semiconsea.org>',
      'Your badge',
      'Dear exhibitor,\nThe attendee list and the floor plan are in the event app. Booth pricing and details for 2026 ' +
        'are on our site.\n',
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a CRM’s newsletter about importing the reader’s contact list stays clean', () => {
    const r = mail(
      'Pipeline CRM <news@pipelinecrm.com>',
      'New: import wizard',
      'Import your contact list in one click. Interested in purchasing more seats? See pricing and details in your ' +
        'account.\n',
    );
    expect(one(r, 'content.pretext')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
