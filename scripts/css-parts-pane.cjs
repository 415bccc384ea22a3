/* global module, require, __dirname */
/**
 * webpack loader for the task pane's stylesheets (src/ui/styles.css, details.css, fluent-tokens.css; webpack.config.js):
 * the rules no first drawing can show wait with the code that draws what they style, each a part of its own (`?part`),
 * a module of the chunk drawing them, which adds them to the page when it runs (scripts/stylesheet-pane.js):
 * - `?evidence` (details.css): the evidence lists and the hop table, drawn only inside closed panels and filled when the
 *   evidence-view chunk arrives (scripts/evidence-view-pane.js), with their high-contrast rules from styles.css;
 * - `?flows` (styles.css): the report confirmation, the IT address form and "This looks wrong" confirmation, drawn only
 *   by the click-time flows (scripts/action-flows-pane.js);
 * - `?button` (fluent-tokens.css): the Fluent tokens only Fluent's own button reads (not our stylesheets), which waits
 *   in the `fluent` chunk anyway (scripts/fluent-pane.js); until it is defined, dom.ts draws its look from our tokens.
 * Without a query each file is what it was, less its waiting part. The other builds (the standalone page, Thunderbird)
 * read the files whole.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { readFileSync } = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { basename, dirname, join } = require('node:path');

/** Which rules of which file wait: a rule waits when each of its selectors starts with one of these. */
const PARTS = {
  evidence: {
    file: 'details.css',
    selector: /^(?:\.evidence(?:-[a-z]+)?|\.hops|\.hop-[a-z-]+|mark)(?![\w-])/,
  },
  flows: {
    file: 'styles.css',
    selector: /^\.(?:report-confirm|false-alarm-confirm|report-address|text-input)(?![\w-])/,
  },
};

/** The file with its comments blanked out, same length, so a range found in it cuts the original. */
const blanked = (css) => css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/** The file's top-level blocks: { prelude, body, start, end } (end past the closing brace). */
function blocks(css) {
  const text = blanked(css);
  const out = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth < 0) throw new Error('css-parts-pane: unbalanced braces');
      if (depth === 0) {
        out.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i), start, end: i + 1 });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) start = i + 1;
  }
  if (depth !== 0) throw new Error('css-parts-pane: unbalanced braces');
  return out;
}

const selectors = (prelude) => prelude.split(',').map((s) => s.trim());
const waits = (prelude, part) => !prelude.startsWith('@') && selectors(prelude).every((s) => part.selector.test(s));

/** `css` without the ranges of `cut`. */
function without(css, cut) {
  let out = '';
  let at = 0;
  for (const block of cut) {
    out += css.slice(at, block.start);
    at = block.end;
  }
  return out + css.slice(at);
}

