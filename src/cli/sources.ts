/**
 * Turns the paths on the command line into a stream of messages (or errors naming what could not be read):
 * an .eml file, an mbox file (recognised by its first line, `From `, whatever its name), a folder walked
 * recursively for `*.eml` in sorted order, so two runs over the same folder print the same thing, or `-`: standard
 * input, read as a file is (one message, or an mbox by its first line), for `… | phish-inspector -`.
 * One message is held at a time; an mbox is streamed (see mbox.ts).
 */
// Synchronous calls only (no node:fs/promises): Node compiles that module and readline's with it at its first
// require, ≈ 5–15 ms of a one-message run's start-up (issue #19); each file is read synchronously anyway (readFile).
import {
  closeSync,
  createReadStream,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../i18n';
import { STDIN_PATH } from './args';
import { DEFAULT_MAX_MESSAGE_BYTES, MboxSplitter, splitMbox, startsLikeMbox, type MboxMessage } from './mbox';

/** Something that could not be read: the error line's key, with `source` among its parameters. */
interface ErrorItem {
  kind: 'error';
  source: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

/** A message to analyse; `file` is the file it came from (without the mbox `#n`), for progress. */
export type SourceItem = { kind: 'message'; source: string; file: string; bytes: Uint8Array } | ErrorItem;

export interface SourceOptions {
  /** A single message (an .eml, or one inside an mbox) larger than this is skipped with an error. */
  maxMessageBytes?: number;
  /** Read size for mbox streaming (default 1 MB); an mbox file no larger is read in one piece. */
  chunkBytes?: number;
  /** Standard input, opened only when a path is `-` (default: the process's; tests pass their own). */
  stdin?: () => AsyncIterable<Uint8Array>;
}

/** The first bytes of a file: enough to see whether it opens with an mbox envelope line (`From `). */
const HEAD_BYTES = 1024;

export async function* readSources(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield* readStdin((options.stdin ?? (() => process.stdin))(), options);
      continue;
    }
    const info = statOrError(path);
    if ('kind' in info) {
      yield info;
    } else if (info.isDirectory()) {
      let found = 0;
      for await (const entry of walkEml(path)) {
        found++;
        if (entry.kind === 'error') yield entry;
        else yield* readFile(entry.path, options);
      }
      if (found === 0) yield error(path, 'cli.error.no-messages');
    } else if (info.isFile()) {
      yield* readFile(path, options);
    } else {
      yield error(path, 'cli.error.not-a-file');
    }
  }
}

function error(source: string, key: MessageKey, params: Record<string, string | number> = {}): ErrorItem {
  return { kind: 'error', source, key, params: { source, ...params } };
}

/** A Node fs error, as the error line shows it: its code (ENOENT, EACCES …), which is what an admin searches for. */
function reason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

function fsError(source: string, err: unknown): ErrorItem {
  const code = reason(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return error(source, 'cli.error.not-found');
  return error(source, 'cli.error.unreadable', { reason: code });
}

function statOrError(path: string) {
  try {
    return statSync(path);
  } catch (err) {
    return fsError(path, err);
  }
}

type WalkEntry = { kind: 'file'; path: string } | ErrorItem;

/**
 * `*.eml` (any case: Windows saves `.EML`) under a folder, depth first, names sorted by code unit (not locale, so
 * the order is the same on every machine). Symbolic links to files are followed; to folders not, so a link loop
 * cannot walk forever.
 */
async function* walkEml(dir: string): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    yield fsError(dir, err);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walkEml(path);
      continue;
    }
    if (!entry.name.toLowerCase().endsWith('.eml')) continue;
    if (entry.isFile()) yield { kind: 'file', path };
    else if (entry.isSymbolicLink()) {
      const target = statOrError(path);
      if ('kind' in target) yield target;
      else if (target.isFile()) yield { kind: 'file', path };
    }
  }
}

/**
 * One file: an mbox is streamed message by message; anything else is one message, read whole (within the bound).
 * Read synchronously, through one open: a folder of small .eml files is mostly system calls, and each asynchronous
 * one is a round trip through Node's thread pool (twice as long as the parse, issue #19). One message is analysed
 * at a time anyway, so nothing waits on the blocked event loop.
 */
async function* readFile(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    yield fsError(path, err);
    return;
  }
  let item: SourceItem | MboxMessage[] | 'mbox';
  try {
    item = readOpened(fd, path, max, options.chunkBytes ?? CHUNK_BYTES);
  } catch (err) {
    item = fsError(path, err);
  } finally {
    closeSync(fd);
  }
  if (item === 'mbox') yield* readMbox(path, max, options.chunkBytes);
  else if (Array.isArray(item)) for (const message of item) yield mboxItem(path, message, max);
  else yield item;
}

