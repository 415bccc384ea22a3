/* global module, require */
/**
 * webpack loader for tldts-icann's public-suffix trie (dist/es6/src/data/trie.js): typed arrays written as number
 * lists and every label run together in one string (`labelText`), each node's labels in the order of their hashes,
 * which tldts binary-searches. Shipped instead: each node's labels in alphabetical order, each written as what it adds
 * to the label before it, and their child nodes; the module sorts them back by the same hash when it loads and rebuilds
 * the very same arrays (about 6 KB gzipped less, with the xn-- twins below). `unpack` below is both shipped and run
 * here, and the build stops unless what it rebuilds equals the file's arrays, value for value.
 * With `?startup` (the task pane) it ships part of the rules and says which it left out: see startupPart.
 */

// The same punycode module the bundles use (src/core/parse/domains.ts): `unpack` reads it here and where it ships.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const punycode = require('punycode/punycode.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { readFileSync } = require('node:fs');

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

/** A trie node as a tree: its flags and its labels' child nodes (the file's shared nodes expanded). */
function expand(data, node) {
  const start = data.edgeStart.values;
  const offsets = [0];
  for (const length of data.edgeLength.values) offsets.push(offsets[offsets.length - 1] + length);
  const walk = (n) => {
    const edges = new Map();
    for (let e = start[n]; e < start[n + 1]; e += 1)
      edges.set(data.labelText.slice(offsets[e], offsets[e + 1]), walk(data.edgeChild.values[e]));
    return { flags: data.nodeFlags.values[n], edges };
  };
  return walk(node);
}

const djb2 = (text) => {
  let hash = 5381;
  for (let i = text.length - 1; i >= 0; i -= 1) hash = (hash * 33) ^ text.charCodeAt(i);
  return hash >>> 0;
};

/**
 * The file's arrays for two trees (rules, exceptions): equal subtrees shared as one node, children before their
 * parent, each node's labels in the order of their hashes (what tldts binary-searches).
 */
