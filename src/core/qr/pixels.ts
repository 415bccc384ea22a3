/**
 * An image's bytes -> its pixels for the QR decoder, which reads each pixel's brightness, (r + 2g + b) >> 2, alone: a
 * PNG's and a GIF's as that brightness (one byte a pixel, `luma`), a JPEG's as RGB. PNG (fast-png), JPEG (jpeg-js)
 * and GIF (omggif, first frame): small pure-JS decoders with no DOM. The size comes from the file's header first (imageSize), so the caller
 * refuses a huge image before anything is allocated; a PNG's large compressed data is inflated here, bounded, and
 * handed to fast-png stored, as fast-png would inflate it unbounded (a 1 MB deflate bomb would otherwise grow to a
 * gigabyte). Transparent pixels are
 * laid on white: a QR code drawn on a transparent background is still dark modules on light.
 */
import { decode as decodePng, type DecodedPng } from 'fast-png';
import { Unzlib, unzlibSync } from 'fflate';
import decodeJpeg from 'jpeg-js/lib/decoder.js';
import { GifReader } from 'omggif';
import type { ImageKind } from './kind';

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
  /**
   * RGBA unless said: `RGB`, three bytes a pixel, no alpha (a JPEG has none: a quarter less to write and for the QR
   * decoder to read); `luma`, one byte a pixel, the brightness the QR decoder would compute from the pixel's RGBA on
   * white (a PNG's, a GIF's: an 8-bit grey PNG's samples are that already, handed over as they are; issue #19).
   */
  format?: 'RGB' | 'luma';
}

const be16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const be32 = (b: Uint8Array, i: number) => be16(b, i) * 0x10000 + be16(b, i + 2);
const le16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);

/** Width and height as the header declares them, read without decoding; undefined when the header is not there. */
export function imageSize(b: Uint8Array, kind: ImageKind): { width: number; height: number } | undefined {
  if (kind === 'png') return b.length >= 24 ? { width: be32(b, 16), height: be32(b, 20) } : undefined;
  if (kind === 'gif') return b.length >= 10 ? { width: le16(b, 6), height: le16(b, 8) } : undefined;
  // JPEG: walk the marker segments (each names its length) to the first start-of-frame; every step moves forward.
  let p = 2;
  while (p + 9 <= b.length) {
    if (b[p] !== 0xff) return undefined;
    const marker = b[p + 1]!;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: be16(b, p + 5), width: be16(b, p + 7) };
    const length = be16(b, p + 2);
    if (length < 2) return undefined;
    p += 2 + length;
  }
  return undefined;
}

/** The pixels: a PNG's and a GIF's brightness on white (`luma`), a JPEG's RGB. Throws on a damaged or unsupported file (noted as not read). */
export function decodePixels(b: Uint8Array, kind: ImageKind, maxPixels: number): Rgba {
  if (kind === 'jpeg') {
    const maxResolutionInMP = maxPixels / 1e6;
    const img = decodeJpeg(b, { useTArray: true, formatAsRGBA: false, maxResolutionInMP, maxMemoryUsageInMB: 128 });
    return { width: img.width, height: img.height, data: img.data, format: 'RGB' };
  }
  if (kind === 'gif') return gifPixels(b);
  const plain = hostInflate && plainPng(b, hostInflate);
  return plain?.pixels ?? pngPixels(decodePng(withBoundedImageData(b, plain)));
}

function gifPixels(b: Uint8Array): Rgba {
  const gif = new GifReader(b);
  const data = new Uint8Array(gif.width * gif.height * 4);
  gif.decodeAndBlitFrameRGBA(0, data);
  const luma = new Uint8Array(gif.width * gif.height);
  for (let i = 0, o = 0; o < luma.length; i += 4, o++)
    luma[o] = lumaOnWhite(data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!);
  return { width: gif.width, height: gif.height, data: luma, format: 'luma' };
}

/** `b` followed by zeros to `length` bytes. */
function padded(b: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set(b);
  return out;
}

/** A colour channel laid on white by its alpha, as an RGBA byte would hold it (the fraction cut off). */
const onWhite = (c: number, a: number): number => (a === 255 ? c : Math.trunc((c * a + 255 * (255 - a)) / 255));

