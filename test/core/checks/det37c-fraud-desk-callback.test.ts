/**
 * det37c: the bank's "fraud department" callback (content.callback): a suspicious payment held on the reader's
 * account, released by itself unless the reader calls the number given — from a free mailbox under a bank's name, no
 * link. Before, the held payment was not read as the charge, so only the brand on outlook.com was said (suspicious).
 * Twins: the bank's own authenticated alert linking its site, and a friend's story of a blocked payment from Gmail
 * with no call to a desk, stay clean.
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

describe('det37c: the fraud desk callback (content.callback)', () => {
  const scripts: [from: string, subject: string, body: string][] = [
    [
      'ING Fraudebestrijding <ing.veiligbankieren@outlook.com>',
      'Verdachte betaling geblokkeerd - actie vereist',
      'Geachte heer/mevrouw,\n\nWij hebben op uw betaalrekening een verdachte betaling geblokkeerd:\n\n' +
        'Begunstigde: Coolblue B.V.\nBedrag: € 1.349,00\n\nHeeft u deze betaling niet zelf gedaan? Neem dan vandaag ' +
        'nog telefonisch contact op met onze afdeling Fraudebestrijding via 020 - 808 4417.\n\nLet op: als wij ' +
        'vandaag niets van u horen, wordt de betaling automatisch vrijgegeven.',
    ],
    [
      'Fraud Prevention Team <fraud.alerts.desk@gmail.com>',
      'Suspicious transaction blocked',
      'Dear customer,\n\nA suspicious payment has been blocked on your card: $1,249.00 to BestBuy.\n\nIf you did not ' +
        'make this payment, call our fraud department at +1 (888) 555-0192 now. If we do not hear from you today the ' +
        'payment will be released automatically.',
    ],
    [
      'Sicherheitsteam Sparkasse <sicherheit.sparkasse24@gmx.de>',
      'Verdächtige Zahlung blockiert',
      'Sehr geehrter Kunde,\n\nwir haben eine verdächtige Zahlung blockiert: 1.349,00 EUR an MediaMarkt.\n\nHaben Sie ' +
        'diese Zahlung nicht veranlasst? Rufen Sie uns unter der Rufnummer 069 5555 0192 an, sonst wird sie ' +
        'automatisch freigegeben.',
    ],
  ];
  for (const [from, subject, body] of scripts)
    it(`fails "${subject}" from a free mailbox`, () => {
      const r = authenticatedMail(from, subject, body, [], { freeMail });
      expect(one(r, 'content.callback')?.status, bad(r).join(' ')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });

  it("twin: the bank's own authenticated alert linking its site stays clean", () => {
    const r = authenticatedMail(
      'ING <noreply@ing.nl>',
      'Verdachte betaling geblokkeerd',
      'Geachte heer Van Dijk,\n\nWij hebben een verdachte betaling geblokkeerd. Heeft u deze betaling niet zelf ' +
        'gedaan? Neem telefonisch contact op via 020 - 22 888 00 (het nummer op de achterkant van uw pas) of ' +
        'bekijk de betaling in de ING App: https://www.ing.nl/particulier/veilig-bankieren',
      [],
      { freeMail },
    );
    expect(one(r, 'content.callback'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it("twin: a friend's story of a blocked payment from Gmail, without a desk to call, stays clean", () => {
    const r = authenticatedMail(
      'Pieter de Vries <pieter.devries1978@gmail.com>',
      'Gisteren',
      'Hoi Marleen,\n\nMijn bank heeft gisteren een verdachte betaling geblokkeerd, dus mijn pas werkt even niet. ' +
        'Kun jij zaterdag de boodschappen doen? Bel me even: 06 12 34 56 78.\n\nGroet, Pieter',
      [],
      { freeMail },
    );
    expect(one(r, 'content.callback'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });
});
