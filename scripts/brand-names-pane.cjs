/* global module */
/**
 * The task pane's brand table starts without each brand's further names in Japanese, Chinese or Korean letters
 * (scripts/pack-brands.cjs with `lateNames`): such a name only matches a text holding such a letter, and the core
 * (src/core/brands/lookup.ts `LATE_LETTER`) notes that text so the pane loads the names before its first draw. A
 * brand's first name stays: the checks show it as the brand's name whatever the message's language.
 */

/** A letter no normalisation turns into another script: kana, CJK ideographs, Hangul syllables. */
const LATE_LETTER = /[\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]/;

/**
 * The table as the pane starts with it (`start`, the same objects with those names left out) and what completes it
 * (`late`: [the brand's place in the table, its whole list of names]).
 */
function splitLateNames(brands) {
  const late = [];
  const start = brands.map((brand, at) => {
    if (!Array.isArray(brand.names)) return brand;
    const kept = brand.names.filter((name, i) => i === 0 || !LATE_LETTER.test(name));
    if (kept.length === brand.names.length) return brand;
    late.push([at, brand.names]);
    return { ...brand, names: kept };
  });
  return { start, late };
}

module.exports = { LATE_LETTER, splitLateNames };
