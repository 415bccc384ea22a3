/**
 * False-alarm twins of session 34's rules (issue #16), in several languages: genuine mail of the shapes those rules
 * read, each beside the attack it must still catch. Every message is synthetic.
 * - content.bank-change: a colleague's report of a suspect bank change to IT or finance (English, German,
 *   Portuguese: set26 g-en-15's shape) and a supplier's real change that sends the payer to the number on file or on
 *   its invoices (English, French, Italian) stay clean; the hijacked thread's change written above the quoted history,
 *   and a change whose call-back number is the letter's own, still fail.
 * - content.payout-details: a marketplace's own payout notice to the bank account on file, and its escrow notice, stay
 *   clean (English, German, Spanish, Chinese); set26 p-en-01's and p-zh-02's kits fail.
 * - content.pretext.locked-file: a real locked payslip PDF whose password comes separately stays clean.
 * - verdict rule 2h: an authenticated company's newsletter whose links are all on one platform stays clean.
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

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });

type Case = [what: string, from: string, subject: string, body: string];

const QUOTED_CHANGE =
  '\n\n-----Original Message-----\nFrom: Primefeeds Accounts <accounts@primefeeeds-ng.com>\nSent: Tuesday, 25 ' +
  'November 2025 08:12\nSubject: URGENT: Change of Account Details\n\nDear Sir,\nPlease be informed that our Zenith ' +
  'account is under review and all payments should be made to our new account below until further notice.\n' +
  'Bank: Keystone Bank\nAcct No: 1013 8847 25\nRegards\nAccounts Dept';

describe('content.bank-change: reports and real changes stay clean, the hijacked thread does not', () => {
  const twins: Case[] = [
    [
      "an English colleague's report of a suspect bank change to IT",
      'Tunde Adeyemi <t.adeyemi@lekkiagro-example.com>',
      'FW: URGENT: Change of Account Details',
      "Hi IT team,\nI received the mail below this morning. The sender's address looks slightly\ndifferent from the " +
        'one we normally use. I have not replied or paid anything. Can you please check?\nThanks,\nTunde' +
        QUOTED_CHANGE,
    ],
    [
      "a German colleague's report ('sieht verdächtig aus')",
      'Petra Kühn <p.kuehn@muster-gmbh-beispiel.de>',
      'WG: Neue Bankverbindung',
      'Hallo IT,\ndiese Mail sieht verdächtig aus, die Absenderadresse stimmt nicht mit unserem Lieferanten überein. ' +
        'Bitte prüfen.\nGruß Petra\n\n-----Ursprüngliche Nachricht-----\nVon: Buchhaltung <buchhaltung@lieferant-' +
        'beispiel.de>\nBetreff: Neue Bankverbindung\n\nSehr geehrte Damen und Herren,\nunsere neue Bankverbindung ' +
        'lautet IBAN DE89 3704 0044 0532 0130 00. Bitte überweisen Sie künftige Zahlungen auf das neue Konto.',
    ],
    [
      "a Portuguese colleague's report ('parece suspeito')",
      'Rui Costa <rui.costa@empresa-exemplo.pt>',
      'FW: Novos dados bancários',
      'Olá equipa de IT,\nrecebi este email que parece suspeito, o domínio do fornecedor está diferente. Não paguei ' +
        'nada. Podem verificar?\nObrigado,\nRui\n\n-----Original Message-----\nFrom: Faturação <faturacao@fornecedor-' +
        'exemplo.pt>\nSubject: Novos dados bancários\n\nInformamos que os nossos novos dados bancários são IBAN PT50 0002 ' +
        '0123 1234 5678 9015 4. Os pagamentos futuros devem ser feitos para a nova conta.',
    ],
    [
      "an authenticated supplier's real change that sends the payer to the number on file",
      'Accounts <accounts@harbourfoods-example.co.uk>',
      'Change of bank details',
      'Dear customer,\nWe are moving our account to Starling Bank. New sort code 60-83-71, account 22334455. All ' +
        'future payments should go to the new account from 1 March.\nPlease do not update your records based on this ' +
        'email alone: call us on the number you already have to confirm.\nHarbour Foods Accounts',
    ],
    [
      "a French supplier's real change that sends the payer to the number on its invoices",
      'Comptabilité <compta@fournisseur-exemple.fr>',
      'Changement de coordonnées bancaires',
      'Madame, Monsieur,\nSuite au changement de banque, notre nouveau RIB est : FR76 3000 6000 0112 3456 7890 189. ' +
        "Merci d'effectuer les prochains paiements sur le nouveau compte à partir du 1er avril.\nPour votre sécurité, " +
        'confirmez ce changement en nous appelant au numéro figurant sur nos factures.\nService comptabilité',
    ],
    [
      "an Italian supplier's real change that sends the payer to the number on its invoices",
      'Amministrazione <amministrazione@fornitore-esempio.it>',
      'Variazione coordinate bancarie',
      'Gentile cliente,\nvi comunichiamo le nuove coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456. I ' +
        'pagamenti futuri dovranno essere effettuati sul nuovo conto. Vi preghiamo di confermare la variazione ' +
        'telefonando al numero indicato nelle nostre fatture.\nAmministrazione',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} without content.bank-change`, () => {
      expect(bad(mail(from, subject, body))).to.not.include('content.bank-change');
    });

  it("still fails the French change whose call-back number is the letter's own", () => {
    const r = mail(
      'Comptabilité <compta@fournisseur-exemple.fr>',
      'Changement de coordonnées bancaires',
      'Madame, Monsieur,\nSuite au changement de banque, notre nouveau RIB est : FR76 3000 6000 0112 3456 7890 189. ' +
        "Merci d'effectuer les prochains paiements sur le nouveau compte.\nPour confirmer, appelez le 01 84 60 22 17." +
        '\nService comptabilité',
    );
    expect(one(r, 'content.bank-change')?.status).to.equal('fail');
  });

  it('still fails the hijacked thread whose new account is written above the quoted history', () => {
    const r = mail(
      'Primefeeds Accounts <accounts@primefeeds-example.com>',
      'RE: Invoice 2231',
      'Dear Sir,\nThis looks odd I know, but our Zenith account is under review: all payments should be made to our ' +
        'new account below until further notice.\nBank: Keystone Bank\nAcct No: 1013 8847 25\nRegards' +
        '\n\n-----Original Message-----\nFrom: Tunde Adeyemi <t.adeyemi@lekkiagro-example.com>\nSubject: Invoice 2231\n\n' +
        'Please send the invoice.',
    );
    expect(one(r, 'content.bank-change')?.status).to.equal('fail');
  });
});

describe('genuine payouts, payslips and platform newsletters stay clean', () => {
  const twins: Case[] = [
    [
      "an English marketplace's own payout notice to the account on file",
      'Marketplace <payouts@marketplace-example.com>',
      'Your item sold - payout on its way',
      'Hi Jordan,\nGood news: the buyer has paid for "Oak side table". Please ship the item within 2 days. Your payout ' +
        'of £240.00 will be sent to the bank account on file ending 4471 within 3 working days.\nMarketplace',
    ],
    [
      "a German marketplace's payout notice",
      'Kleinmarkt <auszahlung@kleinmarkt-beispiel.de>',
      'Verkauft: Kinderwagen',
      'Hallo Jordan,\nder Käufer hat bezahlt. Bitte versende den Artikel. Die Auszahlung von 185,00 € erfolgt auf dein ' +
        'hinterlegtes Bankkonto (IBAN endet auf 3000) innerhalb von 3 Werktagen.\nDein Kleinmarkt-Team',
    ],
    [
      "a Spanish marketplace's payout notice",
      'Compraventa <pagos@compraventa-ejemplo.es>',
      'Has vendido tu artículo',
      'Hola Jordan:\nEl comprador ha pagado tu artículo «Bicicleta de montaña». Envíalo en 2 días. Transferiremos ' +
        '320 € a tu cuenta bancaria registrada en 3 días hábiles.\nCompraventa',
    ],
    [
      "a marketplace's escrow notice: the money held until the buyer confirms receipt",
      'Marketplace <orders@marketplace-example.com>',
      'Order 55120: the buyer has paid',
      'Hi Jordan,\nThe buyer has paid for "Oak side table". The funds are being held until the buyer confirms ' +
        'receipt; then we release them to the bank account on file. Please confirm the order and ship it within 2 ' +
        'days: https://www.marketplace-example.com/orders/55120\nMarketplace',
    ],
    [
      "a Taiwanese shop platform's payout notice to the account on file",
      '客服中心 <service@market-example.com.tw>',
      '訂單已完成付款',
      '您好：\n您刊登的商品已由買家完成付款，款項將於買家確認收貨後撥入您的銀行帳戶。\n' +
        '訂單詳情：https://www.market-example.com.tw/orders/8842\n客服中心',
    ],
    [
      'a locked payslip PDF whose password rule comes separately',
      'HR Payroll <payroll@northwind-example.com>',
      'Your March payslip',
      'Dear Jordan,\nYour March payslip is attached as a password-protected PDF. The password is your date of birth ' +
        '(DDMMYYYY), as set out in the separate letter HR sent when you joined.\nHR Payroll',
    ],
    [
      "a company's newsletter whose links are all on one platform",
      'Northwind News <news@northwind-example.com>',
      'Northwind News - March',
      'Hello,\nThis month: our spring catalogue https://northwind-catalogue.netlify.app/spring and the team blog ' +
        'https://northwind-catalogue.netlify.app/blog.\nNorthwind',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} clean`, () => {
      expect(mail(from, subject, body).verdict).to.equal('no-red-flags');
    });
});

describe('the marketplace payout kit told with the buyer named between, or in traditional Chinese (content.payout-details)', () => {
  const attacks: Case[] = [
    [
      'English: "Your buyer, Kendra M., has completed payment … Confirm and receive your funds"',
      'Marketplace Payments <payments@secure-payout-center.com>',
      'Payment received for your listing',
      'Hi Jordan,\nGood news! Your buyer, Kendra M., has completed payment for your listing (Amount paid: $340.00).\n' +
        'Confirm that you are the seller and add your payout details.\nConfirm and receive your funds:\n' +
        'https://secure-payout-center.com/receive/7Q2XK9\nMarketplace Payments Team',
    ],
    [
      'traditional Chinese: 「已由買家完成付款 … 賣家金流簽署認證」',
      '客服中心 <service@shop-seller-verify.tw>',
      '訂單款項待撥款',
      '您好：\n您刊登的商品已由買家完成付款，款項目前由平台代管中。\n由於您的賣場尚未完成「賣家金流簽署認證」，' +
        '款項暫時無法撥入您的帳戶。\nhttps://shop-seller-verify.tw/seller/sign?oid=TW2503\n客服中心 敬上',
    ],
  ];
  for (const [what, from, subject, body] of attacks)
    it(`fails ${what}`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.payout-details')?.status).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
});
