/**
 * Brand claims in the local part of a From without a display name (analyze.ts): the reader reads the address, so
 * `Amazon.co.jp@…` claims Amazon. Fixtures test/fixtures/local-part-*.synthetic.eml are synthetic (issue #16).
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

describe('brand claims in the local part of a From without a display name', () => {
  it("reads Amazon.co.jp@… as a claim to be Amazon: sent from another domain, linking elsewhere, it's likely phishing", async () => {
    const r = await report('local-part-amazon-domain.synthetic.eml');
    const f = r.findings.find((x) => x.id === 'sender.brand-mismatch');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.include({ claimed: 'Amazon.co.jp', domain: 'jmmlm-mail.example' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("claims nothing for a role mailbox named for a carrier (dhl@…): only a brand's whole domain counts", async () => {
    const r = await report('local-part-twin-role-mailbox.synthetic.eml');
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
