/**
 * The brand-free "service" kit speaking as the reader's own department (sender.own-org-impersonation, key
 * `.department`): a display name that is a department or service desk naming no organisation at all — "Account
 * Services", "HR Benefits Administration", "Secure Document Portal", "Billing Department", "Recursos Humanos",
 * "Personalabteilung", "人事部" — from a foreign domain, that either asks the reader to sign in with the work account
 * ("scan the QR code and sign in with your work email"), or gives our mail system's notice (password expiring,
 * mailbox full) about our address named as the account or on a sign-in host carrying our name.
 * Attack: the professional kit on its own young, authenticated domain (`secure-acctnotice.com`,
 * `staffbenefit-portal.com`) with a sender name that could be any company's department, so no brand check sees it.
 * Trap: a vendor writing as itself names itself ("Okta", "Businessolver Benefits", "Acme Billing": one word that is
 * neither a department word nor glue makes the name somebody's), or names itself in the body; a vendor's department
 * writing to its own customer (its billing about its invoice) says neither of the above; our own HR on our own
 * authenticated domain is not foreign (own-org.ts foreignSender).
 * A chunk with own-org-phrases.ts (the word lists and the wording): own-org.ts asks for it only for a display name
 * with a department's head word.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { brandsOwningDomain } from '../brands/lookup';
import { registrableDomain } from '../parse/domains';
import type { CheckContext } from './check';
import { headerMark } from './header-mark';
import { webLinks } from './links';
import { excerpt, type PhraseFinder, type PhraseHit } from './lure-matcher';
import {
  CJK_DEPARTMENTS,
  DEPARTMENT_WORDS,
  GLUE_WORDS,
  STAFF_GREETINGS,
  type MailSystemClaim,
} from './own-org-phrases';
import type { Reader } from './own-org';
import { namePositions, OPENING } from './own-org';
import { bodyEvidence } from './lure-matcher';
import { addressAsAccount, hitEvidence } from './own-org-judge';

const DEPARTMENT = new Set(DEPARTMENT_WORDS.split(' '));
const GLUE = new Set(GLUE_WORDS.split(' '));

/** Display names longer than this are a sentence, not a department's name. */
const MAX_NAME = 80;

const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;

/** The longest CJK department word at `from` in `text` (a few dozen short words: linear in the name's length). */
function cjkWordAt(text: string, from: number): number {
  let best = 0;
  for (const w of CJK_DEPARTMENTS) if (w.length > best && text.startsWith(w, from)) best = w.length;
  return best;
}

