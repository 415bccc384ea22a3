/* global module, require, __dirname */
/**
 * The task pane's brand table starts without each brand's further names in letters of the scripts that wait
 * (Japanese, Chinese, Korean, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai; scripts/pack-brands.cjs with
 * `lateNames`): such a name only matches a text holding such a letter, and the core (src/core/brands/lookup.ts
 * `LATE_LETTER`) notes that text so the pane loads the names before its first draw. A brand's first name stays: the
 * checks show it as the brand's name whatever the message's language.
 *
 * A national brand of a country whose mail the pane's readers seldom get (`mayWait`) waits whole: its id, names,
 * domains, everything. The core (src/core/brands/lookup.ts) asks the gate `splitLateNames` makes before any question
 * the whole table could answer otherwise, and notes the message as lacking `brand-names` when it holds: a text or link
 * holding a gate word (part of a name's or a label's letters that any text matching it holds) or a strict name, a
 * domain under one of the gate's top-level domains, a label or domain that hashes to one of its keys, a 3-letter
 * token that is one of their labels. A typo of such a brand's domain counts only for a message naming the brand
 * (lookalike.ts nationalBrand), so the typo test needs no gate.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader's helper is CommonJS
const { getDomainWithoutSuffix } = require('tldts-icann');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader's helper is CommonJS
const { readFileSync, readdirSync, statSync } = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader's helper is CommonJS
const { dirname, join } = require('node:path');

/**
 * A letter no normalisation turns into another script: kana, CJK ideographs, Hangul syllables, and Greek, Cyrillic,
 * Hebrew, Arabic, Devanagari and Thai letters, less the Greek and Cyrillic ones the matcher reads as Latin.
 */
const LATE_LETTER =
  /[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0904-\u097f\u0e00-\u0e7f\u1f00-\u1fff\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]/;

/**
 * Greek and Cyrillic letters the matcher reads as Latin ones (src/core/brands/lookalike.ts CONFUSABLES; a test holds
 * the two alike): a name needs a late letter besides these, or its reading is Latin and matches Latin text.
 */
const LATIN_LOOKALIKE = /[аеорсухіјѕԁһӏԛԝкмгпАВЕКМНОРСТХУЅІЈӀαορνικτυχεγηωΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]/g;

/** Whether a name matches only a text holding a late letter. */
const isLateName = (name) => LATE_LETTER.test(name.replace(LATIN_LOOKALIKE, ''));

/**
 * The top-level domains of the countries whose brands the pane's readers meet most (Japan, the English-speaking
 * ones): a brand whose first domain is under one of them, or under no country's, keeps its names from the start.
 */
const HOME_TLDS = new Set(['jp', 'uk', 'us', 'au', 'nz', 'ca', 'ie']);

/**
 * English words (the project's prose as scripts/english-prose-words.txt keeps it, the English messages, TypeScript's
 * library documentation and the installed packages' Markdown): a gate word
 * inside one would have the names fetched for much of an English reader's mail. Which words are English decides how
 * often a message fetches the names, never a report.
 */
let english;
function englishWords() {
  if (english === undefined) {
    const ts = join(dirname(require.resolve('typescript/package.json')), 'lib');
    const modules = join(__dirname, '..', 'node_modules');
    const files = [
      join(__dirname, 'english-prose-words.txt'),
      join(__dirname, '..', 'src', 'i18n', 'en.ts'),
      ...readdirSync(ts)
        .filter((f) => /^lib\..*\.d\.ts$/.test(f))
        .map((f) => join(ts, f)),
      ...readdirSync(modules, { recursive: true, encoding: 'utf8' })
        .sort()
        .filter((f) => /\.md$/i.test(f))
        .map((f) => join(modules, f))
        .filter((f) => statSync(f).isFile()),
    ];
    english = new Set(
      files.flatMap(
        (file) =>
          readFileSync(file, 'utf8')
            .toLowerCase()
            .match(/[a-z]+/g) ?? [],
      ),
    );
  }
  return english;
}