/**
 * The QR decoder's brightness of an RGBA pixel laid on white: (r + 2g + b) >> 2 of the composited bytes, exactly
 * what it computed from the RGBA image this module used to hand it.
 */
function lumaOnWhite(r: number, g: number, b: number, a: number): number {
  return (onWhite(r, a) + 2 * onWhite(g, a) + onWhite(b, a)) >> 2;
}

/** Inflated bytes that are no danger whatever the file says (what a 4-megapixel RGBA image needs anyway). */
const SMALL_INFLATE = 16 * 1024 * 1024;

/**
 * The PNG for fast-png, which inflates whatever the stream holds: its image data inflated here once, with a bound —
 * a PNG of this size needs at most height × (1 + bytes per row) bytes (Adam7 interlacing a little more); past twice
 * that the file is a bomb, refused — and put back as one IDAT of stored (uncompressed) deflate blocks, which fast-png
 * only copies: the data is decoded once, not twice (issue #19). Deflate grows data at most 1,032-fold, so small image
 * data (most QR images) goes to fast-png as it is — unless a host's inflater (the CLI's native one) read it first.
 */
function withBoundedImageData(b: Uint8Array, asked?: { inflated: Uint8Array | undefined }): Uint8Array {
  const width = be32(b, 16);
  const height = be32(b, 20);
  const depth = b[24]!;
  const channels = [1, 0, 3, 1, 2, 0, 4][b[25]!] ?? 4;
  const bound = 2 * height * (1 + Math.ceil((width * channels * depth) / 8)) + 1024;
  const chunks = pngChunks(b);
  const parts = chunks.filter((c) => c.type === 'IDAT').map((c) => c.data);
  // The host's inflater first, whatever the size (the CLI's is native: a small image's data too inflates in a
  // fraction of fflate's time); what it refuses goes on as before.
  const fast = asked ? asked.inflated : hostInflate && inflatedByHost(hostInflate, parts, bound);
  if (fast) return rebuiltPng(b, chunks, storedZlib([fast], fast.length));
  if (parts.reduce((sum, part) => sum + part.length, 0) * 1032 <= Math.max(bound, SMALL_INFLATE)) return b;
  const inflated: Uint8Array[] = [];
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > bound) throw new Error('PNG image data larger than its size');
    inflated.push(chunk);
  });
  // The last part as the stream's end, as fast-png pushes it: a cut stream fails here as it would there.
  parts.forEach((part, i) => inflater.push(part, i === parts.length - 1));
  return rebuiltPng(b, chunks, storedZlib(inflated, total));
}

/**
 * Raw deflate data inflated to at most `bound` bytes, or a throw: a host's native inflater (the CLI passes Node's
 * zlib, ≈ 4× fflate's speed on a large screenshot; issue #19). Core code stays pure: it only calls what it is given.
 */
export type RawInflate = (deflate: Uint8Array, bound: number) => Uint8Array;
let hostInflate: RawInflate | undefined;

/** PNGs' image data inflated by `inflate` from now on (the same bytes; as before where it fails; none: fflate). */
export function useRawInflate(inflate: RawInflate | undefined): void {
  hostInflate = inflate;
}

/**
 * The zlib stream in `parts` inflated by the host's inflater, exactly as fflate's Unzlib would read it — its two-byte
 * header checked, its last four bytes (the Adler-32, unchecked) cut off, what follows the final block ignored — or
 * undefined when anything is amiss: the caller then runs fflate as before, which fails or reads as it always did.
 * A stream the strict native inflater accepts is valid deflate, which both read to the same bytes.
 */
function inflatedByHost(inflate: RawInflate, parts: readonly Uint8Array[], bound: number): Uint8Array | undefined {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  if (length < 6) return undefined;
  const stream = new Uint8Array(length);
  parts.reduce((at, part) => (stream.set(part, at), at + part.length), 0);
  const [cmf, flg] = [stream[0]!, stream[1]!];
  if ((cmf & 15) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 || flg & 32) return undefined;
  try {
    return inflate(stream.subarray(2, length - 4), bound);
  } catch {
    return undefined;
  }
}

