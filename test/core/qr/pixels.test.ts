/**
 * A host's native inflater for PNGs (pixels.ts useRawInflate; the CLI passes Node's zlib, issue #19) changes
 * how fast an image is read, never what it reads to: the same pixels, the same refusals, fflate wherever it refuses.
 */
import { expect } from 'chai';
import { encode as encodePng } from 'fast-png';
import { crc32, deflateSync, inflateRawSync } from 'node:zlib';
import { decodePixels, useRawInflate, type RawInflate } from '../../../src/core/qr/pixels';
import { MAX_PIXELS } from '../../../src/core/qr/read';

/** Grey noise (a fixed generator: the same file every run) that compresses poorly: well past 16 KB of image data. */
function noisyPng(side = 400): Uint8Array {
  const data = new Uint8Array(side * side);
  let seed = 12345;
  for (let i = 0; i < data.length; i++) data[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  return encodePng({ width: side, height: side, data, channels: 1, depth: 8 });
}

/** The PNG with its single IDAT's data changed by `edit` (the chunk's length follows; CRCs are not checked). */
function withImageData(png: Uint8Array, edit: (data: Uint8Array) => Uint8Array): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset);
  for (let p = 8; p + 12 <= png.length; p += 12 + view.getUint32(p)) {
    if (String.fromCharCode(...png.subarray(p + 4, p + 8)) !== 'IDAT') continue;
    const data = edit(png.slice(p + 8, p + 8 + view.getUint32(p)));
    const out = new Uint8Array(png.length - view.getUint32(p) + data.length);
    out.set(png.subarray(0, p + 8));
    new DataView(out.buffer).setUint32(p, data.length);
    out.set(data, p + 8);
    out.set(png.subarray(p + 8 + view.getUint32(p)), p + 8 + data.length);
    return out;
  }
  throw new Error('no IDAT');
}

/** What decodePixels does with `png` (its pixels, or the error's message), with `inflate` as the host's. */
function read(png: Uint8Array, inflate?: RawInflate): { pixels?: Uint8Array; error?: string } {
  useRawInflate(inflate);
  try {
    return { pixels: decodePixels(png, 'png', MAX_PIXELS).data };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  } finally {
    useRawInflate(undefined);
  }
}

describe('core/qr/pixels: a host’s native inflater', function () {
  // Drawing the 24-megapixel bomb takes a second or two on a loaded machine.
  this.timeout(20_000);
  let calls = 0;
  const zlib: RawInflate = (deflate, bound) => (calls++, inflateRawSync(deflate, { maxOutputLength: bound }));
  beforeEach(() => {
    calls = 0;
  });
  afterEach(() => useRawInflate(undefined));

  it('reads a large PNG to the very pixels fflate reads, and is the one that inflated it', () => {
    const png = noisyPng();
    const alone = read(png);
    expect(alone.pixels).to.have.length(400 * 400);
    expect(read(png, zlib)).to.deep.equal(alone);
    expect(calls).to.equal(1);
  });

  it('reads a small PNG with it too, to the same pixels, and a small one it refuses as fast-png alone does', () => {
    const small = encodePng({ width: 40, height: 40, data: new Uint8Array(1600).fill(9), channels: 1, depth: 8 });
    expect(read(small, zlib)).to.deep.equal(read(small));
    expect(calls).to.equal(1);
    // Cut short, and more data than its declared 10 × 10 pixels need (past the bound the native read is given):
    // refused by zlib, then read by fast-png unbounded, as a small image always was.
    const cut = withImageData(small, (d) => d.subarray(0, d.length - 6));
    expect(read(cut, zlib)).to.deep.equal(read(cut));
    const long = encodePng({ width: 100, height: 100, data: new Uint8Array(10_000), channels: 1, depth: 8 });
    new DataView(long.buffer, long.byteOffset).setUint32(16, 10);
    new DataView(long.buffer, long.byteOffset).setUint32(20, 10);
    expect(read(long, zlib)).to.deep.equal(read(long));
    expect(calls).to.equal(3);
  });

  it('falls back to fflate when the native inflater refuses, with the same result', () => {
    const png = noisyPng();
    const refusing: RawInflate = () => {
      throw new Error('no');
    };
    expect(read(png, refusing)).to.deep.equal(read(png));
  });

  it('reads a stream as fflate does at its edges: a wrong Adler-32 is not checked, a missing one is a cut stream', () => {
    const badAdler = withImageData(noisyPng(), (d) => ((d[d.length - 1]! ^= 1), d));
    expect(read(badAdler, zlib)).to.deep.equal(read(badAdler));
    expect(read(badAdler).pixels).to.have.length(400 * 400);
    const noAdler = withImageData(noisyPng(), (d) => d.subarray(0, d.length - 4));
    expect(read(noAdler, zlib)).to.deep.equal(read(noAdler));
    expect(read(noAdler).error).to.be.a('string');
    const trailing = withImageData(noisyPng(), (d) => {
      const out = new Uint8Array(d.length + 3);
      out.set(d.subarray(0, d.length - 4));
      out.set([1, 2, 3], d.length - 4);
      out.set(d.subarray(d.length - 4), d.length - 1);
      return out;
    });
    expect(read(trailing, zlib)).to.deep.equal(read(trailing));
  });

  it('refuses a deflate bomb (data past what the declared size needs) as fflate does', () => {
    const bomb = encodePng({ width: 6000, height: 4000, data: new Uint8Array(24e6), channels: 1, depth: 8 });
    const view = new DataView(bomb.buffer, bomb.byteOffset);
    view.setUint32(16, 100);
    view.setUint32(20, 100);
    const alone = read(bomb);
    expect(alone.error).to.be.a('string');
    expect(read(bomb, zlib)).to.deep.equal(alone);
  });
});

