/**
 * QR codes in a message's images, read before analysis: hosts call `withQrCodes(await parseMessage(…))` and analyse
 * what it returns, so the verdict is drawn once, with the QR links in it. The image and QR decoders (read.ts) are a
 * separate chunk, fetched only when the message has an image: they are not in the task pane's start-up code.
 * Outlook reads attachments' bytes only in its refined reading (the whole message, in a worker): there the QR codes
 * come with that reading.
 */
import type { AttachmentInfo, MessageInput, QrReading } from '../types';
import { imageKind, imageName } from './kind';

const RASTER = /^image\/(?:png|x-png|jpe?g|pjpeg|gif)$/i;

/** An attachment (inline or not) the QR reader looks at: its bytes are a PNG, JPEG or GIF, or it says it is one. */
function isImage(a: AttachmentInfo): boolean {
  return !!a.head && (RASTER.test(a.mimeType) || imageKind(a.head) !== undefined);
}

type Reader = { readQrCodes(images: readonly AttachmentInfo[]): QrReading };

/** The decoders as a chunk of their own, fetched on first use. */
const lazyReader = (): Promise<Reader> => import(/* webpackChunkName: "qr" */ './read');

/**
 * The input with `qr` filled when it has images (unchanged when it has none). Never throws. `load` brings the
 * decoders: a lazy chunk by default; Outlook's worker, whose script policy lets it load no further script, passes the
 * module it bundles.
 */
export async function withQrCodes(
  input: MessageInput,
  load: () => Promise<Reader> = lazyReader,
): Promise<MessageInput> {
  const images = (input.attachments ?? []).filter(isImage);
  if (images.length === 0) return input;
  try {
    const { readQrCodes } = await load();
    return { ...input, qr: readQrCodes(images) };
  } catch {
    // The decoder could not be loaded (an asset missing): the images were not read, and the report says so.
    const unread = images.map((a) => ({ image: imageName(a), reason: 'unreadable' as const }));
    return { ...input, qr: { codes: [], skipped: unread } };
  }
}
