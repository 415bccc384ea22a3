/**
 * Finding lure wording in text: the normaliser (invisible characters dropped, styled and accented letters folded,
 * spaced-out letters joined), the lexicon (checks/lure-phrases.ts) compiled into two tries, the matcher, and the
 * excerpt shown as evidence. Linear in the text, no backtracking. checks/content.ts decides what a match means.
 */
import type { Evidence } from '../report';
import type { LureFamily } from './lure-phrases';
import { LURE_FAMILIES, LURE_PHRASES } from './lure-phrases';
import { isJsWhitespace } from '../parse/whitespace';
import { charBoundary } from '../text';
import { isHiddenCode, plainLetter } from '../disguise';
import type * as NonLatinTables from './nonlatin-phrases';
import { PREBUILT_TRIES } from './prebuilt-tries';
import { TRIES_ONLY } from './pane-trie-data';
import { finderKey } from './trie-format';

/** Characters of context on each side of a matched phrase in a body excerpt (~80 characters in all). */
const EXCERPT_CONTEXT = 30;

// ---------------------------------------------------------------------------------------------------------------
// Normalising text: one pass each, no backtracking.

/**
 * NFKC (full-width ＡＢＣ, half-width ｶﾀｶﾅ, ① …, 𝐏𝐚𝐲𝐏𝐚𝐥), invisible characters dropped (U+200B in 「ロ\u200bグイン」, soft
 * hyphens, bidi controls, variation selectors, tag characters), small capitals and 🅿-style letters read as Latin
 * (disguise.ts), whitespace runs (what `\s+` matches,
 * invisible characters inside a run ignored) made one space — in the same pass, not a regex over the whole body after.
 */
function displayForm(text: string): string {
  // The astral ones first (tag characters, 🅿-style letters), so the pass below reads one unit at a time.
  const normalised = text
    .normalize('NFKC')
    .replace(/[\u{e0000}-\u{e0fff}\u{1f150}-\u{1f169}\u{1f170}-\u{1f189}]/gu, (c) =>
      String.fromCharCode(plainLetter(c.codePointAt(0)!)),
    );
  const kept = new Uint16Array(normalised.length);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < normalised.length; i++) {
    let code = normalised.charCodeAt(i);
    if (code === 0 || isHiddenCode(code)) continue;
    code = plainLetter(code) || code;
    if (!isJsWhitespace(code)) {
      kept[n++] = code;
      inSpace = false;
    } else if (!inSpace) {
      kept[n++] = 0x20;
      inSpace = true;
    }
  }
  return fromCodes(kept, n);
}

/**
 * A string from UTF-16 code units, decoded natively (typed arrays are little-endian on every platform mail is read
 * on). A lone surrogate becomes U+FFFD — one unit for one, so positions
 * still carry over between the forms.
 */
const UTF16 = new TextDecoder('utf-16le');
function fromCodes(codes: Uint16Array, length: number): string {
  return UTF16.decode(codes.subarray(0, length));
}

/** Katakana range: a dash-like character right after one of these is the long-vowel mark ー. */
function isKatakana(code: number): boolean {
  return code >= 0x30a1 && code <= 0x30fa;
}

/**
 * Look-alikes of the long-vowel mark ー that kits type after katakana: the kanji 一 (「メ一ル」「カ一ド」 in the
 * corpus's fake UC card mail), hyphens (U+2010–U+2015) and minus signs; ー itself needs no fold. A test, not a table:
 * the task pane's start-up pays for every byte.
 */
function isLongVowelLookalike(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x4e00 || code === 0x2d || code === 0x2212;
}

/**
 * Latin letters with accents (U+00C0–U+017F) folded to their base letter, one unit for one, so that the lexicon
 * writes 「verifiez」 once for „vérifiez“, „verifiez“ and „VÉRIFIEZ“ (kits drop accents as often as they keep them).
 * '.' keeps the character (Æ, ß, Œ, ×, ÷: no single base letter).
 */
const LATIN_FOLD =
  'aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y' +
  'aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllllllllnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuu' +
  'uuuuwwyyyzzzzzzs';

function foldLatin(code: number): number {
  const folded = LATIN_FOLD.charCodeAt(code - 0xc0);
  return folded === 0x2e ? code : folded;
}

