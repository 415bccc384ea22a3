/**
 * The task scam and the payee's changed bank account: their wording (money-route-phrases.ts) and judgement. Loaded by
 * no-link.ts only for a message that names a messenger or a bank account (a chunk of its own in the browsers,
 * `needs: ['money-route']`); the subject and body come cut to the no-link checks' caps.
 */
import type { Evidence } from '../report';
import type { Link, ParsedMessage } from '../types';
import { finding } from '../findings';
import { firstHeader } from '../parse/headers';
import type { CheckContext } from './check';
import { isFreeMail } from './free-mail';
import { bodyEvidence, phraseEvidence, phraseFinder } from './lure-matcher';
import { headerMark } from './header-mark';
import { domainCountry, writtenIbans, type WrittenIban } from './iban';
import { MONEY_ROUTE_FAMILIES, MONEY_ROUTE_PHRASES, type MoneyRouteFamily } from './money-route-phrases';
import { ownPart, replyChannel } from './reply-channel';
import { BEC_FAMILIES, BEC_PHRASES } from './bec-phrases';
import { LATE_ADVANCE_FEE_FAMILIES, LATE_ADVANCE_FEE_PHRASES } from './advance-fee-late-phrases';
import type { AdvanceFeeFamily } from './advance-fee-phrases';
import type { FirstNoLinkFamily } from './no-link-phrases';
import { wording as noLinkWording } from './no-link-wording';

const find = phraseFinder(MONEY_ROUTE_FAMILIES, MONEY_ROUTE_PHRASES);

/** The first hit of each wanted family, subject first, then body. */
function wording(subject: string, body: string, wanted: readonly MoneyRouteFamily[]): Map<MoneyRouteFamily, Evidence> {
  const skip = new Set(MONEY_ROUTE_FAMILIES.filter((f) => !wanted.includes(f)));
  const found = new Map<MoneyRouteFamily, Evidence>();
  for (const hit of find(subject, skip)) found.set(hit.family, phraseEvidence('Subject', subject, hit));
  for (const hit of find(body, new Set([...skip, ...found.keys()]))) {
    found.set(hit.family, phraseEvidence('Body', '', hit));
  }
  return found;
}

/**
 * content.job-messenger: easy money by the day or by the task ("daily salary Rs 3,000", "commission per task"), or an
 * investment group's returns ("VIP stock group", "guaranteed returns", "กลุ่มหุ้น VIP", "доходность гарантирована"),
 * or a job whose recruit pays first ("biaya akomodasi tes … dapat dikembalikan", "refundable training fee": its own
 * message key, `.fee`; the investment group's, `.returns`), and the talk moved to WhatsApp,
 * Telegram or LINE (a wa.me or t.me link, "contact our HR on WhatsApp"). From a free mailbox, or
 * with replies diverted to one, or for work no job is (minutes a day on a phone, pay in USDT): fail; else, from an
 * organisation's domain: warn (a staffing agency's same-day-pay shifts).
 * Attack: the task scam ("like and review" jobs, order brushing) — small payouts first, then the "tasks" need the
 * recruit's own deposits; the mail is only the hook, the fraud happens in the chat where no filter reads along.
 * Trap: a genuine recruiter states pay by the hour, month or year and keeps the talk in mail or on its own site; a
 * friend's "message me on WhatsApp" names no pay; an employer's "daily pay" shift work names no messenger. Both signs
 * are needed, and an organisation that answers for its domain only gets a warning.
 */
export function judgeJob(msg: ParsedMessage, ctx: CheckContext, chat: Link | undefined, subject: string, body: string) {
  const said = wording(subject, body, ['wage', 'easy', 'jobfee', 'returns', 'caution', 'messenger']);
  // The investment group's promise stands in for the wage; not in a warning about such groups (a regulator's).
  const returns = said.has('caution') ? undefined : said.get('returns');
  // A fee the recruit is to pay stands in for it too: the job that costs money before it pays any.
  const fee = said.get('wage') || returns ? undefined : said.get('jobfee');
  const wage = said.get('wage') ?? returns ?? fee;
  const messenger: Evidence | undefined = chat ? { url: chat.href, author: 'sender' } : said.get('messenger');
  const domain = msg.from?.domain;
  if (!wage || !messenger || !domain) return undefined;
  const channel = replyChannel(msg, ctx);
  const unanswered = isFreeMail(domain, ctx) || (channel?.kind === 'diverted' && channel.toFreeMail);
  // Minutes a day on a phone, or pay in a stablecoin, is no job any organisation offers: the script whoever sends it.
  const easy = said.get('easy');
  const evidence = [wage, ...(easy ? [easy] : []), messenger];
  const status = unanswered || easy ? 'fail' : 'warn';
  // The promise said is the one the message names: a recruit's fee, an investment group's returns, or the wage.
  const id = 'content.job-messenger';
  const key = fee ? (`${id}.fee` as const) : wage === returns ? (`${id}.returns` as const) : undefined;
  return finding(id, status, { domain }, evidence, key);
}

