/**
 * Which Latin-script phrases the task pane lets wait (issue #19), and the gate that says a text may hold one:
 * `tsx scripts/late-latin-split.ts` prints it as JSON for scripts/late-latin-pane.cjs.
 *
 * A pattern waits when it is written as a plain literal, every variant is ASCII once normalised (so it is matched on
 * single-spaced text at a word start) and each variant has a word English text seldom holds (MAX_WEIGHT), in any place:
 * its first word, a middle one or the last (gateCandidates). The gate holds such a word of each variant, as few
 * tokens as cover them all: a text holding the phrase holds the token at a word start, so a text the gate passes over
 * can match none of them (lure-matcher.ts; the test test/core/checks/late-latin.test.ts proves it for every variant).
 * Which words are English, and how often, only decides how often a message fetches the part, never a report (see
 * englishCounts).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { ADVANCE_FEE_FAMILIES, ADVANCE_FEE_PHRASES } from '../src/core/checks/advance-fee-phrases';
import { LURE_FAMILIES, LURE_PHRASES } from '../src/core/checks/lure-phrases';
import { NO_LINK_FAMILIES, NO_LINK_PHRASES } from '../src/core/checks/no-link-phrases';
import { expandPhrase, normalisePhrase } from '../src/core/checks/lure-matcher';
import { finderKey } from '../src/core/checks/trie-format';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The finders whose Latin part is in the pane's first download, by the module that holds their phrases. */
export const SPLIT_TABLES = [
  { module: 'lure-phrases', families: LURE_FAMILIES, phrases: LURE_PHRASES },
  { module: 'no-link-phrases', families: NO_LINK_FAMILIES, phrases: NO_LINK_PHRASES },
  { module: 'advance-fee-phrases', families: ADVANCE_FEE_FAMILIES, phrases: ADVANCE_FEE_PHRASES },
] as const;

/**
 * English words and how often each occurs: the project's prose (scripts/english-prose-words.txt: the README's words,
 * kept in a file of their own so that editing the README never changes what ships), its English messages and the
 * phrase tables' comments, TypeScript's library documentation and the documentation of the installed packages
 * (node_modules' Markdown).
 */
function englishCounts(): Map<string, number> {
  const ts = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  const docs = [
    ...readdirSync(join(ts, 'lib'))
      .filter((f) => /^lib\..*\.d\.ts$/.test(f))
      .map((f) => join(ts, 'lib', f)),
    ...markdown(join(root, 'node_modules')),
  ];
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  const prose = join(root, 'scripts/english-prose-words.txt');
  for (const file of [prose, join(root, 'src/i18n/en.ts'), ...docs]) add(readFileSync(file, 'utf8'));
  // The phrase tables' own comments: English prose about the lures, naming the English ones' words; without what
  // they quote (「Nach Ablauf der Frist wird Ihr Zugang …」) or name in another language ('pt es: …').
  for (const { module } of SPLIT_TABLES) {
    const comments = (tableSource(module).match(/^\s*(?:\/\/|\*|\/\*\*).*$/gm) ?? []).join('\n');
    add(comments.replace(/"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|'[^'\n]*'|「[^」\n]*」|\([^)\n]*\)/g, ' '));
  }
  return counts;
}

const tableSource = (module: string): string => readFileSync(join(root, 'src/core/checks', `${module}.ts`), 'utf8');

/**
 * The patterns a phrase module writes as string literals in its families' arrays: the only ones the pane's build can
 * take out of it (scripts/late-latin-pane.cjs reads the module the same way); one built from a constant stays.
 */
function literalPatterns(module: string): Set<string> {
  const file = ts.createSourceFile(`${module}.ts`, tableSource(module), ts.ScriptTarget.Latest, true);
  const literals = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isArrayLiteralExpression(node.initializer))
      for (const element of node.initializer.elements) if (ts.isStringLiteralLike(element)) literals.add(element.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return literals;
}

/** The Markdown files under a folder, in a stable order. */
function markdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.md$/i.test(f))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/**
 * The tokens that may gate a variant: where a text matching it holds them at a word start (lure-matcher.ts matches an
 * ASCII phrase on single-spaced text from a word start and checks no word end). Each run of two or more letters that
 * starts the variant or follows a space or a mark (no word character, so the run starts a word of the text too), with
 * the space or mark after it; a run the variant ends with as it is, since the text may go on with letters ('account'
 * matches 'accounts'), and one a digit follows likewise. Runs of letters, as the English sources are counted ('e-mail'
 * and 'i'm' are two words there); no digits in a token: the gate is front-coded (late-latin-pane.cjs).
 * @internal
 */
export const gateCandidates = (variant: string): string[] =>
  [...variant.matchAll(/[a-z]{2,}/g)]
    .filter(({ index }) => index === 0 || !/[a-z0-9]/.test(variant[index - 1]!))
    .map(({ 0: run, index }) => run + (variant[index + run.length]?.replace(/\d/, '') ?? ''));

/**
 * The most a variant's gate word may weigh for its pattern to wait: how often the English sources hold the word (for
 * a last word, the words it begins), a word absent from them weighing nothing. It decides only how often the pane
 * fetches the part, never a report. Measured on the corpus's tuning half (fetched for en_sf phishing / spamassassin
 * ham / usrp_users): 0 keeps 23 / 9 / 8 %, as the first-word gate did (21 / 5 / 10 %); 1 (English words the sources
 * lack) 62 / 38 / 10 %, 5 84 / 62 / 36 %: words such as 'unprotected', 'today', 'board' are rare in documentation,
 * not mail.
 */
const MAX_WEIGHT = 0;

/** How often English text holds a gate token where the gate looks, by the sources' counts (see MAX_WEIGHT). */
function weigher(
  counts: ReadonlyMap<string, number>,
  added: ReadonlySet<string>,
  dictionary: ReadonlySet<string>,
): (token: string) => number {
  const sorted = [...counts.keys()].sort();
  const memo = new Map<string, number>();
  return (token) => {
    let weight = memo.get(token);
    if (weight !== undefined) return weight;
    const word = token.replace(/[^a-z]$/, '');
    if (word !== token) weight = counts.get(word) ?? 0;
    else {
      let [lo, hi] = [0, sorted.length];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! < word) lo = mid + 1;
        else hi = mid;
      }
      weight = 0;
      for (let i = lo; i < sorted.length && sorted[i]!.startsWith(word); i++) weight += counts.get(sorted[i]!)!;
    }
    // An English word the sources lack (a dictionary's, or 'cash' of 'claim your cash prize') weighs as if held once.
    if (added.has(word) || (dictionary.has(word) && !counts.has(word))) weight += 1;
    memo.set(token, weight);
    return weight;
  };
}

