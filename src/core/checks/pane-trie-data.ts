/**
 * The task pane's phrase tries gathered as they come (pane-tries.ts reads them): its build makes this an empty record
 * (scripts/phrase-tries-loader.cjs), filled by each need's data with the tries of the finders it makes (trie-data/*.ts,
 * check-data.ts); everywhere else it is undefined and the finders compile their tries themselves (lure-matcher.ts).
 */
import type { CompactTries } from './trie-format';

export const PANE_TRIE_DATA: CompactTries | undefined = undefined;

/**
 * Whether the finders read only the tries a build shipped (the task pane, whose build makes this true): they never
 * compile from the lexicons, which the pane does not carry, and one whose tries are not in yet says so (a need,
 * lure-matcher.ts). A constant, so the pane's bundle leaves the compiling code out.
 */
export const TRIES_ONLY: boolean = false;

/** Adds a chunk's tries (a finder's Latin part, or the compact trie of both its parts) to those gathered. */
export function addPaneTries(data: CompactTries | undefined): void {
  if (!PANE_TRIE_DATA || !data) return;
  for (const [key, part] of Object.entries(data)) PANE_TRIE_DATA[key] = { ...PANE_TRIE_DATA[key], ...part };
}
