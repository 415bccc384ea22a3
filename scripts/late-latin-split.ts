/**
 * Which Latin-script phrases the task pane lets wait (issue #19), and the gate that says a text may hold one:
 * `tsx scripts/late-latin-split.ts` prints it as JSON for scripts/late-latin-pane.cjs.
 *
 * A pattern waits when it is written as a plain literal, every variant is ASCII once normalised (so it is matched on
 * single-spaced text at a word start) and no variant starts with an English word. Its gate tokens are each variant's
 * first word with the space after it (or the whole variant when it has no space): a text holding the phrase at a word
 * start holds the token there, so a text the gate passes over can match none of them (lure-matcher.ts; the test
 * test/core/checks/late-latin.test.ts proves it for every variant). Which words are English only decides how often a
 * message fetches the part, never a report (see englishWords).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
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
 * English words: the project's prose (scripts/english-prose-words.txt: the README's words, kept in a file of their own
 * so that editing the README never changes what ships), its English messages and the phrase tables' comments,
 * TypeScript's library documentation and the documentation of the installed packages (node_modules' Markdown).
 */
function englishWords(): Set<string> {
  const ts = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  const docs = [
    ...readdirSync(join(ts, 'lib'))
      .filter((f) => /^lib\..*\.d\.ts$/.test(f))
      .map((f) => join(ts, 'lib', f)),
    ...markdown(join(root, 'node_modules')),
  ];
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
  };
  const prose = join(root, 'scripts/english-prose-words.txt');
  for (const file of [prose, join(root, 'src/i18n/en.ts'), ...docs]) add(readFileSync(file, 'utf8'));
  // The phrase tables' own comments: English prose about the lures, naming the English ones' words; without what
  // they quote (「Nach Ablauf der Frist wird Ihr Zugang …」) or name in another language ('pt es: …').
  for (const { module } of SPLIT_TABLES) {
    const source = readFileSync(join(root, 'src/core/checks', `${module}.ts`), 'utf8');
    const comments = (source.match(/^\s*(?:\/\/|\*|\/\*\*).*$/gm) ?? []).join('\n');
    add(comments.replace(/"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|'[^'\n]*'|「[^」\n]*」|\([^)\n]*\)/g, ' '));
  }
  return words;
}

/** The Markdown files under a folder, in a stable order. */
function markdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.md$/i.test(f))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** A variant's gate token: its first word and the space after it, or the whole variant. @internal */
export const gateToken = (variant: string): string => {
  const space = variant.indexOf(' ');
  return space < 0 ? variant : variant.slice(0, space + 1);
};

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
  const english = englishWords();
  const tables = SPLIT_TABLES.map(({ module, families, phrases }) => ({
    module,
    families,
    patterns: families.flatMap((family) =>
      (phrases as Record<string, readonly string[]>)[family]!.map((pattern) => ({
        family: family as string,
        pattern,
        variants: expandPhrase(pattern)
          .map(normalisePhrase)
          .filter((v) => v.length >= 2),
      })),
    ),
  }));
  const waits = (variants: string[]): boolean =>
    variants.length > 0 &&
    variants.every((v) => {
      // ASCII, starting with a letter ('24 hours' stays: digits are every language's), and a first word not English.
      const words = gateToken(v)
        .split(/[^a-z]+/)
        .filter(Boolean);
      return /^[a-z][\x20-\x7e]*$/.test(v) && !words.some((w) => english.has(w));
    });
  // A phrase whose every word but a few is English makes the rest English too ('claim your cash prize' makes 'cash'
  // one); once, so that a foreign phrase starting with a word English shares ('solo', 'per') adds nothing.
  const added: string[] = [];
  for (const { patterns } of tables)
    for (const { variants } of patterns) {
      const words = new Set(variants.join(' ').match(/[a-z]+/g));
      const unknown = [...words].filter((w) => !english.has(w));
      if (unknown.length * 5 <= words.size) added.push(...unknown);
    }
  for (const w of added) english.add(w);
  const variantsOf = (pattern: string) =>
    expandPhrase(pattern)
      .map(normalisePhrase)
      .filter((v) => v.length >= 2);
  const out: LatinSplit = { late: {}, gate: [], eager: {}, rewritten: {} };
  const gates = new Set<string>();
  for (const { module, families, patterns } of tables) {
    const key = finderKey(families);
    const late: Record<string, string[]> = Object.fromEntries(families.map((f) => [f, []]));
    const eager: Record<string, string[]> = Object.fromEntries(families.map((f) => [f, []]));
    const rewritten: Record<string, string | null> = (out.rewritten[module] ??= {});
    for (const { family, pattern, variants } of patterns) {
      let [stays, goes]: (string | undefined)[] = waits(variants) ? [undefined, pattern] : [pattern, undefined];
      // A pattern opening with alternatives ('{suspension|bloqueo|cancelacion} de su …') splits between them: the
      // same variants, some in each part.
      // Only when what follows is not English either ('{ceo|cfo|coo} of …' stays whole).
      const group = /^\{([^{}]*)\}/.exec(pattern);
      const rest = group ? pattern.slice(group[0].length) : '';
      if (stays && group && (rest.match(/[a-z]{3,}/g) ?? []).some((w) => !english.has(w))) {
        const options = group[1]!.split('|');
        const waiting = options.filter((o) => waits(variantsOf(`{${o}}${rest}`)));
        if (waiting.length > 0 && waiting.length < options.length) {
          stays = `{${options.filter((o) => !waiting.includes(o)).join('|')}}${rest}`;
          goes = `{${waiting.join('|')}}${rest}`;
        }
      }
      if (stays) eager[family]!.push(stays);
      if (!goes) continue;
      late[family]!.push(goes);
      if (rewritten[pattern] !== undefined && rewritten[pattern] !== (stays ?? null))
        throw new Error(`late-latin-split: ${pattern} splits two ways`);
      rewritten[pattern] = stays ?? null;
      for (const v of variantsOf(goes)) gates.add(gateToken(v));
    }
    out.late[key] = late;
    out.eager[key] = eager;
  }
  out.gate = shortestTokens([...gates].map(shortened(english)));
  return out;
}

/** A shortened gate token is never shorter than this: fewer letters begin the random strings of links and ids. */
const MIN_TOKEN = 4;

/**
 * A gate token cut to its shortest beginning (of MIN_TOKEN letters or more) that begins no English word: a text
 * holding the token holds that beginning, so the gate still catches every waiting phrase, and an English text
 * rarely holds it. The English words are `english` and a dictionary of 275,000 (an-array-of-english-words), so that
 * `inqu` (inquiry) or `reven` (revenue) is no token: measured on the corpus's tuning half, the part is fetched for
 * 28 / 100 / 10 / 10 % of en_sf / jp_sf / spamassassin / usrp_users (28 / 100 / 6 / 8 % with the whole first words),
 * and the gate ships 0.8 KB gzipped less. A token no beginning of which is free keeps its whole first word.
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

/** A token that another begins is not needed: the shorter one catches every text the longer would. Sorted. */
function shortestTokens(tokens: readonly string[]): string[] {
  const sorted = [...new Set(tokens)].sort();
  return sorted.filter((t, i) => !sorted.slice(0, i).some((shorter) => t.startsWith(shorter)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.stdout.write(JSON.stringify(latinSplit()));
