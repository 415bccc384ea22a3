import { expect } from 'chai';
import fc from 'fast-check';
import { MAX_ATTACHMENTS, riskyAttachment } from '../../../src/core/checks/attachments';
import { MAX_MEMBERS, describeBytes, sniff, zipNames } from '../../../src/core/parse/attachment-bytes';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { CheckContext } from '../../../src/core/checks/check';
import type { Finding } from '../../../src/core/report';
import type { AttachmentInfo, ParsedMessage } from '../../../src/core/types';
import { summaryText } from '../../../src/core/summary';
import { translate } from '../../../src/i18n';
import { fixture } from '../../helpers';
import { storedZip } from './zip-fixture';

const ctx = {} as CheckContext;
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

function attachment(filename: string, content?: string | Uint8Array, mimeType = 'application/octet-stream') {
  const a: AttachmentInfo = { filename, mimeType, size: 0 };
  if (content !== undefined) {
    a.head = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    a.size = a.head.length;
    Object.assign(a, describeBytes(a.head));
  }
  return a;
}

function check(...attachments: AttachmentInfo[]): Finding[] {
  const out = riskyAttachment({ attachments } as unknown as ParsedMessage, ctx);
  return Array.isArray(out) ? out : out ? [out] : [];
}

const keys = (findings: Finding[]) => findings.map((f) => `${f.status} ${f.message.key.split('.').pop()}`);

/** A ZIP as zip tools write it: stored members, local headers, central directory, end record. */
const zip = (names: string[], options: { streamed?: boolean; body?: number } = {}) => storedZip(names, options);

describe('content.risky-attachment: what an attachment really is', () => {
  it('fails a program by its name or by its first bytes, whatever its name says', () => {
    expect(keys(check(attachment('setup.exe')))).to.deep.equal(['fail program']);
    const pe = new Uint8Array(256);
    pe.set(ascii('MZ'));
    pe[60] = 128;
    pe.set(ascii('PE\0\0'), 128);
    const [f] = check(attachment('invoice.pdf', pe, 'application/pdf'));
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.equal({ name: 'invoice.pdf', type: 'PE (MZ)' });
    expect(f?.evidence).to.deep.include({ header: 'Content-Type', value: 'application/pdf', author: 'sender' });
  });

  it('fails a name disguised by a second extension or by right-to-left override', () => {
    expect(keys(check(attachment('Invoice_0423.pdf.exe')))).to.deep.equal(['fail disguised']);
    expect(keys(check(attachment('Invoice_0423.pdf   .lnk. ')))).to.deep.equal(['fail disguised']);
    expect(keys(check(attachment('invoice\u202efdp.scr')))).to.deep.equal(['fail disguised']);
  });

  it('fails a ZIP holding a program and names it, read from the central directory without inflating', () => {
    const [f] = check(attachment('PO-7781.zip', zip(['readme.txt', 'PO-7781.pdf.exe']), 'application/zip'));
    expect(keys([f!])).to.deep.equal(['fail member']);
    expect(f?.message.params).to.deep.equal({ name: 'PO-7781.zip', member: 'PO-7781.pdf.exe' });
    expect(f?.evidence[0]).to.include({ value: 'PO-7781.zip ▸ PO-7781.pdf.exe', highlight: 'PO-7781.pdf.exe' });
  });

  it('finds a program in a ZIP cut off after its first megabyte by walking the local headers', () => {
    const whole = zip(['a.jpg', 'b.jpg', 'payload.js', 'c.jpg'], { body: 1000 });
    const a = attachment('photos.zip', whole.subarray(0, 3200));
    a.size = whole.length;
    expect(keys(check(a))).to.deep.equal(['fail member']);
  });

  it('warns of an archive or disk image whose contents cannot be listed', () => {
    expect(keys(check(attachment('PO_7781.iso')))).to.deep.equal(['warn unlisted']);
    expect(keys(check(attachment('scan.rar', ascii('Rar!\x1a\x07\x01\x00rest'))))).to.deep.equal(['warn unlisted']);
    expect(check(attachment('scan.rar', ascii('Rar!\x1a\x07\x01\x00')))[0]?.message.params).to.deep.equal({
      name: 'scan.rar',
      type: 'RAR',
    });
    const iso = new Uint8Array(0x8010);
    iso.set(ascii('CD001'), 0x8001);
    expect(check(attachment('document.pdf', iso))[0]?.message.params).to.include({ type: 'ISO 9660' });
  });

  it('lists a streamed ZIP past its first megabyte from its central directory, as parseMessage has the whole file', () => {
    const big = zip(['scan1.jpg', 'scan2.jpg', 'invoice.pdf.js'], { streamed: true, body: 600_000 });
    expect(describeBytes(big)).to.deep.equal({
      sniffed: 'ZIP',
      members: { names: ['scan1.jpg', 'scan2.jpg', 'invoice.pdf.js'], complete: true },
    });
  });

  it('says so, as info, when a ZIP could be listed only in part', () => {
    const whole = zip(['a.jpg', 'b.jpg', 'c.jpg'], { streamed: true });
    const a = attachment('photos.zip', whole.subarray(0, 60));
    a.size = whole.length;
    expect(keys(check(a))).to.deep.equal(['info partial']);
  });
});