export interface LatinSplit {
  /** By finder key (trie-format.ts finderKey): the waiting patterns, family by family, and their gate tokens. */
  late: Record<string, Record<string, string[]>>;
  /** Their gate tokens, for all finders at once (they come in one chunk); none begins with another. */
  gate: string[];
  /** By finder key: what stays in the first download, family by family (what the pane's tables become). */
  eager: Record<string, Record<string, string[]>>;
  /** By phrase module: each literal the pane's copy changes, and what it becomes (null: left out). */
  rewritten: Record<string, Record<string, string | null>>;
}

export function latinSplit(): LatinSplit {
  const counts = englishCounts();
  const english = new Set(counts.keys());
  const variantsOf = (pattern: string) =>
    expandPhrase(pattern)
      .map(normalisePhrase)
      .filter((v) => v.length >= 2);
  const tables = SPLIT_TABLES.map(({ module, families, phrases }) => ({
    module,
    families,
    literals: literalPatterns(module),
    patterns: families.flatMap((family) =>
      (phrases as Record<string, readonly string[]>)[family]!.map((pattern) => ({
        family: family as string,
        pattern,
        variants: variantsOf(pattern),
      })),
    ),
  }));
  // A phrase whose every word but a few is English makes the rest English too ('claim your cash prize' makes 'cash'
  // one); once, so that a foreign phrase starting with a word English shares ('solo', 'per') adds nothing.
  const added = new Set<string>();
  for (const { patterns } of tables)
    for (const { variants } of patterns) {
      const words = new Set(variants.join(' ').match(/[a-z]+/g));
      const unknown = [...words].filter((w) => !english.has(w));
      if (unknown.length * 5 <= words.size) for (const w of unknown) added.add(w);
    }
  for (const w of added) english.add(w);
  const dictionary = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  const weight = weigher(counts, added, dictionary);
  /** A variant's gate tokens: its lightest candidates, if light enough (see MAX_WEIGHT). */
  const lightest = (variant: string): string[] => {
    if (!/^[\x20-\x7e]+$/.test(variant)) return [];
    const candidates = gateCandidates(variant).filter((t) => weight(t) <= MAX_WEIGHT);
    const least = Math.min(...candidates.map(weight));
    return candidates.filter((t) => weight(t) === least);
  };
  const waits = (variants: string[]): boolean => variants.length > 0 && variants.every((v) => lightest(v).length > 0);
  const out: LatinSplit = { late: {}, gate: [], eager: {}, rewritten: {} };
  const waiting = new Set<string>();
  for (const { module, families, literals, patterns } of tables) {
    const key = finderKey(families);
    const late: Record<string, string[]> = Object.fromEntries(families.map((f) => [f, []]));
    const eager: Record<string, string[]> = Object.fromEntries(families.map((f) => [f, []]));
    const rewritten: Record<string, string | null> = (out.rewritten[module] ??= {});
    for (const { family, pattern, variants } of patterns) {
      let [stays, goes]: (string | undefined)[] = waits(variants) ? [undefined, pattern] : [pattern, undefined];
      // A pattern opening with alternatives ('{suspension|bloqueo|cancelacion} de su …') splits between them: the
      // same variants, some in each part.
      const group = /^\{([^{}]*)\}/.exec(pattern);
      const rest = group ? pattern.slice(group[0].length) : '';
      if (stays && group) {
        const options = group[1]!.split('|');
        const waiting = options.filter((o) => waits(variantsOf(`{${o}}${rest}`)));
        if (waiting.length > 0 && waiting.length < options.length) {
          stays = `{${options.filter((o) => !waiting.includes(o)).join('|')}}${rest}`;
          goes = `{${waiting.join('|')}}${rest}`;
        }
      }
      // Only a literal leaves the module (a pattern built from a constant stays whole).
      if (!literals.has(pattern)) [stays, goes] = [pattern, undefined];
      if (stays) eager[family]!.push(stays);
      if (!goes) continue;
      late[family]!.push(goes);
      if (rewritten[pattern] !== undefined && rewritten[pattern] !== (stays ?? null))
        throw new Error(`late-latin-split: ${pattern} splits two ways`);
      rewritten[pattern] = stays ?? null;
      for (const v of variantsOf(goes)) waiting.add(v);
    }
    out.late[key] = late;
    out.eager[key] = eager;
  }
  const shorten = shortened(english);
  out.gate = shortestTokens(fewestTokens([...waiting].map((v) => [...new Set(lightest(v).map(shorten))])));
  return out;
}

