/**
 * The task pane's phrase tries, computed when it is built (trie-data/*.ts) and fetched in parts: the eager finders'
 * with this module as the pane starts (prebuilt-tries.ts), the others with the need whose data makes them
 * (check-data.ts): compiling them from the lexicons was most of a fresh pane's first analysis (0.65-0.9 s of a KAGOYA
 * pane's samples, issue #19), and the pane no longer carries the lexicons. Written compactly for the download
 * (trie-format.ts compactTries: each trie's phrases in depth-first order, front-coded) and read back in one pass over
 * a finder's phrases when it is first used, the edges read in place.
 */
import type { EdgeLookup, Half } from './lure-matcher';
import type { PrebuiltTries } from './prebuilt-tries';
import { finderKey, type CompactHalf, type CompactTries } from './trie-format';
import { addPaneTries, PANE_TRIE_DATA } from './pane-trie-data';
import { TRIES } from './trie-data/tries';

/** The code of a shared length or family (0x40 + the number); 0x7f starts a length of 63 or more, in three digits. */
const DIGIT = 0x40;
const LONG = 0x7f;

/**
 * The edges of a trie whose nodes are numbered depth first, each node's children in order of their code unit: node
 * `n`'s first child is `n + 1`, and each child's next sibling is the node past its subtree. Read in place from the
 * phrases compactTries wrote, as trie-format.ts reads the command line's: where a subtree ends is worked out for the
 * nodes a scan reaches, when it first reaches them, from the phrases' shared lengths (a node `d` deep, made by phrase
 * `p`, ends where the first phrase after `p` that shares fewer than `d` code units starts). Expanding every node up
 * front was a loop over every code unit of every trie, most of it run before V8 compiled it: 60-100 ms of a fresh
 * KAGOYA pane's first analysis (issue #19); a message's scans reach a few thousand nodes.
 */
class DepthFirstChildren implements EdgeLookup {
  /** The node past each node's subtree, plus one, once worked out (0: not yet). */
  private readonly next: Int32Array;

  constructor(
    /** The code units leading to each node but the root, in depth-first order (node `n` at `n - 1`). */
    private readonly codes: string,
    /** Each phrase's last node (it takes the phrase's family): its new nodes are those after the last one's. */
    private readonly ends: Int32Array,
    /** How many code units each phrase shares with the one before. */
    private readonly keeps: Int32Array,
    /** The first phrase after each one that shares fewer code units than it (`ends.length`: none). */
    private readonly fewer: Int32Array,
    /** The root's children by code unit (0: none). */
    private readonly root: Int32Array,
  ) {
    this.next = new Int32Array(codes.length + 1);
  }

  get(key: number): number | undefined {
    const node = Math.floor(key / 0x10000);
    const code = key - node * 0x10000;
    if (node === 0) return this.root[code] || undefined;
    const { codes } = this;
    for (let child = node + 1, end = this.past(node); child < end; child = this.past(child)) {
      const unit = codes.charCodeAt(child - 1);
      if (unit === code) return child;
      if (unit > code) return undefined;
    }
    return undefined;
  }

  /** The node past `node`'s subtree. */
  private past(node: number): number {
    const known = this.next[node]! - 1;
    if (known >= 0) return known;
    const { ends, keeps, fewer } = this;
    // The phrase that made the node (the first whose last node is not before it), and the node's depth.
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < node) lo = mid + 1;
      else hi = mid;
    }
    const depth = keeps[lo]! + node - (lo === 0 ? 0 : ends[lo - 1]!);
    // The first later phrase sharing fewer code units than the depth: a phrase skipped shares at least as many as
    // the one before it, and `fewer` jumps over the run of phrases sharing at least as many as that one.
    let after = lo + 1;
    while (after < ends.length && keeps[after]! >= depth) after = fewer[after]!;
    const past = after < ends.length ? ends[after - 1]! + 1 : this.codes.length + 1;
    this.next[node] = past + 1;
    return past;
  }
}

/** The sieves' slots, as lure-matcher.ts sets them (the tests compare the sieves). */
const pairSlot = (first: number, second: number): number => (first * 0x9e37 + second) & 0xffff;
const tripleSlot = (first: number, second: number, third: number): number =>
  ((first * 0x9e37 + second) * 0x85eb + third) & 0xffff;

/**
 * A half compactTries wrote, read back in one pass over its phrases (not their code units): each phrase's own code
 * units are the nodes below the part of the path it shares with the phrase before (depth first, the nodes are
 * numbered as they come), its last node takes its family, and the sieves (lure-matcher.ts Half) are set from the
 * nodes one to three deep it adds — the pairs that start a phrase, the whole two-unit phrases, the triples. The edges
 * are read in place (DepthFirstChildren).
 */
function reviveHalf([suffixes, shared, places]: CompactHalf, families: readonly string[]): Half {
  const count = places.length;
  const own = suffixes.split('\n');
  const codes = own.join('');
  const ends = new Int32Array(count);
  const keeps = new Int32Array(count);
  const family = new Array<string | undefined>(codes.length + 1);
  const starts = new Uint8Array(0x10000);
  const short = new Uint8Array(0x10000);
  const triples = new Uint8Array(0x10000);
  const root = new Int32Array(0x10000);
  // The code units of the path's first three nodes.
  let first = 0;
  let second = 0;
  let node = 0;
  for (let phrase = 0, shape = 0; phrase < count; phrase++) {
    let keep = shared.charCodeAt(shape++) - DIGIT;
    if (keep === LONG - DIGIT) {
      keep =
        ((shared.charCodeAt(shape) - DIGIT) * 64 + shared.charCodeAt(shape + 1) - DIGIT) * 64 +
        shared.charCodeAt(shape + 2) -
        DIGIT;
      shape += 3;
    }
    const units = own[phrase]!;
    const length = units.length;
    // The nodes this phrase adds one to three deep.
    for (let depth = keep + 1; depth <= 3 && depth <= keep + length; depth++) {
      const unit = units.charCodeAt(depth - keep - 1);
      if (depth === 1) root[(first = unit)] = node + 1;
      else if (depth === 2) starts[pairSlot(first, (second = unit))] = 1;
      else triples[tripleSlot(first, second, unit)] = 1;
    }
    if (keep + length === 2) short[pairSlot(first, second)] = 1;
    node += length;
    ends[phrase] = node;
    keeps[phrase] = keep;
    family[node] = families[places.charCodeAt(phrase) - DIGIT - 1];
  }
  // Each phrase's first later one sharing fewer code units: from the last, over the runs sharing as many or more.
  const fewer = new Int32Array(count);
  for (let phrase = count - 1; phrase >= 0; phrase--) {
    let after = phrase + 1;
    while (after < count && keeps[after]! >= keeps[phrase]!) after = fewer[after]!;
    fewer[phrase] = after;
  }
  return { root: { edges: new DepthFirstChildren(codes, ends, keeps, fewer, root), family }, starts, short, triples };
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