/** A run of CJK letters made wholly of department words, read greedily left to right. */
function cjkDepartment(run: string): boolean {
  for (let i = 0; i < run.length;) {
    const n = cjkWordAt(run, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * The display name is a department or service desk and nothing else: every word a department word or glue, at least
 * one department word. False for a name that names anyone (a company, a brand, a person).
 */
export function namelessDepartment(name: string): boolean {
  const shown = name.normalize('NFKC').toLowerCase().trim();
  if (!shown || shown.length > MAX_NAME) return false;
  let department = false;
  for (const word of shown.split(/[\s,/|:()[\]"'“”·•–—]+/u)) {
    if (!word) continue;
    const parts = word.split('-').filter(Boolean);
    if (DEPARTMENT.has(word)) department = true;
    // "HR-Abteilung", "e-Signature-Portal": a hyphenated word is read part by part when it is not one word itself.
    else if (parts.length > 1 && parts.every((p) => DEPARTMENT.has(p) || GLUE.has(p)))
      department ||= parts.some((p) => DEPARTMENT.has(p));
    else if (CJK_RUN.test(word) && cjkDepartment(word)) department = true;
    else if (!GLUE.has(word)) return false;
  }
  return department;
}

/** Every mail-system family but the work account's and the role's (read in the body and subject). */
const SAID_TO_STAFF = new Set<MailSystemClaim>(['role']);
const NOTICE_ONLY = new Set<MailSystemClaim>(['role', 'work']);

/** Shortest first label of our domain read as our name on a foreign host (`acme.vendor.com` would be anyone's). */
const MIN_LABEL_NAME = 6;

/**
 * Our organisation's name as a label of a link's host on a foreign domain that no brand owns
 * (`brightlinelogistics.secure-acctnotice.com` for brightlinelogistics.com): the sign-in page dressed as our tenant.
 * Read only with departmentClaim's other signs: a vendor's real tenant (`example.okta.com`) is named so too, and its
 * mail names the vendor.
 */
function ourNameOnHost(msg: ParsedMessage, who: Reader, ctx: CheckContext): Evidence | undefined {
  const names = who.domains.map((d) => d.slice(0, d.indexOf('.'))).filter((n) => n.length >= MIN_LABEL_NAME);
  if (names.length === 0) return undefined;
  for (const link of webLinks(msg)) {
    if (who.own.has(link.registrable) || brandsOwningDomain(ctx.brands, link.registrable).length > 0) continue;
    const labels = link.host.slice(0, Math.max(0, link.host.length - link.registrable.length - 1)).split('.');
    if (labels.some((l) => names.includes(l))) return { url: link.url, value: link.host, author: 'sender' };
  }
  return undefined;
}

/** The sender's own name (its domain's first label) written in the body as a word: a vendor speaking as itself. */
function senderNamesItself(msg: ParsedMessage, body: { lower: string }): boolean {
  const reg = msg.from?.registrable ?? '';
  const label = reg.slice(0, reg.indexOf('.'));
  if (label.length < 3) return false;
  // As a word, not inside a host or an address (`.vendor.com`, `@vendor.com`): the links and the footer's address
  // are the domain, not the sender naming itself.
  return namePositions(body.lower, label, false, 8).some((at) => body.lower[at - 1] !== '@');
}

/**
 * The claim: a display name that is a department naming nobody
 * ("Account Services", "HR Benefits Administration": own-department.ts), from a foreign domain, that either asks the
 * reader to sign in with the work account ("scan the QR code and sign in with your work email"), or gives our mail
 * system's notice (password expiring, mailbox full) about our address named as the account or on a sign-in host
 * carrying our name. Trap: a vendor's department writing to its own customer (its billing about its invoice, its
 * identity service about its password) names itself in the body, and says neither; our own HR on our own
 * authenticated domain is not foreign (foreignSender).
 */
export function departmentClaim(
  msg: ParsedMessage,
  who: Reader,
  body: { shown: string; lower: string },
  ctx: CheckContext,
  find: PhraseFinder<MailSystemClaim>,
  accountWords: readonly string[],
): { claim: Evidence; said: Evidence } | undefined {
  const name = msg.from?.name ?? '';
  if (!namelessDepartment(name) || senderNamesItself(msg, body)) return undefined;
  // The header as written when it shows the name (not an encoded word), else the name and address as decoded.
  const raw = msg.headers.find((h) => h.key === 'from')?.value ?? '';
  const claim = headerMark('From', raw.includes(name) ? raw : `${name} <${msg.from?.address ?? ''}>`, name);
  const said = (skip: ReadonlySet<MailSystemClaim>, family?: MailSystemClaim): Evidence | undefined => {
    const inSubject = find(msg.subject, skip).find((h) => !family || h.family === family);
    if (inSubject) return hitEvidence('Subject', msg.subject, inSubject);
    const inBody = find(body.shown, skip).find((h) => !family || h.family === family);
    return inBody && bodyHit(inBody);
  };
  const work = said(SAID_TO_STAFF, 'work') ?? ourDomainSignIn(body, who) ?? staffGreeting(msg, who, body, ctx);
  if (work) return { claim, said: work };
  const notice = said(NOTICE_ONLY);
  if (!notice) return undefined;
  const account = addressAsAccount(body, who, accountWords);
  const ours = account ? bodyEvidence(body.shown, account) : ourNameOnHost(msg, who, ctx);
  return ours && { claim: ours, said: notice };
}

/**
 * "Sign in with your tallgrasscpa.com credentials" (set43 p-en-05, the open-enrolment QR kit): the work account named
 * by our own domain, as the phrase list's "your work/company credentials" names it by a word. Our domain only: a
 * vendor's "sign in with your Okta account" names the vendor (senderNamesItself spares it before this is read).
 */
const DOMAIN_SIGN_IN =
  /\b(?:sign in|sign-in|signin|log in|login|log on|logon) (?:with|using) your ([a-z0-9][a-z0-9.-]{0,252}) (?:email|e-mail|account|credentials|login|password)/g;

function ourDomainSignIn(body: { shown: string; lower: string }, who: Reader): Evidence | undefined {
  if (who.domains.length === 0) return undefined;
  for (const m of body.lower.matchAll(DOMAIN_SIGN_IN)) {
    if (!who.domains.includes(registrableDomain(m[1]!))) continue;
    return bodyEvidence(body.shown, { start: m.index, text: body.shown.slice(m.index, m.index + m[0].length) });
  }
  return undefined;
}

/**
 * The circular's greeting to our colleagues themselves in the opening ("各位同事：", "Dear colleagues,", "職員各位":
 * STAFF_GREETINGS), from the nameless department, with a way out to a third party: a link or a QR code on a host
 * that is neither ours, nor the sender's, nor a brand's (set45 p-zh-01: the finance department's tax-subsidy QR code
 * to `gszl-btsl.cn`, sent from a supplier's Tencent Exmail).
 * Trap: HR of a sister company (a domain the configuration does not list) greeting "各位同事" about payslips on the
 * intranet links nowhere else, or to its own site; a supplier's finance department writes to its customer as
 * 贵公司 or by name, never as the customer's colleague.
 */
function staffGreeting(
  msg: ParsedMessage,
  who: Reader,
  body: { shown: string; lower: string },
  ctx: CheckContext,
): Evidence | undefined {
  const opening = body.lower.slice(0, OPENING);
  let at = -1;
  let greeting = '';
  for (const g of STAFF_GREETINGS) {
    const i = opening.indexOf(g);
    if (i >= 0 && (at < 0 || i < at)) [at, greeting] = [i, g];
  }
  if (at < 0) return undefined;
  const sender = msg.from?.registrable ?? '';
  const away = webLinks(msg).some(
    (l) =>
      l.registrable !== sender && !who.own.has(l.registrable) && !brandsOwningDomain(ctx.brands, l.registrable).length,
  );
  return away ? bodyEvidence(body.shown, { start: at, text: body.shown.slice(at, at + greeting.length) }) : undefined;
}

function bodyHit(hit: PhraseHit<MailSystemClaim>): Evidence {
  const phrase = hit.display.slice(hit.start, hit.end);
  return { header: 'Body', value: excerpt(hit.display, hit.start, hit.end), highlight: phrase, author: 'sender' };
}
