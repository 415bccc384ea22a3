/**
 * The reader's own organisation as the claimed sender. Two checks:
 * - sender.own-org-impersonation (fail): "your own mail system" phishing — mailbox full, password expiring, messages
 *   held, deactivation, "Mail Administrator" — naming the reader's address or domain, sent from a foreign domain;
 * - content.address-greeting (warn): the reader's address used as the greeting or in the subject.
 * Who the reader is: the configured own domains (else the reader's own addresses, analyze.ts readerDomains), the
 * domains of the reader's addresses, and the To domain of a message to one address (forwarded mail: the phish names
 * the mailbox it was addressed to, not the one it was forwarded to).
 */
import type { Evidence } from '../report';
import type { Link, ParsedMessage } from '../types';
import { finding } from '../findings';
import { registrableDomain } from '../parse/domains';
import { rewrittenFrom } from '../parse/addresses';
import { brandsOwningDomain } from '../brands/lookup';
import type { Check, CheckContext } from './check';
import { FREE_MAIL_DOMAINS } from './free-mail';
import { headerMark } from './header-mark';
import { recipientAddresses, webLinks } from './links';
import { excerpt, phraseFinder, type PhraseFinder, type PhraseHit } from './lure-matcher';
import type { MailSystemClaim } from './own-org-phrases';

/** Addresses of the reader looked for (the reader's own first); a huge To list is not searched past it. */
const MAX_ADDRESSES = 20;
/** Body characters read: greetings and the claims of this family sit in the first screen. */
const MAX_BODY = 20_000;
/** Characters of the body's opening in which naming the reader's domain or address is a claim (a letterhead). */
const OPENING = 60;
/** Characters before an address in which a greeting word counts. */
const GREETING_REACH = 24;

/**
 * The mail-system wording (own-org-phrases.ts, some 2.5 KB gzipped) is read only for a message from a foreign sender
 * that names the reader's organisation: the browsers fetch it then (`needs: ['own-org']`, ui/session.ts) and analyse
 * again before drawing; the command line and the tools load it first. Its phrases in other scripts come with the
 * other tables' (nonlatin-phrases.ts).
 */
let findClaims: PhraseFinder<MailSystemClaim> | undefined;
/** The mailbox and account words an address is named after (own-org-phrases.ts ACCOUNT_WORDS), loaded with them. */
let accountWords: readonly string[] | undefined;
/** The judge of a department's name that names nobody (own-department.ts), loaded with them. */
let judgeDepartment: typeof import('./own-department').departmentClaim | undefined;

/** Loads the wording (a chunk of its own in the browsers); settles once the check can read it. */
export const loadMailSystemWording = (): Promise<void> =>
  Promise.all([
    import(/* webpackChunkName: "own-org" */ './own-org-phrases'),
    import(/* webpackChunkName: "own-org" */ './own-department'),
  ]).then(([m, d]) => {
    findClaims ??= phraseFinder(m.MAIL_SYSTEM_CLAIMS, m.MAIL_SYSTEM_PHRASES, (t) => t.MAIL_SYSTEM_PHRASES_NONLATIN);
    accountWords = m.ACCOUNT_WORDS;
    judgeDepartment = d.departmentClaim;
  });

/**
 * Forgets the wording, as a fresh pane starts without it.
 * @internal a test hook: the wording is module state
 */
export function forgetMailSystemWording(): void {
  findClaims = accountWords = judgeDepartment = undefined;
}

/**
 * Greeting words a script puts before the address, and honorifics after it (「yamada@… 様」). From the corpus and
 * the warnings cited in own-org-phrases.ts; lower-case, compared after NFKC.
 */
const GREETINGS = [
  'dear',
  'hello',
  'hi',
  'hey',
  'greetings',
  'attention',
  'attn',
  'good day',
  'hallo',
  'liebe',
  'lieber',
  'sehr geehrte',
  'sehr geehrter',
  'guten tag',
  'olá',
  'ola',
  'oi',
  'prezado',
  'prezada',
  'caro',
  'cara',
  'estimado',
  'estimada',
  'hola',
  'bonjour',
  'cher',
  'chère',
  'beste',
  'geachte',
  'hoi',
  'gentile',
  'ciao',
  'salve',
  '尊敬的',
  '亲爱的',
  '您好',
  '你好',
  'こんにちは',
];
const HONORIFICS = ['様', 'さま', '殿', 'さん'];

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

