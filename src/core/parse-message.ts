/**
 * A whole raw message (.eml bytes, or text) -> MessageInput. The header block is split and decoded by our own code
 * (parse/headers.ts: raw Shift_JIS / Latin-1 bytes survive, no size exception); the body is decoded by postal-mime.
 * Asynchronous only because postal-mime is. Never throws: what could not be read is listed in `missing`, what was
 * cut in `limits`.
 */
import PostalMime from 'postal-mime';
import type { AttachmentInfo, HeaderField, MessageInput } from './types';
import { describeBytes } from './parse/attachment-bytes';
import { newReading, readAttachedMessages, type AttachedReading } from './parse/attached-messages';
import { headerBlockOf, splitHeaderBytes, splitOf } from './parse/headers';
import { cutText } from './text';

/**
 * A decoded html/text body past this many characters is cut (a real one is rarely over 1 MB).
 * @internal a test builds a body past it
 */
export const MAX_BODY_CHARS = 5 * 1024 * 1024;
/**
 * The first bytes of each attachment kept (AttachmentInfo.head): a type is sniffed from its first few hundred, and an
 * HTML or SVG lure's form and script sit well inside a megabyte; only an attachment's bulk (smuggled payloads,
 * documents) is past it, and `size` still says how big it was. A copy, so the rest of the content can be freed.
 */
const MAX_ATTACHMENT_HEAD = 1024 * 1024;
/** postal-mime counts every MIME part's headers; past this it rejects the parse. Above our own 4 MB header cap. */
const POSTAL_MAX_HEADERS = 16 * 1024 * 1024;

export interface ParseMessageOptions {
  /** The reader's own addresses (the mailbox owner), passed through to MessageInput.recipients. */
  recipients?: string[];
}

export function parseMessage(raw: Uint8Array | string, options: ParseMessageOptions = {}): Promise<MessageInput> {
  return parseAt(raw, options, newReading());
}

/** parseMessage at a level of attached messages (parse/attached-messages.ts reads those one level down). */
async function parseAt(
  raw: Uint8Array | string,
  options: ParseMessageOptions,
  reading: AttachedReading,
): Promise<MessageInput> {
  const bytes = toBytes(raw);
  const split = splitHeaderBytes(bytes);
  const limits: string[] = [];
  const missing: MessageInput['missing'] = [];
  if (split.problems.some((p) => p.code === 'headers-truncated')) limits.push('headers-truncated');
  if (split.problems.some((p) => p.code === 'header-line-skipped')) limits.push('header-lines-skipped');
  if (split.headers.length === 0) missing.push('headers');

  const headers = joinHeaderFields(split.headers);
  const input: MessageInput = { headers, headerBytes: split.headerBytes };
  // Split once: analyze reads these fields instead of splitting `headers` again.
  const headerFields = splitOf(headers, split.headers);
  if (headerFields) input.headerFields = headerFields;
  if (options.recipients?.length) input.recipients = options.recipients.slice();

  const bodyBytes = bytes.subarray(split.bodyOffset);
  const body = bodyBytes.length ? await decodeBody(split.headers, bodyBytes) : { attachments: [] };
  if (body === undefined) {
    missing.push('body');
    limits.push('body-unparsed');
  } else {
    if (body.html !== undefined) input.html = capBody(body.html, limits);
    if (body.text !== undefined) input.text = capBody(body.text, limits);
    if (body.attachments.length) input.attachments = body.attachments;
    await readAttachedMessages(body.attachments, reading, (inner, level) => parseAt(inner, {}, level));
  }
  if (missing.length) input.missing = missing;
  if (limits.length) input.limits = [...new Set(limits)];
  return input;
}

/**
 * The fields as `Name: value` lines (unfolded, decoded), CRLF-separated as Outlook's header string is, so that
 * `splitHeaderBlock(input.headers)` gives back the same fields in the same order.
 * @internal
 */
