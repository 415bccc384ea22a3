/**
 * PDF attachments judged end to end, as the CLI and the standalone page read a message: parsed, its images' and PDFs'
 * links read (withQrCodes), analysed. Fixtures: scripts/make-pdf-fixtures.ts (synthetic).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { withQrCodes } from '../../../src/core/qr';
import type { Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';
import { evidenceNotes } from '../../../src/core/host-display';
import { fixture } from '../../helpers';
import { buildPdf, linkAnnotation, literal } from '../../fixtures/pdf-builder';

async function inspect(name: string): Promise<Report> {
  return analyze(await withQrCodes(await parseMessage(fixture(name))));
}

const LURE = 'https://files-view.example-docs.top/auth/signin?id=77120';

/** A partner's plain mail whose one PDF holds these links (read elsewhere). */
const fromPartner = (urls: string[]): MessageInput => ({
  headers: 'From: "Aiko Mori" <a.mori@partner-logistics.example>\r\nTo: sato@example.co.jp\r\nSubject: Document\r\n',
  text: 'Hello, a document has been shared with you. See the attachment.',
  documents: { links: urls.map((url) => ({ file: 'Shared_Document.pdf', url })), skipped: [] },
});

const raised = (report: Report) => report.findings.filter((f) => f.status === 'warn' || f.status === 'fail');
const byId = (report: Report, id: string): Finding | undefined => report.findings.find((f) => f.id === id);

describe('core/qr: links inside PDF attachments, judged as links of the message', function () {
  this.timeout(20_000);

  it('a "DocuSign" invoice whose PDF button opens a foreign sign-in page is likely phishing, the link shown as inside the PDF', async () => {
    const report = await inspect('pdf-docusign-button.synthetic.eml');
    expect(report.verdict).to.equal('likely-phishing');
    const mismatch = byId(report, 'links.host-mismatch');
    expect(mismatch?.status).to.equal('fail');
    const evidence = mismatch!.evidence[0]!;
    expect(evidence.url).to.equal('https://secure-docview.top/auth/login?doc=INV-88213&email=keiri%40example.co.jp');
    expect(evidenceNotes(evidence, 'en')).to.deep.equal(['Inside the attachment Invoice_INV-88213.pdf']);
    expect(evidenceNotes(evidence, 'ja')[0]).to.include('添付ファイル Invoice_INV-88213.pdf');
    // The other link checks read it too: the reader's own address rides in it.
    expect(byId(report, 'links.recipient-in-url')?.status).to.equal('warn');
  });

  it('an invoice whose PDF holds a QR code to a foreign sign-in page: the QR finding names the PDF', async () => {
    const report = await inspect('pdf-qr-invoice.synthetic.eml');
    expect(report.verdict).to.not.equal('no-red-flags');
    const qr = byId(report, 'links.qr-code');
    expect(qr?.status).to.equal('fail');
    expect(qr?.message.params.image).to.equal('Invoice-2025-1147.pdf#image-1');
    expect(translate('en', qr!.message.key, qr!.message.params)).to.include('Invoice-2025-1147.pdf');
  });

  it('twin: a supplier’s authenticated invoice whose buttons and QR code lead to its own site raises nothing', async () => {
    const report = await inspect('pdf-twin-genuine-invoice.synthetic.eml');
    expect(report.verdict).to.equal('no-red-flags');
    expect(raised(report).filter((f) => f.section === 'links')).to.deep.equal([]);
    expect(byId(report, 'links.qr-code')?.message.key).to.equal('links.qr-code.own');
  });

  it('twin: a colleague’s draft paper citing a dozen sites (a brand’s sign-in page among them) has no red flags', async () => {
    const report = await inspect('pdf-twin-paper-citations.synthetic.eml');
    expect(report.verdict).to.equal('no-red-flags');
    // Its citations are read (a foreign link is context, not a red flag).
    expect(byId(report, 'links.host-mismatch')?.message.params.count).to.equal(12);
  });

  it('an unbranded "shared document" whose PDF button opens a foreign sign-in page: links.attachment-link fails, the story says where', () => {
    const report = analyze(fromPartner([LURE]));
    const found = byId(report, 'links.attachment-link');
    expect(found?.status).to.equal('fail');
    expect(found?.message.params).to.deep.equal({ host: 'files-view.example-docs.top', file: 'Shared_Document.pdf' });
    expect(report.verdict).to.not.equal('no-red-flags');
    expect(report.story.map((s) => s.key)).to.include('story.link-attachment');
  });

  it('a PDF button to a foreign page carrying the reader’s address fails too, without sign-in words in its URL', () => {
    const addressed = 'https://payroll.adjust-review.example/ack/?e=sato@example.co.jp';
    const found = byId(analyze(fromPartner([addressed])), 'links.attachment-link');
    expect(found?.status).to.equal('fail');
    expect(found?.message.key).to.equal('links.attachment-link.address');
    expect(translate('en', found!.message.key, found!.message.params)).to.include('with your address in the link');
    // The same page without the reader's address is only another organisation's link.
    const plain = analyze(fromPartner(['https://payroll.adjust-review.example/ack/?e=1']));
    expect(byId(plain, 'links.attachment-link')).to.equal(undefined);
  });

  it('twin: a document of many links, or one button to a brand’s own sign-in page, is no lure’s shape', () => {
    const manual = Array.from({ length: 10 }, (_, i) => `https://site${i}.example.org/docs`);
    expect(byId(analyze(fromPartner([...manual, LURE])), 'links.attachment-link')).to.equal(undefined);
    const brandOwn = analyze(fromPartner(['https://login.microsoftonline.com/common/oauth2/authorize']));
    expect(byId(brandOwn, 'links.attachment-link')).to.equal(undefined);
    expect(brandOwn.verdict).to.equal('no-red-flags');
  });

  it('a PDF longer than the first megabyte the parser keeps is read as far as it goes, and the report says so', async () => {
    const filler = new Uint8Array(1_200_000).fill(0x41);
    const pdf = buildPdf([
      { text: linkAnnotation(literal(LURE)) },
      { text: '<< >>', stream: filler },
      { text: linkAnnotation(literal('https://after-the-cut.example/login')) },
    ]);
    const eml = [
      'From: "Aiko Mori" <a.mori@partner-logistics.example>',
      'To: sato@example.co.jp',
      'Subject: Scanned contract',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'See the attachment.',
      '--b',
      'Content-Type: application/pdf; name="contract.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(pdf).toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b--',
      '',
    ].join('\r\n');
    const input = await withQrCodes(await parseMessage(new TextEncoder().encode(eml)));
    expect(input.documents).to.deep.equal({
      links: [{ file: 'contract.pdf', url: LURE }],
      skipped: [{ file: 'contract.pdf', reason: 'cut' }],
    });
    const keys = analyze(input).findings.map((f) => f.message.key);
    expect(keys).to.include.members(['links.qr-unread.pdf-cut', 'links.attachment-link.login']);
  });

  it('an encrypted or cut PDF is said not to have been read (in full)', async () => {
    const report = analyze({
      headers: 'From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\n',
      text: 'See attached.',
      documents: {
        links: [],
        skipped: [
          { file: 'locked.pdf', reason: 'encrypted' },
          { file: 'big.pdf', reason: 'cut' },
        ],
      },
    });
    const notes = report.findings.filter((f) => f.id === 'links.qr-unread').map((f) => f.message.key);
    expect(notes).to.deep.equal(['links.qr-unread.pdf-encrypted', 'links.qr-unread.pdf-cut']);
  });
});
