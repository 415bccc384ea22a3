/**
 * Splits an mbox file into messages while it streams in, so a mailbox of any size is read in constant memory:
 * only the message being collected (bounded) and one chunk are held at a time.
 *
 * The format (RFC 4155, "mboxrd" as Thunderbird, Postfix `local` and Gmail Takeout write it): each message starts
 * with an envelope line `From sender date` at a line start and ends with a blank line; a body line that itself began
 * with `From ` was written as `>From `, and one already quoted as `>>From ` (mboxrd) — so one `>` comes off any
 * `>…>From ` line. Lines may end in CRLF (mailboxes copied from Windows): a `From ` after `\r\n` is still at a line start.
 * Bytes are kept as bytes: mbox holds raw 8-bit mail (Shift_JIS, Latin-1) that must reach the parser unchanged.
 */

/** One message out of the mailbox, numbered from 1 in file order (too-large ones keep their number). */
export interface MboxMessage {
  index: number;
  /** The raw message, envelope line removed and `>From ` unescaped; absent when too large. */
  bytes?: Uint8Array;
  /** Set instead of bytes when the message exceeded the limit: its size, counted without keeping it. */
  tooLarge?: { size: number };
}

export interface SplitOptions {
  /** A single message larger than this is skipped with `tooLarge` (default 50 MB). */
  maxMessageBytes?: number;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_SPACE = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
/** A `>` run longer than this is not an escaped From line; bounds what is carried between chunks. */
const MAX_QUOTES = 1000;

type LineKind = 'envelope' | 'escaped' | 'ordinary' | 'undecided';

/** An mbox starts with an envelope line; anything else (an .eml) does not. */
export function startsLikeMbox(head: Uint8Array): boolean {
  return classifyLine(head, 0) === 'envelope';
}

/** What the line starting at `pos` is, from its first bytes; 'undecided' when the chunk ends too early to tell. */
function classifyLine(buf: Uint8Array, pos: number): LineKind {
  let i = pos;
  while (i < buf.length && buf[i] === GT && i - pos < MAX_QUOTES) i++;
  if (i - pos >= MAX_QUOTES) return 'ordinary';
  for (let k = 0; k < FROM_SPACE.length; k++) {
    if (i + k >= buf.length) return 'undecided';
    if (buf[i + k] !== FROM_SPACE[k]) return 'ordinary';
  }
  return i > pos ? 'escaped' : 'envelope';
}

/**
 * Push-based splitter: feed chunks, collect finished messages. `splitMbox` wraps it for async iteration; a small
 * mailbox read whole is one chunk (sources.ts). Works line by line but copies runs of ordinary lines at once; only
 * the few bytes of a line start that a chunk boundary cut (at most MAX_QUOTES + 5) are carried to the next chunk.
 */
export class MboxSplitter {
  private readonly max: number;
  private index = 0;
  /** The message being collected; undefined before the first envelope line. */
  private parts: Uint8Array[] | undefined;
  private size = 0;
  private overflow = false;
  /** The undecided start of a line cut by the chunk boundary. */
  private carry: Uint8Array | undefined;
  /** The previous chunk ended inside a line (already classified). */
  private midLine = false;
  /** ... and that line is an envelope line, to be dropped. */
  private inEnvelope = false;

  constructor(options: SplitOptions = {}) {
    this.max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  }

  push(input: Uint8Array): MboxMessage[] {
    const out: MboxMessage[] = [];
    const chunk = this.carry ? concat([this.carry, input], this.carry.length + input.length) : input;
    this.carry = undefined;
    let pos = 0;
    let runStart = 0;
    if (this.midLine) {
      const nl = chunk.indexOf(LF);
      const end = nl === -1 ? chunk.length : nl + 1;
      if (this.inEnvelope) runStart = end;
      if (nl === -1) {
        if (!this.inEnvelope) this.append(chunk);
        return out;
      }
      this.midLine = false;
      this.inEnvelope = false;
      pos = end;
    }
    while (pos < chunk.length) {
      const kind = classifyLine(chunk, pos);
      if (kind === 'undecided') {
        this.append(chunk.subarray(runStart, pos));
        this.carry = chunk.slice(pos);
        return out;
      }
      const nl = chunk.indexOf(LF, pos);
      const end = nl === -1 ? chunk.length : nl + 1;
      if (kind === 'envelope') {
        this.append(chunk.subarray(runStart, pos));
        const done = this.finish();
        if (done) out.push(done);
        this.parts = [];
        runStart = end;
        this.inEnvelope = nl === -1;
      } else if (kind === 'escaped') {
        this.append(chunk.subarray(runStart, pos));
        runStart = pos + 1; // drop one '>'
      }
      if (nl === -1) {
        this.midLine = true;
        break;
      }
      pos = end;
    }
    this.append(chunk.subarray(runStart));
    return out;
  }

  /** The end of the stream: a cut line start is ordinary text, and the last message is complete. */
  end(): MboxMessage[] {
    if (this.carry) this.append(this.carry);
    this.carry = undefined;
    const done = this.finish();
    return done ? [done] : [];
  }

  private append(piece: Uint8Array): void {
    if (piece.length === 0 || !this.parts) return;
    this.size += piece.length;
    if (this.overflow) return;
    if (this.size > this.max) {
      // Over the bound: drop what was kept and only count from here on.
      this.overflow = true;
      this.parts = [];
      return;
    }
    this.parts.push(piece);
  }

  private finish(): MboxMessage | undefined {
    if (!this.parts) return undefined;
    this.index++;
    const message: MboxMessage = this.overflow
      ? { index: this.index, tooLarge: { size: this.size } }
      : { index: this.index, bytes: withoutSeparator(concat(this.parts, this.size)) };
    this.parts = undefined;
    this.size = 0;
    this.overflow = false;
    return message;
  }
}

/** Streams messages out of an mbox given as chunks (e.g. a file ReadStream), pulling the next chunk only when needed. */
export async function* splitMbox(
  chunks: AsyncIterable<Uint8Array>,
  options: SplitOptions = {},
): AsyncGenerator<MboxMessage> {
  const splitter = new MboxSplitter(options);
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The blank line that precedes the next envelope line separates messages; it is not part of the message. */
function withoutSeparator(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  if (n >= 4 && bytes[n - 4] === CR && bytes[n - 3] === LF && bytes[n - 2] === CR && bytes[n - 1] === LF) {
    return bytes.subarray(0, n - 2);
  }
  if (n >= 2 && bytes[n - 2] === LF && bytes[n - 1] === LF) return bytes.subarray(0, n - 1);
  return bytes;
}
