import { expect } from 'chai';
import { encode as encodePng } from 'fast-png';
import { MAX_IMAGES, MAX_PIXELS, readQrCodes } from '../../../src/core/qr/read';
import { imageSize } from '../../../src/core/qr/pixels';
import { withQrCodes } from '../../../src/core/qr';
import type { AttachmentInfo, MessageInput } from '../../../src/core/types';
import { hugePng, logoPng, qrGif, qrJpeg, qrPixels, qrPng } from '../../fixtures/qr-images';

const URL = 'https://login.secure-mfa-portal.top/common/oauth2/authorize?u=yamada@example.co.jp';

function image(bytes: Uint8Array, filename = 'qr.png', mimeType = 'image/png', size = bytes.length): AttachmentInfo {
  return { filename, mimeType, size, head: bytes };
}

/** A QR code drawn black on a transparent background, as RGBA: what a designer exports from a vector tool. */
function transparentQrPng(text: string): Uint8Array {
  const { width, height, grey } = qrPixels(text, 4);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < grey.length; i++) data[i * 4 + 3] = grey[i] === 0 ? 255 : 0;
  return encodePng({ width, height, data, channels: 4, depth: 8 });
}

/** A PNG whose header says 100 × 100 but whose data inflates to what 6,000 × 4,000 pixels need: a deflate bomb. */
function bombPng(): Uint8Array {
  const png = encodePng({ width: 6000, height: 4000, data: new Uint8Array(6000 * 4000), channels: 1, depth: 8 });
  const view = new DataView(png.buffer, png.byteOffset);
  view.setUint32(16, 100);
  view.setUint32(20, 100);
  return png;
}

/**
 * A QR code in the middle of noise: its image data compresses poorly (well over 16 KB), so it is inflated with the
 * size bound and handed to fast-png stored. Noise is deterministic (a fixed generator): the same file every run.
 */
function noisyQrPng(text: string): Uint8Array {
  const qr = qrPixels(text, 4);
  const side = qr.width + 320;
  const data = new Uint8Array(side * side * 3);
  let seed = 12345;
  for (let i = 0; i < data.length; i++) data[i] = 200 + ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 26);
  for (let y = 0; y < qr.height; y++)
    for (let x = 0; x < qr.width; x++)
      data.fill(qr.grey[y * qr.width + x]!, ((y + 160) * side + x + 160) * 3, ((y + 160) * side + x + 161) * 3);
  return encodePng({ width: side, height: side, data, channels: 3, depth: 8 });
}

/** The bytes of the PNG's IDAT chunks. */
function imageDataLength(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset);
  let total = 0;
  for (let p = 8; p + 12 <= png.length; p += 12 + view.getUint32(p)) {
    if (String.fromCharCode(...png.subarray(p + 4, p + 8)) === 'IDAT') total += view.getUint32(p);
  }
  return total;
}

