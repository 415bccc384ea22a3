/* global module */
/**
 * webpack loader for the browser bundles: the verdict policy's `reason` texts (src/core/verdict.ts) explain each row
 * to whoever maintains it; nothing reads them at run time, so the pane and the page ship each row's weight without its
 * prose (about 2 KB gzipped). Like the brand table's `source` notes (webpack.config.js). The CLI keeps them.
 *
 * Each `reason: <string literal>` (single- or double-quoted, as prettier writes them) is dropped with its comma: the
 * row keeps only its weight (and substance): some 60 bytes gzipped less than an empty `reason: ''` in every row. The
 * pattern is linear: a literal is one run of non-quote, non-backslash characters or escapes, with no overlap.
 */
const REASON = /\breason:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;
/** The same with the comma after it: what the loader drops. */
const REASON_ROW = /\breason:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"),?/g;

module.exports = function stripPolicyReasons(source) {
  const stripped = source.replace(REASON_ROW, '');
  if (stripped === source) this.emitWarning(new Error('strip-policy-reasons: no reason found in ' + this.resourcePath));
  return stripped;
};
module.exports.REASON = REASON;
