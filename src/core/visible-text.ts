/**
 * The one sanitiser for every output that repeats the message's own text: the pane, page and popup (src/ui/dom.ts),
 * the CLI, Copy summary, the report draft's subject, body and attached file's name. A character that draws nothing
 * or changes how the text around it reads — bidi controls (U+202E turns `moc.lapyap` into what reads as
 * `paypal.com`), zero-width and format characters, tag characters, Hangul fillers, U+034F, variation selectors,
 * C0/C1 controls and DEL — is shown as a visible marker `⟨U+202E⟩`, never dropped: what hid is itself the evidence.
 *
 * Legitimate text reads the same: a zero-width joiner inside an emoji sequence (👨‍👩‍👧) or between letters of a
 * script that writes with it (Persian می‌خواهم, Devanagari), one emoji presentation selector after an emoji (❤️, 1️⃣),
 * one ideographic variation selector after a kanji (Japanese names: 葛󠄀), and the tag letters of the three
 * subdivision flags (🏴󠁧󠁢󠁥󠁮󠁧󠁿). Anything else — a second selector in a row (the "emoji smuggling" trick hides bytes as
 * selectors after one emoji), a joiner between Latin letters — is marked. One pass, no backtracking regex.
 */
import { isHiddenCode } from './disguise';

/**
 * Beyond Default_Ignorable_Code_Point (isHiddenCode): controls (Cc), format characters (Cf) and the line and
 * paragraph separators. The prepended concatenation marks (U+0600–0605, U+06DD, U+070F, U+0890–0891, U+08E2,
 * U+110BD, U+110CD) are Cf but draw a visible sign over the digits that follow, so they stay as written.
 */
const FORMAT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const CONCATENATION_MARK = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]/u;

/** True when the code point draws nothing or reorders its neighbours (the set the module comment lists). */
export function isInvisibleCode(cp: number): boolean {
  // Most text answered without a regex: printable ASCII, Latin to U+034E, U+2070–U+FDFF (kana, kanji) but U+3164.
  if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp < 0x34f && cp !== 0xad)) return false;
  if (cp >= 0x2070 && cp <= 0xfdff && cp !== 0x3164) return false;
  if (isHiddenCode(cp)) return true;
  const ch = String.fromCodePoint(cp);
  return FORMAT.test(ch) && !CONCATENATION_MARK.test(ch);
}

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const EMOJI_VS = 0xfe0f;
const TEXT_VS = 0xfe0e;
const BLACK_FLAG = 0x1f3f4;

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const EMOJI = /\p{Emoji}/u;
const SKIN_TONE = /\p{Emoji_Modifier}/u;
const HAN = /\p{Script=Han}/u;
/**
 * Scripts whose spelling puts ZWJ/ZWNJ between letters: U+0600–U+0DFF runs from Arabic, Syriac, Thaana and N'Ko
 * (joining) through the Indic blocks, Devanagari to Sinhala (conjuncts). A joiner there cannot disguise a Latin name.
 */
const inJoiningScript = (cp: number | undefined) =>
  cp !== undefined && cp >= 0x600 && cp <= 0xdff && !isInvisibleCode(cp);

/** The RGI subdivision flags (emoji-sequences.txt): 🏴 + tag letters gbeng / gbsct / gbwls + cancel tag. */
const FLAG_TAGS = ['gbeng', 'gbsct', 'gbwls'].map((code) =>
  String.fromCodePoint(...[...code].map((c) => 0xe0000 + c.charCodeAt(0)), 0xe007f),
);

const test = (re: RegExp, cp: number | undefined) => cp !== undefined && re.test(String.fromCodePoint(cp));

