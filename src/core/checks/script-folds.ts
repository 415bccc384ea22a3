/**
 * The spelling folds of the scripts whose phrases wait in the non-Latin chunk (nonlatin-phrases.ts): lure-matcher.ts
 * applies them once that chunk is loaded, to the texts and the phrases alike, so they cost the task pane's start-up
 * nothing.
 */

/** A mark the compact form leaves out (the display keeps it, so positions carry over): the matching form skips it. */
const DROP = -1;

/**
 * Letters spelling alternates, in pairs (letter, what it reads as). Arabic: hamza-carrying alefs (أ إ آ ٱ) as ا, ى
 * and Persian ی as ي, ة as ه (dialect writing and kits alternate them), ؤ as و, ئ as ي, Persian ک as ك. Devanagari:
 * chandrabindu as anusvara (हाँ/हां).
 */
const LETTER_PAIRS = 'آاأاإاٱاؤوئيىيیيةهکكँं';

/**
 * Apostrophes and quotes inside a word of Hebrew (gershayim and geresh: דו״ח, ג׳, typed " and ' as often) or
 * Cyrillic (the Ukrainian apostrophe: обов'язково, обов’язково, ʼ): dropped, so every way of typing them matches.
 */
const WORD_QUOTES = new Set([0x22, 0x27, 0x60, 0x2bc, 0x2018, 0x2019, 0x201c, 0x201d, 0x5f3, 0x5f4]);

/**
 * The marks of Arabic, Hebrew and Devanagari that spelling leaves in or out, as DROP or the letter they read as:
 * Arabic harakat, tatweel (ـ, stretched letters that also split a word for filters) and superscript alef; Hebrew
 * niqqud and cantillation (U+0591–U+05C7); the Devanagari nukta (क़ = क; NFKC has split the precomposed ones);
 * Arabic-Indic digits as ASCII ones; `LETTER_PAIRS`; `WORD_QUOTES` after a Hebrew or Cyrillic letter.
 */
export function foldMarks(code: number, previous: number): number {
  if (WORD_QUOTES.has(code))
    return (previous >= 0x5d0 && previous <= 0x5ea) || (previous >= 0x430 && previous <= 0x45f) ? DROP : code;
  if ((code >= 0x591 && code <= 0x5c7) || (code >= 0x64b && code <= 0x65f) || code === 0x640 || code === 0x670)
    return DROP;
  if (code === 0x93c) return DROP;
  if (code >= 0x660 && code <= 0x669) return code - 0x630;
  const i = LETTER_PAIRS.indexOf(String.fromCharCode(code));
  return i >= 0 && i % 2 === 0 ? LETTER_PAIRS.charCodeAt(i + 1) : code;
}
