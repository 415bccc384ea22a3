/**
 * QR codes in a message's images, read before analysis: hosts call `withQrCodes(await parseMessage(…))` and analyse
 * what it returns, so the verdict is drawn once, with the QR links in it. The image and QR decoders (read.ts) are a
 * separate chunk, fetched only when the message has an image: they are not in the task pane's start-up code.
 * Outlook reads attachments' bytes only in its refined reading (the whole message, in a worker): there the QR codes
 * come with that reading.
 */
import type { AttachmentInfo, DocumentReading, MessageInput, QrReading } from '../types';
import { imageKind, imageName, isInvite, isPdf } from './kind';

const RASTER = /^image\/(?:png|x-png|jpe?g|pjpeg|gif)$/i;

/** An attachment (inline or not) the QR reader looks at: its bytes are a PNG, JPEG or GIF, or it says it is one. */
function isImage(a: AttachmentInfo): boolean {
  return !!a.head && (RASTER.test(a.mimeType) || imageKind(a.head) !== undefined);
}

type Reader = {
  readQrCodes(images: readonly AttachmentInfo[]): QrReading;
  readPdfs(pdfs: readonly AttachmentInfo[]): { documents: DocumentReading; qr: QrReading };
  readInvites(invites: readonly AttachmentInfo[], message: MessageInput): DocumentReading['links'];
};

/** The decoders as a chunk of their own, fetched on first use. */
const lazyReader = (): Promise<Reader> => import(/* webpackChunkName: "qr" */ './read');

/**
 * The input with `qr` filled when it has images, and `documents` when it has PDFs or calendar invites (unchanged
 * when it has none; a PDF's QR codes join `qr`). Never throws. `load` brings the
 * decoders: a lazy chunk by default; Outlook's worker, whose script policy lets it load no further script, passes the
 * module it bundles.
 */
export async function withQrCodes(
  input: MessageInput,
  load: () => Promise<Reader> = lazyReader,
): Promise<MessageInput> {
  const images = (input.attachments ?? []).filter(isImage);
  const pdfs = (input.attachments ?? []).filter((a) => !isImage(a) && isPdf(a));
  const invites = (input.attachments ?? []).filter(isInvite);
  if (images.length === 0 && pdfs.length === 0 && invites.length === 0) return input;
  let reader: Reader;
  try {
    reader = await load();
  } catch {
    // The decoder could not be loaded (an asset missing): nothing was read, and the report says so.
    const unread = images.map((a) => ({ image: imageName(a), reason: 'unreadable' as const }));
    const out: MessageInput = images.length > 0 ? { ...input, qr: { codes: [], skipped: unread } } : { ...input };
    if (pdfs.length === 0) return out;
    const skipped = pdfs.map((a) => ({ file: a.filename || a.mimeType, reason: 'unreadable' as const }));
    return { ...out, documents: { links: [], skipped } };
  }
  const out: MessageInput = { ...input };
  if (images.length > 0) out.qr = reader.readQrCodes(images);
  // A calendar invite's links (invite.ts) join the PDFs' as links of an attachment.
  const invited = invites.length > 0 ? reader.readInvites(invites, input) : [];
  if (pdfs.length === 0) {
    if (invited.length > 0) out.documents = { links: invited, skipped: [] };
    return out;
  }
  const { documents, qr } = reader.readPdfs(pdfs);
  out.documents = invited.length > 0 ? { ...documents, links: [...documents.links, ...invited] } : documents;
  if (qr.codes.length > 0 || qr.skipped.length > 0 || out.qr) {
    out.qr = { codes: [...(out.qr?.codes ?? []), ...qr.codes], skipped: [...(out.qr?.skipped ?? []), ...qr.skipped] };
  }
  return out;
}
