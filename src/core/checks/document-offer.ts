/**
 * What a message offers behind its link to a rented page: a document (document-offer-phrases.ts) or the account
 * and payment script of the lure lexicon (one family is enough here: sign in, verify, pay a fee, a parcel held).
 * Looked for in the subject, the rented link's own text, then the body. Loaded by rented-page.ts only for a
 * message with such a link (a chunk of its own in the browsers, `needs: ['document-offer']`).
 */
import type { Evidence } from '../report';
import { findLures, phraseEvidence, phraseFinder, type PhraseHit } from './lure-matcher';
import { LURE_FAMILIES, TAKING_FAMILIES, type LureFamily } from './lure-phrases';
import { DOCUMENT_OFFER_FAMILIES, DOCUMENT_OFFER_PHRASES } from './document-offer-phrases';

/** A web page kept as a file on a file share: judged only beside an offer, so it rides in the offer's chunk. */
export { sharedPageFile } from './shared-page-file';

/** How a forwarded or replied-to message's first line starts (Gmail, Outlook, Thunderbird, Apple Mail), lower-cased. */
const FORWARD_WORDS = ['forwarded message', 'original message'];

/** Whether a line opens a forwarded or original message: `---------- Forwarded message ---------`, Outlook's rule. */
function forwardMark(line: string): boolean {
  const t = line.trim().toLowerCase();
  if (t.startsWith('__________') || t.startsWith('begin forwarded message:')) return true;
  return t.startsWith('--') && FORWARD_WORDS.some((w) => t.includes(w));
}

/**
 * The sender's own words: the text before a forwarded or original message, without `>` quoted lines. Narrower than
 * reply-channel.ts's ownPart, which also stops at a bare "From:": a voicemail notice's "From: +1 415 …" is its own.
 * Here, in the offer's chunk: only a message linking a rented page reads it (rented-page.ts).
 */
export function ownWords(body: string): string {
  const own: string[] = [];
  for (const line of body.split('\n')) {
    if (forwardMark(line)) break;
    if (!line.trimStart().startsWith('>')) own.push(line);
  }
  return own.join('\n');
}

const findOffer = phraseFinder(
  DOCUMENT_OFFER_FAMILIES,
  DOCUMENT_OFFER_PHRASES,
  (t) => t.DOCUMENT_OFFER_PHRASES_NONLATIN,
);

/**
 * The lure families that ask for the account or money, and the held parcel whose "fee" is the card: on a page anyone
 * rents, one of them is the script. Not prizes, surveys, jobs or invoices: a small shop's or a club's own pages on a
 * site builder speak of those.
 */
const NOT_TAKING: ReadonlySet<LureFamily> = new Set(
  LURE_FAMILIES.filter((f) => !TAKING_FAMILIES.has(f) && f !== 'delivery'),
);

/**
 * Words of a share or a signature (matched inside the offer's own text): a document said to be shared with the reader
 * or waiting for a signature. On a form, only they — or the account script — count: a form is no file anyone shares,
 * while "read the document and fill in the form" is a school's everyday mail.
 */
const SHARE_STEMS = [
  'shar',
  'sign',
  'geteilt',
  'freigegeben',
  'unterschr',
  'unterzeichn',
  'partag',
  'compart',
  'partilh',
  'assin',
  'firm',
  'condivis',
  'gedeeld',
  'ondertek',
  'udostępni',
  'podpis',
  'sdílí',
  'paylaş',
  'imzala',
  'delade',
  'delt',
  '共有',
  '共享',
  '공유',
];

/** What was found, and where: a document offered, or the account or payment asked for. */
export interface Offer {
  kind: 'document' | 'account';
  evidence: Evidence;
}

/**
 * The first offer found — the subject's, the link's text's, then the body's; a document before the script. For a
 * link to a form (`shareOnly`), a document offered counts only as a share or a signature.
 */
export function offerEvidence(
  subject: string,
  linkText: string | undefined,
  body: string,
  shareOnly = false,
): Offer | undefined {
  const texts: [string, string, string][] = [
    ['Subject', subject, subject],
    ...(linkText ? [['Body', '', linkText] as [string, string, string]] : []),
    ['Body', '', body],
  ];
  for (const [header, written, text] of texts) {
    const hit: PhraseHit<string> | undefined = findOffer(text)[0];
    const said = hit?.display.slice(hit.start, hit.end).toLowerCase() ?? '';
    if (hit && (!shareOnly || SHARE_STEMS.some((s) => said.includes(s))))
      return { kind: 'document', evidence: phraseEvidence(header, written, hit) };
  }
  for (const [header, written, text] of texts) {
    const hit: PhraseHit<string> | undefined = findLures(text, NOT_TAKING)[0];
    if (hit) return { kind: 'account', evidence: phraseEvidence(header, written, hit) };
  }
  return undefined;
}
