/* global module, require, __dirname */
/**
 * webpack loader for the CLI bundle: src/core/brands/prebuilt.ts becomes the built-in brand index as data, computed
 * now by scripts/build-brand-index.ts (the same code the CLI would run at start; prebuilt.ts says why). Run in a
 * child process, with tsx, because that code is TypeScript and this is webpack's own process.
 * With `{ table: 'none' }` (the CLI's rule for brands.json) it gives the table as an empty array instead: the CLI
 * reads its brands from the index (lookup.ts), so it neither carries nor parses the table a second time.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { execFileSync } = require('node:child_process');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');

module.exports = function brandIndexLoader() {
  if (this.getOptions().table === 'none') return 'export default [];\n';
  // What the index is computed from: the table and the core code that reads it (normalising, suffix rules), so a watch
  // computes it again when any of them changes.
  this.addContextDependency(join(root, 'src', 'core'));
  const json = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-brand-index.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const index = JSON.parse(json); // fails the build on a broken output rather than the command at run time
  if (!(index.brands.length > 0)) throw new Error('brand-index-loader: no brand');
  // One line of JSON: scripts/cli-code-cache.cjs moves each part (brands, domain roles, names, link words) out of the
  // code, each parsed when first read (lookup.ts reviveIndex asks for a part when a question needs it).
  return `export const PREBUILT_INDEX = ${json};\n`;
};
