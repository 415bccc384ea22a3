/**
 * content.payout-details's wording (payout-phrases.ts) and judgement: in the money-route chunk (money-route.ts
 * re-exports it), asked by payout-details.ts only for a message with somewhere to go that names a bank or a card.
 */
import type { Evidence } from '../report';
import { finding } from '../findings';
import { phraseEvidence, phraseFinder } from './lure-matcher';
import { PAYOUT_FAMILIES, PAYOUT_PHRASES, type PayoutFamily } from './payout-phrases';

const find = phraseFinder(PAYOUT_FAMILIES, PAYOUT_PHRASES);

/** The first hit of each family, subject first, then body. */
function wording(subject: string, body: string): Map<PayoutFamily, Evidence> {
  const found = new Map<PayoutFamily, Evidence>();
  for (const hit of find(subject))
    if (!found.has(hit.family)) found.set(hit.family, phraseEvidence('Subject', subject, hit));
  for (const hit of find(body, new Set(found.keys()))) {
    if (!found.has(hit.family)) found.set(hit.family, phraseEvidence('Body', '', hit));
  }
  return found;
}

/**
 * Money waiting for the reader and the bank card or account to be entered to receive it: warn; with the threat that
 * it is forfeited otherwise: fail. Not when the letter itself says its sender never asks for bank details so (a
 * genuine notice's footer: 「銀行帳戶資料」 is never asked through a link). See payout-details.ts for the attack and
 * the traps.
 */
export function judgePayout(subject: string, body: string) {
  const said = wording(subject, body);
  const payout = said.get('payout');
  const details = said.get('details');
  if (!payout || !details || said.has('never')) return undefined;
  const forfeit = said.get('forfeit');
  return forfeit
    ? finding('content.payout-details', 'fail', {}, [payout, details, forfeit], 'content.payout-details.forfeit')
    : finding('content.payout-details', 'warn', {}, [payout, details]);
}
