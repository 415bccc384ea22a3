/**
 * content.extortion: Bitcoin extortion ("sextortion") — a Bitcoin address to pay to, with two of the script's claims:
 * the sender broke into the reader's device or recorded them (always), and will send it to their contacts or wants
 * Bitcoin within hours and will then delete it. The claims are bluffs sent by the million; there is nothing to click
 * and no brand, so no other check speaks. What is read: the subject and the first screens of the body.
 */
import type { Check } from './check';
import type { JudgeExtortion } from './extortion-judge';
import type { findBitcoinAddress } from './bitcoin-address';
import { mayHoldBitcoinAddress } from '../need-hints';

export type ExtortionFamily =
  | 'intrusion' // I hacked your device or account, installed spyware, recorded you through your camera
  | 'exposure' //  the video or your data goes to your contacts, family, colleagues, or online
  | 'demand' //   pay in Bitcoin; once paid, I delete everything
  | 'deadline'; // within 48 hours, two days

/** The claims in the order findings list them. */
export const EXTORTION_FAMILIES: readonly ExtortionFamily[] = ['intrusion', 'exposure', 'demand', 'deadline'];

/**
 * The script's wording and its judgement (extortion-judge.ts with extortion-phrases.ts, some 3 KB gzipped in nine
 * languages) are needed only by a message that holds a Bitcoin address: the browsers fetch them then (`needs:
 * ['extortion']`, ui/session.ts) and analyse again before drawing; the command line and the tools load them first.
 */
let judge: { judgeExtortion: JudgeExtortion; findBitcoinAddress: typeof findBitcoinAddress } | undefined;

/** Loads the wording and the address's checksum test (a chunk of its own in the browsers); settles once the check can read them. */
export const loadExtortionWording = (): Promise<void> =>
  Promise.all([
    import(/* webpackChunkName: "extortion" */ './extortion-judge'),
    import(/* webpackChunkName: "extortion" */ './bitcoin-address'),
  ]).then(([m, a]) => {
    judge ??= { judgeExtortion: m.judgeExtortion, findBitcoinAddress: a.findBitcoinAddress };
  });

/**
 * Forgets the wording, as a fresh pane starts without it.
 * @internal a test hook: the wording is module state
 */
export function forgetExtortionWording(): void {
  judge = undefined;
}

const MAX_BODY = 20_000;
/**
 * content.extortion (fail): a Bitcoin address, the claim of an intrusion or a recording, and a second claim of the
 * script (exposure to the reader's contacts, or the demand) — judged by extortion-judge.ts once its wording is in.
 * Attack: "I hacked your device and recorded you through your webcam. Send $1,450 in Bitcoin to my wallet
 * bc1q… within 48 hours, or the video goes to all your contacts" — no link, no brand, sent by the million.
 * Trap: a crypto newsletter's donation address, a freelancer's "please pay in BTC to my wallet" (no intrusion claimed),
 * a security vendor's article about sextortion quoting one claim: an address without the intrusion claim and a second
 * one, or claims with no address to pay, say nothing.
 */
const extortion: Check = (msg, ctx) => {
  const body = msg.bodyText.slice(0, MAX_BODY);
  if (!mayHoldBitcoinAddress(body)) return undefined;
  if (!judge) {
    ctx.needs.add('extortion');
    return undefined;
  }
  const address = judge.findBitcoinAddress(body);
  return address && judge.judgeExtortion(msg, body, address);
};

/** Every extortion check, in report order, with its finding id (analyze.ts gathers them). */
export const EXTORTION_CHECKS: readonly (readonly [string, Check])[] = [['content.extortion', extortion]];