/** Gate words are 4 to 8 letters of a run of a name's ASCII letters and digits. */
const MIN_WORD = 4;
const MAX_WORD = 8;

/** A Latin name's runs of ASCII letters and digits, as the matcher's reading of it holds them. */
const runsOf = (name) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^a-z0-9]+/);

/** The parts of a name's runs a gate word may be. */
function partsOf(name) {
  const parts = new Set();
  for (const run of runsOf(name))
    for (let length = MIN_WORD; length <= Math.min(MAX_WORD, run.length); length++)
      for (let at = 0; at + length <= run.length; at++) parts.add(run.slice(at, at + length));
  return parts;
}

/** Which of these parts some English word holds (one pass over the words). */
function heldByEnglish(parts) {
  const held = new Set();
  for (const word of englishWords())
    for (let length = MIN_WORD; length <= Math.min(MAX_WORD, word.length); length++)
      for (let at = 0; at + length <= word.length; at++) {
        const part = word.slice(at, at + length);
        if (parts.has(part)) held.add(part);
      }
  return held;
}

/**
 * The gate words a text matching a Latin name must hold one of: the parts of its runs (the matcher reads the name and
 * the text alike, NFKC, lower case, look-alike letters as Latin, so such a part is a substring of both;
 * test/core/brands/waiting-brands.test.ts holds it so for each name) that no English word holds (a part of `Wind` or
 * `window` would have the brands fetched for every `window`). A name with no such part is its own word when it is
 * long and no English word (`fan courier`, `alpha bank`: a text holding either names the brand); else (`Wind`,
 * `Post`) none, and its brand keeps its place in the start-up table.
 */
function gateWords(name, held) {
  const parts = [...partsOf(name)].filter((part) => !held.has(part));
  if (parts.length > 0) return parts;
  // As the matcher reads it (lookup.ts normalizeForMatch): a letter lower-cased only where that keeps its length (`İ`).
  const reading = [...name.normalize('NFKC').trim()]
    .map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch))
    .join('');
  // Plain Latin only (no look-alike letter, which the matcher reads as another): else no word, and the brand stays.
  const plain = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(reading) && !/ {2}/.test(reading);
  const long = reading.length >= MIN_NAME_WORD && !held.has(reading) && !englishWords().has(reading);
  return plain && long && !/[|;~^\n]/.test(reading) ? [reading] : [];
}

/** A whole name is a gate word from this length (`mb bank`): a shorter one (`bank`, `a bc`) stands in too much text. */
const MIN_NAME_WORD = 6;

/**
 * A country's brand (one of its own domains under a country's top-level domain, not an open one, none under
 * HOME_TLDS'): as
 * src/core/brands/lookalike.ts `nationalBrand` reads it (a test holds the two alike), where a one-letter typo of its
 * domain counts only for a message that names it, so that the typo test needs no gate.
 */
function nationalBrand(brand) {
  const tlds = (brand.domains ?? []).map((d) => /\.([a-z]{2})$/.exec(d)?.[1]).filter((tld) => !OPEN_TLDS.has(tld));
  return tlds.some(Boolean) && !tlds.some((tld) => HOME_TLDS.has(tld));
}

/** Country top-level domains anyone registers under (`.me`, `.io`): a host under one says nothing of a country. */
const OPEN_TLDS = new Set(['ac', 'ai', 'cc', 'co', 'fm', 'gg', 'io', 'ly', 'me', 'sh', 'so', 'to', 'tv', 'ws']);

/**
 * Country top-level domains much of the pane's readers' mail comes from or links to (European, Brazil, India, South
 * Africa): a waiting domain under one is a key of its own rather than a gate of every host there, which would fetch the
 * waiting brands for much of such mail (a key costs some 3 bytes, a gate of a busy TLD a fetch for every tenth mail).
 */
const BUSY_TLDS = new Set('at be br ch cn cz de dk es eu fi fr in it mx nl no pl pt ru se za'.split(' '));

