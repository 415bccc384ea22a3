/**
 * Reads the wording of the task scam and of the payee's changed bank account (money-route-phrases.ts) in a message's
 * subject and first screens. Loaded by no-link.ts only for a message that names a messenger or a bank account (a chunk
 * of its own in the browsers, `needs: ['money-route']`).
 */
import type { Evidence } from '../report';
import { phraseEvidence, phraseFinder } from './lure-matcher';
import { MONEY_ROUTE_FAMILIES, MONEY_ROUTE_PHRASES, type MoneyRouteFamily } from './money-route-phrases';

const find = phraseFinder(MONEY_ROUTE_FAMILIES, MONEY_ROUTE_PHRASES);

/** The first hit of each wanted family, subject first, then body (both already cut by the caller). */
export function moneyRouteWording(
  subject: string,
  body: string,
  wanted: readonly MoneyRouteFamily[],
): Map<MoneyRouteFamily, Evidence> {
  const skip = new Set(MONEY_ROUTE_FAMILIES.filter((f) => !wanted.includes(f)));
  const found = new Map<MoneyRouteFamily, Evidence>();
  for (const hit of find(subject, skip)) found.set(hit.family, phraseEvidence('Subject', subject, hit));
  for (const hit of find(body, new Set([...skip, ...found.keys()]))) {
    found.set(hit.family, phraseEvidence('Body', '', hit));
  }
  return found;
}
