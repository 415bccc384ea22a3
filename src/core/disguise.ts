/**
 * Letters in disguise: characters with no width put between letters to break word filters, styled letters that
 * stand in for plain ones, letters spaced apart, Cyrillic/Greek look-alikes among Latin letters. The brand and lure
 * matchers read text through `isHiddenCode` and `plainLetter`; `findDisguise` says where a header value hides its
 * letters (checks/disguise.ts reports it). Every scan is one pass over code points, no regex over the whole text.
 */
import { confusableToLatin } from './brands/lookalike';

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

/** Kana, CJK ideographs, CJK punctuation (【】) and half-width katakana: text written in Japanese (or Chinese). */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff61-\uff9f]/;
export const writtenInJapanese = (text: string): boolean => JAPANESE.test(text);

const LETTER = /[\p{L}\p{Nd}]/u;
/** Letters of scripts whose words never carry a joiner: a hidden character inside one was put there (Arabic, Indic
 * words need their joiners). */
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\d\u3040-\u30ff\u3400-\u9fff\uff61-\uff9f]/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK_CYRILLIC = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
const ASCII_LETTER = /^[A-Za-z]$/;

/**
 * A letter drawn in a style that stands for a plain one: what NFKC folds to one ASCII letter (mathematical,
 * circled, squared, full-width — not full-width in Japanese mail, where it is ordinary typing) and small capitals.
 * Below U+2000 only ordinals (ª) fold, which are genuine.
 */
function isStyled(ch: string, cp: number, japanese: boolean): boolean {
  if (plainLetter(cp)) return true;
  return cp >= 0x2000 && !(japanese && cp >= 0xff00 && cp < 0xff60) && ASCII_LETTER.test(ch.normalize('NFKC'));
}

type DisguiseKind = 'hidden' | 'styled' | 'spaced' | 'mixed-script';

export interface Disguise {
  kind: DisguiseKind;
  /** The disguised part of the text as written (a substring of it). */
  text: string;
}

/** Single letters spaced apart that make a disguise (`P a y P a l`, `三 井 住 友 カ ー ド`); three are joined to match. */
const SPACED_RUN = 5;
/** A word this long may carry soft hyphens for line breaking. */
const LONG_WORD = 12;
/** Styled letters that make a disguise: one ⓘ or 𝐍 is decoration. */
const STYLED_LETTERS = 3;

/**
 * Where a display name or subject hides letters, the first disguise found, or undefined. `japanese`: the mail is
 * written in Japanese, where full-width Latin (`【ＫＡＧＯＹＡ】`) is ordinary typing, not a disguise.
 * Not for bodies: soft hyphens in long words are genuine there. Linear in the text (capped by the caller).
 */
export function findDisguise(text: string, japanese: boolean): Disguise | undefined {
  const cps = Array.from(text);
  const slice = (from: number, to: number) => cps.slice(from, to).join('');
  const visible = (i: number) => !isHiddenCode(cps[i]!.codePointAt(0)!);
  const wordChar = (i: number) => WORD.test(cps[i] ?? '');

  let before = -1; // the last visible character
  let longUntil = -1; // the end of a long word already found to carry only soft hyphens
  let styled = 0;
  let styledFrom = -1;
  let styledTo = -1;
  let wordFrom = 0;
  let latin = false;
  let foreign = false;
  for (let i = 0; i <= cps.length; i++) {
    const ch = cps[i] ?? ' ';
    const cp = ch.codePointAt(0)!;
    if (isHiddenCode(cp)) {
      // A run of hidden characters, looked at once: a disguise when it sits between two letters of a word.
      let after = i;
      let put = false;
      let soft = false;
      for (; after < cps.length && !visible(after); after++) {
        const code = cps[after]!.codePointAt(0)!;
        // A variation selector after a kanji or an emoji picks its glyph (異体字 in names); after Latin, nothing.
        const selector = (code >= 0xfe00 && code <= 0xfe0f) || code >= 0xe0100;
        if (code === 0xad) soft = true;
        else if (!selector || LATIN.test(cps[before] ?? '')) put = true;
      }
      if (wordChar(before) && wordChar(after) && (put || (soft && i >= longUntil))) {
        let s = before;
        let e = after;
        while (s > 0 && LETTER.test(cps[s - 1]!)) s--;
        while (e < cps.length && (LETTER.test(cps[e]!) || !visible(e))) e++;
        // A soft hyphen marks where a long word may break (`Datenschutz\u00adgrundverordnung`): typeset, not hidden.
        if (put || e - s < LONG_WORD) return { kind: 'hidden', text: slice(s, e) };
        longUntil = e;
      }
      i = after - 1;
      continue;
    }
    before = i;
    if (isStyled(ch, cp, japanese)) {
      if (styled++ === 0) styledFrom = i;
      styledTo = i + 1;
    }
    // A word mixing Latin letters with Cyrillic/Greek look-alikes (`Аmazon`); all-Cyrillic names are Russian.
    if (LETTER.test(ch)) {
      if (LATIN.test(ch)) latin = true;
      else if (GREEK_CYRILLIC.test(ch) && confusableToLatin(ch)) foreign = true;
    } else {
      if (latin && foreign) return { kind: 'mixed-script', text: slice(wordFrom, i) };
      wordFrom = i + 1;
      latin = foreign = false;
    }
  }
  const spaced = spacedRun(cps, SPACED_RUN);
  if (spaced) return { kind: 'spaced', text: slice(spaced.from, spaced.to) };
  if (styled >= STYLED_LETTERS) return { kind: 'styled', text: slice(styledFrom, styledTo) };
  return undefined;
}

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