function flatten(rules, exceptions) {
  const nodeFlags = [];
  const counts = [];
  const edges = [];
  const seen = new Map();
  const visit = (tree) => {
    const own = [...tree.edges].map(([label, child]) => ({ label, child: visit(child) }));
    own.sort((a, b) => djb2(a.label) - djb2(b.label) || (a.label < b.label ? -1 : 1));
    const key = `${tree.flags}|${own.map((e) => `${e.label}:${e.child}`).join(',')}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    seen.set(key, nodeFlags.length);
    nodeFlags.push(tree.flags);
    counts.push(own.length);
    edges.push(own);
    return nodeFlags.length - 1;
  };
  const rulesRoot = visit(rules);
  const exceptionsRoot = visit(exceptions);
  const edgeStart = [0];
  for (const count of counts) edgeStart.push(edgeStart[edgeStart.length - 1] + count);
  const all = edges.flat();
  return {
    nodeFlags: { type: 'Uint8Array', values: nodeFlags },
    edgeStart: { type: 'Uint16Array', values: edgeStart },
    edgeLength: { type: 'Uint8Array', values: all.map((e) => e.label.length) },
    edgeChild: { type: 'Uint16Array', values: all.map((e) => e.child) },
    labelText: all.map((e) => e.label).join(''),
    rulesRoot,
    exceptionsRoot,
  };
}

/** A top-level domain with more rules below it than this is left out of the start-up part (`no`, `it`). */
const LARGE_TLD = 250;
/**
 * The pane's first part (`?first`) leaves out more: every top-level domain with more than this many rules below it
 * (`br`, `pl`, `us`, `ua`, `vn`, …), whose rules the start-up part, a chunk of its own, brings.
 */
const FIRST_LARGE_TLD = 50;
/**
 * And the rules of the countries whose mail the pane's readers seldom get (issue #19: 1.4 KB gzipped less in every
 * first download): a top-level domain keeps its rules in the first part when it has fewer than FIRST_FEW_RULES (its
 * name in the list of what is left out would cost about as much) or is one of FIRST_TLDS: the readers' own countries
 * (Japan, the English-speaking ones), the busy countries of scripts/brand-names-pane.cjs (Europe, Brazil, India, South
 * Africa) with the rest of the EU, East and South-East Asia, a few more large senders, and the open ones anyone
 * registers under (`.io`, `.me`; the same list as lookalike.ts OPEN_TLDS). A message with a host under another
 * country's rules has the start-up part fetched before its first draw, as one under `.br` did: a second analysis, never
 * a verdict drawn from the part. By the hosts of their links, addresses and Received lines, 69 of the corpus's 1,668
 * messages fetch it now, 50 before (`.ml`, `.az`, `.ir`, `.ng` …).
 */
const FIRST_FEW_RULES = 3;
const FIRST_TLDS = new Set(
  [
    'jp uk us au nz ca ie',
    'at be br ch cn cz de dk es eu fi fr in it mx nl no pl pt ru se za',
    'bg cy ee gr hr hu lt lu lv mt ro si sk',
    'hk id kr my ph sg th tw vn',
    'ae ar cl il sa tr ua',
    'ac ai cc co fm gg io ly me sh so to tv ws',
  ]
    .join(' ')
    .split(' '),
);
/** Whether the first part leaves out the rules below a top-level domain with `rules` of them. */
const firstLeavesOut = (tld, rules) => rules > FIRST_LARGE_TLD || (rules >= FIRST_FEW_RULES && !FIRST_TLDS.has(tld));
/** The readers' own country: its rules directly under the TLD (`co.jp`, `aichi.jp`) are always in the start-up part. */
const HOME_TLDS = new Set(['jp']);

/**
 * The task pane's start-up part of the rules (a host under a left-out suffix may parse differently with the rules it
 * lacks, so the pane loads the whole trie first: scripts/suffix-lookup-pane.js):
 * - a top-level domain with no rule below it is left out: the PSL's default `*` rule gives the same answer for it;
 * - rules more than one level below a top-level domain are left out (the 1,700 city names under Japan's
 *   prefectures, `xxx.aichi.jp`), and so are all rules of a top-level domain with more than LARGE_TLD of them, other
 *   than HOME_TLDS; never those reached through a wildcard (`*.kawasaki.jp`).
 * `cut` lists the suffixes whose rules were left out. `keep` (the brand table's domains, which indexes built once
 * read) must parse right from the start: the rule a kept domain lies under stays, with every rule below it, and the
 * name one label below the cut suffix (`gov.it` for agenziaentrate.gov.it, `poste.it`) goes to `safe`: a host under
 * it parses alike with or without the rules left out. A suffix with a wildcard rule a kept domain falls under is kept.
 */
function startupPart(data, keep = [], large = (tld, rules) => rules > LARGE_TLD) {
  const size = (tree) => [...tree.edges.values()].reduce((n, child) => n + 1 + size(child), 0);
  const hosts = [...new Set(keep.map((domain) => domain.toLowerCase()))];
  const cut = [];
  const safe = new Set();
  const trim = (tree, path) => {
    const edges = new Map();
    for (const [label, child] of tree.edges) {
      const below = [label, ...path];
      const suffix = below.join('.');
      if (below.length === 1 && child.edges.size === 0) continue;
      const deep = below.length >= 2 || (!HOME_TLDS.has(label) && large(label, size(child)));
      // The label one below the suffix of each kept domain under it: `poste` for poste.it under `it`.
      const next = hosts
        .filter((h) => h.endsWith(`.${suffix}`))
        .map((h) =>
          h
            .slice(0, -suffix.length - 1)
            .split('.')
            .pop(),
        );
      if (deep && child.edges.size > 0 && !below.includes('*') && !(next.length > 0 && child.edges.has('*'))) {
        // Only the rules a kept domain goes through stay (`gov.it` for agenziaentrate.gov.it), with all below them.
        const kept = new Map(next.filter((x) => child.edges.has(x)).map((x) => [x, child.edges.get(x)]));
        edges.set(label, { flags: child.flags, edges: kept });
        cut.push(suffix);
        for (const x of next) safe.add(`${x}.${suffix}`);
      } else edges.set(label, trim(child, below));
    }
    return { flags: tree.flags, edges };
  };
  const rules = trim(expand(data, data.rulesRoot), []);
  return { data: flatten(rules, expand(data, data.exceptionsRoot)), cut: cut.sort(), safe: [...safe].sort() };
}

/**
 * Every string in a JSON value that reads as a domain name (`example.co.jp`), lower-cased as hosts are read: a brand's
 * name written like one (`Aruba.it`) counts too, harmlessly.
 */
function domainsIn(value, out = []) {
  if (typeof value === 'string') {
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value)) out.push(value.toLowerCase());
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) domainsIn(v, out);
  return out;
}

const same = (array, values) => array.length === values.length && values.every((v, i) => array[i] === v);

/** The module shipped for the file's arrays `data`: the packed labels and their rebuilding; `extra` lines after. */
function emit(data, file, extra = []) {
  const { counts, labels, children } = pack(data);
  const rebuilt = unpack(counts, labels, children);
  const ok =
    same(rebuilt.edgeStart, data.edgeStart.values) &&
    same(rebuilt.edgeLength, data.edgeLength.values) &&
    same(rebuilt.edgeChild, data.edgeChild.values) &&
    rebuilt.labelText === data.labelText;
  if (!ok) throw new Error(`pack-suffix-trie: the packed trie does not rebuild ${file}'s arrays`);
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
    ...extra,
    '',
  ].join('\n');
}

/**
 * A sorted list of names (`cutSuffixes`, `safeNames`) as the first part ships it: the names under each top-level
 * domain together, `tld:` then what stands before `.tld` in each, by commas, the groups by semicolons, top-level
 * domains themselves in a group of their own with no name (`:ml,ng;jp:aichi,akita` for aichi.jp, akita.jp, ml and
 * ng). Without JSON's quotes and the repeated top-level domains: 0.35 KB gzipped less in the pane's first download.
 * `unpackNames` (shipped as written) gives the list back, sorted as it was; the loader checks.
 */
