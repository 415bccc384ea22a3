/**
 * Brands raised to verified from their own pages (issue #16, item 9): a claim of one from another domain now fails,
 * and its genuine mail from a domain the source added passes (the twin). Synthetic fixtures.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { fixture } from '../../helpers';

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

const mismatch = (r: Report) => r.findings.find((f) => f.id === 'sender.brand-mismatch');

describe('brands raised to verified (ANA)', () => {
  it('fails a mileage lure signed “ANAマイレージクラブ” from a domain ANA does not use', async () => {
    const r = await report('brand-ana-verified-foreign.synthetic.eml');
    expect(mismatch(r)).to.include({ status: 'fail' });
    expect(mismatch(r)!.message.key).to.equal('sender.brand-mismatch');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('passes ANA’s reservation mail from amadeus.com, which ANA’s FAQ names as one of its senders', async () => {
    const r = await report('brand-twin-ana-amadeus.synthetic.eml');
    expect(mismatch(r)).to.include({ status: 'pass' });
    const raised = r.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && f.section !== 'origin');
    expect(raised.map((f) => f.id)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('brands raised to verified (국세청, Korea’s National Tax Service)', () => {
  it('fails a refund lure signed “국세청” from a domain other than the two it names', async () => {
    const r = await report('brand-nts-kr-verified-foreign.synthetic.eml');
    expect(mismatch(r)).to.include({ status: 'fail' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('passes its notice from hometax.go.kr, one of the two sender domains it names', async () => {
    const r = await report('brand-twin-nts-kr-hometax.synthetic.eml');
    expect(mismatch(r)).to.include({ status: 'pass' });
    expect(r.verdict).to.equal('no-red-flags');
  });
});