/** The high-contrast rules of styles.css for the waiting part's selectors, to follow them as they did. */
function forcedColors(stylesPath, part) {
  const styles = readFileSync(stylesPath, 'utf8');
  const rules = [];
  for (const media of blocks(styles).filter((b) => /^@media\s*\(forced-colors/.test(b.prelude))) {
    const inner = blocks(media.body).filter((b) => selectors(b.prelude).some((s) => part.selector.test(s)));
    const kept = inner.map((b) => {
      const own = selectors(b.prelude).filter((s) => part.selector.test(s));
      return `${own.join(',')}{${b.body.trim()}}`;
    });
    if (kept.length > 0) rules.push(`${media.prelude}{${kept.join('')}}`);
  }
  return rules.join('\n');
}

/** The custom properties our stylesheets read (`var(--name`), read from the files beside fluent-tokens.css. */
function readTokens(dir, addDependency) {
  const read = new Set();
  for (const file of ['styles.css', 'details.css']) {
    const path = join(dir, file);
    addDependency(path);
    for (const m of blanked(readFileSync(path, 'utf8')).matchAll(/var\(\s*(--[\w-]+)/g)) read.add(m[1]);
  }
  return read;
}

/** fluent-tokens.css with (`button`) only the tokens our stylesheets do not read, or (else) only those they do. */
function splitTokens(css, read, button) {
  const out = [];
  for (const block of blocks(css)) {
    const declarations = block.body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .filter((d) => {
        const name = /^(--[\w-]+)\s*:/.exec(d)?.[1];
        if (!name) throw new Error(`css-parts-pane: not a token in fluent-tokens.css: ${d}`);
        return read.has(name) !== button;
      });
    if (declarations.length > 0) out.push(`${block.prelude} {\n  ${declarations.join(';\n  ')};\n}`);
  }
  return `${out.join('\n\n')}\n`;
}

/** The file at `path` as the pane reads it: `query` its waiting part, else the file less its waiting parts. */
function partOf(source, path, query, addDependency) {
  const file = basename(path);
  const dir = dirname(path);
  if (file === 'fluent-tokens.css') {
    if (query && query !== 'button') throw new Error(`css-parts-pane: no part ${query} of ${file}`);
    return splitTokens(source, readTokens(dir, addDependency), query === 'button');
  }
  if (query) {
    const part = PARTS[query];
    if (!part || part.file !== file) throw new Error(`css-parts-pane: no part ${query} of ${file}`);
    const rules = blocks(source).filter((b) => waits(b.prelude, part));
    if (rules.length === 0) throw new Error(`css-parts-pane: the ${query} part of ${file} is empty`);
    const stylesPath = join(dir, 'styles.css');
    addDependency(stylesPath);
    const texts = rules.map((b) => source.slice(b.start, b.end).trim());
    return `${[...texts, forcedColors(stylesPath, part)].filter(Boolean).join('\n\n')}\n`;
  }
  const names = Object.keys(PARTS).filter((name) => PARTS[name].file === file);
  const cut = blocks(source).filter((b) => names.some((name) => waits(b.prelude, PARTS[name])));
  // Its @imports inline, each less its own waiting part, where css-loader would have put them (css-loader reads an
  // @import's file past this loader).
  return without(source, cut).replace(/^@import '\.\/([\w-]+\.css)';$/gm, (_, name) => {
    const imported = join(dir, name);
    addDependency(imported);
    return partOf(readFileSync(imported, 'utf8'), imported, '', addDependency);
  });
}

/**
 * A waiting part as its chunk carries it (text, which no CSS minifier sees): without comments, and without the spaces
 * our stylesheets' punctuation leaves meaningless (they hold no string or selector where these would count).
 */
const compact = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

/** What adds a waiting part to the page when its chunk runs it (scripts/stylesheet-pane.js). */
const ADOPT = join(__dirname, 'stylesheet-pane.js');

/**
 * `css` without the fallback of each `var(--token, fallback)` whose token fluent-tokens.css gives every page (its light
 * block, on :root): styles.css keeps them for a page where the tokens did not load, but the pane's first stylesheet
 * carries the tokens itself, so a fallback there is never read.
 */
function withoutFallbacks(css, dir, addDependency) {
  const path = join(dir, 'fluent-tokens.css');
  addDependency(path);
  const light = blocks(readFileSync(path, 'utf8')).find((b) => b.prelude === ':root');
  if (!light) throw new Error('css-parts-pane: fluent-tokens.css has no :root block');
  const given = new Set([...light.body.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
  return css.replace(/var\((--[\w-]+)\s*,[^()]*\)/g, (whole, name) => (given.has(name) ? `var(${name})` : whole));
}

/**
 * Our own names of Fluent's tokens (styles.css `:root`: `--pi-text: var(--colorNeutralForeground1, …)`) that stand
 * for one token and nothing else: defined once, on :root alone (not `--pi-fail`, which the dark theme names again,
 * nor `--pi-font`), and read only as a plain `var(--pi-…)` in styles.css and details.css. Each reading of one of them
 * is the token's own (the page's theme sets the tokens on :root, where the name was computed, and nothing sets them
 * below it), so the pane reads the token directly and carries no definition of the name: 0.1 KB gzipped less.
 */
function plainAliases(dir, addDependency) {
  const texts = ['styles.css', 'details.css'].map((file) => {
    const path = join(dir, file);
    addDependency(path);
    return blanked(readFileSync(path, 'utf8'));
  });
  const defined = new Map();
  for (const text of texts)
    for (const m of text.matchAll(/(--pi-[\w-]+)\s*:/g)) defined.set(m[1], (defined.get(m[1]) ?? 0) + 1);
  const aliases = new Map();
  for (const block of blocks(texts[0]).filter((b) => b.prelude === ':root'))
    for (const m of block.body.matchAll(/(--pi-[\w-]+)\s*:\s*(var\(--[\w-]+\s*(?:,[^()]*)?\))\s*(?:;|$)/g))
      if (defined.get(m[1]) === 1) aliases.set(m[1], m[2]);
  for (const text of texts)
    for (const m of text.matchAll(/var\(\s*(--pi-[\w-]+)([^)]*)\)/g)) if (m[2].trim()) aliases.delete(m[1]);
  return aliases;
}

/** `css` reading each plain alias's token directly, and without the aliases' definitions. */
function withoutAliases(css, aliases) {
  const definition = /(--pi-[\w-]+)\s*:\s*var\(--[\w-]+\s*(?:,[^()]*)?\)\s*;?/g;
  return css
    .replace(definition, (whole, name) => (aliases.has(name) ? '' : whole))
    .replace(/var\((--pi-[\w-]+)\)/g, (whole, name) => aliases.get(name) ?? whole);
}

module.exports = function cssPartsPane(source) {
  const query = (this.resourceQuery ?? '').replace(/^\?/, '');
  const addDependency = (path) => this.addDependency(path);
  const dir = dirname(this.resourcePath);
  const split = partOf(source, this.resourcePath, query, addDependency);
  const css =
    basename(this.resourcePath) === 'fluent-tokens.css'
      ? split
      : withoutFallbacks(withoutAliases(split, plainAliases(dir, addDependency)), dir, addDependency);
  if (!query) return css;
  // A module of the chunk that imports it: importing it adds the styles.
  return `import { adoptStyles } from ${JSON.stringify(ADOPT)};\nadoptStyles(document, ${JSON.stringify(compact(css))});\n`;
};
module.exports.PARTS = PARTS;
module.exports.plainAliases = plainAliases;
module.exports.withoutAliases = withoutAliases;
