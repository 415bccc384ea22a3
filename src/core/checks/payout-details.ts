/**
 * content.payout-details: money said to be waiting for the reader — a tax or contribution refund, a pension
 * supplement, an electricity deposit returned, a compensation — to be collected by entering or confirming a bank card
 * or account on a page the message links (or a QR code opens); warn, and fail with the threat that it is forfeited
 * after a date ("otherwise the payment will be cancelled", 「期限を過ぎると受け取れなくなります」).
 * Attack: the refund kit in every language — "Перерасчёт пенсии: Вам назначена доплата 18 430 руб. … подтвердить
 * реквизиты банковской карты … выплата будет аннулирована" from sfr-pereraschet.ru, "Reembolso de contribuições …
 * confirme o seu IBAN … Caso contrário, o processo será arquivado", the Thai "คืนเงินประกันการใช้ไฟฟ้า … กรอกข้อมูล
 * บัญชีธนาคาร" LINE link, HMRC's "you are eligible to receive a tax refund". Each on its own domain, authenticated for
 * it and linking to itself: nothing else in the mail is wrong. No agency pays a refund to a card typed into a mailed
 * link, and none takes it back for not doing so by Friday.
 * Trap: a pension agency's "you have a new message on My pages" and a social-security portal notice (no bank details
 * asked), a marketplace's "buyer paid, ship now" whose footer says it never asks for bank details through a link (the
 * letter's own disclaimer: nothing), a utility's e-bill, an authenticated government domain's own notice (gov.uk,
 * go.jp, gouv.fr: the agency answers for it). Without the forfeit it only warns: a seller platform's "add your bank
 * account to receive payouts" is genuine.
 * The marketplace payout kit (`content.payout-details.sale`, payout-judge.ts marketplaceSale): "the buyer has paid; to
 * receive the money, confirm your details on this page", from a look-alike of OLX or leboncoin or in a buyer's message
 * a real platform relays: fail. Trap: a real sale notice ("you sold it, ship it"), a buyer's "I'll pay in the app".
 */
import type { Check, CheckContext } from './check';
import type { ParsedMessage } from '../types';
import { webLinks } from './links';
import { lateWording, namesAccount } from './no-link';
import { MAX_BODY, MAX_SUBJECT } from './no-link-wording';
import { governmentDomain } from './sender';

/** A payment said made, in the languages whose payout kit may not name an account. */
const PAID = /\bpaid\b|bezahl|pagad|pagou|pagato|betaald|оплат|сплат/i;

const payoutDetails: Check = (msg, ctx) => {
  const from = msg.from;
  if (!from?.registrable) return undefined;
  if (!webLinks(msg).length && !msg.qr?.codes.length) return undefined;
  if (ctx.dmarc === 'pass' && governmentDomain(from.registrable)) return undefined;
  if (ownOfficeOwnPages(msg, ctx)) return undefined;
  // A bank or an account named (no-link.ts), or a payment said made (a marketplace "buyer" who "paid": the payout kit
  // told without the word): only then is the wording worth fetching.
  if (!namesAccount(msg) && !PAID.test(msg.subject.slice(0, MAX_SUBJECT) + msg.bodyText.slice(0, MAX_BODY)))
    return undefined;
  return lateWording(ctx)?.judgePayout(msg.subject.slice(0, MAX_SUBJECT), msg.bodyText.slice(0, MAX_BODY));
};

/**
 * Our own organisation's office, authenticated (aligned DMARC pass for one of our domains), whose every link — a QR
 * code's too — opens a page of ours: the finance department's subsidy form or the payroll card's update on the
 * intranet answers for itself. The kit sent from a taken-over mailbox of ours links elsewhere (a bucket, a look-alike)
 * and still counts.
 */
const ownOfficeOwnPages = (msg: ParsedMessage, ctx: CheckContext): boolean =>
  ctx.dmarc === 'pass' &&
  ctx.ownDomains.includes(msg.from?.registrable ?? '') &&
  webLinks(msg).every((l) => ctx.ownDomains.includes(l.registrable));

/** Where an IBAN may start (iban.ts reads it whole): only then is the money-route chunk asked for. */
const IBAN_START = /\b[A-Z]{2}\d\d ?[A-Z0-9]{4}/;

/** content.foreign-iban (money-route.ts judgeForeignIban): a changed account's IBAN in another country. */
const foreignIban: Check = (msg, ctx) => {
  const body = msg.bodyText.slice(0, MAX_BODY);
  return IBAN_START.test(body)
    ? lateWording(ctx)?.judgeForeignIban(msg, msg.subject.slice(0, MAX_SUBJECT), body)
    : undefined;
};

/** The checks, with their finding ids (analyze.ts gathers them). */
export const PAYOUT_CHECKS: readonly (readonly [string, Check])[] = [
  ['content.payout-details', payoutDetails],
  ['content.foreign-iban', foreignIban],
];
