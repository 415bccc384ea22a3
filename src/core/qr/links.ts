/**
 * A QR code's text as a link of the message: what a phone opens when the reader scans it. Only web addresses with
 * their scheme count: a phone's camera offers to open those, and shows anything else as text. A PDF attachment's
 * link buttons are links of the message too: what the reader opens by clicking "View document" in it.
 */
import type { Link, MessageInput } from '../types';
import { describeFoundLink } from '../parse/body';

/** A longer text is not an address a phone or a PDF reader opens (a QR code holds at most 2,953 bytes anyway). */
const MAX_URL = 4096;

/** The web links the message's QR codes hold, each with the image it was read from. */
export function qrLinks(input: MessageInput): Link[] {
  const out: Link[] = [];
  for (const code of input.qr?.codes ?? []) {
    const text = String(code.text ?? '').trim();
    if (text.length > MAX_URL || !/^https?:\/\//i.test(text)) continue;
    const link = describeFoundLink(text, 'qr');
    if (!link.host) continue;
    out.push({ ...link, image: String(code.image ?? '') });
  }
  return out;
}

/** The web links of the message's PDF attachments, each with the file it is in. */
export function documentLinks(input: MessageInput): Link[] {
  const out: Link[] = [];
  for (const found of input.documents?.links ?? []) {
    const url = String(found.url ?? '').trim();
    if (url.length > MAX_URL || !/^https?:\/\//i.test(url)) continue;
    const link = describeFoundLink(url, 'attachment');
    if (!link.host) continue;
    out.push({ ...link, attachment: String(found.file ?? '') });
  }
  return out;
}