/**
 * A plain PNG read without fast-png when the host inflates (issue #19): 8-bit samples, not interlaced, its chunks all
 * ones fast-png reads without fault. fast-png unfilters slowly (≈ 12 ns a byte, plus the stored stream pixels.ts builds
 * for it, copied twice more on the way): a screenshot took 100–300 ms. Here the host's inflated bytes are unfiltered
 * in place of it, by the PNG standard's arithmetic, which fast-png's is, and turned into pngPixels' brightness.
 * No pixels for anything else — a chunk fast-png would refuse or read otherwise (a palette beside true colour,
 * transparency outside an indexed image, a colour profile that does not inflate), a stream the host refuses, data
 * short of the image, an unknown filter: the caller then reads it as before (with what the host inflated, when it was
 * asked: the same parts and bound), so every image reads to what it read to, or fails as it failed.
 */
function plainPng(b: Uint8Array, inflate: RawInflate): { pixels?: Rgba; inflated: Uint8Array | undefined } | undefined {
  const chunks = plainPngChunks(b);
  if (!chunks) return undefined;
  const width = be32(b, 16);
  const height = be32(b, 20);
  const channels = [1, 0, 3, 1, 2, 0, 4][b[25]!]!;
  const bound = 2 * height * (1 + width * channels) + 1024; // withBoundedImageData's, for a depth of 8
  const inflated = inflatedByHost(inflate, chunks.idat, bound);
  if (!inflated || inflated.length < height * (1 + width * channels)) return { inflated };
  // A plain Uint8Array over the host's bytes (Node's zlib returns a Buffer, whose reads V8 makes slower).
  const rows = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
  return { pixels: lumaRows(rows, width, height, channels, chunks.palette), inflated };
}

/**
 * The IDAT chunks' data of a PNG whose chunks fast-png reads without fault and whose header says 8-bit samples, a
 * colour type it knows, no interlacing, deflate and the one filter method, and the palette as fast-png returns it
 * (each entry `[r, g, b]`, `[r, g, b, alpha]` after a tRNS chunk) — else undefined. Each chunk is checked as
 * fast-png reads it: whole inside the file, IHDR first and once, IEND last and empty, a tEXt or iCCP keyword of 1–79
 * bytes ending inside the chunk, an iCCP profile that inflates, pHYs of 9 bytes, PLTE and tRNS only where an indexed
 * image has them; any other chunk is skipped, by fast-png too.
 */
function plainPngChunks(b: Uint8Array): { idat: Uint8Array[]; palette?: number[][] } | undefined {
  const type = (p: number) => String.fromCharCode(b[p + 4]!, b[p + 5]!, b[p + 6]!, b[p + 7]!);
  if (b.length < 33 || be32(b, 8) !== 13 || type(8) !== 'IHDR' || b[24] !== 8) return undefined;
  const colourType = b[25]!;
  if (![0, 2, 3, 4, 6].includes(colourType) || b[26] !== 0 || b[27] !== 0 || b[28] !== 0) return undefined;
  const idat: Uint8Array[] = [];
  let palette: number[][] | undefined;
  let transparency = false;
  for (let p = 33; ;) {
    // Each chunk whole, IEND's CRC too (pngChunks, which the other path rebuilds the file from, stops short of a cut one).
    if (p + 12 > b.length) return undefined;
    const length = be32(b, p);
    const name = type(p);
    if (name === 'IEND') {
      if (length !== 0 || idat.length === 0 || (colourType === 3) !== !!palette) return undefined;
      return { idat, palette };
    }
    if (p + 12 + length > b.length) return undefined;
    const data = b.subarray(p + 8, p + 8 + length);
    if (name === 'IDAT') idat.push(data);
    else if (name === 'IHDR') return undefined;
    else if (name === 'pHYs' && length !== 9) return undefined;
    else if (name === 'tEXt' && !(keywordLength(data) > 0)) return undefined;
    else if (name === 'iCCP' && !inflatesAsProfile(data)) return undefined;
    else if (name === 'PLTE') {
      if (colourType !== 3 || palette || length % 3 !== 0) return undefined;
      palette = [];
      for (let i = 0; i < length; i += 3) palette.push([data[i]!, data[i + 1]!, data[i + 2]!]);
    } else if (name === 'tRNS') {
      if (colourType !== 3 || !palette || transparency || length > palette.length) return undefined;
      transparency = true;
      palette.forEach((entry, i) => entry.push(i < length ? data[i]! : 255));
    }
    p += 12 + length;
  }
}

