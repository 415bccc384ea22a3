/**
 * A government brand's declared mail platform (brands.json `platformDomains`, issue #16): US agencies mail their
 * bulletins through Granicus GovDelivery under the platform's own domain (`IRS <irs@service.govdelivery.com>`, DKIM and
 * DMARC for service.govdelivery.com, links through lnks.gd and public.govdelivery.com). Such a send, authenticated, is
 * the agency's own mail (set40 and set45 g-en-06 were likely phishing on sender.brand-mismatch and
 * links.host-mismatch). Twins that stay failing: a look-alike of the platform's domain, the agency's name on another
 * ESP or a free mailbox, the platform's domain with DMARC failing. And the platform's name is no brand's: a
 * county's GovDelivery bulletin claims nothing, and `govdelivery.com` written in a link is no planted IRS.
 */
import { expect } from 'chai';
import { getDomain } from 'tldts-icann';
import table from '../../../src/core/brands/brands.json';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { brandsOwningDomain, findBrandInUrlParts, isBrandDomain, loadBrands } from '../../../src/core/brands/lookup';
import type { Report } from '../../../src/core/report';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const BULLETIN =
  '<html><body><h3>Free filing options are available for the 2025 filing season</h3>' +
  '<p>Most taxpayers can file their federal return for free. ' +
  '<a href="https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJ1cmwiOiJodHRwczovL3d3dy5pcnMuZ292L2ZpbGluZyJ9.x7Qf/s/2148/br/25660-l">' +
  'Learn more about IRS Free File</a></p>' +
  '<p>This email was sent to jordan.lee@example.net using GovDelivery Communications Cloud on behalf of: Internal ' +
  'Revenue Service. <a href="https://public.govdelivery.com/accounts/USIRS/subscriber/edit?preferences=true">' +
  'Manage subscriptions</a></p></body></html>';

