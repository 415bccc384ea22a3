/* global module, require, __dirname */
/**
 * webpack loader for the CLI bundle: src/core/checks/prebuilt-tries.ts becomes the phrase finders' tries as data,
 * compiled now from the lexicons by scripts/build-phrase-tries.ts (the same code the CLI would run on its first
 * lookup; prebuilt-tries.ts says why); with `{ pane: true }`, the task pane's trie-data/*.ts, their compact form.
 * Run in a child process, with tsx, because that code is TypeScript and this is webpack's own process.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { execFileSync } = require('node:child_process');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { basename, dirname, join, resolve } = require('node:path');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { existsSync } = require('node:fs');

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

/** The task pane's tries in parts, by need (scripts/build-phrase-tries.ts --pane): one build computes them once. */
let paneParts;

module.exports = function phraseTriesLoader(source) {
  // The task pane's: each of src/core/checks/trie-data/*.ts becomes the tries (trie-format.ts compactTries) of the
  // finders its need's data makes, in that need's chunk (check-data.ts), and pane-trie-data.ts the place they are
  // gathered as they come (pane-tries.ts).
  if (this.getOptions().pane) {
    paneParts ??= JSON.parse(runBuildScript(this, 'build-phrase-tries.ts', '--pane'));
    if (basename(this.resourcePath) === 'pane-trie-data.ts') {
      const gathered = source
        .replace('PANE_TRIE_DATA: CompactTries | undefined = undefined;', 'PANE_TRIE_DATA = {};')
        .replace('TRIES_ONLY: boolean = false;', 'TRIES_ONLY = true;');
      if (!/PANE_TRIE_DATA = \{\};[^]*TRIES_ONLY = true;/.test(gathered))
        throw new Error('phrase-tries-loader: pane-trie-data.ts no longer reads as expected');
      return gathered;
    }
    const need = basename(this.resourcePath, '.ts');
    for (const part of Object.keys(paneParts))
      if (!existsSync(join(dirname(this.resourcePath), `${part}.ts`)))
        throw new Error(`phrase-tries-loader: the tries of '${part}' have no module in trie-data/ to ride in`);
    if (need === 'tries' && !paneParts.tries) throw new Error('phrase-tries-loader: no phrase finder was made');
    return `export const TRIES = ${JSON.stringify(paneParts[need] ?? {})};\n`;
  }
  // What the tries are compiled from: the lexicons and the matcher's normalising.
  const tries = JSON.parse(runBuildScript(this, 'build-phrase-tries.ts')); // fails the build on a broken output
  if (Object.keys(tries).length === 0) throw new Error('phrase-tries-loader: no phrase finder was made');
  // Every part of each trie is digits (trie-format.ts: node tables, code units, sieves), joined in one string constant,
  // which scripts/cli-code-cache.cjs moves into the command's data comment as it is: each part is then a slice of the
  // text Node read, taken when its finder is first used - no JSON.parse of 2.6 MB, no copy (issue #19). What is left
  // (each part's place in that string, the digits' widths) is a small object literal in the code.
  let text = '';
  const place = (digits) => {
    if (/[^\x40-\x7f]/.test(digits)) throw new Error('phrase-tries-loader: a trie part holds more than digits');
    text += digits;
    return [text.length - digits.length, text.length];
  };
  const PARTS = ['first', 'units', 'codes', 'ends', 'starts', 'short', 'triples'];
  for (const finder of Object.values(tries)) {
    for (const half of [finder.latin.compact, finder.latin.spaced, finder.all]) {
      if (!half) continue;
      for (const part of PARTS) half[part] = place(half[part]);
      const left = Object.keys(half).filter((key) => !PARTS.includes(key) && typeof half[key] !== 'number');
      if (left.length > 0) throw new Error(`phrase-tries-loader: a trie part not placed: ${left.join(', ')}`);
    }
  }
  // Written as an object literal (no JSON.parse at the start); each finder's tries are revived when it is first used
  // (trie-format.ts reviveTries), and read in place then: a run of English mail never revives the non-Latin ones.
  return [
    `import { finderKey, reviveTries } from './trie-format';`,
    `const TRIE_DIGITS = ${JSON.stringify(text)};`,
    `const SERIALIZED_TRIES = ${JSON.stringify(tries)};`,
    `const PARTS = ${JSON.stringify(PARTS)};`,
    'const inPlace = (half) => ({',
    '  ...half,',
    '  ...Object.fromEntries(PARTS.map((part) => [part, TRIE_DIGITS.slice(half[part][0], half[part][1])])),',
    '});',
    'export const PREBUILT_TRIES = {',
    '  latin(families) {',
    '    const tries = SERIALIZED_TRIES[finderKey(families)];',
    '    const latin = tries?.latin;',
    `    return latin && reviveTries({ compact: inPlace(latin.compact), spaced: inPlace(latin.spaced) }, families, 'latin');`,
    '  },',
    '  all(families) {',
    '    const tries = SERIALIZED_TRIES[finderKey(families)];',
    `    return tries?.all && reviveTries(inPlace(tries.all), families, 'all');`,
    '  },',
    '};',
    // All in already: nothing to load (the task pane's tries come in parts, prebuilt-tries.ts).
    'export const loadPaneTries = () => Promise.resolve();',
    '',
  ].join('\n');
};

module.exports.runBuildScript = runBuildScript;
