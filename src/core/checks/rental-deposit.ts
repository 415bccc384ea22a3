/**
 * content.rental-deposit (fail): the absent landlord — a free mailbox answering a flat enquiry, the owner away
 * ("working in Aberdeen on an offshore contract", "no puedo mostrar el departamento, estoy fuera del país"), the deposit
 * first, the keys and contract sent by post once it is paid.
 * Attack: the listing is copied from a real one at a low rent; the "landlord" cannot show it, asks for the deposit (and
 * an ID photo) to "secure" it and promises the keys by registered post and a full refund. Nothing links anywhere: the
 * answer is the reply and the transfer.
 * Trap: a letting agent's next steps from its own domain (deposit after the viewing, keys at the office); a private
 * landlord on Gmail who shows the flat and hands the keys over at move-in; a friend abroad asking to post keys with no
 * deposit. All of a free mailbox, a deposit, the owner's absence and the keys sent are needed, in the sender's own part
 * (the quoted enquiry is the reader's). Linear: substring searches.
 */
import type { Check } from './check';
import { finding } from '../findings';
import { isFreeMail } from './free-mail';
import { ownPart } from './reply-channel';
import type { judgeRental } from './rental-deposit-judge';

/** The judging (rental-deposit-judge.ts), once loaded. */
let judge: typeof judgeRental | undefined;

/** Loads the judging (in the "money-route" chunk of the browsers); settles once the check can use it. */
export const loadRentalJudge = (): Promise<void> =>
  import(/* webpackChunkName: "money-route" */ './rental-deposit-judge').then((m) => void (judge ??= m.judgeRental));

/**
 * Forgets the judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetRentalJudge(): void {
  judge = undefined;
}

/** The deposit, in the languages judged: the cheap gate before the judging is worth fetching. */
const DEPOSIT = [
  'deposit',
  'depósito',
  'deposito',
  'fianza',
  'deposition', // sv
  'kaution', // de
  'caution', // fr
  'cauzione', // it
  'caução', // pt
  'borg', // nl
  'kaucj', // pl
];

const rentalDeposit: Check = (msg, ctx) => {
  if (!msg.from?.domain) return undefined;
  const own = ownPart(msg.bodyText.slice(0, 20_000));
  const lower = own.toLowerCase();
  // The words first: asked last, the free-mail list is fetched only for a mail naming a deposit (isFreeMail notes it).
  if (!DEPOSIT.some((w) => lower.includes(w)) || !isFreeMail(msg.from.domain, ctx)) return undefined;
  if (!judge) {
    ctx.needs.add('money-route');
    return undefined;
  }
  const evidence = judge(own);
  return evidence && finding('content.rental-deposit', 'fail', {}, evidence);
};

/** The check, with its finding id (analyze.ts gathers it). */
export const RENTAL_DEPOSIT_CHECKS: readonly (readonly [string, Check])[] = [['content.rental-deposit', rentalDeposit]];
