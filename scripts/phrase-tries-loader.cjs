/* global module, require, __dirname */
/**
 * webpack loader for the CLI bundle: src/core/checks/prebuilt-tries.ts becomes the phrase finders' tries as data,
 * compiled now from the lexicons by scripts/build-phrase-tries.ts (the same code the CLI would run on its first
 * lookup; prebuilt-tries.ts says why); with `{ pane: true }`, the task pane's pane-trie-data.ts, their compact form.
 * Run in a child process, with tsx, because that code is TypeScript and this is webpack's own process.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { execFileSync } = require('node:child_process');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');

/** Runs one of scripts/build-*.ts with tsx; its standard output (JSON). A watch runs it again when the core changes. */
function runBuildScript(loader, script, ...args) {
  loader.addContextDependency(join(root, 'src', 'core'));
  return execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

module.exports = function phraseTriesLoader() {
  // The task pane's: src/core/checks/pane-trie-data.ts becomes every finder's tries in the pane's compact form
  // (trie-format.ts compactTries), in a chunk fetched as the pane starts (prebuilt-tries.ts, pane-tries.ts).
  if (this.getOptions().pane) {
    const compact = runBuildScript(this, 'build-phrase-tries.ts', '--pane');
    if (Object.keys(JSON.parse(compact)).length === 0)
      throw new Error('phrase-tries-loader: no phrase finder was made');
    return `export const PANE_TRIE_DATA = ${compact};\n`;
  }
  // What the tries are compiled from: the lexicons and the matcher's normalising.
  const json = runBuildScript(this, 'build-phrase-tries.ts');
  const tries = JSON.parse(json); // fails the build on a broken output rather than the command at run time
  if (Object.keys(tries).length === 0) throw new Error('phrase-tries-loader: no phrase finder was made');
  // Written as an object literal (no JSON.parse at the start); each finder's tries are revived when it is first used
  // (trie-format.ts reviveTries), and read in place then: a run of English mail never revives the non-Latin ones.
  return [
    `import { finderKey, reviveTries } from './trie-format';`,
    `const SERIALIZED_TRIES = ${json};`,
    'export const PREBUILT_TRIES = {',
    '  latin(families) {',
    '    const tries = SERIALIZED_TRIES[finderKey(families)];',
    `    return tries && reviveTries(tries.latin, families, 'latin');`,
    '  },',
    '  all(families) {',
    '    const tries = SERIALIZED_TRIES[finderKey(families)];',
    `    return tries?.all && reviveTries(tries.all, families, 'all');`,
    '  },',
    '};',
    '',
  ].join('\n');
};

module.exports.runBuildScript = runBuildScript;