/** Every domain a brand runs, whatever its role. */
const domainsOf = (brand) => [
  ...(brand.domains ?? []),
  ...(brand.mailboxDomains ?? []),
  ...(brand.contentDomains ?? []),
];

/** A domain's label (its registrable domain without the suffix), as lookalike.ts labelOf reads it. */
const labelOf = (domain) => getDomainWithoutSuffix(domain, { allowPrivateDomains: false }) ?? '';

/** What lookalike.ts `skeleton` makes of an ASCII label: digits read as letters, `rn` as m, `vv` as w. */
const skeletonOf = (label) => label.replace(/0/g, 'o').replace(/1/g, 'l').replace(/rn/g, 'm').replace(/vv/g, 'w');

/**
 * The strings a look-alike of the label holds as lookalike.ts reads it: the label (its other suffix, a link word), its
 * skeleton (a twin, the label beside words) and the skeleton's tokens run together (the label glued to words).
 */
const labelKeys = (label) => {
  const skel = skeletonOf(label);
  return [...new Set([label, skel, skel.replace(/-/g, '')])];
};

/**
 * The gate's hash of a key: FNV-1a over UTF-16 units, its top 18 bits (lookup.ts `lateHash`, the same). A collision
 * only has the waiting brands fetched for a message that did not need them; 18 bits (some 100 keys in 262,144) keep
 * each packed gap a character or two shorter than 24 did: ~160 B gzipped less in the pane's first download.
 */
function lateHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return h >>> 14;
}

/** Sorted hashes as text: each gap from the one before in base 32, a digit a character, `a`–`v` for the last. */
function packHashes(hashes) {
  let text = '';
  let before = 0;
  for (const h of [...new Set(hashes)].sort((a, b) => a - b)) {
    let gap = h - before;
    before = h;
    let digits = String.fromCharCode(97 + (gap & 31));
    for (gap >>>= 5; gap > 0; gap >>>= 5) digits = String.fromCharCode(48 + (gap & 31)) + digits;
    text += digits;
  }
  return text;
}

/**
 * Whether a brand may wait whole: a national brand with names, each Latin one holding a gate word (else every
 * English text holding it would fetch them), and a label of more than 3 letters only where its domain's top-level
 * domain is a country's (a 3-letter one waits behind its exact token, a shorter one behind its top-level domain).
 */
function mayWait(brand, held) {
  if (!nationalBrand(brand) || !Array.isArray(brand.names) || brand.names.length === 0) return false;
  if (!brand.names.filter((name) => !isLateName(name)).every((name) => gateWords(name, held).length > 0)) return false;
  return domainsOf(brand).every((d) => labelOf(d).length > 3 || /\.[a-z]{2}$/.test(d));
}

/**
 * Few short gate words that between them every item holds one of (greedy: the word held by most items not yet
 * covered, for its length, first), so the pane's first download carries about a word for two names. `parts` gives an
 * item's possible words; an item with none stays out.
 */
function cover(items, parts) {
  const holders = new Map();
  items.forEach((item, i) => {
    for (const word of parts(item)) holders.set(word, [...(holders.get(word) ?? []), i]);
  });
  const open = new Set([...holders.values()].flat());
  const words = [];
  while (open.size > 0) {
    let best;
    let bestScore = 0;
    for (const [word, held] of holders) {
      const score = held.filter((i) => open.has(i)).length / (word.length + 1);
      if (score > bestScore || (score === bestScore && best !== undefined && word < best)) {
        best = word;
        bestScore = score;
      }
    }
    words.push(best);
    for (const i of holders.get(best)) open.delete(i);
  }
  return words;
}

/**
 * The table as the pane starts with it and what completes it, and the gate that says when a message needs the rest.
 * - `start`: the table without the brands that wait whole, the others without their late-letter names;
 * - `late`: [a brand's place in the whole table, its whole list of names] for those names;
 * - `rows`: [place, brand] of the brands that wait whole, in order;
 * - `gate`: what a text, host or domain must hold to be answered otherwise by the whole table (lookup.ts openGate
 *   reads it), one string of five fields joined by tabs: the words (part of a waiting name's, label's or domain's
 *   letters; frontCoded), their strict names (a line each), their 3-letter labels (run together), the top-level
 *   domains of their domains no word holds (run together) and the keys (packHashes of the labels and domains no word
 *   holds).
 */
