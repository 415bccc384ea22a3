/**
 * A lure phrase inside a safety disclaimer is no pressure (issue #16): genuine notices of banks, airlines and shops
 * say "We'll never ask you to confirm your password or payment details by email", 「メールでカード情報の入力をお願い
 * することはありません」, „Wir werden Sie niemals auffordern, Ihr Passwort zu bestätigen“ — the ask inside such a
 * sentence is the sender warning against the lure, not making it. A chunk of its own in the browsers, asked for only
 * once a message holds two lure families (content.ts, need `disclaimer`).
 * Trap: a phish copies the bank's disclaimer into its footer and keeps its own lure, so a disclaimed hit is replaced by
 * the next hit of its family, not dropped with it; and "if you do not verify, your account will be suspended" is a
 * threat — a condition before the negation, or no ask verb beside it, keeps the hit.
 * Linear: each judgement reads a bounded stretch of the hit's own sentence, word by word, no regex over the text.
 */
import type { LureFamily } from './lure-phrases';
import { findLures, type PhraseFinder, type PhraseHit } from './lure-matcher';
// The one-family mail-account notice's judging travels in this chunk (content.ts loads both at once).
export { accountNotice, signedNotice } from './lure-notice';

/** Characters read before a hit, back to its sentence's start; and after it (a Japanese sentence ends in its verb). */
const BEFORE = 80;
const AFTER = 40;
/** How many words may stand between the negation and the ask ("will never ask", „fragen Sie niemals“). */
const NEAR = 3;
/** How many hits of one family are judged before the next is counted as found (a bound on rescanning the text). */
const MAX_TRIES = 3;

const SENTENCE_END = new Set(['.', '!', '?', ';', ':', '。', '！', '？', '|']);

/** Words that deny an ask: en, de, fr, es, pt, it, nl (accents folded, apostrophes kept). */
const NEGATIONS = new Set(
  (
    "never not won't wont don't dont doesn't nobody " +
    'niemals nie nicht keinesfalls ' +
    "jamais ne n' pas " +
    'nunca jamas no ' +
    'jamais nao ' +
    'mai non ' +
    'nooit niet nimmer'
  ).split(' '),
);

/**
 * Beginnings of the verbs of asking and handing over, in the same languages: "ask", "request", "share"; „fragen“,
 * „auffordern“, „weitergeben“; « demander », « communiquer »; „pedir“, „solicitar“, „compartir“; „chiedere“,
 * „condividere“; „vragen“, „delen“. A beginning, so every form of the verb counts.
 */
const ASK_VERBS = (
  'ask request share disclose reveal send email e-mail require ' +
  'frag bitten bittet aufford fordern verlang anford weiterge teil mitteil preisg ' +
  'demand communiqu partag sollicit transmet divulg envo ' +
  'pedi pede solicit compart enviar enviaremos requer proporcion revel compartilh forne ' +
  'chied richied condivid comunic inviare invieremo forni ' +
  'vrag vraag deel delen verzoek stuur sturen geef geven'
).split(' ');

/** Words that make the sentence a condition ("if you do not verify …"): a threat, never a disclaimer. */
const CONDITIONS = new Set(
  'if unless otherwise failure wenn falls sonst si sinon faute caso senao altrimenti als indien anders'.split(' '),
);

/** Words that make the ask a noun ("don't ignore this request"), not the sender's verb. */
const DETERMINERS = new Set('this that the our these a an'.split(' '));

/** Japanese: a polite ask (お尋ね, お願い, 求め …) ending in a denial (ません, ございません, ないでください). */
const JA_ASKS = ['尋ね', '伺い', '聞き', 'お願い', '求め', '要求', '依頼', '問い合わせ', '教え', '送信を'];
const JA_DENIALS = ['ません', 'ございません', 'ないでください', 'ないで下さい', '決して', '一切'];
const JA_CONDITION = '場合';

/**
 * The lure hits of one text with each disclaimed one replaced by the next hit of its family in that text (or dropped
 * when there is none).
 */