/**
 * Greek and Cyrillic as the lexicon is written: lower case, Greek without accents and with one sigma, Cyrillic ё as
 * е. An all-capitals lure ("ΤΟ ΔΕΜΑ ΣΑΣ ΕΧΕΙ ΔΕΣΜΕΥΤΕΙ", "ВАШ АККАУНТ ЗАБЛОКИРОВАН") drops the accents its lower-case
 * form carries, so both sides lose them. One unit for one: positions carry over.
 */
function foldGreekCyrillic(code: number): number {
  if (code === 0x3c2) return 0x3c3;
  // A Greek letter with tonos or dialytika (U+0386–U+03B0, U+03CA–U+03CE) as its base letter, the first unit of its
  // NFD form (no table kept: the task pane's start-up pays for every byte; U+0387 never comes, NFKC made it ·).
  if (code < 0x3b1 || (code > 0x3c9 && code < 0x3cf)) code = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
  if (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) return code + 0x20;
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code === 0x401 || code === 0x451) return 0x435;
  if (code >= 0x400 && code <= 0x40f) return code + 0x50;
  return code;
}

/**
 * Vietnamese letters with tone marks (U+1EA0–U+1EF9) as their base letter, as LATIN_FOLD does for „ă â ê ô đ“: mail
 * and SMS in Vietnamese are as often written without diacritics ("tai khoan cua ban da bi khoa") as with them, so
 * the lexicon writes them without and both forms match. ơ and ư (U+01A0–U+01B0) are folded beside it.
 */
const VIETNAMESE_FOLD = 'aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy';

/**
 * The spelling folds of Arabic, Hebrew, Devanagari and the Ukrainian apostrophe (script-folds.ts), once loaded: they
 * come with the phrases in those scripts, the only phrases they change (`loadNonLatinPhrases`).
 */
let foldMarks: ((code: number, previous: number) => number) | undefined;

/** The two forms the scans read, as code units (no strings built); see `matchForms`. */
interface MatchForms {
  /** The matching form, one unit per unit of display (so positions carry over). */
  match: Uint16Array;
  /** The matching form with all spaces removed, and where each of its units sits in the display text. */
  compact: Uint16Array;
  at: Uint32Array;
  /** Whether any unit is past ASCII: without one, no phrase of the compact trie (all non-ASCII) can match. */
  nonAscii: boolean;
  /** Whether any unit is a letter of a script beyond Latin (`isNonLatin`): without one, no non-Latin phrase can match. */
  nonLatin: boolean;
}

/**
 * Letters of the scripts beyond Latin that the phrase tables' non-Latin parts are written in (Greek to Ethiopic and
 * Cyrillic, CJK with kana and Hangul, compatibility ideographs) — not punctuation, symbols or emoji, which English
 * mail is full of. Every phrase of a `*-phrases-nonlatin.ts` holds one (compileHalf checks).
 */
function isNonLatin(code: number): boolean {
  return (code >= 0x370 && code < 0x2000) || (code >= 0x2e80 && code < 0xd800) || (code >= 0xf900 && code < 0xfb00);
}

/**
 * The matching form of display text: ASCII lower-cased (display is already NFKC, so full-width letters are ASCII by
 * now), accented Latin and Vietnamese letters folded to their base letter, look-alikes of ー after katakana folded to
 * ー, Arabic, Hebrew, Devanagari and Ukrainian spelling variants folded once loaded (`foldMarks`); and the same
 * without spaces and the dropped marks. One pass for both.
 */
function matchForms(display: string): MatchForms {
  const match = new Uint16Array(display.length);
  const compact = new Uint16Array(display.length);
  const at = new Uint32Array(display.length);
  let n = 0;
  let previous = 0;
  let nonAscii = false;
  let nonLatin = false;
  for (let i = 0; i < display.length; i++) {
    let code = display.charCodeAt(i);
    if (code > 0x7f) {
      nonAscii = true;
      nonLatin ||= isNonLatin(code);
    }
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    else if (code >= 0xc0 && code <= 0x17f) code = foldLatin(code);
    // Romanian ș and ț (comma below, U+0218–U+021B), which the block above lacks: s and t like ş and ţ.
    else if (code >= 0x218 && code <= 0x21b) code = code < 0x21a ? 0x73 : 0x74;
    else if (code >= 0x386 && code <= 0x451) code = foldGreekCyrillic(code);
    else if (code >= 0x1ea0 && code <= 0x1ef9) code = VIETNAMESE_FOLD.charCodeAt(code - 0x1ea0);
    else if (code === 0x1a0 || code === 0x1a1) code = 0x6f;
    else if (code === 0x1af || code === 0x1b0) code = 0x75;
    else if (isKatakana(previous) && isLongVowelLookalike(code)) code = 0x30fc;
    else if (
      foldMarks &&
      (code >= 0x591
        ? code <= 0x97f || (code >= 0x2018 && code <= 0x201d)
        : code === 0x22 || code === 0x27 || code === 0x60 || code === 0x2bc)
    ) {
      const folded = foldMarks(code, previous);
      if (folded < 0) {
        match[i] = code;
        continue;
      }
      code = folded;
    }
    match[i] = code;
    // ー itself counts as katakana for the next character (「メーール」).
    previous = code === 0x30fc ? 0x30a2 : code;
    if (code !== 0x20) {
      compact[n] = code;
      at[n++] = i;
    }
  }
  return { match, compact: compact.subarray(0, n), at: at.subarray(0, n), nonAscii, nonLatin };
}

