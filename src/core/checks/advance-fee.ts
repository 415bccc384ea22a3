/**
 * content.advance-fee: a large sum waiting for the reader (an inheritance, a lottery win, a compensation fund, "your
 * fund" on an ATM card) told with a second piece of the script, and a reply channel nobody answers for (issue #16,
 * family 6). The attack wants an answer, not a click: the fees come later, by mail. Link and brand checks see nothing.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { finding } from '../findings';
import type { Check } from './check';
import { excerpt, phraseEvidence, phraseFinder } from './lure-matcher';
import { ADVANCE_FEE_FAMILIES, ADVANCE_FEE_PHRASES, type AdvanceFeeFamily } from './advance-fee-phrases';
import { replyChannel } from './reply-channel';
import { lateWording } from './no-link';

const findWording = phraseFinder(ADVANCE_FEE_FAMILIES, ADVANCE_FEE_PHRASES, (t) => t.ADVANCE_FEE_PHRASES_NONLATIN);

/** Body characters read: the sum and the story sit in the first screens of these letters. */
const MAX_BODY = 20_000;
const MAX_SUBJECT = 2_000;
/** A sum this large offered to a stranger is the bait; invoices and prices in ordinary mail are smaller. */
const LARGE_SUM = 100_000;

// ---------------------------------------------------------------------------------------------------------------
// Sums written in figures: a currency next to a number (US$4,500,000.00, €2.500.000,00, 935.470,00 €, $4.5 million).

/** A number with thousands groups or a decimal part and an optional multiplier word; every part bounded. */
const NUMBER =
  /(\d{1,3}(?:[,.' ]\d{3}){1,4}|\d{1,12})(?:[.,]\d{1,2})?(?![\d])(?:\s?(million|billion|millones|milhoes|millionen|millions|milioni|miljoen|mio|mln|bn|m)\b)?/g;
const CURRENCY_BEFORE = /(?:us\s?\$|usd|eur|gbp|euro|[$€£])\s?\(?$/;
const CURRENCY_AFTER =
  /^\s?\)?\s?(?:usd|eur|gbp|euros?|dollars?|us dollars|united states dollars|pounds|[$€£]|(?:abd )?d[oó]lar)/;
const MULTIPLIER: Readonly<Record<string, number>> = { billion: 1e9, bn: 1e9 };

/** The value of a written number: thousands separators dropped, cents ignored. */
function valueOf(digits: string, multiplier: string | undefined): number {
  const whole = Number(digits.replace(/[,.' ]/g, ''));
  return whole * (multiplier ? (MULTIPLIER[multiplier] ?? 1e6) : 1);
}

/**
 * The first sum of LARGE_SUM or more written with its currency, in display text (NFKC, lower-cased).
 * @internal
 */
export function findLargeSum(text: string): { start: number; end: number } | undefined {
  const lower = text.normalize('NFKC').toLowerCase();
  for (const m of lower.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = lower.slice(Math.max(0, start - 6), start);
    const after = lower.slice(end, end + 26);
    if (!CURRENCY_BEFORE.test(before) && !CURRENCY_AFTER.test(after)) continue;
    if (valueOf(m[1]!, m[2]) >= LARGE_SUM) return { start, end };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The check.

/** The kinds of the script the message tells, each with its first evidence (subject first, then body). */
function story(msg: ParsedMessage): Map<AdvanceFeeFamily, Evidence> {
  const subject = msg.subject.slice(0, MAX_SUBJECT);
  const body = msg.bodyText.slice(0, MAX_BODY);
  const found = new Map<AdvanceFeeFamily, Evidence>();
  for (const [header, text] of [
    ['Subject', subject],
    ['Body', body],
  ] as const) {
    const sum = found.has('sum') ? undefined : findLargeSum(text);
    if (sum) {
      const shown = text.normalize('NFKC');
      const value = header === 'Subject' ? shown : excerpt(shown, sum.start, sum.end);
      found.set('sum', { header, value, highlight: shown.slice(sum.start, sum.end), author: 'sender' });
    }
    for (const hit of findWording(text, new Set(found.keys())))
      found.set(hit.family, phraseEvidence(header, text, hit));
  }
  return found;
}

/**
 * content.advance-fee: two or more kinds of the advance-fee script at once — a large sum, money waiting for the
 * reader (beneficiary, next of kin, lottery, compensation), the way it will reach them (ATM card, "release of your
 * fund", a business proposal), secrecy, or a request for personal details — with a reply channel nobody answers for
 * (Reply-To to a free mailbox or, unauthenticated, to another organisation; a free mailbox written in the body; a
 * free-mail sender): fail. The same script without such a channel: warn (context).
 * Attack: "Attn: Beneficiary, your fund of US$4.5 million will be loaded on an ATM card; reply to my private email
 * …@gmail.com with your full name" — nothing to click, the fees are asked for in the replies.
 * Trap: a foundation's newsletter reports "a US$2 million donation to our beneficiaries" from its own authenticated
 * domain (no channel: at most a context warning); a lawyer's genuine letter comes from the firm's domain.
 */
const advanceFee: Check = (msg, ctx) => {
  const told = story(msg);
  // Half a story (a large sum, or one kind of the script), or none with the answers sent to another domain: the kinds
  // of the languages whose phrases wait (advance-fee-late-phrases.ts) may tell the rest; only then are they fetched.
  if (told.size === 1 || (!told.size && msg.replyTo.some((r) => r.registrable !== msg.from?.registrable)))
    lateWording(ctx)?.addAdvanceFee(msg, told);
  if (told.size < 2) return undefined;
  const families = ADVANCE_FEE_FAMILIES.filter((f) => told.has(f));
  const evidence = families.map((f) => told.get(f)!);
  const channel = replyChannel(msg, ctx);
  const params = { count: families.length };
  if (!channel) return finding('content.advance-fee', 'warn', params, evidence);
  return finding(
    'content.advance-fee',
    'fail',
    { ...params, reply: channel.address },
    [...evidence, channel.evidence],
    'content.advance-fee.reply',
  );
};

/** Every advance-fee check, in report order, with its finding id (analyze.ts gathers them). */
export const ADVANCE_FEE_CHECKS: readonly (readonly [string, Check])[] = [['content.advance-fee', advanceFee]];
