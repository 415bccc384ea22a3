/**
 * The judging of content.disguised-text (checks/disguise.ts says what it catches and what it leaves alone): where a
 * display name or subject hides its letters. A chunk of its own in the task pane, fetched only for a name or subject
 * that passes the gate of core/need-hints.ts `mayHideLetters` (a few per cent of mail); everywhere else it is loaded
 * with the other checks' data.
 */
import { finding, type CatalogueFinding } from '../findings';
import { findClaimedBrands, isBrandDomain, plainReading } from '../brands/lookup';
import { confusableToLatin } from '../brands/lookalike';
import { isHiddenCode, plainLetter, spacedRun } from '../disguise';
import type { CheckContext } from './check';
import type { ParsedMessage } from '../types';
import { JAPANESE, SPACED_RUN } from '../need-hints';

const LETTER = /[\p{L}\p{Nd}]/u;
/** Letters of scripts whose words never carry a joiner: a hidden character inside one was put there (Arabic, Indic
 * words need their joiners). */
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\d\u3040-\u30ff\u3400-\u9fff\uff61-\uff9f]/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK_CYRILLIC = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
const ASCII_LETTER = /^[A-Za-z]$/;

/**
 * A letter drawn in a style that stands for a plain one: what NFKC folds to one ASCII letter (mathematical,
 * circled, squared, full-width — not full-width in Japanese mail, where it is ordinary typing) and small capitals.
 * Below U+2000 only ordinals (ª) fold, which are genuine.
 */
function isStyled(ch: string, cp: number, japanese: boolean): boolean {
  if (plainLetter(cp)) return true;
  return cp >= 0x2000 && !(japanese && cp >= 0xff00 && cp < 0xff60) && ASCII_LETTER.test(ch.normalize('NFKC'));
}

type DisguiseKind = 'hidden' | 'styled' | 'spaced' | 'mixed-script';

interface Disguise {
  kind: DisguiseKind;
  /** The disguised part of the text as written (a substring of it). */
  text: string;
}

/** A word this long may carry soft hyphens for line breaking. */
const LONG_WORD = 12;
/** Styled letters that make a disguise: one ⓘ or 𝐍 is decoration. */
const STYLED_LETTERS = 3;

/**
 * Where a display name or subject hides letters, the first disguise found, or undefined. `japanese`: the mail is
 * written in Japanese, where full-width Latin (`【ＫＡＧＯＹＡ】`) is ordinary typing, not a disguise.
 * Not for bodies: soft hyphens in long words are genuine there. Linear in the text (capped by the caller).
 */
/** @internal */
export function findDisguise(text: string, japanese: boolean): Disguise | undefined {
  const cps = Array.from(text);
  const slice = (from: number, to: number) => cps.slice(from, to).join('');
  const visible = (i: number) => !isHiddenCode(cps[i]!.codePointAt(0)!);
  const wordChar = (i: number) => WORD.test(cps[i] ?? '');

  let before = -1; // the last visible character
  let longUntil = -1; // the end of a long word already found to carry only soft hyphens
  let styled = 0;
  let styledFrom = -1;
  let styledTo = -1;
  let wordFrom = 0;
  let latin = false;
  let foreign = false;
  for (let i = 0; i <= cps.length; i++) {
    const ch = cps[i] ?? ' ';
    const cp = ch.codePointAt(0)!;
    if (isHiddenCode(cp)) {
      // A run of hidden characters, looked at once: a disguise when it sits between two letters of a word.
      let after = i;
      let put = false;
      let soft = false;
      for (; after < cps.length && !visible(after); after++) {
        const code = cps[after]!.codePointAt(0)!;
        // A variation selector after a kanji or an emoji picks its glyph (異体字 in names); after Latin, nothing.
        const selector = (code >= 0xfe00 && code <= 0xfe0f) || code >= 0xe0100;
        if (code === 0xad) soft = true;
        else if (!selector || LATIN.test(cps[before] ?? '')) put = true;
      }
      if (wordChar(before) && wordChar(after) && (put || (soft && i >= longUntil))) {
        let s = before;
        let e = after;
        while (s > 0 && LETTER.test(cps[s - 1]!)) s--;
        while (e < cps.length && (LETTER.test(cps[e]!) || !visible(e))) e++;
        // A soft hyphen marks where a long word may break (`Datenschutz\u00adgrundverordnung`): typeset, not hidden.
        if (put || e - s < LONG_WORD) return { kind: 'hidden', text: slice(s, e) };
        longUntil = e;
      }
      i = after - 1;
      continue;
    }
    before = i;
    if (isStyled(ch, cp, japanese)) {
      if (styled++ === 0) styledFrom = i;
      styledTo = i + 1;
    }
    // A word mixing Latin letters with Cyrillic/Greek look-alikes (`Аmazon`); all-Cyrillic names are Russian.
    if (LETTER.test(ch)) {
      if (LATIN.test(ch)) latin = true;
      else if (GREEK_CYRILLIC.test(ch) && confusableToLatin(ch)) foreign = true;
    } else {
      if (latin && foreign) return { kind: 'mixed-script', text: slice(wordFrom, i) };
      wordFrom = i + 1;
      latin = foreign = false;
    }
  }
  const spaced = spacedRun(cps, SPACED_RUN);
  if (spaced) return { kind: 'spaced', text: slice(spaced.from, spaced.to) };
  if (styled >= STYLED_LETTERS) return { kind: 'styled', text: slice(styledFrom, styledTo) };
  return undefined;
}

/** A reading is shown up to here. */
const MAX_READING = 120;

/** The check, for a name and subject (cut as checks/disguise.ts cuts them) that pass the gate. */
export const judgeDisguise = (
  msg: ParsedMessage,
  ctx: CheckContext,
  name: string,
  subject: string,
): CatalogueFinding | undefined => {
  const from = msg.from;
  const japanese = JAPANESE.test(name + subject);
  const claims = findClaimedBrands(ctx.brands, name);
  // An all-Cyrillic word that spells a brand (`РауРаӏ`) is no Russian name.
  const lookalike = claims.find((m) => m.confusable);
  const inName = findDisguise(name, japanese) ?? (lookalike && { kind: 'mixed-script', text: lookalike.text });
  // A disguised name fails when it claims a brand the sender is not confirmed to be.
  const own = ctx.dmarc === 'pass' && claims.some((m) => isBrandDomain(m.brand, from?.domain ?? ''));
  if (inName) return report(inName, 'From', `${name} <${from?.address}>`, claims.length && !own ? 'fail' : 'warn');
  const inSubject = findDisguise(subject, japanese);
  if (inSubject) return report(inSubject, 'Subject', subject, 'warn');
};

/** Evidence: the decoded value (an encoded-word header would not show the disguise), the disguised part lit. */
function report(disguise: Disguise, header: 'From' | 'Subject', value: string, status: 'fail' | 'warn') {
  return finding(
    'content.disguised-text',
    status,
    {
      reading: Array.from(plainReading(disguise.text)).slice(0, MAX_READING).join(''),
      how: { key: `content.disguise.${disguise.kind}` },
    },
    [{ header, value, highlight: disguise.text, author: 'sender' }],
    header === 'From' ? 'content.disguised-text.name' : 'content.disguised-text.subject',
  );
}
