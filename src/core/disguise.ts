/**
 * Letters in disguise, as the brand and lure matchers read through them: characters with no width put between
 * letters to break word filters, styled letters NFKC leaves alone, letters spaced apart. checks/disguise.ts says
 * where a header value hides its letters. Every scan is one pass, no regex over the whole text.
 */

/**
 * Unicode's Default_Ignorable_Code_Point set: soft hyphen, U+034F, Hangul fillers, zero-width spaces and joiners,
 * bidi controls, variation selectors, U+FEFF, the tag characters of the U+E0000 block. None draws anything in a word.
 */
const HIDDEN = /\p{Default_Ignorable_Code_Point}/u;
// Most text (letters up to U+034E, U+2070–U+FDFF but U+3164: kana, kanji, CJK punctuation) answered without the regex.
export const isHiddenCode = (cp: number): boolean =>
  cp >= 0xad &&
  (cp === 0xad || cp > 0x34e) &&
  (cp < 0x2070 || cp === 0x3164 || cp > 0xfdff) &&
  HIDDEN.test(String.fromCodePoint(cp));

/**
 * Letters NFKC leaves alone but readers take for Latin ones: small capitals (UTS #39 confusables.txt maps each to its
 * letter) and the negative circled (U+1F150–) and squared (U+1F170–) capitals (named so in UnicodeData.txt). Index = the
 * letter a–z; there is no small capital X (`_` holds its place).
 */
const SMALL_CAPITALS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡ_ʏᴢ';

/** The ASCII letter code a small capital or negative enclosed capital stands for, or 0. */
export function plainLetter(cp: number): number {
  if (cp >= 0x1f150 && cp <= 0x1f169) return 0x41 + cp - 0x1f150;
  if (cp >= 0x1f170 && cp <= 0x1f189) return 0x41 + cp - 0x1f170;
  const small = (cp > 0xff && cp < 0x1d23) || (cp > 0xa72f && cp < 0xa7b0); // where small capitals are
  const at = small ? SMALL_CAPITALS.indexOf(String.fromCharCode(cp)) : -1;
  return at < 0 ? 0 : 0x61 + at;
}

const LETTER = /[\p{L}\p{Nd}]/u;

/** A one-letter word: a letter with no letter on either side (`【重要】三 井 …` starts at a bracket). */
function isSingleAt(cps: readonly string[], i: number): boolean {
  return (
    i >= 0 &&
    i < cps.length &&
    LETTER.test(cps[i]!) &&
    !LETTER.test(cps[i - 1] ?? ' ') &&
    !LETTER.test(cps[i + 1] ?? ' ')
  );
}

/**
 * The first run of at least `min` one-letter words one space apart (`P a y P a l`), as code point offsets [from, to).
 * Each position is visited once: a run that falls short is skipped whole.
 */
export function spacedRun(cps: readonly string[], min: number, start = 0): { from: number; to: number } | undefined {
  for (let i = start; i < cps.length; i++) {
    if (!isSingleAt(cps, i)) continue;
    let j = i;
    let count = 1;
    while (cps[j + 1] === ' ' && isSingleAt(cps, j + 2)) {
      j += 2;
      count++;
    }
    if (count >= min) return { from: i, to: j + 1 };
    i = j;
  }
  return undefined;
}
