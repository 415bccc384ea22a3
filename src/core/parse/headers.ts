/**
 * The header block, split and unfolded by our own code: from text (what Outlook's getAllInternetHeadersAsync and a
 * pasted block give) and from raw bytes (an .eml file), where each field is decoded on its own because real mail
 * carries raw Shift_JIS, EUC-JP, ISO-2022-JP and Latin-1 bytes in headers that a whole-block UTF-8 decode would turn
 * into U+FFFD. Encoded words (RFC 2047) are decoded with postal-mime's helper.
 *
 * Every input here is attacker-controlled: work is linear (indexOf loops, arrays joined once), sizes are capped, and
 * nothing throws.
 */
import { decodeWords } from 'postal-mime';
import type { HeaderField, MessageInput, ParseProblem } from '../types';
import { mendEncodedWordLabels } from './charset-labels';

/** A header block past this many characters (bytes, for raw input) is cut: real blocks are a few tens of KB. */
const MAX_HEADER_BLOCK = 4 * 1024 * 1024;
/**
 * Fields kept at most: a relay loop of 10,000 Received lines is still read; past this the rest is cut.
 * @internal a test builds a header block past it
 */
export const MAX_HEADER_FIELDS = 20_000;
/** Skipped lines reported one by one; past this one summary problem says how many more. */
const MAX_SKIP_REPORTS = 20;
/** Characters of a skipped line kept as evidence. */
const MAX_PROBLEM_VALUE = 200;

export interface HeaderBlock {
  headers: HeaderField[];
  problems: ParseProblem[];
}

/**
 * The fields `text` (joined from them by joinHeaderFields: each field one `Name: value` line, so it reads back as the
 * same fields, less their `charset`) is made of, to carry in MessageInput.headerFields; none when there are none, or
 * when re-reading the text would cut it.
 */
export function splitOf(text: string, fields: HeaderField[]): MessageInput['headerFields'] {
  return fields.length === 0 || text.length > MAX_HEADER_BLOCK ? undefined : { text, fields };
}

/**
 * readHeaderBlock(input.headers), without splitting the string again when parseMessage carried the fields it was
 * joined from and it is still that string: that second split was about a twentieth of analyze() for a typical message.
 */
export function headerBlockOf(input: Pick<MessageInput, 'headers' | 'headerFields'>): HeaderBlock {
  const kept = input.headerFields;
  if (kept && kept.text === input.headers && Array.isArray(kept.fields)) {
    return { headers: kept.fields.map(({ name, key, value, index }) => ({ name, key, value, index })), problems: [] };
  }
  return readHeaderBlock(input.headers ?? '');
}

/** Split a header block given as text; the fields only (see `readHeaderBlock` for the problems met). */
export function splitHeaderBlock(text: string): HeaderField[] {
  return readHeaderBlock(text).headers;
}

/**
 * Split and unfold a header block given as text (CRLF or LF), keeping order and repeats.
 * - A leading BOM (Windows tools save .eml/.txt with one) and a leading mbox `From ` line are dropped.
 * - Leading empty lines are dropped (a pasted block often starts with one); after that the first empty line ends it.
 * - A continuation line (starts with SP/HT) joins the field above with one space (RFC 5322 §2.2.3 unfolding).
 * - A line that is neither a field (`name:`) nor a continuation is skipped and reported, with any continuations of it.
 * @internal
 */
export function readHeaderBlock(text: string): HeaderBlock {
  return readFields(typeof text === 'string' ? text : '', (s) => ({ text: s }));
}

type Decode = (raw: string) => { text: string; charset?: string };

/**
 * The core of both splitters. `decode` turns a field's unfolded value into text: identity for text input; for raw
 * input the value is a "binary string" (one char per byte) decoded by charset detection.
 */