function splitLateNames(brands) {
  const latin = (brand) => brand.names.filter((name) => !isLateName(name));
  const nationals = brands.filter(nationalBrand);
  const labels = (brand) => domainsOf(brand).map(labelOf);
  const held = heldByEnglish(
    new Set(nationals.flatMap((brand) => [...latin(brand), ...labels(brand)].flatMap((name) => [...partsOf(name)]))),
  );
  const whole = new Set(brands.filter((brand) => mayWait(brand, held)));
  const late = [];
  const rows = [];
  const start = [];
  brands.forEach((brand, at) => {
    if (whole.has(brand)) return void rows.push([at, brand]);
    if (!Array.isArray(brand.names)) return void start.push(brand);
    const kept = brand.names.filter((name, i) => i === 0 || !isLateName(name));
    if (kept.length < brand.names.length) late.push([at, brand.names]);
    start.push(kept.length < brand.names.length ? { ...brand, names: kept } : brand);
  });
  const waiting = [...whole];
  // A label's word must be part of its skeleton as well (lookalike.ts compares skeletons), and of its domains.
  const labelParts = (label) => {
    const skel = partsOf(skeletonOf(label));
    return [...partsOf(label)].filter((part) => skel.has(part) && !held.has(part));
  };
  const names = [...new Set(waiting.flatMap(latin))];
  const longLabels = [...new Set(waiting.flatMap(labels))].filter((label) => label.length > 3);
  const words = cover([...names, ...longLabels], (item) =>
    names.includes(item) ? gateWords(item, held) : labelParts(item),
  );
  // A label or domain is held by a word of letters and digits only: a whole name's word (`web.de`) is not in the same
  // domain written otherwise in a link (`web-de.example`, which lookup.ts asks of its key).
  const worded = (text) => words.some((word) => /^[a-z0-9]+$/.test(word) && text.includes(word));
  const keys = [];
  const tlds = new Set();
  for (const label of longLabels) if (!worded(label)) keys.push(...labelKeys(label).map(lateHash));
  for (const domain of waiting.flatMap(domainsOf)) {
    if (worded(domain)) continue;
    const tld = /\.([a-z]{2})$/.exec(domain)?.[1];
    if (tld && !OPEN_TLDS.has(tld) && !BUSY_TLDS.has(tld)) tlds.add(tld);
    else keys.push(lateHash(domain));
  }
  const strict = [...new Set(waiting.flatMap((brand) => brand.strictNames ?? []))];
  const short = [...new Set(waiting.flatMap(labels))].filter((label) => /^[a-z0-9]{3}$/.test(label)).sort();
  if (words.some((word) => /[A-Z\t\n]/.test(word)) || strict.some((name) => /[\t\n]/.test(name)))
    throw new Error('brand-names-pane: a gate word or strict name holds a character the gate gives a meaning');
  const gate = [frontCoded(words), strict.join('\n'), short.join(''), [...tlds].sort().join(''), packHashes(keys)];
  return { start, late, rows, gate: gate.join('\t') };
}

/**
 * Words sorted, each written as the length of what it shares with the one before (`A` none, `B` one letter…) and the
 * rest: gate words are lower case, so a capital starts each (lookup.ts openGate reads them back).
 */
function frontCoded(words) {
  let before = '';
  return [...words]
    .sort()
    .map((word) => {
      let same = 0;
      while (same < 25 && word[same] !== undefined && word[same] === before[same]) same++;
      before = word;
      return String.fromCharCode(65 + same) + word.slice(same);
    })
    .join('');
}

module.exports = { LATE_LETTER, LATIN_LOOKALIKE, lateHash, nationalBrand, splitLateNames };
