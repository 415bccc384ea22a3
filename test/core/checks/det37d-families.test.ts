/**
 * Families set43 missed (issue #16), each beside its false-alarm twin. Synthetic, real-shaped messages.
 * - A supplier's real, taken-over mailbox announcing its new bank account in German, in the real thread ("Änderung
 *   unserer Bankverbindung … überweisen Sie ab sofort auf folgendes Konto", content.bank-change). Twins: an invoice's
 *   plain "Bitte überweisen Sie den Betrag auf folgendes Konto", a bank's "Änderung Ihrer Bankverbindung".
 * - The wallet drainer dressed as Bitvavo ("MiCA-verificatie: koppel uw externe wallet") from bitvavo-verificatie.com,
 *   a domain of its own that authenticates (the brand table now knows Bitvavo's one domain, from its own help pages).
 *   Twin: Bitvavo's own new-login notice from bitvavo.com.
 * - A nameless department ("Human Resources") on a foreign domain asking to "sign in with your example.net
 *   credentials" (set43 p-en-05: the open-enrolment QR kit), our own domain naming the work account
 *   (sender.own-org-impersonation). Twins: our own HR on our own domain; a vendor that names itself; another domain.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string, extra: string[] = []) =>
  authenticatedMail(from, subject, body, extra, { freeMail });

describe("a supplier's changed bank account in German (content.bank-change)", () => {
  const supplier = 'Buchhaltung Holzbau Renner <buchhaltung@holzbau-renner.de>';

  it('fails the new account for the invoice from now on, and flags the message', () => {
    const r = mail(
      supplier,
      'AW: Rechnung 2026-0412 / Änderung unserer Bankverbindung',
      'Sehr geehrter Herr Lee,\nwir möchten Sie informieren, dass sich unsere Bankverbindung aufgrund einer ' +
        'Umstellung bei unserer Hausbank geändert hat. Bitte überweisen Sie den offenen Betrag ab sofort auf ' +
        'folgendes Konto:\nIBAN: DE44 1001 1001 2629 4471 83\nMit freundlichen Grüßen\nPetra Renner\n',
      ['Reply-To: Buchhaltung Holzbau Renner <holzbau.renner@gmx.de>'],
    );
    expect(one(r, 'content.bank-change')).to.include({ status: 'fail' });
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('reads "künftig nur noch auf unser neues Konto" beside "Wechsel bei unserer Bank" too', () => {
    const r = mail(
      supplier,
      'Ihre Zahlung',
      'Guten Tag,\naufgrund eines Wechsels bei unserer Bank bitten wir Sie, künftig nur noch auf unser neues Konto ' +
        'zu überweisen: IBAN DE12 5001 0517 0648 4898 90.\nViele Grüße\n',
    );
    expect(one(r, 'content.bank-change')).to.include({ status: 'fail' });
  });

  it('twin: an invoice\'s plain "Bitte überweisen Sie den Betrag auf folgendes Konto" changes nothing', () => {
    const r = mail(
      supplier,
      'Rechnung 2026-0412',
      'Sehr geehrter Herr Lee,\nanbei unsere Rechnung 2026-0412. Bitte überweisen Sie den Betrag innerhalb von 14 ' +
        'Tagen auf folgendes Konto:\nIBAN: DE44 1001 1001 2629 4471 83\nMit freundlichen Grüßen\nPetra Renner\n',
    );
    expect(one(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a shop confirming the change of the reader\'s own account ("Änderung Ihrer Bankverbindung")', () => {
    const r = mail(
      'Stadtwerke Musterstadt <service@stadtwerke-musterstadt.de>',
      'Bestätigung: Änderung Ihrer Bankverbindung',
      'Guten Tag,\nwir haben die Änderung Ihrer Bankverbindung gespeichert. Die Abschläge buchen wir ab sofort von ' +
        'Ihrem neuen Konto ab.\nIhre Stadtwerke\n',
    );
    expect(one(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a crypto exchange dressed up on a domain of its own (Bitvavo)', () => {
  it('fails "Bitvavo" from bitvavo-verificatie.com asking to connect a wallet: likely phishing', () => {
    const r = mail(
      'Bitvavo <support@bitvavo-verificatie.com>',
      'Actie vereist: MiCA-verificatie van uw Bitvavo-account',
      'Beste klant,\nDoor de nieuwe Europese MiCA-regelgeving moeten alle accounts opnieuw worden geverifieerd. ' +
        'Koppel uw externe wallet om uw saldo veilig te stellen.\n' +
        'Start verificatie: https://app.bitvavo-verificatie.com/connect-wallet\nTeam Bitvavo\n',
    );
    expect(one(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("twin: Bitvavo's own new-login notice from bitvavo.com", () => {
    const r = mail(
      'Bitvavo <noreply@bitvavo.com>',
      'Nieuwe login op je Bitvavo-account',
      'Hoi,\nEr is zojuist ingelogd op je account vanaf een nieuw apparaat (Chrome op Windows, Amsterdam). Was jij ' +
        'dit niet? Neem contact op via https://bitvavo.com/nl/support\nTeam Bitvavo\n',
    );
    expect(one(r, 'sender.brand-mismatch')).to.include({ status: 'pass' });
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe("a nameless department asking to sign in with our own domain's credentials (sender.own-org-impersonation)", () => {
  const enrol = (domain: string, signOff = 'Human Resources & Benefits Administration') =>
    'Hello Jordan,\nOpen Enrollment for 2026 health, dental and vision elections is now open. Employees who do not ' +
    'confirm by Friday, November 14 will be defaulted to employee-only coverage.\nThe enrollment portal is available ' +
    `through mobile sign-in only. Scan the code below with your phone camera and sign in with your ${domain} ` +
    `credentials.\nReference: OE-2026-44817\nThank you,\n${signOff}\n`;

  it('fails "Human Resources" from a foreign domain naming our domain as the account to sign in with', () => {
    const r = mail(
      'Human Resources <hr-benefits@tallgrass-hrservices.com>',
      '2026 Benefits Open Enrollment',
      enrol('example.net'),
    );
    expect(one(r, 'sender.own-org-impersonation')).to.include({ status: 'fail' });
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('twin: our own HR on our own authenticated domain says the same', () => {
    const r = mail('Human Resources <hr@example.net>', '2026 Benefits Open Enrollment', enrol('example.net'));
    expect(one(r, 'sender.own-org-impersonation')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a benefits vendor naming itself, or a domain not ours', () => {
    const vendor = mail(
      'Benefits Administration <enroll@brightbenefits.com>',
      '2026 Benefits Open Enrollment',
      enrol('example.net', 'The Brightbenefits team'),
    );
    const other = mail('Human Resources <hr-benefits@tallgrass-hrservices.com>', 'Open Enrollment', enrol('gmail.com'));
    for (const r of [vendor, other]) expect(one(r, 'sender.own-org-impersonation')).to.equal(undefined);
  });
});
