/**
 * The task pane's pre-filter of the hosting list (issue #19): whether a host may stand under a suffix of
 * hosting-suffixes.json (16 KB gz, a chunk of its own), so that hosted-page.ts asks for the list only then. Before it
 * every host on a subdomain the gate passed asked — an unauthenticated From like KAGOYA's `air.linkclub.or.jp`, and
 * about two-thirds of the corpus's genuine mail (mailing-list senders: `lists.ettus.com`) — and only some of those
 * hosts are on a platform. hosting-gate.json (scripts/build-hosting-gate.ts, from the list) holds a hash of each
 * registrable domain under which a suffix the judging can name lives (`amazonaws.com`, `0am.jp`), about 2,000 of them
 * in 1.9 KB: a host passes when one of its tails of 2..`labels` labels, shorter than itself, hashes to one. Never a
 * wrong no (test/core/checks/hosting-gate.test.ts tries every listed suffix); a wrong yes about once in 64 tests,
 * which costs only the download it saves otherwise. Findings are the same with or without it: a host it stops is one
 * hostedSuffix would name no suffix for.
 */
import gate from './hosting-gate.json';

/** hosting-gate.json: the hashes' Golomb-Rice code (scripts/build-hosting-gate.ts says how it is written). */
export interface HostingGate {
  /** A key's most labels. */
  labels: number;
  /** The remainder's bits of each gap (one wrong yes in 2^bits tests). */
  bits: number;
  /** The hashes' range. */
  range: number;
  /** How many hashes. */
  count: number;
  code: string;
}

/** Six bits a character of the code. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** FNV-1a (32 bits) of an ASCII name: the build and the pane hash alike. */
export function hostHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The hashes, decoded at the first host asked about. */
let hashes: Set<number> | undefined;

/**
 * The Golomb-Rice code read 30 bits at a time (a bit at a time took 8 ms cold, this 1 ms): `acc`'s low `have` bits are
 * the next, the first the highest; a gap's quotient is the ones before its zero (Math.clz32 of the inverted bits).
 */
function decode({ bits, count, code }: HostingGate): Set<number> {
  const out = new Set<number>();
  let acc = 0;
  let have = 0;
  let i = 0;
  let value = 0;
  let quotient = 0;
  while (out.size < count) {
    for (; have <= 24 && i < code.length; have += 6) acc = ((acc << 6) | ALPHABET.indexOf(code[i++]!)) & 0x3fffffff;
    if (!have) break;
    const ones = Math.clz32(~(acc << (32 - have)));
    if (ones + 1 + bits > have) {
      // The gap runs past the bits at hand: count its ones so far and read on.
      if (i >= code.length) break;
      quotient += ones;
      have -= ones;
      continue;
    }
    have -= ones + 1 + bits;
    out.add((value += (quotient + ones) * 2 ** bits + ((acc >>> have) & ((1 << bits) - 1))));
    quotient = 0;
  }
  return out;
}

/**
 * Whether the ASCII host `h` may stand under a listed suffix the judging can name: one of its last 2..labels labels,
 * fewer than all of its own, is a key's hash. No means the list would name no suffix for it.
 */
export function mayBeHosted(h: string): boolean {
  const keys = (hashes ??= decode(gate));
  let dot = h.lastIndexOf('.');
  for (let labels = 2; labels <= gate.labels; labels++) {
    dot = h.lastIndexOf('.', dot - 1);
    if (dot < 0) return false;
    if (keys.has(hostHash(h.slice(dot + 1)) % gate.range)) return true;
  }
  return false;
}
