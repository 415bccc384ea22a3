/**
 * The phrase finders' tries, computed when the CLI is built: its bundle replaces this module with them as data, read
 * back by trie-format.ts (scripts/phrase-tries-loader.cjs), so a one-message run does not expand, normalise and insert
 * thousands of phrases on its first lookup — the largest part of its start-up (issue #19). Everywhere else (the task
 * pane, the page, the tests) it is undefined and lure-matcher.ts compiles each finder's tries when first asked: the
 * pane's download stays as it is (the data is larger than the phrases it comes from).
 */
import type { Half } from './lure-matcher';

/** A finder's tries, named by its families (trie-format.ts finderKey); undefined for one the build did not see. */
export interface PrebuiltTries {
  /** Its Latin part's two tries. */
  latin(families: readonly string[]): { compact: Half; spaced: Half } | undefined;
  /** With a non-Latin part, the compact trie of both parts. */
  all(families: readonly string[]): Half | undefined;
}

export const PREBUILT_TRIES: PrebuiltTries | undefined = undefined;
