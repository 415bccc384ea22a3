/**
 * sender.brand-mismatch and the brand table's confidence (issue #16, item 9): a brand whose domains a public source
 * confirms fails a claim from another domain; a brand we could not verify only warns, since the table may miss one of
 * its domains; the admin's extra brands are the admin's word and fail like verified ones. Synthetic fixtures.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { AnalyzeOptions, Report } from '../../../src/core/report';
import { fixture, fixtureText } from '../../helpers';

async function reportOf(raw: string): Promise<Report> {
  return analyze(await parseMessage(raw));
}

async function report(name: string, options: AnalyzeOptions = {}): Promise<Report> {
  return analyze(await parseMessage(fixture(name)), options);
}

const mismatch = (r: Report) => r.findings.find((f) => f.id === 'sender.brand-mismatch');

describe('sender.brand-mismatch by the brand’s confidence', () => {
  it('only warns when an unverified brand (Canada Post) is claimed from another domain, and says the list is unconfirmed', async () => {
    const r = await report('brand-canadapost-unverified-foreign.synthetic.eml');
    const f = mismatch(r);
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('sender.brand-mismatch.unverified');
    expect(f!.message.params).to.deep.include({ brand: 'Canada Post', domain: 'parcel-redelivery.example' });
  });

  it('fails when a verified brand (HMRC) is claimed from another domain', async () => {
    const r = await report('brand-hmrc-verified-foreign.synthetic.eml');
    const f = mismatch(r);
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.key).to.equal('sender.brand-mismatch');
    expect(f!.message.params).to.deep.include({ domain: 'tax-refund-online.example' });
  });

  it('fails the same unverified claim once the admin lists the brand: extra brands are the admin’s word', async () => {
    const extraBrands = [
      { id: 'canada-post', names: ['Canada Post'], domains: ['canadapost-postescanada.ca'], source: 'our list' },
    ];
    const f = mismatch(await report('brand-canadapost-unverified-foreign.synthetic.eml', { extraBrands }));
    expect(f).to.include({ status: 'fail' });
  });

  it('fails a claim of a brand the admin added, from another domain', async () => {
    const extraBrands = [
      { id: 'cp-courier', names: ['Canada Post'], domains: ['cp-courier.example'], source: 'admin' },
    ];
    expect(mismatch(await report('brand-canadapost-unverified-foreign.synthetic.eml', { extraBrands }))).to.include({
      status: 'fail',
    });
  });
});

describe('links.host-mismatch by the brand’s confidence', () => {
  const linkMismatch = (r: Report) => r.findings.find((f) => f.id === 'links.host-mismatch');

  it('fails a link to a third organisation under a verified brand’s name (HMRC)', async () => {
    const raw = fixtureText('brand-hmrc-verified-foreign.synthetic.eml').replace(
      'https://tax-refund-online.example/claim',
      'https://refund-portal.example/claim',
    );
    const f = linkMismatch(await reportOf(raw));
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.key).to.equal('links.host-mismatch.brand');
  });

  it('only warns for an unverified brand (Canada Post): its own unlisted domain may be the link’s, and says so', async () => {
    // The twin: a brand's genuine notice from a domain the table lacks, linking to another the table lacks.
    const raw = fixtureText('brand-canadapost-unverified-foreign.synthetic.eml').replace(
      'https://parcel-redelivery.example/pay',
      'https://redelivery-booking.example/pay',
    );
    const r = await reportOf(raw);
    const f = linkMismatch(r);
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('links.host-mismatch.brand-unverified');
    expect(f!.message.params).to.deep.include({ brand: 'Canada Post' });
    expect(r.verdict).not.to.equal('likely-phishing');
  });
});

describe('genuine mail from the new brands’ own domains (twins)', () => {
  it('passes ING’s own notice from ing.nl with aligned DMARC, with no red flags', async () => {
    const r = await report('brand-twin-ing-genuine.synthetic.eml');
    expect(mismatch(r)).to.include({ status: 'pass' });
    // The sender, its links and its words raise nothing (the synthetic relay's documentation IP is another matter).
    const raised = r.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && f.section !== 'origin');
    expect(raised.map((f) => f.id)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('passes a “Zoom meeting” notice sent from zoom.us, whose display name and tag name the brand', async () => {
    const r = await report('brand-twin-zoom-meeting.synthetic.eml');
    expect(mismatch(r)).to.include({ status: 'pass' });
    expect(r.verdict).to.equal('no-red-flags');
  });
});
