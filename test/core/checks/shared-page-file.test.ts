/**
 * A web page kept as a file on a file-sharing service (issue #16): `…/ScanDoc.html` on Dropbox, an `.htm` in a
 * SharePoint library, a Box direct link. links.rented-page fails it beside a document offered, as it fails a page on a
 * free site host, and the reader's address riding on one is the kit's pre-fill (links.recipient-in-url), not a
 * brand's own page; their twins — a real share of a PDF, a company's own `invoice.html`, a file share's own help
 * page, a brand's own page carrying the address — stay clean. Every message here is synthetic.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { sharedPageFile } from '../../../src/core/checks/shared-page-file';
import { forgetDocumentOffer } from '../../../src/core/checks/rented-page';
import { loadAllCheckData } from '../../../src/core/check-data';
import { fixture, halvorsenMail } from '../../helpers';

const mail = (from: string, subject: string, html: string) => halvorsenMail(from, subject, html, { html: true });

const rented = (r: Report) => r.findings.find((f) => f.id === 'links.rented-page');

describe('a web page kept as a file on a file share (links.rented-page)', () => {
  it('fails a scan notice of one picture whose one link opens an .html file on Dropbox, naming the file', async () => {
    const r = analyze(await parseMessage(fixture('rented-page-dropbox-html-scan.synthetic.eml')));
    const f = rented(r);
    expect(f?.status).to.equal('fail');
    expect(f?.message.key).to.equal('links.rented-page.file');
    expect(f?.message.params).to.deep.include({ service: 'ScanDoc_1202.html', host: 'www.dropbox.com' });
    expect(JSON.stringify(f?.evidence)).to.include('dropbox.com/scl/fi/8k2ls0q1vxmz7rtd4fj3c/ScanDoc_1202.html');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('fails a shared invoice kept as an .htm in a SharePoint library, sent from a taken-over mailbox', () => {
    const r = analyze(
      mail(
        'Danielle Fiorino <dfiorino@northbay-freight.example>',
        'Invoice INV-20419 shared with you',
        '<p>Please review the attached invoice and confirm payment.</p><p><a href="https://northbayfreight-my.' +
          'sharepoint.com/personal/dfiorino_northbay_freight/Documents/INV-20419.htm">View document</a></p>',
      ),
    );
    expect(rented(r)?.message.key).to.equal('links.rented-page.file');
    expect(rented(r)?.message.params).to.deep.include({ service: 'INV-20419.htm' });
  });

  it('leaves a real Dropbox share of a PDF alone', () => {
    const r = analyze(
      mail(
        'Danielle Fiorino <dfiorino@northbay-freight.example>',
        'Q3 payment schedule',
        '<p>Please find the Q3 payment schedule for your review.</p><p><a href="https://www.dropbox.com/scl/fi/' +
          'x1y2z3/Q3-Payment-Schedule.pdf?rlkey=abc123&amp;dl=0">View document</a></p>',
      ),
    );
    expect(rented(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves a company's own invoice.html on its own site alone", () => {
    const r = analyze(
      mail(
        'Billing <billing@northbay-freight.example>',
        'Your invoice INV-20419',
        '<p>Please find your invoice for November.</p><p><a href="https://www.northbay-freight.example/billing/' +
          'invoice.html?id=20419">View invoice</a></p>',
      ),
    );
    expect(rented(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves a link to a file share's own help page alone", () => {
    const r = analyze(
      mail(
        'IT Service Desk <servicedesk@northbay-freight.example>',
        'How to share a document with a customer',
        '<p>To share a document, follow Dropbox\'s guide: <a href="https://www.dropbox.com/help/files-folders/' +
          'share-with-others.html">Share a file</a>.</p>',
      ),
    );
    expect(rented(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe("the reader's address on a page file uploaded to a file share (links.recipient-in-url)", () => {
  const recipientWarning = (r: Report) => r.findings.find((f) => f.id === 'links.recipient-in-url');

  it("warns of the kit's pre-filled address riding on an .html file on Dropbox, once the judgement is loaded", () => {
    const message = mail(
      'Digital Sender <scan@copier-notify.example>',
      'Scanned document',
      '<p><a href="https://www.dropbox.com/scl/fi/8k2ls0/ScanDoc.html?dl=1#ella.marsh@halvorsen-eng.com">View the PDF document</a></p>',
    );
    forgetDocumentOffer();
    const first = analyze(message);
    expect(first.needs).to.include('document-offer');
    expect(recipientWarning(first)).to.equal(undefined);
    return loadAllCheckData().then(() => {
      const whole = analyze(message);
      expect(recipientWarning(whole)?.status).to.equal('warn');
      expect(whole.verdict).to.equal('likely-phishing');
    });
  });

  it("leaves the reader's address on a brand's own page, and on a PDF shared on Dropbox, alone", () => {
    const r = analyze(
      mail(
        'Danielle Fiorino <dfiorino@northbay-freight.example>',
        'Q3 payment schedule',
        '<p>Please find the schedule: <a href="https://www.dropbox.com/scl/fi/x1y2z3/Q3.pdf?dl=0#ella.marsh@' +
          'halvorsen-eng.com">Q3.pdf</a>. Meeting: <a href="https://calendar.google.com/calendar/event.html?' +
          'action=RESPOND&amp;email=ella.marsh@halvorsen-eng.com">Accept</a></p>',
      ),
    );
    expect(recipientWarning(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('sharedPageFile', () => {
  it("names the page file under the paths where a share serves a user's file", () => {
    expect(sharedPageFile('www.dropbox.com', '/s/abc123/invoice.html?dl=0')).to.equal('invoice.html');
    expect(sharedPageFile('dl.dropboxusercontent.com', '/s/abc123/Fax%20Message.shtml')).to.equal('Fax Message.shtml');
    expect(sharedPageFile('app.box.com', '/shared/static/q8w7e6r5t4.svg')).to.equal('q8w7e6r5t4.svg');
    expect(sharedPageFile('www.mediafire.com', '/file/9x8y7z/Remittance.htm/file')).to.equal('Remittance.htm');
  });

  it("names no page for a share's documents, its own site, or another host", () => {
    expect(sharedPageFile('www.dropbox.com', '/s/abc123/report.pdf?dl=0')).to.equal(undefined);
    expect(sharedPageFile('www.dropbox.com', '/help/files-folders/share-with-others.html')).to.equal(undefined);
    expect(sharedPageFile('www.box.com', '/pricing.html')).to.equal(undefined);
    expect(sharedPageFile('notdropbox.com', '/s/abc123/invoice.html')).to.equal(undefined);
  });
});
