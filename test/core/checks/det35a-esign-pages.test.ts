/**
 * An e-signature service's name on a document that opens elsewhere (issue #16): "Sent via Adobe Acrobat Sign",
 * "DocuSign", "Dropbox Sign" whose only document link opens a page made on Sway, Canva, Google Slides, Genially or
 * Notion (links.rented-page.esign). Every message is synthetic, written inline, each attack beside its false-alarm
 * twin: a real Acrobat Sign or DocuSign request links the service's own site.
 */
import { expect } from 'chai';
import type { Report } from '../../../src/core/report';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { deliveredMail } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, html: string, authenticated: boolean): Report =>
  deliveredMail(from, subject, { html }, authenticated, { freeMail });

const one = (r: Report, id: string) => r.findings.find((f) => f.id === id);
const esign = (r: Report) => r.findings.find((f) => f.message.key === 'links.rented-page.esign');

describe('det35a: an e-signature request whose document opens on a page platform', () => {
  it('fails "Sent via Adobe Acrobat Sign" whose document is a Sway, from a taken-over mailbox that authenticates', () => {
    const r = mail(
      'Karen Doyle <kdoyle@doyle-conveyancing.com.au>',
      'Settlement Agreement - Please review',
      '<p>Karen Doyle has sent you a document to review and sign.</p><p><a href="https://sway.cloud.microsoft/Xk3pQ9aLr2VbT7cd?ref=Link">Review Document</a></p><p>Sent via Adobe Acrobat Sign</p>',
      true,
    );
    expect(esign(r)).to.include({ id: 'links.rented-page', status: 'fail' });
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('fails a DocuSign envelope on Canva, Google Slides, Genially or Notion', () => {
    for (const url of [
      'https://www.canva.com/design/DAGx1a2b3c4/Qw8eRtYuIoP/view',
      'https://docs.google.com/presentation/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT/edit?usp=sharing',
      'https://view.genially.com/6741a2b3c4d5e6f7a8b9c0d1',
      'https://contract-docs.notion.site/Agreement-7f3e2a1b9c8d',
    ]) {
      const r = mail(
        'DocuSign <dse@envelope-notices.com>',
        'Completed: Please DocuSign: Payroll_Adjustment_2026.pdf',
        `<h2>DocuSign</h2><p>Your document has been completed. <a href="${url}">REVIEW DOCUMENT</a></p><p>Do Not Share This Email</p>`,
        false,
      );
      expect(esign(r), url).to.include({ status: 'fail' });
      expect(r.verdict, url).to.equal('likely-phishing');
    }
  });

  it('keeps a real Acrobat Sign request linking adobesign.com clean', () => {
    const r = mail(
      'Karen Doyle via Adobe Acrobat Sign <adobesign@adobesign.com>',
      'Karen Doyle is requesting your signature on Settlement Agreement',
      '<p>Karen Doyle has requested your signature on Settlement Agreement.</p><p><a href="https://secure.na1.adobesign.com/public/esign?tsid=CBFCIBAA3AAABLblqZhA9x&pid=CBFCIBAA3AAABLblqZhBGyp">Review and sign</a></p><p>Sent via Adobe Acrobat Sign</p>',
      true,
    );
    expect(esign(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('keeps a colleague’s Canva share that mentions signing in DocuSign later without the claim failing', () => {
    const r = mail(
      'Canva <no-reply@canva.com>',
      'Sam shared a design with you',
      '<p>Sam Ortiz shared "Contract kick-off deck" with you. We will sign the contract in DocuSign next week.</p><p><a href="https://www.canva.com/design/DAGx1a2b3c4/Qw8eRtYuIoP/view">Open design</a></p>',
      true,
    );
    expect(esign(r)).to.equal(undefined);
    expect(one(r, 'links.rented-page')).to.equal(undefined);
  });
});
