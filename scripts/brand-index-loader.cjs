/* global module, require, __dirname */
/**
 * webpack loader for the CLI bundle: src/core/brands/prebuilt.ts becomes the built-in brand index as data, computed
 * now by scripts/build-brand-index.ts (the same code the CLI would run at start; prebuilt.ts says why). Run in a
 * child process, with tsx, because that code is TypeScript and this is webpack's own process.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { execFileSync } = require('node:child_process');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');

module.exports = function brandIndexLoader() {
  // What the index is computed from: the table and the core code that reads it (normalising, suffix rules), so a watch
  // computes it again when any of them changes.
  this.addContextDependency(join(root, 'src', 'core'));
  const json = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-brand-index.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  JSON.parse(json); // fails the build on a broken output rather than the command at run time
  // JSON.parse of a string literal: V8 reads it faster than the same object written as code.
  return `export const PREBUILT_INDEX = JSON.parse(${JSON.stringify(json)});\n`;
};
