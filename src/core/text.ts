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
