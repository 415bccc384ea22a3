/**
 * How the no-link checks read their wording (no-link.ts, and its chunks callback.ts and bec.ts): the first hit of each
 * wanted family, subject first, then body, both cut to what these short scripts fill.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { phraseEvidence, type PhraseFinder } from './lure-matcher';

/** Body characters read: the charge, the number and the ask sit in the first screen of these short scripts. */
export const MAX_BODY = 20_000;
export const MAX_SUBJECT = 2_000;

/** The first hit of each wanted family, subject first, then body (both cut). */
export function wording<F extends string>(
  find: PhraseFinder<F>,
  msg: ParsedMessage,
  skip: ReadonlySet<F> = new Set(),
): Map<F, Evidence> {
  const subject = msg.subject.slice(0, MAX_SUBJECT);
  const found = new Map<F, Evidence>();
  for (const hit of find(subject, skip)) found.set(hit.family, phraseEvidence('Subject', subject, hit));
  const rest = new Set([...skip, ...found.keys()]);
  for (const hit of find(msg.bodyText.slice(0, MAX_BODY), rest)) {
    found.set(hit.family, phraseEvidence('Body', '', hit));
  }
  return found;
}