/**
 * An open file's message, its error, or, when its first line says it is a mailbox, its messages or 'mbox' (then
 * streamed). A mailbox no larger than a streaming read (`chunk`) is read whole, as an .eml is, and split in one piece:
 * most saved messages that open with an envelope line hold one message (SpamAssassin's, a mail client's "save as"),
 * and streaming each cost an asynchronous open and a read buffer of `chunk` bytes (issue #19).
 */
function readOpened(fd: number, path: string, max: number, chunk: number): SourceItem | MboxMessage[] | 'mbox' {
  const size = fstatSync(fd).size;
  // The common case, a file no larger than a streaming read or the bound: read whole at once, its first bytes then
  // looked at in memory - one read where the head and the whole were two, and no second stat (readFileSync's) on
  // each of a folder's thousands of files (issue #19). The same bytes: a file that grew after the stat is read to
  // its stat size, as readFileSync does; one that shrank, to its end.
  if (size > 0 && size <= chunk && size <= max) {
    const whole = Buffer.allocUnsafe(size);
    let read = 0;
    for (let n = -1; n !== 0 && read < size; read += n) n = readSync(fd, whole, read, size - read, read);
    if (read === 0) return error(path, 'cli.error.empty');
    const bytes = read < size ? whole.subarray(0, read) : whole;
    if (startsLikeMbox(bytes.subarray(0, HEAD_BYTES))) {
      const splitter = new MboxSplitter({ maxMessageBytes: max });
      return [...splitter.push(bytes), ...splitter.end()];
    }
    return { kind: 'message', source: path, file: path, bytes };
  }
  const buffer = new Uint8Array(Math.min(HEAD_BYTES, Math.max(size, 1)));
  // Positioned: the file's offset stays at 0 for the whole read below.
  const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  if (head.length === 0) return error(path, 'cli.error.empty');
  if (startsLikeMbox(head)) {
    if (size > chunk) return 'mbox';
    // The splitter reads any cut of the stream alike (mbox.ts): one piece is the whole file.
    const splitter = new MboxSplitter({ maxMessageBytes: max });
    return [...splitter.push(readFileSync(fd)), ...splitter.end()];
  }
  if (size > max) return error(path, 'cli.error.too-large', { limit: megabytes(max) });
  return { kind: 'message', source: path, file: path, bytes: readFileSync(fd) };
}

/** Read size for mbox streaming. */
const CHUNK_BYTES = 1024 * 1024;

async function* readMbox(path: string, max: number, chunkBytes = CHUNK_BYTES): AsyncGenerator<SourceItem> {
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  try {
    yield* mboxMessages(path, stream, max);
  } catch (err) {
    yield fsError(path, err);
  } finally {
    stream.destroy();
  }
}

async function* mboxMessages(path: string, chunks: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<SourceItem> {
  for await (const message of splitMbox(chunks, { maxMessageBytes: max })) yield mboxItem(path, message, max);
}

/** A mailbox's message as an item: `file#n`, or its error when it was too large. */
function mboxItem(path: string, message: MboxMessage, max: number): SourceItem {
  const source = `${path}#${message.index}`;
  if (message.bytes) return { kind: 'message', source, file: path, bytes: message.bytes };
  return error(source, 'cli.error.too-large', { limit: megabytes(max) });
}

/**
 * Standard input, read as a file is: its first bytes decide mbox or one message. It cannot be read twice, so the
 * bytes read to decide are handed on in front of the rest. Over the size bound, the rest is still read (and
 * dropped), so the program writing into the pipe is not cut off with an error of its own.
 */
async function* readStdin(input: AsyncIterable<Uint8Array>, options: SourceOptions): AsyncGenerator<SourceItem> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const iterator = input[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let ended = false;
  try {
    while (headSize < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      headSize += next.value.length;
    }
  } catch (err) {
    yield fsError(STDIN_PATH, err);
    return;
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* head;
    while (!ended) {
      const next = await iterator.next();
      if (next.done) ended = true;
      else yield next.value;
    }
  }
  try {
    if (headSize === 0) {
      yield error(STDIN_PATH, 'cli.error.stdin-empty');
    } else if (startsLikeMbox(concat(head, Math.min(headSize, HEAD_BYTES)))) {
      yield* mboxMessages(STDIN_PATH, chunks(), max);
    } else {
      const parts: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of chunks()) {
        size += chunk.length;
        if (size <= max) parts.push(chunk);
        else parts.length = 0;
      }
      if (size > max) yield error(STDIN_PATH, 'cli.error.too-large', { limit: megabytes(max) });
      else yield { kind: 'message', source: STDIN_PATH, file: STDIN_PATH, bytes: concat(parts, size) };
    }
  } catch (err) {
    yield fsError(STDIN_PATH, err);
  }
}

/** The first `size` bytes of `parts`, as one array. */
function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    if (at >= size) break;
    const piece = part.subarray(0, size - at);
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