// ---------------------------------------------------------------------------------------------------------------
// Finding the reader's address or domain in text, at name boundaries, without regexes over the text.

/** NFKC with ASCII letters lower-cased: one unit stays one unit, so a position maps back onto the NFKC text. */
function folded(text: string): { shown: string; lower: string } {
  const shown = text.normalize('NFKC');
  // ASCII letters only, one unit for one, so positions in `lower` are positions in `shown`.
  return { shown, lower: shown.replace(ASCII_CAPITALS, (run) => run.toLowerCase()) };
}

const ASCII_CAPITALS = /[A-Z]+/g;

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
function named(lower: string, shown: string, who: Reader, withDomains: boolean): Named | undefined {
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

/** Evidence for a header whose NFKC form holds `highlight`: shown as written when it is there verbatim. */
function headerEvidence(header: string, value: string, shown: string, highlight: string): Evidence {
  return { header, value: value.includes(highlight) ? value : shown, highlight, author: 'sender' };
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

let lastBody: { text: string; forms: { shown: string; lower: string } } | undefined;

/** The body's text as the reader sees it: NFKC, whitespace runs one space, cut. */
function bodyForms(msg: ParsedMessage): { shown: string; lower: string } {
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

/** The greeting ends at `end`: punctuation, the end, or a new sentence (a capital letter, a non-Latin word). */
function endsGreeting(shown: string, end: number): boolean {
  const next = shown.slice(end, end + 2).trimStart()[0];
  if (next === undefined || ',:;!.'.includes(next)) return true;
  return !(next >= 'a' && next <= 'z');
}

/** Local parts no person is called (`industrypack-devel`, `info2021`): a greeting by them is a mail merge. */
function nonPersonalLocalPart(address: string): string | undefined {
  const local = address.slice(0, address.lastIndexOf('@'));
  return local.length >= 3 && /[0-9._+-]/.test(local) && !/^[0-9]+$/.test(local) ? local : undefined;
}

/**
 * The reader greeted by address (or by a machine-like local part) in the body: a greeting word before it, an
 * honorific after it, or the address opening the body followed by a comma or colon.
 */
function greeting(body: { shown: string; lower: string }, who: Reader, withDomains: boolean): Named | undefined {
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

/**
 * The reader's address named as the account (addressAsAccount) by a sender whose display name is a role of ours
 * ("IT-Abteilung", "IT Service Desk"): a stranger signing as our IT department about our mailbox. Not by any sender:
 * a vendor's genuine notice names the account it is about ("your account p.okafor@… was created").
 */
function signedAccount(
  msg: ParsedMessage,
  who: Reader,
  body: { shown: string; lower: string },
  ctx: CheckContext,
): Evidence | undefined {
  if (!findClaims || !accountWords) {
    // The words come with the wording: asked for only when the body names the reader's address at all.
    if (named(body.lower, body.shown, who, false)) ctx.needs.add('own-org');
    return undefined;
  }
  if (!findClaims(msg.from?.name ?? '').some((h) => h.family === 'role')) return undefined;
  const account = addressAsAccount(body, who, accountWords);
  return account && bodyEvidence(body.shown, account);
}

/** Characters before an address in which an account word counts. */
const ACCOUNT_REACH = 24;

/** The reader's address written right after a mailbox or account word. */
export function addressAsAccount(
  body: { shown: string; lower: string },
  who: Reader,
  words: readonly string[],
): Named | undefined {
  for (const a of who.addresses) {
    for (const at of namePositions(body.lower, a, false)) {
      let end = at;
      while (end > 0 && ' :"\'“”„«(<'.includes(body.lower[end - 1]!)) end--;
      const head = body.lower.slice(Math.max(0, end - ACCOUNT_REACH), end);
      // A compound ending in the word counts ("Microsoft-Konto", "Benutzerkonto"): no word start is asked for.
      if (words.some((w) => head.endsWith(w))) return { text: body.shown.slice(at, at + a.length), start: at };
    }
  }
  return undefined;
}

export function bodyEvidence(display: string, hit: Named): Evidence {
  return {
    header: 'Body',
    value: excerpt(display, hit.start, hit.start + hit.text.length),
    highlight: hit.text,
    author: 'sender',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Who is accountable for the message.

/**
 * The From domain is a known brand's own, confirmed by aligned DMARC: Microsoft's own quota notice, not a phish. Not
 * a free mailbox (gmail.com is Google's, but anyone's Gmail account is not Google speaking).
 */
function accountableBrand(msg: ParsedMessage, ctx: CheckContext): boolean {
  const reg = msg.from?.registrable;
  return !!reg && ctx.dmarc === 'pass' && !FREE_MAIL_DOMAINS.has(reg) && brandsOwningDomain(ctx.brands, reg).length > 0;
}

/**
 * The foreign sender behind a message about the reader's own mail system: the From domain when it is not the
 * organisation's; else, when the own From domain is not confirmed by aligned DMARC, a Reply-To elsewhere (a list or
 * forwarder that rewrote From keeps the real sender there), or the bounce address (Return-Path) of another
 * organisation's server: our own mail system's notice is not sent by a stranger's VPS (`root@vps118.hostsailor.net`
 * for "halvorsen-eng.com Mail Server <no-reply@halvorsen-eng.com>"). An ESP sending for us passes DMARC.
 */
function foreignSender(
  msg: ParsedMessage,
  ctx: CheckContext,
  who: Reader,
): { domain: string; evidence: Evidence } | undefined {
  const from = msg.from;
  if (!from?.registrable) return undefined;
  const fromField = msg.headers.find((h) => h.key === 'from');
  if (!who.own.has(from.registrable)) {
    if (accountableBrand(msg, ctx)) return undefined;
    return {
      domain: from.domain,
      evidence: headerMark('From', fromField?.value ?? from.address, from.domain),
    };
  }
  // A forwarder that rewrote From to `Name via Forwarder <its own address>` signed it: the pass is the forwarder's.
  if (ctx.dmarc === 'pass' && !rewrittenFrom(from.name)) return undefined;
  const reply = msg.replyTo.find((r) => r.registrable && !who.own.has(r.registrable));
  const elsewhere = reply ? { address: reply, key: 'reply-to', header: 'Reply-To' } : undefined;
  const bounce = msg.returnPath;
  const other =
    elsewhere ??
    (bounce?.registrable && !who.own.has(bounce.registrable)
      ? { address: bounce, key: 'return-path', header: 'Return-Path' }
      : undefined);
  if (!other) return undefined;
  const field = msg.headers.find((h) => h.key === other.key);
  return {
    domain: other.address.domain,
    evidence: headerMark(other.header, field?.value ?? other.address.address, other.address.domain),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The checks.

/**
 * Where the message names the reader's organisation as its own: display name, subject, greeting, opening, our domain
 * carried in a host, a link's text.
 */
function orgClaim(
  msg: ParsedMessage,
  who: Reader,
  body: { shown: string; lower: string },
  ctx: CheckContext,
): Evidence | undefined {
  const name = msg.from?.name ?? '';
  const fromField = msg.headers.find((h) => h.key === 'from');
  const inName = folded(name);
  const n = named(inName.lower, inName.shown, who, true);
  if (n) return headerEvidence('From', fromField?.value ?? name, inName.shown, n.text);
  const inSubject = folded(msg.subject);
  const s = named(inSubject.lower, inSubject.shown, who, true);
  if (s) return headerEvidence('Subject', msg.subject, inSubject.shown, s.text);
  const g = greeting(body, who, true);
  if (g) return bodyEvidence(body.shown, g);
  // A name that starts in the opening counts whole ("Your mailbox p.gallagher@example.co.uk has reached …").
  const opening = named(body.lower.slice(0, OPENING + LONGEST_NAME), body.shown, who, true);
  if (opening && opening.start < OPENING) return bodyEvidence(body.shown, opening);
  const claim = hostClaim(msg, who, ctx) ?? linkClaim(webLinks(msg), who);
  if (claim) return claim;
  // Our name alone is the weakest sign of all: what names our domain, anywhere, is shown first.
  const it = ourItByName(inName, who, ctx, msg.from?.registrable ?? '');
  if (it) return headerEvidence('From', fromField?.value ?? name, inName.shown, it);
  return undefined;
}

/** Shortest name of ours read alone: `example` of example.com, not `abc` of abc.co.jp (any word could be). */
const MIN_ORG_NAME = 5;

/**
 * The display name signs as our IT desk by our organisation's name alone, not its domain ("Northmere IT Service
 * Desk" for northmere.ac.uk, "Halvorsen IT" for halvorsen-eng.com): the university and company credential phish sent
 * from a compromised mailbox elsewhere. Our name and a role of ours (own-org-phrases.ts) both, and then only what also
 * speaks as our mail system counts (wording, below); a partner named like us writes without our mail system's notices.
 */
function ourItByName(
  name: { shown: string; lower: string },
  who: Reader,
  ctx: CheckContext,
  senderDomain: string,
): string | undefined {
  const ours = who.domains
    .map((d) => d.slice(0, d.indexOf('.')).split('-')[0]!)
    .find((n) => n.length >= MIN_ORG_NAME && namePositions(name.lower, n, false, 1).length > 0);
  if (!ours) return undefined;
  // A sender whose own domain carries our name (example.co.jp beside our example-group.co.jp) is a sister domain the
  // configuration does not list, or a look-alike of ours, which the look-alike checks judge: the name proves nothing.
  if (senderDomain.slice(0, senderDomain.indexOf('.')).split('-').includes(ours)) return undefined;
  if (!findClaims) return void ctx.needs.add('own-org');
  if (!findClaims(name.shown).some((h) => h.family === 'role')) return undefined;
  const at = namePositions(name.lower, ours, false, 1)[0]!;
  return name.shown.slice(at, at + ours.length);
}

/** Longest address or domain looked for at the opening (RFC 5321's 254-character address). */
const LONGEST_NAME = 254;

/** Shortest dashed or glued form of our domain read as a claim: `ab-de` could be anything's. */
const MIN_CARRIED = 8;

/**
 * Our domain written into a foreign host's labels: dashed (`example-co-uk.helpdesk-portal.online`) or glued
 * (`examplecouk-mail.net`), where a dot cannot go. A host named so is dressed as ours — the From domain or a link.
 * Tenants of a vendor carry only our name (`example.zendesk.com`), never the whole domain, and are left alone; so is
 * a brand's host named for its customer (`example-my.sharepoint.com` for example.my): the brand's.
 */
function hostClaim(msg: ParsedMessage, who: Reader, ctx: CheckContext): Evidence | undefined {
  const from = msg.from;
  const value = msg.headers.find((h) => h.key === 'from')?.value ?? '';
  const hosts = [
    ...(from?.registrable ? [{ host: from.domain, registrable: from.registrable, url: undefined }] : []),
    ...webLinks(msg),
  ];
  for (const { host, registrable, url } of hosts) {
    const carried = carriedDomain(host.toLowerCase(), who);
    if (!carried || who.own.has(registrable) || brandsOwningDomain(ctx.brands, registrable).length > 0) continue;
    if (url) return { url, value: host, author: 'sender' };
    return headerMark('From', value, carried);
  }
  return undefined;
}

/** The dashed or glued form of one of the reader's domains found whole between a host's dots and dashes. */
function carriedDomain(host: string, who: Reader): string | undefined {
  for (const d of who.domains) {
    for (const form of [d.replace(/\./g, '-'), d.replace(/\./g, '')]) {
      if (form.length < MIN_CARRIED) continue;
      for (let i = host.indexOf(form); i >= 0; i = host.indexOf(form, i + 1)) {
        const before = i > 0 ? host[i - 1]! : '.';
        const after = i + form.length < host.length ? host[i + form.length]! : '.';
        if ('.-'.includes(before) && '.-'.includes(after)) return form;
      }
    }
  }
  return undefined;
}

/** An anchor whose text names the reader's address or domain but opens another organisation's host. */
function linkClaim(links: Link[], who: Reader): Evidence | undefined {
  for (const link of links) {
    if (!link.text || who.own.has(link.registrable)) continue;
    const t = folded(link.text);
    const n = named(t.lower, t.shown, who, true);
    if (n) return { url: link.url, value: link.text, author: 'sender' };
  }
  return undefined;
}

/** Words an organisation's own sender name adds to its domain ("example.com Support", "IT Team example.com"). */
const SENDER_WORDS = new Set(
  (
    'support team security service services notification notifications alert alerts admin administrator it mail ' +
    'email e-mail webmail server system account accounts notice info helpdesk postmaster'
  ).split(' '),
);

/**
 * The display name is the reader's organisation itself: its domain or address alone (`"lists.example.net"
 * <x@elsewhere>`), or with generic sender words only ("example.com Support"). A foreign sender who signs as the
 * organisation speaks as its mail system, whatever the subject says.
 * Trap: a colleague writing from a personal mailbox with the domain in the name ("Yamada (example.co.jp)") names a
 * person: any word that is not a generic sender word keeps the name a person's.
 */
function nameIsTheOrganisation(name: string, who: Reader): string | undefined {
  const { shown, lower } = folded(name);
  const n = named(lower, shown, who, true);
  if (!n) return undefined;
  const rest = lower.slice(0, n.start) + ' ' + lower.slice(n.start + n.text.length);
  const words = rest.split(/[^\p{L}\p{N}-]+/u).filter((w) => w && w !== '-');
  return words.length <= 2 && words.every((w) => SENDER_WORDS.has(w)) ? n.text : undefined;
}

/**
 * The mail-system wording: the display name (roles too), the subject, the body (roles not: signatures vary). Without
 * the phrases loaded, says the check needs them and finds nothing yet.
 */
function wording(msg: ParsedMessage, body: { shown: string }, who: Reader, ctx: CheckContext): Evidence | undefined {
  const name = msg.from?.name ?? '';
  const itself = nameIsTheOrganisation(name, who);
  if (itself) {
    const value = msg.headers.find((h) => h.key === 'from')?.value ?? name;
    return headerMark('From', value, itself);
  }
  if (!findClaims) {
    ctx.needs.add('own-org');
    return undefined;
  }
  // Signing in with the work account is said to staff, not by a mail system: departmentClaim reads it.
  const inName = findClaims(name, new Set<MailSystemClaim>(['work']))[0];
  if (inName) return hitEvidence('From', msg.headers.find((h) => h.key === 'from')?.value ?? name, inName);
  const notRole = new Set<MailSystemClaim>(['role', 'work']);
  const inSubject = findClaims(msg.subject, notRole)[0];
  if (inSubject) return hitEvidence('Subject', msg.subject, inSubject);
  const inBody = findClaims(body.shown, notRole)[0];
  if (inBody) {
    const phrase = inBody.display.slice(inBody.start, inBody.end);
    return {
      header: 'Body',
      value: excerpt(inBody.display, inBody.start, inBody.end),
      highlight: phrase,
      author: 'sender',
    };
  }
  return undefined;
}

export function hitEvidence(header: string, value: string, hit: PhraseHit<MailSystemClaim>): Evidence {
  const phrase = hit.display.slice(hit.start, hit.end);
  return { header, value: value.includes(phrase) ? value : hit.display, highlight: phrase, author: 'sender' };
}

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
  /[部課课]|人事|総務|总务|總務|経理|担当|事務局|センター|中心|财务|財務|行政|福利|給与|薪|サービス|アカウント/;

/**
 * Whether the display name may be a department's that names nobody (own-department.ts judges it, in the own-org
 * chunk): a head word.
 */
function mayNameDepartment(name: string): boolean {
  const n = name.slice(0, 80).normalize('NFKC').toLowerCase();
  return CJK_HEADS.test(n) || n.split(/[\s,/|:()&-]+/).some((w) => HEADS.has(w));
}

/**
 * The brand-free service kit speaking as our own department (own-department.ts departmentClaim): asked for only
 * when the display name may be a department's, and judged once the own-org chunk is here.
 */
function departmentClaim(
  msg: ParsedMessage,
  who: Reader,
  body: { shown: string; lower: string },
  ctx: CheckContext,
): { claim: Evidence; said: Evidence } | undefined {
  if (!mayNameDepartment(msg.from?.name ?? '')) return undefined;
  if (!findClaims || !accountWords || !judgeDepartment) return void ctx.needs.add('own-org');
  return judgeDepartment(msg, who, body, ctx, findClaims, accountWords);
}

/**
 * sender.own-org-impersonation (fail): the message speaks as the reader's own mail system — mailbox full, password
 * expiring, messages held, account deactivation, "Mail Administrator" — names the reader's address or domain in
 * the display name, subject, greeting, opening line or a link's text, carries our domain dashed or glued into the
 * sender's or a link's host, or names our mailbox while signing as our IT department; and comes from another
 * organisation.
 * Attack: the most common credential phish ("industrypack-devel@lists.example.net Password expires today") from a
 * compromised account anywhere; it claims no brand, so brand checks never see it.
 * Trap: the organisation's own IT mail (own domain, aligned DMARC), Microsoft's or Google's own notices (a brand's
 * own domain with aligned DMARC), and a colleague or newsletter mentioning the company's domain (no mail-system
 * wording, or the name only in a footer).
 */
const ownOrgImpersonation: Check = (msg, ctx) => {
  const who = reader(msg, ctx);
  if (who.own.size === 0 && who.addresses.length === 0) return undefined;
  const sender = foreignSender(msg, ctx, who);
  if (!sender) return undefined;
  const body = bodyForms(msg);
  const claim = orgClaim(msg, who, body, ctx) ?? signedAccount(msg, who, body, ctx);
  if (!claim) {
    const department = departmentClaim(msg, who, body, ctx);
    if (!department) return undefined;
    return finding(
      'sender.own-org-impersonation',
      'fail',
      { named: msg.from?.name ?? '', domain: sender.domain },
      [department.claim, department.said, sender.evidence],
      'sender.own-org-impersonation.department',
    );
  }
  const said = wording(msg, body, who, ctx);
  if (!said) return undefined;
  // The display name that names the organisation is also what says it speaks as it: one line of evidence, not two.
  const same = said.header === claim.header && said.value === claim.value;
  return finding(
    'sender.own-org-impersonation',
    'fail',
    { named: claim.highlight ?? claim.value ?? '', domain: sender.domain },
    same ? [claim, sender.evidence] : [claim, said, sender.evidence],
  );
};

/**
 * content.address-greeting (warn): the reader's address is the greeting ("Dear yamada@…", "Hallo user@…") or sits
 * in the subject ("user@…, your chance to win").
 * Attack: a mail merge over a list of harvested addresses knows nothing else about the reader; real services greet
 * by name.
 * Trap: a footer "This email was sent to you@…" is not a greeting; a known brand's own domain confirmed by DMARC
 * (Google's "Security alert for you@gmail.com") and the organisation's own authenticated mail are not counted.
 */
const addressGreeting: Check = (msg, ctx) => {
  if (accountableBrand(msg, ctx)) return undefined;
  const who = reader(msg, ctx);
  if (who.addresses.length === 0) return undefined;
  if (ctx.dmarc === 'pass' && msg.from?.registrable && who.own.has(msg.from.registrable)) return undefined;
  const subject = folded(msg.subject);
  const s = named(subject.lower, subject.shown, who, false);
  if (s) {
    return finding(
      'content.address-greeting',
      'warn',
      { address: s.text },
      [headerEvidence('Subject', msg.subject, subject.shown, s.text)],
      'content.address-greeting.subject',
    );
  }
  const body = bodyForms(msg);
  const g = greeting(body, who, false);
  return g
    ? finding('content.address-greeting', 'warn', { address: g.text }, [bodyEvidence(body.shown, g)])
    : undefined;
};

/** Every own-organisation check, in report order, with its finding id. */
export const OWN_ORG_CHECKS: readonly (readonly [string, Check])[] = [
  ['sender.own-org-impersonation', ownOrgImpersonation],
  ['content.address-greeting', addressGreeting],
];