function readFields(input: string, decode: Decode): HeaderBlock {
  const headers: HeaderField[] = [];
  const problems: ParseProblem[] = [];
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_HEADER_BLOCK) {
    text = cutAtLine(text, MAX_HEADER_BLOCK);
    problems.push({
      code: 'headers-truncated',
      where: 'header block',
      value: `more than ${MAX_HEADER_BLOCK} characters`,
    });
  }

  let parts: string[] | undefined; // the field being built: [name, value, ' ', continuation, …]
  let skipping = false; // inside a skipped line's continuations
  let skipped = 0;
  let truncated = false;
  let mboxLine = false;
  let lineNo = 0;
  let pos = 0;
  const flush = (): void => {
    if (!parts) return;
    const name = parts[0] as string;
    const raw = parts.slice(1).join('');
    parts = undefined;
    if (headers.length >= MAX_HEADER_FIELDS) {
      truncated = true;
      return;
    }
    const { text: value, charset } = decode(raw);
    const field: HeaderField = { name, key: name.toLowerCase(), value: trimWsp(value), index: headers.length };
    if (charset) field.charset = charset;
    headers.push(field);
  };
  const skip = (line: string): void => {
    if (skipped < MAX_SKIP_REPORTS) {
      const value = decode(line.slice(0, MAX_PROBLEM_VALUE)).text;
      problems.push({ code: 'header-line-skipped', where: `line ${lineNo}`, value });
    }
    skipped++;
  };

  while (pos < text.length && !truncated) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 0x0d ? text.slice(pos, end - 1) : text.slice(pos, end);
    pos = end + 1;
    lineNo++;

    if (line.length === 0) {
      if (headers.length === 0 && !parts && !skipped) continue; // leading empty lines of a pasted block
      break; // the empty line that ends the header block
    }
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (parts) parts.push(' ', trimWsp(line, 'start'));
      else if (!skipping) skip(line);
      continue;
    }
    flush();
    const name = fieldName(line);
    if (name === undefined) {
      // mbox separator: `From sender@example.com Sun Dec 19 20:47:55 2021` (but `From : x` is an obsolete field)
      if (headers.length === 0 && !skipped && !mboxLine && line.startsWith('From ')) {
        mboxLine = true;
        continue;
      }
      skipping = true;
      skip(line);
      continue;
    }
    skipping = false;
    parts = [name, line.slice(line.indexOf(':') + 1)];
  }
  flush();
  if (truncated) {
    problems.push({ code: 'headers-truncated', where: 'header block', value: `more than ${MAX_HEADER_FIELDS} fields` });
  }
  if (skipped > MAX_SKIP_REPORTS) {
    problems.push({
      code: 'header-line-skipped',
      where: 'header block',
      value: `${skipped - MAX_SKIP_REPORTS} more lines`,
    });
  }
  return { headers, problems };
}

/**
 * The field name of a line, or undefined when the line is not a field. RFC 5322 allows any printable ASCII; real
 * names are tokens starting with a letter (RFC 7230 tchar), and holding to that keeps binary junk and prose from
 * reading as fields: `This is a multi-part message in MIME format.` has no colon, `Dear customer: …` a space.
 * Obsolete syntax allows WSP before the colon (`Received : from …`), which is trimmed.
 */
function fieldName(line: string): string | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  const name = trimWsp(line.slice(0, colon), 'end');
  if (!name || !isAsciiLetter(name.charCodeAt(0))) return undefined;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isAsciiAlnum(c) && "!#$%&'*+-.^_`|~".indexOf(name[i] as string) < 0) return undefined;
  }
  return name;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || isAsciiLetter(c);

/** Cut text at the last line break before `max` (or at `max` when a single line is longer). */
function cutAtLine(text: string, max: number): string {
  const nl = text.lastIndexOf('\n', max);
  return text.slice(0, nl > 0 ? nl : max);
}

