/**
 * What the user gives the standalone page — pasted text, a chosen or dropped file, the bundled sample — as the
 * MessageInput the core analyses, or the notice that says why there is nothing to analyse. Files are read as bytes
 * (raw Shift_JIS / ISO-2022-JP headers survive: parseMessage decodes them); nothing is uploaded anywhere.
 */
import { looksLikeMail, parseMessage } from '../../core/parse-message';
import { withQrCodes } from '../../core/qr';
import type { Notice } from '../../ui/pane';
import { errorText } from '../../ui/error-text';
import type { Reading } from '../../ui/session';

/**
 * Larger files are refused: a real message with attachments is rarely over 25 MB (providers' sending limits).
 * @internal a test builds a file past it
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The sample shipped beside the page (webpack copies test/fixtures/kagoya-2021-12.eml there). */
const SAMPLE_URL = 'samples/kagoya-2021-12.eml';

/** A reading for the shared session (src/ui/session.ts): the page has no handle on a message beyond its input. */
export type ReadOutcome = Reading<never>;

/** The part of a File the page reads (tests and drops pass real Files; the type keeps the reader honest). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The part of `fetch` the sample needs. */
export type FetchBytes = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'arrayBuffer'>>;

/** OLE compound file signature: an Outlook .msg, which is not MIME (dragged out of classic Outlook, it is what you get). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** @internal */
export function isOutlookMsg(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Pasted text as a message: blank lines before the first header are dropped (copying from a dialog or a web page
 * often brings one, and a leading blank line would end the header block before it starts), as is a BOM.
 * Linear: one scan for the first line with a visible character.
 * @internal
 */
export function trimPasted(text: string): string {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineStart = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lineStart = i + 1;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
  }
  return text.slice(lineStart);
}

/** Pasted headers or a whole pasted message. */
export async function readPasted(text: string): Promise<ReadOutcome> {
  const trimmed = trimPasted(text);
  if (trimmed.trim() === '') return { notices: [{ intent: 'info', key: 'web.notice.empty' }] };
  const input = await parseMessage(trimmed);
  if (!looksLikeMail(input)) return { notices: [{ intent: 'warning', key: 'web.notice.not-mail' }] };
  if (input.html === undefined && input.text === undefined) {
    // Headers alone (what mail apps show as "headers"): the report must say links and wording were not checked.
    input.missing = [...new Set([...(input.missing ?? []), 'body' as const])];
    return { input, notices: [{ intent: 'info', key: 'web.notice.headers-only' }] };
  }
  // A pasted message with its images (base64 parts): QR codes in them are links too, read before the first draw.
  return { input: await withQrCodes(input), notices: [] };
}

/** Message bytes (a file or the sample): an .msg, a non-mail file and a read failure each get their own notice. */
async function readBytes(name: string, load: () => Promise<ArrayBuffer>, failKey: Notice['key']): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await load());
  } catch (error) {
    return { notices: [{ intent: 'error', key: failKey, params: { name, error: errorText(error) } }] };
  }
  if (isOutlookMsg(bytes)) return { notices: [{ intent: 'warning', key: 'web.notice.msg-file', params: { name } }] };
  const input = await parseMessage(bytes);
  if (!looksLikeMail(input))
    return { notices: [{ intent: 'warning', key: 'web.notice.not-mail-file', params: { name } }] };
  // The decoders are fetched only when the message has an image (core/qr), before the report is drawn.
  return { input: await withQrCodes(input), notices: [] };
}

/** The first of the files chosen or dropped; a notice says when others were left out. */
export async function readFiles(files: readonly FileLike[]): Promise<ReadOutcome> {
  const file = files[0];
  if (!file) return { notices: [{ intent: 'info', key: 'web.notice.empty' }] };
  if (file.size > MAX_FILE_BYTES) {
    return {
      notices: [
        {
          intent: 'warning',
          key: 'web.notice.too-large',
          params: { name: file.name, limit: MAX_FILE_BYTES / 1024 / 1024 },
        },
      ],
    };
  }
  const outcome = await readBytes(file.name, () => file.arrayBuffer(), 'web.notice.file-failed');
  if (files.length <= 1 || !outcome.input) return outcome;
  return {
    ...outcome,
    notices: [...outcome.notices, { intent: 'info', key: 'web.notice.first-file-only', params: { name: file.name } }],
  };
}

/** The KAGOYA phishing message, from the page's own origin. */
export async function readSample(fetchFn: FetchBytes, url: string = SAMPLE_URL): Promise<ReadOutcome> {
  const outcome = await readBytes(
    url,
    async () => {
      const response = await fetchFn(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    },
    'web.notice.sample-failed',
  );
  // The recipient's side of the sample was anonymised (example.co.jp, 203.0.113.25): say so before the reader takes
  // the warning about that documentation address for something the attacker did.
  if (!outcome.input) return outcome;
  return { ...outcome, notices: [...outcome.notices, { intent: 'info', key: 'web.notice.sample-anonymised' }] };
}
