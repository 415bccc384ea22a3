/**
 * The built-in brands' domain labels (lookalike.ts labelOf: `amazon` for amazon.co.jp), computed when the CLI is built:
 * its bundle replaces this module with them as data (scripts/brand-labels-loader.cjs), so the first message compared
 * with the brands does not ask the public-suffix rules about ~900 domains (≈ 10 ms of a one-message run, issue #19).
 * Everywhere else (the task pane, the page, the tests) it is undefined and each label is computed when first needed:
 * the pane's rules at start are only part of the list (core/parse/suffix-rules.ts).
 */
export const PREBUILT_LABELS: ReadonlyMap<string, string> | undefined = undefined;
