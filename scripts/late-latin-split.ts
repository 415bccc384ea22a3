/**
 * Which Latin-script phrases the task pane lets wait (issue #19), and the gate that says a text may hold one:
 * `tsx scripts/late-latin-split.ts` prints it as JSON for scripts/late-latin-pane.cjs.
 *
 * A pattern waits when it is written as a plain literal, every variant is ASCII once normalised (so it is matched on
 * single-spaced text at a word start) and no variant starts with an English word. Its gate tokens are each variant's
 * first word with the space after it (or the whole variant when it has no space): a text holding the phrase at a word
 * start holds the token there, so a text the gate passes over can match none of them (lure-matcher.ts; the test
 * test/core/checks/late-latin.test.ts proves it for every variant). Which words are English only decides how often a
 * message fetches the part, never a report: the project's own English prose and TypeScript's library documentation
 * (pinned, large), read now.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/** English words: the project's prose (sources, README) and TypeScript's library documentation. */
function englishWords(): Set<string> {
  const ts = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  const files = [
    join(root, 'README.md'),
    join(root, 'src/i18n/en.ts'),
    ...readdirSync(join(ts, 'lib'))
      .filter((f) => /^lib\..*\.d\.ts$/.test(f))
      .map((f) => join(ts, 'lib', f)),
  ];
  const words = new Set<string>();
  for (const file of files)
    for (const w of readFileSync(file, 'utf8')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [])
      words.add(w);
  return words;
}

/** A variant's gate token: its first word and the space after it, or the whole variant. @internal */
export const gateToken = (variant: string): string => {
  const space = variant.indexOf(' ');
  return space < 0 ? variant : variant.slice(0, space + 1);
};

export interface LatinSplit {
  /** By finder key (trie-format.ts finderKey): the waiting patterns, family by family, and their gate tokens. */
  late: Record<string, Record<string, string[]>>;
  gates: Record<string, string[]>;
  /** By phrase module: the literals the pane's copy leaves out. */
  removed: Record<string, string[]>;
}

export function latinSplit(): LatinSplit {
  const english = englishWords();
  const out: LatinSplit = { late: {}, gates: {}, removed: {} };
  for (const { module, families, phrases } of SPLIT_TABLES) {
    const key = finderKey(families);
    const late: Record<string, string[]> = {};
    const gates = new Set<string>();
    const removed = new Set<string>();
    for (const family of families) {
      late[family] = [];
      for (const pattern of (phrases as Record<string, readonly string[]>)[family]!) {
        const variants = expandPhrase(pattern)
          .map(normalisePhrase)
          .filter((v) => v.length >= 2);
        const waits =
          variants.length > 0 &&
          variants.every((v) => /^[\x20-\x7e]+$/.test(v)) &&
          variants.every((v) => {
            // A first word of letters only, none of them English ('24 hours' stays: digits are every language's).
            const words = gateToken(v)
              .split(/[^a-z]+/)
              .filter(Boolean);
            return words.length > 0 && /^[a-z]/.test(v) && !words.some((w) => english.has(w));
          });
        if (!waits) continue;
        late[family].push(pattern);
        removed.add(pattern);
        for (const v of variants) gates.add(gateToken(v));
      }
    }
    out.late[key] = late;
    out.gates[key] = [...gates].sort();
    out.removed[module] = [...removed];
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.stdout.write(JSON.stringify(latinSplit()));
