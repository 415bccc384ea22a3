/**
 * A colleague's forward: someone of the reader's own organisation passes a message on — to IT ("is this real?",
 * "FYI, suspicious"), or to a colleague — with a short note above the forwarded message's header block. The signs
 * of phishing that rest wholly on the forwarded message (its links, its wording) are that message's, not the
 * colleague's: they are folded into one warning, content.forwarded, that names the forwarded message's sender and
 * keeps their evidence, and that weighs as context on the colleague's mail (verdict.ts).
 * Attack: a phisher writes "---------- Forwarded message ---------" into a phish to pass its link off as quoted.
 * So only a sender of the reader's own organisation that could not be forged gets this: mail that never came from
 * outside (every Received line the organisation's own, or Microsoft 365 saying it was sent inside the tenant), or
 * mail authenticated (aligned DMARC or DKIM pass) as a domain the admin configured or the reader's own address is
 * at — never a domain guessed from the To line, which the sender writes. And only a short note, above a quoted
 * header block (a From: line right under the separator).
 * Trap: the colleague's own note and links above the forward are judged as always; sender and origin findings read
 * the outer headers and are never folded; a compromised colleague's mailbox forwarding a "document" still shows
 * the warning, and every sign in its evidence.
 */
import type { Evidence, Finding } from './report';
import type { Link, ParsedMessage } from './types';
import type { CheckContext } from './checks/check';
import { finding } from './findings';
import { dkimAlignedPass } from './parse/auth-results';
import { sentInsideTenant } from './parse/org-filter';

/** The colleague's note above the forward: a few lines and a signature, not a letter with a quote at its foot. */
const MAX_NOTE = 1_500;
/** Lines between the separator and the forwarded message's From: line (a blank line, a "Date:" first). */
const MAX_HEADER_GAP = 4;
/** Body characters read: a forward's header block sits under a short note. */
const MAX_BODY = 50_000;

/** A separator line that opens a forwarded or original message (Gmail, Outlook, Thunderbird, Apple Mail, …). */
const SEPARATOR_WORDS = [
  'forwarded message',
  'original message',
  'weitergeleitete nachricht',
  'ursprüngliche nachricht',
  'message transféré',
  "message d'origine",
  'mensaje reenviado',
  'mensaje original',
  'mensagem encaminhada',
  'messaggio inoltrato',
  'doorgestuurd bericht',
  '転送メッセージ',
  '元のメッセージ',
];

/**
 * The forwarded message's From line, in the languages of the separators above. `\s*(?:\*\s*)?`, not `\s*\*?\s*`:
 * two runs of spaces side by side backtrack quadratically over "From" and 45,000 spaces (the phisher's text).
 */
const FROM_LINE = /^\*?(?:from|von|de|da|van|差出人|送信者|发件人|寄件者|보낸 사람|от)\s*(?:\*\s*)?[:：]/i;
/** The line under a separator-less header block's From: line (Outlook: "Sent:"; others "Date:"). */
const SENT_LINE = /^\s*\*?(?:sent|date|gesendet|envoyé|enviado|inviato|datum|送信日時|日付)\s*(?:\*\s*)?[:：]/i;

/** Where the HTML part's forwarded message starts: the separators' words and the clients' quote containers. */
const HTML_MARKERS = [
  ...SEPARATOR_WORDS,
  'begin forwarded message',
  'divrplyfwdmsg',
  'gmail_quote',
  'moz-forward-container',
  'postal-email-header',
];

/** A subject that forwards another's: its words are the forwarded message's (FW:, Fwd:, WG:, TR:, RV:, 転送:). */
const FORWARD_SUBJECT = /^\s*(?:re\s*:\s*)?(?:fwd?|wg|tr|rv|enc|doorst|vs|i|転送)\s*[:：]/i;

