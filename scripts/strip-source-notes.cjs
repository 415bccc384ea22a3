/* global module */
/**
 * webpack loader for the browser bundles: the hosting-network table (src/core/ip-owner/hosting-asns.ts) says where
 * each AS number → provider link was checked, for whoever maintains it; the checks read only the number and the
 * provider, so the pane and the page ship each entry without it (about 0.5 KB gzipped). Like the brand table's
 * `source` notes and the policy's reasons (scripts/strip-policy-reasons.cjs). The CLI keeps them.
 *
 * Each `source: <string literal>` (single- or double-quoted, as prettier writes them) is dropped with its comma. The
 * pattern is linear: a literal is one run of non-quote, non-backslash characters or escapes, with no overlap.
 */
const SOURCE = /\bsource:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;
/** The same with the comma after it: what the loader drops. */
const SOURCE_ENTRY = /\bsource:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"),?/g;

module.exports = function stripSourceNotes(source) {
  const stripped = source.replace(SOURCE_ENTRY, '');
  if (stripped === source)
    this.emitWarning(new Error('strip-source-notes: no source note found in ' + this.resourcePath));
  return stripped;
};
module.exports.SOURCE = SOURCE;
