import type { Evidence } from '../report';

/**
 * A header's evidence marking a part the parser read from it (an address's domain) as the header writes it: any
 * case, the address's `@domain` before a display name's; unmarked where it is written otherwise (a comment inside
 * `a@(x)b.example`, an encoded word), since the pane can only mark text the value holds (issue #16).
 */
export function headerMark(header: string, value: string, text: string): Evidence {
  const lower = value.toLowerCase();
  const want = text.toLowerCase();
  // Past the address's `@`, else the first (the name's); 0 when there is no `@domain`.
  const at = lower.lastIndexOf('@' + want) + 1 || lower.indexOf(want);
  return { header, value, highlight: at < 0 ? undefined : value.slice(at, at + text.length), author: 'sender' };
}
