/**
 * Draws the add-in icon — an envelope under a magnifying glass — and writes assets/icon-<size>.png.
 * Run: npx tsx scripts/make-icons.ts. The PNGs are committed; rerun only when the drawing changes.
 *
 * No image library: shapes are signed distance functions sampled once per pixel, which anti-aliases for free
 * (coverage = 0.5 − distance in pixels), and the PNG is written by hand (node:zlib deflate + CRC32).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** Button icons are 16/32/80 (ribbon, all DPI), add-in icons 64/128 (IconUrl, HighResolutionIconUrl). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];
/** Signed distance from a point (unit square, y down) to a shape's edge, in the same units: negative inside. */
type Shape = (p: Point) => number;
interface Layer {
  shape: Shape;
  /** A colour to paint, or 'erase' to cut a transparent gap that separates shapes on any background. */
  paint: Rgb | 'erase';
}

const OUTLOOK_BLUE: Rgb = [0x0f, 0x6c, 0xbd];
const ENVELOPE_FILL: Rgb = [0xde, 0xec, 0xf9];
const ALERT_RED: Rgb = [0xc5, 0x0f, 0x1f];
const WHITE: Rgb = [0xff, 0xff, 0xff];

// --- shapes ----------------------------------------------------------------------------------------------------

function circle(c: Point, r: number): Shape {
  return (p) => Math.hypot(p[0] - c[0], p[1] - c[1]) - r;
}

function roundBox(c: Point, half: Point, radius: number): Shape {
  return (p) => {
    const qx = Math.abs(p[0] - c[0]) - half[0] + radius;
    const qy = Math.abs(p[1] - c[1]) - half[1] + radius;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

/** A line segment with round caps, `width` thick. */
function capsule(a: Point, b: Point, width: number): Shape {
  return (p) => {
    const bax = b[0] - a[0];
    const bay = b[1] - a[1];
    const t = Math.min(1, Math.max(0, ((p[0] - a[0]) * bax + (p[1] - a[1]) * bay) / (bax * bax + bay * bay)));
    return Math.hypot(p[0] - a[0] - bax * t, p[1] - a[1] - bay * t) - width / 2;
  };
}

function outline(shape: Shape, width: number): Shape {
  return (p) => Math.abs(shape(p)) - width / 2;
}

function union(...shapes: Shape[]): Shape {
  return (p) => Math.min(...shapes.map((s) => s(p)));
}

function intersect(a: Shape, b: Shape): Shape {
  return (p) => Math.max(a(p), b(p));
}

function grow(shape: Shape, by: number): Shape {
  return (p) => shape(p) - by;
}

// --- the drawing -----------------------------------------------------------------------------------------------

/**
 * The layers for one size. Stroke widths are whole pixels (at least one) and the envelope's straight edges sit
 * where those strokes fill whole pixels, so the 16 and 32 px ribbon icons stay crisp instead of blurring across
 * two pixel rows; the round lens and the diagonals are left to
 * anti-aliasing.
 */
function iconLayers(size: number): Layer[] {
  const wholePixels = (unit: number): number => Math.max(1, Math.round(unit * size)) / size;
  const stroke = wholePixels(0.07);
  const ring = Math.max(0.09, 1.8 / size); // round, so anti-aliased anyway; thicker at 16 px to stay red, not pink
  const gap = wholePixels(0.04);
  // An odd stroke is crisp centred on a pixel's middle, an even one on a pixel boundary.
  const offset = (Math.round(stroke * size) % 2) / 2;
  const onGrid = (unit: number): number => (Math.round(unit * size - offset) + offset) / size;

  const left = onGrid(0.05);
  const right = onGrid(0.79);
  const top = onGrid(0.12);
  const bottom = onGrid(0.64);
  const middle = (left + right) / 2;
  const envelope = roundBox([middle, (top + bottom) / 2], [(right - left) / 2, (bottom - top) / 2], 0.06);
  const fold: Point = [middle, top + (bottom - top) * 0.58];
  const flap = union(capsule([left, top], fold, stroke), capsule(fold, [right, top], stroke));

  const lens = circle([0.64, 0.62], 0.2);
  const handle = capsule([0.79, 0.77], [0.93, 0.91], wholePixels(0.12));
  const magnifier = union(grow(lens, ring / 2), handle);

  return [
    { shape: envelope, paint: ENVELOPE_FILL },
    { shape: outline(envelope, stroke), paint: OUTLOOK_BLUE },
    { shape: intersect(flap, envelope), paint: OUTLOOK_BLUE },
    { shape: grow(magnifier, gap), paint: 'erase' },
    { shape: lens, paint: WHITE },
    { shape: outline(lens, ring), paint: ALERT_RED },
    { shape: handle, paint: ALERT_RED },
  ];
}

/** Straight (not premultiplied) RGBA, as PNG stores it. */
export function renderIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const layers = iconLayers(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Point = [(x + 0.5) / size, (y + 0.5) / size];
      const at = (y * size + x) * 4;
      for (const layer of layers) {
        const coverage = Math.min(1, Math.max(0, 0.5 - layer.shape(p) * size));
        if (coverage > 0) composite(rgba, at, layer.paint, coverage);
      }
    }
  }
  return rgba;
}

/** Porter–Duff "over" (or "destination-out" for 'erase') on straight alpha. */
function composite(rgba: Uint8Array, at: number, paint: Rgb | 'erase', coverage: number): void {
  const dstA = (rgba[at + 3] ?? 0) / 255;
  if (paint === 'erase') {
    rgba[at + 3] = Math.round(dstA * (1 - coverage) * 255);
    return;
  }
  const outA = coverage + dstA * (1 - coverage);
  for (let i = 0; i < 3; i++) {
    const dst = rgba[at + i] ?? 0;
    rgba[at + i] = Math.round((paint[i]! * coverage + dst * dstA * (1 - coverage)) / outA);
  }
  rgba[at + 3] = Math.round(outA * 255);
}

// --- PNG -------------------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG (and zlib, gzip) define it: polynomial 0xEDB88320, reflected, inverted. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  // The CRC covers the chunk type and data, not the length (PNG spec §5.3).
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An 8-bit RGBA PNG: IHDR, one IDAT (every row with filter 0), IEND. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function main(): void {
  const assets = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
