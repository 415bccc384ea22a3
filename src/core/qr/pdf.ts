/**
 * What a PDF attachment leads to, read from its bytes (loaded on demand with the QR decoders, core/qr/read.ts): the
 * web addresses of its link buttons (`/URI` actions, in plain objects and in compressed object streams) and its
 * images, so a QR code printed in it is read too. Attack: a one-page "invoice" or "shared document" whose only
 * content is a button to a sign-in page, or a QR code to one — the mail body carries no link for any check to judge.
 *
 * One forward pass over the bytes with a small tokenizer (no regex, no backtracking): a stream's data is skipped by
 * its /Length or by finding `endstream`, and only object streams and images are inflated, within a budget. An
 * encrypted PDF is reported as such: its strings are ciphertext, never guessed at. Pure and synchronous; never throws.
 */
import { Inflate, Unzlib } from 'fflate';
import type { Rgba } from './pixels';
import { drawnQr } from './pdf-drawing';

/** Inflated bytes per PDF, all streams together: a bomb stops here. */
const MAX_INFLATED = 8 * 1024 * 1024;
/** Streams inflated per PDF (object streams and images). */
const MAX_STREAMS = 200;
/**
 * Addresses kept per PDF: a lure has one or two buttons; a manual's hundred citations are not all needed.
 * @internal tests read past it
 */
export const MAX_URIS = 50;
/** Images decoded per PDF for QR codes, the squarest first. */
const MAX_PDF_IMAGES = 5;
/** Pixels per image: the QR reader's own cap (read.ts MAX_PIXELS). */
const MAX_IMAGE_PIXELS = 2_500_000;
/** The smallest side a QR code fits in. */
const MIN_SIDE = 21;
/** Characters kept of one string (a URI longer than this is no address a browser opens). */
const MAX_STRING = 8192;
/** Page and form streams kept for reading their drawing, and drawings handed to the QR decoder. */
const MAX_DRAWINGS = 20;
const MAX_DRAWN = 2;

/** A page's or a form's content stream (not a font, a colour profile, metadata or an embedded file). */
const drawing = (d: Dict): boolean =>
  (d.get('Type') === undefined || d.get('Type') === 'XObject') &&
  (d.get('Subtype') === undefined || d.get('Subtype') === 'Form') &&
  !d.has('Length1') &&
  !d.has('N') &&
  !d.has('DL');

/** Objects read from one object stream's header. */
const MAX_OBJECTS = 100_000;
/** Containers nested deeper than this are skipped, not built (a hostile `[[[[…` costs nothing). */
const MAX_DEPTH = 32;
/** Bytes of compressed input handed to the inflater at a time: at most ~1 MB comes out of one push. */
const SLICE = 1024;

/**
 * An image of the PDF ready for the QR decoder: JPEG bytes as they are, anything else as pixels; `label` names it in
 * the file: `image-N`, its Nth image (large enough for a QR code), or `drawing-N`, the Nth page or form drawn.
 */
type PdfImage = ({ kind: 'jpeg'; bytes: Uint8Array } | { kind: 'rgba'; pixels: Rgba }) & { label: string };

export interface PdfReading {
  /** The `/URI` targets, in file order, each once. */
  uris: string[];
  images: PdfImage[];
  /** Images not read: larger than the QR reader takes, past the count, or in a form not decoded here (JBIG2, JPX). */
  unread: { label: string; reason: 'too-large' | 'too-many' | 'unreadable' }[];
  /** The PDF is encrypted: nothing of it was read. */
  encrypted: boolean;
  /** Not a PDF (no `%PDF-` in its first kilobyte). */
  unreadable: boolean;
}

// ---- tokens and values ----

type Value = number | string | PdfString | Ref | Value[] | Dict | Keyword;
/** A name is kept as a JS string without its slash; strings, refs and keywords are wrapped to tell them apart. */
interface PdfString {
  str: Uint8Array;
}
interface Ref {
  ref: number;
}
interface Keyword {
  kw: string;
}
type Dict = Map<string, Value>;

const isString = (v: Value | undefined): v is PdfString => typeof v === 'object' && v !== null && 'str' in v;
const isDict = (v: Value | undefined): v is Dict => v instanceof Map;
const isKeyword = (v: Value | undefined, kw: string) => typeof v === 'object' && v !== null && 'kw' in v && v.kw === kw;

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const regular = (c: number) => !WHITE.has(c) && !DELIM.has(c);

const hexValue = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;

