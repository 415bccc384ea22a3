/**
 * The phrase finders' tries, computed when the CLI is built: its bundle replaces this module with them as data
 * (scripts/phrase-tries-loader.cjs), so a one-message run does not expand, normalise and insert thousands of phrases
 * on its first lookup — the largest part of its start-up (issue #19). Everywhere else (the task pane, the page, the
 * tests) it is undefined and lure-matcher.ts compiles each finder's tries when first asked: the pane's download stays
 * as it is (the data is larger than the phrases it comes from).
 */
import type { SerializedTries } from './lure-matcher';

export const PREBUILT_TRIES: SerializedTries | undefined = undefined;
