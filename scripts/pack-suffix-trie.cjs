/* global module, require */
/**
 * webpack loader for tldts-icann's public-suffix trie (dist/es6/src/data/trie.js): typed arrays written as number
 * lists and every label run together in one string (`labelText`), each node's labels in the order of their hashes,
 * which tldts binary-searches. Shipped instead: each node's labels in alphabetical order, each written as what it adds
 * to the label before it, and their child nodes; the module sorts them back by the same hash when it loads and rebuilds
 * the very same arrays (about 6 KB gzipped less, with the xn-- twins below). `unpack` below is both shipped and run
 * here, and the build stops unless what it rebuilds equals the file's arrays, value for value.
 */

// The same punycode module the bundles use (src/core/parse/domains.ts): `unpack` reads it here and where it ships.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const punycode = require('punycode/punycode.js');

/** Before each label: how many characters it shares with the one before it, as 'A' + n (labels are lower case). */
const PREFIX_BASE = 65;
const MAX_PREFIX = 25;
/**
 * After the prefix: the label is an internationalised one whose `xn--` form is its sibling too (423 of the 447 IDN
 * labels: the list carries both spellings); the `xn--` form is not shipped but computed with punycode, and its child
 * follows the label's own in the children.
 */
const TWIN = '.';

/** Shipped as written: rebuilds the trie's arrays from the packed labels (see above). */
function unpack(counts, labels, children) {
  const edges = [];
  let label = '';
  const add = (text) => {
    // tldts's own hash of a label (suffix-trie.js): djb2 over its characters from last to first.
    let hash = 5381;
    for (let i = text.length - 1; i >= 0; i -= 1) hash = (hash * 33) ^ text.charCodeAt(i);
    edges.push({ label: text, hash: hash >>> 0, child: children[edges.length] });
  };
  for (const [, prefix, twin, rest] of labels.matchAll(/([A-Z])(\.?)([^A-Z.]*)/g)) {
    label = label.slice(0, prefix.charCodeAt(0) - 65) + rest;
    add(label);
    if (twin) add('xn--' + punycode.encode(label));
  }
  const edgeStart = new Uint16Array(counts.length + 1);
  const edgeLength = new Uint8Array(edges.length);
  const edgeChild = new Uint16Array(edges.length);
  const text = [];
  let e = 0;
  for (let node = 0; node < counts.length; node += 1) {
    edgeStart[node] = e;
    const own = edges.slice(e, e + counts[node]).sort((a, b) => a.hash - b.hash);
    for (const edge of own) {
      edgeLength[e] = edge.label.length;
      edgeChild[e] = edge.child;
      text.push(edge.label);
      e += 1;
    }
  }
  edgeStart[counts.length] = e;
  return { edgeStart, edgeLength, edgeChild, labelText: text.join('') };
}

const ARRAY = /^export const (\w+) = \/\*#__PURE__\*\/ new (Uint8Array|Uint16Array)\(\[([0-9, ]*)\]\);$/;
const STRING = /^export const (\w+) = ("(?:[^"\\]|\\.)*");$/;
const NUMBER = /^export const (\w+) = (\d+);$/;

/** The file's exports, read line by line; a line that is neither a comment nor one of these stops the build. */
function parse(source, file) {
  const data = {};
  for (const line of source.split('\n')) {
    if (line === '' || line.startsWith('//')) continue;
    let m;
    if ((m = ARRAY.exec(line))) data[m[1]] = { type: m[2], values: m[3].split(',').map(Number) };
    else if ((m = STRING.exec(line))) data[m[1]] = JSON.parse(m[2]);
    else if ((m = NUMBER.exec(line))) data[m[1]] = Number(m[2]);
    else throw new Error(`pack-suffix-trie: a line this loader cannot read in ${file}: ${line.slice(0, 120)}`);
  }
  const want = ['nodeFlags', 'edgeStart', 'edgeLength', 'edgeChild', 'labelText', 'rulesRoot', 'exceptionsRoot'];
  const missing = want.filter((name) => !(name in data));
  const extra = Object.keys(data).filter((name) => !want.includes(name));
  if (missing.length || extra.length)
    throw new Error(`pack-suffix-trie: ${file} exports differ: missing ${missing}, unexpected ${extra}`);
  return data;
}