/** Whether the invisible character at `i` belongs to the visible text around it (the module comment's list). */
function belongs(cps: readonly number[], i: number): boolean {
  const cp = cps[i]!;
  const before = cps[i - 1];
  const after = cps[i + 1];
  if (cp === ZWJ || cp === ZWNJ) {
    if (inJoiningScript(before) && inJoiningScript(after)) return true;
    // 👩‍❤️‍💋‍👨, 👋🏽‍…: the joiner follows an emoji, its skin tone or its presentation selector, and leads to one.
    const emojiBefore =
      test(PICTOGRAPH, before) || test(SKIN_TONE, before) || (before === EMOJI_VS && test(EMOJI, cps[i - 2]));
    return cp === ZWJ && emojiBefore && test(PICTOGRAPH, after);
  }
  // One selector per base, never a run of them.
  if (before === undefined || isInvisibleCode(before)) return false;
  if (cp === EMOJI_VS || cp === TEXT_VS) return test(EMOJI, before);
  if ((cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0xfe00 && cp <= 0xfe02)) return test(HAN, before);
  return false;
}

function marker(cp: number): string {
  return `⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** Nothing here needs a look: printable ASCII, with or without the TAB and LF the caller keeps. */
const PLAIN_TEXT = /^[\t\n\u0020-\u007e]*$/;
const PLAIN_LINE = /^[\u0020-\u007e]*$/;

function mark(text: string, keepLines: boolean): string {
  if ((keepLines ? PLAIN_TEXT : PLAIN_LINE).test(text)) return text;
  const cps = Array.from(text, (c) => c.codePointAt(0)!);
  const out: string[] = [];
  let offset = 0; // UTF-16 offset of cps[i], for the flag's look-ahead
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    offset += cp > 0xffff ? 2 : 1; // now just past cp
    if (cp === BLACK_FLAG) {
      const flag = FLAG_TAGS.find((tags) => text.startsWith(tags, offset));
      if (flag) {
        out.push(String.fromCodePoint(cp), flag);
        i += flag.length / 2; // six tag characters, each a surrogate pair
        offset += flag.length;
        continue;
      }
    }
    if (cp === 0x09 || cp === 0x0a) out.push(keepLines ? String.fromCodePoint(cp) : cp === 0x09 ? ' ' : marker(cp));
    else if (isInvisibleCode(cp) && !belongs(cps, i)) out.push(marker(cp));
    else out.push(String.fromCodePoint(cp));
  }
  return out.join('');
}

/** For text shown on screen, where TAB and LF stay (CSS lays them out as space): every other invisible is marked. */
export function visibleText(text: string): string {
  return mark(text, true);
}

/**
 * For one line — a summary or CLI line, a subject, a file name: LF and CR are marked too (a line break in a subject
 * would start a new header field, in a summary a forged line), and a TAB is a space.
 */
export function visibleLine(text: string): string {
  return mark(text, false);
}

/** `visibleLine`, at most `max` UTF-16 units, never ending inside a marker or a surrogate pair. */
export function visibleCut(text: string, max: number): string {
  const line = visibleLine(text);
  if (line.length <= max) return line;
  let end = max;
  if (line.charCodeAt(end - 1) >= 0xd800 && line.charCodeAt(end - 1) <= 0xdbff) end--;
  const open = line.lastIndexOf('⟨', end - 1);
  if (open >= 0 && line.indexOf('⟩', open) >= end) end = open;
  return line.slice(0, end);
}

/**
 * JSON for tools, unchanged once parsed: JSON.stringify escapes C0 only, so every other invisible character is
 * written as `\uXXXX` (a pair of them above U+FFFF) — a text editor or terminal showing the JSON cannot be fooled.
 * Such characters only occur inside strings, where the escape means the same character.
 */
export function jsonVisible(json: string): string {
  let out = '';
  let from = 0;
  // Only characters from U+007F on are looked at: the search skips runs of ASCII natively (issue #19).
  const beyondAscii = /[\u007f-\uffff]/g;
  for (let found = beyondAscii.exec(json); found; found = beyondAscii.exec(json)) {
    const i = found.index;
    const cp = json.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    beyondAscii.lastIndex = i + width;
    if (isInvisibleCode(cp)) {
      out += json.slice(from, i);
      for (let k = 0; k < width; k++)
        out += `\\u${json
          .charCodeAt(i + k)
          .toString(16)
          .padStart(4, '0')}`;
      from = i + width;
    }
  }
  return out + json.slice(from);
}
