/**
 * The judging of the own-organisation checks (own-org.ts says what they catch and what they leave alone): where the
 * message names the reader's organisation as its own, and who is behind it. In the task pane it is the own-org chunk,
 * with the mail-system wording, fetched only for a message that passes own-org.ts's gate (it names the reader's
 * address or domain, carries the domain in a host, or a display name has a department's head word or our name).
 */
import type { Evidence } from '../report';
import type { Link, ParsedMessage } from '../types';
import { finding } from '../findings';
import { rewrittenFrom } from '../parse/addresses';
import { dkimAlignedPass } from '../parse/auth-results';
import { mailHosts } from './mail-hosts';
import { brandsOwningDomain } from '../brands/lookup';
import type { CheckContext } from './check';
import { FREE_MAIL_DOMAINS } from './free-mail';
import { headerMark } from './header-mark';
import { webLinks } from './links';
import { signedNoticeJudge } from './content';
import { bodyEvidence, excerpt, phraseFinder, type PhraseFinder, type PhraseHit } from './lure-matcher';
import type { MailSystemClaim } from './own-org-phrases';
import {
  MIN_CARRIED,
  MIN_ORG_NAME,
  bodyForms,
  folded,
  OPENING,
  greeting,
  mayNameDepartment,
  mayNameRole,
  LONGEST_NAME,
  named,
  namePositions,
  type Named,
  type Reader,
} from './own-org';

/**
 * The mail-system wording (own-org-phrases.ts) and the department judge (own-department.ts), handed over by
 * own-org.ts's loader with this module: the same chunk in the browsers.
 */
let findClaims: PhraseFinder<MailSystemClaim> | undefined;
/** The mailbox and account words an address is named after (own-org-phrases.ts ACCOUNT_WORDS). */
let accountWords: readonly string[] | undefined;
/** The judge of a department's name that names nobody (own-department.ts). */
let judgeDepartment: typeof import('./own-department').departmentClaim | undefined;

/** Called by own-org.ts loadMailSystemWording with the wording's modules. */
export function useWording(m: typeof import('./own-org-phrases'), d: typeof import('./own-department')): void {
  findClaims ??= phraseFinder(m.MAIL_SYSTEM_CLAIMS, m.MAIL_SYSTEM_PHRASES, (t) => t.MAIL_SYSTEM_PHRASES_NONLATIN);
  accountWords = m.ACCOUNT_WORDS;
  judgeDepartment = d.departmentClaim;
}
/** Evidence for a header whose NFKC form holds `highlight`: shown as written when it is there verbatim. */
function headerEvidence(header: string, value: string, shown: string, highlight: string): Evidence {
  return { header, value: value.includes(highlight) ? value : shown, highlight, author: 'sender' };
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
    // The words come with the wording: asked for only when the name may be a role's and the body names our address.
    if (mayNameRole(msg.from?.name ?? '') && named(body.lower, body.shown, who, false)) ctx.needs.add('own-org');
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
 * The From domain is the organisation that delivered the message to the reader and holds the mailbox (mail-hosts.ts),
 * confirmed by aligned DMARC or DKIM: the provider's own notice about the reader's mailbox ("k.tanaka@… is 95% full"),
 * however it words it. Not a free mailbox: anyone has one at the provider that hosts the reader's too.
 */
function ourMailHost(msg: ParsedMessage, ctx: CheckContext): boolean {
  const reg = msg.from?.registrable ?? '';
  if (!reg || FREE_MAIL_DOMAINS.has(reg) || !mailHosts(msg).has(reg)) return false;
  return ctx.dmarc === 'pass' || !!dkimAlignedPass(msg.authResults, reg);
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
    if (accountableBrand(msg, ctx) || ourMailHost(msg, ctx)) return undefined;
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
  if (!ours || carriesOurName(senderDomain, who)) return undefined;
  if (!findClaims) return void ctx.needs.add('own-org');
  if (!findClaims(name.shown).some((h) => h.family === 'role')) return undefined;
  const at = namePositions(name.lower, ours, false, 1)[0]!;
  return name.shown.slice(at, at + ours.length);
}

/**
 * A sender whose own domain carries our name (example.co.jp beside our example-group.co.jp): a sister domain the
 * configuration does not list, or a look-alike of ours, which the look-alike checks judge. Our name in its display
 * name proves nothing either way.
 */
function carriesOurName(senderDomain: string, who: Reader): boolean {
  const labels = senderDomain.slice(0, senderDomain.indexOf('.')).split('-');
  return who.domains.some((d) => {
    const ours = d.slice(0, d.indexOf('.')).split('-')[0]!;
    return ours.length >= MIN_ORG_NAME && labels.includes(ours);
  });
}

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
  return mailSystemClaim(msg, body);
}

