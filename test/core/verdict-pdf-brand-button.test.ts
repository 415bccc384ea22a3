/**
 * det37c: rule 2k — a PDF attachment's button (at most three links in the file) dressed as a brand's site
 * (links.brand-in-path fail on that link) is likely phishing. Attack: a taken-over accountancy mailbox's "invoice"
 * whose PDF opens `gestoriaalba-my.sharepoint.com.docview-secure.com/factura/…` (set41 p-es-02, suspicious before).
 * Twins: the same planted link in the body (a newsletter's or a proxy's shape) and in a long document stay where the
 * other rules put them.
 */
import { expect } from 'chai';
import type { Finding, Section, Status } from '../../src/core/report';
import { decideVerdict } from '../../src/core/verdict';

function f(id: string, status: Status, ...urls: string[]): Finding {
  return {
    id,
    section: id.split('.')[0] as Section,
    status,
    message: { key: 'status.info', params: {} },
    evidence: urls.map((url) => ({ url, author: 'sender' as const })),
  };
}

const planted = 'https://gestoriaalba-my.sharepoint.com.docview-secure.com/factura/FA-2025-0418';
const findings = [f('links.brand-in-path', 'fail', planted), f('links.host-mismatch', 'warn', planted)];

describe("det37c: rule 2k, a PDF's button dressed as a brand's site", () => {
  it('is likely phishing when the planted link is a button of a PDF holding at most three links', () => {
    expect(decideVerdict(findings, { pdfButtons: new Set([planted]) }).verdict).to.equal('likely-phishing');
  });

  it('twin: the same planted link in the body (no PDF button) stays suspicious', () => {
    expect(decideVerdict(findings, {}).verdict).to.equal('suspicious');
  });

  it("twin: a PDF's button elsewhere does not lift a planted body link", () => {
    const other = new Set(['https://www.example.com/terms']);
    expect(decideVerdict(findings, { pdfButtons: other }).verdict).to.equal('suspicious');
  });

  it('twin: a brand-in-path warning is not a plant', () => {
    const warned = [f('links.host-mismatch', 'warn', planted)];
    expect(decideVerdict(warned, { pdfButtons: new Set([planted]) }).verdict).to.equal('no-red-flags');
  });
});
