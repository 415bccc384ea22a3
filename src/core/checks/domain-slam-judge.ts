/**
 * The judging of content.domain-slam (domain-slam.ts): the small print of a solicitation dressed as an invoice, and
 * the expiry words. In the "disclaimer" chunk (check-data.ts), fetched only for a message naming the reader's own
 * domain, so the task pane pays nothing for the phrases up front.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { phraseEvidence, phraseFinder } from './lure-matcher';

/** Characters read: the notice and its small print fit the first screens. */
const MAX_TEXT = 20_000;

/**
 * The small print of a solicitation dressed as an invoice, en de fr es it pt nl, ja (lure-matcher.ts reads them: from a
 * word's start, accents and case folded, Japanese with its spaces dropped).
 */
const NOT_A_BILL = [
  'this is not a bill',
  'this is not an invoice',
  'no obligation to pay',
  'this message is a solicitation',
  'this notice is a solicitation',
  'this is a solicitation',
  'dies ist keine rechnung',
  'keine zahlungsverpflichtung',
  "ceci n{'|’}est pas une facture",
  'esto no es una factura',
  'sin obligacion de pago',
  'questa non e una fattura',
  'isto nao e uma fatura',
  'dit is geen factuur',
  'これは請求書ではありません',
];

/** An expiry or a renewal, the same languages (word beginnings: `expir` is expires, expiry, expiration). */
const EXPIRY = [
  'expir',
  'renew',
  'final notice',
  'ablauf',
  'verlanger',
  'renouvel',
  'vencimiento',
  'renovacion',
  'scadenza',
  'rinnov',
  'vencimento',
  'renovacao',
  'verloop',
  'verlenging',
  '期限',
  '更新',
];

const findWording = phraseFinder(['not-a-bill', 'expiry'] as const, { 'not-a-bill': NOT_A_BILL, expiry: EXPIRY });

const isNameChar = (c: string | undefined) => !!c && /[a-z0-9-]/.test(c);

/** Where the domain stands as a whole name in the text (not inside a longer host or word), or -1. */
function domainAt(text: string, domain: string): number {
  for (let at = text.indexOf(domain); at >= 0; at = text.indexOf(domain, at + 1)) {
    const before = text[at - 1];
    const after = text[at + domain.length];
    if (!isNameChar(before) && before !== '.' && before !== '@' && !isNameChar(after)) return at;
  }
  return -1;
}

/**
 * The evidence of the slam when the subject names one of `own` (as a whole name) and the text holds an expiry and
 * the small print: the subject and the small print; else undefined.
 */
export function judgeSlam(msg: ParsedMessage, own: readonly string[]): Evidence[] | undefined {
  const subject = msg.subject.slice(0, 2_000);
  const body = msg.bodyText.slice(0, MAX_TEXT);
  const hits = findWording(body);
  const disclaimer = hits.find((h) => h.family === 'not-a-bill');
  if (!disclaimer || !(hits.length > 1 || findWording(subject, new Set(['not-a-bill'])).length)) return undefined;
  const lower = subject.toLowerCase();
  for (const domain of own) {
    if (domainAt(lower, domain) < 0) continue;
    return [
      { header: 'Subject', value: msg.subject.slice(0, 300), highlight: domain, author: 'sender' },
      phraseEvidence('Body', body, disclaimer),
    ];
  }
  return undefined;
}
