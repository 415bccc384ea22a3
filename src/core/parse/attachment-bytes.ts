/**
 * What an attachment's bytes are, read once where the whole content is at hand (parseMessage, in a worker in the
 * task pane): the type its first bytes say, and a ZIP's member names. Kept out of the checks so the pane's own code
 * stays small; checks/attachments.ts judges these facts (AttachmentInfo.sniffed, .members). Nothing is inflated;
 * every read is bounded and moves forward, so time is linear in the bytes.
 */
import type { AttachmentInfo } from '../types';

/** Members of a ZIP listed. @internal */
export const MAX_MEMBERS = 2000;

type Sniffed = 'PE (MZ)' | 'ZIP' | 'RAR' | '7z' | 'ISO 9660' | 'HTML' | 'SVG' | '';

/** What the first bytes say the file is: a few fixed signatures, then markup in the first kilobyte. @internal */
export function sniff(b: Uint8Array): Sniffed {
  const at = (offset: number, sig: string) =>
    b.length >= offset + sig.length && [...sig].every((c, i) => b[offset + i] === c.charCodeAt(0));
  if (at(0, 'MZ') && b.length >= 64) {
    const pe = (b[60]! | (b[61]! << 8) | (b[62]! << 16)) + b[63]! * 0x1000000;
    if (pe + 4 > b.length || at(pe, 'PE\0\0')) return 'PE (MZ)';
  }
  if (at(0, 'PK\x03\x04') || at(0, 'PK\x05\x06')) return 'ZIP';
  if (at(0, 'Rar!\x1a\x07')) return 'RAR';
  if (at(0, '7z\xbc\xaf\x27\x1c')) return '7z';
  if (at(0x8001, 'CD001')) return 'ISO 9660';
  let start = at(0, '\xef\xbb\xbf') ? 3 : 0;
  while (start < b.length && b[start]! <= 0x20) start++;
  if (b[start] !== 0x3c) return ''; // '<'
  const text = String.fromCharCode(...b.subarray(start, start + 1024)).toLowerCase();
  if (text.includes('<svg')) return 'SVG';
  return /<(?:!doctype html|html|head|body|meta|script|form|iframe|title|div|table|p\b|a\b)/.test(text) ? 'HTML' : '';
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => u16(b, i) + u16(b, i + 2) * 0x10000;
const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);

/**
 * The member names of a ZIP, from the bytes given: its central directory when the end of the file is there, else
 * its local headers from the start, as far as the bytes and the sizes they declare go. Nothing is inflated; every
 * step moves forward, so time is linear in the bytes; `complete` is false when the listing stopped early.
 * @internal
 */
export function zipNames(b: Uint8Array, whole: boolean): { names: string[]; complete: boolean } {
  const names: string[] = [];
  // End of central directory: within the last 64 KB + 22 bytes (its comment is at most 65,535 bytes).
  for (let e = b.length - 22; whole && e >= Math.max(0, b.length - 65_557); e--) {
    if (u32(b, e) !== 0x06054b50) continue;
    const count = u16(b, e + 10);
    let p = u32(b, e + 16);
    while (names.length < Math.min(count, MAX_MEMBERS) && p + 46 <= b.length && u32(b, p) === 0x02014b50) {
      const length = u16(b, p + 28);
      names.push(utf8(b.subarray(p + 46, p + 46 + length)));
      p += 46 + length + u16(b, p + 30) + u16(b, p + 32);
    }
    if (names.length === count) return { names, complete: true };
    names.length = 0;
    break; // Zip64 or a damaged directory: the local headers may still say more
  }
  let p = 0;
  while (names.length < MAX_MEMBERS && p + 30 <= b.length && u32(b, p) === 0x04034b50) {
    const length = u16(b, p + 26);
    names.push(utf8(b.subarray(p + 30, p + 30 + length)));
    const size = u32(b, p + 18);
    // A streamed entry (flag bit 3) may declare its size only after its data: the next header cannot be found.
    if (u16(b, p + 6) & 8 && size === 0) return { names, complete: false };
    p += 30 + length + u16(b, p + 28) + size;
  }
  return { names, complete: p + 4 <= b.length && u32(b, p) === 0x02014b50 };
}

/** The facts for AttachmentInfo from the whole decoded content (or as much of it as the host had). */
export function describeBytes(bytes: Uint8Array, size = bytes.length): Pick<AttachmentInfo, 'sniffed' | 'members'> {
  const sniffed = sniff(bytes);
  if (!sniffed) return {};
  return sniffed === 'ZIP' ? { sniffed, members: zipNames(bytes, bytes.length >= size) } : { sniffed };
}