function pack({ nodeFlags, edgeStart, edgeLength, edgeChild, labelText }) {
  const start = edgeStart.values;
  const nodes = nodeFlags.values.length;
  if (start.length !== nodes + 1) throw new Error('pack-suffix-trie: edgeStart is not one longer than nodeFlags');
  const labels = [];
  for (let e = 0, offset = 0; e < edgeLength.values.length; e += 1) {
    labels.push(labelText.slice(offset, offset + edgeLength.values[e]));
    offset += edgeLength.values[e];
  }
  if (labels.some((label) => label === '' || /[A-Z.]/.test(label)))
    throw new Error('pack-suffix-trie: a label is empty or holds an upper-case letter or a dot');
  const counts = [];
  let packed = '';
  const children = [];
  let prev = '';
  for (let node = 0; node < nodes; node += 1) {
    counts.push(start[node + 1] - start[node]);
    const own = [];
    for (let e = start[node]; e < start[node + 1]; e += 1) own.push({ label: labels[e], child: edgeChild.values[e] });
    own.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    // An `xn--` label whose Unicode form is a sibling rides on it (TWIN).
    const twins = new Map();
    for (const edge of own) {
      if (!edge.label.startsWith('xn--')) continue;
      const unicode = punycode.toUnicode(edge.label);
      if (
        unicode !== edge.label &&
        'xn--' + punycode.encode(unicode) === edge.label &&
        own.some((o) => o.label === unicode)
      )
        twins.set(unicode, edge);
    }
    const riding = new Set([...twins.values()]);
    for (const edge of own) {
      if (riding.has(edge)) continue;
      const { label, child } = edge;
      let p = 0;
      while (p < prev.length && p < label.length && p < MAX_PREFIX && prev[p] === label[p]) p += 1;
      const twin = twins.get(label);
      packed += String.fromCharCode(PREFIX_BASE + p) + (twin ? TWIN : '') + label.slice(p);
      children.push(child);
      if (twin) children.push(twin.child);
      prev = label;
    }
  }
  return { counts, labels: packed, children };
}

const same = (array, values) => array.length === values.length && values.every((v, i) => array[i] === v);

module.exports = function packSuffixTrie(source) {
  const data = parse(source, this.resourcePath);
  const { counts, labels, children } = pack(data);
  const rebuilt = unpack(counts, labels, children);
  const ok =
    same(rebuilt.edgeStart, data.edgeStart.values) &&
    same(rebuilt.edgeLength, data.edgeLength.values) &&
    same(rebuilt.edgeChild, data.edgeChild.values) &&
    rebuilt.labelText === data.labelText;
  if (!ok) throw new Error(`pack-suffix-trie: the packed trie does not rebuild ${this.resourcePath}'s arrays`);
  return [
    '// tldts-icann data/trie.js, packed at build time by scripts/pack-suffix-trie.cjs.',
    "import punycode from 'punycode/punycode.js';",
    unpack.toString(),
    `const trie = /*#__PURE__*/ unpack(${[counts, labels, children].map((v) => JSON.stringify(v)).join(', ')});`,
    `export const nodeFlags = /*#__PURE__*/ new Uint8Array(${JSON.stringify(data.nodeFlags.values)});`,
    'export const edgeStart = trie.edgeStart;',
    'export const edgeLength = trie.edgeLength;',
    'export const edgeChild = trie.edgeChild;',
    'export const labelText = trie.labelText;',
    `export const rulesRoot = ${data.rulesRoot};`,
    `export const exceptionsRoot = ${data.exceptionsRoot};`,
    '',
  ].join('\n');
};
module.exports.unpack = unpack;
