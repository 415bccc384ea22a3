/**
 * An error as one short line for the reader: a client API's or a fetch's message, never a stack. Office's errors are
 * plain objects with `message`, `name` and a numeric `code` (the code is what Microsoft's documentation lists, so it
 * is kept); Thunderbird's and the browser's are Errors. Whitespace runs are folded (messages can span lines) and the
 * text is cut at 200 UTF-16 units without splitting a surrogate pair. Every host and the shared UI use this one.
 */
import { cutText } from '../core/text';

const MAX_ERROR_CHARS = 200;

export function errorText(error: unknown): string {
  let text: string | undefined;
  let code = '';
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; name?: unknown; code?: unknown };
    text = [e.message, e.name].find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (typeof e.code === 'number' || typeof e.code === 'string') code = ` (${String(e.code)})`;
  }
  const line = (text ?? String(error ?? 'unknown error')).replace(/\s+/g, ' ').trim();
  return `${cutText(line, MAX_ERROR_CHARS)}${code}`;
}
