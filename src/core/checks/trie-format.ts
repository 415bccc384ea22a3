/**
 * The phrase finders' tries as data, for the command line (prebuilt-tries.ts says why): written when it is built
 * (scripts/build-phrase-tries.ts) and read back at its start. Only the CLI bundle holds this module: the task pane
 * compiles its tries from the lexicons (lure-matcher.ts).
 */
import type { EdgeLookup, Edges, Half } from './lure-matcher';

/**
 * A number written as `width` characters of six bits each, most significant first, each the character 0x40 + its
 * bits (`@`–DEL: printable ASCII, so the bundle writes them as they are, all but `\\` in one byte).
 */
const DIGIT = 0x40;

function writeDigits(value: number, width: number): string {
  let out = '';
  for (let k = width - 1; k >= 0; k--) out += String.fromCharCode(DIGIT + (Math.floor(value / 64 ** k) % 64));
  return out;
}

function readDigits(text: string, at: number, width: number): number {
  let value = 0;
  for (let k = 0; k < width; k++) value = value * 64 + text.charCodeAt(at + k) - DIGIT;
  return value;
}

/** How many six-bit characters write every number up to `max`. */
const widthFor = (max: number): number => Math.max(1, Math.ceil(Math.log2(max + 1) / 6));

/**
 * The edges of a trie whose nodes are numbered breadth first, each node's children in order of their code unit: node
 * `n`'s children are the nodes `first(n)` to `first(n + 1) - 1`, found by a binary search of their code units. Read
 * in place from the strings the bundle carries: nothing is unpacked at the start of the command line, where a loop
 * over every node (a hundred thousand in the lure lexicon's) runs before V8 has compiled it (issue #19).
 */
class SortedChildren implements EdgeLookup {
  constructor(
    /** `first(n)` for every node and one past the last, `width` digits each (writeDigits). */
    private readonly first: string,
    private readonly width: number,
    /** The code unit leading to each node but the root (node `n` at `n - 1`): its place in `units`, `codeWidth` digits. */
    private readonly codes: string,
    private readonly codeWidth: number,
    /** The trie's code units, each once, in order (so places compare as the units do). */
    private readonly units: Uint16Array,
  ) {}

  /**
   * `first(n) + 1` of each node once read (0: not yet), and the root's children by code unit (0: none) once asked: a
   * scan walks the same few nodes again and again, and starts every walk at the root (issue #19).
   */
  private read?: Int32Array;
  private root?: Int32Array;

