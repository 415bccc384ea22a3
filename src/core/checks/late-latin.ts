/**
 * The gates of the Latin-script phrases the task pane lets wait (scripts/late-latin-split.ts chooses them), by finder
 * (trie-format.ts finderKey): a text holding none of a finder's tokens at a word start can match none of its waiting
 * phrases. The pane's build replaces this module with them (scripts/late-latin-pane.cjs) and leaves those phrases out
 * of the tables, for late-latin-phrases.ts; everywhere else the tables are whole and this is undefined.
 */
export const LATE_LATIN_GATES: Readonly<Record<string, readonly string[]>> | undefined = undefined;
