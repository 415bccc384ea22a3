/**
 * The QR codes in a message's images (loaded on demand: core/qr/index.ts imports this module only when the message
 * has an image). Bounded work: at most MAX_IMAGES images, each at most MAX_PIXELS pixels by its header's own word,
 * checked before anything is decoded; the QR decoder runs at its lowest effort with no wall-clock budget, so the
 * result is the same on a slow machine. Synchronous and pure: no DOM, no network.
 */
import decodeQR from 'qr/decode.js';
import type { AttachmentInfo, DocumentReading, QrReading } from '../types';
import { imageKind, imageName, type ImageKind } from './kind';
import { decodePixels, imageSize, type Rgba } from './pixels';

export { useRawInflate } from './pixels';
export { readInvites } from './invite';
import { readPdf } from './pdf';
import { ReadingCache } from './reading-cache';

/**
 * Images read per message: a QR lure carries one; a newsletter's dozens of pictures are not all worth decoding.
 * Reading one of the largest takes about a quarter of a second, so a message costs at most a second or two.
 * @internal tests read past it
 */
export const MAX_IMAGES = 5;
/**
 * Pixels per image (2.5 megapixels: a page scanned at 150 dpi): a QR code meant for a phone is far smaller.
 * @internal tests hold an image past it
 */
export const MAX_PIXELS = 2_500_000;
/** The smallest side a QR code fits in (version 1 is 21 modules): spacers and tracking pixels are not read. */
const MIN_SIDE = 21;

/** A QR code is square; an image within this ratio of it is read first (a banner or a logo strip, last). */
const SQUARE = 1.25;

export function readQrCodes(images: readonly AttachmentInfo[]): QrReading {
  const out: QrReading = { codes: [], skipped: [] };
  // First the headers alone (a few bytes each), then the decoding, of the likeliest images first.
  const readable: { name: string; bytes: Uint8Array; kind: ImageKind; square: boolean }[] = [];
  for (const image of images) {
    const name = imageName(image);
    const bytes = image.head ?? new Uint8Array(0);
    const kind = imageKind(bytes);
    const size = kind && imageSize(bytes, kind);
    if (!kind || !size) out.skipped.push({ image: name, reason: 'unreadable' });
    else if (size.width < MIN_SIDE || size.height < MIN_SIDE) continue;
    // Only the first bytes of an attachment are kept (parse-message.ts): a longer image is not all there.
    else if (size.width * size.height > MAX_PIXELS || bytes.length < image.size)
      out.skipped.push({ image: name, reason: 'too-large' });
    else {
      const ratio = Math.max(size.width, size.height) / Math.min(size.width, size.height);
      readable.push({ name, bytes, kind, square: ratio <= SQUARE });
    }
  }
  const ordered = [...readable.filter((r) => r.square), ...readable.filter((r) => !r.square)];
  ordered.forEach(({ name, bytes, kind }, i) => {
    if (i >= MAX_IMAGES) return void out.skipped.push({ image: name, reason: 'too-many' });
    const reading = readImage(bytes, kind);
    if (reading === UNREADABLE) out.skipped.push({ image: name, reason: 'unreadable' });
    else if (reading !== undefined) out.codes.push({ image: name, text: reading });
  });
  return out;
}

const UNREADABLE = Symbol('unreadable');
/**
 * What images read to, by their bytes: a newsletter's logos come again in message after message (a folder of mail
 * decodes the same picture dozens of times). Reading is deterministic, so a remembered answer is the answer.
 */
const readings = new ReadingCache<string | undefined | typeof UNREADABLE>();

/** The QR code's text in an image, undefined when it holds none, UNREADABLE when it cannot be decoded. */
function readImage(bytes: Uint8Array, kind: ImageKind): string | undefined | typeof UNREADABLE {
  return readings.get(kind, bytes, () => {
    let pixels;
    try {
      pixels = decodePixels(bytes, kind, MAX_PIXELS);
    } catch {
      return UNREADABLE;
    }
    return qrText(pixels);
  });
}

/** PDFs read per message: a lure sends one; more are read only for their count. @internal */
export const MAX_PDFS = 5;
/** Addresses kept per message from its PDFs. */
const MAX_PDF_LINKS = 50;

/**
 * What the message's PDFs lead to: their link buttons' addresses, and the QR codes in their images (each image
 * named `file.pdf#image-N`, the Nth image of the file, or `#drawing-N` for a code drawn with rectangles); images
 * not read are noted as for the message's own. A PDF cut to its first bytes is read as far as it goes, and noted as
 * `cut`. Never throws.
 */
export function readPdfs(pdfs: readonly AttachmentInfo[]): { documents: DocumentReading; qr: QrReading } {
  const documents: DocumentReading = { links: [], skipped: [] };
  const qr: QrReading = { codes: [], skipped: [] };
  pdfs.forEach((pdf, i) => {
    const file = pdf.filename || pdf.mimeType;
    if (i >= MAX_PDFS) return void documents.skipped.push({ file, reason: 'too-many' });
    const bytes = pdf.head ?? new Uint8Array(0);
    let reading;
    try {
      reading = readPdf(bytes);
    } catch {
      return void documents.skipped.push({ file, reason: 'unreadable' });
    }
    if (reading.unreadable || reading.encrypted) {
      return void documents.skipped.push({ file, reason: reading.encrypted ? 'encrypted' : 'unreadable' });
    }
    if (bytes.length < pdf.size) documents.skipped.push({ file, reason: 'cut' });
    for (const url of reading.uris) if (documents.links.length < MAX_PDF_LINKS) documents.links.push({ file, url });
    for (const { label, reason } of reading.unread) qr.skipped.push({ image: `${file}#${label}`, reason });
    reading.images.forEach((img) => {
      const image = `${file}#${img.label}`;
      if (img.kind === 'jpeg') {
        const size = imageSize(img.bytes, 'jpeg');
        if (!size || size.width * size.height > MAX_PIXELS) return void qr.skipped.push({ image, reason: 'too-large' });
      }
      // A JPEG by its bytes (remembered like a message's images); pixels a drawing or a raw image gave, as they are.
      const text = img.kind === 'jpeg' ? readImage(img.bytes, 'jpeg') : qrText(img.pixels);
      if (text === UNREADABLE) qr.skipped.push({ image, reason: 'unreadable' });
      else if (text !== undefined) qr.codes.push({ image, text });
    });
  });
  return { documents, qr };
}

/** The QR code's text, or undefined when the image holds none (a logo, a photo). */
function qrText(pixels: Rgba): string | undefined {
  try {
    // The decoder reads (r + 2g + b) >> 2 of each pixel alike from RGB and RGBA; a luma plane (its format I444, whose
    // first plane, Y, it reads as it is, and nothing after it) is that brightness already.
    const format = pixels.format === 'luma' ? 'I444' : (pixels.format ?? 'RGBA');
    return decodeQR(pixels, { format, effort: 1, timeLimit: Infinity });
  } catch {
    return undefined;
  }
}