/** Finds `pattern` (ASCII) in `b` from `from`: the first byte by the engine's own search, then a short compare. */
function indexOfBytes(b: Uint8Array, pattern: string, from: number): number {
  const first = pattern.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0 && i + pattern.length <= b.length; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < pattern.length && b[i + k] === pattern.charCodeAt(k)) k++;
    if (k === pattern.length) return i;
  }
  return -1;
}

/**
 * A PDF tokenizer building values as it goes. `onDict` sees every dictionary as it closes (that is where `/URI`
 * actions are), `onStream` every stream with its dictionary and its data; both at any nesting.
 */
class Lexer {
  p = 0;
  /** Top-level values seen, and an object stream's header (object numbers, in the order its objects follow). */
  private tops = 0;
  private readonly numbers: number[] = [];
  /**
   * `strings` receives every object that is a bare string, by number (a `/URI 12 0 R` names one). `packed`: the
   * bytes are an object stream of that many objects, its header of number and offset pairs first.
   */
  constructor(
    private readonly b: Uint8Array,
    private readonly onDict: (d: Dict) => void,
    private readonly strings: Map<number, PdfString>,
    private readonly onStream?: (d: Dict, data: Uint8Array) => void,
    private readonly packed = 0,
  ) {}

  run(): void {
    const b = this.b;
    // The values of the current containers: a stack of arrays; a dictionary is an array of keys and values until `>>`.
    const stack: { items: Value[]; dict: boolean }[] = [{ items: [], dict: false }];
    let skippedDepth = 0; // containers opened past MAX_DEPTH, not built
    const top = () => stack[stack.length - 1]!;
    const push = (v: Value) => {
      if (skippedDepth > 0) return;
      const items = top().items;
      // `12 0 R`: two numbers and R make a reference.
      if (isKeyword(v, 'R') && items.length >= 2) {
        const num = items[items.length - 2];
        if (typeof num === 'number' && typeof items[items.length - 1] === 'number') {
          items.length -= 2;
          items.push({ ref: num });
          return;
        }
      }
      if (stack.length === 1) this.top(v, items);
      items.push(v);
      // Only the last few values at the top level matter (`N G obj`, a stream's dictionary): keep it small.
      if (stack.length === 1 && items.length > 8) items.splice(0, items.length - 4);
    };
    const open = (dict: boolean) => {
      if (skippedDepth > 0 || stack.length > MAX_DEPTH) skippedDepth++;
      else stack.push({ items: [], dict });
    };
    const close = (dict: boolean) => {
      if (skippedDepth > 0) return void skippedDepth--;
      if (stack.length === 1 || top().dict !== dict) return; // unbalanced: ignored
      const { items } = stack.pop()!;
      if (!dict) return push(items);
      const d: Dict = new Map();
      for (let i = 0; i + 1 < items.length; i += 2) {
        const key = items[i];
        if (typeof key === 'string') d.set(key, items[i + 1]!);
      }
      this.onDict(d);
      push(d);
    };
    while (this.p < b.length) {
      const c = b[this.p]!;
      if (WHITE.has(c)) this.p++;
      else if (c === 0x25) this.skipComment();
      else if (c === 0x2f) push(this.name());
      else if (c === 0x28) push(this.literal());
      else if (c === 0x3c && b[this.p + 1] === 0x3c) {
        this.p += 2;
        open(true);
      } else if (c === 0x3e && b[this.p + 1] === 0x3e) {
        this.p += 2;
        close(true);
      } else if (c === 0x3c) push(this.hex());
      else if (c === 0x5b) {
        this.p++;
        open(false);
      } else if (c === 0x5d) {
        this.p++;
        close(false);
      } else if (!regular(c))
        this.p++; // a stray `)`, `>`, `{`, `}`
      else {
        const word = this.word();
        const n = Number(word);
        if (word === 'stream') {
          const items = top().items;
          const dict = items[items.length - 1];
          if (!this.stream(isDict(dict) ? dict : new Map())) return;
        } else push(/^[+-]?[0-9.]+$/.test(word) && Number.isFinite(n) ? n : { kw: word });
      }
    }
  }

  /** A top-level value: an object's number from `N G obj` or an object stream's header; a string object kept. */
  private top(v: Value, items: readonly Value[]): void {
    const n = this.tops++;
    if (this.packed > 0) {
      if (n < 2 * this.packed) return void (n % 2 === 0 && typeof v === 'number' && this.numbers.push(v));
      const num = this.numbers[n - 2 * this.packed];
      if (num !== undefined && isString(v)) this.strings.set(num, v);
      return;
    }
    const num = items[items.length - 3];
    if (isString(v) && typeof num === 'number' && isKeyword(items[items.length - 1], 'obj')) this.strings.set(num, v);
  }

