/**
 * The task pane's phrase tries as data (pane-tries.ts reads them): its build fills this module with every finder's
 * tries, compiled from the whole lexicons (scripts/phrase-tries-loader.cjs, trie-format.ts compactTries); everywhere
 * else it is undefined and the finders compile their tries themselves (lure-matcher.ts).
 */
import type { CompactTries } from './trie-format';

export const PANE_TRIE_DATA: CompactTries | undefined = undefined;