// ---------------------------------------------------------------------------------------------------------------
// The lexicon, compiled once into two tries: non-ASCII phrases are matched on the compact text (Japanese lures
// are broken by spaces and line wraps), ASCII phrases on single-spaced text at a word boundary.

/**
 * A trie as one flat edge table: node `n`'s child for code unit `c` is `edges.get(n * 0x10000 + c)`; the root is node 0.
 * Thousands of nodes cost one Map instead of one each: building it is what a command line's first message waits for.
 * The command line's tries, computed when it was built, answer from sorted arrays instead (trie-format.ts).
 */
interface Trie<E extends EdgeLookup = EdgeLookup> {
  edges: E;
  /** The family of the phrase ending at each node, or undefined. */
  family: (string | undefined)[];
}

const MAX_VARIANTS = 2_000;

/** Expands `{a|b|}` alternatives in our own lexicon (never applied to message text). @internal */
export function expandPhrase(pattern: string): string[] {
  let results = [''];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    if (open < 0) {
      results = results.map((r) => r + pattern.slice(i));
      break;
    }
    const close = pattern.indexOf('}', open);
    if (close < 0) throw new Error(`lure lexicon: unclosed { in ${pattern}`);
    const literal = pattern.slice(i, open);
    const options = pattern.slice(open + 1, close).split('|');
    results = results.flatMap((r) => options.map((o) => r + literal + o));
    if (results.length > MAX_VARIANTS) throw new Error(`lure lexicon: ${pattern} expands too far`);
    i = close + 1;
  }
  return results;
}

/**
 * A lexicon phrase in the form it is matched in: same normalisation as the text, spaces kept only for ASCII.
 * @internal
 */
export function normalisePhrase(phrase: string): string {
  // Printable ASCII (most of the lexicon): NFKC, the letter folds and the hidden characters change nothing, so the
  // same form is whitespace collapsed and A-Z lowered — without the text path's typed arrays for every variant.
  if (PRINTABLE_ASCII.test(phrase)) return phrase.replace(/ +/g, ' ').trim().toLowerCase();
  // Kana, kanji (not 一, which reads as ー after katakana) and lower-case ASCII letters and digits, without spaces:
  // NFKC, the folds and the compact form leave them as they are (most of the Japanese and Chinese lexicon).
  if (PLAIN_CJK.test(phrase)) return phrase;
  return normaliseAsText(phrase);
}

