/* global module, require */
/**
 * webpack loader for the browser bundles' brand table (src/core/brands/brands.json): each brand's `source` note is
 * for whoever edits the file, so it is left out (the CLI keeps it), and the rest ships as one string, a line per
 * key, instead of JSON inside a JSON.parse literal: no key names, no quotes, and the brand's id written `~` (`^`
 * capitalised) inside its own names and domains. About 3 KB gzipped less in the task pane. The module rebuilds the
 * very same objects (same keys in the same order, same strings) when it loads: `unpack` below is both shipped and run
 * here on the packed text before anything is emitted, so a build whose unpacked table differs from the file's by one
 * string fails.
 *
 * The text's first line is each brand's shape, one character a brand: which keys, in which order, each a string `=`,
 * a list `:` or, for a brand's confidence, the value itself `!confidence=verified`. Then a line per key (a column):
 * the values of every brand that has it, in the brands' order, joined by `|`, a list's items joined by `;`. A value
 * this cannot write (not a string or a list of non-empty strings, or holding one of the marks) stops the build
 * rather than ship a different table.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { basename } = require('node:path');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { splitLateNames } = require('./brand-names-pane.cjs');

/** Characters the packed text gives a meaning; none may occur in a brand's strings. */
const MARKS = /[|;~^\n]/;

/** Shipped as written: turns the packed text back into the table (a function the loader also runs, see above). */
function unpack(shapes, text) {
  const [marks, ...lines] = text.split('\n');
  // One column per field, in the order the shapes first name them (as `pack` writes them).
  const columns = {};
  for (const field of shapes.flat()) if (field[0] !== '!') columns[field.slice(1)] ??= [];
  Object.keys(columns).forEach((key, i) => (columns[key] = lines[i].split('|').reverse()));
  return [...marks].map((mark) => {
    const brand = {};
    let id;
    let title;
    for (const field of shapes[mark.charCodeAt(0) - 48]) {
      // `!key=value`: a value the shape itself holds (a brand's confidence, one of two words).
      if (field[0] === '!') {
        const [key, constant] = field.slice(1).split('=');
        brand[key] = constant;
        continue;
      }
      const key = field.slice(1);
      let value = columns[key].pop();
      if (id === undefined) {
        id = value;
        title = id[0].toUpperCase() + id.slice(1);
      } else value = value.replaceAll('~', id).replaceAll('^', title);
      brand[key] = field[0] === '=' ? value : value ? value.split(';') : [];
    }
    return brand;
  });
}

/** Fields whose value is one of a few words, written in the brand's shape rather than on its line. */
const SHAPE_VALUES = new Set(['confidence']);

function pack(brands, file) {
  if (!Array.isArray(brands) || brands.length === 0) throw new Error(`pack-brands: ${file} is not a list of brands`);
  const shapes = [];
  const lines = brands.map((brand, i) => {
    const fail = (why) => {
      throw new Error(`pack-brands: brand ${i} of ${file} cannot be read: ${why}`);
    };
    if (!brand || typeof brand !== 'object' || Array.isArray(brand)) fail('not an object');
    const id = brand.id;
    if (typeof id !== 'string' || id.length === 0 || Object.keys(brand)[0] !== 'id') fail('its first key is no id');
    const plain = (s) => {
      if (typeof s !== 'string' || MARKS.test(s)) fail(`${JSON.stringify(s)} is not a string without ${MARKS}`);
      return s;
    };
    const title = id[0].toUpperCase() + id.slice(1);
    const short = (s) => plain(s).replaceAll(id, '~').replaceAll(title, '^');
    const fields = Object.entries(brand).filter(([key]) => key !== 'source');
    const inShape = ([key, value], j) =>
      j > 0 && SHAPE_VALUES.has(key) && typeof value === 'string' && !/[=,]/.test(value);
    const shape = fields.map(([key, value], j) => {
      if (inShape([key, value], j)) return `!${key}=${value}`;
      if (typeof value === 'string') return `=${key}`;
      if (!Array.isArray(value)) fail(`${key} is neither a string nor a list`);
      if (value.some((item) => item === '')) fail(`${key} holds an empty string`);
      return `:${key}`;
    });
    if (!shapes.some((known) => known.join() === shape.join())) shapes.push(shape);
    const values = fields
      .filter((field, j) => !inShape(field, j))
      .map(([key, value], j) =>
        key === 'id' && j === 0 ? plain(value) : typeof value === 'string' ? short(value) : value.map(short).join(';'),
      );
    const index = shapes.findIndex((known) => known.join() === shape.join());
    return { mark: String.fromCharCode(48 + index), shape, values };
  });
  // A shape's mark is one character from `0`, never `|` or a line's end.
  if (shapes.length > 70) throw new Error(`pack-brands: ${shapes.length} kinds of brand in ${file}`);
  // Column by column (a field's values of every brand together gzip smaller than brand by brand), the columns in the
  // order the shapes first name their fields, as `unpack` reads them.
  const columns = {};
  for (const field of shapes.flat()) if (field[0] !== '!') columns[field.slice(1)] ??= [];
  for (const { shape, values } of lines) {
    let i = 0;
    for (const field of shape) if (field[0] !== '!') columns[field.slice(1)].push(values[i++]);
  }
  const text = [lines.map((line) => line.mark).join(''), ...Object.values(columns).map((c) => c.join('|'))];
  return { shapes, text: text.join('\n') };
}

/** The table as the bundles must see it: the file's objects without their `source`. */
function shipped(brands) {
  return brands.map((brand) => Object.fromEntries(Object.entries(brand).filter(([key]) => key !== 'source')));
}

/**
 * With the option `lateNames` (the task pane), the table starts without the brands and names
 * scripts/brand-names-pane.cjs leaves for later, and the module's `lateNames()` fetches them, a chunk of their own
 * (this file again, `?names`: `{ late, rows }`); `lateGate` says when a message needs them.
 */
module.exports = function packBrands(source) {
  const all = JSON.parse(source);
  const late = (this.getOptions?.() ?? {}).lateNames ? splitLateNames(shipped(all)) : undefined;
  if (late && this.resourceQuery === '?names')
    return `export default ${JSON.stringify({ late: late.late, rows: late.rows })};\n`;
  const brands = late ? late.start : all;
  const { shapes, text } = pack(brands, this.resourcePath);
  const whole = unpack(shapes, text);
  for (const [at, row] of late?.rows ?? []) whole.splice(at, 0, row);
  for (const [at, names] of late?.late ?? []) whole[at].names = names;
  if (JSON.stringify(whole) !== JSON.stringify(shipped(all)))
    throw new Error(`pack-brands: the packed table does not unpack to ${this.resourcePath}'s`);
  const names = JSON.stringify(`./${basename(this.resourcePath)}?names`);
  const packed = JSON.stringify(text);
  return [
    '// src/core/brands/brands.json without its source notes, packed at build time by scripts/pack-brands.cjs.',
    unpack.toString(),
    `${late ? 'const table =' : 'export default'} /* #__PURE__ */ unpack(${JSON.stringify(shapes)}, ${packed});`,
    ...(late
      ? [
          `table.lateNames = () => import(/* webpackChunkName: "brand-names" */ ${names}).then((m) => m.default);`,
          // The gate of the brands and names that wait (brand-names-pane.cjs), read by lookup.ts.
          `table.lateGate = ${JSON.stringify(late.gate)};`,
          'export default table;',
        ]
      : []),
    '',
  ].join('\n');
};