/** A bulletin delivered to example.net from `from`; `dmarc` says what the reader's system found for its domain. */
function bulletin(from: string, dmarc: 'pass' | 'fail', html = BULLETIN, subject = 'IRS Tax Tip 2025-08'): Report {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const auth =
    dmarc === 'pass'
      ? [
          `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=govd;`,
          ` spf=pass smtp.mailfrom=bounce-2148@${domain}; dmarc=pass (p=reject) header.from=${domain}`,
        ]
      : [
          `Authentication-Results: mx.example.net; dkim=none; spf=fail smtp.mailfrom=${domain};`,
          ` dmarc=fail (p=reject) header.from=${domain}`,
        ];
  const headers = [
    'Delivered-To: jordan.lee@example.net',
    'Received: from mta-109-174.govdelivery.com (mta-109-174.govdelivery.com [54.242.109.174]) by mx.example.net',
    ' with ESMTPS id 4CPqtg8wCDVH; Wed, 12 Feb 2025 17:04:28 +0000',
    ...auth,
    'Message-ID: <20250212.256601447390@public.govdelivery.com>',
    'Date: Wed, 12 Feb 2025 17:03:50 +0000',
    `From: ${from}`,
    'To: jordan.lee@example.net',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', html }, { freeMail });
}

const status = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;
const why = (r: Report) =>
  `${r.verdict}: ${r.findings
    .filter((f) => f.status === 'fail' || f.status === 'warn')
    .map((f) => `${f.id}:${f.status}`)
    .join(' ')}`;

describe('a government brand’s declared mail platform (brands.json platformDomains)', () => {
  const index = loadBrands();
  const irs = index.brands.find((b) => b.id === 'irs')!;

  it('lists each platform domain as a registrable domain the brand does not also list as its own', () => {
    for (const e of table as { id: string; domains: string[]; platformDomains?: string[] }[])
      for (const d of e.platformDomains ?? []) {
        expect(getDomain(d), `${e.id}: ${d}`).to.equal(d);
        expect(e.domains, e.id).not.to.include(d);
      }
  });

  it('holds the platform’s domains as the brand’s own, but never as a name planted in a link', () => {
    expect(isBrandDomain(irs, 'service.govdelivery.com')).to.equal(true);
    expect(isBrandDomain(irs, 'lnks.gd')).to.equal(true);
    expect(brandsOwningDomain(index, 'govdelivery.com').map((b) => b.id)).to.include('irs');
    const planted = findBrandInUrlParts(index, {
      host: 'www.countyofsomewhere.gov',
      registrable: 'countyofsomewhere.gov',
      pathAndQuery: '/news/storm-update?utm_medium=email&utm_source=govdelivery.com&src=lnks.gd',
    });
    expect(planted.map((m) => m.brand.id)).to.deep.equal([]);
    // The brand's own domain in the same place still is one.
    const irsPlanted = findBrandInUrlParts(index, {
      host: 'refund-portal.example',
      registrable: 'refund-portal.example',
      pathAndQuery: '/www.irs.gov/refund',
    });
    expect(irsPlanted.map((m) => m.brand.id)).to.include('irs');
  });

  it('leaves the IRS Tax Tips bulletin from service.govdelivery.com (DMARC pass) clean', () => {
    const r = bulletin('IRS Tax Tips <irs@service.govdelivery.com>', 'pass');
    expect(status(r, 'sender.brand-mismatch'), why(r)).to.equal('pass');
    expect(status(r, 'links.host-mismatch'), why(r)).to.equal(undefined);
    expect(r.verdict, why(r)).to.equal('no-red-flags');
  });

  it('leaves Social Security’s and Medicare’s GovDelivery bulletins clean', () => {
    const ssa = bulletin('Social Security Administration <ssa@public.govdelivery.com>', 'pass');
    expect(ssa.verdict, why(ssa)).to.equal('no-red-flags');
    const cms = bulletin('Medicare.gov <medicare@service.govdelivery.com>', 'pass');
    expect(cms.verdict, why(cms)).to.equal('no-red-flags');
  });

  it('leaves a county’s GovDelivery bulletin, which claims no brand, clean', () => {
    const html =
      '<html><body><h3>Storm debris pickup begins Monday</h3><p>Crews will collect debris curbside. ' +
      '<a href="https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJ1cmwiOiJodHRwczovL3d3dy5jb3VudHkuZ292In0.a1/s/1/br/2-l">' +
      'See the schedule</a></p></body></html>';
    const r = bulletin('Franklin County <franklincounty@service.govdelivery.com>', 'pass', html, 'Debris pickup');
    expect(r.verdict, why(r)).to.equal('no-red-flags');
  });

  it('fails the IRS on a look-alike of the platform’s domain', () => {
    const r = bulletin('IRS Tax Tips <irs@service.g0vdelivery.com>', 'pass');
    expect(status(r, 'sender.brand-mismatch'), why(r)).to.equal('fail');
    expect(r.verdict, why(r)).to.equal('likely-phishing');
    const r2 = bulletin('IRS Tax Tips <irs@govdelivery-service.com>', 'pass');
    expect(status(r2, 'sender.brand-mismatch'), why(r2)).to.equal('fail');
  });

  it('fails the IRS’s name on another ESP’s domain or a free mailbox', () => {
    const esp = bulletin('IRS Tax Tips <irs@em1234.sendgrid.net>', 'pass');
    expect(status(esp, 'sender.brand-mismatch'), why(esp)).to.equal('fail');
    // The bulletin copied whole (its lnks.gd links are the IRS's): the claim from a free mailbox fails all the same.
    const copied = bulletin('Internal Revenue Service <irs.taxtips@gmail.com>', 'pass');
    expect(status(copied, 'sender.brand-mismatch'), why(copied)).to.equal('fail');
    expect(copied.verdict, why(copied)).not.to.equal('no-red-flags');
    const lure = bulletin(
      'Internal Revenue Service <irs.taxtips@gmail.com>',
      'pass',
      BULLETIN.replace(/https:\/\/lnks\.gd\/[^"]*/, 'https://irs-refund-claim.top/free-file'),
    );
    expect(lure.verdict, why(lure)).to.equal('likely-phishing');
  });

  it('fails the platform’s domain when DMARC fails for it', () => {
    const r = bulletin('IRS Tax Tips <irs@service.govdelivery.com>', 'fail');
    expect(status(r, 'sender.spoofed-domain'), why(r)).to.equal('fail');
    expect(r.verdict, why(r)).to.equal('likely-phishing');
  });
});
