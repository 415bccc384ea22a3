/**
 * The web links of a calendar invite (an `.ics` file, a `text/calendar` part, inline or attached): what the reader
 * opens from the event their calendar shows. Read with the QR and PDF decoders (index.ts asks only for a message that
 * has an invite), and joined to the message's links as an attachment's (qr/links.ts documentLinks), so every link
 * check judges them, with the invite named in the evidence. Outlook's refined reading (a worker) and the other hosts
 * read them; the task pane's own first reading has no attachment bytes.
 * Attack: the invite whose event holds the lure — "Mandatory: review the updated policy before the meeting" with a
 * sign-in page in its description or its URL field, the mail's own body empty or harmless; calendars add such events
 * by themselves, and filters read the body.
 * Trap: a real Teams, Zoom or Google Meet invitation repeats its body's links in the event (only the links the body
 * does not hold already are added), and its links open the meeting service's own site.
 */
import type { AttachmentInfo, DocumentReading, MessageInput } from '../types';

/** Characters of an invite read: an event's text and HTML description are a few kilobytes. */
const MAX_INVITE = 256 * 1024;
/** Links kept from a message's invites. */
const MAX_INVITE_LINKS = 50;
/** Invites read per message (Gmail sends one inline and the same as `invite.ics`). */
const MAX_INVITES = 5;

/** The properties whose values the reader sees or opens: the event's link, description, location and attachments. */
const TEXT_FIELDS = new Set(['URL', 'DESCRIPTION', 'LOCATION', 'ATTACH', 'COMMENT', 'SUMMARY', 'CONFERENCE']);
/** The HTML description Outlook writes beside the text one. */
const HTML_FIELDS = new Set(['X-ALT-DESC']);

/**
 * The web addresses the invites' events hold, each once, with the invite's name (its file name; an unnamed inline
 * part is `invite.ics`, as mail clients show it), but those the message's body links to already: a real invitation
 * repeats its body in its event, and a body link is judged as the body's. Never throws.
 */
export function readInvites(invites: readonly AttachmentInfo[], message: MessageInput): DocumentReading['links'] {
  const out: DocumentReading['links'] = [];
  const seen = new Set([...schemeUrls(message.html ?? '', true), ...schemeUrls(message.text ?? '', false)]);
  for (const invite of invites.slice(0, MAX_INVITES)) {
    const file = invite.filename || 'invite.ics';
    let fields: { text: string; html: string };
    try {
      fields = inviteFields(new TextDecoder().decode((invite.head ?? new Uint8Array(0)).subarray(0, MAX_INVITE * 4)));
    } catch {
      continue;
    }
    for (const url of [...schemeUrls(fields.html, true), ...schemeUrls(fields.text, false)]) {
      if (seen.has(url) || out.length >= MAX_INVITE_LINKS) continue;
      seen.add(url);
      out.push({ file, url });
    }
  }
  return out;
}

/**
 * The text and HTML values of an iCalendar file's link-bearing properties (RFC 5545): lines unfolded (a line break
 * followed by a space or tab continues the line), the property name read before its parameters, the value after the
 * first colon outside a quoted parameter, text escapes (`\n`, `\,`, `\;`, `\\`) undone. Linear in the text.
 * @internal tests read an invite's fields
 */
export function inviteFields(ics: string): { text: string; html: string } {
  const text: string[] = [];
  const html: string[] = [];
  const unfolded = ics.slice(0, MAX_INVITE).replace(/\r?\n[ \t]/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = valueStart(line);
    if (colon < 0) continue;
    const head = line.slice(0, colon);
    const semi = head.indexOf(';');
    const name = (semi < 0 ? head : head.slice(0, semi)).toUpperCase();
    const value = line.slice(colon + 1);
    if (TEXT_FIELDS.has(name)) text.push(unescapeText(value));
    else if (HTML_FIELDS.has(name)) html.push(unescapeText(value));
  }
  return { text: text.join('\n'), html: html.join('\n') };
}

/** Where a content line's value starts: its first colon outside a double-quoted parameter value; -1 when none. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) return i;
  }
  return -1;
}

/**
 * The addresses written with their scheme in a text (or an HTML text's attributes and words, `&amp;` read as `&`):
 * only those does a calendar make clickable, never a host named in prose. Not parse/body.ts's reader: this runs in
 * Outlook's whole-message worker, which may load none of that reader's lazy chunks (suffixes, linkify). Each address
 * ends at white space, a quote or an angle bracket, less the sentence's closing punctuation. Linear in the text.
 */
function schemeUrls(text: string, html: boolean): string[] {
  const source = html ? text.slice(0, MAX_INVITE).replace(/&amp;/gi, '&') : text.slice(0, MAX_INVITE);
  const found: string[] = [];
  for (const match of source.matchAll(SCHEME_URL)) {
    let end = match[0].length;
    while (end > 0 && CLOSING.includes(match[0][end - 1]!)) end--;
    const url = match[0].slice(0, end);
    if (url.length > 'https://'.length) found.push(url);
  }
  return found;
}

const SCHEME_URL = /\bhttps?:\/\/[^\s"'<>`]+/gi;
/** A sentence's punctuation after an address, not part of it. */
const CLOSING = '.,;:!?)]}';

/** An iCalendar TEXT value as written to be read: `\n` a line break, `\,` `\;` `\\` the character itself. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
