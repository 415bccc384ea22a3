/**
 * A payee's changed bank account written from the supplier's own, real mailbox, reply only (content.bank-change,
 * money-route.ts judgeBank): nothing in the headers differs from the supplier's genuine mail, so the wording is all
 * there is. The English hijacked thread ("moved our business banking from Barclays to Starling … the old account will
 * be closed … update our supplier record … phone lines are diverted, email is best") and the Italian supplier's
 * frozen account ("il conto corrente precedentemente indicato … è temporaneamente bloccato … sul nuovo conto"),
 * with and without the call ruled out. Twins: an invoice stating its unchanged IBAN, a friend asking for a transfer
 * to his IBAN, a remittance advice, and a supplier's genuine change that sends the payer to the number on file.
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

describe('a changed bank account from the supplier’s real mailbox (content.bank-change)', () => {
  it('fails the English hijacked thread whose phones are "diverted": likely phishing (no-call)', () => {
    const r = mail(
      'Gareth Morley <g.morley@tern-freight.co.uk>',
      'RE: Statement June 2025',
      'Hi Rachel,\nJust a heads up before the next payment run - we have moved our business banking from Barclays ' +
        'to Starling following an internal audit, and the old account will be closed at the end of this month.\n' +
        'Please update our supplier record with the details below and use these for invoices INV-30418 and ' +
        'INV-30422:\nSort code: 60-83-71\nAccount number: 48217763\nWe are mid-migration so phone lines are diverted ' +
        'at the moment - email is best.\nGareth\n',
    );
    const f = one(r, 'content.bank-change');
    expect(f?.status, bad(r).join(' ')).to.equal('fail');
    expect(f?.message.key).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('flags the same change without the call ruled out: suspicious, with the advice to call', () => {
    const r = mail(
      'Gareth Morley <g.morley@tern-freight.co.uk>',
      'RE: Statement June 2025',
      'Hi Rachel,\nWe have moved our business banking from Barclays to Starling, and the old account will be ' +
        'closed at the end of this month. Please update our supplier record with the details below.\n' +
        'Sort code: 60-83-71\nAccount number: 48217763\nGareth\n',
    );
    expect(one(r, 'content.bank-change')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('suspicious');
  });

  it('fails the Italian supplier’s frozen account and new (foreign) IBAN, out of the office: likely phishing', () => {
    const r = mail(
      'Amministrazione <amministrazione@metal-forniture.it>',
      'R: Fatture aperte',
      'Buongiorno,\na seguito di una verifica interna, il conto corrente precedentemente indicato per i pagamenti è ' +
        'temporaneamente bloccato.\nVi chiediamo di effettuare il saldo delle fatture n. 214/2025 e n. 231/2025 sul ' +
        'nuovo conto:\nIBAN: LT47 3250 0274 9183 6205\nPer chiarimenti rispondete a questa e-mail, in questi giorni ' +
        'sono spesso fuori ufficio.\nMarco\n',
    );
    const f = one(r, 'content.bank-change');
    expect(f?.status, bad(r).join(' ')).to.equal('fail');
    expect(f?.message.key).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe('its false-alarm twins stay clean', () => {
  const twins: [string, string, string, string][] = [
    [
      'a supplier’s invoice stating its unchanged IBAN',
      'Contabilità <contabilita@metal-forniture.it>',
      'Fattura n. 240/2025',
      'Buongiorno,\nin allegato la fattura n. 240/2025 di € 3.120,00. Il pagamento va effettuato con bonifico sul ' +
        'conto corrente IT60 X054 2811 1010 0000 0123 456, come di consueto.\nCordiali saluti\n',
    ],
    [
      'a friend asking for his share by transfer to his IBAN',
      'Jonas <jonas.weber84@web.de>',
      'Hütte Oktober',
      'Hi Lena,\ndie Hütte ist gebucht! Dein Anteil sind 185 €. Überweis es mir bitte auf mein Konto, ' +
        'IBAN DE89 3704 0044 0532 0130 00. Danke!\nJonas\n',
    ],
    [
      'a remittance advice quoting the account on file',
      'Accounts Payable <ap@brightwater-logistics.co.uk>',
      'Remittance advice',
      'Hello,\nWe have paid invoices INV-30418 and INV-30422 (GBP 21,300.10) to your account ending 7763 today. ' +
        'Please allow two working days.\nAccounts Payable\n',
    ],
    [
      'a supplier’s genuine change that sends the payer to the number on file',
      'Accounts <accounts@tern-freight.co.uk>',
      'Change of bank details',
      'Dear customer,\nWe have moved our business banking from Barclays to Starling. Please do not update your ' +
        'records based on this email alone: call our accounts team on the number you already have on file.\nAccounts\n',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} alone`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.bank-change'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
});
