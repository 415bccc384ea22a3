/**
 * The phrase finders' tries, computed when the CLI is built: its bundle replaces this module with them as data, read
 * back by trie-format.ts (scripts/phrase-tries-loader.cjs), so a one-message run does not expand, normalise and insert
 * thousands of phrases on its first lookup — the largest part of its start-up (issue #19). The task pane's build
 * computes them too, in a compact form of its own (pane-tries.ts), in parts: the tries of the finders every message
 * uses in a chunk of their own, asked for as this module loads, long before the first message's headers come
 * (compiling them was most of a fresh pane's first analysis), and each other finder's with the data of the need that
 * makes it (check-data.ts). The pane never compiles (it does not carry the lexicons): a finder whose tries are not in
 * says so, and the pane loads them and analyses again (`needs: ['tries']`, lure-matcher.ts). Everywhere else (the page,
 * the tests), a finder compiles its tries when first asked: the same tries either way.
 */
import type { Half } from './lure-matcher';
import { TRIES_ONLY } from './pane-trie-data';

/** A finder's tries, named by its families (trie-format.ts finderKey); undefined for one the build did not see. */
export interface PrebuiltTries {
  /** Its Latin part's two tries. */
  latin(families: readonly string[]): { compact: Half; spaced: Half } | undefined;
  /** With a non-Latin part, the compact trie of both parts. */
  all(families: readonly string[]): Half | undefined;
}

/** Undefined until the pane's are in (a live binding: lure-matcher.ts reads it at each first use). */
export let PREBUILT_TRIES: PrebuiltTries | undefined;

/**
 * Loads the pane's reader of its tries with the tries of the finders every message uses (the `tries` need); settles
 * once the finders can read them. Outside the pane there are none (the page's bundle leaves the reader out), and the
 * finders compile.
 */
export const loadPaneTries = (): Promise<void> =>
  TRIES_ONLY
    ? import(/* webpackChunkName: "tries" */ './pane-tries').then((m) => void (PREBUILT_TRIES ??= m.PANE_TRIES))
    : Promise.resolve();

// Asked for at once: the pane's start, long before the first message's headers come.
loadPaneTries().catch(() => undefined);