/** A shortened gate token is never shorter than this: fewer letters begin the random strings of links and ids. */
const MIN_TOKEN = 4;

/**
 * A gate token cut to its shortest beginning (of MIN_TOKEN letters or more) that begins no English word: a text
 * holding the token holds that beginning, so the gate still catches every waiting phrase, and an English text
 * rarely holds it. The English words are `english` and a dictionary of 275,000 (an-array-of-english-words), so that
 * `inqu` (inquiry) or `reven` (revenue) is no token: measured on the corpus's tuning half with first-word gates, the
 * part was fetched for 28 / 100 / 10 / 10 % of en_sf / jp_sf / spamassassin / usrp_users (28 / 100 / 6 / 8 % with
 * whole words), and the gate shipped 0.8 KB gzipped less. A token no beginning of which is free keeps its whole word.
 */
function shortened(english: ReadonlySet<string>): (token: string) => string {
  const dictionary = createRequire(import.meta.url)('an-array-of-english-words') as string[];
  const beginnings = new Set<string>();
  for (const words of [english, dictionary])
    for (const word of words) for (let n = MIN_TOKEN; n <= word.length; n++) beginnings.add(word.slice(0, n));
  return (token) => {
    for (let n = MIN_TOKEN; n < token.length; n++) if (!beginnings.has(token.slice(0, n))) return token.slice(0, n);
    return token;
  };
}

/**
 * Tokens that catch every variant, each variant given the tokens that may gate it; as few as a greedy cover finds
 * (the token that catches most of the variants still uncaught, again and again): many variants share a rare word
 * ('konto', 'cuenta'), and every token costs the first download a few bytes.
 */
function fewestTokens(choices: readonly (readonly string[])[]): string[] {
  const holders = new Map<string, number[]>();
  choices.forEach((tokens, v) => {
    for (const t of tokens) holders.set(t, [...(holders.get(t) ?? []), v]);
  });
  const open = new Map([...holders].map(([t, vs]) => [t, vs.length]));
  const caught = new Set<number>();
  const chosen: string[] = [];
  while (caught.size < choices.length) {
    let best: string | undefined;
    for (const [t, n] of open) if (!best || n > open.get(best)! || (n === open.get(best) && t < best)) best = t;
    chosen.push(best!);
    for (const v of holders.get(best!)!) {
      if (caught.has(v)) continue;
      caught.add(v);
      for (const t of choices[v]!) open.set(t, open.get(t)! - 1);
    }
    open.delete(best!);
  }
  // The greedy pick leaves tokens whose variants later picks also catch: each such one, latest first, goes.
  const count = new Map<number, number>();
  const keep = new Set(chosen);
  for (const t of chosen) for (const v of holders.get(t)!) count.set(v, (count.get(v) ?? 0) + 1);
  for (const t of [...chosen].reverse()) {
    if (!holders.get(t)!.every((v) => count.get(v)! > 1)) continue;
    keep.delete(t);
    for (const v of holders.get(t)!) count.set(v, count.get(v)! - 1);
  }
  return chosen.filter((t) => keep.has(t));
}

/** A token that another begins is not needed: the shorter one catches every text the longer would. Sorted. */
function shortestTokens(tokens: readonly string[]): string[] {
  const sorted = [...new Set(tokens)].sort();
  return sorted.filter((t, i) => !sorted.slice(0, i).some((shorter) => t.startsWith(shorter)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.stdout.write(JSON.stringify(latinSplit()));
