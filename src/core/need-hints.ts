/**
 * What a message shows its first analysis will need of the checks' lazy data (check-data.ts),
 * so the session fetches it with the message's other data instead of a round later (ui/session.ts): a letter of the
 * scripts whose brand names wait (brands/lookup.ts LATE_LETTER: Japanese, Chinese, Korean, Greek, Cyrillic …)
 * in the body's text asks for those names and for the phrases in scripts beyond Latin, which the same letter makes
 * the lure checks ask for. Only a hint: the analysis still says what it needs, and data missed here is loaded then
 * (one round later, as without the hint); data named here wrongly costs a download and no finding.
 */
import { LATE_LETTER } from './brands/lookup';
import type { DataNeed } from './report';
import type { MessageInput } from './types';

/** The body's first characters read for the hint (the checks' own limits are larger; a hint needs no more). */
const HINT_CHARS = 64 * 1024;

/**
 * The body's text outside tags, from `<body` on: a head's styles name fonts in Japanese in English mail too
 * (`font-family: "ＭＳ 明朝"`). `<[^<>]*>` cannot backtrack: each character is read at most twice.
 */
export function hintedNeeds(input: MessageInput): DataNeed[] {
  const body = input.html ?? input.text ?? '';
  const text = body.slice(Math.max(0, body.search(/<body/i))).slice(0, HINT_CHARS);
  return LATE_LETTER.test(text.replace(/<[^<>]*>/g, ' ')) ? ['phrases', 'brand-names'] : [];
}
