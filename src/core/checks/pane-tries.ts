/**
 * The task pane's phrase tries, computed when it is built (trie-data/*.ts) and fetched in parts: the eager finders'
 * with this module as the pane starts (prebuilt-tries.ts), the others with the need whose data makes them
 * (check-data.ts): compiling them from the lexicons was most of a fresh pane's first analysis (0.65-0.9 s of a KAGOYA
 * pane's samples, issue #19), and the pane no longer carries the lexicons. Written compactly for the download
 * (trie-format.ts compactTries: each trie's phrases in depth-first order, front-coded) and read back in one pass over
 * a finder's phrases when it is first used.
 */
import type { EdgeLookup, Half } from './lure-matcher';
import type { PrebuiltTries } from './prebuilt-tries';
import { finderKey, type CompactHalf, type CompactTries } from './trie-format';
import { addPaneTries, PANE_TRIE_DATA } from './pane-trie-data';
import { TRIES } from './trie-data/tries';

/** The code of a shared length or family (0x40 + the number); 0x7f starts a length of 63 or more, in three digits. */
const DIGIT = 0x40;
const LONG = 0x7f;
/** What ends each phrase's own code units (trie-format.ts CompactHalf). */
const END = 0x0a;

/**
 * The edges of a trie whose nodes are numbered depth first, each node's children in order of their code unit: node
 * `n`'s first child is `n + 1`, and each child's next sibling is the node past its subtree (`next`).
 */
class DepthFirstChildren implements EdgeLookup {
  constructor(
    /** The code unit leading to each node but the root (node `n` at `n - 1`). */
    private readonly codes: Uint16Array,
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
      const unit = codes[child - 1]!;
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
 * A half compactTries wrote, read back in one pass over its phrases: each one's own code units become the nodes
 * below the part of the path it shares with the phrase before (depth first, the nodes are numbered as they come), the
 * nodes of the path past that part are closed (where each subtree ends), its last node takes its family, and the
 * sieves (lure-matcher.ts Half) are set as nodes two and three deep come — the pairs that start a phrase, the whole
 * two-unit phrases, the triples.
 */
function reviveHalf([suffixes, shared, places]: CompactHalf, families: readonly string[]): Half {
  const count = suffixes.length - places.length + 1;
  const codes = new Uint16Array(count);
  const next = new Int32Array(count);
  const family = new Array<string | undefined>(count);
  const starts = new Uint8Array(0x10000);
  const short = new Uint8Array(0x10000);
  const triples = new Uint8Array(0x10000);
  const root = new Int32Array(0x10000);
  // The nodes from the root to the last one, and their code units.
  const path = [0];
  const units: number[] = [];
  let node = 0;
  for (let phrase = 0, at = 0, shape = 0; phrase < places.length; phrase++) {
    let keep = shared.charCodeAt(shape++) - DIGIT;
    if (keep === LONG - DIGIT) {
      keep =
        ((shared.charCodeAt(shape) - DIGIT) * 64 + shared.charCodeAt(shape + 1) - DIGIT) * 64 +
        shared.charCodeAt(shape + 2) -
        DIGIT;
      shape += 3;
    }
    while (path.length > keep + 1) next[path.pop()!] = node + 1;
    for (let unit = suffixes.charCodeAt(at++); unit !== END; unit = suffixes.charCodeAt(at++)) {
      const depth = path.length;
      codes[node++] = unit;
      units[depth - 1] = unit;
      if (depth === 1) root[unit] = node;
      else if (depth === 2) starts[pairSlot(units[0]!, unit)] = 1;
      else if (depth === 3) triples[tripleSlot(units[0]!, units[1]!, unit)] = 1;
      path.push(node);
    }
    family[node] = families[places.charCodeAt(phrase) - DIGIT - 1];
    if (path.length === 3) short[pairSlot(units[0]!, units[1]!)] = 1;
  }
  while (path.length > 0) next[path.pop()!] = node + 1;
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
