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

/**
 * The names mail is written with: HTML 4's 252 and `&apos;`. The task pane's decoder (scripts/entities-decode-pane.js)
 * starts with these and the legacy names (`&amp`, `&AMP`: those that count without their `;`) — `?common`, about 1.5 KB
 * gzipped instead of 10 — and fetches the rest of the table when a message names another. With every legacy name in
 * it, the part decodes a reference as the whole table does unless it is a `&name;` whose name it lacks
 * (test/package/entities-pane.test.ts).
 */
const COMMON = [
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
    'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring ' +
    'AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml ' +
    'times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil ' +
    'egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
    'ugrave uacute ucirc uuml yacute thorn yuml quot amp lt gt OElig oelig Scaron scaron Yuml circ tilde ensp ' +
    'emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo ' +
    'rsaquo euro fnof Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho ' +
    'Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi ' +
    'omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv bull hellip prime Prime oline ' +
    'frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part ' +
    'exist empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim ' +
    'cong asymp ne equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang ' +
    'loz spades clubs hearts diams',
  'apos',
]
  .join(' ')
  .split(' ');

/** The common part of a table (see COMMON), in the table's order. */
function commonPart(entries) {
  const keep = new Set(COMMON);
  for (const [key] of entries) if (!key.endsWith(';')) keep.add(key.slice(1));
  const part = entries.filter(([key]) => keep.has(key.slice(1).replace(/;$/, '')));
  const missing = [...keep].filter((name) => !part.some(([key]) => key === `&${name};`));
  if (missing.length) throw new Error(`pack-html-entities: the table lacks the common names ${missing.join(', ')}`);
  return part;
}

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
  // `?common`: the part the task pane starts with (see COMMON); the whole table otherwise, unpacked on first use
  // (unpackedOnUse) unless `?whole` (the pane's chunk of the rest, read whole as it loads).
  const all = parse(source, this.resourcePath);
  const entries = this.resourceQuery === '?common' ? commonPart(all) : all;
  const { names, values } = pack(entries);
  const unpacked = Object.entries(unpack(names, values));
  if (JSON.stringify(unpacked) !== JSON.stringify(entries))
    throw new Error(`pack-html-entities: the packed table does not unpack to ${this.resourcePath}'s`);
  const table = `unpack(${JSON.stringify(names)}, ${JSON.stringify(values)})`;
  return [
    '// postal-mime html-entities.js, packed at build time by scripts/pack-html-entities.cjs.',
    `const PREFIX = ${JSON.stringify(PREFIX)};`,
    unpack.toString(),
    ...(this.resourceQuery ? [`export const htmlEntities = /* #__PURE__ */ ${table};`] : unpackedOnUse(table)),
    '',
  ].join('\n');
};

/**
 * The whole table, unpacked when it is first read rather than when the bundle loads (≈ 1–5 ms of each start of the
 * command line, issue #19, for a message that names no character): `htmlEntities` reads as the object itself would
 * (postal-mime looks names up in it; keys, entries and `in` work), and `unpackHtmlEntities()` is the object, for the
 * decoder that reads all of it (scripts/entities-decode.js) without a trap per entry.
 */
function unpackedOnUse(table) {
  return [
    'let table;',
    `export const unpackHtmlEntities = () => (table ??= ${table});`,
    'export const htmlEntities = /* #__PURE__ */ new Proxy({}, {',
    '  get: (_, key) => unpackHtmlEntities()[key],',
    '  has: (_, key) => key in unpackHtmlEntities(),',
    '  ownKeys: () => Reflect.ownKeys(unpackHtmlEntities()),',
    '  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(unpackHtmlEntities(), key),',
    '});',
  ];
}
module.exports.unpack = unpack;
module.exports.COMMON = COMMON;
