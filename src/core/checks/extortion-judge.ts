/**
 * The extortion check's judgement (checks/extortion.ts decides when it is needed): the script's claims in the subject
 * and body, and the finding when the intrusion claim and a second one stand beside the Bitcoin address. A chunk of its
 * own in the browsers, with its wording (extortion-phrases.ts): only a message holding an address loads it.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { finding, type CatalogueFinding } from '../findings';
import { bodyEvidence, phraseEvidence, phraseFinder } from './lure-matcher';
import { EXTORTION_FAMILIES, type ExtortionFamily } from './extortion';
import { EXTORTION_PHRASES } from './extortion-phrases';

const MAX_SUBJECT = 2_000;
const findWording = phraseFinder(EXTORTION_FAMILIES, EXTORTION_PHRASES);

export type JudgeExtortion = (
  msg: ParsedMessage,
  body: string,
  address: { start: number; end: number },
) => CatalogueFinding | undefined;

/** The claims the message makes, each with its first evidence (subject first, then body). */
function claims(msg: ParsedMessage, body: string): Map<ExtortionFamily, Evidence> {
  const found = new Map<ExtortionFamily, Evidence>();
  for (const [header, text] of [
    ['Subject', msg.subject.slice(0, MAX_SUBJECT)],
    ['Body', body],
  ] as const) {
    for (const hit of findWording(text, new Set(found.keys())))
      found.set(hit.family, phraseEvidence(header, text, hit));
  }
  return found;
}

/** The finding for a message holding a Bitcoin address (`body` is the part read, `address` where it stands). */
export const judgeExtortion: JudgeExtortion = (msg, body, address) => {
  const told = claims(msg, body);
  // The bluff that makes it extortion: without "I broke in / recorded you", a Bitcoin request is a payment request.
  // With it, the threat to the reader's contacts, or the demand on a clock ("within 48 hours"): a newsletter that
  // discusses the script beside its own donation address ("support us at our bitcoin address") has the demand's words
  // but no deadline and no threat.
  if (!told.has('intrusion') || !(told.has('exposure') || (told.has('demand') && told.has('deadline'))))
    return undefined;
  // The claims told (the deadline only gates: it is no claim of its own).
  const families = EXTORTION_FAMILIES.filter((f) => f !== 'deadline' && told.has(f));
  const wallet = bodyEvidence(body, { start: address.start, text: body.slice(address.start, address.end) });
  return finding('content.extortion', 'fail', { count: families.length }, [
    ...families.map((f) => told.get(f)!),
    wallet,
  ]);
};