/** Trim SP, HT and CR (String.trim would also eat U+FEFF and NBSP, which are content an attacker chose). */
function trimWsp(s: string, side: 'both' | 'start' | 'end' = 'both'): string {
  let a = 0;
  let b = s.length;
  const ws = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d;
  if (side !== 'end') while (a < b && ws(s.charCodeAt(a))) a++;
  if (side !== 'start') while (b > a && ws(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export interface HeaderBytes {
  headers: HeaderField[];
  /** The original header block bytes (without the empty line), so nothing the splitter decoded is lost. */
  headerBytes: Uint8Array;
  /** Where the body starts (after the empty line); = length when there is no body. */
  bodyOffset: number;
  problems: ParseProblem[];
}

/**
 * Split a raw message's header block off and decode each field from its bytes. The block ends at the first empty
 * line (CRLF CRLF, LF LF, or a mix — files edited on Unix and Windows have both); without one, all of it is header.
 */
export function splitHeaderBytes(bytes: Uint8Array): HeaderBytes {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(0);
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0; // UTF-8 BOM from Windows tools
  const { headerEnd, bodyOffset } = findHeaderEnd(data, start);
  const headerBytes = data.subarray(start, headerEnd);
  const problems: ParseProblem[] = [];
  let block = headerBytes;
  if (block.length > MAX_HEADER_BLOCK) {
    const nl = block.lastIndexOf(0x0a, MAX_HEADER_BLOCK);
    block = block.subarray(0, nl > 0 ? nl : MAX_HEADER_BLOCK);
    problems.push({ code: 'headers-truncated', where: 'header block', value: `more than ${MAX_HEADER_BLOCK} bytes` });
  }
  const read = readFields(binaryString(block), decodeFieldBinary);
  return { headers: read.headers, headerBytes, bodyOffset, problems: problems.concat(read.problems) };
}

/** End of the header block and start of the body. A block that starts with an empty line is empty (RFC 5322 §2.1). */
function findHeaderEnd(data: Uint8Array, start: number): { headerEnd: number; bodyOffset: number } {
  if (data[start] === 0x0a) return { headerEnd: start, bodyOffset: start + 1 };
  if (data[start] === 0x0d && data[start + 1] === 0x0a) return { headerEnd: start, bodyOffset: start + 2 };
  let i = data.indexOf(0x0a, start);
  while (i >= 0) {
    if (data[i + 1] === 0x0a) return { headerEnd: i + 1, bodyOffset: i + 2 };
    if (data[i + 1] === 0x0d && data[i + 2] === 0x0a) return { headerEnd: i + 1, bodyOffset: i + 3 };
    i = data.indexOf(0x0a, i + 1);
  }
  return { headerEnd: data.length, bodyOffset: data.length };
}

const ASCII = new TextDecoder();

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

/** Bytes as a string of one char per byte, so the text splitter can work on raw headers unchanged. */
function binaryString(bytes: Uint8Array): string {
  // Pure ASCII (most header blocks) reads the same through the native UTF-8 decoder, in one call and a third the time.
  if (!hasHighByte(bytes)) return ASCII.decode(bytes);
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]));
  }
  return chunks.join('');
}

function binaryBytes(binary: string): Uint8Array {
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** 7-bit without ESC: nothing to detect. */
function isPlainAscii(binary: string): boolean {
  for (let i = 0; i < binary.length; i++) {
    const c = binary.charCodeAt(i);
    if (c > 0x7f || c === 0x1b) return false;
  }
  return true;
}

function decodeFieldBinary(binary: string): { text: string; charset?: string } {
  if (isPlainAscii(binary)) return { text: binary };
  return decodeHeaderBytes(binaryBytes(binary));
}

const decoders = new Map<string, TextDecoder | null>();

function fatalDecode(label: string, bytes: Uint8Array): string | undefined {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label, { fatal: true });
    } catch {
      decoder = null; // a runtime built without this encoding
    }
    decoders.set(label, decoder);
  }
  if (!decoder) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decode one field's bytes. Valid UTF-8 is taken as is (charset unset). Raw ISO-2022-JP is 7-bit and valid UTF-8,
 * so its escape sequences are looked for first. Otherwise Shift_JIS, EUC-JP and windows-1252 are tried (fatal) and
 * the most plausible reading wins; windows-1252 never fails, so something always comes out.
 * @internal
 */
export function decodeHeaderBytes(bytes: Uint8Array): { text: string; charset?: string } {
  if (hasIso2022JpEscape(bytes)) {
    const text = fatalDecode('iso-2022-jp', bytes);
    if (text !== undefined) return { text, charset: 'iso-2022-jp' };
  }
  const utf8 = fatalDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8 };
  let best: { text: string; charset: string; score: number } | undefined;
  for (const charset of ['shift_jis', 'euc-jp', 'windows-1252']) {
    const text = fatalDecode(charset, bytes);
    if (text === undefined) continue;
    const score = charset === 'windows-1252' ? latinScore(text) : japaneseScore(text);
    if (!best || score > best.score) best = { text, charset, score };
  }
  if (best) return { text: best.text, charset: best.charset };
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' }; // no windows-1252 in this runtime
}

/** ESC $ B, ESC $ @ (JIS X 0208) or ESC ( J / ESC ( I (JIS X 0201): the designations ISO-2022-JP mail uses. */
function hasIso2022JpEscape(bytes: Uint8Array): boolean {
  let i = bytes.indexOf(0x1b);
  while (i >= 0 && i + 2 < bytes.length) {
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    if ((a === 0x24 && (b === 0x42 || b === 0x40)) || (a === 0x28 && (b === 0x4a || b === 0x49))) return true;
    i = bytes.indexOf(0x1b, i + 1);
  }
  return false;
}

