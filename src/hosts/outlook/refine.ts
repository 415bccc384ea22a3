/**
 * The second look, for Outlook clients with Mailbox 1.14: after the checklist is drawn from the header block and the
 * body Outlook gives, the whole message (`item.getAsFileAsync`, Base64 of an .eml Exchange rebuilt) adds what those
 * two miss — the text part beside the HTML, parts Outlook's body leaves out, the attachments' bytes — and the
 * checklist is drawn once more.
 *
 * Rules (issue #14):
 * - Headers stay getAllInternetHeadersAsync's: Exchange rebuilds the .eml's header block, and its bytes can differ
 *   from what arrived (folding, encodings, dropped fields), while the trust model reads them byte for byte.
 * - The refinement only adds: a candidate replaces the first draw only when it keeps the verdict at least as severe
 *   and every fail/warn finding at least as severe (noLessComplete). The .eml's own parts are tried first, then
 *   Outlook's HTML with the .eml's text beside it, then the first draw with the .eml's attachments.
 * - Past MAX_WHOLE_MESSAGE_BYTES the .eml is not decoded (seconds of a blocked pane, for megabytes of attachment
 *   that no check reads yet): the checklist says so with the core's content.limit finding (code `whole-message-size`).
 * - A failing or missing getAsFileAsync says nothing: the first draw is already what every client gets and nothing
 *   on it is wrong; a notice the reader can do nothing about would only alarm.
 *
 * This module is a lazy chunk (taskpane.ts imports it after the first draw) and the MIME reader runs in a Web Worker
 * of its own bundle (whole-message.worker.ts): the first checklist's download stays within its budget, a message of
 * megabytes does not freeze the pane, and older clients fetch neither. Without Worker the first draw simply stays.
 */
import type { Report, Status } from '../../core/report';
import type { AttachmentInfo, MessageInput } from '../../core/types';
import { withEntityNames } from '../../core/parse/entity-names';
import { call, canGetWholeMessage, type OfficeApi } from './read-item';
import type { Notice } from '../../ui/pane';

/** How long the worker may take before the first draw is left as it is (a 10 MB message takes about a second). */
export const WORKER_TIMEOUT_MS = 30_000;

/** The .eml size above which it is not decoded; said as content.limit. Real lures are far smaller. */
export const MAX_WHOLE_MESSAGE_BYTES = 10 * 1024 * 1024;

/** The limit code (MessageInput.limits) for a message over the cap: `whole-message-size:<cap>:<bytes>`. */
export const WHOLE_MESSAGE_LIMIT = 'whole-message-size';

export type WholeMessage = { base64: string } | { tooLarge: number };

/** The .eml's size from its Base64 length (4 characters per 3 bytes), without decoding it. */
export function base64Size(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((base64.length * 3) / 4) - padding);
}

/** Asks Outlook for the whole message. Undefined when it fails or gives nothing: the first draw stays, silently. */
export async function fetchWholeMessage(
  office: OfficeApi,
  item: Office.MessageRead,
): Promise<WholeMessage | undefined> {
  const result = await call<string>(office, (done) => item.getAsFileAsync(done));
  if (!result.ok || typeof result.value !== 'string' || result.value.length === 0) return undefined;
  const size = base64Size(result.value);
  return size > MAX_WHOLE_MESSAGE_BYTES ? { tooLarge: size } : { base64: result.value };
}

/** The .eml read in a Web Worker (whole-message.worker.ts); undefined when it cannot be (no Worker, an error, too slow). */
export function readInWorker(base64: string): Promise<MessageInput | undefined> {
  return new Promise((resolve) => {
    if (typeof Worker !== 'function') return resolve(undefined);
    let worker: Worker;
    try {
      worker = new Worker(
        /* webpackChunkName: "whole-message-worker" */ new URL('./whole-message.worker.ts', import.meta.url),
      );
    } catch {
      return resolve(undefined); // refused (a CSP without this origin for workers) or unsupported
    }
    const timer = setTimeout(() => finish(undefined), WORKER_TIMEOUT_MS);
    function finish(input: MessageInput | undefined): void {
      clearTimeout(timer);
      worker.terminate();
      resolve(input);
    }
    worker.onmessage = (event: MessageEvent<unknown>) => finish(isInput(event.data) ? event.data : undefined);
    worker.onerror = () => finish(undefined);
    worker.postMessage(base64);
  });
}

function isInput(value: unknown): value is MessageInput {
  return !!value && typeof value === 'object' && typeof (value as MessageInput).headers === 'string';
}

/** The first draw's input with the cap said (content.limit): nothing else of it changes. */
export function withSizeLimit(first: MessageInput, size: number): MessageInput {
  return { ...first, limits: [...(first.limits ?? []), `${WHOLE_MESSAGE_LIMIT}:${MAX_WHOLE_MESSAGE_BYTES}:${size}`] };
}

/**
 * The .eml's attachments, then any the item listed that the .eml did not carry (a cloud attachment is no MIME
 * part): the list never shrinks.
 */
