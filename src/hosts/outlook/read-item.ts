/**
 * Outlook's message → MessageInput. Outlook gives the header block (`getAllInternetHeadersAsync`, Mailbox 1.8)
 * and the body (`body.getAsync`) separately, so no MIME parsing happens here (and parse-message.ts stays out of
 * the pane's bundle). Every failure is answered: what could not be read is listed in `missing` so the core says what
 * it did not check, and a notice says what happened.
 *
 * Traps:
 * - Headers come back EMPTY, without an error, for Sent Items, mail to yourself and some internal mail (Exchange
 *   only keeps internet headers for mail that arrived over SMTP). Then a minimal header block is built from the
 *   item's own fields (From, To, Cc, Subject, Message-ID) so the sender and link checks still run.
 * - The item's fields are the sender's words too, and a display name may hold CR/LF: written into a header block
 *   unescaped it would add header lines of the attacker's choosing (a fake Received, Authentication-Results).
 * - Bcc and list delivery leave the reader out of To/Cc: the mailbox owner's address is always added.
 *
 * Attachments come from `item.attachments` (Mailbox 1.1): name, declared type and size, every client. Clients with
 * Mailbox 1.14 then hand over the whole message, and refine.ts redraws from its MIME parts and attachment bytes.
 */
import type { AttachmentInfo, MessageInput, MissingPart } from '../../core/types';
import type { Notice } from '../../ui/pane';
import { errorText } from '../../ui/error-text';

/** What the pane needs from Office, typed as the real API so a test fake has to keep its shape. */
export type OfficeApi = Pick<
  typeof Office,
  'context' | 'onReady' | 'CoercionType' | 'AsyncResultStatus' | 'EventType' | 'HostType'
>;

export interface ReadResult {
  input: MessageInput;
  notices: Notice[];
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps one Office async call: a thrown exception and a `failed` status both become `{ ok: false }`. */
export function call<T>(
  office: OfficeApi,
  start: (done: (result: Office.AsyncResult<T>) => void) => void,
): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve({ ok: true, value: result.value });
        else resolve({ ok: false, error: errorText(result.error) });
      });
    } catch (error) {
      resolve({ ok: false, error: errorText(error) });
    }
  });
}