  private skipComment(): void {
    while (this.p < this.b.length && this.b[this.p] !== 10 && this.b[this.p] !== 13) this.p++;
  }

  private word(): string {
    const start = this.p;
    while (this.p < this.b.length && regular(this.b[this.p]!)) this.p++;
    return String.fromCharCode(...this.b.subarray(start, Math.min(this.p, start + 64)));
  }

  private name(): string {
    this.p++;
    let out = '';
    while (this.p < this.b.length && regular(this.b[this.p]!)) {
      const c = this.b[this.p]!;
      const hi = c === 0x23 ? hexValue(this.b[this.p + 1] ?? 0) : -1;
      const lo = hi >= 0 ? hexValue(this.b[this.p + 2] ?? 0) : -1;
      if (lo >= 0) {
        if (out.length < 128) out += String.fromCharCode(hi * 16 + lo);
        this.p += 3;
      } else {
        if (out.length < 128) out += String.fromCharCode(c);
        this.p++;
      }
    }
    return out;
  }

  /** `(…)`: balanced parentheses, backslash escapes (`\n`, `\(`, octal `\ddd`, a line continued). */
  private literal(): PdfString {
    const b = this.b;
    const out: number[] = [];
    const add = (v: number) => void (out.length < MAX_STRING && out.push(v & 0xff));
    let depth = 1;
    this.p++;
    while (this.p < b.length) {
      const c = b[this.p++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
      if (c !== 0x5c) {
        add(c);
        continue;
      }
      const e = b[this.p++];
      if (e === undefined) break;
      const simple = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 }[e];
      if (simple !== undefined) add(simple);
      else if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let k = 0; k < 2 && (b[this.p] ?? 0) >= 0x30 && b[this.p]! <= 0x37; k++) v = v * 8 + b[this.p++]! - 0x30;
        add(v);
      } else if (e === 13) {
        if (b[this.p] === 10) this.p++; // backslash + CRLF: the line goes on
      } else if (e !== 10) add(e); // `\(`, `\)`, `\\`, and any other character as itself
    }
    return { str: Uint8Array.from(out) };
  }

  /** `<4f6b>`: hex digits, white space ignored, an odd last digit followed by 0. */
  private hex(): PdfString {
    const b = this.b;
    const out: number[] = [];
    let hi = -1;
    this.p++;
    while (this.p < b.length && b[this.p] !== 0x3e) {
      const v = hexValue(b[this.p++]!);
      if (v < 0) continue;
      if (hi < 0) hi = v;
      else {
        if (out.length < MAX_STRING) out.push(hi * 16 + v);
        hi = -1;
      }
    }
    if (hi >= 0 && out.length < MAX_STRING) out.push(hi * 16);
    this.p++;
    return { str: Uint8Array.from(out) };
  }

  /** A stream's data: by its /Length when `endstream` follows it, else up to the next `endstream`. False at the end. */
  private stream(dict: Dict): boolean {
    const b = this.b;
    if (b[this.p] === 13) this.p++;
    if (b[this.p] === 10) this.p++;
    const start = this.p;
    const length = dict.get('Length');
    let end = -1;
    if (typeof length === 'number' && length >= 0 && start + length <= b.length) {
      let q = start + length;
      while (q < b.length && WHITE.has(b[q]!)) q++;
      if (indexOfBytes(b.subarray(q, q + 9), 'endstream', 0) === 0) end = start + length;
    }
    const found = end >= 0 ? end : indexOfBytes(b, 'endstream', start);
    const stop = found >= 0 ? found : b.length;
    this.onStream?.(dict, b.subarray(start, stop));
    if (found < 0) return false;
    this.p = indexOfBytes(b, 'endstream', stop) + 9;
    return this.p >= 9;
  }
}

// ---- decoding ----

