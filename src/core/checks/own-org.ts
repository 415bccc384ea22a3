/**
 * The reader's own organisation as the claimed sender. Two checks:
 * - sender.own-org-impersonation (fail): "your own mail system" phishing — mailbox full, password expiring, messages
 *   held, deactivation, "Mail Administrator" — naming the reader's address or domain, sent from a foreign domain;
 * - content.address-greeting (warn): the reader's address used as the greeting or in the subject.
 * Who the reader is: the configured own domains (else the reader's own addresses, analyze.ts readerDomains), the
 * domains of the reader's addresses, and the To domain of a message to one address (forwarded mail: the phish names
 * the mailbox it was addressed to, not the one it was forwarded to).
 */
import type { ParsedMessage } from '../types';
import { registrableDomain } from '../parse/domains';
import type { Check, CheckContext } from './check';
import { FREE_MAIL_DOMAINS } from './free-mail';
import { recipientAddresses, webLinks } from './links';
import { normaliseAsText } from './lure-matcher';
import type * as Judge from './own-org-judge';

/** Addresses of the reader looked for (the reader's own first); a huge To list is not searched past it. */
const MAX_ADDRESSES = 20;
/** Body characters read: greetings and the claims of this family sit in the first screen. */
const MAX_BODY = 20_000;

/**
 * The judging (own-org-judge.ts), the mail-system wording (own-org-phrases.ts) and the department judge
 * (own-department.ts): one chunk in the browsers, fetched (`needs: ['own-org']`, ui/session.ts; core/need-hints.ts
 * names it first for a body naming the reader) only for a message that passes the gate below; the command line and
 * the tools load it first. Its phrases in other scripts come with the other tables' (nonlatin-phrases.ts).
 */
let judge: typeof Judge | undefined;

/** Loads the judging and its wording (a chunk of its own in the browsers); settles once the checks can use them. */
export const loadMailSystemWording = (): Promise<void> =>
  Promise.all([
    import(/* webpackChunkName: "own-org" */ './own-org-phrases'),
    import(/* webpackChunkName: "own-org" */ './own-department'),
    import(/* webpackChunkName: "own-org" */ './own-org-judge'),
  ]).then(([m, d, j]) => {
    j.useWording(m, d);
    judge ??= j;
  });

/**
 * Forgets the judging and its wording, as a fresh pane starts without them.
 * @internal a test hook: the judging is module state
 */
export function forgetMailSystemWording(): void {
  judge = undefined;
}

export interface Reader {
  /** The reader's addresses, lower-case. */
  addresses: string[];
  /** Registrable domains of the reader's organisation; free-mail domains are kept out (anyone has them). */
  domains: string[];
  /** Every registrable domain that is the reader's (free mail included), for "is the sender foreign". */
  own: Set<string>;
}

function reader(msg: ParsedMessage, ctx: CheckContext): Reader {
  const addresses = recipientAddresses(msg, MAX_ADDRESSES).map((a) => a.toLowerCase());
  const own = new Set(ctx.ownDomains);
  const add = (address: string): void => {
    const reg = registrableDomain(address.slice(address.lastIndexOf('@') + 1));
    if (reg) own.add(reg);
  };
  msg.readers.forEach(add);
  if (msg.to.length === 1 && msg.cc.length === 0 && msg.to[0]!.address) add(msg.to[0]!.address);
  return { addresses, domains: [...own].filter((d) => !FREE_MAIL_DOMAINS.has(d)), own };
}

/** NFKC with ASCII letters lower-cased: one unit stays one unit, so a position maps back onto the NFKC text. */
export function folded(text: string): { shown: string; lower: string } {
  const shown = text.normalize('NFKC');
  // ASCII letters only, one unit for one, so positions in `lower` are positions in `shown`: a text with no other letter
  // that lower-casing changes is lower-cased whole (issue #19: each run of capitals was a call).
  const lower = OTHER_CAPITAL.test(shown) ? shown.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : shown.toLowerCase();
  return { shown, lower };
}

/** A character beyond ASCII that lower-casing changes (test/core/checks/own-org-gate.test.ts tries every one). */
const OTHER_CAPITAL = /(?![\0-\x7f])\p{CWL}/u;

let lastBody: { text: string; forms: { shown: string; lower: string } } | undefined;

