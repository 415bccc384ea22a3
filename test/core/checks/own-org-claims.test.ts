/**
 * Our own organisation claimed, the ways the own-IT-desk and quishing kits claim it (issue #16, session 25): our
 * domain dashed into a foreign host, our mailbox named by a stranger signing as our IT department, a look-alike of
 * our domain asking to scan a QR code, and the 2FA/MFA-expiry and "scan the QR code" wording in the languages we read.
 * Fixtures test/fixtures/own-org-*.synthetic.eml and qr-twin-ticket-de.synthetic.eml are synthetic; the reader is
 * yamada@example.co.jp (Delivered-To), as in own-org.test.ts.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Finding, Report } from '../../../src/core/report';
import { decideVerdict } from '../../../src/core/verdict';
import { fixtureText } from '../../helpers';

const run = async (text: string): Promise<Report> => analyze(await parseMessage(text));
const ids = (r: Report, id: string) => r.findings.filter((f) => f.id === id);
const fires = (r: Report, id: string) => ids(r, id).some((f) => f.status === 'fail' || f.status === 'warn');

describe('own organisation claimed by a foreign host, a role and a look-alike (issue #16)', () => {
  it('fails our IT desk’s quota notice from a host that carries our domain dashed into its labels', async () => {
    const r = await run(fixtureText('own-org-dashed-host-quota.synthetic.eml'));
    const [f] = ids(r, 'sender.own-org-impersonation');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.include({ named: 'example-co-jp' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads our domain glued into a link’s host as the same claim, and a vendor tenant named after us as none', async () => {
    const base = fixtureText('own-org-dashed-host-quota.synthetic.eml').replace(
      /"IT Service Desk - Example Trading" <servicedesk@example-co-jp\.servicedesk-cloud\.net>/,
      '"Storage Notice" <notice@servicedesk-cloud.net>',
    );
    const glued = base.replace(
      'https://example-co-jp.servicedesk-cloud.net/',
      'https://examplecojp-owa.servicedesk-cloud.net/',
    );
    expect(ids(await run(glued), 'sender.own-org-impersonation').map((f) => f.status)).to.deep.equal(['fail']);
    // A tenant host carries our name, not our domain (`example.zendesk.com`): the vendor's, named for its customer.
    const tenant = base.replace(
      'https://example-co-jp.servicedesk-cloud.net/',
      'https://example.servicedesk-cloud.net/',
    );
    expect(ids(await run(tenant), 'sender.own-org-impersonation')).to.deep.equal([]);
    // Nor is a host whose label only starts like our domain (`example-co-jpn`) ours.
    const longer = base.replace(
      'https://example-co-jp.servicedesk-cloud.net/',
      'https://example-co-jpn.servicedesk-cloud.net/',
    );
    expect(ids(await run(longer), 'sender.own-org-impersonation')).to.deep.equal([]);
  });

  it('fails a German 2FA-expiry QR lure signed as our IT department that names our mailbox', async () => {
    const r = await run(fixtureText('own-org-2fa-qr-de.synthetic.eml'));
    const [f] = ids(r, 'sender.own-org-impersonation');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.include({ named: 'yamada@example.co.jp', domain: 'konto-hinweis.de' });
    expect(fires(r, 'links.qr-prompt')).to.equal(true);
    expect(fires(r, 'content.lure')).to.equal(true);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('does not read our mailbox named by a sender that does not sign as our department as a claim', async () => {
    // A vendor's own notice names the account it is about; only a stranger signing as our IT speaks as us.
    const vendor = fixtureText('own-org-2fa-qr-de.synthetic.eml').replace('"IT-Abteilung"', '"Konto-Hinweis"');
    expect(ids(await run(vendor), 'sender.own-org-impersonation')).to.deep.equal([]);
    // German glues its compounds: "Benutzerkonto <address>" names the account as "Microsoft-Konto <address>" does.
    const glued = fixtureText('own-org-2fa-qr-de.synthetic.eml').replace('das Microsoft-Konto', 'Ihr Benutzerkonto');
    expect(ids(await run(glued), 'sender.own-org-impersonation').map((f) => f.status)).to.deep.equal(['fail']);
  });

  it('fails an MFA re-registration QR lure that greets the reader by our domain from an unrelated domain', async () => {
    const r = await run(fixtureText('own-org-mfa-qr-domain-greeting.synthetic.eml'));
    expect(ids(r, 'sender.own-org-impersonation').map((f) => f.status)).to.deep.equal(['fail']);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads the second factor expiring as our mail system’s claim in seven languages, and not its mere mention', async () => {
    const base = fixtureText('own-org-mfa-qr-domain-greeting.synthetic.eml')
      .replace('"IT Security Team"', '"Harbour Marinas"')
      .replace('ACTION REQUIRED: MFA re-registration for yamada', 'Notice')
      .replace(/<p>Your multi-factor[\s\S]*<p>IT Security Team<\/p>/, '<p>SAID</p>');
    for (const said of [
      'Your multi-factor authentication registration is expiring.',
      'Ihre Zwei-Faktor-Authentifizierung läuft morgen ab.',
      'Votre authentification à deux facteurs expire demain.',
      'Su autenticación de dos factores caduca mañana.',
      'Sua autenticação de dois fatores expira amanhã.',
      'La sua autenticazione a due fattori scade domani.',
      'Uw tweestapsverificatie verloopt morgen.',
    ]) {
      const r = await run(base.replace('SAID', said));
      expect(
        ids(r, 'sender.own-org-impersonation').map((f) => f.status),
        said,
      ).to.deep.equal(['fail']);
    }
    const mention = base.replace('SAID', 'We have turned on two-factor authentication for the booking portal.');
    expect(ids(await run(mention), 'sender.own-org-impersonation')).to.deep.equal([]);
  });

  it('leaves our own IT team’s MFA enrolment with a QR code, from our own authenticated domain, clean', async () => {
    const r = await run(fixtureText('own-org-twin-it-mfa-enrolment.synthetic.eml'));
    expect(ids(r, 'sender.own-org-impersonation')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a vendor’s or IT provider’s newsletter that greets the reader by our domain clean', async () => {
    const r = await run(fixtureText('own-org-twin-vendor-domain-greeting.synthetic.eml'));
    expect(ids(r, 'sender.own-org-impersonation')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
    // Nor when the vendor is an IT provider: "IT Services" is what small providers call themselves, not our department.
    const provider = fixtureText('own-org-twin-vendor-domain-greeting.synthetic.eml').replace(
      '"Office Supplies Co."',
      '"Harbour IT Services"',
    );
    expect(ids(await run(provider), 'sender.own-org-impersonation')).to.deep.equal([]);
  });

  it('calls a look-alike of our own domain asking to scan an unreadable QR code likely phishing (rule 3)', async () => {
    const r = await run(fixtureText('own-org-lookalike-hr-qr.synthetic.eml'));
    expect(ids(r, 'sender.lookalike-domain').map((f) => f.status)).to.deep.equal(['fail']);
    expect(fires(r, 'links.qr-prompt')).to.equal(true);
    expect(r.verdict).to.equal('likely-phishing');
    // The same letter from our own authenticated domain is HR's.
    const own = fixtureText('own-org-lookalike-hr-qr.synthetic.eml').replace(/example-hr\.com/g, 'example.co.jp');
    expect((await run(own)).verdict).to.equal('no-red-flags');
  });

  it('counts a look-alike as our organisation claimed only when it imitates one of our own domains', () => {
    const found = (id: string, status: Finding['status'], params = {}): Finding => ({
      id,
      section: id.split('.')[0] as Finding['section'],
      status,
      message: { key: 'status.info', params },
      evidence: [],
    });
    const signs = (target: string) => [
      found('sender.lookalike-domain', 'fail', { domain: 'example-hr.com', target }),
      found('links.qr-prompt', 'warn'),
      found('sender.authentication', 'pass'),
    ];
    const ownDomains = new Set(['example.co.jp']);
    expect(decideVerdict(signs('example.co.jp'), { ownDomains }).verdict).to.equal('likely-phishing');
    // A brand's look-alike with the same QR prompt is weighed by the table alone (rule 3 is about our own name).
    expect(decideVerdict(signs('paypal.com'), { ownDomains }).verdict).to.equal('suspicious');
  });
});

describe('2FA/MFA expiry, the lock to avoid and "scan the QR code" in other languages (issue #16)', () => {
  const ticket = fixtureText('qr-twin-ticket-de.synthetic.eml');
  const body = (text: string) => ticket.replace(/<p>vielen Dank[\s\S]*?<\/p>/, `<p>${text}</p>`);

  it('leaves a genuine German ticket that mentions its QR code without a QR prompt', async () => {
    const r = await run(ticket);
    expect(fires(r, 'links.qr-prompt')).to.equal(false);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('reads the request to scan a QR code in German (verb second and last), French, Spanish, Italian, Dutch and Portuguese', async () => {
    for (const ask of [
      'Scannen Sie bitte den folgenden QR-Code mit Ihrem Smartphone.',
      'Bitte den unten stehenden QR-Code mit Ihrem Smartphone scannen.',
      'Scanne bitte den beigefügten QR-Code.',
      'Veuillez scanner ce code QR avec votre téléphone.',
      'Flashez ce QR code avec votre mobile.',
      'Escanee el siguiente código QR con su móvil.',
      'Escanea este código QR con tu móvil.',
      'Scansiona il seguente codice QR con il tuo telefono.',
      'Inquadra questo codice QR con il tuo smartphone.',
      'Scan de onderstaande QR-code met uw telefoon.',
      'Scannen de volgende QR-code met uw telefoon.',
      'Escaneie o seguinte código QR com o seu celular.',
      'Aponte a câmera do seu celular para o código QR.',
    ]) {
      expect(fires(await run(body(ask)), 'links.qr-prompt'), ask).to.equal(true);
    }
  });

  it('reads the second factor expiring and the lock to avoid as two pressures in each language', async () => {
    for (const lure of [
      'Ihre 2FA läuft heute ab. Um eine Sperrung Ihres Kontos zu vermeiden, melden Sie sich an.',
      "Votre double authentification expire aujourd'hui. Pour éviter le blocage de votre compte, connectez-vous.",
      'Su autenticación de dos factores caduca hoy. Para evitar el bloqueo de su cuenta, inicie sesión.',
      'Sua autenticação de dois fatores expira hoje. Para evitar o bloqueio da sua conta, entre.',
      'La tua autenticazione a due fattori scade oggi. Per evitare il blocco del tuo account, accedi.',
      'Uw tweestapsverificatie verloopt vandaag. Om blokkering van uw account te voorkomen, meldt u zich aan.',
    ]) {
      expect(fires(await run(body(lure)), 'content.lure'), lure).to.equal(true);
    }
  });
});