describe('core/qr: reading QR codes from a message’s images', function () {
  // Drawing the test images (a 24-megapixel bomb among them) takes a second or two on a loaded machine.
  this.timeout(20_000);

  it('reads the URL of a QR code from a PNG, a JPEG and a GIF, naming the image it came from', () => {
    const reading = readQrCodes([
      image(qrPng(URL), 'mfa.png'),
      image(qrJpeg(URL), 'scan.jpg', 'image/jpeg'),
      image(qrGif(URL), 'code.gif', 'image/gif'),
    ]);
    expect(reading.codes).to.deep.equal([
      { image: 'mfa.png', text: URL },
      { image: 'scan.jpg', text: URL },
      { image: 'code.gif', text: URL },
    ]);
    expect(reading.skipped).to.deep.equal([]);
  });

  it('reads a QR code drawn on a transparent background (laid on white, as a mail client shows it)', () => {
    expect(readQrCodes([image(transparentQrPng(URL))]).codes).to.deep.equal([{ image: 'qr.png', text: URL }]);
  });

  it('names an inline image without a file name by its content-id', () => {
    const inline: AttachmentInfo = { ...image(qrPng(URL), ''), contentId: 'mfa-qr@authnotice' };
    expect(readQrCodes([inline]).codes[0]?.image).to.equal('cid:mfa-qr@authnotice');
  });

  it('finds nothing, and notes nothing, in a logo or a tracking pixel', () => {
    const pixel = encodePng({ width: 1, height: 1, data: new Uint8Array([255]), channels: 1, depth: 8 });
    expect(readQrCodes([image(logoPng(), 'logo.png'), image(pixel, 'open.png')])).to.deep.equal({
      codes: [],
      skipped: [],
    });
  });

  it('notes a truncated or damaged image as unreadable instead of failing', () => {
    const png = qrPng(URL);
    const reading = readQrCodes([
      image(png.subarray(0, png.length >> 1), 'cut.png'),
      image(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'stub.png'),
      image(new TextEncoder().encode('not an image at all'), 'fake.png'),
    ]);
    expect(reading.codes).to.deep.equal([]);
    expect(reading.skipped).to.have.deep.members([
      { image: 'cut.png', reason: 'unreadable' },
      { image: 'stub.png', reason: 'unreadable' },
      { image: 'fake.png', reason: 'unreadable' },
    ]);
  });

  it('refuses an image whose header declares more than MAX_PIXELS before decoding anything', () => {
    const started = Date.now();
    const reading = readQrCodes([image(hugePng(), 'huge.png')]);
    expect(reading.skipped).to.deep.equal([{ image: 'huge.png', reason: 'too-large' }]);
    expect(Date.now() - started).to.be.below(1000);
    expect(20000 * 20000).to.be.above(MAX_PIXELS);
  });

  it('refuses a PNG whose compressed data inflates past what its declared size needs (a deflate bomb)', () => {
    expect(readQrCodes([image(bombPng(), 'bomb.png')]).skipped).to.deep.equal([
      { image: 'bomb.png', reason: 'unreadable' },
    ]);
  });

  it('reads a PNG whose image data is large enough to be inflated with the bound first, as fast-png alone reads it', () => {
    const png = noisyQrPng(URL);
    // Past what deflate could grow to 16 MB (1,032-fold): pixels.ts inflates it first.
    expect(imageDataLength(png)).to.be.above((16 * 1024 * 1024) / 1032);
    expect(readQrCodes([image(png, 'noisy.png')])).to.deep.equal({
      codes: [{ image: 'noisy.png', text: URL }],
      skipped: [],
    });
  });

  it('still refuses a deflate bomb read again (its refusal is remembered, not its bytes let through)', () => {
    for (const name of ['bomb.png', 'bomb-again.png'])
      expect(readQrCodes([image(bombPng(), name)]).skipped).to.deep.equal([{ image: name, reason: 'unreadable' }]);
  });

  it('reads the same image in message after message, each time under its own name', () => {
    const png = qrPng(URL);
    for (const name of ['first.png', 'second.png', 'third.png'])
      expect(readQrCodes([image(png.slice(), name)]).codes).to.deep.equal([{ image: name, text: URL }]);
  });

  it('notes an image only partly kept by the parser (its bytes cut short of its size) as too large', () => {
    const png = qrPng(URL);
    expect(readQrCodes([image(png, 'big.png', 'image/png', png.length + 5_000_000)]).skipped).to.deep.equal([
      { image: 'big.png', reason: 'too-large' },
    ]);
  });

  it('reads at most MAX_IMAGES images and notes the rest', () => {
    const images = Array.from({ length: MAX_IMAGES + 2 }, (_, i) => image(qrPng(`https://a.example/${i}`), `${i}.png`));
    const reading = readQrCodes(images);
    expect(reading.codes.map((c) => c.image)).to.deep.equal(images.slice(0, MAX_IMAGES).map((a) => a.filename));
    expect(reading.skipped).to.deep.equal([
      { image: `${MAX_IMAGES}.png`, reason: 'too-many' },
      { image: `${MAX_IMAGES + 1}.png`, reason: 'too-many' },
    ]);
  });

  it('reads the size of PNG, GIF and JPEG images from their headers (a JPEG’s from its start-of-frame)', () => {
    expect(imageSize(logoPng(), 'png')).to.deep.equal({ width: 240, height: 80 });
    const side = qrPixels(URL, 5).width;
    expect(imageSize(qrJpeg(URL), 'jpeg')).to.deep.equal({ width: side, height: side });
    expect(imageSize(qrGif('x'), 'gif')?.width).to.be.above(20);
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1]), 'jpeg')).to.equal(undefined);
  });
});

describe('core/qr: withQrCodes, what hosts call before analysing', () => {
  it('returns the very input, decoders not loaded, when the message has neither an image nor a PDF', async () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const input: MessageInput = {
      headers: 'From: a@b.example\r\n',
      attachments: [{ filename: 'a.docx', mimeType: docx, size: 4, head: new Uint8Array([0x50, 0x4b, 3, 4]) }],
    };
    expect(await withQrCodes(input)).to.equal(input);
  });

  it('takes an image by its bytes even when its declared type is generic, and leaves a list without bytes alone', async () => {
    const input: MessageInput = {
      headers: '',
      attachments: [
        image(qrPng(URL), 'scan', 'application/octet-stream'),
        { filename: 'listed.png', mimeType: 'image/png', size: 999 }, // Outlook's list without the content
      ],
    };
    const out = await withQrCodes(input);
    expect(out.qr).to.deep.equal({ codes: [{ image: 'scan', text: URL }], skipped: [] });
    expect(input.qr).to.equal(undefined);
  });
});
