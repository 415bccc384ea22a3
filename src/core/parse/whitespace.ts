/**
 * Whitespace as JavaScript's `\s` sees it, for loops that collapse or skip it in one pass over a large body instead
 * of running `\s+` regexes over it several times. Same characters exactly (test/core/parse/whitespace.test.ts
 * compares every UTF-16 code unit with the regex), so replacing a regex with a loop changes no result.
 */

/**
 * `/\s/.test(String.fromCharCode(code))`: ECMAScript WhiteSpace (Unicode Zs, TAB, VT, FF, NBSP, BOM) and line
 * terminators.
 */
export function isJsWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `s.replace(/\s+/g, ' ')`, and `s` itself (no copy) when it has no run to change — most text pieces of a body. */
export function collapseWhitespace(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isJsWhitespace(c) && (c !== 0x20 || (i + 1 < s.length && isJsWhitespace(s.charCodeAt(i + 1))))) break;
  }
  if (i === s.length) return s;
  return s.slice(0, i) + s.slice(i).replace(/\s+/g, ' ');
}

/**
 * The words (runs of non-whitespace) of each line, joined by one space; lines without words dropped; lines joined
 * by `\n`. The same as `s.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l).join('\n')`, in one
 * pass over a whole body's text: each whitespace run between two words becomes `\n` when it holds a line break,
 * else one space, and the text between runs that already are that one character is copied as one piece.
 */
export function tidyLines(s: string): string {
  const parts: string[] = [];
  let from = -1; // where the text not yet copied starts (from the first word on)
  let i = 0;
  while (i < s.length) {
    if (!isJsWhitespace(s.charCodeAt(i))) {
      if (from < 0) from = i;
      i++;
      continue;
    }
    const start = i;
    let newLine = false;
    for (; i < s.length && isJsWhitespace(s.charCodeAt(i)); i++) if (s.charCodeAt(i) === 0x0a) newLine = true;
    if (from < 0) continue; // before the first word
    if (i === s.length) {
      parts.push(s.slice(from, start)); // after the last word
      return parts.join('');
    }
    const separator = newLine ? '\n' : ' ';
    if (i - start === 1 && s[start] === separator) continue;
    parts.push(s.slice(from, start), separator);
    from = i;
  }
  if (from >= 0) parts.push(s.slice(from));
  return parts.join('');
}

/** `a.replace(/\s+/g, '') === b.replace(/\s+/g, '')`, without building either string. */
export function sameIgnoringWhitespace(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isJsWhitespace(a.charCodeAt(i))) i++;
    while (j < b.length && isJsWhitespace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/**
 * `tidyLines(pieces.join(''))`, built as the pieces arrive: for a page's text pieces, each already collapsed (its
 * only whitespace single spaces, never a line break), and the line breaks and spaces that block edges add. A body
 * of megabytes is then neither joined twice nor scanned again. Whitespace between two words becomes one `\n` when
 * a line break is among it, else one space; none before the first word or after the last.
 */
export class TidyText {
  private readonly parts: string[] = [];
  /** The whitespace since the last word: none, a space, or a line break (which wins). */
  private gap: '' | ' ' | '\n' = '';

  /** A piece of text, collapsed (collapseWhitespace): its only whitespace is single spaces, never `\n`. */
  add(piece: string): void {
    let start = 0;
    let end = piece.length;
    if (start < end && piece.charCodeAt(start) === 0x20) {
      start++;
      this.space(' ');
    }
    const trailing = end > start && piece.charCodeAt(end - 1) === 0x20;
    if (trailing) end--;
    if (end > start) {
      if (this.gap && this.parts.length) this.parts.push(this.gap);
      this.parts.push(start === 0 && end === piece.length ? piece : piece.slice(start, end));
      this.gap = '';
    }
    if (trailing) this.space(' ');
  }

  /** Whitespace between pieces: `\n` ends the line, ' ' separates words on it. */
  space(kind: ' ' | '\n'): void {
    if (kind === '\n' || this.gap === '') this.gap = kind;
  }

  toString(): string {
    return this.parts.join('');
  }
}
