/**
 * Law-enforcement bodies in the brand table (issue #16): the fake police or legal notice — a "convocation" from the
 * Gendarmerie nationale, a "digital arrest" by India's Central Bureau of Investigation, an FBI or INTERPOL warrant —
 * writes the body's full name as its display name from a free mailbox (set44 p-fr-01, p-hi-01). The name claims the
 * body only as a display name or heading, never as a bare word: 'police' or 'gendarmerie' alone claims nothing, nor
 * the bare 'CBI' (the Confederation of British Industry) or 'Interpol' (a band). Twins: the body's genuine notice from
 * its own domain (DMARC pass), a newsletter reporting on Europol and INTERPOL in its text, a display name that only
 * holds the word 'Police'.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import type { Report } from '../../../src/core/report';
import { authenticatedMail, bad, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });
const why = (r: Report) => `${r.verdict}: ${bad(r).join(' ')}`;
const claim = (r: Report) => one(r, 'sender.brand-mismatch')?.status;

const CONVOCATION =
  "Madame, Monsieur,\n\nSuite à une saisie informatique effectuée dans le cadre d'une enquête judiciaire, la Brigade " +
  'de protection des mineurs vous adresse la convocation ci-jointe.\n\nNous vous prions de nous faire parvenir vos ' +
  'justifications par retour de courriel sous 72 heures. Passé ce délai, votre dossier sera transmis au procureur de ' +
  'la République.\n\nCordialement,\n\nDirecteur général de la Gendarmerie nationale';

describe('law-enforcement bodies claimed by a display name (brands.json)', () => {
  it('fails a Gendarmerie nationale convocation from Gmail and flags it', () => {
    const r = mail(
      'Gendarmerie Nationale <brigade.mineurs.convocation@gmail.com>',
      'CONVOCATION - Brigade de protection des mineurs',
      CONVOCATION,
    );
    expect(claim(r), why(r)).to.equal('fail');
    expect(r.verdict, why(r)).to.be.oneOf(['suspicious', 'likely-phishing']);
  });

  it('fails a Police nationale notice from Outlook.com', () => {
    const r = mail('Police Nationale <police.nationale.plainte@outlook.fr>', 'Convocation', CONVOCATION);
    expect(claim(r), why(r)).to.equal('fail');
  });

  it('fails a Central Bureau of Investigation "digital arrest" notice from Outlook.com', () => {
    const r = mail(
      'Central Bureau of Investigation <cbi.cybercell.notice@outlook.com>',
      'CBI Notice: money laundering case',
      'Your Aadhaar number is linked to a money laundering case. A warrant will be issued unless you cooperate with ' +
        'the investigating officer today.',
    );
    expect(claim(r), why(r)).to.equal('fail');
  });

  it('fails INTERPOL in capitals from a stranger’s domain', () => {
    const r = mail('INTERPOL Red Notice Unit <notice@interpol-secure-office.com>', 'Red Notice', CONVOCATION);
    expect(claim(r), why(r)).to.be.oneOf(['fail', 'warn']);
  });

  it('leaves the Gendarmerie’s genuine notice from its own domain clean', () => {
    const r = mail(
      'Gendarmerie nationale <communication@gendarmerie.interieur.gouv.fr>',
      'Opération tranquillité vacances',
      "Bonjour,\n\nAvant de partir en vacances, inscrivez-vous à l'opération tranquillité vacances auprès de votre " +
        'brigade. Les patrouilles passeront devant votre domicile pendant votre absence.\n\nLa Gendarmerie nationale',
    );
    expect(claim(r), why(r)).not.to.equal('fail');
    expect(r.verdict, why(r)).to.equal('no-red-flags');
  });

  it('leaves the FBI’s genuine notice from fbi.gov clean', () => {
    const r = mail(
      'FBI <noreply@subscriptions.fbi.gov>',
      'FBI warns of government impersonation scams',
      'The FBI warns the public of scammers impersonating law enforcement. The FBI will never call or email you ' +
        'demanding payment. Report fraud to the Internet Crime Complaint Center.',
    );
    expect(claim(r), why(r)).not.to.equal('fail');
    expect(r.verdict, why(r)).to.equal('no-red-flags');
  });

  it('leaves a newsletter reporting on Europol and INTERPOL in its text unclaimed', () => {
    const r = mail(
      'Security Weekly <newsletter@securityweekly-digest.com>',
      'This week in cybercrime',
      'Europol and INTERPOL coordinated an operation against a ransomware group this week. The Central Bureau of ' +
        'Investigation and the Federal Bureau of Investigation joined the takedown, and the Gendarmerie nationale ' +
        'seized servers in France.\n\nRead the full story on our site.',
    );
    expect(claim(r), why(r)).to.equal(undefined);
    expect(r.verdict, why(r)).to.equal('no-red-flags');
  });

  it('does not claim any body for a display name with only the word Police, or the bare CBI', () => {
    for (const from of [
      'Police Scotland Federation Social Club <club@psfsc.org.uk>',
      'CBI <events@cbi.org.uk>',
      'Interpol <news@interpolnyc.com>',
    ]) {
      const r = mail(from, 'Members’ update', 'Our spring dinner is on 14 May. Tickets are available from the office.');
      expect(claim(r), `${from} ${why(r)}`).to.equal(undefined);
    }
  });
});
