/**
 * The judging of content.rental-deposit (rental-deposit.ts): the absent owner's words and the keys sent before any
 * viewing, in English and Spanish. In the "money-route" chunk (check-data.ts), fetched only for a free mailbox's mail
 * that names a deposit, so the task pane pays nothing for the phrases up front.
 */
import type { Evidence } from '../report';
import { phraseEvidence, phraseFinder } from './lure-matcher';

/** Characters read: the scam fits one screen above the quoted enquiry. */
const MAX_TEXT = 10_000;

/**
 * The owner who cannot show the place: away, abroad, offshore (lure-matcher.ts reads them: from a word's start, accents
 * and case folded).
 */
const ABSENT = [
  'not able to show',
  'unable to show',
  'cannot show',
  "can{'|’}t show",
  'not able to meet',
  'out of the country',
  'working abroad',
  'currently abroad',
  'living abroad',
  'offshore contract',
  'on a mission abroad',
  'no puedo mostrar',
  'no puedo ensenar',
  'fuera del pais',
  'en el extranjero',
  'no me encuentro en',
];

/** The keys (and the contract) sent by post or courier once the deposit is paid, before anyone has seen the place. */
const KEYS_SENT = [
  'post the keys',
  'post you the keys',
  'send you the keys',
  'send the keys',
  'mail you the keys',
  'courier the keys',
  'keys by post',
  'keys by courier',
  'keys by registered',
  'keys and the contract',
  'enviare las llaves',
  'le enviare las llaves',
  'te enviare las llaves',
  'enviarle las llaves',
  'llaves por paqueteria',
  'llaves por correo',
  'las llaves y el contrato',
];

/**
 * Or the money first, before anyone has seen the place: a "holding deposit" to arrange the viewing, which a property
 * manager (who has the keys) will give once it is paid (set28's Canadian e-Transfer variant).
 */
const PAY_FIRST = [
  'holding deposit',
  'to hold the unit',
  'to hold the apartment',
  'to hold the flat',
  'to hold the house',
  'to hold the property',
  'to secure the unit',
  'to secure the apartment',
  'to secure the flat',
  'before the viewing',
  'to arrange the viewing',
  'shown as soon as',
  'para apartar el departamento',
  'para reservar el departamento',
  'antes de la visita',
];

const findWording = phraseFinder(['absent', 'keys-sent', 'pay-first'] as const, {
  absent: ABSENT,
  'keys-sent': KEYS_SENT,
  'pay-first': PAY_FIRST,
});

/**
 * The owner's absence and the keys sent (or the money asked before any viewing), when the sender's own part of the body
 * says both; else undefined.
 */
export function judgeRental(own: string): Evidence[] | undefined {
  const text = own.slice(0, MAX_TEXT);
  const [absent, keys] = findWording(text);
  return absent?.family === 'absent' && keys
    ? [absent, keys].map((hit) => phraseEvidence('Body', text, hit))
    : undefined;
}
