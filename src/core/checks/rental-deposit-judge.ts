/**
 * The judging of content.rental-deposit (rental-deposit.ts): the absent owner's words and the keys sent before any
 * viewing, in English and Spanish, and Swedish, German, French, Italian, Portuguese, Dutch and Polish. In the "money-route" chunk (check-data.ts), fetched only for a free mailbox's mail
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
  // sv de fr it pt nl pl (set21 p-sv-01: "Jag bor för närvarande i Edinburgh … kan jag inte visa lägenheten
  // personligen"; the same script on Blocket, ImmoScout, Leboncoin, Idealista, Subito, OLX, Funda, Otodom)
  'kan inte visa',
  'bor for narvarande i',
  '{bor|arbetar|befinner mig} utomlands',
  '{kann die wohnung nicht|kann ihnen die wohnung nicht}',
  '{bin|lebe|arbeite|bin beruflich|bin derzeit} im ausland',
  'ne peux pas vous faire visiter',
  "{je suis|je vis|je travaille|actuellement} {a l'etranger|a l’etranger}",
  '{non posso mostrare|non posso farle vedere|non posso farti vedere}',
  "{mi trovo|vivo|lavoro} {all'estero|all’estero}",
  '{nao posso mostrar|estou fora do pais|no estrangeiro}',
  '{estou|moro|trabalho} no exterior',
  '{kan de woning niet laten zien|kan het appartement niet laten zien}',
  '{woon|werk|verblijf} in het buitenland',
  '{nie moge pokazac|jestem za granica|mieszkam za granica|pracuje za granica}',
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
  // sv de fr it pt nl pl
  '{nycklarna och kontraktet|skicka nycklarna|nycklarna med post|nycklarna per post|har fatt nycklarna}',
  '{schlussel per post|schlussel und den mietvertrag|schlussel zusenden|schicke ihnen die schlussel}',
  '{les cles par la poste|envoyer les cles|les cles et le contrat|vous envoyer les cles}',
  '{le chiavi per posta|inviare le chiavi|spedire le chiavi|le chiavi e il contratto}',
  '{enviar as chaves|as chaves pelo correio|as chaves e o contrato}',
  '{de sleutels per post|sleutels opsturen|de sleutels en het contract}',
  '{klucze poczta|wysle klucze|klucze i umowe}',
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
  // The platform said to hold the money until the keys come (set21 p-sv-01: "Du betalar första månadens hyra +
  // deposition till Airbnb, som håller pengarna tills du har fått nycklarna"): no booking platform lets a flat so.
  '{holds|hold|will hold|keeps} the {money|payment|deposit|funds} until',
  'haller pengarna tills',
  '{behalt|halt} das geld bis',
  "{garde|conserve} l'argent jusqu",
  '{retiene|guarda} el dinero hasta',
  '{retem|guarda} o dinheiro ate',
  '{trattiene il denaro|trattiene i soldi} fino',
  'houdt het geld vast tot',
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
