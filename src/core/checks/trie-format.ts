/**
 * The phrase finders' tries as data, for the command line (prebuilt-tries.ts says why): written when it is built
 * (scripts/build-phrase-tries.ts) and read back at its start. Only the CLI bundle holds this module: the task pane
 * compiles its tries from the lexicons (lure-matcher.ts).
 */
import type { EdgeLookup, Edges, Half } from './lure-matcher';

/**
 * The edges of a trie whose nodes are numbered breadth first, each node's children in order of their code unit: node
 * `n`'s children are the nodes `first[n]` to `first[n + 1] - 1`, found by a binary search of their code units. Read
 * back from a few strings and arrays in about a millisecond, where filling a Map of the same edges takes ten times
 * that, at each start of the command line.
 */
class SortedChildren implements EdgeLookup {
  constructor(
    private readonly first: Int32Array,
    /** The code unit leading to each node but the root (node `n` at `n - 1`). */
    private readonly codes: string,
  ) {}

  get(key: number): number | undefined {
    const node = Math.floor(key / 0x10000);
    const code = key - node * 0x10000;
    let lo = this.first[node]!;
    let hi = this.first[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const unit = this.codes.charCodeAt(mid - 1);
      if (unit === code) return mid;
      if (unit < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/**
 * One trie and its sieves as plain data, its nodes numbered breadth first (`SortedChildren`), as strings of one code
 * unit per node (compact, and read with charCodeAt): how many children each node has (0x30 + the count), the code unit
 * leading to each node but the root, each node's family (0x30 + its place in the finder's families + 1, or 0x30 for
 * none); the sieves as the slots set.
 */
interface SerializedHalf {
  children: string;
  codes: string;
  families: string;
  starts: number[];
  short: number[];
  triples: number[];
}

/**
 * Each finder's tries, by its families: the Latin part's two (`latin`, JSON of `{ compact, spaced }`) and, with a
 * non-Latin part, the compact one of both parts (`all`, JSON of a half). As JSON text, read when the finder first is.
 */
export type SerializedTries = Record<string, { latin: string; all?: string }>;

/**
 * A finder's tries named by its families, which no two phrase sets share (serializeTries says if two do); also how
 * lure-matcher.ts names a finder's waiting Latin-script phrases in the task pane (late-latin.ts).
 */
export const finderKey = (families: readonly string[]): string => families.join(',');

/** Every finder's tries (lure-matcher.ts compiledTries) as data, for the CLI's build (scripts/build-phrase-tries.ts). */
export function serializeTries(
  compiled: readonly {
    families: readonly string[];
    latin: { compact: Half<Edges>; spaced: Half<Edges> };
    all?: Half<Edges>;
  }[],
): SerializedTries {
  const out: SerializedTries = {};
  for (const { families, latin, all } of compiled) {
    const key = finderKey(families);
    if (out[key]) throw new Error(`two phrase sets of the families ${key}`);
    out[key] = {
      latin: JSON.stringify({
        compact: serializeHalf(latin.compact, families),
        spaced: serializeHalf(latin.spaced, families),
      }),
      ...(all && { all: JSON.stringify(serializeHalf(all, families)) }),
    };
  }
  return out;
}

function serializeHalf(half: Half<Edges>, families: readonly string[]): SerializedHalf {
  const { edges, family } = half.root;
  const below = family.map((): [number, number][] => []);
  for (const [edge, child] of edges) below[Math.floor(edge / 0x10000)]!.push([edge % 0x10000, child]);
  // Breadth first from the root, each node's children in order of their code unit.
  const order = [0];
  const codes: number[] = [];
  for (let i = 0; i < order.length; i++) {
    for (const [code, child] of below[order[i]!]!.sort((a, b) => a[0] - b[0])) {
      order.push(child);
      codes.push(code);
    }
  }
  const units = (list: number[]) => list.map((unit) => String.fromCharCode(unit)).join('');
  // A count read as 0x30 + n stays below the surrogates (a node has at most one child per code unit; the most has ~2,000).
  if (below.some((children) => children.length >= 0xd000))
    throw new Error('trie-format: a node with too many children');
  const slots = (sieve: Uint8Array) => [...sieve.keys()].filter((slot) => sieve[slot]);
  return {
    children: units(order.map((node) => 0x30 + below[node]!.length)),
    codes: units(codes),
    families: units(order.map((node) => 0x30 + (family[node] === undefined ? 0 : families.indexOf(family[node]) + 1))),
    starts: slots(half.starts),
    short: slots(half.short),
    triples: slots(half.triples),
  };
}

/** The half serializeHalf described: the same phrases with the same families, and the same sieves. */
function reviveHalf(data: SerializedHalf, families: readonly string[]): Half {
  const { children, codes } = data;
  const n = children.length;
  const first = new Int32Array(n + 1);
  first[0] = 1;
  for (let i = 0; i < n; i++) first[i + 1] = first[i]! + children.charCodeAt(i) - 0x30;
  const family = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    const f = data.families.charCodeAt(i) - 0x30;
    family[i] = f ? families[f - 1] : undefined;
  }
  const sieve = (slots: number[]) => {
    const bits = new Uint8Array(0x10000);
    for (const slot of slots) bits[slot] = 1;
    return bits;
  };
  return {
    root: { edges: new SortedChildren(first, codes), family },
    starts: sieve(data.starts),
    short: sieve(data.short),
    triples: sieve(data.triples),
  };
}

/**
 * A finder's tries read back from serializeTries' JSON: its Latin part's two (`latin`) or its compact one of both parts.
 * @internal read by the module scripts/phrase-tries-loader.cjs writes into the CLI bundle, and by tests
 */
export function reviveTries(json: string, families: readonly string[], part: 'latin'): { compact: Half; spaced: Half };
export function reviveTries(json: string, families: readonly string[], part: 'all'): Half;
export function reviveTries(json: string, families: readonly string[], part: 'latin' | 'all') {
  if (part === 'all') return reviveHalf(JSON.parse(json) as SerializedHalf, families);
  const { compact, spaced } = JSON.parse(json) as { compact: SerializedHalf; spaced: SerializedHalf };
  return { compact: reviveHalf(compact, families), spaced: reviveHalf(spaced, families) };
}