/**
 * content.bank-change (fail): the payee's bank account has changed ("we changed our receiving bank", "our account is
 * under audit", "new IBAN / sort code") and the reader is to pay there ("all future payments", "remit to the following
 * account instead", "update your records"). Fails whoever sends it, authenticated or not: the mail cannot show whether
 * the supplier's own mailbox is in a fraudster's hands (vendor email compromise writes from the real mailbox, in the
 * real thread), and every bank's advice is the same — confirm a changed account by phone on a number already known.
 * Attack: "Further to my email below, our company has changed our receiving bank … please remit INV-3309 to the
 * following account instead" from the supplier's genuine, compromised address; the money leaves for good.
 * Trap: a remittance advice quoting the account on file, an invoice footer listing the bank account ("please pay to
 * the following account"), an anti-fraud notice ("we will never change our bank details by email"), a payroll
 * reminder: none says both that the account changed and that payments should go there now. With it, the letter's
 * own "reply by email only" or "do not call the switchboard" (nocall) rules out the one check that catches the fraud:
 * its own message key, and likely phishing (verdict.ts rule 2g) — a genuine supplier asks to be called, not avoided.
 * A letter that itself sends the payer to the number already on file ("do not update your records based on this
 * email alone; call us on the number you already have", known) raises nothing: that call is the check, and it unmasks
 * a fraudster who wrote so; a number of the letter's own ("call us on +64 3 555 0199 to confirm") is no such check.
 * A colleague's report of such a mail to IT or finance ("the sender's address looks different … I have not paid; can
 * you check?", set26 g-en-15) quotes the change below words of doubt of its own: reportedChange leaves it alone.
 */
export function judgeBank(subject: string, body: string) {
  if (reportedChange(body)) return undefined;
  const said = wording(subject, body, ['rebank', 'remit', 'nocall', 'known']);
  const rebank = said.get('rebank');
  const remit = said.get('remit');
  if (!rebank || !remit) return undefined;
  // The call-back ruled out in the same letter ("reply by email only"): the fraudster's, whom a call would unmask.
  const nocall = said.get('nocall');
  // The letter itself sends the payer to the number already on file (known), and rules no call out: the check the
  // verdict would advise, asked by the supplier, which a fraudster's letter cannot afford to ask.
  if (said.has('known') && !nocall) return undefined;
  return nocall
    ? finding('content.bank-change', 'fail', {}, [rebank, remit, nocall], 'content.bank-change.no-call')
    : finding('content.bank-change', 'fail', {}, [rebank, remit]);
}

/**
 * content.foreign-iban (fail): the payee's account has changed (the `rebank` wording: "we have changed our bank", "our
 * account is temporarily blocked", "neue Bankverbindung") and the new IBAN is of another country than the sender's —
 * its domain's country code (`.it`, `.co.uk`), or the old IBAN's country when the letter names the old account too.
 * Attack: vendor email compromise pays into a mule account abroad ("il conto … è temporaneamente bloccato … sul nuovo
 * conto: IBAN LT…" from an Italian supplier's real mailbox; a German supplier's "new bank details" in Lithuania or
 * the UK): the fraudster cannot open an account in the supplier's own country under its name.
 * Trap: a supplier's genuine move to another bank at home (the same country), an invoice footer or letterhead listing a
 * multinational's accounts in several countries (no change said, or the new accounts in more than one country, home
 * among them), a reference number shaped like an IBAN (its check digits fail: iban.ts), a sender whose country its
 * domain does not tell (`.com`, a free mailbox) and no old account named, and a colleague reporting such a letter
 * (reportedChange).
 */
export function judgeForeignIban(msg: ParsedMessage, subject: string, body: string) {
  const ibans = writtenIbans(body);
  if (ibans.length === 0 || reportedChange(body)) return undefined;
  const rebank = wording(subject, body, ['rebank']).get('rebank');
  if (!rebank) return undefined;
  const old = ibans.filter((i) => saidOld(body, i));
  const fresh = ibans.filter((i) => !old.includes(i));
  const countries = new Set(fresh.map((i) => i.country));
  const oldCountries = new Set(old.map((i) => i.country));
  const domain = msg.from?.domain ?? '';
  const home = oldCountries.size === 1 ? [...oldCountries][0]! : domainCountry(domain);
  const iban = fresh[0];
  if (!home || !iban || countries.size !== 1 || countries.has(home)) return undefined;
  const homeEvidence =
    oldCountries.size === 1
      ? bodyEvidence(body, { start: old[0]!.start, text: old[0]!.written })
      : headerMark('From', firstHeader(msg.headers, 'from')?.value ?? domain, domain);
  return finding('content.foreign-iban', 'fail', { iban: iban.written, country: iban.country, home }, [
    rebank,
    bodyEvidence(body, { start: iban.start, text: iban.written }),
    homeEvidence,
  ]);
}