describe('content.risky-attachment: a web page sent as a file', () => {
  it('fails a page with a password form and shows where the form posts', () => {
    const html =
      '<html><body><form action="https://remit-docs-viewer.example/next.php"><input type="password"></form></body></html>';
    const [f] = check(attachment('Remittance.html', html, 'text/html'));
    expect(keys([f!])).to.deep.equal(['fail form']);
    expect(f?.evidence).to.deep.include({ url: 'https://remit-docs-viewer.example/next.php', author: 'sender' });
  });

  it('fails a meta refresh to a site and a script that redirects or decodes hidden code', () => {
    const refresh = `<html><head><meta http-equiv="refresh" content="0; url='https://evil.example/qq'"></head></html>`;
    const [r] = check(attachment('sales report.html', refresh, 'text/html'));
    expect(keys([r!])).to.deep.equal(['fail redirect']);
    expect(r?.evidence).to.deep.include({ url: 'https://evil.example/qq', author: 'sender' });
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><script>window.location.href="https://x.example"</script></svg>';
    expect(keys(check(attachment('Wire.svg', svg, 'image/svg+xml')))).to.deep.equal(['fail redirect']);
    const smuggled = "<html><script>document.write(unescape('%3Cform%3E'))</script></html>";
    const [s] = check(attachment('ORDER.HTML', smuggled, 'text/html'));
    expect(s?.evidence.find((e) => e.header === 'Script')?.highlight).to.equal('document.write');
  });

  it('warns of a page with links only, or a script of no known purpose', () => {
    const links = '<html><body><a href="https://docs-view.example/inv">View invoice</a></body></html>';
    const [f] = check(attachment('invoice.htm', links, 'text/html'));
    expect(keys([f!])).to.deep.equal(['warn links']);
    expect(f?.message.params).to.deep.equal({ name: 'invoice.htm', count: 1 });
    const svgLink =
      '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="https://x.example/"><text>Open</text></a></svg>';
    expect(keys(check(attachment('logo.svg', svgLink, 'image/svg+xml')))).to.deep.equal(['warn links']);
    expect(keys(check(attachment('chart.html', '<html><script>var a = 1;</script></html>')))).to.deep.equal([
      'warn script',
    ]);
  });

  it('fails a page whose name pretends to be a document even when it shows nothing', () => {
    expect(keys(check(attachment('invoice.pdf.html', '<html><body>Invoice</body></html>')))).to.deep.equal([
      'fail disguised',
    ]);
  });

  it('reads a page with no extension whose bytes are HTML, and says when a page was not read', () => {
    const html = '<!DOCTYPE html><html><a href="https://evil.example/">x</a></html>';
    expect(keys(check(attachment('fw4wbhvhum7nunocnesvzb', html)))).to.deep.equal(['warn links']);
    expect(keys(check(attachment('invoice.html')))).to.deep.equal(['info partial']); // Outlook's list: no bytes
  });
});

describe('content.risky-attachment: ordinary attachments give nothing (the twins)', () => {
  it('says nothing of a PDF invoice, an image, a calendar invitation, an office document or a logo SVG', () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>';
    const docx = zip(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']);
    expect(
      check(
        attachment('INV-2024-0518.pdf', '%PDF-1.7\n', 'application/pdf'),
        attachment('photo.jpg', ascii('\xff\xd8\xff\xe0'), 'image/jpeg'),
        attachment('invite.ics', 'BEGIN:VCALENDAR\r\n', 'text/calendar'),
        attachment('report.docx', docx),
        attachment('signature.svg', svg, 'image/svg+xml'),
        attachment('notes.txt', 'MZ is a prefix of this text file, not a program'),
        attachment('holiday.zip'), // a name only (Outlook's list): nothing to say
      ),
    ).to.deep.equal([]);
  });

  it('says nothing of a ZIP of photos and PDFs', () => {
    expect(check(attachment('photos.zip', zip(['IMG_0412.jpg', 'receipts/r.pdf', 'dir/'])))).to.deep.equal([]);
  });

  it('gives the genuine invoice mail (PDF, .ics, image, ZIP of photos, signature.svg) no finding and no red flag', async () => {
    const report = analyze(await parseMessage(fixture('att-genuine-invoice-pdf.synthetic.eml')));
    expect(report.findings.filter((f) => f.id === 'content.risky-attachment')).to.deep.equal([]);
    expect(report.verdict).to.equal('no-red-flags');
  });
});

