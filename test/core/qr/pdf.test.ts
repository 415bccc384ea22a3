import { expect } from 'chai';
import { zlibSync } from 'fflate';
import encodeQR from 'qr';
import { MAX_URIS, readPdf } from '../../../src/core/qr/pdf';
import { MAX_PDFS, readPdfs } from '../../../src/core/qr/read';
import { withQrCodes } from '../../../src/core/qr';
import type { AttachmentInfo, MessageInput } from '../../../src/core/types';
import {
  buildPdf,
  hexString,
  imagePdf,
  linkAnnotation,
  linkPdf,
  objectStreamPdf,
  oneBit,
  predicted,
} from '../../fixtures/pdf-builder';
import { qrJpeg, qrPixels } from '../../fixtures/qr-images';

const LOGIN = 'https://docs-share.example-files.top/signin/?doc=INV-2291';
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

function pdf(bytes: Uint8Array, filename = 'invoice.pdf', size = bytes.length): AttachmentInfo {
  return { filename, mimeType: 'application/pdf', size, head: bytes };
}

describe('core/qr/pdf: the link buttons of a PDF', function () {
  // The hostile inputs and the bomb take a second or two to make on a loaded machine.
  this.timeout(20_000);

  it('reads the address of a link button in a plain object', () => {
    expect(readPdf(linkPdf([LOGIN]))).to.include({ encrypted: false, unreadable: false });
    expect(readPdf(linkPdf([LOGIN])).uris).to.deep.equal([LOGIN]);
  });

  it('undoes escapes in a literal string and keeps balanced parentheses as written', () => {
    const page = buildPdf([
      { text: '<< /Type /Catalog >>' },
      { text: linkAnnotation('(https://a.example/x\\(1\\)/\\141\\142c?q=\\\\)') },
      { text: linkAnnotation('(https://b.example/(v2)/login)') },
      { text: linkAnnotation('(https://c.example/long\\\n/path)') },
    ]);
    expect(readPdf(page).uris).to.deep.equal([
      'https://a.example/x(1)/abc?q=\\',
      'https://b.example/(v2)/login',
      'https://c.example/long/path',
    ]);
  });

  it('reads an address written as a hex string, with spaces and an odd last digit', () => {
    const hex = hexString('https://hex.example/login').replace('7470', '74 70') + '';
    const page = buildPdf([{ text: linkAnnotation(hex) }, { text: linkAnnotation('<6162 3>') }]);
    expect(readPdf(page).uris).to.deep.equal(['https://hex.example/login', 'ab0']);
  });

  it('follows an address given by reference to a string object, plain or packed in an object stream', () => {
    const plain = buildPdf([{ text: linkAnnotation('2 0 R') }, { text: `(${LOGIN})` }]);
    expect(readPdf(plain).uris).to.deep.equal([LOGIN]);
    const packed = new TextEncoder().encode(`7 0 8 30\n(https://packed.example/signin)\n(second)`);
    const inStream = buildPdf([
      { text: linkAnnotation('7 0 R') },
      { text: '<< /Type /ObjStm /N 2 /First 9 /Filter /FlateDecode >>', stream: zlibSync(packed) },
    ]);
    expect(readPdf(inStream).uris).to.deep.equal(['https://packed.example/signin']);
  });

  it('reads where a form of the PDF posts its fields, and the addresses a script action opens', () => {
    const page = buildPdf([
      {
        text: '<< /Type /Annot /Subtype /Widget /FT /Btn /A << /S /SubmitForm /F (https://form.example/collect) >> >>',
      },
      { text: '<< /S /SubmitForm /F << /FS /URL /F (https://form2.example/post) >> >>' },
      {
        text: '<< /S /JavaScript /JS (app.launchURL\\("https://js.example/login?x=1", true\\); var h = \'httpd\';) >>',
      },
      { text: '<< /S /JavaScript /JS (this.print\\(\\);) >>' },
    ]);
    expect(readPdf(page).uris).to.deep.equal([
      'https://form.example/collect',
      'https://form2.example/post',
      'https://js.example/login?x=1',
    ]);
  });

  it('reads link buttons packed in a compressed object stream', () => {
    expect(readPdf(objectStreamPdf([LOGIN, 'https://second.example/']))).to.deep.include({
      uris: [LOGIN, 'https://second.example/'],
    });
  });

  it('names each address once, and keeps at most MAX_URIS of a manual citing hundreds of sites', () => {
    const many = Array.from({ length: MAX_URIS + 30 }, (_, i) => `https://site${i}.example/`);
    expect(readPdf(linkPdf([LOGIN, LOGIN])).uris).to.deep.equal([LOGIN]);
    expect(readPdf(linkPdf(many)).uris).to.have.length(MAX_URIS);
  });

  it('reports an encrypted PDF as encrypted and reads nothing of it', () => {
    const locked = buildPdf(
      [
        { text: '<< /Type /Catalog >>' },
        { text: linkAnnotation('(\x8f\x12\xa4garbled)') },
        { text: '<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>' },
      ],
      '/Encrypt 3 0 R',
    );
    expect(readPdf(locked)).to.deep.equal({
      uris: [],
      images: [],
      unread: [],
      encrypted: true,
      unreadable: false,
    });
  });

  it('reads a PDF cut short as far as its bytes go', () => {
    const whole = linkPdf([LOGIN, 'https://after.example/x']);
    const cutAt = new TextDecoder('latin1').decode(whole).indexOf('after.example');
    expect(readPdf(whole.subarray(0, cutAt)).uris).to.deep.equal([LOGIN]);
  });

  it('says a file without a PDF header is not readable as a PDF', () => {
    expect(readPdf(latin1('<html>not a pdf</html>'))).to.include({ unreadable: true });
  });

  it('never throws on garbage, damaged copies of a real PDF or hostile nesting, and stays linear', () => {
    const good = objectStreamPdf([LOGIN]);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      const damaged = good.slice();
      for (let k = 0; k < 20; k++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      expect(() => readPdf(damaged)).not.to.throw();
      const noise = Uint8Array.from({ length: 2000 }, () => Math.floor(random() * 256));
      noise.set(latin1('%PDF-1.4\n'));
      expect(() => readPdf(noise)).not.to.throw();
    }
    // Linear, judged by scaling, not by a clock that a loaded machine stretches: ten times the input may cost at
    // most about ten times the time (quadratic would be a hundred); each figure the fastest of three runs.
    const hostiles = ['[', '<<', '(', '<', '/', '\\', '1 0 R ', 'stream\n', '/URI '];
    const fastest = (repeats: number) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        for (const hostile of hostiles) {
          expect(() => readPdf(latin1('%PDF-1.4\n' + hostile.repeat(repeats)))).not.to.throw();
        }
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const small = fastest(10_000);
    expect(fastest(100_000)).to.be.below(30 * Math.max(small, 1));
  });

  it('stops inflating a compressed object stream that grows past its budget (a deflate bomb)', () => {
    const zeros = zlibSync(new Uint8Array(24 * 1024 * 1024));
    const bomb = buildPdf([
      { text: `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>`, stream: zeros },
      { text: linkAnnotation(`(${LOGIN})`) },
    ]);
    const started = Date.now();
    expect(readPdf(bomb).uris).to.deep.equal([LOGIN]);
    expect(Date.now() - started).to.be.below(5_000);
  });
});

