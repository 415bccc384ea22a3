/**
 * The task pane's phrase tries of the finders the checks make as they load, fetched as the pane starts (pane-tries.ts
 * rides in the same chunk): its build fills this module (scripts/phrase-tries-loader.cjs); everywhere else it is
 * undefined (check-data.ts, pane-tries.ts).
 */
import type { CompactTries } from '../trie-format';

export const TRIES: CompactTries | undefined = undefined;
