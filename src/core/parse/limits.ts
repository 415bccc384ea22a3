/**
 * Caps on hostile input, noted when they cut something, so the report can say what was not read
 * (checks/coverage.ts turns each code into an info finding). A code is `name:cap:count[:header[:excerpt]]`: how many
 * fields the cap cut, and the first one cut — its name and the start of its value, never the whole of it.
 * Hosts may put their own codes in MessageInput.limits (`links-truncated:5000:7001`); the same reader parses both.
 */

/** Called by a parser when a cap cut its input: the code, the cap, and the header it cut. */
export type NoteLimit = (code: string, cap: number, header?: string, value?: string) => void;

/** Characters of the first cut value kept as evidence. */
const EXCERPT = 80;

/** Counts the notes per code and header name, in the order first seen. */
export class LimitNotes {
  private readonly seen = new Map<string, { code: string; cap: number; count: number; header?: string; value?: string }>();

  readonly note: NoteLimit = (code, cap, header, value) => {
    const key = `${code}\u0000${header?.toLowerCase() ?? ''}`;
    const entry = this.seen.get(key);
    if (entry) entry.count++;
    else this.seen.set(key, { code, cap, count: 1, header, value: value === undefined ? undefined : excerpt(value) });
  };

  codes(): string[] {
    return [...this.seen.values()].map((e) =>
      [e.code, e.cap, e.count, ...(e.header === undefined ? [] : [e.header, ...(e.value === undefined ? [] : [e.value])])].join(':'),
    );
  }
}

/** A limit code read back: `a` and `b` are its two numbers (cap and count; for links-truncated, checked and total). */
export interface Limit {
  code: string;
  a: number;
  b: number;
  header?: string;
  value?: string;
}

export function readLimit(limit: string): Limit {
  const [code = '', a, b, header, ...rest] = String(limit).split(':');
  const out: Limit = { code, a: Number(a), b: Number(b) };
  if (header) out.header = header;
  if (rest.length) out.value = rest.join(':');
  return out;
}

/** The start of a value, not cut inside a surrogate pair, with … when there was more. */
function excerpt(value: string): string {
  if (value.length <= EXCERPT) return value;
  const code = value.charCodeAt(EXCERPT - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? EXCERPT - 1 : EXCERPT;
  return `${value.slice(0, end)}…`;
}
