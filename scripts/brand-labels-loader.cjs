/* global module, require */
/**
 * webpack loader for the CLI bundle: src/core/brands/prebuilt-labels.ts becomes the built-in brands' domain labels and
 * look-alike targets as data, computed now by scripts/build-brand-labels.ts with the code lookalike.ts runs
 * (prebuilt-labels.ts says why).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { runBuildScript } = require('./phrase-tries-loader.cjs');

module.exports = function brandLabelsLoader() {
  const [json, targets] = runBuildScript(this, 'build-brand-labels.ts').split('\t');
  const pairs = JSON.parse(json); // fails the build on a broken output rather than the command at run time
  if (!Array.isArray(pairs) || pairs.length === 0) throw new Error('brand-labels-loader: no brand domain');
  if (!(JSON.parse(targets).targets.length > 0)) throw new Error('brand-labels-loader: no look-alike target');
  // The targets as one line of JSON: scripts/cli-code-cache.cjs moves each part (targets, keys) out of the code, each
  // parsed when first read.
  return (
    `export const PREBUILT_LABELS = new Map(JSON.parse(${JSON.stringify(json)}));\n` +
    `export const PREBUILT_TARGETS = ${targets};\n`
  );
};
