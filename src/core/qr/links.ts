/**
 * A QR code's text as a link of the message: what a phone opens when the reader scans it. Only web addresses with
 * their scheme count: a phone's camera offers to open those, and shows anything else as text. A PDF attachment's
 * link buttons are links of the message too: what the reader opens by clicking "View document" in it.
 */
import type { Link, LinkSource, MessageInput } from '../types';
import { describeFoundLink } from '../parse/body';

/** A longer text is not an address a phone or a PDF reader opens (a QR code holds at most 2,953 bytes anyway). */
const MAX_URL = 4096;

/** Each text that is a web address with its scheme, as a link of `source`, with the name of what it was read from. */
function addressLinks<T>(
  items: readonly T[],
  source: LinkSource,
  text: (item: T) => unknown,
  name: (item: T) => unknown,
): [Link, string][] {
  const out: [Link, string][] = [];
  for (const item of items) {
    const url = String(text(item) ?? '').trim();
    if (url.length > MAX_URL || !/^https?:\/\//i.test(url)) continue;
    const link = describeFoundLink(url, source);
    if (link.host) out.push([link, String(name(item) ?? '')]);
  }
  return out;
}

/** The web links the message's QR codes hold, each with the image it was read from. */
export function qrLinks(input: MessageInput): Link[] {
  const codes = input.qr?.codes ?? [];
  return addressLinks(
    codes,
    'qr',
    (c) => c.text,
    (c) => c.image,
  ).map(([link, image]) => ({ ...link, image }));
}

/** The web links of the message's PDF attachments and calendar invites (invite.ts), each with the file it is in. */
export function documentLinks(input: MessageInput): Link[] {
  const found = input.documents?.links ?? [];
  return addressLinks(
    found,
    'attachment',
    (d) => d.url,
    (d) => d.file,
  ).map(([link, attachment]) => ({
    ...link,
    attachment,
  }));
}