/** A PDF text string: UTF-16BE with its byte-order mark, UTF-8 with its mark, else one byte a character. */
function text(s: PdfString): string {
  const b = s.str;
  if (b[0] === 0xfe && b[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < b.length; i += 2) out += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
    return out;
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder().decode(b.subarray(3));
  let out = '';
  for (const c of b) out += String.fromCharCode(c);
  return out;
}

/** Inflates within what is left of the budget (`limit`); a damaged stream yields what came out before the damage. */
function inflate(data: Uint8Array, limit: number): Uint8Array | undefined {
  const run = (raw: boolean): Uint8Array[] => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const onData = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > limit) throw new RangeError('inflated past the budget');
      chunks.push(chunk);
    };
    const inflater = raw ? new Inflate(onData) : new Unzlib(onData);
    try {
      for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    } catch {
      // keep what came out
    }
    return chunks;
  };
  let chunks = run(false);
  // A stream without its zlib header (some writers emit raw deflate).
  if (chunks.length === 0 && data.length > 0 && (data[0]! & 0x0f) !== 8) chunks = run(true);
  if (chunks.length === 0) return undefined;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const filters = (d: Dict): string[] => {
  const f = d.get('Filter');
  if (typeof f === 'string') return [f];
  return Array.isArray(f) ? f.filter((v): v is string => typeof v === 'string') : [];
};
const numberOf = (d: Dict | undefined, key: string, fallback: number): number => {
  const v = d?.get(key);
  return typeof v === 'number' ? v : fallback;
};
const decodeParms = (d: Dict): Dict | undefined => {
  const p = d.get('DecodeParms') ?? d.get('DP');
  if (isDict(p)) return p;
  return Array.isArray(p) ? p.find(isDict) : undefined;
};

/** An image XObject, found in the pass and decoded later if it is among the likeliest. */
interface ImageEntry {
  index: number;
  dict: Dict;
  data: Uint8Array;
  width: number;
  height: number;
}