describe('content.risky-attachment: the payment lures (synthetic fixtures)', () => {
  const cases: [string, string, string][] = [
    ['att-html-login-remittance.synthetic.eml', 'fail form', 'hxxps://remit-docs-viewer[.]example/'],
    ['att-svg-redirect-wire.synthetic.eml', 'fail redirect', 'Attachment: Wire_Confirmation_88213[.]svg'],
    ['att-zip-exe-purchase-order.synthetic.eml', 'fail member', 'PO-7781[.]zip ▸ PO-7781[.]pdf[.]exe'],
  ];
  for (const [name, expected, shown] of cases) {
    it(`${name}: ${expected}, with its evidence in the summary for IT, names and URLs defanged`, async () => {
      const report = analyze(await parseMessage(fixture(name)));
      const found = report.findings.filter((f) => f.id === 'content.risky-attachment');
      expect(keys(found)).to.deep.equal([expected]);
      expect(report.verdict).to.not.equal('no-red-flags');
      expect(report.verdictReasons).to.include('content.risky-attachment:fail');
      expect(summaryText(report, 'en')).to.include(shown);
    });
  }

  it('says every message in English and Japanese, with the file name in it', () => {
    const f = check(attachment('PO.zip', zip(['a.exe'])))[0]!;
    for (const lang of ['en', 'ja'] as const) {
      const text = translate(lang, f.message.key, f.message.params);
      expect(text).to.include('PO.zip').and.include('a.exe').and.not.match(/\{/);
    }
  });
});

describe('content.risky-attachment: hostile input', () => {
  it('says how many attachments were checked when a message has more than the cap', () => {
    const many = Array.from({ length: MAX_ATTACHMENTS + 5 }, (_, i) => attachment(`p${i}.jpg`, ascii('\xff\xd8')));
    const out = check(...many);
    expect(keys(out)).to.deep.equal(['info skipped']);
    expect(out[0]?.message.params).to.deep.equal({ checked: MAX_ATTACHMENTS, count: MAX_ATTACHMENTS + 5 });
  });

  it('lists a ZIP that claims 65,535 members or points its directory past the end without reading past its bytes', () => {
    const z = zip(['a.jpg']);
    const lying = z.slice();
    const end = lying.length - 22;
    lying[end + 10] = lying[end + 11] = 0xff; // 65,535 entries
    lying[end + 16] = lying[end + 17] = lying[end + 18] = lying[end + 19] = 0xff; // directory at 4 GB
    expect(zipNames(lying, true)).to.deep.equal({ names: ['a.jpg'], complete: true });
    expect(zipNames(z.subarray(0, 17), true)).to.deep.equal({ names: [], complete: false });
  });

  it('lists at most MAX_MEMBERS names of a ZIP of tiny members, in linear time', () => {
    const names = Array.from({ length: MAX_MEMBERS + 100 }, (_, i) => `f${i}.txt`);
    const started = performance.now();
    const { names: listed, complete } = zipNames(zip(names, { body: 0 }), true);
    expect(listed).to.have.length(MAX_MEMBERS);
    expect(complete).to.equal(false);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('never throws on arbitrary bytes, names and sizes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.string(), fc.integer(), (bytes, name, size) => {
        const forms = [bytes, concat(ascii('PK\x03\x04'), bytes), concat(bytes, zip(['x.exe']).subarray(0, 60))];
        for (const head of forms) {
          sniff(head);
          zipNames(head, size % 2 === 0);
          check({ filename: name, mimeType: name, size, head });
        }
      }),
    );
    expect(check({ filename: undefined, mimeType: undefined } as unknown as AttachmentInfo)).to.deep.equal([]);
  });

  it('reads a megabyte of HTML page, a 4 MB budget of pages, and says which page was left unread', () => {
    const page = new TextEncoder().encode(`<html>${'<div><p>'.repeat(131_000)}</html>`);
    const pages = Array.from({ length: 6 }, (_, i) => attachment(`p${i}.html`, page, 'text/html'));
    const started = performance.now();
    const out = check(...pages);
    expect(performance.now() - started).to.be.below(10_000);
    expect(keys(out)).to.deep.equal(['info partial', 'info partial']);
  });
});

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
