/**
 * The gate of the Latin-script phrases the task pane lets wait (scripts/late-latin-split.ts chooses them): the finders
 * that have such phrases (trie-format.ts finderKey) and the tokens, `|` between them; a text holding none of the tokens
 * at a word start can match none of those phrases. The pane's build replaces this module with them (scripts/late-latin-pane.cjs) and leaves those phrases out
 * of the tables, for late-latin-phrases.ts; everywhere else the tables are whole and this is undefined.
 */
export const LATE_LATIN_GATE: { finders: readonly string[]; tokens: string } | undefined = undefined;