/** Undoes PNG predictors (/Predictor 10–15): each row starts with its filter type. */
function unpredict(data: Uint8Array, rowBytes: number, pixelBytes: number, rows: number): Uint8Array | undefined {
  const out = new Uint8Array(rowBytes * rows);
  for (let y = 0; y < rows; y++) {
    const src = y * (rowBytes + 1);
    if (src + rowBytes + 1 > data.length) return undefined;
    const type = data[src]!;
    const row = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = data[src + 1 + x]!;
      const left = x >= pixelBytes ? out[row + x - pixelBytes]! : 0;
      const up = y > 0 ? out[row - rowBytes + x]! : 0;
      const upLeft = y > 0 && x >= pixelBytes ? out[row - rowBytes + x - pixelBytes]! : 0;
      let v = raw;
      if (type === 1) v = raw + left;
      else if (type === 2) v = raw + up;
      else if (type === 3) v = raw + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

/** Channels of a colour space given by name; undefined for the rest (ICC-based, indexed: judged by the data size). */
const CHANNELS: Record<string, number> = { DeviceGray: 1, G: 1, DeviceRGB: 3, RGB: 3, DeviceCMYK: 4, CMYK: 4 };

/**
 * An image's samples as RGBA: 1- or 8-bit grey, RGB, CMYK or indexed colour; a 1-bit image mask paints its 0
 * samples black (a QR code saved as a stencil). Undefined when the data does not fit what the dictionary says.
 */
function toRgba(img: ImageEntry, samples: Uint8Array): Rgba | undefined {
  const { dict, width, height } = img;
  const mask = isKeyword(dict.get('ImageMask'), 'true');
  const bpc = mask ? 1 : numberOf(dict, 'BitsPerComponent', 8);
  if (bpc !== 1 && bpc !== 8) return undefined;
  const cs = dict.get('ColorSpace');
  let palette: Uint8Array | undefined;
  let paletteChannels = 0;
  let channels = mask ? 1 : typeof cs === 'string' ? CHANNELS[cs] : undefined;
  if (Array.isArray(cs) && cs[0] === 'Indexed' && typeof cs[1] === 'string' && isString(cs[3])) {
    paletteChannels = CHANNELS[cs[1]] ?? 0;
    palette = cs[3].str;
    channels = paletteChannels ? 1 : undefined;
  }
  const parms = decodeParms(dict);
  const predicted = numberOf(parms, 'Predictor', 1) >= 10;
  // An ICC-based or otherwise named colour space: the channels the data's size allows (1, 3 or 4).
  const rowOf = (c: number) => Math.ceil((width * c * bpc) / 8);
  const sizeOf = (c: number) => (rowOf(c) + (predicted ? 1 : 0)) * height;
  channels ??= [1, 3, 4].find((c) => samples.length === sizeOf(c)) ?? [4, 3, 1].find((c) => samples.length > sizeOf(c));
  if (!channels) return undefined;
  const rowBytes = rowOf(channels);
  const plain = predicted ? unpredict(samples, rowBytes, Math.max(1, (channels * bpc) >> 3), height) : samples;
  if (!plain || plain.length < rowBytes * height) return undefined;
  // /Decode [1 0]: the samples are inverted (a stencil or a grey image stored dark-is-1).
  const decode = dict.get('Decode');
  const inverted = Array.isArray(decode) && decode[0] === 1 && decode[1] === 0;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      let r: number, g: number, bl: number;
      if (bpc === 1) {
        const bit = (plain[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
        r = g = bl = (bit ^ (inverted ? 1 : 0)) * 255;
      } else {
        const s = y * rowBytes + x * channels;
        if (palette) {
          const at = plain[s]! * paletteChannels;
          [r, g, bl] = rgbOf(palette, at, paletteChannels);
        } else [r, g, bl] = rgbOf(plain, s, channels);
        if (inverted) [r, g, bl] = [255 - r, 255 - g, 255 - bl];
      }
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = bl;
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}

function rgbOf(b: Uint8Array, at: number, channels: number): [number, number, number] {
  if (channels === 1) return [b[at] ?? 0, b[at] ?? 0, b[at] ?? 0];
  if (channels === 3) return [b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0];
  const k = b[at + 3] ?? 0;
  const ink = (v: number) => 255 - Math.min(255, v + k);
  return [ink(b[at] ?? 0), ink(b[at + 1] ?? 0), ink(b[at + 2] ?? 0)];
}

// ---- the reader ----

/**
 * The web addresses an action opens: a link's `/URI`; a form's `/SubmitForm` target (a PDF with its own password
 * fields posts them there); `app.launchURL("…")` and the like in a `/JavaScript` action: every http(s) address its
 * script names, up to the quote or space that ends it.
 */
function actionUrls(d: Dict): string[] {
  const uri = d.get('URI');
  if (isString(uri)) return [text(uri).trim()];
  const kind = d.get('S');
  const target = d.get('F');
  if (kind === 'SubmitForm') {
    const spec = isDict(target) ? (target.get('F') ?? target.get('UF')) : target;
    return isString(spec) ? [text(spec).trim()] : [];
  }
  const js = d.get('JS');
  if (kind !== 'JavaScript' || !isString(js)) return [];
  const script = text(js);
  const out: string[] = [];
  for (let at = script.indexOf('http'); at >= 0 && out.length < 10; at = script.indexOf('http', at + 4)) {
    if (!script.startsWith('http://', at) && !script.startsWith('https://', at)) continue;
    let end = at;
    while (end < script.length && end - at < 2048 && !'"\'` \t\r\n)'.includes(script[end]!)) end++;
    out.push(script.slice(at, end));
  }
  return out;
}

/** `%PDF-` within the first kilobyte, where readers look for it. */
function pdfStart(b: Uint8Array): number {
  return indexOfBytes(b.subarray(0, 1024 + 5), '%PDF-', 0);
}

/** The links and images of a PDF, from as much of it as `bytes` holds. */
export function readPdf(bytes: Uint8Array): PdfReading {
  const out: PdfReading = { uris: [], images: [], unread: [], encrypted: false, unreadable: false };
  const start = pdfStart(bytes);
  if (start < 0) return { ...out, unreadable: true };
  const seen = new Set<string>();
  const strings = new Map<number, PdfString>();
  const refs: number[] = [];
  let encrypted = false;
  const onDict = (d: Dict) => {
    // The trailer (or cross-reference stream) names the key: every string of the file is then ciphertext.
    const key = d.get('Encrypt');
    if (isDict(key) || (typeof key === 'object' && key !== null && 'ref' in key)) encrypted = true;
    const uri = d.get('URI');
    if (typeof uri === 'object' && 'ref' in uri && refs.length < MAX_URIS) refs.push(uri.ref);
    for (const url of actionUrls(d)) add(url);
  };
  const add = (url: string) => {
    if (out.uris.length >= MAX_URIS || !url || seen.has(url)) return;
    seen.add(url);
    out.uris.push(url);
  };
  let budget = MAX_INFLATED;
  let streams = 0;
  const images: ImageEntry[] = [];
  const drawings: { dict: Dict; data: Uint8Array }[] = [];
  const onStream = (d: Dict, data: Uint8Array) => {
    if (d.get('Subtype') === 'Image') {
      const width = numberOf(d, 'Width', 0);
      const height = numberOf(d, 'Height', 0);
      if (width < MIN_SIDE || height < MIN_SIDE) return;
      const index = images.length + out.unread.length + 1;
      if (width * height > MAX_IMAGE_PIXELS) out.unread.push({ label: `image-${index}`, reason: 'too-large' });
      else images.push({ index, dict: d, data, width, height });
      return;
    }
    if (drawing(d)) return void (drawings.length < MAX_DRAWINGS && drawings.push({ dict: d, data }));
    if (d.get('Type') !== 'ObjStm' || streams >= MAX_STREAMS) return;
    const f = filters(d);
    if (f.length > 1 || (f.length === 1 && f[0] !== 'FlateDecode' && f[0] !== 'Fl')) return;
    streams++;
    const plain = f.length ? inflate(data, budget) : data;
    if (!plain) return;
    budget -= plain.length;
    // Objects packed in a stream: the same syntax without `obj` keywords, and never a stream inside.
    new Lexer(plain, onDict, strings, undefined, Math.min(numberOf(d, 'N', 0), MAX_OBJECTS)).run();
  };
  new Lexer(bytes.subarray(start), onDict, strings, onStream).run();
  // A `/URI 12 0 R`: the address is the string object it names, wherever it came in the file.
  for (const ref of refs) {
    const target = strings.get(ref);
    if (target) add(text(target).trim());
  }
  if (encrypted) return { ...out, uris: [], unread: [], encrypted: true };

  // The squarest images first (a QR code is square), then in file order.
  const square = (i: ImageEntry) => Math.max(i.width, i.height) / Math.min(i.width, i.height) <= 1.25;
  const ordered = [...images.filter(square), ...images.filter((i) => !square(i))];
  for (const img of ordered) {
    if (out.images.length >= MAX_PDF_IMAGES || streams >= MAX_STREAMS) {
      out.unread.push({ label: `image-${img.index}`, reason: 'too-many' });
      continue;
    }
    const decoded = decodeImage(img, budget);
    streams++;
    if (!decoded) {
      out.unread.push({ label: `image-${img.index}`, reason: 'unreadable' });
      continue;
    }
    budget -= decoded.cost;
    out.images.push({ ...decoded.image, label: `image-${img.index}` });
  }
  // Pages and forms that draw a QR code with rectangles, read last, with what is left of the budget.
  let drawn = 0;
  for (const [i, d] of drawings.entries()) {
    if (drawn >= MAX_DRAWN || streams >= MAX_STREAMS) break;
    const f = filters(d.dict);
    if (f.length > 1 || (f.length === 1 && f[0] !== 'FlateDecode' && f[0] !== 'Fl')) continue;
    streams++;
    const plain = f.length ? inflate(d.data, budget) : d.data;
    if (!plain) continue;
    budget -= plain.length;
    const pixels = drawnQr(plain);
    if (!pixels) continue;
    drawn++;
    out.images.push({ kind: 'rgba', pixels, label: `drawing-${i + 1}` });
  }
  return out;
}

/** One image for the QR decoder, and the inflated bytes it cost. */
type Decoded = { kind: 'jpeg'; bytes: Uint8Array } | { kind: 'rgba'; pixels: Rgba };
function decodeImage(img: ImageEntry, budget: number): { image: Decoded; cost: number } | undefined {
  const f = filters(img.dict).map((name) => ({ Fl: 'FlateDecode', DCT: 'DCTDecode' })[name] ?? name);
  if (f.length === 1 && f[0] === 'DCTDecode') return { image: { kind: 'jpeg', bytes: img.data }, cost: 0 };
  // At most what four 8-bit channels and a predictor byte per row need: more is a bomb.
  const need = (img.width * 4 + 1) * img.height;
  if (f.length === 0) {
    const pixels = toRgba(img, img.data);
    return pixels && { image: { kind: 'rgba', pixels }, cost: 0 };
  }
  if (f[0] !== 'FlateDecode' || f.length > 2 || (f.length === 2 && f[1] !== 'DCTDecode')) return undefined;
  const plain = inflate(img.data, Math.min(budget, f.length === 2 ? budget : need));
  if (!plain) return undefined;
  if (f.length === 2) return { image: { kind: 'jpeg', bytes: plain }, cost: plain.length };
  const pixels = toRgba(img, plain);
  return pixels && { image: { kind: 'rgba', pixels }, cost: plain.length };
}