describe('core/qr/pixels: what the QR decoder is given', () => {
  /** decodePixels of a 4×1 PNG of `channels` samples a pixel. */
  const pixelsOf = (channels: number, samples: number[]) =>
    decodePixels(encodePng({ width: 4, height: 1, data: new Uint8Array(samples), channels, depth: 8 }), 'png', 100);

  it('gives a PNG as each pixel’s brightness on white, (r + 2g + b) >> 2, one byte a pixel', () => {
    // Red; transparent (white); black half transparent (its channels laid on white, the fraction cut); a colour.
    const rgba = pixelsOf(4, [255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 128, 10, 200, 30, 255]);
    expect(rgba.format).to.equal('luma');
    expect([...rgba.data]).to.deep.equal([63, 255, 127, 110]);
    expect([...pixelsOf(3, [255, 0, 0, 0, 0, 0, 255, 255, 255, 10, 200, 30]).data]).to.deep.equal([63, 0, 255, 110]);
    expect([...pixelsOf(2, [0, 255, 0, 0, 0, 128, 99, 255]).data]).to.deep.equal([0, 255, 127, 99]);
  });

  it('hands an 8-bit grey PNG’s samples over as they are: they are the brightness already', () => {
    const grey = pixelsOf(1, [0, 77, 200, 255]);
    expect(grey.format).to.equal('luma');
    expect([...grey.data]).to.deep.equal([0, 77, 200, 255]);
  });
});

