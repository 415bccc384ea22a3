/**
 * Whether a phrase hit sits in a sentence that warns about the scheme or denies it: the brokers', banks' and
 * authorities' notices quote a scam's own words to warn against them ("LINEグループで投資を勧誘する詐欺", "XTB nie
 * oferuje gwarantowanych zysków", "the company bears the visa fee"). Read by the judges of the investment club and
 * the reply-only scams (investment-club-judge.ts, reply-scam-judge.ts). Linear: bounded windows, one regex each.
 */
import type { PhraseFinder, PhraseHit } from './lure-matcher';

/** Words that warn about a scheme or deny it, in the languages of those tables. */
export const WARNING =
  /scam|fraud|fake|beware|warn|imperson|phish|never|\bnot\b|詐欺|騙|诈骗|詐騙|冒充|假冒|偽|ございません|ありません|oszu|fałszyw|falszyw|podszyw|\bnie\b|nigdy|lừa|lua dao|giả mạo|gia mao|betrug|betrüg|gefälsch|niemals|\bkein|arnaque|escroq|frauduleu|jamais|\bne\b|estafa|fraude|golpe|falso|nunca|truffa|\bmai\b|oplicht|nooit|사기|절대|bedrä|aldrig|мошен|шахра|никогда|не предлага|не гарантир|احتيال|نصب/iu;

/** Characters read each way from a hit for its sentence; a sentence ends at these. */
const REACH = 200;
const SENTENCE_END = /[.!?。！？\n]/;
/** How many hits of one family are tried before it is given up (each a fresh scan of the rest of the text). */
const MAX_TRIES = 3;

/** The sentence around `start`..`end` of `text`, at most REACH characters each way. */
export function sentence(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < REACH && !SENTENCE_END.test(text[from - 1]!)) from--;
  return text.slice(from, sentenceEnd(text, end));
}

/** Where the sentence ending after `end` ends (at most REACH characters on). */
export function sentenceEnd(text: string, end: number): number {
  let to = end;
  while (to < text.length && to - end < REACH && !SENTENCE_END.test(text[to]!)) to++;
  return to;
}

/**
 * The first hit of a family in `text` whose sentence neither warns nor denies (`deny`, a judge's own words for it,
 * besides WARNING), trying a few.
 */
export function firstUnwarned<F extends string>(
  find: PhraseFinder<F>,
  families: readonly F[],
  text: string,
  family: F,
  deny?: RegExp,
): PhraseHit<F> | undefined {
  const skip = new Set(families.filter((f) => f !== family));
  let rest = text;
  for (let i = 0; i < MAX_TRIES && rest; i++) {
    const hit = find(rest, skip)[0];
    if (!hit) return undefined;
    const around = sentence(hit.display, hit.start, hit.end);
    if (!WARNING.test(around) && !deny?.test(around)) return hit;
    rest = hit.display.slice(sentenceEnd(hit.display, hit.end));
  }
  return undefined;
}
