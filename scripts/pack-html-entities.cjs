/* global module */
/**
 * webpack loader for postal-mime's html-entities.js, the WHATWG table of named character references that the MIME
 * parser and htmlparser2's decoder (scripts/entities-decode.js) read. The file is an object literal of 2,231
 * `'&name;': '\uXXXX'` lines; shipped as one string of names, each written as what it adds to the name before it,
 * and one string of their characters, it gzips to about 1.5 KB less. The module rebuilds the very same object (same
 * keys, same order, same values) when it loads: `unpack` below is both shipped and run here on the packed data before
 * anything is emitted, so a build whose unpacked table differs from the file by one entry fails.
 */

/** The table as postal-mime writes it: one entry per line, values as \u escapes. Anything else fails the build. */
const ENTRY = /^ {4}'(&[A-Za-z0-9]+;?)': '((?:\\u[0-9A-F]{4})+)',?$/;
/**
 * Before each name (without `&` and `;`): how many characters it shares with the name before it, as the p-th of
 * PREFIX (printable ASCII that is no name character, `;`, `"`, `\\` or a mark); then LEGACY if the name also counts
 * without its `;` (`&amp`: the legacy names, listed just before their `;` form), PAIR if its value is two code points
 * (one otherwise), SAME if its value is the one before it (none is taken from the values); then the rest of the name.
 */
const PREFIX = " !#$%&'()*+,-./:<=>?@[]_{}~";
const LEGACY = '|';
const PAIR = '^';
const SAME = '`';

/** Shipped as written: turns the two strings back into the table (a function the loader also runs, see above). */
function unpack(names, values) {
  const table = {};
  let name = '';
  let value = '';
  let at = 0;
  for (const [, prefix, legacy, pair, same, rest] of names.matchAll(/([^|^`A-Za-z0-9])(\|?)(\^?)(`?)([A-Za-z0-9]*)/g)) {
    name = name.slice(0, PREFIX.indexOf(prefix)) + rest;
    if (!same) {
      let end = at;
      for (let n = pair ? 2 : 1; n > 0; n--) end += values.codePointAt(end) > 0xffff ? 2 : 1;
      value = values.slice(at, end);
      at = end;
    }
    if (legacy) table['&' + name] = value;
    table['&' + name + ';'] = value;
  }
  return table;
}

function parse(source, file) {
  const entries = [];
  for (const line of source.split('\n')) {
    const m = ENTRY.exec(line);
    if (m) entries.push([m[1], JSON.parse(`"${m[2]}"`)]);
    else if (/^\s*'&/.test(line))
      throw new Error(`pack-html-entities: an entry this loader cannot read in ${file}: ${line}`);
  }
  if (entries.length < 2000) throw new Error(`pack-html-entities: only ${entries.length} entries in ${file}`);
  return entries;
}

function pack(entries) {
  let names = '';
  let values = '';
  let prevName = '';
  let prevValue = '';
  const legacy = new Set(entries.map(([key]) => key).filter((key) => !key.endsWith(';')));
  for (const [key, value] of entries) {
    if (!key.endsWith(';')) continue;
    const name = key.slice(1, -1);
    let p = 0;
    while (p < prevName.length && p < name.length && p < PREFIX.length - 1 && prevName[p] === name[p]) p++;
    const codePoints = [...value].length;
    if (codePoints < 1 || codePoints > 2) throw new Error(`pack-html-entities: ${key} is ${codePoints} code points`);
    const marks = (legacy.has('&' + name) ? LEGACY : '') + (codePoints === 2 ? PAIR : '');
    names += PREFIX[p] + marks + (value === prevValue ? SAME : '') + name.slice(p);
    if (value !== prevValue) values += value;
    prevName = name;
    prevValue = value;
  }
  return { names, values };
}

module.exports = function packHtmlEntities(source) {
  const entries = parse(source, this.resourcePath);
  const { names, values } = pack(entries);
  const unpacked = Object.entries(unpack(names, values));
  if (JSON.stringify(unpacked) !== JSON.stringify(entries))
    throw new Error(`pack-html-entities: the packed table does not unpack to ${this.resourcePath}'s`);
  return [
    '// postal-mime html-entities.js, packed at build time by scripts/pack-html-entities.cjs.',
    `const PREFIX = ${JSON.stringify(PREFIX)};`,
    unpack.toString(),
    `export const htmlEntities = /* #__PURE__ */ unpack(${JSON.stringify(names)}, ${JSON.stringify(values)});`,
    '',
  ].join('\n');
};
module.exports.unpack = unpack;
