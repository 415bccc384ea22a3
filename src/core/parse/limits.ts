/**
 * Caps on hostile input, noted when they cut something, so the report can say what was not read
 * (checks/coverage.ts turns each into an info finding): how many fields the cap cut, and the first one cut — its name
 * and the start of its value, never the whole of it. Hosts may put their own codes in MessageInput.limits as text
 * (`links-truncated:5000:7001`, `name:cap:count[:header[:excerpt]]`); `readLimit` reads those into the same shape.
 */
import type { Limit } from '../types';
import { cutText } from '../text';

/** Called by a parser when a cap cut its input: the code, the cap, and the header it cut. */
export type NoteLimit = (code: string, cap: number, header?: string, value?: string) => void;

/** Characters of the first cut value kept as evidence. */
const EXCERPT = 80;

/** Counts the notes per code and header name, in the order first seen. */
export class LimitNotes {
  private readonly seen = new Map<string, Limit>();

  readonly note: NoteLimit = (code, cap, header, value) => {
    const key = `${code}\u0000${header?.toLowerCase() ?? ''}`;
    const entry = this.seen.get(key);
    if (entry) entry.count++;
    else
      this.seen.set(
        key,
        header
          ? { code, cap, count: 1, header, value: value === undefined ? undefined : excerpt(value) }
          : { code, cap, count: 1 },
      );
  };

  limits(): Limit[] {
    return [...this.seen.values()].map((l) => ({ ...l }));
  }
}

/** A host's limit code read: an unknown or empty code keeps the whole text, so the report can still name it. */
export function readLimit(limit: string): Limit {
  const text = String(limit);
  const [code = '', cap, count, header, ...rest] = text.split(':');
  const out: Limit = { code: code || text, cap: Number(cap), count: Number(count) };
  if (header) out.header = header;
  if (header && rest.length) out.value = rest.join(':');
  return out;
}

/** The start of a value, not cut inside a surrogate pair, with … when there was more. */
function excerpt(value: string): string {
  return value.length <= EXCERPT ? value : `${cutText(value, EXCERPT)}…`;
}
