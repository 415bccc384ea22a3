/* global module, require */
/**
 * webpack loader for the task pane: the Latin-script phrases that wait (scripts/late-latin-split.ts) leave the phrase
 * tables' literals (lure-, no-link- and advance-fee-phrases.ts), and fill late-latin-phrases.ts (fetched with the
 * phrases in other scripts) and late-latin.ts (their gates, in the first download).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const ts = require('typescript');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { basename } = require('node:path');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { runBuildScript } = require('./phrase-tries-loader.cjs');

/**
 * The gate's tokens (sorted) each written as the number of letters it shares with the one before (a digit, at most 9)
 * and the rest; undefined when a token holds a digit.
 */
function frontCoded(tokens) {
  if (tokens.some((token) => /\d/.test(token))) return undefined;
  let before = '';
  return tokens
    .map((token) => {
      let shared = 0;
      while (shared < 9 && shared < before.length && token[shared] === before[shared]) shared += 1;
      before = token;
      return `${shared}${token.slice(shared)}`;
    })
    .join('');
}

/** Shipped as written: the tokens joined by `|` again (a function the loader also runs, see above). */
function unfront(text) {
  let before = '';
  return (text.match(/\d\D*/g) ?? []).map((part) => (before = before.slice(0, +part[0]) + part.slice(1))).join('|');
}

/** One split per build: every module this loader rewrites must agree on it. */
let split;

module.exports = function lateLatinLoader(source) {
  split ??= JSON.parse(runBuildScript(this, 'late-latin-split.ts'));
  const name = basename(this.resourcePath, '.ts');
  if (name === 'late-latin') {
    const tokens = split.gate.join('|');
    const packed = frontCoded(split.gate);
    // Shipped front-coded when that reads back exactly (no token holds a digit): 0.4 KB gzipped less.
    const written = unfront(packed ?? '') === tokens ? `unfront(${JSON.stringify(packed)})` : JSON.stringify(tokens);
    return [
      unfront.toString(),
      `export const LATE_LATIN_GATE = { finders: ${JSON.stringify(Object.keys(split.late))}, tokens: ${written} };`,
      '',
    ].join('\n');
  }
  if (name === 'late-latin-phrases') return `export const LATE_LATIN_PHRASES = ${JSON.stringify(split.late)};\n`;
  const rewritten = split.rewritten[name] ?? {};
  if (Object.keys(rewritten).length === 0) throw new Error(`late-latin-pane: nothing of ${name} waits`);
  // The elements of the arrays that are an object's property values (family: [...]): each waiting one left out, each
  // split one replaced by its first part.
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const found = new Set();
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isArrayLiteralExpression(node.initializer)) {
      for (const element of node.initializer.elements) {
        if (!ts.isStringLiteralLike(element) || !Object.hasOwn(rewritten, element.text)) continue;
        edits.push([element.getStart(file), element.end, rewritten[element.text]]);
        found.add(element.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // The split takes only literals out (late-latin-split.ts literalPatterns): one not found would be in both parts.
  const missing = Object.keys(rewritten).filter((pattern) => !found.has(pattern));
  if (missing.length > 0) throw new Error(`late-latin-pane: ${name} writes no literal ${JSON.stringify(missing[0])}`);
  let out = source;
  for (const [start, end, replacement] of edits.reverse()) {
    if (replacement !== null) {
      out = out.slice(0, start) + JSON.stringify(replacement) + out.slice(end);
      continue;
    }
    const comma = out.slice(end).match(/^\s*,/);
    out = out.slice(0, start) + out.slice(end + (comma ? comma[0].length : 0));
  }
  return out;
};
