/**
 * A message's raw source from Thunderbird, as bytes. `messages.getRaw` gives the message as Thunderbird stored it:
 * the local mail store puts its own bookkeeping fields (X-Mozilla-Status, X-Mozilla-Status2, X-Mozilla-Keys) on
 * top of the header block, and an mbox store may keep the `From - <date>` separator line. Neither was written by
 * any mail server: shown as evidence they would mislead, so they are cut before the core sees the message.
 */
import type { Messenger, TbRawMessage } from './messenger-api';

/** The fields Thunderbird's local store adds to every stored message (mailnews/base: X_MOZILLA_STATUS …). */
const STORE_FIELDS = ['x-mozilla-status:', 'x-mozilla-status2:', 'x-mozilla-keys:'];
/** Longest field name we compare, plus slack: a line is only lower-cased this far. */
const NAME_PREFIX = 24;

export interface RawMessage {
  bytes: Uint8Array;
  /** How many header lines (fields, their continuations and an mbox separator) were cut. */
  strippedLines: number;
}

/**
 * Reads a message's source as bytes. The File's `arrayBuffer()` keeps every byte, so Shift_JIS, EUC-JP and
 * ISO-2022-JP headers reach the core's own decoder intact (`text()` would turn them into U+FFFD first).
 */
export async function readRawMessage(api: Messenger, messageId: number): Promise<RawMessage> {
  const raw = await api.messages.getRaw(messageId, { data_format: 'File' });
  return stripStoreLines(await rawToBytes(raw));
}

/** A File (MV3 default) or a "binary string" (one char per byte, MV2's historic default) as bytes. @internal */
export async function rawToBytes(raw: TbRawMessage): Promise<Uint8Array> {
  if (typeof raw !== 'string') return new Uint8Array(await raw.arrayBuffer());
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i) & 0xff;
  return bytes;
}

/**
 * The message without Thunderbird's store fields and a leading mbox `From ` line. Only the header block is read
 * (up to the first empty line); the body is kept byte for byte. One pass, linear in the header size.
 * @internal
 */
export function stripStoreLines(bytes: Uint8Array): RawMessage {
  const keep: Uint8Array[] = [];
  let strippedLines = 0;
  let pos = 0;
  let skipping = false;
  let keptFrom = 0;
  while (pos < bytes.length) {
    const lf = bytes.indexOf(0x0a, pos);
    const end = lf === -1 ? bytes.length : lf + 1;
    if (isBlankLine(bytes, pos, end)) break; // the header block ends; the rest is copied whole below
    const continuation = bytes[pos] === 0x20 || bytes[pos] === 0x09;
    const drop: boolean = continuation
      ? skipping
      : (pos === 0 && startsWithMboxFrom(bytes)) || isStoreField(bytes, pos, end);
    if (!continuation) skipping = drop;
    if (drop) {
      if (pos > keptFrom) keep.push(bytes.subarray(keptFrom, pos));
      keptFrom = end;
      strippedLines++;
    }
    pos = end;
  }
  if (strippedLines === 0) return { bytes, strippedLines };
  keep.push(bytes.subarray(keptFrom));
  return { bytes: concat(keep), strippedLines };
}

function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  return (
    (length === 1 && bytes[start] === 0x0a) || (length === 2 && bytes[start] === 0x0d && bytes[start + 1] === 0x0a)
  );
}

/** RFC 4155's separator, `From ` + sender + date: a space before any colon, so never a header field. */
function startsWithMboxFrom(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 5 &&
    bytes[0] === 0x46 &&
    bytes[1] === 0x72 &&
    bytes[2] === 0x6f &&
    bytes[3] === 0x6d &&
    bytes[4] === 0x20
  );
}

function isStoreField(bytes: Uint8Array, start: number, end: number): boolean {
  if (bytes[start] !== 0x58 && bytes[start] !== 0x78) return false; // 'X' / 'x': most lines leave here
  let name = '';
  for (let i = start; i < end && i < start + NAME_PREFIX; i++) {
    const byte = bytes[i]!;
    name += String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
  }
  return STORE_FIELDS.some((field) => name.startsWith(field));
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
