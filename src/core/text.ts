/**
 * Small text helpers the core shares (and hosts may use): cutting text without splitting a character, and
 * percent-decoding that never throws. Lengths are UTF-16 units, as everywhere in JavaScript.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** `index`, moved back one when it falls just after a high surrogate: a cut there would split a character. */
export function charBoundary(text: string, index: number): number {
  return index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

/** The first `max` units of `text` (all of it when shorter), one fewer when the cut would split a surrogate pair. */
export function cutText(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, charBoundary(text, max));
}

/** decodeURIComponent, or undefined when the text is not valid percent-encoding (a stray `%`, a broken sequence). */
export function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** decodeURIComponent, or the text as written when it is not valid percent-encoding (`100%`). */
export function safeDecode(text: string): string {
  return percentDecode(text) ?? text;
}

/**
 * Whether `s` is nothing but words of `words` (each of two characters or more) run together, with what `allow`
 * lets in between: hyphens, digits, a plural `s` after a word. Domain labels read so (`mbox-securemail`,
 * `supportjp2024`): a linear walk over at most 63 characters, each position tried against words up to `maxWord` long.
 */
export function madeOfWords(
  s: string,
  words: ReadonlySet<string>,
  maxWord: number,
  allow: { hyphens?: boolean; digits?: boolean; plurals?: boolean } = {},
): boolean {
  if (!s || s.length > 63) return false;
  const ok: boolean[] = [true];
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    const c = s[i]!;
    if ((allow.hyphens && c === '-') || (allow.digits && c >= '0' && c <= '9')) ok[i + 1] = true;
    for (let len = 2; len <= maxWord && i + len <= s.length; len++) {
      if (!words.has(s.slice(i, i + len))) continue;
      ok[i + len] = true;
      if (allow.plurals && s[i + len] === 's') ok[i + len + 1] = true;
    }
  }
  return ok[s.length] === true;
}