/** A forward found in the body: the note above it and the forwarded message from its separator on. */
interface Forward {
  /** The colleague's note, whitespace collapsed. */
  note: string;
  /** The whole body text, whitespace collapsed: what is not also in the note is the forwarded message's. */
  quoted: string;
  /** The forwarded message's From: line, as written. */
  fromLine: string;
  /** Its address, when the line shows one; else the line's text. */
  from: string;
  /** Where the HTML part's forwarded message starts (-1: no marker found, its links are the note's). */
  htmlAt: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a line is a separator, and if so whether a From: line must follow it (`-----` alone: postal-mime's). */
function separator(line: string): boolean {
  const t = line.trim().toLowerCase();
  if (t.startsWith('begin forwarded message')) return true;
  if (/^(?:_{10,}|-{10,})$/.test(t)) return true;
  return t.startsWith('--') && SEPARATOR_WORDS.some((w) => t.includes(w));
}

/**
 * Whether the sender is of the reader's own organisation and cannot have been forged: never came from outside, or
 * authenticated as a domain the reader's organisation is known to own (configured, or the reader's own address).
 */
function colleague(msg: ParsedMessage, ctx: CheckContext): boolean {
  const from = msg.from?.registrable;
  if (!from || !ctx.ownDomains.includes(from)) return false;
  if (sentInsideTenant(msg.orgFilter) || (msg.hops.length > 0 && msg.trust.entryHop === undefined)) return true;
  const known = !!ctx.options.ownDomains?.length || msg.readers.length > 0;
  return known && (ctx.dmarc === 'pass' || !!dkimAlignedPass(msg.authResults, from));
}

/**
 * The forward in a colleague's mail, when its note is short and a quoted header block follows the separator. Read in
 * the text part first: a multipart mail's body text holds the HTML's text and then the text part's, and the HTML's
 * may show its header block without a separator line (postal-mime's rendering of an inline message).
 */
function forwardOf(msg: ParsedMessage, ctx: CheckContext): Forward | undefined {
  if (!colleague(msg, ctx)) return undefined;
  const found = split(msg.text.slice(0, MAX_BODY)) ?? split(msg.bodyText.slice(0, MAX_BODY)) ?? attached(msg);
  if (!found || found.note.length > MAX_NOTE) return undefined;
  const { note, fromLine } = found;
  // A From: line naming no one ("From:", an attachment with neither header nor name) leaves the signs unfolded, each
  // with its reason: the warning would name no sender.
  const from = addressIn(fromLine) ?? fromLine.replace(FROM_LINE, '').trim().slice(0, 200);
  if (!from) return undefined;
  const lower = msg.html.toLowerCase();
  const marks = HTML_MARKERS.map((m) => lower.indexOf(m)).filter((n) => n >= 0);
  return {
    note,
    // Everything the body shows; what is also in the note is the note's.
    quoted: squash(msg.bodyText.slice(0, MAX_BODY)),
    fromLine,
    from,
    htmlAt: marks.length ? Math.min(...marks) : -1,
  };
}

/**
 * The address in a From: line ("Name <a@b.example>", "From:a@b.example"), read token by token: a regex sliding over
 * the line backtracked cubically over the phisher's 12,000 characters of "a@" (the line is theirs, whole).
 */
function addressIn(line: string): string | undefined {
  for (const token of line.split(/[\s<>"',;]+/)) {
    const at = token.indexOf('@');
    if (at <= 0) continue;
    const local = Math.max(token.lastIndexOf(':', at), token.lastIndexOf('：', at)) + 1;
    const address = /^[^@]+@[^@]+\.[a-z]{2,24}/i.exec(token.slice(local))?.[0];
    if (address) return address;
  }
  return undefined;
}

/** The note above the first separator followed by a From: line, and that line; undefined when there is none. */
function split(body: string): { note: string; fromLine: string } | undefined {
  const lines = body.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length && at <= MAX_NOTE * 2; at += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    // Outlook's header block without a separator: "From: …" straight above "Sent: …" or "Date: …".
    const bare = FROM_LINE.test(line.trim()) && SENT_LINE.test(lines[i + 1] ?? '');
    const header = bare
      ? 0
      : separator(line)
        ? lines.slice(i + 1, i + 2 + MAX_HEADER_GAP).findIndex((l) => FROM_LINE.test(l.trim())) + 1
        : 0;
    if (!bare && header <= 0) continue;
    return { note: squash(body.slice(0, at)), fromLine: lines[i + header]!.trim() };
  }
  return undefined;
}

/**
 * A message forwarded as an attachment (Outlook's "Forward as attachment", message/rfc822): the whole body is the
 * note, and the attached message's From: line is read from its headers as parsed (parse/attached-messages.ts), else
 * from its first bytes. Its own links and text are judged as a message of its own (attached-message.ts): those signs,
 * content.attached-message, are folded with what the colleague's mail copied of it — the subject.
 */
function attached(msg: ParsedMessage): { note: string; fromLine: string } | undefined {
  const part = msg.attachments.find((a) => a.message || a.mimeType.toLowerCase() === 'message/rfc822');
  if (!part) return undefined;
  const head = part.message
    ? part.message.headers.slice(0, MAX_ATTACHED_HEADER)
    : part.head
      ? new TextDecoder().decode(part.head.subarray(0, MAX_ATTACHED_HEADER))
      : '';
  const fromLine = /^from[ \t]*:[^\r\n]*/im.exec(head)?.[0] ?? `From: ${part.filename}`;
  return { note: squash(msg.bodyText.slice(0, MAX_BODY)), fromLine };
}
/** Bytes of an attached message read for its From: line: its header block. */
const MAX_ATTACHED_HEADER = 16_384;

/** Whether a link was written only in the forwarded message. */
function linkForwarded(link: Link, msg: ParsedMessage, fwd: Forward): boolean {
  if (link.source === 'html') {
    if (fwd.htmlAt < 0) return false;
    const href = [link.href, link.href.replace(/&/g, '&amp;')].map((h) => msg.html.indexOf(h)).filter((n) => n >= 0);
    return href.length > 0 && Math.min(...href) > fwd.htmlAt;
  }
  if (link.source === 'text') return fwd.quoted.includes(link.href) && !fwd.note.includes(link.href);
  return false; // a QR code's or an attachment's link is the mail's own
}

/** Whether a piece of evidence rests on the forwarded message alone. */
function evidenceForwarded(e: Evidence, msg: ParsedMessage, fwd: Forward): boolean {
  if (e.url) {
    const links = msg.links.filter((l) => l.url === e.url || l.href === e.url);
    return links.length > 0 && links.every((l) => linkForwarded(l, msg, fwd));
  }
  if (e.header === 'Body' && e.value) {
    const text = squash(e.value.replace(/^…|…$/g, ''));
    return !!text && fwd.quoted.includes(text) && !fwd.note.includes(text);
  }
  // A forward's subject is the forwarded message's own ("FW: Mailbox Storage 98% Full").
  if (e.header === 'Subject') return FORWARD_SUBJECT.test(msg.subject);
  return false;
}

/** A sign of a message attached to the colleague's mail (attached-message.ts): that message's, whatever its note. */
const attachedSign = (f: Finding) =>
  f.id === 'content.attached-message' && (f.status === 'fail' || f.status === 'warn');

/**
 * The findings with those that rest wholly on a colleague's forwarded message folded into content.forwarded; the
 * findings unchanged when there is no such forward or nothing in it to fold. A message the colleague attached is
 * folded whatever the note's length: the MIME part, not a separator line the sender could type, sets it apart.
 */
export function foldForwarded(findings: Finding[], msg: ParsedMessage, ctx: CheckContext): Finding[] {
  const fwd = forwardOf(msg, ctx);
  const signs = fwd || (findings.some(attachedSign) && colleague(msg, ctx)) ? findings.filter(attachedSign) : [];
  const folded = findings.filter(
    (f) =>
      signs.includes(f) ||
      (!!fwd &&
        (f.section === 'links' || f.section === 'content') &&
        (f.status === 'fail' || f.status === 'warn') &&
        f.evidence.length > 0 &&
        f.evidence.every((e) => evidenceForwarded(e, msg, fwd))),
  );
  if (folded.length === 0) return findings;
  const seen = new Set<string>();
  // The forward's From: line; else the attached message's own sign names it (its Attachment and From evidence).
  const from = fwd?.from ?? String((signs[0]!.message.params as { from?: unknown }).from ?? '');
  const evidence: Evidence[] = fwd
    ? [{ header: 'Body', value: fwd.fromLine, highlight: fwd.from, author: 'sender' }]
    : [];
  for (const e of folded.flatMap((f) => f.evidence)) {
    const key = JSON.stringify([e.header, e.value, e.url]);
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(e);
  }
  const summary = finding('content.forwarded', 'warn', { from }, evidence);
  return [...findings.filter((f) => !folded.includes(f)), summary];
}
