/**
 * A payee's changed account whose new IBAN is of another country than the sender's (content.foreign-iban,
 * money-route.ts judgeForeignIban, iban.ts): vendor email compromise paying into a mule account abroad — an Italian
 * supplier's "new account" in Lithuania, a `.com` supplier whose old account was German and whose new one is British.
 * The sender's country is its domain's country code, or the old account's country when the letter names both.
 * Twins: a supplier's genuine move to another bank at home; an invoice footer listing a multinational's accounts in
 * several countries (no change said, and with a change said but the new accounts at home and abroad); a reference
 * number shaped like an IBAN whose check digits fail; a `.com` sender naming no old account.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { authenticatedMail, bad, one } from './authenticated-mail';

before(() => loadAllCheckData());

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body);
const iban = (r: ReturnType<typeof mail>) => one(r, 'content.foreign-iban');

const IT_SUPPLIER = 'Marco De Santis <amministrazione@metal-forniture.it>';
const itChange = (account: string) =>
  'Buongiorno,\ncon la presente Vi comunichiamo che abbiamo cambiato banca. Vi chiediamo di effettuare tutti i ' +
  `pagamenti futuri sul nuovo conto:\nIntestatario: Metal Forniture S.r.l.\nIBAN: ${account}\nCordiali saluti\nMarco\n`;

describe('det39b: a changed account’s new IBAN abroad (content.foreign-iban)', () => {
  it('fails an Italian supplier’s new account in Lithuania, showing the IBAN and both countries: likely phishing', () => {
    const r = mail(IT_SUPPLIER, 'Variazione coordinate bancarie', itChange('LT60 1010 0123 4567 8901'));
    const f = iban(r);
    expect(f?.status, bad(r).join(' ')).to.equal('fail');
    expect(f?.message.params).to.deep.equal({ iban: 'LT60 1010 0123 4567 8901', country: 'LT', home: 'IT' });
    expect(f?.evidence.map((e) => e.highlight)).to.include.members(['LT60 1010 0123 4567 8901', 'metal-forniture.it']);
    expect(one(r, 'content.bank-change')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads the sender’s country from the old account when its domain tells none (.com): DE then GB', () => {
    const body =
      'Dear customer,\nPlease note that we have changed our bank. Our old IBAN DE89 3704 0044 0532 0130 00 will be ' +
      'closed at the end of the month.\nPlease update your records: new IBAN GB82 WEST 1234 5698 7654 32.\n' +
      'Kind regards,\nAccounts Receivable\n';
    const r = mail('Accounts <ar@hansel-tooling.com>', 'Updated bank details', body);
    const f = iban(r);
    expect(f?.message.params).to.deep.equal({ iban: 'GB82 WEST 1234 5698 7654 32', country: 'GB', home: 'DE' });
    expect(f?.evidence.map((e) => e.highlight)).to.include('DE89 3704 0044 0532 0130 00');
  });

  it('says so of the account change alone (no "pay there" wording): suspicious', () => {
    const body =
      'Sehr geehrte Damen und Herren,\nbitte beachten Sie unsere neue Bankverbindung:\n' +
      'IBAN: LT12 1000 0111 0100 1000\nMit freundlichen Grüßen\nBuchhaltung\n';
    const r = mail('Buchhaltung <buchhaltung@kraemer-stahl.de>', 'Neue Bankverbindung', body);
    expect(iban(r)?.message.params).to.include({ country: 'LT', home: 'DE' });
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('does not count digits shaped like an IBAN whose check digits fail (LT47 3250 0274 9183 6205)', () => {
    const r = mail(IT_SUPPLIER, 'Variazione coordinate bancarie', itChange('LT47 3250 0274 9183 6205'));
    expect(iban(r)).to.equal(undefined);
  });

  it('twin: a supplier’s genuine move to another bank at home (IT to IT) raises no foreign account', () => {
    const r = mail(IT_SUPPLIER, 'Variazione coordinate bancarie', itChange('IT60 X054 2811 1010 0000 0123 456'));
    expect(iban(r)).to.equal(undefined);
  });

  it('twin: a multinational’s invoice footer listing its accounts in three countries stays clean', () => {
    const body =
      'Sehr geehrte Damen und Herren,\nanbei erhalten Sie unsere Rechnung 2025-0418 über 12.480,00 EUR, zahlbar ' +
      'innerhalb von 30 Tagen.\nMit freundlichen Grüßen\nKraemer Stahl GmbH\n--\nBankverbindungen:\n' +
      'Deutsche Bank DE89 3704 0044 0532 0130 00\nBNP Paribas FR14 2004 1010 0505 0001 3M02 606\n' +
      'ABN AMRO NL91 ABNA 0417 1643 00\n';
    const r = mail('Buchhaltung <buchhaltung@kraemer-stahl.de>', 'Rechnung 2025-0418', body);
    expect(iban(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a multinational’s new bank details at home and abroad at once is no single account abroad', () => {
    const body =
      'Dear customer,\nplease note our new bank details for all future payments:\nEUR: DE89 3704 0044 0532 0130 00\n' +
      'GBP: GB82 WEST 1234 5698 7654 32\nKind regards,\nKraemer Stahl GmbH\n';
    const r = mail('Buchhaltung <buchhaltung@kraemer-stahl.de>', 'New bank details', body);
    expect(iban(r)).to.equal(undefined);
  });

  it('twin: a .com sender naming only its new account abroad tells no home country', () => {
    const body = 'Hello,\nwe have changed our bank. Please use our new IBAN LT60 1010 0123 4567 8901.\nThanks\n';
    const r = mail('Billing <billing@acme-widgets.com>', 'New bank', body);
    expect(iban(r)).to.equal(undefined);
  });
});
