/**
 * The built-in brand index, computed when the CLI is built: its bundle replaces this module with the index as data
 * (scripts/brand-index-loader.cjs), so a one-message run does not normalise every brand name and look up the suffix of
 * every brand domain at start (issue #19). Everywhere else (the task pane, the page, the tests) it is undefined and
 * lookup.ts builds the index when first asked: the pane's download stays as it is, and its part of the suffix rules
 * (core/parse/suffix-rules.ts) would give another index than the CLI's whole list.
 */
import type { SerializedBrandIndex } from './lookup';

export const PREBUILT_INDEX: SerializedBrandIndex | undefined = undefined;