export function joinHeaderFields(fields: HeaderField[]): string {
  if (!fields.length) return '';
  const lines: string[] = [];
  for (const f of fields) lines.push(`${f.name}: ${f.value}`);
  lines.push('');
  return lines.join('\r\n');
}

/** Header names every mail carries; one well-formed one means "a mail" for the CLI (junk and empty files have none). */
const MAIL_HEADERS = new Set([
  'from',
  'received',
  'date',
  'subject',
  'message-id',
  'return-path',
  'to',
  'delivered-to',
  'mime-version',
  'sender',
]);

/**
 * Whether the input looks like a mail at all: at least one of the headers every mail has, with a value. The CLI
 * uses it to say "not a mail file" rather than analyse a PDF or an empty file.
 */
export function looksLikeMail(input: MessageInput): boolean {
  if (!input || typeof input.headers !== 'string' || !input.headers) return false;
  // The fields parseMessage split already, when it made the input (headerBlockOf): not the text split again.
  return headerBlockOf(input).headers.some((f) => MAIL_HEADERS.has(f.key) && f.value.length > 0);
}

function toBytes(raw: Uint8Array | string): Uint8Array {
  if (typeof raw === 'string') return new TextEncoder().encode(raw);
  if (raw instanceof Uint8Array) return raw;
  return new Uint8Array(0);
}

interface DecodedBody {
  html?: string;
  text?: string;
  attachments: AttachmentInfo[];
}

/**
 * Decode the body with postal-mime. It is given only the top-level MIME headers (Content-*, MIME-Version) as we
 * decoded them, not the whole block: 10,000 Received lines or a 1 MB line then cost it nothing and cannot trip its
 * header limit, and a raw Shift_JIS filename parameter reaches it as UTF-8. Undefined when it fails.
 */
async function decodeBody(headers: HeaderField[], body: Uint8Array): Promise<DecodedBody | undefined> {
  const mimeLines: string[] = [];
  for (const f of headers) {
    if (f.key === 'mime-version' || f.key.startsWith('content-')) mimeLines.push(`${f.name}: ${f.value}\r\n`);
  }
  const head = new TextEncoder().encode(mimeLines.join('') + '\r\n');
  const message = new Uint8Array(head.length + body.length);
  message.set(head, 0);
  message.set(body, head.length);
  try {
    // Its ArrayBuffer, not the view: postal-mime copies a view's bytes out first (17 MB more for a 17 MB message).
    const email = await PostalMime.parse(message.buffer, { maxHeadersSize: POSTAL_MAX_HEADERS });
    const out: DecodedBody = { attachments: email.attachments.map(attachmentInfo) };
    if (typeof email.html === 'string') out.html = email.html;
    if (typeof email.text === 'string') out.text = email.text;
    return out;
  } catch {
    return undefined; // nesting past its limit, header limit in MIME parts, or junk it cannot read
  }
}

function attachmentInfo(a: {
  filename: string | null;
  mimeType: string;
  contentId?: string;
  content: ArrayBuffer | Uint8Array | string;
}): AttachmentInfo {
  // postal-mime gives an ArrayBuffer (its default attachmentEncoding); a string only if asked for one.
  const bytes = typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content);
  return {
    filename: a.filename ?? '',
    mimeType: a.mimeType || 'application/octet-stream',
    size: bytes.byteLength,
    head: bytes.slice(0, MAX_ATTACHMENT_HEAD),
    ...describeBytes(bytes),
    // An inline image has often no file name, only the id the HTML shows it by (`cid:`): evidence for core/qr.
    ...(a.contentId ? { contentId: cutText(a.contentId.replace(/^<|>$/g, ''), 200) } : {}),
  };
}

/** Cut a decoded body at MAX_BODY_CHARS (not inside a surrogate pair) and note it. */
function capBody(s: string, limits: string[]): string {
  if (s.length <= MAX_BODY_CHARS) return s;
  limits.push('body-truncated');
  return cutText(s, MAX_BODY_CHARS);
}
