/* global module */
/**
 * The task pane's brand table starts without each brand's further names in letters of the scripts that wait
 * (Japanese, Chinese, Korean, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai; scripts/pack-brands.cjs with
 * `lateNames`): such a name only matches a text holding such a letter, and the core (src/core/brands/lookup.ts
 * `LATE_LETTER`) notes that text so the pane loads the names before its first draw. A brand's first name stays: the
 * checks show it as the brand's name whatever the message's language.
 */

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
 * The table as the pane starts with it (`start`, the same objects with those names left out) and what completes it
 * (`late`: [the brand's place in the table, its whole list of names]).
 */
function splitLateNames(brands) {
  const late = [];
  const start = brands.map((brand, at) => {
    if (!Array.isArray(brand.names)) return brand;
    const kept = brand.names.filter((name, i) => i === 0 || !isLateName(name));
    if (kept.length === brand.names.length) return brand;
    late.push([at, brand.names]);
    return { ...brand, names: kept };
  });
  return { start, late };
}

module.exports = { LATE_LETTER, LATIN_LOOKALIKE, splitLateNames };
