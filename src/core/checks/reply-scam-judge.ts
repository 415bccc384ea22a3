/**
 * Five scams with nothing to click but a reply, a phone number or a payment, judged by their story (pretext.ts names
 * the attacks and the traps; reply-scam-phrases.ts has the wording). In the "disclaimer" chunk with the other
 * pretexts (pretext-judge.ts asks). Each is a fail (likely phishing): the story itself is the fraud, and no
 * accountable sender tells it so. A hit in a sentence that warns about the scheme or denies it (warning-context.ts) is
 * not counted: the authorities' and employers' own warnings quote these very words.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { finding } from '../findings';
import { phraseEvidence, phraseFinder } from './lure-matcher';
import { REPLY_SCAM_FAMILIES, REPLY_SCAM_PHRASES, type ReplyScamFamily } from './reply-scam-phrases';
import { firstUnwarned } from './warning-context';
import { isFreeMail } from './free-mail';
import { replyChannel } from './reply-channel';

const find = phraseFinder(REPLY_SCAM_FAMILIES, REPLY_SCAM_PHRASES);

/** A government's own label in the suffix (`.gouv.fr`, `.go.jp`, `.gov.uk`): a court or police force writes so. */
const GOVERNMENT = /\.(?:gov|go|lg|gouv|gob|gv|govt|gc|police|mil)\.|\.(?:gov|mil)$/;

/**
 * What an employer writes when it, not the candidate, pays ("the company bears the visa fee", "at no cost to you",
 * 「会社負担」, «تتحمل الشركة»): the fee's sentence is then no fee asked.
 */
const EMPLOYER_PAYS =
  /\b(?:cover|covers|covered|bear|bears|borne)\b|paid by the company|reimbursed by the company|the company (?:will )?pays?|we (?:will )?pay|at no cost|free of charge|pris en charge|charge de l.employeur|a cargo de la empresa|por conta da empresa|übernimmt|übernommen|会社負担|公司承担|公司負擔|تتحمل الشركة|على نفقة الشركة|за сч[её]т компании/iu;

/** The parts each story needs (the judges below): the summons, the lawsuit, the prize, the job, the directory. */
const STORIES: readonly (readonly ReplyScamFamily[])[] = [
  ['crime', 'summons'],
  ['suit', 'withdraw', 'seize'],
  ['won', 'wonfee'],
  ['offer', 'jobfee'],
  ['listing', 'update', 'signform'],
];

/** Each wanted family's first hit outside a warning, subject first, then body. */
function wording(subject: string, body: string): Map<ReplyScamFamily, Evidence> {
  const said = new Map<ReplyScamFamily, Evidence>();
  const present = new Set([...find(subject), ...find(body)].map((h) => h.family));
  // Only a story whose every part is there is read again, hit by hit (most mail tells none; issue #19).
  const told = STORIES.filter((story) => story.every((f) => present.has(f))).flat();
  for (const family of new Set(told)) {
    const deny = family === 'jobfee' ? EMPLOYER_PAYS : undefined;
    const inSubject = firstUnwarned(find, REPLY_SCAM_FAMILIES, subject, family, deny);
    if (inSubject) said.set(family, phraseEvidence('Subject', subject, inSubject));
    else {
      const inBody = firstUnwarned(find, REPLY_SCAM_FAMILIES, body, family, deny);
      if (inBody) said.set(family, phraseEvidence('Body', '', inBody));
    }
  }
  return said;
}

/**
 * The fake police or prosecutor's summons for child abuse material or a sex-offence file, from a free mailbox or
 * answered at one (pretext.ts: police summons). A police force writes from its own domain, and a summons comes by
 * post or in person.
 */
function policeSummons(msg: ParsedMessage, ctx: CheckContext, said: Map<ReplyScamFamily, Evidence>) {
  const crime = said.get('crime');
  const summons = said.get('summons');
  if (!crime || !summons || !msg.from) return undefined;
  const channel = replyChannel(msg, ctx);
  const free: Evidence | undefined = isFreeMail(msg.from.domain, ctx)
    ? { header: 'From', value: msg.from.address, highlight: msg.from.domain, author: 'sender' }
    : channel?.toFreeMail
      ? channel.evidence
      : undefined;
  return free && finding('content.pretext', 'fail', {}, [summons, crime, free], 'content.pretext.police-summons');
}

/**
 * The fake civil-lawsuit notice (架空請求): a suit "filed", to be withdrawn by calling before a deadline, with wages
 * seized or the family and employer told (pretext.ts: fake lawsuit). Courts serve by post and never by a call centre;
 * not from a government's own domain.
 */
function fakeLawsuit(msg: ParsedMessage, said: Map<ReplyScamFamily, Evidence>) {
  const suit = said.get('suit');
  const withdraw = said.get('withdraw');
  const seize = said.get('seize');
  if (!suit || !withdraw || !seize || GOVERNMENT.test(msg.from?.domain ?? '')) return undefined;
  return finding('content.pretext', 'fail', {}, [suit, withdraw, seize], 'content.pretext.fake-lawsuit');
}

/** A prize or winning ticket paid out once a fee or commission is paid (pretext.ts: prize fee). */
function prizeFee(said: Map<ReplyScamFamily, Evidence>) {
  const won = said.get('won');
  const fee = said.get('wonfee');
  return won && fee && finding('content.pretext', 'fail', {}, [won, fee], 'content.pretext.prize-fee');
}

/** A job offer whose candidate pays the visa, permit or processing fee (pretext.ts: job fee). */
function jobFee(said: Map<ReplyScamFamily, Evidence>) {
  const offer = said.get('offer');
  const fee = said.get('jobfee');
  return offer && fee && finding('content.pretext', 'fail', {}, [offer, fee], 'content.pretext.job-fee');
}

/**
 * The directory's "data update" form that is a paid contract (pretext.ts: directory form): the company's listing in a
 * directory or register, its data to check, a form to sign and return. Not from a government's own domain (a
 * register's own data check is online); nothing said of a price is needed, since the letter hides it in the form.
 */
function directoryForm(msg: ParsedMessage, said: Map<ReplyScamFamily, Evidence>) {
  const listing = said.get('listing');
  const update = said.get('update');
  const sign = said.get('signform');
  if (!listing || !update || !sign || GOVERNMENT.test(msg.from?.domain ?? '')) return undefined;
  return finding('content.pretext', 'fail', {}, [listing, update, sign], 'content.pretext.directory-form');
}

/** The first of the five the message tells. */
export function replyScam(msg: ParsedMessage, ctx: CheckContext, subject: string, body: string) {
  const said = wording(subject, body);
  if (!said.size) return undefined;
  return (
    policeSummons(msg, ctx, said) ??
    fakeLawsuit(msg, said) ??
    prizeFee(said) ??
    jobFee(said) ??
    directoryForm(msg, said)
  );
}
