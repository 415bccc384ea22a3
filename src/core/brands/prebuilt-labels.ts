/**
 * The built-in brands' domain labels (lookalike.ts labelOf: `amazon` for amazon.co.jp), computed when the CLI is built:
 * its bundle replaces this module with them as data (scripts/brand-labels-loader.cjs), so the first message compared
 * with the brands does not ask the public-suffix rules about ~900 domains (≈ 10 ms of a one-message run, issue #19).
 * Everywhere else (the task pane, the page, the tests) it is undefined and each label is computed when first needed:
 * the pane's rules at start are only part of the list (core/parse/suffix-rules.ts).
 */
import type { SerializedTargets } from './lookalike';

export const PREBUILT_LABELS: ReadonlyMap<string, string> | undefined = undefined;

/**
 * The built-in index's look-alike targets and their keys (lookalike.ts serializeTargets), computed with the labels when
 * the CLI is built: the first look-alike question of a run no longer reads a thousand brand domains (≈ 20 ms of a
 * one-message run at load 3, issue #19). Undefined elsewhere, where lookalike.ts computes them when first asked.
 */
export const PREBUILT_TARGETS: SerializedTargets | undefined = undefined;