/** The same form the way a message's text is normalised, for any phrase (the fast paths above must agree). */
export function normaliseAsText(phrase: string): string {
  const forms = matchForms(displayForm(phrase).trim());
  const match = fromCodes(forms.match, forms.match.length);
  return isAscii(match) ? match : fromCodes(forms.compact, forms.compact.length);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PLAIN_CJK = /^[a-z0-9\u3041-\u3096\u30a1-\u30fa\u30fc\u4e01-\u9fff]+$/;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** What the matcher asks a trie's edge table: node `n`'s child for code unit `c`, at `n * 0x10000 + c`. */
export interface EdgeLookup {
  get(key: number): number | undefined;
}

export type Edges = Map<number, number>;

function insert(trie: Trie<Edges>, phrase: string, family: string): void {
  let node = 0;
  for (let i = 0; i < phrase.length; i++) {
    const key = node * 0x10000 + phrase.charCodeAt(i);
    let child = trie.edges.get(key);
    if (child === undefined) {
      child = trie.family.length;
      trie.family.push(undefined);
      trie.edges.set(key, child);
    }
    node = child;
  }
  trie.family[node] ??= family;
}

/**
 * One trie with its sieves: the compact one (non-ASCII phrases, matched on the text without spaces) or the spaced one
 * (ASCII phrases, matched on single-spaced text at a word boundary).
 */
export interface Half<E extends EdgeLookup = EdgeLookup> {
  root: Trie<E>;
  /**
   * Whether some phrase of the trie starts with a pair of code units (every phrase has two or more), hashed into
   * 64K slots: most positions of a body start no phrase, and this answers for them without a Map lookup in the
   * trie at every position. Two pairs sharing a slot only cost a walk that finds nothing.
   */
  starts: Uint8Array;
  /**
   * The second sieve, for a position whose pair passed: the pairs that are a whole phrase (`short`), and the first
   * three units of the longer phrases (`triples`), hashed alike. Common English pairs (`co`, `re`, `th`) start many
   * phrases; their triples start few, and a position that passes neither sieve starts no phrase.
   */
  short: Uint8Array;
  triples: Uint8Array;
  /**
   * In a compact trie (every phrase non-ASCII), the most ASCII units a phrase starts with: a scan then reads only
   * the places that close before one of the text's units past ASCII (an English body's few curly quotes; issue #19).
   * Unknown (the task pane's tries): every place before the text's last such unit.
   */
  lead?: number;
}

/** The sieves' slots (`Half`); pane-tries.ts sets them alike (the tests compare the sieves). */
const pairSlot = (first: number, second: number): number => (first * 0x9e37 + second) & 0xffff;
const tripleSlot = (first: number, second: number, third: number): number =>
  ((first * 0x9e37 + second) * 0x85eb + third) & 0xffff;

/**
 * Both tries of the parts, family by family in `families` order (a phrase in two families counts for the first);
 * with `compactOnly`, the spaced trie is left empty (its phrases compiled already).
 */
function compileHalves<F extends string>(
  families: readonly F[],
  parts: readonly Readonly<Record<F, readonly string[]>>[],
  compactOnly = false,
): { compact: Half<Edges>; spaced: Half<Edges> } {
  const halves = { compact: emptyHalf(), spaced: emptyHalf() };
  for (const family of families) {
    for (const phrases of parts) {
      for (const pattern of phrases[family]) {
        for (const variant of expandPhrase(pattern)) {
          const phrase = normalisePhrase(variant);
          if (phrase.length < 2) continue;
          const ascii = isAscii(phrase);
          if (ascii && compactOnly) continue;
          if (!ascii) halves.compact.lead = Math.max(halves.compact.lead ?? 0, asciiRun(phrase));
          addPhrase(ascii ? halves.spaced : halves.compact, phrase, family);
        }
      }
    }
  }
  return halves;
}

const emptyHalf = (): Half<Edges> => ({
  root: { edges: new Map(), family: [undefined] },
  starts: new Uint8Array(0x10000),
  short: new Uint8Array(0x10000),
  triples: new Uint8Array(0x10000),
});

/** One normalised phrase (two units or more) into a half: its trie and its sieves. */
function addPhrase({ root, starts, short, triples }: Half<Edges>, phrase: string, family: string): void {
  insert(root, phrase, family);
  const [a, b, c] = [phrase.charCodeAt(0), phrase.charCodeAt(1), phrase.charCodeAt(2)];
  starts[pairSlot(a, b)] = 1;
  if (phrase.length === 2) short[pairSlot(a, b)] = 1;
  else triples[tripleSlot(a, b, c)] = 1;
}

/** How many ASCII units a text starts with. */
function asciiRun(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(n) <= 0x7f) n++;
  return n;
}

function hasNonLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isNonLatin(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The phrase tables' parts in scripts beyond Latin (nonlatin-phrases.ts), once loaded: a chunk of their own in the
 * browsers, fetched for a message that holds a letter of such a script (`needs: ['phrases']`, ui/session.ts) and
 * analysed again before drawing; the command line and the tools load them first.
 */
let nonLatinTables: typeof NonLatinTables | undefined;
/** Set when a text held a non-Latin letter while those parts were not loaded; analyze.ts turns it into a need. */
let lackingNonLatin = false;
/** Set when a finder of the task pane was asked before its tries came (`TRIES_ONLY`); analyze.ts makes it a need. */
let lackingTries = false;

/** Loads the phrases in other scripts (a chunk of their own in the browsers); settles once the finders can read them. */
export const loadNonLatinPhrases = (): Promise<void> =>
  import(/* webpackChunkName: "phrases-nonlatin" */ './nonlatin-phrases').then((m) => {
    nonLatinTables ??= m;
    if (!foldMarks) {
      foldMarks = m.foldMarks;
      // Texts read before the folds came are read again with them.
      recentForms.clear();
    }
  });

/**
 * Forgets the non-Latin phrases, as a fresh pane starts without them.
 * @internal a test hook: the tables are module state
 */
export function forgetNonLatinPhrases(): void {
  nonLatinTables = foldMarks = undefined;
}

/** Whether a finder was asked before its tries were in since the last call (and resets it): the task pane's. */
export function takeLackingTries(): boolean {
  const lacking = lackingTries;
  lackingTries = false;
  return lacking;
}

/** Whether a finder met a non-Latin letter without those phrases since the last call (and resets it). */
export function takeLackingNonLatinPhrases(): boolean {
  const lacking = lackingNonLatin;
  lackingNonLatin = false;
  return lacking;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching.

/** One family found in one text: the span in that text's display form. */
export interface PhraseHit<F extends string> {
  family: F;
  /** The display form of the text searched (NFKC, whitespace collapsed). */
  display: string;
  start: number;
  end: number;
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The longest phrase starting at `from`, walking the trie: never more steps than the longest phrase has characters,
 * so a scan of the whole text is linear in its length.
 */
function longestAt(trie: Trie, text: Uint16Array, from: number): { family: string; end: number } | undefined {
  let node: number | undefined = 0;
  let best: { family: string; end: number } | undefined;
  for (let i = from; i < text.length && node !== undefined; i++) {
    node = trie.edges.get(node * 0x10000 + text[i]!);
    const family = node === undefined ? undefined : trie.family[node];
    if (family) best = { family, end: i + 1 };
  }
  return best;
}

/** Finds the first hit of each family not yet found, in one text. */
export type PhraseFinder<F extends string> = (text: string, skip?: ReadonlySet<F>) => PhraseHit<F>[];

/**
 * A finder for a phrase set written as lure-phrases.ts describes (the lure lexicon, or another check's own wording,
 * such as own-org.ts's mail-system phrases): one normaliser and one matcher for all of them. With `nonLatin`, the
 * table is in two parts — `phrases` in Latin script, and the rest in nonlatin-phrases.ts — and the finder compiles
 * what a text can match, on first use: the Latin part alone for a text without a letter of a script beyond Latin
 * (the same hits: no non-Latin phrase can match it), both once one comes and the other part is loaded.
 */
export function phraseFinder<F extends string>(
  families: readonly F[],
  phrases: Readonly<Record<F, readonly string[]>>,
  nonLatin?: (tables: typeof NonLatinTables) => Readonly<Record<F, readonly string[]>>,
): PhraseFinder<F> {
  let latin: { compact: Half; spaced: Half } | undefined;
  /** The compact trie of both parts. */
  let all: Half | undefined;
  /** Whether `latin` is prebuilt: then so is the compact trie of both parts. */
  let whole = false;
  FINDERS.push([families, phrases, nonLatin]);
  return (text, skip = new Set()) => {
    const forms = formsOf(text);
    // The task pane has only the prebuilt tries: until its finder's are in, it finds nothing and says so (a need: the
    // analysis is not drawn).
    if (!latin) {
      const prebuilt = PREBUILT_TRIES?.latin(families);
      whole = !!prebuilt;
      if (prebuilt) latin = prebuilt;
      else if (TRIES_ONLY) {
        lackingTries = true;
        return [];
      } else latin = compileHalves(families, [phrases]);
    }
    const { spaced } = latin;
    let { compact } = latin;
    if (nonLatin && forms.nonLatin) {
      // The non-Latin phrases join the compact trie only (none is ASCII); the pane's come with them (`phrases`).
      if (nonLatinTables)
        all ??=
          (whole && PREBUILT_TRIES?.all(families)) ||
          (TRIES_ONLY ? undefined : compileBoth(families, phrases, nonLatin(nonLatinTables)));
      if (nonLatinTables && all) compact = all;
      else lackingNonLatin = true;
    }
    return findPhrases(spaced, forms.nonAscii ? compact : undefined, families, forms, skip);
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The tries computed when the command line is built (prebuilt-tries.ts says why), and read back.

/** The compact trie of a finder's both parts: its Latin phrases and its phrases in other scripts. */
const compileBoth = <F extends string>(
  families: readonly F[],
  phrases: Readonly<Record<F, readonly string[]>>,
  nonLatin: Readonly<Record<F, readonly string[]>>,
): Half<Edges> => compileHalves(families, [phrases, nonLatin], true).compact;

/** Every finder made in this process, as it was made: what compiledTries compiles. */
const FINDERS: [
  readonly string[],
  Readonly<Record<string, readonly string[]>>,
  ((tables: typeof NonLatinTables) => Readonly<Record<string, readonly string[]>>) | undefined,
][] = [];

/**
 * The keys of the finders made so far, in the order made (each once): the task pane's build finds out with it which
 * need's data makes each finder (scripts/build-phrase-tries.ts).
 */
export const madeFinders = (): string[] => [...new Set(FINDERS.map(([families]) => finderKey(families)))];

/**
 * Every finder made so far with its tries compiled from its phrases, as at run time: what
 * scripts/build-phrase-tries.ts serializes for the CLI (trie-format.ts). Once per set of families, the first made:
 * the checks make theirs as their modules load; own-org's is made again after a test forgets it, a module loaded
 * twice in a test run (the root hooks' instance and a test's) makes its finder twice, and a test may make a finder of
 * the same families over other phrases (phrase-table-limit.test.ts's) — none of those is a check's.
 */
export function compiledTries(
  tables: typeof NonLatinTables,
): { families: readonly string[]; latin: { compact: Half<Edges>; spaced: Half<Edges> }; all?: Half<Edges> }[] {
  foldMarks ??= tables.foldMarks;
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && !!seen.add(key);
  return FINDERS.filter(([families]) => once(finderKey(families))).map(([families, phrases, nonLatin]) => {
    if (nonLatin) {
      checkScripts(families, phrases, false);
      checkScripts(families, nonLatin(tables), true);
    }
    return {
      families,
      latin: compileHalves(families, [phrases]),
      ...(nonLatin && { all: compileBoth(families, phrases, nonLatin(tables)) }),
    };
  });
}

/**
 * Throws for a phrase in the wrong part of a split table: its Latin part holds no letter `isNonLatin` sees (a phrase
 * such as „bußgeld“ still goes to the compact trie), its other part (nonlatin-phrases.ts) one in each phrase, so a
 * text without one never needs it. A mistake in the lexicon, said by each build and the tests (compiledTries), not
 * checked again in the task pane.
 */
function checkScripts(
  families: readonly string[],
  phrases: Readonly<Record<string, readonly string[]>>,
  nonLatin: boolean,
) {
  for (const family of families)
    for (const variant of phrases[family]!.flatMap(expandPhrase)) {
      const phrase = normalisePhrase(variant);
      if (phrase.length >= 2 && hasNonLatin(phrase) !== nonLatin)
        throw new Error(`lure lexicon: ${variant} is in the wrong table (Latin script, or -nonlatin)`);
    }
}

/** The first hit of each lure family not yet found, in one text. */
export const findLures: PhraseFinder<LureFamily> = phraseFinder(
  LURE_FAMILIES,
  LURE_PHRASES,
  (tables) => tables.LURE_PHRASES_NONLATIN,
);

/**
 * The display and matching forms of the last few texts searched: one message's subject and body are searched by
 * several finders (lures, no-link, advance-fee, own-org), and normalising a body costs more than scanning it.
 */
const recentForms = new Map<string, Forms>();
const RECENT_FORMS = 4;

/**
 * A text's forms, with the places a scan may start, each found when first asked (wordStarts, widePlaces), and what
 * each finder found in it (`found`, by its spaced trie; see findPhrases).
 */
type Forms = MatchForms & {
  display: string;
  wordStarts?: WordStarts;
  wide?: Int32Array;
  found?: Map<Half, { compact: Half | undefined; found: Map<string, PhraseHit<string>> }>;
};

function formsOf(text: string): Forms {
  let forms = recentForms.get(text);
  if (!forms) {
    const display = displayForm(text);
    forms = { display, ...matchForms(display) };
    if (recentForms.size >= RECENT_FORMS) recentForms.delete(recentForms.keys().next().value!);
    recentForms.set(text, forms);
  }
  return forms;
}

/**
 * The spaced tries the command line's finders have scanned with, their sieves merged (`Half`): a word start none of
 * them lets through starts no phrase of any, so it is dropped once per text for every finder (wordStarts). A finder's
 * trie joins on its first scan; `version` counts them, so a text's places found before it joined are found again.
 */
let merged: Merged | undefined;

interface Merged {
  halves: Set<Half>;
  starts: Uint8Array;
  short: Uint8Array;
  triples: Uint8Array;
}

/** The merged sieves, with the half's among them (made on the first scan: the task pane has no use for them). */
function mergeSieves(half: Half): Merged {
  const sieves = (merged ??= {
    halves: new Set(),
    starts: new Uint8Array(0x10000),
    short: new Uint8Array(0x10000),
    triples: new Uint8Array(0x10000),
  });
  if (sieves.halves.has(half)) return sieves;
  sieves.halves.add(half);
  for (let slot = 0; slot < 0x10000; slot++) {
    if (half.starts[slot]) sieves.starts[slot] = 1;
    if (half.short[slot]) sieves.short[slot] = 1;
    if (half.triples[slot]) sieves.triples[slot] = 1;
  }
  return sieves;
}

/**
 * The places a spaced phrase may start (a word's start, with a unit after it, that passes the merged sieves), found
 * once per text and read by every finder: a scan then skips the letters inside words, and the words no finder's
 * phrase starts with, without testing each again (issue #19). With each, its slots in the sieves (the pair's, and
 * the triple's or -1 when the text ends first), so that a finder's scan asks its own sieves without reading the text.
 */
function wordStarts(forms: Forms, sieves: Merged): WordStarts {
  const version = sieves.halves.size;
  if (forms.wordStarts?.version === version) return forms.wordStarts;
  const { match } = forms;
  const at = new Int32Array(match.length);
  const pairs = new Uint16Array(match.length);
  const triples = new Int32Array(match.length);
  let n = 0;
  for (let i = 0; i + 1 < match.length; i++) {
    if (i > 0 && isWordChar(match[i - 1]!)) continue;
    const pair = pairSlot(match[i]!, match[i + 1]!);
    if (!sieves.starts[pair]) continue;
    const triple = i + 2 < match.length ? tripleSlot(match[i]!, match[i + 1]!, match[i + 2]!) : -1;
    if (!sieves.short[pair] && !(triple >= 0 && sieves.triples[triple])) continue;
    at[n] = i;
    pairs[n] = pair;
    triples[n++] = triple;
  }
  return (forms.wordStarts = { version, at: at.subarray(0, n), pairs, triples });
}

interface WordStarts {
  version: number;
  at: Int32Array;
  pairs: Uint16Array;
  triples: Int32Array;
}

/** Where the compact form has a unit past ASCII, once per text. */
function widePlaces(forms: Forms): Int32Array {
  if (forms.wide) return forms.wide;
  const { compact } = forms;
  const wide = new Int32Array(compact.length);
  let n = 0;
  for (let i = 0; i < compact.length; i++) if (compact[i]! > 0x7f) wide[n++] = i;
  return (forms.wide = wide.subarray(0, n));
}

/** Whether a phrase of the half may start at `i` (of at least two units): both sieves passed. */
function mayStartAt(half: Half, codes: Uint16Array, i: number): boolean {
  const pair = pairSlot(codes[i]!, codes[i + 1]!);
  if (!half.starts[pair]) return false;
  return (
    !!half.short[pair] || (i + 2 < codes.length && !!half.triples[tripleSlot(codes[i]!, codes[i + 1]!, codes[i + 2]!)])
  );
}

/**
 * The first hit of each family in the text, but those skipped: the compact trie's (when given) first, then the spaced
 * trie's. A place's hit is its longest phrase whether its family is skipped or not, so the first hits of every family
 * answer for any `skip`: found once per text and finder (Forms.found), they answer a check that asks the same finder
 * again, or with other families skipped, without a scan — a quarter of the command line's scans over the corpus
 * (issue #19).
 */
function findPhrases<F extends string>(
  spacedHalf: Half,
  compactHalf: Half | undefined,
  families: readonly F[],
  forms: Forms,
  skip: ReadonlySet<F>,
): PhraseHit<F>[] {
  const { display, match, compact, at } = forms;
  let found = new Map<string, PhraseHit<string>>();
  if (TRIES_ONLY) {
    // The task pane reads every place: its tries do not know their lead, and its bytes are budgeted.
    for (let i = 0; compactHalf && i + 1 < compact.length; i++) {
      if (!mayStartAt(compactHalf, compact, i)) continue;
      const hit = longestAt(compactHalf.root, compact, i);
      if (hit && !found.has(hit.family))
        found.set(hit.family, { family: hit.family, display, start: at[i]!, end: at[hit.end - 1]! + 1 });
    }
    for (let i = 0; i + 1 < match.length; i++) {
      if ((i > 0 && isWordChar(match[i - 1]!)) || !mayStartAt(spacedHalf, match, i)) continue;
      const hit = longestAt(spacedHalf.root, match, i);
      if (hit && !found.has(hit.family)) found.set(hit.family, { family: hit.family, display, start: i, end: hit.end });
    }
  } else {
    const known = (forms.found ??= new Map()).get(spacedHalf);
    if (known && known.compact === compactHalf) found = known.found;
    else {
      scanPlaces(spacedHalf, compactHalf, families.length, forms, found);
      forms.found.set(spacedHalf, { compact: compactHalf, found });
    }
  }
  const hits: PhraseHit<F>[] = [];
  for (const family of families) {
    const hit = found.get(family);
    if (hit && !skip.has(family)) hits.push(hit as PhraseHit<F>);
  }
  return hits;
}

/**
 * The same places, fewer read (issue #19). A compact phrase holds a unit past ASCII within `lead` units of its start:
 * only the places that close to one of the text's are read (an English body's few curly quotes), in order; the spaced
 * trie at the text's word starts, found once for every finder. Done once every family is found.
 */
function scanPlaces(
  spacedHalf: Half,
  compactHalf: Half | undefined,
  families: number,
  forms: Forms,
  found: Map<string, PhraseHit<string>>,
): void {
  const { display, match, compact, at } = forms;
  if (compactHalf) {
    const lead = compactHalf.lead ?? Infinity;
    let i = 0;
    for (const wide of widePlaces(forms)) {
      for (i = Math.max(i, wide - lead); i <= wide && i + 1 < compact.length; i++) {
        if (!mayStartAt(compactHalf, compact, i)) continue;
        const hit = longestAt(compactHalf.root, compact, i);
        if (hit && !found.has(hit.family)) {
          found.set(hit.family, { family: hit.family, display, start: at[i]!, end: at[hit.end - 1]! + 1 });
          if (found.size === families) return;
        }
      }
    }
  }
  const { at: starts, pairs, triples } = wordStarts(forms, mergeSieves(spacedHalf));
  const { starts: pairSieve, short, triples: tripleSieve } = spacedHalf;
  for (let k = 0; k < starts.length; k++) {
    const pair = pairs[k]!;
    if (!pairSieve[pair] || !(short[pair] || (triples[k]! >= 0 && tripleSieve[triples[k]!]))) continue;
    const i = starts[k]!;
    const hit = longestAt(spacedHalf.root, match, i);
    if (hit && !found.has(hit.family)) {
      found.set(hit.family, { family: hit.family, display, start: i, end: hit.end });
      if (found.size === families) return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence.

/**
 * A phrase hit as evidence. In the body, an excerpt around the phrase; in a header (the subject, a display name), the
 * header as written when the phrase is in it verbatim, else its normalised form (full-width letters, inserted spaces),
 * so the highlight is always part of the value.
 */
export function phraseEvidence(header: string, written: string, hit: PhraseHit<string>): Evidence {
  const phrase = hit.display.slice(hit.start, hit.end);
  const value =
    header === 'Body' ? excerpt(hit.display, hit.start, hit.end) : written.includes(phrase) ? written : hit.display;
  return { header, value, highlight: phrase, author: 'sender' };
}

/** Text found in the body at `start`, shown with its surroundings (excerpt) and highlighted. */
export function bodyEvidence(display: string, hit: { start: number; text: string }): Evidence {
  return {
    header: 'Body',
    value: excerpt(display, hit.start, hit.start + hit.text.length),
    highlight: hit.text,
    author: 'sender',
  };
}

export function excerpt(display: string, start: number, end: number): string {
  const from = charBoundary(display, Math.max(0, start - EXCERPT_CONTEXT));
  const to = charBoundary(display, Math.min(display.length, end + EXCERPT_CONTEXT));
  return (from > 0 ? '…' : '') + display.slice(from, to).trim() + (to < display.length ? '…' : '');
}
