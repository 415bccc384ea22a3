/**
 * The task pane's stand-in for src/core/parse/charset-labels.ts, in place of it for src/core/parse/headers.ts and
 * addresses.ts (webpack.config.js, encodedWordsForPane): a value holding an encoded word goes to the decoder chunk
 * anyway, and the decoder that chunk brings mends its charset labels (scripts/encoded-words-load-pane.js), so the
 * label table waits with it instead of sitting in the pane's first download.
 */
export const mendEncodedWordLabels = (value) => value;