describe('core/qr/pdf: QR codes printed in a PDF', function () {
  this.timeout(20_000);
  const QR = 'https://m365-verify.example-auth.top/login?u=yamada@example.co.jp';
  const { width, height, grey } = qrPixels(QR, 4);
  const rgb = (g: Uint8Array) => Uint8Array.from({ length: g.length * 3 }, (_, i) => g[Math.floor(i / 3)]!);

  it('reads a QR code from 8-bit grey, predicted RGB, 1-bit stencil and JPEG images of a PDF', () => {
    const images = [
      {
        width,
        height,
        entries: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
        data: zlibSync(grey),
      },
      {
        width,
        height,
        entries: `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /Columns ${width} >>`,
        data: zlibSync(predicted(grey, width, 3)),
      },
      { width, height, entries: '/ImageMask true /Filter /FlateDecode', data: zlibSync(oneBit(grey, width)) },
      { width, height, entries: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', data: qrJpeg(QR, 4) },
    ];
    const file = imagePdf(images);
    expect(readPdf(file).images).to.have.length(4);
    const { qr } = readPdfs([pdf(file, 'scan-to-view.pdf')]);
    expect(qr.codes).to.deep.equal([1, 2, 3, 4].map((n) => ({ image: `scan-to-view.pdf#image-${n}`, text: QR })));
  });

  it('reads an RGB image whose colour space is given by reference, judging its channels by the data size', () => {
    const file = imagePdf([{ width, height, entries: '/ColorSpace 9 0 R /BitsPerComponent 8', data: rgb(grey) }]);
    expect(readPdfs([pdf(file)]).qr.codes.map((c) => c.text)).to.deep.equal([QR]);
  });

  it('notes the images it did not read: too large, past the count, or in a form it does not decode', () => {
    const qr = { width, height, entries: '/ColorSpace /DeviceGray /BitsPerComponent 8', data: grey };
    const file = imagePdf([
      { width: 3000, height: 2000, entries: '/ColorSpace /DeviceRGB /BitsPerComponent 8', data: new Uint8Array(9) },
      {
        width: 100,
        height: 100,
        entries: '/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode',
        data: grey,
      },
      ...Array.from({ length: 6 }, () => qr),
    ]);
    const { qr: reading } = readPdfs([pdf(file, 'scan.pdf')]);
    expect(reading.skipped).to.deep.equal([
      { image: 'scan.pdf#image-1', reason: 'too-large' },
      { image: 'scan.pdf#image-2', reason: 'unreadable' },
      { image: 'scan.pdf#image-8', reason: 'too-many' },
    ]);
    expect(reading.codes.map((c) => c.image)).to.deep.equal([3, 4, 5, 6, 7].map((n) => `scan.pdf#image-${n}`));
  });

  it('reads a QR code the page draws with rectangles (scaled, beside text and a table rule), not as a picture', () => {
    const modules = encodeQR(QR, 'raw', { border: 1 });
    const squares: string[] = [];
    modules.forEach((row, y) =>
      row.forEach((on, x) => on && squares.push(`${x * 2} ${(modules.length - y) * 2} 2 2 re`)),
    );
    const content = [
      'BT /F1 12 Tf 72 720 Td (Scan to view \\(secure\\) document) Tj ET',
      '0.2 0.2 0.2 rg 72 650 468 1 re f',
      '1 1 1 rg 0 0 612 792 re f',
      `q 1.5 0 0 1.5 200 300 cm 0 g ${squares.join(' ')} f Q`,
    ].join('\n');
    const file = buildPdf([
      { text: '<< /Type /Catalog /Pages 2 0 R >>' },
      { text: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { text: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>' },
      { text: '<< /Filter /FlateDecode >>', stream: zlibSync(latin1(content)) },
    ]);
    expect(readPdfs([pdf(file, 'drawn.pdf')]).qr.codes).to.deep.equal([{ image: 'drawn.pdf#drawing-1', text: QR }]);
  });

  it('gives up quickly on a page painting thousands of page-sized rectangles, or nesting its states without end', () => {
    const started = Date.now();
    for (const content of ['0 0 612 792 re f 0.5 0.5 1 1 re f '.repeat(20_000), 'q 2 0 0 2 0 0 cm '.repeat(50_000)]) {
      const file = buildPdf([{ text: '<< >>', stream: latin1(content) }]);
      expect(readPdfs([pdf(file)]).qr.codes).to.deep.equal([]);
    }
    expect(Date.now() - started).to.be.below(5_000);
  });

  it('finds no code in a PDF whose image is a photo-like gradient', () => {
    const gradient = Uint8Array.from({ length: 120 * 80 }, (_, i) => i % 256);
    const file = imagePdf([
      { width: 120, height: 80, entries: '/ColorSpace /DeviceGray /BitsPerComponent 8', data: gradient },
    ]);
    expect(readPdfs([pdf(file)]).qr).to.deep.equal({ codes: [], skipped: [] });
  });
});

describe('core/qr: readPdfs and withQrCodes, for a message with PDF attachments', () => {
  it('names the file of each address, notes a PDF cut to its first bytes, an encrypted one and one past the count', () => {
    const locked = buildPdf([{ text: '<< /Filter /Standard >>' }], '/Encrypt 1 0 R');
    const files = [
      pdf(linkPdf([LOGIN]), 'invoice.pdf', 3_000_000),
      pdf(locked, 'secure.pdf'),
      ...Array.from({ length: MAX_PDFS }, (_, i) => pdf(linkPdf([]), `extra${i}.pdf`)),
    ];
    expect(readPdfs(files).documents).to.deep.equal({
      links: [{ file: 'invoice.pdf', url: LOGIN }],
      skipped: [
        { file: 'invoice.pdf', reason: 'cut' },
        { file: 'secure.pdf', reason: 'encrypted' },
        { file: `extra${MAX_PDFS - 2}.pdf`, reason: 'too-many' },
        { file: `extra${MAX_PDFS - 1}.pdf`, reason: 'too-many' },
      ],
    });
  });

  it('reads a PDF found by its bytes, its declared type or its name, and leaves a message without one as it is', async () => {
    const bytes = linkPdf([LOGIN]);
    const byBytes = { filename: 'scan', mimeType: 'application/octet-stream', size: bytes.length, head: bytes };
    expect((await withQrCodes({ headers: '', attachments: [byBytes] })).documents?.links).to.have.length(1);
    // Named a PDF but not one: said so, not silently passed over.
    const byName = { filename: 'doc.PDF', mimeType: 'application/octet-stream', size: 3, head: latin1('abc') };
    expect((await withQrCodes({ headers: '', attachments: [byName] })).documents?.skipped).to.deep.equal([
      { file: 'doc.PDF', reason: 'unreadable' },
    ]);
    const out = await withQrCodes({ headers: '', attachments: [pdf(bytes, 'invoice.pdf')] });
    expect(out.documents).to.deep.equal({ links: [{ file: 'invoice.pdf', url: LOGIN }], skipped: [] });
    expect(out.qr).to.equal(undefined);
    const plain: MessageInput = {
      headers: '',
      attachments: [{ filename: 'a.txt', mimeType: 'text/plain', size: 1, head: latin1('a') }],
    };
    expect(await withQrCodes(plain)).to.equal(plain);
  });

  it('says the PDFs were not read when the reader cannot be loaded', async () => {
    const input: MessageInput = { headers: '', attachments: [pdf(linkPdf([LOGIN]))] };
    const out = await withQrCodes(input, () => Promise.reject(new Error('chunk missing')));
    expect(out.documents).to.deep.equal({ links: [], skipped: [{ file: 'invoice.pdf', reason: 'unreadable' }] });
  });
});