/**
 * How much a reading looks like Japanese text, in points per byte it used: kana, kanji, CJK punctuation and
 * full-width forms score 2 (one char from two bytes). Half-width katakana scores -1: it is what Latin-1 bytes
 * 0xA1–0xDF become when read as Shift_JIS (`£5` → `｣5`). A lone Japanese char touching an ASCII letter scores 0:
 * it is how Latin `ç` + `a` reads as Shift_JIS (`seguranç` + `a_` → `seguran軋_`); real Japanese comes in runs.
 * Ties go to Shift_JIS (`Taro様` reads as `Taro—l` in windows-1252, which scores nothing).
 */
function japaneseScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xff61 && c <= 0xff9f) score -= 1;
    else if (isJapanese(c)) {
      const p = text.charCodeAt(i - 1);
      const n = text.charCodeAt(i + 1);
      const lone = !isJapanese(p) && !isJapanese(n) && (isAsciiAlnum(p) || isAsciiAlnum(n));
      score += lone ? 0 : 2;
    } else score -= 2; // symbols, Cyrillic, Greek, PUA from the JIS tables: rare in real headers
  }
  return score;
}

function isJapanese(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xff01 && c <= 0xff5e) //    full-width ASCII forms
  );
}

/**
 * How much a windows-1252 reading looks like Latin text. Latin text is ASCII letters with an accented one here and
 * there: a letter in a run of at most two non-ASCII chars scores 2 per byte (`Café`, `seguranç`, `ção`), a printable
 * Latin-1 sign 1 (`£5.00`, `©`), the 0x80–0x9F punctuation (`‚ „ … “ ”`) 0 — what Shift_JIS lead bytes read as.
 * A longer run of non-ASCII scores -1 a char: it is how EUC-JP (every byte 0xA1–0xFE) reads as Latin-1
 * (`楽天カード` → `³ÚÅ·¥«¡¼¥É`). C1 controls, undefined in windows-1252, score -2.
 */
function latinScore(text: string): number {
  let score = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c < 0xa0) score -= 2;
      else if (end - i > 2) score -= 1;
      else if (isLatinLetter(c)) score += 2;
      else if (c <= 0xff) score += 1;
    }
    i = end;
  }
  return score;
}

function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** postal-mime's encoded-word grammar (decode-strings.ts), used only to find safe places to cut a long value. */
const ENCODED_WORD = /=\?[^?\s]+\?[QqBb]\?[^?]*\?=/g;
/** decodeWords joins adjacent B words by growing a string it re-tests each time: quadratic past a few thousand. */
const DECODE_CHUNK = 8192;

/**
 * Decode RFC 2047 encoded words (`=?ISO-2022-JP?B?…?=`, `=?utf-8?Q?…?=`, Shift_JIS, EUC-JP …), joining adjacent
 * words (a multi-byte char split across two). Never throws: on any failure the raw value comes back. A value longer
 * than DECODE_CHUNK is decoded in pieces cut between encoded words, so time stays linear.
 */
export function decodeEncodedWords(raw: string): string {
  if (typeof raw !== 'string' || raw.indexOf('=?') < 0) return typeof raw === 'string' ? raw : '';
  // Python's and Windows' charset names (`eucgb2312_cn`, `cp936`) read as the charset they mean: charset-labels.ts.
  const value = mendEncodedWordLabels(raw);
  try {
    if (value.length <= DECODE_CHUNK) return decodeWords(value);
    const out: string[] = [];
    let chunkStart = 0;
    let lastEnd = -1;
    ENCODED_WORD.lastIndex = 0;
    for (let m = ENCODED_WORD.exec(value); m; m = ENCODED_WORD.exec(value)) {
      if (m.index - chunkStart >= DECODE_CHUNK && lastEnd > chunkStart) {
        // Whitespace between two encoded words is folding, not content (RFC 2047 §6.2): drop it at the cut too.
        const gap = value.slice(lastEnd, m.index);
        const cut = trimWsp(gap.replace(/[\r\n]/g, '')) === '' ? lastEnd : m.index;
        out.push(decodeWords(value.slice(chunkStart, cut)));
        chunkStart = m.index;
      }
      lastEnd = m.index + m[0].length;
    }
    out.push(decodeWords(value.slice(chunkStart)));
    return out.join('');
  } catch {
    return raw;
  }
}

/** All values of a header, in message order (name compared case-insensitively). @internal */
export function headerValues(headers: HeaderField[], name: string): string[] {
  const key = name.toLowerCase();
  const out: string[] = [];
  for (const h of headers) if (h.key === key) out.push(h.value);
  return out;
}

/** The first (topmost) field of that name. */
export function firstHeader(headers: HeaderField[], name: string): HeaderField | undefined {
  const key = name.toLowerCase();
  return headers.find((h) => h.key === key);
}