/** The mail-system wording's claims (quota, password, held mail, the account) in the subject or the body. */
function mailSystemClaim(msg: ParsedMessage, body: { shown: string }): Evidence | undefined {
  const notRole = new Set<MailSystemClaim>(['role', 'work']);
  const inSubject = findClaims?.(msg.subject, notRole)[0];
  if (inSubject) return hitEvidence('Subject', msg.subject, inSubject);
  const inBody = findClaims?.(body.shown, notRole)[0];
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
 * organisation. Failing the wording, an authenticated stranger's notice about the mailbox with a button elsewhere
 * (strangerSignsAsOurs, key .notice).
 * Attack: the most common credential phish ("industrypack-devel@lists.example.net Password expires today") from a
 * compromised account anywhere; it claims no brand, so brand checks never see it.
 * Trap: the organisation's own IT mail (own domain, aligned DMARC), Microsoft's or Google's own notices (a brand's
 * own domain with aligned DMARC), the provider that delivered the message and holds the mailbox (ourMailHost), and a
 * colleague or newsletter mentioning the company's domain (no mail-system wording, or the name only in a footer).
 */
export const ownOrgImpersonation = (msg: ParsedMessage, ctx: CheckContext, who: Reader) => {
  const sender = foreignSender(msg, ctx, who);
  if (!sender) return undefined;
  const body = bodyForms(msg);
  const claim = orgClaim(msg, who, body, ctx) ?? signedAccount(msg, who, body, ctx);
  if (!claim) {
    const department = departmentClaim(msg, who, body, ctx);
    if (department) {
      return finding(
        'sender.own-org-impersonation',
        'fail',
        { named: msg.from?.name ?? '', domain: sender.domain },
        [department.claim, department.said, sender.evidence],
        'sender.own-org-impersonation.department',
      );
    }
  } else {
    const said = wording(msg, body, who, ctx);
    if (said) {
      // The display name that names the organisation is also what says it speaks as it: one line of evidence, not two.
      const same = said.header === claim.header && said.value === claim.value;
      return finding(
        'sender.own-org-impersonation',
        'fail',
        { named: claim.highlight ?? claim.value ?? '', domain: sender.domain },
        same ? [claim, sender.evidence] : [claim, said, sender.evidence],
      );
    }
  }
  return strangerSignsAsOurs(msg, ctx, who, claim, sender.evidence, body);
};

/**
 * sender.own-org-impersonation (key .notice): an authenticated stranger signs as our mail system — a role of ours in
 * the display name ("Mail Administrator", "IT Help Desk", "Postmaster"), or our address or domain named as orgClaim
 * reads it — and its message is the mail-account notice with a button elsewhere (lure-notice.ts signedNotice: a
 * mail word and a claim, the button to none of the sender, us, our mail provider, its mail service or a brand).
 * Attack: the "your own mail system" kit sent from a freshly registered domain or a compromised business mailbox that
 * passes SPF, DKIM and DMARC for its own domain: authentication says who sent it, not that they run our mailbox.
 * Trap: what answers for our mailbox is not a stranger (our own domains, a sister domain carrying our name, the
 * provider that delivered the message, a brand authenticated as itself: lure-notice.ts signedNotice); a vendor about its own
 * service signs as itself, not as our mail administrator, and links to its own domains.
 */
function strangerSignsAsOurs(
  msg: ParsedMessage,
  ctx: CheckContext,
  who: Reader,
  claim: Evidence | undefined,
  sender: Evidence,
  body: { shown: string },
) {
  const from = msg.from;
  if (!from?.registrable || who.own.has(from.registrable) || carriesOurName(from.domain, who)) return undefined;
  const signed = claim ?? roleInName(msg);
  if (!signed) return undefined;
  // lure-notice.ts's judging, in the "disclaimer" chunk, which content.ts loads (and asks for) for every message.
  const notice = signedNoticeJudge();
  if (!notice) return void ctx.needs.add('disclaimer');
  const said = notice(msg, ctx, who.own, mailSystemClaim(msg, body));
  if (!said) return undefined;
  return finding(
    'sender.own-org-impersonation',
    'fail',
    { named: signed.highlight ?? signed.value ?? '', domain: from.domain },
    [signed, said.claim, said.button, sender],
    'sender.own-org-impersonation.notice',
  );
}

/** The display name's role of our mail system ("Mail Administrator", "IT Help Desk"), as evidence. */
function roleInName(msg: ParsedMessage): Evidence | undefined {
  const name = msg.from?.name ?? '';
  const role = findClaims?.(name).find((h) => h.family === 'role');
  return role && hitEvidence('From', msg.headers.find((h) => h.key === 'from')?.value ?? name, role);
}

/**
 * content.address-greeting (warn): the reader's address is the greeting ("Dear yamada@…", "Hallo user@…") or sits
 * in the subject ("user@…, your chance to win").
 * Attack: a mail merge over a list of harvested addresses knows nothing else about the reader; real services greet
 * by name.
 * Trap: a footer "This email was sent to you@…" is not a greeting; a known brand's own domain confirmed by DMARC
 * (Google's "Security alert for you@gmail.com") and the organisation's own authenticated mail are not counted.
 */
export const addressGreeting = (msg: ParsedMessage, ctx: CheckContext, who: Reader) => {
  if (accountableBrand(msg, ctx)) return undefined;
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
