/**
 * A host's native inflater for PNGs (pixels.ts useRawInflate; the CLI passes Node's zlib, issue #19) changes
 * how fast an image is read, never what it reads to: the same pixels, the same refusals, fflate wherever it refuses.
 */
import { expect } from 'chai';
import { encode as encodePng } from 'fast-png';
import { inflateRawSync } from 'node:zlib';
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
