/**
 * A QR code a PDF draws instead of showing a picture of it: each dark module a filled rectangle of the page's content
 * (what PDF libraries of phishing kits emit). The content stream's rectangles are painted onto a bitmap for the QR
 * decoder. One forward pass over the operators, numbers kept on a short stack; text, strings and inline images are
 * skipped. Bounded: rectangles kept, bitmap size and pixels painted. Pure; never throws on damaged content.
 */
import type { Rgba } from './pixels';

/** Dark rectangles kept per stream. */
const MAX_RECTS = 20_000;
/** Fewer dark rectangles cannot be a QR code (version 1 has 21 × 21 modules, about half of them dark). */
const MIN_RECTS = 40;
/** Longest side of the bitmap, in pixels. */
const MAX_SIDE = 2000;
/** Pixels painted per stream, all rectangles together. */
const MAX_PAINTED = 16_000_000;
/** Pixels per module the decoder needs. */
const MODULE_PX = 4;

type Matrix = [number, number, number, number, number, number];
interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const regular = (c: number) => !WHITE.has(c) && !DELIM.has(c);
const FILL = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** The dark filled rectangles of a content stream, in page space (axis-aligned transforms only). */
function darkRects(b: Uint8Array): Rect[] {
  const rects: Rect[] = [];
  let path: Rect[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let dark = true;
  let nums: number[] = [];
  let p = 0;
  const skipTo = (close: number) => {
    while (p < b.length && b[p] !== close) p++;
    p++;
  };
  while (p < b.length && rects.length < MAX_RECTS) {
    const c = b[p]!;
    if (WHITE.has(c)) p++;
    else if (c === 0x25) skipTo(10);
    else if (c === 0x28) {
      // A string: balanced parentheses, backslash escapes.
      let depth = 0;
      for (; p < b.length; p++) {
        if (b[p] === 0x5c) p++;
        else if (b[p] === 0x28) depth++;
        else if (b[p] === 0x29 && --depth === 0) break;
      }
      p++;
    } else if (c === 0x3c && b[p + 1] !== 0x3c) skipTo(0x3e);
    else if (!regular(c)) {
      p++;
      if (c === 0x2f) while (p < b.length && regular(b[p]!)) p++; // a name
    } else {
      const start = p;
      while (p < b.length && regular(b[p]!)) p++;
      const word = String.fromCharCode(...b.subarray(start, Math.min(p, start + 8)));
      const n = Number(word);
      if (word !== '' && !Number.isNaN(n) && /^[+\-.0-9]/.test(word)) {
        nums.push(n);
        if (nums.length > 16) nums = nums.slice(-8);
        continue;
      }
      const a = nums.slice(-6);
      if (word === 'q' && saved.length < 64) saved.push(ctm);
      else if (word === 'Q') ctm = saved.pop() ?? ctm;
      else if (word === 'cm' && a.length === 6) ctm = multiply(a as Matrix, ctm);
      else if (word === 're' && nums.length >= 4 && ctm[1] === 0 && ctm[2] === 0) {
        const [x, y, w, h] = nums.slice(-4) as [number, number, number, number];
        const xs = [x * ctm[0] + ctm[4], (x + w) * ctm[0] + ctm[4]];
        const ys = [y * ctm[3] + ctm[5], (y + h) * ctm[3] + ctm[5]];
        path.push({ x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) });
      } else if (FILL.has(word)) {
        if (dark) rects.push(...path.slice(0, MAX_RECTS - rects.length));
        path = [];
      } else if (word === 'n' || word === 'S' || word === 's') path = [];
      else if (word === 'g' && nums.length >= 1) dark = nums[nums.length - 1]! < 0.5;
      else if (word === 'rg' && nums.length >= 3) dark = nums.slice(-3).reduce((s, v) => s + v, 0) < 1.5;
      else if (word === 'k' && nums.length >= 4) {
        const [cy, m, y, k] = nums.slice(-4) as [number, number, number, number];
        dark = k > 0.5 || (cy + m + y) / 3 > 0.5;
      } else if (word === 'BI') {
        // An inline image: its data runs to `EI` between white space.
        while (p + 2 < b.length && !(WHITE.has(b[p]!) && b[p + 1] === 0x45 && b[p + 2] === 0x49)) p++;
        p += 3;
      }
      nums = [];
    }
  }
  return rects;
}

/** The drawing of a content stream as pixels for the QR decoder, when it fills enough dark rectangles to be one. */
export function drawnQr(content: Uint8Array): Rgba | undefined {
  const rects = darkRects(content).filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
  if (rects.length < MIN_RECTS) return undefined;
  let side = Infinity;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const r of rects) {
    side = Math.min(side, r.x1 - r.x0, r.y1 - r.y0);
    box.x0 = Math.min(box.x0, r.x0);
    box.y0 = Math.min(box.y0, r.y0);
    box.x1 = Math.max(box.x1, r.x1);
    box.y1 = Math.max(box.y1, r.y1);
  }
  // A quiet zone of four modules around what is drawn; the smallest rectangle taken as one module.
  const margin = side * 4;
  const w = box.x1 - box.x0 + 2 * margin;
  const h = box.y1 - box.y0 + 2 * margin;
  const scale = Math.min(MODULE_PX / side, MAX_SIDE / w, MAX_SIDE / h);
  const width = Math.ceil(w * scale);
  const height = Math.ceil(h * scale);
  if (!Number.isFinite(scale) || width < 21 || height < 21) return undefined;
  const data = new Uint8Array(width * height * 4).fill(255);
  let painted = 0;
  for (const r of rects) {
    // Page space has y upwards; the bitmap's rows go down.
    const c0 = Math.round((r.x0 - box.x0 + margin) * scale);
    const c1 = Math.round((r.x1 - box.x0 + margin) * scale);
    const r0 = Math.round((box.y1 + margin - r.y1) * scale);
    const r1 = Math.round((box.y1 + margin - r.y0) * scale);
    painted += (c1 - c0) * (r1 - r0);
    if (painted > MAX_PAINTED) return undefined;
    for (let y = r0; y < r1; y++)
      for (let x = c0; x < c1; x++) {
        const o = (y * width + x) * 4;
        data[o] = data[o + 1] = data[o + 2] = 0;
      }
  }
  return { width, height, data };
}
