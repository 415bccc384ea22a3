/**
 * content.disguised-text: the sender's display name or the subject hides its letters — invisible characters inside
 * a word (`Pay\u200bPal`), styled letters (`𝐏𝐚𝐲𝐏𝐚𝐥`, `ᴘᴀʏᴘᴀʟ`, `🅿🅰🆈`), letters spaced apart (`P a y P a l`,
 * `三 井 住 友 カ ー ド`), Cyrillic/Greek look-alikes among Latin letters (`Аmazon`). The brand and lure matchers read
 * through all of these; this says that someone went to the trouble, which legitimate senders do not.
 * Attack: the disguise defeats the recipient's filters while the reader still sees the brand.
 * Trap: full-width Latin is ordinary typing in Japanese mail (`【ＫＡＧＯＹＡ】`); an emoji's variation selector, a
 * kanji's (異体字 in a name) and joiners in Arabic or Indic words are genuine; an all-Cyrillic name is Russian.
 * Bodies are not judged: soft hyphens in long German words are genuine there.
 */
import type { Check } from './check';
import { JAPANESE, mayHideLetters } from '../need-hints';
import type { judgeDisguise } from './disguise-judge';

/** The judging (disguise-judge.ts), once loaded. */
let judge: typeof judgeDisguise | undefined;

/** Loads the judging (a chunk of its own in the browsers); settles once the check can use it. */
export const loadDisguiseJudge = (): Promise<void> =>
  import(/* webpackChunkName: "disguise" */ './disguise-judge').then((m) => void (judge ??= m.judgeDisguise));

/**
 * Forgets the judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetDisguiseJudge(): void {
  judge = undefined;
}

/** A name or subject is read up to here. */
const MAX_INPUT = 1024;

/**
 * The gate (core/need-hints.ts, which also asks for the judging before a first analysis) and the judging: a name and
 * subject the gate passes over hide nothing the judging would find.
 */
const disguisedText: Check = (msg, ctx) => {
  const name = (msg.from?.name ?? '').slice(0, MAX_INPUT);
  const subject = (msg.subject ?? '').slice(0, MAX_INPUT);
  const japanese = JAPANESE.test(name + subject);
  if (!mayHideLetters(name, japanese) && !mayHideLetters(subject, japanese)) return undefined;
  if (!judge) {
    ctx.needs.add('disguise');
    return undefined;
  }
  return judge(msg, ctx, name, subject);
};

/** The disguise check, with its finding id (analyze.ts gathers it). */
export const DISGUISE_CHECKS: readonly (readonly [string, Check])[] = [['content.disguised-text', disguisedText]];