/** A tEXt or iCCP chunk's keyword length (its NUL's index), when it is one fast-png accepts (1–79 bytes, in the chunk). */
function keywordLength(data: Uint8Array): number {
  const nul = data.indexOf(0);
  return nul >= 1 && nul <= 79 ? nul : -1;
}

/** An iCCP chunk fast-png reads without fault: a keyword, compression method 0, a profile its inflater reads. */
function inflatesAsProfile(data: Uint8Array): boolean {
  const nul = keywordLength(data);
  if (nul < 0 || nul + 2 > data.length || data[nul + 1] !== 0) return false;
  try {
    unzlibSync(data.subarray(nul + 2));
    return true;
  } catch {
    return false;
  }
}

/**
 * The PNG's filtered rows (`height` rows of a filter byte and `width` × `channels` bytes) unfiltered and turned into
 * pngPixels' brightness on white, a row at a time: the PNG standard's arithmetic, which fast-png's is (the row
 * before the first read as zeros, which is what its first-row cases compute), then pngPixels' for its 8-bit cases.
 * Up (most rows of a screenshot) adds four bytes at a time. Undefined at a filter type the standard does not define.
 */
function lumaRows(
  src: Uint8Array,
  width: number,
  height: number,
  channels: number,
  palette: number[][] | undefined,
): Rgba | undefined {
  const rowBytes = width * channels;
  const padded = (rowBytes + 3) & ~3;
  let prev = new Uint8Array(padded);
  let cur = new Uint8Array(padded);
  let prev32 = new Uint32Array(prev.buffer);
  let cur32 = new Uint32Array(cur.buffer);
  const out = new Uint8Array(width * height);
  const lumas = palette && paletteLumas(palette, 255);
  for (let y = 0, s = 0; y < height; y++, s += rowBytes + 1) {
    const filter = src[s];
    cur.set(src.subarray(s + 1, s + 1 + rowBytes));
    if (filter === 1) unfilterSub(cur, rowBytes, channels);
    else if (filter === 2) unfilterUp(cur32, prev32);
    else if (filter === 3) unfilterAverage(cur, prev, rowBytes, channels);
    else if (filter === 4) unfilterPaeth(cur, prev, rowBytes, channels);
    else if (filter !== 0) return undefined;
    const o = y * width;
    if (lumas) for (let x = 0; x < width; x++) out[o + x] = lumas[cur[x]!]!;
    else if (channels === 1) out.set(cur.subarray(0, width), o);
    else if (channels === 3)
      for (let x = 0, i = 0; x < width; x++, i += 3) out[o + x] = (cur[i]! + 2 * cur[i + 1]! + cur[i + 2]!) >> 2;
    else if (channels === 4) {
      for (let x = 0, i = 0; x < width; x++, i += 4) {
        const a = cur[i + 3]!;
        out[o + x] =
          a === 255
            ? (cur[i]! + 2 * cur[i + 1]! + cur[i + 2]!) >> 2
            : lumaOnWhite(cur[i]!, cur[i + 1]!, cur[i + 2]!, a);
      }
    } else for (let x = 0, i = 0; x < width; x++, i += 2) out[o + x] = onWhite(cur[i]!, cur[i + 1]!);
    [prev, cur, prev32, cur32] = [cur, prev, cur32, prev32];
  }
  return { width, height, data: out, format: 'luma' };
}

function unfilterSub(cur: Uint8Array, n: number, bpp: number): void {
  for (let i = bpp; i < n; i++) cur[i] = cur[i]! + cur[i - bpp]!;
}

/** Bytewise sums mod 256, four in one 32-bit word: the low seven bits of each added, the top bits' sum put back. */
function unfilterUp(cur: Uint32Array, prev: Uint32Array): void {
  for (let w = 0; w < cur.length; w++) {
    const x = cur[w]!;
    const y = prev[w]!;
    cur[w] = ((x & 0x7f7f7f7f) + (y & 0x7f7f7f7f)) ^ ((x ^ y) & 0x80808080);
  }
}

