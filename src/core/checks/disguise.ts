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
import { finding } from '../findings';
import { findClaimedBrands, isBrandDomain, plainReading } from '../brands/lookup';
import { findDisguise, writtenInJapanese, type Disguise } from '../disguise';
import type { Check } from './check';
import { cutText } from '../text';

/** A name or subject is read up to here, and its reading shown up to MAX_READING. */
const MAX_INPUT = 1024;
const MAX_READING = 120;

const disguisedText: Check = (msg, ctx) => {
  const from = msg.from;
  const name = (from?.name ?? '').slice(0, MAX_INPUT);
  const subject = (msg.subject ?? '').slice(0, MAX_INPUT);
  const japanese = writtenInJapanese(name + subject);
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
    { reading: cutText(plainReading(disguise.text), MAX_READING), how: { key: `content.disguise.${disguise.kind}` } },
    [{ header, value, highlight: disguise.text, author: 'sender' }],
    header === 'From' ? 'content.disguised-text.name' : 'content.disguised-text.subject',
  );
}

export const DISGUISE_CHECKS: readonly (readonly [string, Check])[] = [['content.disguised-text', disguisedText]];