/** A PNG built here: `rows` of samples, each row written with the filter `filters[y % filters.length]`. */
function filteredPng(
  width: number,
  height: number,
  colourType: number,
  filters: readonly number[],
  extra: { before?: Uint8Array[]; after?: Uint8Array[] } = {},
): Uint8Array {
  const channels = [1, 0, 3, 1, 2, 0, 4][colourType]!;
  const rowBytes = width * channels;
  const raw = new Uint8Array(height * rowBytes);
  let seed = 99;
  // Half noise, half smooth runs, so every predictor has both kinds of neighbour.
  for (let i = 0; i < raw.length; i++)
    raw[i] = i % 7 < 3 ? (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24 : (i >> 4) & 255;
  const out = new Uint8Array(height * (rowBytes + 1));
  for (let y = 0; y < height; y++) {
    const f = filters[y % filters.length]!;
    out[y * (rowBytes + 1)] = f;
    for (let i = 0; i < rowBytes; i++) {
      const at = (dy: number, di: number) => (y + dy >= 0 && i + di >= 0 ? raw[(y + dy) * rowBytes + i + di]! : 0);
      const [a, b, c] = [at(0, -channels), at(-1, 0), at(-1, -channels)];
      const [pa, pb, pc] = [Math.abs(b - c), Math.abs(a - c), Math.abs(a + b - 2 * c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][f] ?? 0;
      out[y * (rowBytes + 1) + 1 + i] = (raw[y * rowBytes + i]! - predicted) & 255;
    }
  }
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([8, colourType, 0, 0, 0], 8);
  const parts = [
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    pngChunk('IHDR', header),
    ...(extra.before ?? []),
    pngChunk('IDAT', deflateSync(out)),
    ...(extra.after ?? []),
    pngChunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (png.set(p, at), at + p.length), 0);
  return png;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  out.set(data, 8);
  new DataView(out.buffer).setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('core/qr/pixels: a plain PNG unfiltered without fast-png when the host inflates (issue #19)', () => {
  const zlib: RawInflate = (deflate, bound) => inflateRawSync(deflate, { maxOutputLength: bound });
  afterEach(() => useRawInflate(undefined));

  it('reads every filter type, in every 8-bit colour type, to the very brightness fast-png’s reading gives', () => {
    const palette = pngChunk(
      'PLTE',
      Uint8Array.from({ length: 3 * 200 }, (_, i) => (i * 37) & 255),
    );
    const alpha = pngChunk(
      'tRNS',
      Uint8Array.from({ length: 90 }, (_, i) => (i * 11) & 255),
    );
    for (const colourType of [0, 2, 3, 4, 6]) {
      // Each filter alone (its first row too, which reads zeros above), then all five in turn.
      for (const filters of [[0], [1], [2], [3], [4], [0, 1, 2, 3, 4]]) {
        const before = colourType === 3 ? [palette, alpha] : [];
        const png = filteredPng(37, 23, colourType, filters, { before });
        const alone = read(png);
        expect(alone.pixels, `colour type ${colourType}, filters ${filters}`).to.have.length(37 * 23);
        expect(read(png, zlib), `colour type ${colourType}, filters ${filters}`).to.deep.equal(alone);
      }
    }
  });

  it('reads the chunks fast-png reads as it does, and fails where it fails', () => {
    const icc = new Uint8Array([...latin1('sRGB'), 0, 0, ...deflateSync(new Uint8Array(64))]);
    const cases: Record<string, { before?: Uint8Array[]; after?: Uint8Array[] }> = {
      'text, profile, resolution': {
        before: [pngChunk('tEXt', latin1('Software\0x')), pngChunk('iCCP', icc), pngChunk('pHYs', new Uint8Array(9))],
      },
      'a chunk after the data': { after: [pngChunk('tEXt', latin1('Comment\0y'))] },
      'an unknown chunk': { before: [pngChunk('zzZz', new Uint8Array(5))] },
      'a suggested palette beside true colour': { before: [pngChunk('PLTE', new Uint8Array(30))] },
      'an empty keyword': { before: [pngChunk('tEXt', latin1('\0x'))] },
      'a profile that does not inflate': { before: [pngChunk('iCCP', latin1('icc\0\0nonsense'))] },
      'a short pHYs': { before: [pngChunk('pHYs', new Uint8Array(8))] },
      'transparency beside an alpha channel': { before: [pngChunk('tRNS', new Uint8Array(6))] },
    };
    for (const [name, extra] of Object.entries(cases)) {
      const png = filteredPng(30, 20, name.includes('alpha channel') ? 6 : 2, [0, 1, 2, 3, 4], extra);
      expect(read(png, zlib), name).to.deep.equal(read(png));
    }
    expect(read(filteredPng(30, 20, 2, [0]), zlib).pixels).to.have.length(600);
    expect(read(filteredPng(30, 20, 2, [0], cases['an empty keyword'])).error).to.be.a('string');
    // A filter type the standard does not define; an indexed image without its palette; a file cut in its data.
    const badFilter = filteredPng(30, 20, 2, [2, 5]);
    expect(read(badFilter, zlib)).to.deep.equal(read(badFilter));
    expect(read(badFilter).error).to.be.a('string');
    const noPalette = filteredPng(30, 20, 3, [1]);
    expect(read(noPalette, zlib)).to.deep.equal(read(noPalette));
    const whole = filteredPng(30, 20, 6, [4]);
    const cut = whole.subarray(0, whole.length - 40);
    expect(read(cut, zlib)).to.deep.equal(read(cut));
  });
});