function unfilterAverage(cur: Uint8Array, prev: Uint8Array, n: number, bpp: number): void {
  for (let i = 0; i < bpp; i++) cur[i] = cur[i]! + (prev[i]! >> 1);
  for (let i = bpp; i < n; i++) cur[i] = cur[i]! + ((cur[i - bpp]! + prev[i]!) >> 1);
}

function unfilterPaeth(cur: Uint8Array, prev: Uint8Array, n: number, bpp: number): void {
  for (let i = 0; i < bpp; i++) cur[i] = cur[i]! + prev[i]!;
  for (let i = bpp; i < n; i++) {
    const a = cur[i - bpp]!;
    const b = prev[i]!;
    const c = prev[i - bpp]!;
    const pa = Math.abs(b - c); // |p − a| for p = a + b − c
    const pb = Math.abs(a - c);
    const pc = Math.abs(a + b - 2 * c);
    cur[i] = cur[i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
  }
}

/** Stored deflate blocks' largest size. */
const STORED_BLOCK = 0xffff;

/**
 * `data` (in pieces, `length` bytes in all) as a zlib stream of stored blocks: a header, 5 bytes before each 64 KB,
 * the data as it is. Its Adler-32 is left zero: fflate, which fast-png inflates with, does not check it (a test reads
 * an image this way, so a fast-png that began to check would be seen), and computing it cost as much as inflating.
 */
function storedZlib(data: readonly Uint8Array[], length: number): Uint8Array {
  const blocks = Math.max(1, Math.ceil(length / STORED_BLOCK));
  const out = new Uint8Array(2 + 5 * blocks + length + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  let block = 0;
  let left = length;
  const header = () => {
    const size = Math.min(STORED_BLOCK, left);
    out.set([++block === blocks ? 1 : 0, size & 0xff, size >> 8, ~size & 0xff, (~size >> 8) & 0xff], at);
    at += 5;
    return size;
  };
  let room = header();
  for (let piece of data) {
    while (piece.length > 0) {
      if (room === 0) room = header();
      const n = Math.min(room, piece.length);
      out.set(piece.subarray(0, n), at);
      at += n;
      room -= n;
      left -= n;
      piece = piece.subarray(n);
    }
  }
  return out;
}

interface PngChunk {
  type: string;
  /** The chunk whole: length, type, data, CRC (as far as the bytes go). */
  whole: Uint8Array;
  data: Uint8Array;
}

/** The PNG's chunks after its signature, in order, up to IEND; each step moves forward by a chunk's length. */
function pngChunks(b: Uint8Array): PngChunk[] {
  const chunks: PngChunk[] = [];
  for (let p = 8; p + 12 <= b.length; p += 12 + be32(b, p)) {
    const type = String.fromCharCode(b[p + 4]!, b[p + 5]!, b[p + 6]!, b[p + 7]!);
    const end = Math.min(b.length, p + 8 + be32(b, p));
    chunks.push({ type, whole: b.subarray(p, Math.min(b.length, end + 4)), data: b.subarray(p + 8, end) });
    if (type === 'IEND') break;
  }
  return chunks;
}

/**
 * The same PNG with its IDAT chunks replaced by one holding `imageData`, where the first stood; fast-png does not
 * check CRCs unless asked, so the new chunk's is left zero.
 */
function rebuiltPng(b: Uint8Array, chunks: readonly PngChunk[], imageData: Uint8Array): Uint8Array {
  const firstIdat = chunks.findIndex((c) => c.type === 'IDAT');
  const idat = new Uint8Array(12 + imageData.length);
  const view = new DataView(idat.buffer);
  view.setUint32(0, imageData.length);
  idat.set([0x49, 0x44, 0x41, 0x54], 4);
  idat.set(imageData, 8);
  const kept = chunks.flatMap((c, i) => (i === firstIdat ? [idat] : c.type === 'IDAT' ? [] : [c.whole]));
  const out = new Uint8Array(8 + kept.reduce((sum, part) => sum + part.length, 0));
  out.set(b.subarray(0, 8));
  kept.reduce((at, part) => (out.set(part, at), at + part.length), 8);
  return out;
}

/** The brightness on white of palette indices 0 to `max` (an index the palette lacks: black). */
function paletteLumas(palette: readonly number[][], max: number): Uint8Array {
  const lumas = new Uint8Array(max + 1);
  for (let v = 0; v <= max; v++) {
    const [r = 0, g = 0, bl = 0, a = 255] = palette[v] ?? [];
    lumas[v] = lumaOnWhite(r, g, bl, a);
  }
  return lumas;
}

/** fast-png's samples (any depth, palette, grey, alpha) as their brightness on white. */
function pngPixels(png: DecodedPng): Rgba {
  const { width, height, depth, channels, palette } = png;
  const samples = png.data;
  const max = (1 << depth) - 1;
  // Samples narrower than a byte are packed, each row starting on a byte.
  const rowBits = Math.ceil((width * channels * depth) / 8) * 8;
  const sample = (x: number, y: number, c: number): number => {
    if (depth >= 8) return samples[(y * width + x) * channels + c] ?? 0;
    const bit = y * rowBits + (x * channels + c) * depth;
    return ((samples[bit >> 3] ?? 0) >> (8 - depth - (bit & 7))) & max;
  };
  const to8 = (v: number) => (depth === 8 ? v : Math.round((v * 255) / max));
  const n = width * height;
  // 8-bit grey: each sample is its own brightness ((v + 2v + v) >> 2), handed over as it is.
  if (depth === 8 && !palette && channels === 1 && samples instanceof Uint8Array && samples.length >= n)
    return { width, height, data: samples, format: 'luma' };
  const data = new Uint8Array(n);
  if (depth === 8 && !palette) return eightBitPixels(samples, width, height, channels, data);
  if (palette && depth <= 8) {
    // Each index's brightness once, not worked out from its palette entry at every pixel (issue #19).
    const lumas = paletteLumas(palette, max);
    for (let y = 0, o = 0; y < height; y++) for (let x = 0; x < width; x++, o++) data[o] = lumas[sample(x, y, 0)]!;
    return { width, height, data, format: 'luma' };
  }
  for (let y = 0, o = 0; y < height; y++) {
    for (let x = 0; x < width; x++, o++) {
      let r: number, g: number, bl: number, a: number;
      if (palette) {
        const entry = palette[sample(x, y, 0)];
        [r = 0, g = 0, bl = 0, a = 255] = entry ?? [];
      } else if (channels <= 2) {
        r = g = bl = to8(sample(x, y, 0));
        a = channels === 2 ? to8(sample(x, y, 1)) : 255;
      } else {
        r = to8(sample(x, y, 0));
        g = to8(sample(x, y, 1));
        bl = to8(sample(x, y, 2));
        a = channels === 4 ? to8(sample(x, y, 3)) : 255;
      }
      data[o] = lumaOnWhite(r, g, bl, a);
    }
  }
  return { width, height, data, format: 'luma' };
}

/**
 * The common case (8-bit grey + alpha, RGB, RGBA) without per-sample calls: a megapixel in milliseconds. An opaque
 * pixel (most of them) skips the compositing.
 */
function eightBitPixels(samples: ArrayLike<number>, width: number, height: number, channels: number, data: Uint8Array) {
  const n = width * height;
  // fast-png's rows are whole; a short array would read as zeros past its end, as before.
  let bytes = samples instanceof Uint8Array ? samples : Uint8Array.from(samples);
  if (bytes.length < n * channels) bytes = padded(bytes, n * channels);
  if (channels === 3) {
    for (let i = 0, s = 0; i < n; i++, s += 3) data[i] = (bytes[s]! + 2 * bytes[s + 1]! + bytes[s + 2]!) >> 2;
  } else if (channels === 4) {
    for (let i = 0, s = 0; i < n; i++, s += 4) {
      const a = bytes[s + 3]!;
      data[i] =
        a === 255
          ? (bytes[s]! + 2 * bytes[s + 1]! + bytes[s + 2]!) >> 2
          : lumaOnWhite(bytes[s]!, bytes[s + 1]!, bytes[s + 2]!, a);
    }
  } else {
    for (let i = 0, s = 0; i < n; i++, s += channels)
      data[i] = channels === 2 ? onWhite(bytes[s]!, bytes[s + 1]!) : bytes[s]!;
  }
  return { width, height, data, format: 'luma' as const };
}
