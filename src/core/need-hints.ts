/**
 * What a message shows its first analysis will need of the checks' lazy data (check-data.ts),
 * so the session fetches it with the message's other data instead of a round later (ui/session.ts): a letter of the
 * scripts whose brand names wait (brands/lookup.ts LATE_LETTER: Japanese, Chinese, Korean, Greek, Cyrillic …)
 * in the body's text asks for those names and for the phrases in scripts beyond Latin, which the same letter makes
 * the lure checks ask for; the reader's address or domain in it asks for the mail-system wording, which the
 * own-organisation checks then read (checks/own-org.ts: "your mailbox info@example.co.jp is full"); and any body
 * asks for the judging of a lure inside a safety disclaimer (checks/content.ts), which a body with two lure families
 * needs — most mail a reader checks is such mail, and the judging is 3 KB, while asking a round later costs a whole
 * second analysis. (The public-suffix rules are not hinted: the pane's first download had no room for the lookup
 * of every host; a host under a suffix whose rules wait costs a second analysis, never a wrong verdict.) Only a hint:
 * the analysis still says what it needs, and data missed here is loaded then (one round later, as without the hint);
 * data named here wrongly costs a download and no finding.
 */
import { LATE_LETTER } from './brands/lookup';
import type { DataNeed } from './report';
import type { MessageInput } from './types';

/** The body's first characters read for the hint (the checks' own limits are larger; a hint needs no more). */
const HINT_CHARS = 64 * 1024;
/** The reader's addresses looked for (own-org.ts reads as many). */
const MAX_READERS = 20;

/**
 * The body's text outside tags, from `<body` on: a head's styles name fonts in Japanese in English mail too
 * (`font-family: "ＭＳ 明朝"`). `<[^<>]*>` cannot backtrack: each character is read at most twice.
 */
export function hintedNeeds(input: MessageInput): DataNeed[] {
  const body = input.html ?? input.text ?? '';
  const text = body
    .slice(Math.max(0, body.search(/<body/i)))
    .slice(0, HINT_CHARS)
    .replace(/<[^<>]*>/g, ' ');
  const needs: DataNeed[] = LATE_LETTER.test(text) ? ['phrases', 'brand-names'] : [];
  if (namesReader(text, input.recipients ?? [])) needs.push('own-org');
  if (text.trim()) needs.push('disclaimer');
  return needs;
}

/** Whether the text names one of the reader's addresses or their domains (NFKC, any case, as own-org.ts reads). */
function namesReader(text: string, readers: readonly string[]): boolean {
  const names = readers
    .slice(0, MAX_READERS)
    .flatMap((address) => [address, address.slice(address.lastIndexOf('@') + 1)])
    .map((name) => name.toLowerCase())
    .filter((name) => name.includes('.'));
  if (names.length === 0) return false;
  const lower = text.normalize('NFKC').toLowerCase();
  return names.some((name) => lower.includes(name));
}
