/**
 * content.extortion: Bitcoin extortion ("sextortion") — a Bitcoin address to pay to, with two of the script's claims:
 * the sender broke into the reader's device or recorded them (always), and will send it to their contacts or wants
 * Bitcoin within hours and will then delete it. The claims are bluffs sent by the million; there is nothing to click
 * and no brand, so no other check speaks. What is read: the subject and the first screens of the body.
 */
import type { Check } from './check';
import type { JudgeExtortion } from './extortion-judge';

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
let judge: JudgeExtortion | undefined;

/** Loads the wording (a chunk of its own in the browsers); settles once the check can read it. */
export const loadExtortionWording = (): Promise<void> =>
  import(/* webpackChunkName: "extortion" */ './extortion-judge').then((m) => {
    judge ??= m.judgeExtortion;
  });

/**
 * Forgets the wording, as a fresh pane starts without it.
 * @internal a test hook: the wording is module state
 */
export function forgetExtortionWording(): void {
  judge = undefined;
}

const MAX_BODY = 20_000;
/** Characters around a legacy address in which "bitcoin" or "BTC" must be written (it has no checksum we can test). */
const NEAR = 120;

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** Bech32 (BIP 173) and bech32m (BIP 350) checksum constants. */
const BECH32_CONSTANTS = new Set([1, 0x2bc830a3]);

/** Whether `address` (lower case, `bc1…`) carries a valid bech32 or bech32m checksum: a real segwit address. */
function validBech32(address: string): boolean {
  const sep = address.lastIndexOf('1');
  if (sep < 1 || address.length - sep < 7) return false;
  const values: number[] = [];
  for (const c of address.slice(0, sep)) values.push(c.charCodeAt(0) >> 5);
  values.push(0);
  for (const c of address.slice(0, sep)) values.push(c.charCodeAt(0) & 31);
  for (const c of address.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(c);
    if (v < 0) return false;
    values.push(v);
  }
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= generators[i]!;
  }
  return BECH32_CONSTANTS.has(chk >>> 0);
}

const BECH32 = /\bbc1[02-9ac-hj-np-z]{11,71}\b/gi;
const LEGACY = /\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b/g;
const BITCOIN_WORD = /bitcoin|btc|ビットコイン|比特币/i;

/**
 * The first Bitcoin address in `text`: a `bc1…` address with a valid checksum, or a legacy `1…`/`3…` address with
 * "bitcoin" or "BTC" written near it. Bounded patterns, one pass each.
 * @internal
 */
export function findBitcoinAddress(text: string): { start: number; end: number } | undefined {
  for (const m of text.matchAll(BECH32)) {
    if (validBech32(m[0].toLowerCase())) return { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
  for (const m of text.matchAll(LEGACY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (BITCOIN_WORD.test(text.slice(Math.max(0, start - NEAR), end + NEAR))) return { start, end };
  }
  return undefined;
}

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
  const address = findBitcoinAddress(body);
  if (!address) return undefined;
  if (!judge) {
    ctx.needs.add('extortion');
    return undefined;
  }
  return judge(msg, body, address);
};

/** Every extortion check, in report order, with its finding id (analyze.ts gathers them). */
export const EXTORTION_CHECKS: readonly (readonly [string, Check])[] = [['content.extortion', extortion]];