/** The words that say which account an IBAN is, in the languages the bank wording covers: old, or new. */
const WHICH_ACCOUNT =
  /\b(?:(old|previous|former|existing|alte[nrs]?|bisherigen?|vorherigen?|ancien(?:ne)?|antigu[oa]|antig[oa]|anterior|vecchi[oa]|precedente|oude?|vorige|stary|stare|poprzedni|eski)|new|neuen?|neue[rs]?|nouvel(?:le)?|nouveau|nuev[oa]|nov[oa]|nuov[oa]|nieuwe?|nowy|nowe|yeni)\b/gi;
/** Characters before an IBAN read for the word that says which account it is. */
const WHICH_REACH = 60;

/** Whether the last such word before the IBAN says the account is the old one ("old IBAN: DE89 …"). */
function saidOld(body: string, iban: WrittenIban): boolean {
  const before = body.slice(Math.max(0, iban.start - WHICH_REACH), iban.start);
  let old = false;
  for (const m of before.matchAll(WHICH_ACCOUNT)) old = !!m[1];
  return old;
}

/**
 * Words of doubt about a message, lower-cased, in the languages the bank wording covers: what a colleague writes above
 * a suspect mail sent on to IT or finance ("looks suspicious", "is this legit?", "possible phishing").
 */
const DOUBT = [
  'suspicious',
  'suspect',
  'phishing',
  'scam',
  'fraudulent',
  'is this legit',
  'is this genuine',
  'is this real',
  'looks odd',
  'looks strange',
  'looks slightly different',
  'verdächtig',
  'betrug',
  'suspeito',
  'suspeita',
  'golpe',
  'sospechoso',
  'sospechosa',
  'estafa',
  'frauduleux',
  'arnaque',
  'sospetto',
  'sospetta',
  'truffa',
  'verdacht',
  'oplichting',
  'podejrzan',
  'oszust',
  'şüpheli',
  'dolandırıcılık',
  'подозрительн',
  'мошенни',
  '不審',
  '怪しい',
  '詐欺',
  'フィッシング',
  '可疑',
  '诈骗',
  '詐騙',
  '钓鱼',
];

/**
 * A changed account quoted below a note that doubts it and names no change of its own: the reader's colleague sends a
 * suspect mail on to IT. The supplier's hijacked thread asks in its own words (the new account, the payments to it)
 * above the quoted history, so its own part holds the change and is read whole.
 */
function reportedChange(body: string): boolean {
  // The quoted mail starts at its attribution (ownPart) or at a client's separator line in any language
  // ("-----Ursprüngliche Nachricht-----", Outlook's underscores).
  const cut = [ownPart(body).length, body.indexOf('\n-----'), body.indexOf('\n_____')].filter((n) => n >= 0);
  const own = body.slice(0, Math.min(...cut));
  if (own.length === body.length || own.trim().length < 40) return false;
  const lower = own.toLowerCase().replace(/\s+/g, ' ');
  if (!DOUBT.some((w) => lower.includes(w))) return false;
  return !find(own).some((h) => h.family === 'rebank' || h.family === 'remit');
}

const findBec = phraseFinder(BEC_FAMILIES, BEC_PHRASES);

/**
 * Adds the BEC wording of bec-phrases.ts (the languages and forms the first table leaves out) to what no-link.ts found,
 * where it found nothing of the family: the ask, the opener and the pretext as found, and payroll diversion only when
 * both its halves are there — the salary and the new account or changed bank (its evidence the latter): "I changed
 * banks" alone is a friend's news, "my salary" alone HR's routine.
 */
export function addBec(msg: ParsedMessage, said: Map<FirstNoLinkFamily, Evidence>): void {
  const late = noLinkWording(findBec, msg);
  for (const family of ['ask', 'opener', 'pretext'] as const) {
    const hit = late.get(family);
    if (hit && !said.has(family)) said.set(family, hit);
  }
  const newAccount = late.get('newacct');
  if (newAccount && late.has('pay') && !said.has('payroll')) said.set('payroll', newAccount);
}

const findAdvanceFee = phraseFinder(LATE_ADVANCE_FEE_FAMILIES, LATE_ADVANCE_FEE_PHRASES);

/** Adds the advance-fee kinds that wait here (advance-fee-late-phrases.ts) to those advance-fee.ts found. */
export function addAdvanceFee(msg: ParsedMessage, told: Map<AdvanceFeeFamily, Evidence>): void {
  for (const [family, evidence] of noLinkWording(findAdvanceFee, msg))
    if (!told.has(family)) told.set(family, evidence);
}
export { judgePayout } from './payout-judge';
