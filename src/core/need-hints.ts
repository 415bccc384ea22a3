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
 *
 * It also owns the gates of the families whose whole check waits in the task pane (issue #19: the first download
 * holds the checks every message needs; a family only some mail can be is a chunk of its own): a gate is a cheap
 * test that every message the family's check could flag passes, so a message it passes over needs nothing more, and
 * the check itself (checks/disguise.ts, extortion.ts, coverage.ts) asks for its judging only behind it. The same gate
 * read on the raw message names the chunk before the first analysis, so the first drawing is already complete.
 */
import { LATE_LETTER } from './brands/lookup';
import { spacedRun } from './disguise';
import { decodeEncodedWords, firstHeader, splitHeaderBlock } from './parse/headers';
import { mayNameDepartment, mayNameRole } from './checks/own-org';
import type { DataNeed } from './report';
import type { MessageInput } from './types';

/** The body's first characters read for the hint (the checks' own limits are larger; a hint needs no more). */
const HINT_CHARS = 64 * 1024;
/** The reader's addresses looked for (own-org.ts reads as many). */
const MAX_READERS = 20;
/** The body's opening in which the reader named is a greeting or a claim (own-org.ts OPENING, GREETING_REACH). */
const OPENING_CHARS = 400;

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
  if (namesReader(text, input.recipients ?? []) && mayClaimOurs(input, text)) needs.push('own-org');
  if (text.trim()) needs.push('disclaimer');
  if (mayHoldBitcoinAddress(text)) needs.push('extortion');
  // A limit the host's parser reached (coverage.ts says each).
  if (input.limits?.length) needs.push('coverage');
  return needs;
}

/**
 * What the From and Subject lines foretell: the judging of disguised letters for a name or subject the gate passes.
 * Read once their encoded words can be decoded (ui/session.ts asks after the decoder, when a header holds one).
 */
export function hintedHeaderNeeds(input: MessageInput): DataNeed[] {
  const fields = splitHeaderBlock(input.headers);
  const [from, subject] = ['from', 'subject'].map((name) => decodeEncodedWords(firstHeader(fields, name)?.value ?? ''));
  const japanese = JAPANESE.test(from! + subject!);
  return mayHideLetters(from!, japanese) || mayHideLetters(subject!, japanese) ? ['disguise'] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// The families' gates.

/** Kana, CJK ideographs, CJK punctuation (【】) and half-width katakana: text written in Japanese (or Chinese). */
export const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff61-\uff9f]/;

/** Single letters spaced apart that make a disguise (`P a y P a l`, `三 井 住 友 カ ー ド`); three are joined to match. */
export const SPACED_RUN = 5;

/**
 * content.disguised-text's gate (checks/disguise.ts): a display name or subject that may hide its letters holds a
 * soft hyphen, a character past U+00FF other than kana and kanji (and other than full-width forms in Japanese text,
 * where they are ordinary typing), or letters spaced apart. Every disguise the judging finds holds one: hidden
 * characters are U+00AD or past U+034E, styled letters and the Greek, Cyrillic and IPA look-alikes are past U+00FF,
 * and none of them is kana, a kanji or, in Japanese text, full-width. 0–5 % of the corpus's names and subjects.
 */
export function mayHideLetters(text: string, japanese: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xad) return true;
    if (c < 0x100 || (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) continue;
    if (!japanese || c < 0xff01 || c > 0xff9f) return true;
  }
  return spacedRun(Array.from(text), SPACED_RUN) !== undefined;
}

/** A bech32 `bc1…` address and a legacy `1…`/`3…` one, as written (checks/bitcoin-address.ts tests them further). */
export const BECH32 = /\bbc1[02-9ac-hj-np-z]{11,71}\b/gi;
export const LEGACY = /\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b/g;

/** content.extortion's gate (checks/extortion.ts): the text may hold a Bitcoin address (0–3 % of the corpus). */
export const mayHoldBitcoinAddress = (text: string): boolean => text.search(BECH32) >= 0 || text.search(LEGACY) >= 0;

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

/**
 * Whether the own-org checks may claim to be our organisation (checks/own-org.ts): a display name that may be a role
 * or a department of ours (mayNameRole, mayNameDepartment: the gates the checks ask behind), or the reader named in
 * the display name, the subject or the body's opening. A hint: a claim found elsewhere costs a round.
 */
function mayClaimOurs(input: MessageInput, text: string): boolean {
  const fields = splitHeaderBlock(input.headers);
  const from = decodeEncodedWords(firstHeader(fields, 'from')?.value ?? '');
  const name = from.slice(0, Math.max(0, from.lastIndexOf('<')));
  const subject = decodeEncodedWords(firstHeader(fields, 'subject')?.value ?? '');
  if (mayNameRole(name) || mayNameDepartment(name)) return true;
  return namesReader(`${name} ${subject} ${text.trimStart().slice(0, OPENING_CHARS)}`, input.recipients ?? []);
}