/** The body's text as the reader sees it: NFKC, whitespace runs one space, cut. */
export function bodyForms(msg: ParsedMessage): { shown: string; lower: string } {
  // Two checks read them (impersonation, greeting): the last body's are kept.
  if (lastBody?.text !== msg.bodyText) {
    // What `\s+` → ' ' changes, and only that (runs of two or more, a lone tab or line break): a text's whitespace is
    // mostly single spaces, and each match costs.
    const collapsed = msg.bodyText
      .slice(0, MAX_BODY)
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim();
    lastBody = { text: msg.bodyText, forms: folded(collapsed) };
  }
  return lastBody.forms;
}

/** Local parts no person is called (`industrypack-devel`, `info2021`): a greeting by them is a mail merge. */
function nonPersonalLocalPart(address: string): string | undefined {
  const local = address.slice(0, address.lastIndexOf('@'));
  return local.length >= 3 && /[0-9._+-]/.test(local) && !/^[0-9]+$/.test(local) ? local : undefined;
}

/** Characters of the body's opening in which naming the reader's domain or address is a claim (a letterhead). */
export const OPENING = 60;
/** Longest address or domain looked for at the opening (RFC 5321's 254-character address). */
export const LONGEST_NAME = 254;
/** Characters before an address in which a greeting word counts. */
const GREETING_REACH = 24;

/**
 * Greeting words a script puts before the address, and honorifics after it (「yamada@… 様」). From the corpus and
 * the warnings cited in own-org-phrases.ts; lower-case, compared after NFKC. One string split at `|` (the task pane
 * downloads it: a word list is shorter so than as an array of literals).
 */
const GREETINGS = (
  'dear|hello|hallo|hola|hoi|hi|hey|greetings|attention|attn|good day|guten tag|liebe|lieber|' +
  'sehr geehrte|sehr geehrter|olá|ola|oi|prezado|prezada|caro|cara|ciao|estimado|estimada|bonjour|cher|' +
  'chère|beste|geachte|gentile|salve|尊敬的|亲爱的|您好|你好|こんにちは'
).split('|');
const HONORIFICS = '様|さま|殿|さん'.split('|');

// ---------------------------------------------------------------------------------------------------------------
// Finding the reader's address or domain in text, at name boundaries, without regexes over the text.

const isNameChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2b;

/**
 * Where `needle` (lower-case) occurs in `lower` as a whole name: not inside a longer word, not the start of a longer
 * domain (`example.com.evil.net`). A domain may follow a dot (`lists.example.com` names example.com). Linear.
 */
export function namePositions(lower: string, needle: string, isDomain: boolean, max = 8): number[] {
  const found: number[] = [];
  for (let i = lower.indexOf(needle); i >= 0 && found.length < max; i = lower.indexOf(needle, i + 1)) {
    const before = i > 0 ? lower.charCodeAt(i - 1) : 0x20;
    const end = i + needle.length;
    const after = end < lower.length ? lower.charCodeAt(end) : 0x20;
    const afterNext = end + 1 < lower.length ? lower.charCodeAt(end + 1) : 0x20;
    if (isNameChar(before) || (!isDomain && before === 0x2e)) continue;
    if (isNameChar(after) || (after === 0x2e && isNameChar(afterNext))) continue;
    found.push(i);
  }
  return found;
}

export interface Named {
  /** What was named: the reader's address or domain, as written. */
  text: string;
  start: number;
}

