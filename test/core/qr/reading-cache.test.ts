import { expect } from 'chai';
import { MAX_BYTES, MAX_ENTRIES, ReadingCache } from '../../../src/core/qr/reading-cache';

const bytesOf = (n: number, fill: number, length = 64): Uint8Array => {
  const b = new Uint8Array(length).fill(fill);
  new DataView(b.buffer).setUint32(0, n);
  return b;
};

describe('core/qr: the cache of image readings', () => {
  it('answers equal bytes (in another buffer) from memory, and other bytes or another kind by computing', () => {
    const cache = new ReadingCache<string>();
    let computed = 0;
    const read = (kind: string, b: Uint8Array) => cache.get(kind, b, () => `reading ${++computed}`);
    expect(read('png', bytesOf(1, 7))).to.equal('reading 1');
    expect(read('png', bytesOf(1, 7))).to.equal('reading 1');
    expect(read('png', bytesOf(2, 7))).to.equal('reading 2');
    expect(read('jpeg', bytesOf(1, 7))).to.equal('reading 3');
    expect(computed).to.equal(3);
  });

  it('keeps a copy of the bytes: changing the caller’s buffer afterwards does not change what it matches', () => {
    const cache = new ReadingCache<string>();
    const b = bytesOf(1, 7);
    cache.get('png', b, () => 'first');
    b[10] = 8;
    expect(cache.get('png', b, () => 'changed bytes')).to.equal('changed bytes');
    expect(cache.get('png', bytesOf(1, 7), () => 'again')).to.equal('first');
  });

  it('holds at most MAX_ENTRIES entries, forgetting the least recently used first', () => {
    const cache = new ReadingCache<number>();
    for (let i = 0; i < MAX_ENTRIES; i++) cache.get('png', bytesOf(i, 0), () => i);
    cache.get('png', bytesOf(0, 0), () => -1); // used again: now the most recent
    for (let i = MAX_ENTRIES; i < MAX_ENTRIES + 10; i++) cache.get('png', bytesOf(i, 0), () => i);
    expect(cache.held.entries).to.equal(MAX_ENTRIES);
    expect(cache.get('png', bytesOf(0, 0), () => -1)).to.equal(0);
    expect(cache.get('png', bytesOf(1, 0), () => -1)).to.equal(-1);
  });

  it('holds at most MAX_BYTES bytes, and never keeps one image of more than a quarter of them', () => {
    const cache = new ReadingCache<number>();
    const big = MAX_BYTES / 8;
    for (let i = 0; i < 20; i++) cache.get('png', bytesOf(i, 1, big), () => i);
    expect(cache.held.bytes).to.be.at.most(MAX_BYTES);
    expect(cache.held.entries).to.equal(8);
    const huge = bytesOf(99, 1, MAX_BYTES / 4 + 1);
    expect(cache.get('png', huge, () => 1)).to.equal(1);
    expect(cache.get('png', huge, () => 2)).to.equal(2);
  });
});