function packNames(names) {
  const byTld = new Map();
  for (const name of names) {
    const dot = name.lastIndexOf('.');
    if (/[:,;]/.test(name) || !name || dot === name.length - 1)
      throw new Error(`pack-suffix-trie: cannot pack the name ${name}`);
    const tld = dot < 0 ? '' : name.slice(dot + 1);
    byTld.set(tld, [...(byTld.get(tld) ?? []), dot < 0 ? name : name.slice(0, dot)]);
  }
  return [...byTld].map(([tld, before]) => `${tld}:${before.join(',')}`).join(';');
}

function unpackNames(text, more = []) {
  return text
    .split(';')
    .flatMap((group) => {
      const [tld, before] = group.split(':');
      return before ? before.split(',').map((name) => (tld ? `${name}.${tld}` : name)) : [];
    })
    .concat(more)
    .sort();
}

/**
 * The top-level domains the trie holds with no rule below them. startupPart leaves out a top-level domain that has no
 * rule below it (the default rule answers for it), so such a one is there only because its rules were left out: the
 * first part's `cutSuffixes` need not name it (136 of them, 0.2 KB gzipped less), and its module lists them again
 * from its trie (shipped as written; the loader checks that the list comes out the same).
 */
function childlessTlds(edgeStart, edgeLength, edgeChild, labelText, root) {
  const out = [];
  let at = 0;
  for (let e = 0; e < edgeStart[root]; e++) at += edgeLength[e];
  for (let e = edgeStart[root]; e < edgeStart[root + 1]; e++) {
    const child = edgeChild[e];
    if (edgeStart[child + 1] === edgeStart[child]) out.push(labelText.slice(at, at + edgeLength[e]));
    at += edgeLength[e];
  }
  return out;
}

/** `export const name = [...]`, packed (packNames) in the first part, less `derived` (childlessTlds) when given. */
function namesExport(name, names, packed, derived) {
  if (!packed) return `export const ${name} = ${JSON.stringify(names)};`;
  const more = derived ?? [];
  if (more.some((tld) => !names.includes(tld)))
    throw new Error(`pack-suffix-trie: a top-level domain without rules is not in ${name}`);
  const text = packNames(names.filter((n) => !more.includes(n)));
  if (JSON.stringify(unpackNames(text, more)) !== JSON.stringify(names))
    throw new Error(`pack-suffix-trie: ${name} does not unpack to the same list`);
  const rest = derived
    ? ', childlessTlds(trie.edgeStart, trie.edgeLength, trie.edgeChild, trie.labelText, rulesRoot)'
    : '';
  return `export const ${name} = /*#__PURE__*/ unpackNames(${JSON.stringify(text)}${rest});`;
}

/**
 * The loader. `?first` (the task pane's first download, scripts/suffix-lookup-pane.js) gives startupPart's trie with
 * firstLeavesOut, its `cutSuffixes` and `safeNames`, and the start-up part's lists (`startupCut`, `startupSafe`: a
 * host it lacks rules for needs the whole trie, not the start-up part); `?startup` the start-up part (a chunk of the
 * pane's) with its lists; without either, the whole trie.
 */
module.exports = function packSuffixTrie(source) {
  const data = parse(source, this.resourcePath);
  const query = this.resourceQuery ?? '';
  const first = /\bfirst\b/.test(query);
  if (!first && !/\bstartup\b/.test(query)) return emit(data, this.resourcePath);
  // The brand table's domains (loader option `keep`: JSON files) stay under rules the start-up part holds.
  const keep = [];
  for (const file of this.getOptions?.().keep ?? []) {
    this.addDependency(file);
    keep.push(...domainsIn(JSON.parse(readFileSync(file, 'utf8'))));
  }
  const startup = startupPart(data, keep);
  const part = first ? startupPart(data, keep, firstLeavesOut) : startup;
  const tree = part.data;
  const childless = first
    ? childlessTlds(
        ...[tree.edgeStart, tree.edgeLength, tree.edgeChild].map((a) => a.values),
        tree.labelText,
        tree.rulesRoot,
      )
    : undefined;
  return emit(part.data, this.resourcePath, [
    ...(first ? [unpackNames.toString(), childlessTlds.toString()] : []),
    namesExport('cutSuffixes', part.cut, first, childless),
    namesExport('safeNames', part.safe, first),
    ...(first ? [namesExport('startupCut', startup.cut, true), namesExport('startupSafe', startup.safe, true)] : []),
  ]);
};
module.exports.unpack = unpack;
module.exports.startupPart = startupPart;
module.exports.parse = parse;
module.exports.domainsIn = domainsIn;
module.exports.expand = expand;
module.exports.flatten = flatten;
module.exports.emit = emit;