/** The first of the reader's addresses, else of its domains, named in the text. */
export function named(lower: string, shown: string, who: Reader, withDomains: boolean): Named | undefined {
  for (const a of who.addresses) {
    const at = namePositions(lower, a, false, 1)[0];
    if (at !== undefined) return { text: shown.slice(at, at + a.length), start: at };
  }
  if (!withDomains) return undefined;
  for (const d of who.domains) {
    const at = namePositions(lower, d, true, 1)[0];
    if (at !== undefined) return { text: shown.slice(at, at + d.length), start: at };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Greetings.

function endsWithGreeting(lowerBefore: string): boolean {
  // Drop the punctuation and spaces between the greeting and the address ("Dear: ", "Hallo „").
  let end = lowerBefore.length;
  while (end > 0 && ' ,:;!"\'“”„«(<'.includes(lowerBefore[end - 1]!)) end--;
  const head = lowerBefore.slice(0, end);
  return GREETINGS.some((g) => {
    if (!head.endsWith(g)) return false;
    const before = head.length > g.length ? head.charCodeAt(head.length - g.length - 1) : 0x20;
    return !(before >= 0x61 && before <= 0x7a);
  });
}

function startsWithHonorific(shownAfter: string): boolean {
  const rest = shownAfter.trimStart();
  return HONORIFICS.some((h) => rest.startsWith(h));
}

/** The greeting ends at `end`: punctuation, the end, or a new sentence (a capital letter, a non-Latin word). */
function endsGreeting(shown: string, end: number): boolean {
  const next = shown.slice(end, end + 2).trimStart()[0];
  if (next === undefined || ',:;!.'.includes(next)) return true;
  return !(next >= 'a' && next <= 'z');
}

/**
 * The reader greeted by address (or by a machine-like local part) in the body: a greeting word before it, an
 * honorific after it, or the address opening the body followed by a comma or colon.
 */
export function greeting(body: { shown: string; lower: string }, who: Reader, withDomains: boolean): Named | undefined {
  const candidates: { text: string; domain: boolean; local?: boolean }[] = who.addresses.map((a) => ({
    text: a,
    domain: false,
  }));
  for (const a of who.addresses) {
    const local = nonPersonalLocalPart(a);
    if (local) candidates.push({ text: local, domain: false, local: true });
  }
  if (withDomains) candidates.push(...who.domains.map((d) => ({ text: d, domain: true })));
  for (const c of candidates) {
    for (const at of namePositions(body.lower, c.text, c.domain)) {
      const end = at + c.text.length;
      // A local part greets only as itself, not as the start of the address (the address is its own candidate).
      if (body.lower[end] === '@') continue;
      // "Hello usrp-users community": a person naming the list; a merge field ends the greeting ("Dear info-2021,").
      if (c.local && !endsGreeting(body.shown, end)) continue;
      const lead = body.lower.slice(Math.max(0, at - GREETING_REACH), at);
      const opening = at === 0 && /^ ?[,:!]/.test(body.lower.slice(end, end + 2));
      if (endsWithGreeting(lead) || startsWithHonorific(body.shown.slice(end, end + 4)) || opening) {
        return { text: body.shown.slice(at, end), start: at };
      }
    }
  }
  return undefined;
}

/** Shortest name of ours read alone: `example` of example.com, not `abc` of abc.co.jp (any word could be). */
export const MIN_ORG_NAME = 5;

/** Shortest dashed or glued form of our domain read as a claim: `ab-de` could be anything's. */
export const MIN_CARRIED = 8;

/** Head words of a department's name, eagerly: a name with one fetches the lists (own-org chunk). */
const HEADS = new Set(
  (
    'account accounts accounting billing payroll benefits hr human personnel document documents portal secure ' +
    'finance invoicing payable compliance helpdesk administration personalabteilung buchhaltung lohnbuchhaltung ' +
    'recursos ressources risorse paie nómina folha faturamento facturación fatturazione contabilidad ' +
    'contabilidade comptabilité contabilità personeelszaken salarisadministratie'
  ).split(' '),
);

/** The same in Chinese and Japanese names, written without spaces (人事部, 総務部 給与担当, 财务中心). */
const CJK_HEADS =
  /[部課课薪]|人事|総務|总务|總務|経理|担当|事務局|センター|中心|财务|財務|行政|福利|給与|サービス|アカウント/;

/**
 * Whether the display name may be a department's that names nobody (own-department.ts judges it, in the own-org
 * chunk): a head word.
 */
export function mayNameDepartment(name: string): boolean {
  const n = name.slice(0, 80).normalize('NFKC').toLowerCase();
  return CJK_HEADS.test(n) || n.split(/[\s,/|:()&-]+/).some((w) => HEADS.has(w));
}

/**
 * What every phrase of the 'role' family (own-org-phrases.ts, both scripts; in the own-org chunk) holds, read as its
 * finder reads text (lure-matcher.ts normaliseAsText) with spaces dropped: "IT Help Desk", "E-Mail-Administrator",
 * 「メール管理者」. A display name holding none cannot sign as our IT desk (signedAccount, ourItByName), so the gate
 * below and need-hints.ts ask for the judging behind it (issue #19: the body names our address in most list mail).
 * Quotes and the marks the finder may fold away are dropped too, so a name it could read as a role always passes
 * (test/core/need-hints.test.ts checks every expanded phrase).
 */
const ROLE_MARKS = (
  'admin desk support team postmaster webmail cpanel dep abteilung suport soport ayuda equip informati beheerder ' +
  'afdeling amministrator assistenza reparto ufficio servizio 管理 信息 ヘルプデスク 情報システム'
).split(' ');

/** Whether a display name may sign as a role of ours (ROLE_MARKS). */
export function mayNameRole(name: string): boolean {
  let folded = '';
  for (const c of normaliseAsText(name)) {
    const k = c.charCodeAt(0);
    if (!' "\'`\u02bc'.includes(c) && (k < 0x2018 || k > 0x201d) && (k < 0x591 || k > 0x97f)) folded += c;
  }
  return ROLE_MARKS.some((mark) => folded.includes(mark));
}

/**
 * The gate of both checks: whether the judging could find anything. Every finding it makes needs a display name
 * that may be a department's or a role of ours (departmentClaim; signedAccount and ourItByName, mayNameRole), one of
 * the reader's addresses or domains in the NFKC lower-case display name, subject, a link's text or the body's
 * opening, a greeting by one (or by a non-personal local part) in the body, or a domain dashed or glued into the
 * From's or a link's host: a message holding none needs neither the judging nor its wording (most list mail names
 * the reader only in its footer). Substring tests (the judging then asks for whole names); the greeting as it reads it.
 */
function mayNameOurs(msg: ParsedMessage, who: Reader): boolean {
  const name = msg.from?.name ?? '';
  if (mayNameDepartment(name) || mayNameRole(name)) return true;
  const links = webLinks(msg);
  const body = bodyForms(msg);
  const texts = [
    folded(name).lower,
    folded(msg.subject).lower,
    body.lower.slice(0, OPENING + LONGEST_NAME),
    ...links.map((l) => folded(l.text ?? '').lower),
  ];
  const needles = [...who.addresses, ...who.domains];
  if (needles.some((n) => texts.some((t) => t.includes(n)))) return true;
  if (greeting(body, who, true)) return true;
  const hosts = [msg.from?.domain ?? '', ...links.map((l) => l.host)].map((h) => h.toLowerCase());
  return who.domains.some((d) =>
    [d.replace(/\./g, '-'), d.replace(/\./g, '')].some(
      (f) => f.length >= MIN_CARRIED && hosts.some((h) => h.includes(f)),
    ),
  );
}

/** The gate's answer for the message last asked: both checks ask it of the same message in a row (issue #19). */
let opened: { msg: ParsedMessage; ctx: CheckContext; open: boolean } | undefined;

function gateOpen(msg: ParsedMessage, ctx: CheckContext, who: Reader): boolean {
  if (opened?.msg !== msg || opened.ctx !== ctx) opened = { msg, ctx, open: mayNameOurs(msg, who) };
  return opened.open;
}

/** sender.own-org-impersonation (own-org-judge.ts), behind the gate. */
const ownOrgImpersonation: Check = (msg, ctx) => {
  const who = reader(msg, ctx);
  if (who.own.size === 0 && who.addresses.length === 0) return undefined;
  if (!gateOpen(msg, ctx, who)) return undefined;
  if (judge) return judge.ownOrgImpersonation(msg, ctx, who);
  ctx.needs.add('own-org');
};

/** content.address-greeting (own-org-judge.ts), behind the gate. */
const addressGreeting: Check = (msg, ctx) => {
  const who = reader(msg, ctx);
  if (who.addresses.length === 0 || !gateOpen(msg, ctx, who)) return undefined;
  if (judge) return judge.addressGreeting(msg, ctx, who);
  ctx.needs.add('own-org');
};

/** Every own-organisation check, in report order, with its finding id. */
export const OWN_ORG_CHECKS: readonly (readonly [string, Check])[] = [
  ['sender.own-org-impersonation', ownOrgImpersonation],
  ['content.address-greeting', addressGreeting],
];
