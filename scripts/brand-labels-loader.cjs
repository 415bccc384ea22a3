/* global module, require */
/**
 * webpack loader for the CLI bundle: src/core/brands/prebuilt-labels.ts becomes the built-in brands' domain labels as
 * data, computed now by scripts/build-brand-labels.ts with the code lookalike.ts runs (prebuilt-labels.ts says why).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { runBuildScript } = require('./phrase-tries-loader.cjs');

module.exports = function brandLabelsLoader() {
  const json = runBuildScript(this, 'build-brand-labels.ts');
  const pairs = JSON.parse(json); // fails the build on a broken output rather than the command at run time
  if (!Array.isArray(pairs) || pairs.length === 0) throw new Error('brand-labels-loader: no brand domain');
  return `export const PREBUILT_LABELS = new Map(JSON.parse(${JSON.stringify(json)}));\n`;
};
