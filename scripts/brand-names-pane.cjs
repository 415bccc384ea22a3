/* global module, require, __dirname */
/**
 * The task pane's brand table starts without each brand's further names in letters of the scripts that wait
 * (Japanese, Chinese, Korean, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai; scripts/pack-brands.cjs with
 * `lateNames`): such a name only matches a text holding such a letter, and the core (src/core/brands/lookup.ts
 * `LATE_LETTER`) notes that text so the pane loads the names before its first draw. A brand's first name stays: the
 * checks show it as the brand's name whatever the message's language.
 *
 * A national brand of a country whose mail the pane's readers seldom get (`mayWait`, with a gate word for each Latin
 * name) starts with no names at all: its id, strict names and domains stay (so its domains, their look-alikes and
 * brands planted in links are found as before), and the core reads its names only after they come. Its Latin names
 * wait behind `words`: part of a name's letters that any text matching the name holds, few words for many names
 * (lookup.ts notes such a text, and any read of such a brand's names, as lacking `brand-names`).
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
 * library documentation and the installed packages' Markdown, as scripts/late-latin-split.ts reads them): a gate word
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
 * test/core/brands/waiting-brands.test.ts holds it so for each name) that no English word holds (a name without one,
 * `Wind`, `Nova Post`, would have its brand's names fetched for every `window` or `innovation`: that brand keeps them).
 */
function gateWords(name, held) {
  return [...partsOf(name)].filter((part) => !held.has(part));
}

/**
 * Whether a brand may wait whole: a country's brand (one of its domains under a country's top-level domain, none under
 * HOME_TLDS'), with names, and no three-letter domain label (brands/lookalike.ts guards such a label by reading the
 * brand's names when it prepares). It waits if each Latin name has a gate word besides.
 */
function mayWait(brand) {
  if (!Array.isArray(brand.names) || brand.names.length === 0 || !Array.isArray(brand.domains)) return false;
  const tlds = brand.domains.map((d) => /\.([a-z]{2})$/.exec(d)?.[1]);
  if (!tlds.some(Boolean) || tlds.some((tld) => HOME_TLDS.has(tld))) return false;
  return !brand.domains.some((d) => (getDomainWithoutSuffix(d, { allowPrivateDomains: false }) ?? '').length === 3);
}

/**
 * Few short gate words that between them every name holds one of (greedy: the word held by most names not yet
 * covered, for its length, first), so the pane's first download carries about a word for two names.
 */
function coverNames(names, held) {
  const holders = new Map();
  names.forEach((name, i) => {
    for (const word of gateWords(name, held)) holders.set(word, [...(holders.get(word) ?? []), i]);
  });
  const open = new Set(names.keys());
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
 * The table as the pane starts with it (`start`, the same objects with those names left out), what completes it
 * (`late`: [the brand's place in the table, its whole list of names]), and the gate words of the Latin names of the
 * brands that wait whole (`words`).
 */
function splitLateNames(brands) {
  const latin = (brand) => brand.names.filter((name) => !isLateName(name));
  const candidates = brands.filter(mayWait);
  const held = heldByEnglish(
    new Set(candidates.flatMap((brand) => latin(brand).flatMap((name) => [...partsOf(name)]))),
  );
  const whole = new Set(candidates.filter((brand) => latin(brand).every((name) => gateWords(name, held).length > 0)));
  const late = [];
  const start = brands.map((brand, at) => {
    if (!Array.isArray(brand.names)) return brand;
    const kept = whole.has(brand) ? [] : brand.names.filter((name, i) => i === 0 || !isLateName(name));
    if (kept.length === brand.names.length) return brand;
    late.push([at, brand.names]);
    return { ...brand, names: kept };
  });
  const gated = [...new Set([...whole].flatMap(latin))];
  return { start, late, words: coverNames(gated, held) };
}

module.exports = { LATE_LETTER, LATIN_LOOKALIKE, splitLateNames };
