/**
 * The task pane's compact tries of both parts of every finder with phrases in other scripts (trie-format.ts `all`),
 * fetched with those phrases (the `phrases` need): its build fills this module (scripts/phrase-tries-loader.cjs);
 * everywhere else it is undefined (check-data.ts, pane-tries.ts).
 */
import type { CompactTries } from '../trie-format';

export const TRIES: CompactTries | undefined = undefined;
