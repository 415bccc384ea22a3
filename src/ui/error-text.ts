/**
 * An error as one short line for the reader: a client API's or a fetch's message, never a stack. Whitespace runs are
 * folded (Thunderbird's and Office's messages can span lines) and the text is cut at 200 UTF-16 units without
 * splitting a surrogate pair. Every host and the shared UI use this one.
 */
const MAX_ERROR_CHARS = 200;

export function errorText(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_ERROR_CHARS) return text;
  const code = text.charCodeAt(MAX_ERROR_CHARS - 1);
  // A high surrogate at the cut would be left without its pair.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_ERROR_CHARS - 1 : MAX_ERROR_CHARS);
}