  get(key: number): number | undefined {
    const node = Math.floor(key / 0x10000);
    const code = key - node * 0x10000;
    if (node === 0) return (this.root ??= this.rootChildren())[code] || undefined;
    const { first, width, codes, codeWidth, units } = this;
    const read = (this.read ??= new Int32Array(first.length / width));
    let lo = read[node]! - 1;
    if (lo < 0) read[node] = (lo = readDigits(first, node * width, width)) + 1;
    let hi = read[node + 1]! - 2;
    if (hi < -1) read[node + 1] = (hi = readDigits(first, node * width + width, width) - 1) + 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const place =
        codeWidth === 1 ? codes.charCodeAt(mid - 1) - DIGIT : readDigits(codes, (mid - 1) * codeWidth, codeWidth);
      const unit = units[place]!;
      if (unit === code) return mid;
      if (unit < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /**
   * The most ASCII units a path from `node` takes (lure-matcher.ts Half.lead): a node's children come in order of
   * their code unit, so its ASCII ones first, and only the nodes on such paths are read.
   */
  asciiDepth(node = 0): number {
    const { first, width } = this;
    const end = readDigits(first, node * width + width, width);
    let depth = 0;
    for (let child = readDigits(first, node * width, width); child < end && this.unitOf(child) <= 0x7f; child++)
      depth = Math.max(depth, 1 + this.asciiDepth(child));
    return depth;
  }

  /** The code unit leading to a node. */
  private unitOf(node: number): number {
    const { codes, codeWidth } = this;
    return this.units[
      codeWidth === 1 ? codes.charCodeAt(node - 1) - DIGIT : readDigits(codes, (node - 1) * codeWidth, codeWidth)
    ]!;
  }

  private rootChildren(): Int32Array {
    const table = new Int32Array(0x10000);
    const end = readDigits(this.first, this.width, this.width);
    for (let child = readDigits(this.first, 0, this.width); child < end; child++)
      table[this.units[readDigits(this.codes, (child - 1) * this.codeWidth, this.codeWidth)]!] = child;
    return table;
  }
}

/**
 * One trie and its sieves as plain data, every part of it digits (writeDigits: printable ASCII without `*` or `/`, so
 * the command's bundle carries them as slices of its own text, read in place, never parsed; issue #19), its nodes
 * numbered breadth first (`SortedChildren`): where each node's children start (`first`, `width` digits a node); the
 * trie's code units, each once, in order (`units`, UNIT_WIDTH digits each), and the one leading to each node but the
 * root as its place among them (`codes`, `codeWidth` digits a node: one for a Latin trie's few dozen units); the nodes
 * where a phrase ends (`ends`: each one's number in `width` digits, then its family as 0x40 + its place in the
 * finder's families), in order; the sieves as the slots set (UNIT_WIDTH digits each).
 */
interface SerializedHalf {
  width: number;
  first: string;
  codeWidth: number;
  units: string;
  codes: string;
  ends: string;
  starts: string;
  short: string;
  triples: string;
}

/** Digits of a code unit or a sieve's slot (0 to 0xffff: three six-bit digits). */
const UNIT_WIDTH = 3;

/**
 * Each finder's tries, by its families: the Latin part's two (`latin`) and, with a non-Latin part, the compact one of
 * both parts (`all`). Written into the CLI bundle as an object literal (scripts/phrase-tries-loader.cjs), revived when
 * the finder is first used: a run of English mail never revives the non-Latin ones.
 */
export type SerializedTries = Record<
  string,
  { latin: { compact: SerializedHalf; spaced: SerializedHalf }; all?: SerializedHalf }
>;

/** A finder's tries named by its families, which no two phrase sets share (serializeTries says if two do). */
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
    if (families.length >= 0x40) throw new Error(`trie-format: too many families in ${key}`);
    out[key] = {
      latin: { compact: serializeHalf(latin.compact, families), spaced: serializeHalf(latin.spaced, families) },
      ...(all && { all: serializeHalf(all, families) }),
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
  const width = widthFor(order.length);
  let first = '';
  let next = 1;
  let ends = '';
  order.forEach((node, n) => {
    first += writeDigits(next, width);
    next += below[node]!.length;
    const place = family[node] === undefined ? -1 : families.indexOf(family[node]);
    if (place >= 0) ends += writeDigits(n, width) + String.fromCharCode(DIGIT + place);
    else if (family[node] !== undefined) throw new Error(`trie-format: ${family[node]} is not a family of the finder`);
  });
  first += writeDigits(next, width);
  const units = [...new Set(codes)].sort((a, b) => a - b);
  const placeOf = new Map(units.map((unit, place) => [unit, place]));
  const codeWidth = widthFor(Math.max(0, units.length - 1));
  const slots = (sieve: Uint8Array) => [...sieve.keys()].filter((slot) => sieve[slot]);
  const digits = (values: number[], w: number) => values.map((value) => writeDigits(value, w)).join('');
  return {
    width,
    first,
    codeWidth,
    units: digits(units, UNIT_WIDTH),
    codes: digits(
      codes.map((unit) => placeOf.get(unit)!),
      codeWidth,
    ),
    ends,
    starts: digits(slots(half.starts), UNIT_WIDTH),
    short: digits(slots(half.short), UNIT_WIDTH),
    triples: digits(slots(half.triples), UNIT_WIDTH),
  };
}

/**
 * One trie as the task pane downloads it (pane-tries.ts reads it back): its phrases in depth-first order (each node's
 * children in order of their code unit), front-coded — each phrase's code units past those it shares with the phrase
 * before, then a line feed (`suffixes`; no phrase holds one: the normaliser made every whitespace run a space or
 * nothing), how many it shares (`shared`: 0x40 + the number, or 0x7f and three digits for 63 or more) and its family
 * (`families`: 0x40 + its place in the finder's families + 1). The suffixes joined are the trie's nodes' code units in
 * depth-first order, so the trie and its sieves are read back in one pass; numbers per phrase, not per node, gzip
 * about a seventh smaller than a child count and a family for each node.
 */
export type CompactHalf = [suffixes: string, shared: string, families: string];

/**
 * Each finder's tries for the task pane, by its families, as `SerializedTries` holds them for the command line. The
 * pane fetches them in parts (pane-tries.ts): a finder's Latin part with its check, the compact trie of both parts
 * (`all`) with the phrases in other scripts.
 */
export type CompactTries = Record<string, { latin?: [compact: CompactHalf, spaced: CompactHalf]; all?: CompactHalf }>;

/** Every finder's tries (lure-matcher.ts compiledTries) for the task pane's build (scripts/build-phrase-tries.ts). */
export function compactTries(
  compiled: readonly {
    families: readonly string[];
    latin: { compact: Half<Edges>; spaced: Half<Edges> };
    all?: Half<Edges>;
  }[],
): CompactTries {
  const out: CompactTries = {};
  for (const { families, latin, all } of compiled) {
    const key = finderKey(families);
    if (out[key]) throw new Error(`two phrase sets of the families ${key}`);
    if (families.length >= 0x3f) throw new Error(`trie-format: too many families in ${key}`);
    out[key] = {
      latin: [compactHalf(latin.compact, families), compactHalf(latin.spaced, families)],
      ...(all && { all: compactHalf(all, families) }),
    };
  }
  return out;
}

function compactHalf(half: Half<Edges>, families: readonly string[]): CompactHalf {
  const { edges, family } = half.root;
  const below = family.map((): [number, number][] => []);
  for (const [edge, child] of edges) below[Math.floor(edge / 0x10000)]!.push([edge % 0x10000, child]);
  let suffixes = '';
  let shared = '';
  let places = '';
  // Depth first from the root, each node's children in order of their code unit: [node, its code unit, its depth].
  const stack: [number, number, number][] = [[0, -1, 0]];
  let suffix = '';
  let since = 0;
  while (stack.length > 0) {
    const [node, code, depth] = stack.pop()!;
    if (code >= 0) {
      if (code === 0x0a) throw new Error('trie-format: a phrase holds a line feed');
      // A phrase's first node of its own: it shares the path to this node's parent with the phrase before (depth
      // first, that path is the one the last phrase took).
      if (suffix === '') since = depth - 1;
      suffix += String.fromCharCode(code);
    }
    const children = below[node]!.sort((a, b) => a[0] - b[0]);
    if (family[node] !== undefined) {
      const place = families.indexOf(family[node]);
      if (place < 0) throw new Error(`trie-format: ${family[node]} is not a family of the finder`);
      suffixes += `${suffix}\n`;
      shared += since < 0x3f ? String.fromCharCode(DIGIT + since) : '\x7f' + writeDigits(since, 3);
      places += String.fromCharCode(DIGIT + place + 1);
      suffix = '';
    } else if (children.length === 0 && node !== 0) throw new Error('trie-format: a leaf ends no phrase');
    for (let k = children.length - 1; k >= 0; k--) stack.push([children[k]![1], children[k]![0], depth + 1]);
  }
  return [suffixes, shared, places];
}

/**
 * The half serializeHalf described: the same phrases with the same families, and the same sieves. Only the phrases'
 * last nodes are visited (a quarter of the nodes); the edges are read in place.
 */
function reviveHalf(data: SerializedHalf, families: readonly string[]): Half {
  const { width, first, ends } = data;
  const family = new Array<string | undefined>(first.length / width - 1);
  for (let i = 0; i < ends.length; i += width + 1)
    family[readDigits(ends, i, width)] = families[ends.charCodeAt(i + width) - DIGIT];
  const units = new Uint16Array(data.units.length / UNIT_WIDTH);
  for (let i = 0; i < units.length; i++) units[i] = readDigits(data.units, i * UNIT_WIDTH, UNIT_WIDTH);
  const sieve = (slots: string) => {
    const bits = new Uint8Array(0x10000);
    for (let i = 0; i < slots.length; i += UNIT_WIDTH) bits[readDigits(slots, i, UNIT_WIDTH)] = 1;
    return bits;
  };
  const edges = new SortedChildren(first, width, data.codes, data.codeWidth, units);
  let lead: number | undefined;
  return {
    root: { edges, family },
    starts: sieve(data.starts),
    short: sieve(data.short),
    triples: sieve(data.triples),
    // Read from the edges when a compact trie is first asked (a text with a unit past ASCII): a few nodes.
    get lead() {
      return (lead ??= edges.asciiDepth());
    },
  };
}

type SerializedFinder = SerializedTries[string];

/**
 * A finder's tries read back from serializeTries' data: its Latin part's two (`latin`) or its compact one of both parts.
 * @internal read by the module scripts/phrase-tries-loader.cjs writes into the CLI bundle, and by tests
 */
export function reviveTries(
  data: SerializedFinder['latin'],
  families: readonly string[],
  part: 'latin',
): { compact: Half; spaced: Half };
export function reviveTries(data: SerializedHalf, families: readonly string[], part: 'all'): Half;
export function reviveTries(
  data: SerializedFinder['latin'] | SerializedHalf,
  families: readonly string[],
  part: 'latin' | 'all',
) {
  if (part === 'all') return reviveHalf(data as SerializedHalf, families);
  const { compact, spaced } = data as SerializedFinder['latin'];
  return { compact: reviveHalf(compact, families), spaced: reviveHalf(spaced, families) };
}
