/**
 * A QR code's text as a link of the message: what a phone opens when the reader scans it. Only web addresses with
 * their scheme count: a phone's camera offers to open those, and shows anything else as text.
 */
import type { Link, MessageInput } from '../types';
import { describeFoundLink } from '../parse/body';

/** A longer QR text is not an address a phone opens (a QR code holds at most 2,953 bytes anyway). */
const MAX_QR_URL = 4096;

/** The web links the message's QR codes hold, each with the image it was read from. */
export function qrLinks(input: MessageInput): Link[] {
  const out: Link[] = [];
  for (const code of input.qr?.codes ?? []) {
    const text = String(code.text ?? '').trim();
    if (text.length > MAX_QR_URL || !/^https?:\/\//i.test(text)) continue;
    const link = describeFoundLink(text, 'qr');
    if (!link.host) continue;
    out.push({ ...link, image: String(code.image ?? '') });
  }
  return out;
}
