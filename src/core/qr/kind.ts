/** Which images the QR reader takes, decided from a few bytes: kept out of the decoders' chunk (index.ts). */
import type { AttachmentInfo } from '../types';

export type ImageKind = 'png' | 'jpeg' | 'gif';

/** What the first bytes say the image is, whatever its declared type. */
export function imageKind(b: Uint8Array): ImageKind | undefined {
  const at = (sig: number[]) => b.length >= sig.length && sig.every((v, i) => b[i] === v);
  if (at([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (at([0xff, 0xd8, 0xff])) return 'jpeg';
  if (at([0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61) return 'gif';
  return undefined;
}

/**
 * A PDF attachment, by its bytes (`%PDF-` in the first kilobyte, where readers look for it), its declared type or its
 * name; only one whose bytes the host had can be read.
 */
export function isPdf(a: AttachmentInfo): boolean {
  if (!a.head) return false;
  const start = String.fromCharCode(...a.head.subarray(0, 1029));
  return start.includes('%PDF-') || /^application\/(?:x-)?pdf$/i.test(a.mimeType) || /\.pdf$/i.test(a.filename);
}

/** How an image is named in the evidence: its file name, else the content-id the HTML shows it by. */
export function imageName(a: AttachmentInfo): string {
  return a.filename || (a.contentId ? `cid:${a.contentId}` : a.mimeType);
}

/** A calendar invite whose bytes the host had (qr/invite.ts reads its links), by its declared type or its name. */
export function isInvite(a: AttachmentInfo): boolean {
  return !!a.head && (/^(?:text\/calendar|application\/ics)$/i.test(a.mimeType) || /\.ics$/i.test(a.filename));
}
