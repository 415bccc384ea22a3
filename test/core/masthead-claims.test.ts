/**
 * Brand claims in the body's masthead (analyze.ts, parse/body.ts): the first heading or the logo's alt text above the
 * first words claims a brand as the display name does, and the genuine mail that looks alike stays quiet. Fixtures
 * test/fixtures/masthead-*.synthetic.eml are synthetic (issue #16, item 9).
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { Report } from '../../src/core/report';
import { fixture } from '../helpers';

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

const statuses = (r: Report, id: string) => r.findings.filter((f) => f.id === id).map((f) => f.status);

describe('brand claims in the body masthead', () => {
  it('reads DHL in the first non-empty heading of a parcel notice from a foreign domain: likely phishing', async () => {
    const r = await report('masthead-dhl-heading.synthetic.eml');
    const f = r.findings.find((x) => x.id === 'sender.brand-mismatch');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.include({ brand: 'DHL', claimed: 'DHL' });
    expect(f?.evidence).to.deep.include({
      header: 'Body',
      value: 'Support Team - DHL',
      highlight: 'DHL',
      author: 'sender',
    });
    expect(statuses(r, 'links.host-mismatch')).to.deep.equal(['fail']);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("reads DocuSign in the alt text of the logo above a document notice's first words", async () => {
    const r = await report('masthead-docusign-logo.synthetic.eml');
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal(['fail']);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("confirms DHL's own notice whose heading names DHL, from dhl.com with aligned DMARC", async () => {
    const r = await report('masthead-twin-dhl-genuine.synthetic.eml');
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal(['pass']);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('claims nothing from a long headline naming a brand or from social icons in the signature', async () => {
    const r = await report('masthead-twin-signature-icons.synthetic.eml');
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('claims nothing from a short heading that mentions a partner brand in a phrase ("Routing forms + Salesforce lookup")', async () => {
    const r = await report('masthead-twin-short-heading.synthetic.eml');
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("claims nothing from Google's logo on a Google Forms invitation a gmail user sends", async () => {
    const r = await report('masthead-twin-google-forms.synthetic.eml');
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
