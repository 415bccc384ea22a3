/**
 * Finding the wording that offers a document (document-offer-phrases.ts) in a message's subject, the rented link's
 * own text or its body: loaded by rented-document.ts only for a message with a link to a rented page (a chunk of its
 * own in the browsers, `needs: ['document-offer']`).
 */
import type { Evidence } from '../report';
import { phraseEvidence, phraseFinder } from './lure-matcher';
import { DOCUMENT_OFFER_FAMILIES, DOCUMENT_OFFER_PHRASES } from './document-offer-phrases';

const findOffer = phraseFinder(
  DOCUMENT_OFFER_FAMILIES,
  DOCUMENT_OFFER_PHRASES,
  (t) => t.DOCUMENT_OFFER_PHRASES_NONLATIN,
);

/** The first offer found — the subject's, the link's text's, then the body's — as evidence. */
export function offerEvidence(subject: string, linkText: string | undefined, body: string): Evidence | undefined {
  const inSubject = findOffer(subject)[0];
  if (inSubject) return phraseEvidence('Subject', subject, inSubject);
  const hit = (linkText ? findOffer(linkText)[0] : undefined) ?? findOffer(body)[0];
  return hit && phraseEvidence('Body', '', hit);
}
