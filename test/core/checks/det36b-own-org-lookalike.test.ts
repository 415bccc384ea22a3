/**
 * The reader's own organisation imitated by an authenticated look-alike (brands/lookalike.ts, sender.lookalike-domain):
 * an impostor registers the organisation's name beside a back-office word — its HR in another language, its single
 * sign-on (`vercors-rh-planning.com` for groupe-vercors.fr, `vantrell-sso.com` for vantrell.com) — or a letter off,
 * passes DMARC on it, and invites staff to a salary review or a sign-in on its own host (issue #16). Twins: a sister
 * company whose name shares the word (`vantrell-logistics.com`), a vendor whose short name is a letter off a short own
 * domain, the organisation's own other suffix (warned, never failed: a parent's `.com` writing to its `.fr`).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';

/** A message from `fromDomain` (aligned DKIM, SPF, DMARC pass) delivered to `to`, with a sign-in link on its host. */
function mail(fromDomain: string, to: string, subject: string, text: string, from = 'People Team'): Report {
  const mx = `mx.${to.slice(to.indexOf('@') + 1)}`;
  const headers = [
    `Delivered-To: ${to}`,
    `Received: from mail.${fromDomain} (mail.${fromDomain} [185.70.42.17]) by ${mx}`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    `Authentication-Results: ${mx}; dkim=pass header.d=${fromDomain} header.s=s1;`,
    ` spf=pass smtp.mailfrom=${fromDomain}; dmarc=pass (p=reject) header.from=${fromDomain}`,
    `Message-ID: <b72e1d0c55@${fromDomain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from} <people@${fromDomain}>`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', text });
}

const salaryReview = (host: string) =>
  'Hello Anna,\n\nYour 2026 salary review letter is ready. Sign in with your company account to read and sign it ' +
  `before Friday:\nhttps://${host}/sso/login\n\nPeople Team`;
const revueSalariale = (host: string) =>
  'Bonjour Antoine,\n\nVous êtes invité(e) à un entretien individuel dans le cadre de la revue salariale 2026. Votre ' +
  `proposition individuelle est disponible :\nhttps://${host}/sso/revue2026/\n\nDirection des Ressources Humaines`;

const lookalike = (r: Report) => r.findings.find((f) => f.id === 'sender.lookalike-domain');

describe("det36b: a look-alike of the reader's own domain, authenticated", () => {
  it('fails the group name beside an HR word in French (vercors-rh-planning.com for groupe-vercors.fr)', () => {
    const r = mail(
      'vercors-rh-planning.com',
      'a.lemoine@groupe-vercors.fr',
      'Invitation : Revue salariale 2026',
      revueSalariale('vercors-rh-planning.com'),
      'Direction des Ressources Humaines',
    );
    expect(lookalike(r)?.status).to.equal('fail');
    expect(lookalike(r)?.message.params).to.deep.include({ target: 'groupe-vercors.fr' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the name beside single sign-on, glued or hyphenated, and the name a letter off or hyphenated', () => {
    for (const domain of [
      'vantrell-sso.com',
      'vantrellsso.com',
      'vantrell-rrhh.com',
      'vamtrell.com',
      'van-trell.com',
    ]) {
      const r = mail(domain, 'anna@vantrell.com', 'Salary review 2026: your letter', salaryReview(domain));
      expect(lookalike(r)?.status, domain).to.equal('fail');
      expect(r.verdict, domain).to.equal('likely-phishing');
    }
  });

  it('keeps quiet for a sister company whose name shares the word (vantrell-logistics.com, vercors-logistique.fr)', () => {
    const sister = mail(
      'vantrell-logistics.com',
      'anna@vantrell.com',
      'Q1 shipping schedule',
      'Hello Anna,\n\nThe Q1 shipping schedule is on our portal:\nhttps://vantrell-logistics.com/login\n\nOps team',
    );
    expect(lookalike(sister)).to.equal(undefined);
    expect(sister.verdict).to.equal('no-red-flags');
    const group = mail(
      'vercors-logistique.fr',
      'a.lemoine@groupe-vercors.fr',
      'Planning des livraisons',
      'Bonjour Antoine,\n\nLe planning des livraisons de janvier est en ligne.\n\nVercors Logistique',
    );
    expect(lookalike(group)).to.equal(undefined);
    expect(group.verdict).to.equal('no-red-flags');
  });

  it("keeps quiet for a vendor whose short domain is a letter off the reader's short one (kore.io for kora.io)", () => {
    const r = mail(
      'kore.io',
      'ann@kora.io',
      'Your invoice for December',
      'Hi Ann,\n\nYour December invoice is ready:\nhttps://kore.io/login\n\nKore billing',
      'Kore Billing',
    );
    expect(lookalike(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("only warns for the organisation's own name under another suffix (a parent's .com writing to its .fr)", () => {
    const r = mail(
      'groupe-vercors.com',
      'a.lemoine@groupe-vercors.fr',
      'Revue salariale 2026',
      revueSalariale('groupe-vercors.com'),
    );
    expect(lookalike(r)?.status).to.equal('warn');
    expect(r.verdict).to.equal('no-red-flags');
  });
});
