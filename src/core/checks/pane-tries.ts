/**
 * The task pane's phrase tries, computed when it is built (trie-data/*.ts) and fetched in parts: the eager finders' with
 * this module as the pane starts (prebuilt-tries.ts), the others with the need whose data makes them (check-data.ts):
 * compiling them from the lexicons was most of a fresh pane's first analysis
 * (0.65-0.9 s of a KAGOYA pane's samples, issue #19). Written compactly for the download (trie-format.ts
 * compactTries: each trie's nodes in depth-first order) and read back in one pass over a finder's nodes when it is
 * first used.
 */
import type { EdgeLookup, Half } from './lure-matcher';
import type { PrebuiltTries } from './prebuilt-tries';
import { finderKey, type CompactHalf, type CompactTries } from './trie-format';
import { addPaneTries, PANE_TRIE_DATA } from './pane-trie-data';
import { TRIES } from './trie-data/tries';

/** The code of a child count or family (0x40 + the number); 0x7f starts a count of 63 or more, in three digits. */
const DIGIT = 0x40;
const LONG = 0x7f;

/**
 * The edges of a trie whose nodes are numbered depth first, each node's children in order of their code unit: node
 * `n`'s first child is `n + 1`, and each child's next sibling is the node past its subtree (`next`).
 */
class DepthFirstChildren implements EdgeLookup {
  constructor(
    /** The code unit leading to each node but the root (node `n` at `n - 1`). */
    private readonly codes: string,
    /** The node past each node's subtree. */
    private readonly next: Int32Array,
    /** The root's children by code unit (0: none). */
    private readonly root: Int32Array,
  ) {}

  get(key: number): number | undefined {
    const node = Math.floor(key / 0x10000);
    const code = key - node * 0x10000;
    if (node === 0) return this.root[code] || undefined;
    const { codes, next } = this;
    for (let child = node + 1; child < next[node]!; child = next[child]!) {
      const unit = codes.charCodeAt(child - 1);
      if (unit === code) return child;
      if (unit > code) return undefined;
    }
    return undefined;
  }
}

/** The sieves' slots, as lure-matcher.ts sets them (the tests compare the sieves). */
const pairSlot = (first: number, second: number): number => (first * 0x9e37 + second) & 0xffff;
const tripleSlot = (first: number, second: number, third: number): number =>
  ((first * 0x9e37 + second) * 0x85eb + third) & 0xffff;

/**
 * A half compactTries wrote, read back: its nodes walked once in order, a stack holding the path to each, for where
 * each subtree ends, the phrases' families, and the sieves (lure-matcher.ts Half) — the pairs that start a phrase are
 * the nodes two deep, the whole two-unit phrases those of them that end one, the triples the nodes three deep.
 */
function reviveHalf([codes, shape, ends]: CompactHalf, families: readonly string[]): Half {
  const count = ends.length;
  const next = new Int32Array(count);
  const family = new Array<string | undefined>(count);
  const starts = new Uint8Array(0x10000);
  const short = new Uint8Array(0x10000);
  const triples = new Uint8Array(0x10000);
  const root = new Int32Array(0x10000);
  // The nodes from the root to the current one, with how many children each has still to come, and their code units.
  const path: number[] = [];
  const left: number[] = [];
  const units: number[] = [];
  for (let node = 0, at = 0; node < count; node++) {
    let children = shape.charCodeAt(at++) - DIGIT;
    if (children === LONG - DIGIT) {
      children =
        ((shape.charCodeAt(at) - DIGIT) * 64 + shape.charCodeAt(at + 1) - DIGIT) * 64 +
        shape.charCodeAt(at + 2) -
        DIGIT;
      at += 3;
    }
    const depth = path.length;
    const place = ends.charCodeAt(node) - DIGIT;
    if (place > 0) family[node] = families[place - 1];
    if (depth > 0) {
      left[depth - 1]!--;
      const unit = (units[depth - 1] = codes.charCodeAt(node - 1));
      if (depth === 1) root[unit] = node;
      else if (depth === 2) {
        starts[pairSlot(units[0]!, unit)] = 1;
        if (place > 0) short[pairSlot(units[0]!, unit)] = 1;
      } else if (depth === 3) triples[tripleSlot(units[0]!, units[1]!, unit)] = 1;
    }
    path.push(node);
    left.push(children);
    while (path.length > 0 && left[left.length - 1] === 0) {
      next[path.pop()!] = node + 1;
      left.pop();
    }
  }
  return { root: { edges: new DepthFirstChildren(codes, next, root), family }, starts, short, triples };
}

/**
 * Every finder's tries in compactTries' data, each revived when its finder first asks: the data read then, so parts
 * added since are seen (pane-trie-data.ts).
 * @internal exported for the tests, which check them against the tries compiled from the lexicons
 */
export const paneTries = (data: CompactTries): PrebuiltTries => ({
  latin(families) {
    const tries = data[finderKey(families)]?.latin;
    return tries && { compact: reviveHalf(tries[0], families), spaced: reviveHalf(tries[1], families) };
  },
  all(families) {
    const tries = data[finderKey(families)]?.all;
    return tries && reviveHalf(tries, families);
  },
});

addPaneTries(TRIES);

/** The pane's tries as they come: the eager finders' with this module, the others with their needs' data. */
export const PANE_TRIES: PrebuiltTries | undefined = PANE_TRIE_DATA && paneTries(PANE_TRIE_DATA);