export function keptLures(hits: readonly PhraseHit<LureFamily>[]): PhraseHit<LureFamily>[] {
  const kept: PhraseHit<LureFamily>[] = [];
  for (const first of hits) {
    const hit = keptHit(first, findLures);
    if (hit) kept.push(hit);
  }
  return kept;
}

/**
 * The hit, or, when it stands inside a disclaimer, the next hit of its family that does not (or none): for another
 * check's wording too (no-link.ts: "NZ Red Cross will never ask you to donate in cryptocurrency or gift cards").
 */
export function keptHit<F extends string>(first: PhraseHit<F>, find: PhraseFinder<F>): PhraseHit<F> | undefined {
  let hit: PhraseHit<F> | undefined = first;
  for (let tries = 0; hit && disclaimed(hit.display, hit.start, hit.end); tries++)
    hit = tries < MAX_TRIES ? nextHit(hit, find) : undefined;
  return hit;
}

/** The next hit of the hit's family after it, in the same display text (from the next word on). */
function nextHit<F extends string>(hit: PhraseHit<F>, find: PhraseFinder<F>): PhraseHit<F> | undefined {
  const space = hit.display.indexOf(' ', hit.end);
  if (space < 0) return undefined;
  const rest = hit.display.slice(space);
  // The display form of a display form is itself (displayForm is idempotent): positions carry over.
  const next = find(rest).find((h) => h.family === hit.family);
  if (!next) return undefined;
  return next.display === rest
    ? { family: hit.family, display: hit.display, start: space + next.start, end: space + next.end }
    : next;
}

/**
 * Whether the hit stands inside a negated ask of its own sentence: a denial beside a verb of asking before the hit (or
 * the hit itself the ask: "will never request your password"), with no condition before them; in Japanese, the ask
 * and its denial after the hit.
 * @internal exported for its tests
 */
export function disclaimed(display: string, start: number, end: number): boolean {
  let from = Math.max(0, start - BEFORE);
  for (let i = start - 1; i >= from; i--)
    if (SENTENCE_END.has(display[i]!)) {
      from = i + 1;
      break;
    }
  return deniedAsk(words(display.slice(from, end))) || japaneseDenial(display, end);
}

/** The words of a span, lower case, accents folded, apostrophes and inner hyphens kept. */
function words(span: string): string[] {
  const folded = span.normalize('NFD').toLowerCase();
  const out: string[] = [];
  let word = '';
  for (const ch of folded) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    const letter = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (letter || (word && (ch === "'" || ch === '’' || ch === '-'))) word += ch === '’' ? "'" : ch;
    else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  // French elision: « n'avons », « ne » as a word of its own.
  return out.flatMap((w) => (w.startsWith("n'") && w.length > 2 ? ["n'", w.slice(2)] : [w]));
}

function isAsk(word: string): boolean {
  return ASK_VERBS.some((verb) => word.startsWith(verb));
}

/** A negation within NEAR words of an ask (either order), no determiner between, and no condition before either. */
function deniedAsk(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    if (CONDITIONS.has(ws[i]!)) return false;
    if (!NEGATIONS.has(ws[i]!)) continue;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(ws.length - 1, i + NEAR); j++) {
      if (j === i || !isAsk(ws[j]!)) continue;
      const [a, b] = j < i ? [j, i] : [i, j];
      if (!ws.slice(a + 1, b).some((w) => DETERMINERS.has(w))) return true;
    }
  }
  return false;
}

/** Japanese: after the hit, in its sentence, an ask and then its denial, with no 場合 (a condition) before them. */
function japaneseDenial(display: string, end: number): boolean {
  let tail = display.slice(end, end + AFTER);
  for (let i = 0; i < tail.length; i++)
    if (SENTENCE_END.has(tail[i]!)) {
      tail = tail.slice(0, i);
      break;
    }
  const ask = Math.max(...JA_ASKS.map((a) => tail.indexOf(a)));
  if (ask < 0) return false;
  const condition = tail.indexOf(JA_CONDITION);
  if (condition >= 0 && condition < ask) return false;
  return JA_DENIALS.some((d) => tail.indexOf(d, ask) >= 0);
}