function mergeAttachments(eml: AttachmentInfo[] = [], listed: AttachmentInfo[] = []): AttachmentInfo[] | undefined {
  const names = new Set(eml.map((a) => a.filename));
  const merged = [...eml, ...listed.filter((a) => !names.has(a.filename))];
  return merged.length > 0 ? merged : undefined;
}

/**
 * Inputs to try, most complete first (see the rules above). Headers, recipients and what Outlook could not give
 * stay the first draw's; the body counts as read once the .eml's body was.
 */
export function refinedInputs(first: MessageInput, eml: MessageInput): MessageInput[] {
  const attachments = mergeAttachments(eml.attachments, first.attachments);
  const base: MessageInput = { ...first };
  if (attachments) base.attachments = attachments;
  if (eml.qr) base.qr = eml.qr; // the QR codes of its images (whole-message.ts): links the first draw could not see
  const emlBody = !(eml.missing ?? []).includes('body') && (eml.html !== undefined || eml.text !== undefined);
  if (!emlBody) return [base];
  const withBody = (html: string | undefined, text: string | undefined): MessageInput => {
    const out: MessageInput = { ...base, missing: (first.missing ?? []).filter((m) => m !== 'body') };
    if (html !== undefined) out.html = html;
    else delete out.html;
    if (text !== undefined) out.text = text;
    else delete out.text;
    if ((eml.limits ?? []).includes('body-truncated'))
      out.limits = [...new Set([...(first.limits ?? []), 'body-truncated'])];
    return out;
  };
  return [
    withBody(eml.html ?? first.html, eml.text ?? first.text),
    withBody(first.html ?? eml.html, first.text ?? eml.text),
    base,
  ];
}

const VERDICT_RANK: Record<Report['verdict'], number> = { 'no-red-flags': 0, suspicious: 1, 'likely-phishing': 2 };
const STATUS_RANK: Record<Status, number> = { info: 0, pass: 0, warn: 1, fail: 2 };

/**
 * Whether `after` says at least what `before` said: a verdict at least as severe, and every fail/warn finding still
 * there at least as severe. Info findings may go (content.body-missing goes once the body is read).
 */
export function noLessComplete(before: Report, after: Report): boolean {
  if (VERDICT_RANK[after.verdict] < VERDICT_RANK[before.verdict]) return false;
  const worst = new Map<string, number>();
  for (const f of after.findings) worst.set(f.id, Math.max(worst.get(f.id) ?? 0, STATUS_RANK[f.status] ?? 0));
  return before.findings.every(
    (f) => (STATUS_RANK[f.status] ?? 0) === 0 || (worst.get(f.id) ?? 0) >= STATUS_RANK[f.status],
  );
}

/** What the pane drew first, and what the refinement may replace it with. */
export interface Reading {
  input: MessageInput;
  notices: Notice[];
}

export interface RefineOptions {
  office: OfficeApi;
  item: Office.MessageRead;
  first: Reading;
  /** The .eml's reader: a Web Worker by default; tests in Node hand in whole-message.ts's, run in place. */
  readWhole?: (base64: string) => Promise<MessageInput | undefined>;
  /** Analyses an input with the options the checklist on screen was drawn with. */
  judge: (input: MessageInput) => Report;
  /** False once the reader has moved to another message: nothing more is decoded or analysed for this one. */
  current: () => boolean;
}

/**
 * The whole-message reading of the item, or undefined when there is none to draw: the call failed or is not there,
 * the .eml is unreadable, the reader moved on, or no candidate says at least what the first draw said. Never throws.
 */
export async function refineReading(options: RefineOptions): Promise<Reading | undefined> {
  const { first, judge, current } = options;
  if (!canGetWholeMessage(options.office, options.item)) return undefined;
  const whole = await fetchWholeMessage(options.office, options.item);
  if (!whole || !current()) return undefined;
  let candidates: MessageInput[];
  if ('tooLarge' in whole) {
    candidates = [withSizeLimit(first.input, whole.tooLarge)];
  } else {
    let eml: MessageInput | undefined;
    try {
      eml = await (options.readWhole ?? readInWorker)(whole.base64);
    } catch {
      eml = undefined; // the reader failed against its contract
    }
    if (!eml || !current()) return undefined;
    candidates = refinedInputs(first.input, eml);
  }
  // The .eml's HTML (and its attachments') may name characters the first reading did not: the decoder learns them.
  for (const candidate of candidates) await withEntityNames(candidate);
  if (!current()) return undefined;
  try {
    const before = judge(first.input);
    const input = candidates.find((candidate) => noLessComplete(before, judge(candidate)));
    return input ? { input, notices: refinedNotices(first.notices, input) } : undefined;
  } catch {
    return undefined; // analyze never throws by contract; if it does, the first draw stays
  }
}

/** The first draw's notices, less the one about an unreadable body once the .eml gave it. */
export function refinedNotices(notices: Notice[], input: MessageInput): Notice[] {
  if ((input.missing ?? []).includes('body')) return notices;
  return notices.filter((n) => n.key !== 'ui.notice.body-failed');
}
