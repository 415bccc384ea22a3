/**
 * Fraud that arrives through a real platform or a real (taken-over) mailbox and passes authentication (issue #16),
 * each family beside its false-alarm twins from the same kind of sender with honest content. Every message is
 * synthetic, written inline with headers as delivered: the sender authenticated for its own domain, as the platform's
 * or the hijacked mailbox's mail is. What tells them apart is what the content asks and where it leads.
 * - The marketplace payout kit (content.payout-details.sale): "the buyer has paid; to receive the money, confirm your
 *   details on this page", from a look-alike of a marketplace or in a buyer's message a real platform relays (English,
 *   German, Spanish, Russian). Twins: a real sale notice ("the buyer has paid, ship it"), a buyer's honest message, a
 *   seller platform's "add your bank account to receive payouts".
 * - A payment platform's invoice whose note renews someone else's product and gives a number to cancel
 *   (content.callback.relayed), told without "sent you an invoice": the invoice's own "Review and pay" button and the
 *   platform's "sends this e-mail on behalf of" footer. Twins: the same platform's honest invoice with the business's
 *   phone number.
 * - An invoice payable to a cryptocurrency wallet (content.pretext.crypto-invoice). Twins: a freelancer's USDT invoice
 *   from the gmail the answer goes to, a crypto host's own invoice from its domain.
 * - A shared file "protected", opened by signing in with the reader's e-mail (content.pretext.locked-file; English,
 *   German, French). Twins: a colleague's share with an ordinary note, a bank's password-protected statement.
 * - The reply-chain hijack with new bank details in Greek and Russian (content.bank-change). Twins: the supplier's
 *   invoice paid to the account on file, a Russian "new invoice" (счёт is both the account and the invoice).
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

type Case = [what: string, from: string, subject: string, body: string, extra?: string[]];

describe('the marketplace payout kit: a buyer "has paid", confirm on the page to receive it (content.payout-details.sale)', () => {
  const attacks: Case[] = [
    [
      'an English look-alike of a marketplace’s payments',
      'Marketplace Payments <payments@market-sale-payout.com>',
      'Your item has been paid - confirm to receive £240.00',
      'Hello Jordan,\nGood news! The buyer has paid for your listing "Oak side table" through our protected checkout.\n' +
        'To receive the funds, confirm your card details on the secure page within 2 hours:\n' +
        'https://market-sale-payout.com/claim?id=55120\nThe Payments Team',
    ],
    [
      'a German "sicher bezahlen" page',
      'Kleinmarkt Service <service@kleinmarkt-zahlung.de>',
      'Zahlung eingegangen für Ihre Anzeige',
      'Hallo Jordan,\nder Käufer hat bereits bezahlt (185,00 €) für Ihre Anzeige „Kinderwagen“.\n' +
        'Um das Geld zu erhalten, bestätigen Sie Ihre Daten auf der folgenden Seite:\n' +
        'https://kleinmarkt-zahlung.de/empfang/8812\nIhr Kleinmarkt-Team',
    ],
    [
      'a Spanish second-hand app look-alike',
      'Compraventa <avisos@compraventa-pagos.es>',
      'Tu artículo ha sido pagado',
      'Hola Jordan:\nEl comprador ha pagado tu artículo «Bicicleta de montaña» (320 €).\n' +
        'Para recibir el dinero, confirma tus datos de la tarjeta en el siguiente enlace:\n' +
        'https://compraventa-pagos.es/cobro/44871\nEl equipo de Compraventa',
    ],
    [
      'a Russian classifieds delivery page',
      'Доска Доставка <support@doska-dostavka.ru>',
      'Ваш товар оплачен',
      'Здравствуйте!\nПокупатель оплатил ваш товар «Детская коляска» (12 500 руб.).\n' +
        'Чтобы получить деньги на карту, подтвердите реквизиты для зачисления по ссылке:\n' +
        'https://doska-dostavka.ru/receive?id=70231\nКоманда Доска',
    ],
    [
      "a real platform relaying a buyer's message that moves the seller to an outside page",
      'Secondhand <no-reply@secondhand-app.example.com>',
      'mark_77 sent you a message',
      'You have a new message from mark_77\n\n"Hi! I have already paid through the checkout but you need to confirm ' +
        'the order to release the payment. Confirm it on this page: shop-confirm.example.top/p/8812 or text me."\n\n' +
        'Reply: https://secondhand-app.example.com/inbox/5512',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      const f = one(r, 'content.payout-details');
      expect(f?.status, bad(r).join(' ')).to.equal('fail');
      expect(f?.message.key).to.equal('content.payout-details.sale');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const twins: Case[] = [
    [
      'a real sale notice: the buyer has paid, ship it, the money follows delivery',
      'Secondhand <no-reply@secondhand-app.example.com>',
      'You sold it: Oak side table',
      'Hi Jordan,\nThe buyer has paid for your item "Oak side table". Print the label and ship it by Friday.\n' +
        'Your earnings will be available in your balance once the buyer receives the parcel.\n' +
        'Print label: https://secondhand-app.example.com/orders/5512/label',
    ],
    [
      "a buyer's honest message relayed by the platform",
      'Secondhand <no-reply@secondhand-app.example.com>',
      'jess_w sent you a message',
      'You have a new message from jess_w\n\n"Hi! Is the jacket still available? I would pay through the app ' +
        'straight away if you take £55."\n\nReply: https://secondhand-app.example.com/inbox/5513',
    ],
    [
      "a seller platform's request to add a bank account for payouts",
      'Secondhand <no-reply@secondhand-app.example.com>',
      'Add your bank account',
      'Hi Jordan,\nTo receive your payouts from future sales, add your bank account in your settings:\n' +
        'https://secondhand-app.example.com/settings/payouts',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.payout-details'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe("a payment platform's invoice whose note gives a number to cancel a renewal (content.callback.relayed)", () => {
  const attacks: Case[] = [
    [
      'an invoice with its "Review and pay" button, no "sent you"',
      'Secure Tech Services <quickbooks@notification.intuit.com>',
      'Invoice 2041 from Secure Tech Services',
      'Secure Tech Services\nInvoice 2041\nDue: 12/12/2025\n$389.99\n\nDear Customer,\nYour Norton 360 plan has ' +
        'been renewed automatically and $389.99 will be charged to your card on file. If you did not request this ' +
        'renewal, call our billing desk on +1 (888) 555-0147 for a full refund.\n\n' +
        'Review and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-77a1b2c3',
    ],
    [
      'a Spanish invoice whose platform footer sends it "en nombre de" the business',
      'Servicios Técnicos Norte <facturas@messaging.squareup.com>',
      'Factura 0042 de Servicios Técnicos Norte',
      'Su suscripción anual de antivirus se ha renovado automáticamente por 299,00 €. Si no reconoce el cargo, ' +
        'llame al +34 911 555 014 para cancelarla.\n\nPagar factura: https://squareup.com/pay-invoice/inv:0-Ab12Cd\n\n' +
        'Square te envía este correo en nombre de Servicios Técnicos Norte.',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      const f = one(r, 'content.callback');
      expect(f?.status, bad(r).join(' ')).to.equal('fail');
      expect(f?.message.key).to.equal('content.callback.relayed');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const twins: Case[] = [
    [
      "the same platform's honest invoice with the business's phone number",
      'Kloof Pool & Garden <quickbooks@notification.intuit.com>',
      'Invoice 2219 from Kloof Pool & Garden',
      'Kloof Pool & Garden\nInvoice 2219\nDue: 15/12/2025\n$184.00\n\nDear Jordan,\nPlease find your invoice for ' +
        'November pool service (4 visits). Questions? Call us on +1 (888) 555-0190.\n\n' +
        'Review and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-88b2c3d4',
    ],
    [
      "a café's receipt sent on its behalf, with its phone number",
      'Cafetería La Plaza <receipts@messaging.squareup.com>',
      'Tu recibo de Cafetería La Plaza',
      'Total 12,40 €\nVisa •••• 4417\nCafetería La Plaza, +34 914 412 287\n\nDeja tu opinión: ' +
        'https://squareup.com/receipt/preview/Hk3PqW\n\nSquare te envía este recibo en nombre de Cafetería La Plaza.',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.callback'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe('an invoice payable to a cryptocurrency wallet (content.pretext.crypto-invoice)', () => {
  const wallet = 'TN3W4H6rK5ACkY2Bq8xV7pLmZt9sQe1RfU';
  const attacks: Case[] = [
    [
      'a platform invoice whose note offers a discount for USDT, answers diverted to a free mailbox',
      'Gestoría Ruiz <invoicing@messaging.squareup.com>',
      'Factura n.º 000231 de Gestoría Ruiz',
      `Importe pendiente: 640,00 €\nMensaje: si prefiere abonarla con un 25 % de descuento, envíe 450 USDT (TRC20) a ` +
        `la dirección ${wallet} y remita el justificante antes del viernes.\n\n` +
        'Pagar factura: https://squareup.com/pay-invoice/inv:0-Zx98Yw',
      ['Reply-To: gestoria.ruiz.asesores@gmail.com'],
    ],
    [
      'an English invoice with a discount for paying in Bitcoin',
      'Northside Consulting <billing@northside-consulting.example.com>',
      'Invoice 7731 - payment due',
      'Please find invoice 7731 for October (1,200.00 USD). Pay in Bitcoin for a 10% discount: send 0.0118 BTC ' +
        'to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh today.\nhttps://northside-consulting.example.com/pay/7731',
    ],
  ];
  for (const [what, from, subject, body, extra] of attacks) {
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body, extra);
      const f = one(r, 'content.pretext');
      expect(f?.status, bad(r).join(' ')).to.equal('fail');
      expect(f?.message.key).to.equal('content.pretext.crypto-invoice');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const twins: Case[] = [
    [
      "a freelancer's USDT invoice from the gmail the answer goes to",
      'Mia Chen <mia.chen.design@gmail.com>',
      'Invoice #12 - logo work',
      `Hi Jordan,\nAttached is invoice #12 for the logo work: 300 USDT (TRC20) to ${wallet} as agreed.\nThanks, Mia`,
    ],
    [
      "a crypto host's own invoice from its domain",
      'NodeHost Billing <billing@nodehost.example.com>',
      'Invoice 5512',
      `Your invoice 5512 for December: 49 USDT. Pay to ${wallet} (TRC20) or by card at ` +
        'https://nodehost.example.com/billing/5512',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe('a shared file "protected", opened with the reader’s e-mail sign-in (content.pretext.locked-file)', () => {
  const attacks: Case[] = [
    [
      'a real file-share notice whose note asks for the business e-mail credentials',
      '"Harbour Accounts (via Dropbox)" <no-reply@dropbox.com>',
      'Harbour Accounts shared "Remittance 2025-0412" with you',
      'Harbour Accounts shared the folder "Remittance 2025-0412" with you.\n\n"Hello, the remittance advice is ' +
        'attached. The files are protected: sign in with your business email credentials to view them."\n\n' +
        'Go to folder: https://www.dropbox.com/scl/fo/ab12cd34/AAbbCC?dl=0',
      ['Reply-To: accounts@harbour-accounts.example.com'],
    ],
    [
      'a German share from a taken-over mailbox',
      'Petra Lang <p.lang@lang-bau.example.de>',
      'Angebot 2025-118',
      'Guten Tag,\nanbei das überarbeitete Angebot. Das Dokument ist geschützt – bitte melden Sie sich mit Ihrer ' +
        'geschäftlichen E-Mail-Adresse an, um es zu öffnen:\nhttps://lang-bau-my.sharepoint.com/:b:/g/personal/x/AbC\n' +
        'Mit freundlichen Grüßen\nPetra Lang',
    ],
    [
      'a French transfer from a taken-over mailbox',
      'Luc Girard <l.girard@girard-menuiserie.example.fr>',
      'Devis et coordonnées',
      'Bonjour,\nVoici le devis révisé. Le document est sécurisé : connectez-vous avec votre adresse e-mail ' +
        'professionnelle pour le consulter.\nhttps://wetransfer.com/downloads/4c7e91b2/9b2e41\nCordialement, Luc',
    ],
  ];
  for (const [what, from, subject, body, extra] of attacks) {
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body, extra);
      const f = one(r, 'content.pretext');
      expect(f?.status, bad(r).join(' ')).to.equal('fail');
      expect(f?.message.key).to.equal('content.pretext.locked-file');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const twins: Case[] = [
    [
      "a colleague's share with an ordinary note",
      '"Harbour Accounts (via Dropbox)" <no-reply@dropbox.com>',
      'Harbour Accounts shared "Drawings rev C" with you',
      'Harbour Accounts shared the folder "Drawings rev C" with you.\n\n"Hi Jordan, here are the drawings and the ' +
        'photos of the shafts. Speak Thursday."\n\nGo to folder: https://www.dropbox.com/scl/fo/ef56gh78/BBccDD?dl=0',
      ['Reply-To: accounts@harbour-accounts.example.com'],
    ],
    [
      "a bank's password-protected statement",
      'Example Bank <estatement@examplebank.example.com>',
      'Your e-statement for November',
      'Dear customer,\nYour credit card e-statement is attached. The PDF is password protected: the password is your ' +
        'date of birth (DDMMYYYY).\nhttps://examplebank.example.com/help/estatement',
    ],
  ];
  for (const [what, from, subject, body, extra] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body, extra);
      expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe('the reply-chain hijack with new bank details, in Greek and Russian (content.bank-change)', () => {
  const attacks: Case[] = [
    [
      'a Greek supplier thread: the account frozen, pay to the new one',
      'Άννα Νικολάου <logistirio@nikolaou-chartika.example.gr>',
      'RE: Τιμολόγια Οκτωβρίου',
      'Καλημέρα σας,\nΣε συνέχεια της παρακάτω επικοινωνίας, λόγω ελέγχου ο λογαριασμός μας είναι προσωρινά ' +
        'δεσμευμένος. Παρακαλούμε η εξόφληση των τιμολογίων να γίνει στον νέο λογαριασμό:\nIBAN: LT12 3250 0000 1111 2222\n' +
        'Με εκτίμηση,\nΆννα',
    ],
    [
      'a Russian supplier thread: new details, pay to the new account',
      'Ольга Петрова <buh@petrov-upakovka.example.ru>',
      'RE: Счета за октябрь',
      'Добрый день!\nВ связи с проверкой у нас новые банковские реквизиты. Оплату по счетам 2291 и 2304 просим ' +
        'произвести на новый счёт:\nР/с 40702810000000001234\nС уважением, Ольга',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`fails ${what}: at least suspicious`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.bank-change')?.status, bad(r).join(' ')).to.equal('fail');
      expect(r.verdict).to.be.oneOf(['suspicious', 'likely-phishing']);
    });
  }

  const twins: Case[] = [
    [
      "the Greek supplier's invoice paid to the account on file",
      'Άννα Νικολάου <logistirio@nikolaou-chartika.example.gr>',
      'RE: Παραγγελία Νοεμβρίου',
      'Καλημέρα σας,\nΣας επισυνάπτω το τιμολόγιο 2388. Η εξόφληση γίνεται κανονικά στον λογαριασμό που έχετε ήδη ' +
        'στο αρχείο σας.\nΕυχαριστούμε,\nΆννα',
    ],
    [
      'a Russian "new invoice" (счёт: account and invoice)',
      'Ольга Петрова <buh@petrov-upakovka.example.ru>',
      'Счёт за ноябрь',
      'Добрый день!\nНаправляем новый счёт на оплату за ноябрь. Реквизиты прежние.\nС уважением, Ольга',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.bank-change'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe('a taken-over school or company mailbox: mailbox "migration", HR letter to e-sign, salary subsidy', () => {
  it('fails a Czech mailbox verification on a form from a school mailbox (content.lure): likely phishing', () => {
    const r = mail(
      'Petr Novák <novak@gymnazium-example.cz>',
      'Ověření e-mailové schránky - migrace serveru',
      'Dobrý den,\nz důvodu migrace poštovního serveru je nutné, aby všichni uživatelé do pátku ověřili svou ' +
        'e-mailovou schránku. Neověřené schránky budou po migraci deaktivovány.\n' +
        'Ověření provedete vyplněním formuláře: https://forms.office.com/r/Ab12Cd34Ef\nPetr Novák, správce IT',
    );
    expect(one(r, 'content.lure')?.status, bad(r).join(' ')).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("keeps a colleague's Czech party survey on the same form service clean", () => {
    const r = mail(
      'Jana Dvořáková <dvorakova@gymnazium-example.cz>',
      'Vánoční večírek - dotazník do pátku',
      'Ahoj všichni,\nvyplňte prosím do pátku krátký dotazník k večírku (přihlášení není potřeba):\n' +
        'https://forms.office.com/e/Gh56Ij78Kl\nDíky, Jana',
    );
    expect(one(r, 'content.lure'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("fails a real Google Docs comment whose HR letter is to 'verify and e-sign' on a free web app: likely phishing", () => {
    const r = mail(
      '"Ravi Kumar (Google Docs)" <comments-noreply@docs.google.com>',
      'Salary_Letters_2026 - @jordan.lee@example.net please review',
      'Ravi Kumar mentioned you in a comment in the following document\nSalary_Letters_2026\n\n@jordan.lee@example.net ' +
        'HR has uploaded your revised salary letter. Please verify and e-sign before 5 PM today: ' +
        'https://salary-letter-2026.web.app/?u=jordan.lee%40example.net\n\n' +
        'Open: https://docs.google.com/document/d/1aB2cD3eF4/edit?disco=AAAB',
    );
    expect(one(r, 'content.lure')?.status, bad(r).join(' ')).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("keeps a colleague's Google Docs comment with a same-day deadline clean", () => {
    const r = mail(
      '"Ravi Kumar (Google Docs)" <comments-noreply@docs.google.com>',
      'Q1_Plan - @jordan.lee@example.net can you check the numbers',
      'Ravi Kumar mentioned you in a comment in the following document\nQ1_Plan\n\n@jordan.lee@example.net could you ' +
        'check the hiring numbers before 5 PM today? Thanks\n\nOpen: https://docs.google.com/document/d/9zY8x/edit?disco=AAAC',
    );
    expect(one(r, 'content.lure'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("fails a company mailbox's salary subsidy to claim with the payroll card's details (content.payout-details)", () => {
    const r = mail(
      '财务部 <caiwu@example-jixie.cn>',
      '关于发放个税补贴的通知',
      '各部门同事：\n2025年度个人所得税补贴申领工作现已开始，请于12月12日前完成登记，逾期视为自动放弃。\n' +
        '请扫描二维码或打开链接，填写个人信息及工资卡信息：http://gzbt-shenling.example.top/s/8812\n财务部',
    );
    const f = one(r, 'content.payout-details');
    expect(f?.status, bad(r).join(' ')).to.equal('fail');
    expect(f?.message.key).to.equal('content.payout-details.forfeit');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("keeps HR's payslip paid to the payroll card clean", () => {
    const r = mail(
      '周敏 <zhoumin@example-jixie.cn>',
      '2025年11月工资条',
      '您好：\n附件为您11月的工资条，工资已发放至您的工资卡。如有疑问请在12月17日前到人事部核对。\n人事行政部',
    );
    expect(one(r, 'content.payout-details'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a refund said to have failed, the bank details to give again (content.payout-details.failed)', () => {
  const attacks: Case[] = [
    [
      'an English tax refund "unable to process", from a taken-over mailbox',
      'HM Revenue & Customs <info@harbourdental.example.co.uk>',
      'Tax refund - action needed',
      'Dear taxpayer,\nYou are eligible to receive a tax refund of £612.40. We were unable to process your refund ' +
        'because your bank details could not be verified. Please confirm your bank details to receive it:\n' +
        'https://www.garden-centre.example.co.uk/wp-content/uploads/hmrc/refund/\nHMRC',
    ],
    [
      'a German refund "nicht überwiesen"',
      'Bundeszentralamt <service@praxis-weber.example.de>',
      'Ihre Steuerrückerstattung',
      'Sehr geehrte Damen und Herren,\nwir konnten Ihnen die Rückerstattung von 318,00 € nicht überweisen. ' +
        'Bitte bestätigen Sie Ihre Bankverbindung unter folgendem Link:\nhttps://praxis-weber.example.de/erstattung/\n',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      const f = one(r, 'content.payout-details');
      expect(f?.status, bad(r).join(' ')).to.equal('fail');
      expect(f?.message.key).to.equal('content.payout-details.failed');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const twins: Case[] = [
    [
      'a refund that could not be paid, sent by cheque instead',
      'Example Energy <billing@example-energy.example.com>',
      'Your credit refund',
      'Hello Jordan,\nYour credit refund of £84.20 could not be paid to your card, so we will post a cheque to your ' +
        'address this week.\nhttps://example-energy.example.com/account',
    ],
    [
      'a letter saying it never asks for bank details so',
      'Example Energy <billing@example-energy.example.com>',
      'Your credit refund',
      'Hello Jordan,\nWe were unable to process your refund of £84.20. Please confirm your bank details in your online ' +
        'account: https://example-energy.example.com/account\nWe will never ask you for your bank details by e-mail ' +
        'or through a link.',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`keeps ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.payout-details'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});
