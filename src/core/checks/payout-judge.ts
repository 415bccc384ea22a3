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
 * A buyer's payment held until the reader confirms on a page (marketplaceSale): fail.
 * Money waiting for the reader and the bank card or account to be entered to receive it: warn; said to have failed to
 * reach the reader already ("we could not transfer your refund"): fail; with the threat that
 * it is forfeited otherwise: fail. Not when the letter itself says its sender never asks for bank details so (a
 * genuine notice's footer: 「銀行帳戶資料」 is never asked through a link). See payout-details.ts for the attack and
 * the traps.
 */
export function judgePayout(subject: string, body: string) {
  const said = wording(subject, body);
  if (said.has('never')) return undefined;
  const details = said.get('details');
  const sale = marketplaceSale(said, details);
  if (sale) return sale;
  const payout = said.get('payout');
  if (!payout || !details) return undefined;
  const forfeit = said.get('forfeit');
  // The payment said to have failed already, the details to be given again on the page: the kit's other threat.
  const failed = forfeit ? undefined : said.get('failed');
  if (failed)
    return finding('content.payout-details', 'fail', {}, [payout, details, failed], 'content.payout-details.failed');
  return forfeit
    ? finding('content.payout-details', 'fail', {}, [payout, details, forfeit], 'content.payout-details.forfeit')
    : finding('content.payout-details', 'warn', {}, [payout, details]);
}

/**
 * The marketplace payout kit (payout-phrases.ts `sold`): "the buyer has paid for your listing; to receive the money,
 * confirm your details on this page" — OLX Pay, OLX Доставка, leboncoin's "paiement sécurisé", Kleinanzeigen's
 * "Sicher bezahlen", or the "buyer" writing so in a real platform's relayed message ("I've paid through Vinted
 * checkout, you need to confirm the sale to release the money: vinted-uk.order-confirm.shop/…"). The page takes the
 * seller's card. Fail whoever sends it: the platform's own notification relays the stranger's words, and the kit's
 * sender authenticates its own look-alike domain.
 * Trap: a real sale notice ("you sold it, print the label, the money is released when the buyer receives it"), a
 * buyer's "I'll pay through the app", a seller platform's "add your bank account to receive payouts" (no buyer has
 * paid, nothing to confirm). All three parts are needed, and the letter's own "we never ask for your bank details
 * through a link" clears it (judgePayout).
 */
function marketplaceSale(said: Map<PayoutFamily, Evidence>, details: Evidence | undefined) {
  const sold = said.get('sold');
  const release = said.get('release');
  const claim = said.get('claim') ?? details;
  if (!sold || !release || !claim) return undefined;
  return finding('content.payout-details', 'fail', {}, [sold, release, claim], 'content.payout-details.sale');
}
