/**
 * The verdict's rule 2b, last clause (content.lure with a web link from a sender nobody confirmed is suspicious), and
 * the sender's own ground (verdict-facts.ts linksStayHome): a court's or a registrar's genuine notice whose reader's
 * system left no trusted verdict, every link on the brand's own domain or under the government's reserved suffix, is
 * not flagged for its wording alone — a spoof of that sender would open the real site. The same wording with a link
 * anywhere a phisher can put a page stays suspicious (issue #16, set44 g-en-03, g-en-04).
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import type { Report } from '../../src/core/report';

/** A message delivered to Priya with no Authentication-Results the checks may trust. */
function unverified(from: string, subject: string, text: string): Report {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    `Received: from out-7.${domain} (out-7.${domain} [54.240.8.62]) by mx1.ravensoft-analytics.co.uk`,
    ' with ESMTPS id 4F2A1; Thu, 13 Mar 2025 10:21:51 +0000',
    `Message-ID: <0100019a7c@${domain}>`,
    'Date: Thu, 13 Mar 2025 10:21:44 +0000',
    `From: ${from}`,
    'To: priya@ravensoft-analytics.co.uk',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', text });
}

const court = (link: string) =>
  'Dear Priya Shah,\n\nRavenbrook Office Supplies Ltd has responded to your claim K9QZ4R7M. You must tell us whether ' +
  `you accept their response by 4pm on 27 March 2025. Sign in to your account to respond: ${link}\n\n` +
  'If you do not respond, your claim will not continue.\n\nHM Courts & Tribunals Service';
const COURT_FROM = 'HM Courts & Tribunals Service <civil.money.claims@notifications.service.gov.uk>';

const renewal = (link: string) =>
  'Hi Daniel,\n\nThe following domain is set to renew soon: ravensoft-analytics.co.uk, expires Aug 19, 2025, Auto-Renew ' +
  'on. We will charge your default payment method 3 days before it expires. Make sure your payment method is up to ' +
  `date to avoid any interruption: ${link}\n\nNamecheap`;
const REGISTRAR_FROM = 'Namecheap <support@namecheap.com>';

const lure = (r: Report) => r.findings.find((f) => f.id === 'content.lure')?.status;

describe('verdict: a lure whose every link stays on the sender’s own ground', () => {
  it('does not flag a court’s notice linking the government’s own service', () => {
    const r = analyze2(COURT_FROM, court('https://www.moneyclaims.service.gov.uk/dashboard/K9QZ4R7M/claimant'));
    expect(lure(r)).to.equal('warn');
    expect(
      r.verdict,
      r.findings
        .filter((f) => f.status === 'fail' || f.status === 'warn')
        .map((f) => f.id + ':' + f.status)
        .join(' '),
    ).to.equal('no-red-flags');
  });

  it('does not flag a registrar’s reminder linking its own domain', () => {
    const r = unverified(
      REGISTRAR_FROM,
      'Domain renewal reminder',
      renewal('https://ap.www.namecheap.com/domains/list/'),
    );
    expect(lure(r)).to.equal('warn');
    expect(
      r.verdict,
      r.findings
        .filter((f) => f.status === 'fail' || f.status === 'warn')
        .map((f) => f.id + ':' + f.status)
        .join(' '),
    ).to.equal('no-red-flags');
  });

  it('still flags the court’s wording linking a host outside the government’s suffix', () => {
    const r = analyze2(COURT_FROM, court('https://moneyclaims-service-gov.uk.respond-claim.top/K9QZ4R7M'));
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('still flags the registrar’s wording linking a look-alike, a redirect or a shortener', () => {
    for (const link of [
      'https://namecheap-renewals.com/pay',
      'https://www.namecheap.com/redirect?to=https://pay-renewal.top/nc',
      'https://bit.ly/3nc-renew',
    ]) {
      const r = unverified(REGISTRAR_FROM, 'Domain renewal reminder', renewal(link));
      expect(r.verdict, link).to.not.equal('no-red-flags');
    }
  });

  it('still flags a brand’s name over a page anyone can put on its platform', () => {
    const r = unverified(
      'Google <no-reply@google.com>',
      'Domain renewal reminder',
      renewal('https://docs.google.com/forms/d/e/1FAIpQLSf3renew/viewform'),
    );
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('still flags the wording from a domain that is neither a brand’s nor a government’s, linking itself', () => {
    const r = unverified(
      'Domain Services <support@domain-renewal-centre.com>',
      'Domain renewal reminder',
      renewal('https://domain-renewal-centre.com/renew'),
    );
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});

function analyze2(from: string, text: string): Report {
  return unverified(from, 'Ravenbrook Office Supplies Ltd has responded to your claim K9QZ4R7M', text);
}
