/**
 * The task pane's phrase tries of the finders the `callback` need's data makes, in its chunk: its build fills this
 * module (scripts/phrase-tries-loader.cjs); everywhere else it is undefined (check-data.ts, pane-tries.ts).
 */
import type { CompactTries } from '../trie-format';

export const TRIES: CompactTries | undefined = undefined;