export function supports(office: OfficeApi, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

/** Whether this client can give the whole message (refine.ts): Mailbox 1.14 and the method present. */
export function canGetWholeMessage(office: OfficeApi, item: Office.MessageRead): boolean {
  return supports(office, '1.14') && typeof (item as Partial<Office.MessageRead>).getAsFileAsync === 'function';
}

/** C0 controls and DEL: a line break in a header field would start a new field. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f]+/g;

/** Header-field text from an item field: line breaks and other controls become spaces (no header injection). */
function fieldText(value: unknown): string {
  return String(value ?? '')
    .replace(CONTROLS, ' ')
    .trim();
}

/** `"Name" <addr>` with the name as an RFC 5322 quoted-string, or the bare address. */
function mailbox(details: Office.EmailAddressDetails | undefined): string {
  // Angle brackets and spaces cannot be in an address Exchange parsed; kept, they would end the address early.
  const address = fieldText(details?.emailAddress).replace(/[<>\s]/g, '');
  const name = fieldText(details?.displayName);
  if (!name || name === address) return address ? `<${address}>` : '';
  const quoted = name.replace(/[\\"]/g, (ch) => `\\${ch}`);
  return address ? `"${quoted}" <${address}>` : `"${quoted}"`;
}

function mailboxList(list: Office.EmailAddressDetails[] | undefined): string {
  return (Array.isArray(list) ? list : []).map(mailbox).filter(Boolean).join(', ');
}

/**
 * The header block the item's own fields can give when Outlook gave none: enough for the sender, subject and link
 * checks. Unknown fields are left out rather than invented.
 */
function minimalHeaders(item: Office.MessageRead): string {
  const lines: string[] = [];
  const from = mailbox(item.from ?? item.sender);
  if (from) lines.push(`From: ${from}`);
  const to = mailboxList(item.to);
  if (to) lines.push(`To: ${to}`);
  const cc = mailboxList(item.cc);
  if (cc) lines.push(`Cc: ${cc}`);
  const subject = fieldText(item.subject);
  if (subject) lines.push(`Subject: ${subject}`);
  const messageId = fieldText(item.internetMessageId);
  if (messageId) lines.push(`Message-ID: ${messageId}`);
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
}

/** Past this many entries the item's attachment list is cut (a list is rarely over a few dozen). */
const MAX_ITEM_ATTACHMENTS = 500;

/**
 * The item's attachments as Outlook lists them (Mailbox 1.1): name, declared type and size, never the content.
 * Inline images and attached messages included, as the MIME parser lists them.
 */
function itemAttachments(item: Office.MessageRead): AttachmentInfo[] {
  const list: unknown = item.attachments;
  if (!Array.isArray(list)) return [];
  return (list.slice(0, MAX_ITEM_ATTACHMENTS) as (Partial<Office.AttachmentDetails> | null)[]).map((a) => {
    const size = Number(a?.size);
    return {
      filename: String(a?.name ?? ''),
      mimeType: String(a?.contentType || 'application/octet-stream'),
      size: Number.isFinite(size) && size > 0 ? size : 0,
    };
  });
}

/** The reader's own address plus the message's To and Cc (the core also adds the parsed To/Cc). */
function readerAddresses(office: OfficeApi, item: Office.MessageRead): string[] {
  const own = fieldText(office.context.mailbox?.userProfile?.emailAddress);
  const listed = [...(item.to ?? []), ...(item.cc ?? [])].map((d) => fieldText(d?.emailAddress));
  return [own, ...listed].filter((a, i, all) => a.includes('@') && all.indexOf(a) === i);
}

async function readHeaders(
  office: OfficeApi,
  item: Office.MessageRead,
): Promise<{ headers?: string; notice?: Notice }> {
  if (!supports(office, '1.8') || typeof item.getAllInternetHeadersAsync !== 'function') {
    return { notice: { intent: 'warning', key: 'ui.notice.headers-unsupported' } };
  }
  const result = await call<string>(office, (done) => item.getAllInternetHeadersAsync(done));
  if (!result.ok)
    return { notice: { intent: 'warning', key: 'ui.notice.headers-failed', params: { error: result.error } } };
  if (typeof result.value !== 'string' || result.value.trim() === '') {
    return { notice: { intent: 'info', key: 'ui.notice.headers-empty' } };
  }
  return { headers: result.value };
}

/** HTML first (links keep their href); Text when HTML fails (some clients, plain-text mail in some builds). */
async function readBody(
  office: OfficeApi,
  item: Office.MessageRead,
): Promise<{ html?: string; text?: string; error?: string }> {
  if (!item.body || typeof item.body.getAsync !== 'function') return { error: 'body.getAsync is not available' };
  const html = await call<string>(office, (done) => item.body.getAsync(office.CoercionType.Html, done));
  if (html.ok && typeof html.value === 'string') return { html: html.value };
  const text = await call<string>(office, (done) => item.body.getAsync(office.CoercionType.Text, done));
  if (text.ok && typeof text.value === 'string') return { text: text.value };
  return { error: text.ok ? 'empty body' : text.error };
}

/** Reads the open message into what `analyze` takes, with notices for whatever could not be read. */
export async function readItem(office: OfficeApi, item: Office.MessageRead): Promise<ReadResult> {
  const [head, body] = await Promise.all([readHeaders(office, item), readBody(office, item)]);
  const missing: MissingPart[] = [];
  const notices: Notice[] = [];
  if (head.notice) notices.push(head.notice);
  if (head.headers === undefined) missing.push('headers');
  if (body.error !== undefined) {
    missing.push('body');
    notices.push({ intent: 'warning', key: 'ui.notice.body-failed', params: { error: body.error } });
  }
  const input: MessageInput = {
    headers: head.headers ?? minimalHeaders(item),
    html: body.html,
    text: body.text,
    recipients: readerAddresses(office, item),
    missing,
  };
  const attachments = itemAttachments(item);
  if (attachments.length > 0) input.attachments = attachments;
  return { input, notices };
}
