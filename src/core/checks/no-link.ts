/**
 * Attacks with no link to judge (issue #16 family 11). The checks:
 * - content.callback: an invoice or renewal "already charged" with a phone number to call to cancel or dispute, and
 *   no link to the sender's own site (callback phishing: the reader calls, the "agent" takes remote control);
 * - sender.role-free-mail: a display name claiming an executive or finance role from a free mailbox, with a payment,
 *   wire, gift-card or "are you available?" ask (CEO fraud / business email compromise);
 * - content.bec-request: the same asks without a role, from a mailbox nobody answers for (reply-channel.ts);
 * - content.job-messenger: pay by the day or the task, and the talk moved to WhatsApp or Telegram (task scams);
 * - content.bank-change: a payee's new bank account for the payments to come (invoice redirection), whoever sends it.
 * QR codes (the third attack of the family) need an image decoder: not done here, see the notes.
 */
import type { DataNeed, Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { finding } from '../findings';
import type { Check, CheckContext } from './check';
import { isFreeMail } from './free-mail';
import { webLinks } from './links';
import { phraseEvidence, phraseFinder, type PhraseHit } from './lure-matcher';
import { NO_LINK_FAMILIES, NO_LINK_PHRASES, type FirstNoLinkFamily } from './no-link-phrases';
import { MAX_BODY, MAX_SUBJECT, wording } from './no-link-wording';
import { replyChannel } from './reply-channel';
import { disclaimerKeeper } from './content';
import type * as MoneyRoute from './money-route';
import type * as Callback from './callback';

/** The role titles, the BEC wording and the QR prompt: the callback's wording is a chunk (callback.ts). */
const findWording = phraseFinder(NO_LINK_FAMILIES, NO_LINK_PHRASES, (t) => t.NO_LINK_PHRASES_NONLATIN);

/** What a display name is searched for: the role titles alone. */
const ONLY_ROLE = new Set<FirstNoLinkFamily>(NO_LINK_FAMILIES.filter((f) => f !== 'role'));
/** Everything but the named families: what a check skips. */
const only = (...wanted: FirstNoLinkFamily[]) =>
  new Set<FirstNoLinkFamily>(NO_LINK_FAMILIES.filter((f) => !wanted.includes(f)));
/** What the BEC checks read: the asks, openers and pretexts, not the QR prompt's wording. */
const NOT_BEC = only('ask', 'opener', 'pretext', 'payroll');
const ONLY_SCAN = only('scan');
const ONLY_ASK = only('ask');
/** Where a link moves the talk to a messenger: WhatsApp's, Telegram's and LINE's chat links. */
const MESSENGER_DOMAINS = new Set([
  'wa.me',
  'whatsapp.com',
  't.me',
  'telegram.me',
  'telegram.dog',
  'line.me',
  'lin.ee',
]);
/** A messenger named, in any script: without one (or a link to one), no task scam's wording is worth fetching. */
const MESSENGER_NAMED =
  /whatsapp|telegram|wechat|viber|微信|ライン|テレグラム|line[でにの]|\bline ?id\b|\badd (?:our )?line\b|ไลน์|加(?:入)?line|加[賴赖]|تلگرام|واتساپ|телеграм|ватсап|вотсап|вайбер|text chat|chat interview/i;
/** A bank account named, in the languages the wording covers: without one, no bank change's wording is fetched. */
const ACCOUNT_NAMED =
  /bank|account|iban|sort code|wire|escrow|konto|compte|rib\b|cuenta|conta|rekening|conto|口座|账户|帐户|帳戶|úč|pankk|tilin|khoản|contul|bănc|banca|реквиз|реквіз|рахун|сметк|บัญชี|银行|銀行|工资卡|工資卡|계좌|τραπεζ/i;

/**
 * A check's wording and judgement that the browsers fetch only for a message needing it (a chunk of its own each,
 * `needs`, ui/session.ts), analysing again before drawing; the command line and the tools load them first.
 */
function lazyPart<M>(need: DataNeed, importer: () => Promise<M>) {
  let part: M | undefined;
  return {
    /** Loads the part; settles once the checks can read it. */
    load: (): Promise<void> =>
      importer().then((m) => {
        part ??= m;
      }),
    /** Forgets it, as a fresh pane starts without it (a test hook). */
    forget: (): void => {
      part = undefined;
    },
    /** The part, or undefined (and the need noted) until it is loaded. */
    get: (ctx: CheckContext): M | undefined => {
      if (!part) ctx.needs.add(need);
      return part;
    },
  };
}

/** The task scam's and the changed bank account's (money-route.ts): for a message naming a messenger or an account. */
const moneyRouteJudge = lazyPart<typeof MoneyRoute>(
  'money-route',
  () => import(/* webpackChunkName: "money-route" */ './money-route'),
);
/** The callback script's (callback.ts): for a message holding a phone number. */
const callbackJudge = lazyPart<typeof Callback>(
  'callback',
  () => import(/* webpackChunkName: "callback" */ './callback'),
);

export const loadMoneyRouteWording = moneyRouteJudge.load;
export const loadCallbackWording = callbackJudge.load;

/** @internal a test hook: the wording is module state */
export const forgetMoneyRouteWording = moneyRouteJudge.forget;
/** @internal a test hook: the wording is module state */
export const forgetCallbackWording = callbackJudge.forget;

/**
 * The money-route chunk, where the wording that waits is too (bec-phrases.ts, advance-fee-late-phrases.ts: the
 * languages the first tables leave out): undefined, and the need noted, until it is loaded. Asked only for a message
 * that already calls for it (a role on a free mailbox, a bank account named, half an advance-fee story).
 */
export const lateWording = moneyRouteJudge.get;

/**
 * Whether the subject or body names a bank account: only then is the bank wording worth fetching (here and for
 * payout-details.ts's refund kit).
 */
export const namesAccount = (msg: ParsedMessage): boolean =>
  // Three checks ask it of the same message in a row (bec-request, bank-change, payout-details): read once (issue #19).
  named?.[0] === msg
    ? named[1]
    : (named = [msg, ACCOUNT_NAMED.test(msg.subject.slice(0, MAX_SUBJECT) + msg.bodyText.slice(0, MAX_BODY))])[1];
let named: [ParsedMessage, boolean] | undefined;

// ---------------------------------------------------------------------------------------------------------------
// Phone numbers: one left-to-right pass over runs of digits and separators, no regex.

const MIN_DIGITS = 9;
const MAX_DIGITS = 15;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** Separators written inside a number: space, hyphen, dot, slash, brackets, en dash. */
const isSeparator = (c: number): boolean =>
  c === 0x20 || c === 0x2d || c === 0x2e || c === 0x2f || c === 0x28 || c === 0x29 || c === 0x2013;

/**
 * Whether a run of digits and separators is written as a phone number, not an order number, date, price or IP:
 * - international: `+` and 10–15 digits (+1 808 555 0199, +44 20 7946 0000, +81 3-1234-5678, +55 11 91234-5678);
 * - national with a trunk 0 and 10–12 digits (UK 020 7946 0000 / 0800 123 4567, JP 03-1234-5678 / 0120-123-456 /
 *   090-1234-5678, BR 0800 123 4567, DE 030/1234567, FR 01 23 45 67 89 / 01.23.45.67.89);
 * - North American 1-800-555-0199, (808) 555-0199, 808-555-0199 (groups 3-3-4), BR (11) 91234-5678, MX 55 4162 8397,
 *   IN mobiles 98315 62047 (5-5, from 6),
 *   AU 1800 952 317, ES/PT 911 23 48 57 and 210 928 473 (no trunk 0: nine digits in those groups only);
 * always in groups (a bare run of digits is more often an order or account number); four dotted groups are an IP.
 * - spaced out digit by digit (`8 0 8 . 5 5 5 . 0 1 6 2`): how callback scams hide the number from filters; no
 *   order number or date is written so.
 */
function isPhone(run: string, digits: number, groups: number[]): boolean {
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  if (run.startsWith('+')) return digits >= 10 && groups.length >= 2;
  if (digits >= 10 && groups.length === digits) return true;
  if (groups.length < 2) return false;
  if (groups.length === 4 && !/[^0-9.]/.test(run) && groups.every((g) => g <= 3)) return false;
  const first = run.replace(/^\(/, '')[0];
  // Thai and Nordic landlines are 9 digits with the trunk 0 (02 026 3741, 08 502 284 17 has 10).
  if (first === '0') return digits >= 9 && digits <= 12;
  // Russia's and Kazakhstan's trunk 8 (8 800 555 87 21).
  if (first === '8' && digits === 11) return groups[0] === 1;
  if (run.startsWith('(')) return digits === 10 || digits === 11;
  if (first === '1' && digits === 11) return groups[0] === 1 && groups[1] === 3;
  const shape = groups.join('-');
  // Spain's and Portugal's 9 digits (911 23 48 57, 210 928 473), Mexico's 55 4162 8397, Australia's 1800 952 317.
  if (digits === 9) return shape === '3-3-3' || shape === '3-2-2-2';
  // India's mobiles as written, 98315 62047 (five and five, from 6 to 9; set32 p-hi-01's "officer").
  if (shape === '5-5') return first! >= '6';
  return digits === 10 && (shape === '3-3-4' || shape === '2-4-4' || shape === '4-3-3');
}

interface Phone {
  text: string;
  start: number;
}

const RUN_START = /[0-9+(]/g;
const DIGIT = /[0-9]/g;

/**
 * The first phone number in the text, without a note in brackets after it ("0800 123 4567 (24h)", "(toll free)",
 * "（24時間）" once NFKC-folded): the note's digits are no part of the number. Linear: each character is visited by one
 * run only. @internal
 */
export function findPhone(text: string): Phone | undefined {
  let i = 0;
  while (i < text.length) {
    // Only a digit, `+` or `(` starts a run: the characters before the next one are passed over natively (issue #19).
    RUN_START.lastIndex = i;
    if (!RUN_START.test(text)) break;
    i = RUN_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    // `+1 808…`, `(808)…`, and `+ 1 - 808…` (a plus set apart, as spaced-out numbers are written).
    const startsRun =
      isDigit(c) ||
      ((c === 0x2b || c === 0x28) && isDigit(text.charCodeAt(i + 1))) ||
      (c === 0x2b && text.charCodeAt(i + 1) === 0x20 && isDigit(text.charCodeAt(i + 2)));
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    // Not inside a longer token (a-1234…, 12/…), but after Hebrew's joined preposition (ל-03-915-4472: "call to").
    const hebrewJoin = before === 0x2d && text.charCodeAt(i - 2) >= 0x5d0 && text.charCodeAt(i - 2) <= 0x5ea;
    if (!startsRun || isLetter(before) || isDigit(before) || (i > 0 && '-./#'.includes(text[i - 1]!) && !hebrewJoin)) {
      i++;
      continue;
    }
    let j = c === 0x2b ? i + 1 : i;
    let digits = 0;
    let current = 0;
    const groups: number[] = [];
    let lastDigit = i;
    // A bracket opened after the number's digits: a note after it ("(24h)", "(24/7)", "(24時間)"), unless the number
    // goes on after it closes ("+44 (0)20 7946 0000"). The run is read without the note.
    let note: { lastDigit: number; digits: number; groups: number } | undefined;
    let closed = false;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        if (closed) note = undefined;
        digits++;
        current++;
        lastDigit = j;
      } else if (isSeparator(d) && !(d === 0x20 && text.charCodeAt(j - 1) === 0x20)) {
        if (current) groups.push(current);
        current = 0;
        if (d === 0x28 && digits) [note, closed] = [{ lastDigit, digits, groups: groups.length }, false];
        else if (d === 0x29) closed = !!note;
      } else break;
      j++;
    }
    if (current) groups.push(current);
    if (note) [lastDigit, digits, groups.length] = [note.lastDigit, note.digits, note.groups];
    const after = lastDigit + 1 < text.length ? text.charCodeAt(lastDigit + 1) : 0x20;
    const run = text.slice(i, lastDigit + 1);
    if (!isLetter(after) && isPhone(run, digits, groups)) return { text: run, start: i };
    i = Math.max(j, i + 1);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The checks.

/**
 * content.callback: an amount charged, an order processed or a subscription renewed, a phone number, and the
 * invitation to call it to cancel or dispute — with no link to the sender's own site. Fail from a free mailbox or
 * naming a brand (display name, subject or body) whose domain the From address is not; else warn.
 * Attack: "Your Norton renewal of $499.99 has been processed; to cancel call +1 (808) 555-0199" from gmail: nothing
 * to click, so link checks see nothing; the phone "agent" installs remote access or takes a "refund" by card.
 * Trap: genuine invoices and order confirmations list a support number too — they link to the shop's own domain
 * (or come from the brand's domain with aligned DMARC); wording alone is never enough: all three signs are needed.
 * A platform that relays its users' words (a PayPal or QuickBooks invoice "sent you" by someone, with their note)
 * answers for its own mail, not for the note: there the script fails even with the platform's DMARC pass
 * (`content.callback.relayed`: "Your account was charged $649 for Bitcoin; if you did not make this purchase call
 * +1 888 …" as the seller's note on a real paypal.com invoice).
 * The threat to cut the electricity, gas or water supply stands in for the charge (`content.callback.cutoff`: "your
 * electricity power will be disconnected tonight, contact our electricity officer 8927410563" from gmail; set21):
 * fail from a free mailbox or under a brand the sender is not, nothing otherwise — a utility's own dunning letter from
 * its domain names its number too. Only for it is an Indian mobile written as ten bare digits read as the number.
 */
const callback: Check = (msg, ctx) => {
  const body = msg.bodyText.slice(0, MAX_BODY).normalize('NFKC');
  const phone = findPhone(msg.subject.slice(0, MAX_SUBJECT).normalize('NFKC'));
  const bodyPhone = phone ? undefined : findPhone(body);
  // An Indian mobile written bare (8927410563): read only for the threat to cut the supply (callback.ts).
  const mobile = phone || bodyPhone ? undefined : findBareMobile(body);
  if (!phone && !bodyPhone && !mobile) return undefined;
  // Only a number makes the script's wording worth fetching (callback.ts judges the rest).
  return callbackJudge.get(ctx)?.judgeCallback(msg, ctx, (phone ?? bodyPhone ?? mobile)!, !!phone, body, !!mobile);
};

/**
 * The first Indian mobile number written as ten bare digits from 6 to 9 (`8927410563`), not inside a longer token:
 * how the disconnection texts give the "officer's" number. Not a phone for any other script: a bare run of ten digits
 * is an order, consumer or account number as often. Linear: one pass.
 */
function findBareMobile(text: string): Phone | undefined {
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    // Outside a run, the characters before the next digit are passed over natively (issue #19); none left, no run.
    if (run === 0) {
      DIGIT.lastIndex = i;
      if (!DIGIT.test(text)) return undefined;
      i = DIGIT.lastIndex - 1;
    }
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isDigit(c)) {
      run++;
      continue;
    }
    const start = i - run;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    const first = text.charCodeAt(start);
    if (run === 10 && first >= 0x36 && !isLetter(before) && !isLetter(c) && !'-./#'.includes(text[start - 1] ?? ''))
      return { text: text.slice(start, i), start };
    run = 0;
  }
  return undefined;
}

/** A role title in the display name, as a whole word for Latin titles ("Director", not "Directory Services"). */
function roleInName(name: string): PhraseHit<FirstNoLinkFamily> | undefined {
  const hit = findWording(name, ONLY_ROLE)[0];
  if (!hit) return undefined;
  const next = hit.display.charCodeAt(hit.end) | 0x20;
  return next >= 0x61 && next <= 0x7a && hit.display.charCodeAt(hit.end - 1) < 0x80 ? undefined : hit;
}

/**
 * sender.role-free-mail: a display name claiming an executive or finance role (社長, CEO, 経理, "Payroll", "Accounts
 * Payable", "Director") on a free mailbox: warn; with a payment, wire, gift-card or "are you available?" ask: fail.
 * Attack: CEO fraud — "CEO <ceo.office.mail@gmail.com>: are you available? I need iTunes cards for a client";
 * 「社長です。至急LINEグループを作成してください」. No link, no attachment, authentication passes (it is gmail's).
 * Trap: a person called "Director" or a small business owner on gmail writing about a lunch or a meeting — the role
 * alone only warns; "are you available for lunch" is no ask (the ask needs "available?" / "available now").
 */
const roleFreeMail: Check = (msg, ctx) => {
  const from = msg.from;
  if (!from?.registrable || !from.name) return undefined;
  const role = roleInName(from.name);
  // Asked last: only a name claiming a role makes the maintained list worth loading (isFreeMail notes the need).
  if (!role || !isFreeMail(from.domain, ctx)) return undefined;
  const fromField = msg.headers.find((h) => h.key === 'from')?.value ?? from.name;
  const roleEvidence = phraseEvidence('From', fromField, role);
  const params = { role: role.display.slice(role.start, role.end), domain: from.domain };
  const said = wording(findWording, msg, NOT_BEC);
  // No ask in the first table's languages: the asks that wait may be in the message's.
  if (!said.size) lateWording(ctx)?.addBec(msg, said);
  // The subject's ask first (what the reader sees before opening), then the money ask, then the opener.
  const asks = [said.get('ask'), said.get('payroll'), said.get('opener'), said.get('pretext')].filter(
    (e): e is Evidence => !!e,
  );
  const ask = asks.find((e) => e.header === 'Subject') ?? asks[0];
  return ask
    ? finding('sender.role-free-mail', 'fail', params, [roleEvidence, ask], 'sender.role-free-mail.ask')
    : finding('sender.role-free-mail', 'warn', params, [roleEvidence]);
};

/**
 * content.bec-request: business email compromise without a title in the name. A payment, wire, gift-card or
 * bank-details ask with the opener or the pretext below, or with answers diverted (a Reply-To to a free mailbox or,
 * unauthenticated, to another organisation; a free mailbox written in the body): fail; from a free-mail sender alone,
 * nothing (a freelancer's invoice asks for a bank transfer from gmail). An employee's salary to a new account from
 * such a mailbox: fail (payroll diversion; payroll changes nothing on a private mailbox's word). The opener that
 * wants a reply ("are you available?", "I need you to handle a task", "send me your WhatsApp number"): fail with the
 * pretext that keeps the reader from checking ("I am in a meeting and cannot talk", "handle this discreetly") or when
 * an organisation's From diverts the reply to a free mailbox (a colleague answers at work); else warn from a
 * free-mail sender (friends write from gmail too).
 * Attack: "Are you at your desk? I need a task handled discreetly, I can't talk on the phone" from
 * richard.ceo.office@gmail.com; "Kindly confirm you got my proposal" from karen@company.example with Reply-To
 * invoice.karen@gmail.com; "I changed banks, deposit my next paycheck into my new account" from outlook.com.
 * Trap: a colleague's "are you free for a call?" from the company's own domain (no channel: nothing); a gmail friend's
 * "are you around this weekend?" (no ask, no opener: nothing); a freelancer's invoice (an ask alone: nothing).
 */
const becRequest: Check = (msg, ctx) => {
  const said = wording(findWording, msg, NOT_BEC);
  // A payroll change or a payment names an account, or an opener wants an answer ("sei disponibile?"): only then is
  // the wording that waits worth fetching (the gift-card errand's vouchers and scratched codes wait, bec-phrases.ts).
  if (namesAccount(msg) || said.has('opener')) lateWording(ctx)?.addBec(msg, said);
  const ask = undisclaimedAsk(said.get('ask'), msg);
  const opener = said.get('opener');
  const payroll = said.get('payroll');
  const pretext = said.get('pretext');
  if (!ask && !opener && !payroll) return undefined;
  const channel = replyChannel(msg, ctx);
  if (!channel) return undefined;
  const params = { reply: channel.address };
  if (payroll) {
    const evidence = [payroll, ...(pretext ? [pretext] : []), channel.evidence];
    return finding('content.bec-request', 'fail', params, evidence, 'content.bec-request.payroll');
  }
  // A free-mail sender alone mentioning a bank transfer is every freelancer's invoice: the ask needs the opener or
  // the pretext too, or answers diverted away from the sender.
  const why = opener ?? pretext;
  if (ask && (why || channel.kind !== 'free')) {
    const evidence = [ask, ...(why ? [why] : []), channel.evidence];
    return finding('content.bec-request', 'fail', params, evidence, 'content.bec-request.payment');
  }
  if (!opener) return undefined;
  // Only a Reply-To diverts for certain: an address written in the body may be a colleague's or a client's.
  const divertedToFree =
    channel.kind === 'diverted' && channel.toFreeMail && !!msg.from && !isFreeMail(msg.from.domain, ctx);
  const evidence = [opener, ...(pretext ? [pretext] : []), channel.evidence];
  return finding('content.bec-request', divertedToFree || pretext ? 'fail' : 'warn', params, evidence);
};

/**
 * The body's ask, unless it stands inside a safety disclaimer ("NZ Red Cross will never ask you to donate in
 * cryptocurrency or gift cards", lure-disclaimer.ts): then the next ask of the body, or none. A copied disclaimer
 * beside the phisher's own "buy 5 Apple gift cards" keeps the own one. Until the judging is loaded the ask counts
 * (content.lure notes the need; the host loads it and analyses again).
 */
function undisclaimedAsk(ask: Evidence | undefined, msg: ParsedMessage): Evidence | undefined {
  if (ask?.header !== 'Body') return ask;
  const keep = disclaimerKeeper();
  // Not loaded, the need is content.lure's to note: it asks for the same chunk for every body (content.ts).
  if (!keep) return ask;
  const hit = findWording(msg.bodyText.slice(0, MAX_BODY), ONLY_ASK)[0];
  const kept = hit && keep(hit, findWording);
  return kept ? phraseEvidence('Body', '', kept) : undefined;
}

/**
 * content.job-messenger and content.bank-change (money-route.ts judges them): read only when a messenger, or a link
 * to one, or a bank account is named at all.
 */
const jobMessenger: Check = (msg, ctx) => {
  if (!msg.from?.domain) return undefined;
  const chat = webLinks(msg).find((l) => MESSENGER_DOMAINS.has(l.registrable));
  if (!chat && !MESSENGER_NAMED.test(msg.subject.slice(0, MAX_SUBJECT) + msg.bodyText.slice(0, MAX_BODY)))
    return undefined;
  return moneyRouteJudge
    .get(ctx)
    ?.judgeJob(msg, ctx, chat, msg.subject.slice(0, MAX_SUBJECT), msg.bodyText.slice(0, MAX_BODY));
};

const bankChange: Check = (msg, ctx) => {
  return namesAccount(msg)
    ? moneyRouteJudge.get(ctx)?.judgeBank(msg.subject.slice(0, MAX_SUBJECT), msg.bodyText.slice(0, MAX_BODY))
    : undefined;
};

/**
 * links.qr-prompt (warn): the text asks the reader to scan a QR code, and no QR code in the message could be read —
 * drawn with table cells or characters, cut, damaged, in an image past what is read, or not attached at all.
 * Attack: "scan the QR code below with your phone to re-enrol Microsoft Authenticator": the one link is where neither
 * the reader nor a filter sees it, and the phone that opens it is outside the company's protection.
 * Trap: a genuine ticket's or newsletter's code is read, and links.qr-code says where it goes (nothing here). Alone
 * this is a warning; with the lure it is where the lure leads (verdict.ts rule 2b), as a link elsewhere would be.
 */
const qrPrompt: Check = (msg) => {
  if (msg.qr?.codes.length) return undefined;
  const scan = wording(findWording, msg, ONLY_SCAN).get('scan');
  return scan && finding('links.qr-prompt', 'warn', {}, [scan]);
};

/** Every no-link check, in report order, with its finding id (analyze.ts gathers them). */
export const NO_LINK_CHECKS: readonly (readonly [string, Check])[] = [
  ['sender.role-free-mail', roleFreeMail],
  ['content.bec-request', becRequest],
  ['content.callback', callback],
  ['content.job-messenger', jobMessenger],
  ['content.bank-change', bankChange],
  ['links.qr-prompt', qrPrompt],
];
