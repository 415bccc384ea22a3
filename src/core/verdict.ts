/**
 * The verdict policy: one table, a reason per row. A finding's status is how it is shown; this table decides how
 * much it weighs, and whether a warning is *of substance* (a sign of deception by itself) or only context (everyday
 * mail shows it too: a link to another organisation, a missing reverse DNS). The rules, in `decideVerdict`:
 * 1. Weights add up (each finding id counts once, at its highest row). Context warnings add only on top of signs of
 *    substance: they can turn "suspicious" into "likely phishing" but never make a message suspicious by themselves.
 *    No single warning reaches "suspicious" on its own: every warn row weighs less than SUSPICIOUS. A pass row weighs
 *    negative: a confirmation lowers the sum but cannot cancel a forged domain (8) or a planted brand (4+4.5). A row
 *    that decides alone weighs DECIDES_ALONE (8) and is likely phishing whatever passes beside it: a free mailbox's
 *    domain always passes its own checks (sender.authentication:pass), and a payment platform relaying a stranger's
 *    callback note passes as the brand (sender.brand-mismatch:pass) — both confirm the servers, not the script.
 * 2. Two independent warnings of substance (different ids, not two link warnings about one link) make a message at
 *    least suspicious, whatever they weigh; three make it likely phishing: genuine mail that trips one check by
 *    accident does not trip three unrelated ones at once.
 * 3. A claimed brand, or the reader's own organisation, plus a link to a foreign organisation is likely phishing
 *    (for our own organisation: any link outside its own domains, since the sender is already foreign, or a QR code
 *    to scan that nobody could read).
 *    links.host-mismatch fails only when a brand is claimed and the mail is not authenticated as it (aligned DMARC
 *    pass); authenticated, the brand's links to itself or its ESP raise nothing — nor an attached message's from the
 *    brand's own domain, which nothing could authenticate (links.ts fromOwnsLinks). Not authenticated as the brand, a
 *    link to the sender's own domain is foreign to the brand too: a look-alike domain passing DMARC for itself and
 *    linking to itself is the phisher's own site, however coherent.
 * 4. Coherence counts for bulk mail: when the sender is authenticated (aligned DMARC or DKIM pass) and its links and
 *    List-Unsubscribe all go to its own domains or its ESP's (verdict-facts.ts), the warnings marked 'unless-coherent'
 *    (the reader's address in the sender's own links, a footer greeting, tracking text, styled letters) are context:
 *    that is how an accountable sender's bulk mail looks. Never decided by a list's name or the mere presence of a
 *    List-* header.
 * Rule 2b: the phishing script (content.lure) plus a link to another organisation is suspicious — or plus any web link
 * at all from a sender not authenticated (not an attached message, which none could be): its "own" site is only its
 * word (an authenticated service's own notice linking to itself stays clean: offline, nothing tells it from a
 * look-alike that passes DMARC for itself — the domain-age look-up does); 2c: when that script
 * takes the account or a payment (lure-phrases.ts TAKING_FAMILIES) and the sender is not authenticated, likely phishing;
 * 2d: any such script from a free mailbox with a link to another organisation, likely phishing (no organisation
 * answers for a stranger's Gmail account sending a prize survey or a wallet check to a site elsewhere); 2e: the
 * script from a sender not authenticated, with a link to a page anyone rents in minutes (a bucket, a free site, a
 * form, a tunnel, IPFS: links.throwaway-host), likely phishing — an accountable sender's survey on Google Forms
 * authenticates, and a colleague's form comes without the script; authenticated too when the script takes the
 * account or a payment (a compromised mailbox's "verify your mailbox" on a bucket: no accountable sender asks for a
 * password or a card on a page anyone rents); 2f: a brand planted in a link to such a page,
 * likely phishing whoever sends it (brandOnRentedPage); 2g: a payee's changed bank account for the payments to come
 * (content.bank-change) is at least suspicious whatever passes beside it — authentication cannot tell a supplier from
 * a fraudster in the supplier's mailbox, and the verdict's advice (check by a channel you already know) is the check;
 * likely phishing when the same letter rules that check out ("reply by email only": content.bank-change.no-call), or
 * when its replies go to a free mailbox that is not the sender's (bankChangeToFreeMailbox).
 * Rule 2k: a PDF's button (at most three links in the file) dressed as a brand's site (links.brand-in-path fail on it)
 * is likely phishing (brandOnPdfButton).
 * Rule 2l: a brand claimed by a sender that is not the brand's (sender.brand-mismatch, fail or warn), whose every way
 * out is a public shortener, is likely phishing whatever authenticates (brandBehindShortener).
 * 5. A check that could not run on the message (report.check-failed: it threw, analyze.ts caught it) leaves it at
 *    least suspicious: "no red flags" would claim a judgement that did not happen — the lure lexicon failing to compile
 *    would otherwise pass every phish whose only sign is its wording. Trap: none to avoid; a check that throws on
 *    genuine mail is a bug to fix, and the reader is told which check it was.
 */
import type { Finding, Verdict } from './report';
import type { Weighed } from './findings';
import { TAKING_FAMILIES, type LureFamily } from './checks/lure-phrases';

/**
 * How a warning counts (warn rows only; fail rows are always of substance, pass rows lower the sum): absent = of
 * substance; 'context' = only adds to other signs; 'unless-coherent' = of substance unless the sender is coherent.
 */
type Substance = 'context' | 'unless-coherent';

/** @internal */
export interface PolicyRow {
  weight: number;
  reason: string;
  substance?: Substance;
}

/**
 * A row for every `id:status` the catalogue (findings.ts) allows as fail, warn or pass, and none other: a missing
 * row, or one naming an id or status that does not exist, does not compile.
 * @internal
 */
export type PolicyTable = { readonly [pair in Weighed]: PolicyRow };

/** Facts the findings do not carry, computed once by analyze (verdict-facts.ts). */
export interface VerdictFacts {
  /**
   * Whether the From address is a free mailbox: asked last, only when the answer could change the verdict (it may
   * make the host load the maintained free-mail list and analyse again).
   */
  freeMailSender?: () => boolean;
  /** The From domain is confirmed: aligned DMARC pass, or a DKIM pass aligned with it. */
  authenticated?: boolean;
  /** Authenticated sender whose links and unsubscribe all go to its own domains or its ESP's. */
  coherent?: boolean;
  /** The message has a web link, wherever it leads (rule 2b: the script and somewhere to go). */
  webLink?: boolean;
  /**
   * An attached message (attached-message.ts): nothing could authenticate it, so a link to its own site is no sign
   * (rule 2b's last clause), as an authenticated sender's is none; its other signs count as ever.
   */
  attached?: boolean;
  /**
   * Every web link stays on the From organisation's own ground, where nobody else can put a page: the From domain
   * is a brand's own (brands.json) and every link is on it, or the From host and every link are under one government's
   * reserved suffix (`gov.uk`) — no page anyone rents, no shortener, no URL inside a query (verdict-facts.ts). Asked
   * only when its answer could change the verdict (the brand table's waiting domains may be loaded for it).
   */
  linksStayHome?: () => boolean;
  /** A web link leads outside the reader's own organisation's domains (without it: any links.host-mismatch). */
  linkOutsideOwnOrg?: boolean;
  /** The reader's own organisation's domains (rule 3: a look-alike of one of them claims our organisation). */
  ownDomains?: ReadonlySet<string>;
  /** Rule 2h: every web link opens a page anyone rents (not a form) or hides its target (verdict-facts.ts). */
  onlyRentedDoors?: boolean;
  /**
   * Rule 2l: every web link hides where it goes (a public shortener, a redirect by code: verdict-facts.ts), none on the
   * authenticated sender's own domain.
   */
  onlyHiddenDoors?: boolean;
  /** Rule 2i: a PDF attachment's button (one of at most three links) opens a page anyone rents, not a form. */
  pdfRentedButton?: boolean;
  /** Rule 2k: the links of PDF attachments holding at most three (a lure's buttons), by URL (verdict-facts.ts). */
  pdfButtons?: ReadonlySet<string>;
  /** Rule 2j: To and Cc name nobody but the sender: the reader was sent a blind copy (verdict-facts.ts). */
  blindCopy?: boolean;
}

/** @internal tests hold the policy rows to the thresholds */
export const LIKELY_PHISHING = 7;
/** @internal tests hold the policy rows to the thresholds */
export const SUSPICIOUS = 3.5;
/** A fail row of this weight decides alone (rule 1). */
const DECIDES_ALONE = 8;

/** @internal tests walk every row */
export const POLICY: PolicyTable = {
  // Sender
  'sender.spoofed-domain:fail': {
    weight: 8,
    reason: "The recipient's own mail system says the From domain is forged: nothing else is needed.",
  },
  'sender.brand-mismatch:fail': {
    weight: 5,
    reason:
      'A brand is claimed from a domain the brand does not own: the core of impersonation, but newsletters and resellers name brands too, so it needs one more sign.',
  },
  'sender.brand-mismatch:warn': {
    weight: 3,
    reason:
      'A brand is claimed from a domain not in its list, but nobody checked that list against a public source: the brand may own that domain, so it needs other signs.',
  },
  'sender.role-free-mail:fail': {
    weight: 8,
    reason:
      'An executive or finance role on a free mailbox asking for gift cards, a wire or an urgent favour: the CEO-fraud script; companies do not pay that way.',
  },
  'sender.role-free-mail:warn': {
    weight: 1.5,
    substance: 'context',
    reason: 'A role title on a free mailbox: CEO fraud starts so, but people also put their titles on gmail.',
  },
  'sender.own-org-impersonation:fail': {
    weight: 5,
    reason:
      "Our own mail system's notice (quota, password, held mail) naming the reader, sent by another organisation: IT outsourced to a provider can say the same, so it needs one more sign.",
  },
  'sender.signoff-brand:fail': {
    weight: 5,
    reason: 'Signs off as a brand it is not and links elsewhere: impersonation in the sign-off (rule 3).',
  },
  'sender.signoff-brand:warn': {
    weight: 3,
    reason: 'Signs off as a brand whose domains are unverified: it may own this one.',
  },
  'sender.lookalike-domain:fail': {
    weight: 5,
    reason: 'A domain built to imitate a brand or our own has no innocent use.',
  },
  'sender.lookalike-domain:warn': { weight: 2.5, reason: 'A domain that resembles a brand may be a coincidence.' },
  'sender.display-name-address:warn': {
    weight: 2.5,
    reason: 'A display name that shows another address is made to be read instead of the real one.',
  },
  'sender.reply-lookalike:fail': {
    weight: 5,
    reason:
      "Replies diverted to a near copy of the sender's own domain: nobody registers a misspelling of their own name to receive their replies.",
  },
  'sender.reply-to:fail': {
    weight: 5,
    reason:
      "Replies diverted to a domain made to pass for a brand or your organisation: nobody registers one to receive a brand's answers.",
  },
  'sender.reply-to:warn': {
    substance: 'unless-coherent',
    weight: 1.5,
    reason: 'Replies diverted elsewhere: common in scams, but also in ticketing and newsletters.',
  },
  'sender.message-id:warn': {
    substance: 'context',
    weight: 0.5,
    reason: 'A malformed Message-ID marks a hand-made mailer, weakly.',
  },
  'sender.authentication:warn': {
    substance: 'context',
    weight: 1.5,
    reason: "Authentication failed for the sender's own domain: forwarding and lists also break it.",
  },
  'sender.no-registrable-domain:fail': {
    weight: 4,
    reason: 'Mail from outside whose From domain nobody can register: no organisation answers for it.',
  },
  'sender.no-registrable-domain:warn': {
    substance: 'context',
    weight: 1,
    reason: 'A From domain nobody can register, on mail that never came from outside: an internal server, likely.',
  },
  'sender.hosting-platform:warn': {
    weight: 2,
    reason: "A sender on a platform's free subdomain: made in minutes; apps on the platform use it too.",
  },
  'sender.machine-local-part:warn': {
    substance: 'context',
    weight: 1,
    reason: 'A machine-made mailbox name marks bulk-registered accounts, weakly: some systems name mailboxes so.',
  },
  'sender.incoherent-identity:warn': {
    weight: 1.5,
    reason: 'Headers and links of three unrelated organisations: a message built from borrowed parts, or a relay.',
  },
  // Origin
  'origin.sender-network:warn': {
    weight: 2,
    reason: 'A claimed brand written from a mail account logged in from a rented server.',
  },
  'origin.helo-loopback:warn': {
    substance: 'context',
    weight: 1,
    reason: 'A script sending straight to the Internet under a loopback name.',
  },
  'origin.forged-helo:fail': {
    weight: 4,
    reason:
      "A machine without reverse DNS greeting as a brand's mail server: the brand's servers have it, so the name is borrowed.",
  },
  'origin.forged-helo:warn': {
    weight: 2,
    reason: 'The same, for a brand whose domain list nobody verified: the name may not be the brand host we think.',
  },
  'origin.no-reverse-dns:warn': {
    substance: 'context',
    weight: 1,
    reason: 'No reverse DNS where the message entered: typical of throw-away senders, also of small servers.',
  },
  'origin.reserved-ip:warn': {
    substance: 'context',
    weight: 1,
    reason: 'An impossible address in the path: a forged or broken line.',
  },
  'origin.time-skew:warn': {
    substance: 'context',
    weight: 0.5,
    reason: 'Clocks out of order: forged lines or a wrong sender clock.',
  },
  'origin.org-filter:warn': {
    weight: 2,
    reason: 'Our own filter classed it as spam, phish or spoof and it still arrived.',
  },
  // Links
  'links.brand-in-path:fail': {
    weight: 4,
    reason: 'A real brand domain planted in a link to another host is how phishing makes a URL look right.',
  },
  'links.lookalike-host:fail': {
    weight: 8,
    reason:
      "A domain of the brand's name and a sign-in or file word, not the brand's, linked by mail naming the brand: the phishing page itself.",
  },
  'links.text-mismatch:fail': { weight: 4, reason: "The link shows one brand's address and opens another." },
  'links.text-mismatch:warn': {
    substance: 'unless-coherent',
    weight: 1.5,
    reason: 'The link shows one address and opens another: also what click tracking does.',
  },
  'links.host-mismatch:fail': {
    weight: 4.5,
    reason:
      "A brand is claimed, not confirmed, and its links lead to neither the brand nor the sender: the brand's real mail links to the brand.",
  },
  'links.host-mismatch:warn': {
    substance: 'context',
    weight: 0.5,
    reason: 'Links to third parties are everyday mail; it only adds to other signs.',
  },
  'links.recipient-in-url:warn': {
    substance: 'unless-coherent',
    weight: 1.5,
    reason: "The victim's address in the link pre-fills a fake login page; unsubscribe links do it too.",
  },
  'links.obfuscated-host:fail': {
    weight: 3,
    reason: 'A link host disguised by user@host tricks or confusable letters.',
  },
  'links.obfuscated-host:warn': {
    weight: 1.5,
    reason: 'A link to a bare IP or through a shortener hides where it goes.',
  },
  'links.throwaway-host:warn': {
    weight: 1.5,
    reason: 'Free hosting, storage, forms and IPFS cost a phisher nothing; colleagues share forms too.',
  },
  'links.qr-code:fail': {
    weight: 4,
    reason:
      "A QR code in an image leads to a sign-in page of another organisation than the sender, or to a page there carrying the reader's address: the quishing lure, hidden from the reader's eye and from link filters; a service's own sign-in QR leads to its own domain.",
  },
  'links.qr-code:warn': {
    weight: 2,
    reason:
      "A QR code in an image leads to another organisation than the sender: a hidden link; a genuine ticket or newsletter's QR leads to the sender's own site, but some lead to an app store, so it needs one more sign.",
  },
  'links.rented-page:fail': {
    weight: 6.5,
    reason:
      "A document offered behind a link to a page anyone rents in minutes (a free site, a bucket's page, a shortener): the mail of a taken-over mailbox, whose sender authenticates; real shares open a file service or the sender's own site. Its rented host weighs beside it.",
  },
  'links.hacked-site:fail': {
    weight: 6.5,
    reason:
      "A page in a website's file folders (WordPress uploads, .well-known), on a site neither the sender's nor a brand's, carrying the reader's address and offered as a document or a sign-in: the kit planted on a hacked site; no site keeps pages for visitors there. Its address in the link weighs beside it. Or a payment document (a remittance advice, a purchase order) offered as a OneNote, Loop or Sway page in a Microsoft 365 not the reader's, the sender's own included: a finance system prints such a document as a file, never as a notebook, and the page holds only the button to a sign-in kit; the taken-over firm's mailbox passes every check, so it needs the story beside it to be likely.",
  },
  'links.hacked-site:warn': {
    weight: 2.5,
    reason:
      "A page in another website's file folders with the reader's address or offered as a document, or a OneNote, Loop or Sway page in a third organisation's Microsoft 365 offered as a document to open or sign: how kits on hacked sites and taken-over tenants look, but an odd download page or a shared notebook can too, so it needs one more sign.",
  },
  'links.fake-attachment:warn': {
    weight: 2.5,
    reason:
      "A link dressed as an attached file that opens another organisation's web page: the fake attachment; a real share links to a file service or the sender's own site.",
  },
  'links.install-file:fail': {
    weight: 8,
    reason:
      "A link that downloads an Android app or a Windows program or script from a host neither the authenticated sender's nor a named brand's: malware delivered past the attachment filter, as an attached program would be; a vendor's release notice links its own site.",
  },
  'links.install-file:warn': {
    weight: 2.5,
    reason:
      'An installer an authenticated company links on another host (a mirror, a CDN), or a program on the site the From names without proving it: how software is shared, and how it is slipped in, so it needs one more sign.',
  },
  'links.qr-prompt:warn': {
    weight: 2.5,
    reason:
      'The text asks the reader to scan a QR code that could not be read: a link nobody can check, opened on a phone outside the company; genuine tickets say so too, so it needs one more sign.',
  },
  'links.attachment-link:fail': {
    weight: 4,
    reason:
      "A PDF attachment whose one or two buttons open a sign-in page of another organisation than the sender: the document lure, its link out of the message's sight; a genuine invoice's buttons lead to the sender's own site.",
  },
  // Content
  'content.form:fail': { weight: 4, reason: 'A password field inside a mail has no legitimate use.' },
  'content.form:warn': {
    substance: 'context',
    weight: 1.5,
    reason: 'A form inside a mail: surveys do it, phishing does it more.',
  },
  'content.risky-attachment:fail': {
    weight: 8,
    reason:
      'An attached program, a disguised file name, a page that asks for a password or opens a site by itself, or a bill locked in an archive whose password the same unauthenticated mail gives: mail systems block programs, and genuine invoices are PDFs; a local phishing page needs no link in the mail, and a lock whose key travels beside it hides the content only from the filters, so it decides alone.',
  },
  'content.risky-attachment:warn': {
    weight: 2,
    reason: 'An attached page with links, or an archive that could not be listed: how lures travel, and also files.',
  },
  'content.address-greeting:warn': {
    substance: 'unless-coherent',
    weight: 1.5,
    reason: 'Greeted by the bare address: a mail merge over harvested addresses; careless genuine senders do it too.',
  },
  'content.callback:fail': {
    weight: 8,
    reason:
      'A charge to dispute only by phone, from a free mailbox or under a brand the sender is not, with no link to any shop: callback phishing has nothing else to show.',
  },
  'content.callback:warn': {
    weight: 2.5,
    reason: 'A charge to dispute by phone with no link to the sender: callback phishing, or a terse genuine invoice.',
  },
  'content.extortion:fail': {
    weight: 8,
    reason:
      'A Bitcoin address to pay to, with two claims of the extortion script (broke in or recorded you, will tell your contacts, pay within hours): no genuine sender writes that, so it decides alone.',
  },
  'content.advance-fee:fail': {
    weight: 8,
    reason:
      'A large sum, inheritance or fund waiting for the reader, told as the advance-fee script, with replies sent to a mailbox nobody answers for: the answer is what it wants, so it decides alone.',
  },
  'content.advance-fee:warn': {
    substance: 'context',
    weight: 1.5,
    reason:
      'The advance-fee story without a diverted reply: charity and legal news tell of funds and beneficiaries too.',
  },
  'content.bec-request:fail': {
    weight: 8,
    reason:
      'A payment, gift cards or bank details asked for by a mailbox nobody answers for, or an opener whose reply an organisation diverts to a free mailbox: the BEC script, no link needed.',
  },
  'content.bec-request:warn': {
    weight: 2.5,
    reason: '"Are you available?" or "send me your number" from a free mailbox: how BEC starts; friends write so too.',
  },
  'content.job-messenger:fail': {
    weight: 8,
    reason:
      'Pay by the day or by the task, the talk moved to WhatsApp or Telegram, from a mailbox nobody answers for: the task-scam hook; no employer hires so, so it decides alone.',
  },
  'content.job-messenger:warn': {
    weight: 2.5,
    reason:
      'The same offer from an organisation that answers for its domain: a compromised or careless recruiter; it needs another sign.',
  },
  'content.domain-slam:fail': {
    weight: 8,
    reason:
      'A renewal or expiry invoice for our own domain from someone else whose small print says it is not a bill: the domain-slamming and search-submission invoice; no registrar writes that line, so it decides alone.',
  },
  'content.rental-deposit:fail': {
    weight: 8,
    reason:
      'The absent-landlord scam: a free mailbox lets a home it cannot show, asks the deposit first and sends the keys by post; nobody who owns the place lets it so, so it decides alone.',
  },
  'content.faceless-authority:fail': {
    weight: 5,
    reason:
      'A card, tax, fine or pay notice from a role-only name and domain: real issuers name themselves; a refund agent may not.',
  },
  'content.pretext:fail': {
    weight: 8,
    reason:
      "One of the rarer kinds told by its story and where it sends the reader: an infringement proof kept as a stranger's file, a SIM swap to cancel through a link nobody answers for, a stranger recalling a meeting then investment, a utility named by a domain of generic words with the script; no accountable sender writes so, so it decides alone.",
  },
  'content.bank-change:fail': {
    weight: 4.5,
    reason:
      "A payee's bank account changed and payments to go there: at least suspicious whatever passes beside it (rule 2g), because the verdict then says what every bank says — confirm by phone on a number you already have. A supplier's genuine change gets the same advice, rightly: a compromised supplier mailbox writes from the real address in the real thread, so nothing in the mail tells the two apart, and the check costs one call while the miss costs the payment. Not likely phishing alone: most such letters are genuine.",
  },
  'content.foreign-iban:fail': {
    weight: 4.5,
    reason:
      "A payee's changed account in another country than the sender's (its domain's, or its old account's): the mule account of vendor email compromise; suspicious alone, likely phishing with the change asked (content.bank-change).",
  },
  'content.payout-details:fail': {
    weight: 8,
    reason: 'A refund to collect by typing a bank card into a link, or lost: the refund kit; it decides alone.',
  },
  'content.payout-details:warn': {
    weight: 3,
    reason: 'A refund to collect by giving a bank account: seller platforms ask so too; it needs another sign.',
  },
  'content.disguised-text:fail': {
    weight: 4,
    reason: 'A brand name disguised to pass filters.',
  },
  'content.disguised-text:warn': {
    weight: 2.5,
    substance: 'unless-coherent',
    reason: 'Letters hidden from filters: genuine senders do not.',
  },
  'content.attached-message:fail': {
    weight: 8,
    reason:
      'An attached message that is likely phishing by its own signs (its link, its claim, its wording, judged as on arrival): the outer mail only delivers it, and opening it is what it asks; the lure wrapped so that gateways and previews judge the harmless outer mail.',
  },
  'content.attached-message:warn': {
    weight: 3,
    reason:
      'An attached message suspicious by its own signs: one sign of substance, as the same signs would be in the body; a genuine forwarded message shows none.',
  },
  'content.forwarded:warn': {
    substance: 'context',
    weight: 0.5,
    reason: "Signs only in a message a colleague forwarded: that message's, shown, not weighed as the colleague's.",
  },
  'content.lure:warn': {
    weight: 3,
    reason:
      'Two or more kinds of pressure (threat, login, payment, deadline) at once; real notices use the same words, so it needs one more sign.',
  },
  // Online (only after the reader asked for a look-up; a look-up that failed is info and weighs nothing)
  'online.domain-age:fail': {
    weight: 4.5,
    reason:
      'A brand claim, a login form or our own name rests on a domain registered under 30 days ago: throwaway phishing domains are days old, and a brand does not move its mail to a new domain overnight.',
  },
  'online.domain-age:warn': {
    weight: 2,
    reason: 'A domain registered under 90 days ago: most phishing domains are new; so are new businesses.',
  },
  // Confirmations: what the reader's own mail system proved lowers the weight of wording and link signs.
  'sender.brand-mismatch:pass': {
    weight: -3,
    reason: "The claimed brand's own domain, confirmed by aligned DMARC: the brand is accountable for it.",
  },
  'sender.authentication:pass': {
    weight: -1,
    reason: "The sender's domain is confirmed; phishers can confirm their own domains too, so it lowers little.",
  },
};

/** Applies the table and rules 1–4 above: the verdict, and the rows that counted (as `id:status`). */
export function decideVerdict(
  findings: readonly Finding[],
  facts: VerdictFacts = {},
): { verdict: Verdict; reasons: string[] } {
  const best = new Map<string, { pair: string; weight: number; substantive: boolean; urls: Set<string> }>();
  for (const f of findings) {
    const pair = `${f.id}:${f.status}`;
    const row = Object.prototype.hasOwnProperty.call(POLICY, pair) ? POLICY[pair as Weighed] : undefined;
    if (!row) continue;
    const prev = best.get(f.id);
    // Links are compared by URL: two link warnings about one link are one sign; other sections name no link. One id
    // made of several findings (a kind of disguise each) is one sign about all their links.
    const urls = new Set(f.section === 'links' ? f.evidence.map((e) => e.url).filter((u): u is string => !!u) : []);
    if (prev) for (const u of prev.urls) urls.add(u);
    if (prev && row.weight <= prev.weight) {
      prev.urls = urls;
      continue;
    }
    const context = row.substance === 'context' || (row.substance === 'unless-coherent' && !!facts.coherent);
    best.set(f.id, { pair, weight: row.weight, substantive: f.status !== 'warn' || !context, urls });
  }
  const rows = [...best.values()].sort((a, b) => b.weight - a.weight);
  let substance = rows.reduce((sum, r) => sum + (r.substantive ? r.weight : 0), 0);
  let score = rows.reduce((sum, r) => sum + r.weight, 0);
  const has = (pair: string) => rows.some((r) => r.pair === pair);
  // A free mailbox always passes its own checks, so its sender.authentication pass lowers nothing: anyone opens one in
  // a minute (a brand-in-path fail from gmail.com is as suspicious as from a server that signs nothing). Asked only
  // when it decides the verdict, since it may load the maintained free-mail list; an organisation's pass still counts.
  if (
    substance < SUSPICIOUS &&
    substance + 1 >= SUSPICIOUS &&
    has('sender.authentication:pass') &&
    !!facts.freeMailSender?.()
  ) {
    substance += 1;
    score += 1;
  }
  // Rule 3: a brand (or our own organisation) claimed, and a link to an organisation that is not it. A sender domain
  // built to imitate ours (`example-hr.com` for example.com) claims our organisation as its name does.
  const ownClaimed = has('sender.own-org-impersonation:fail') || ownLookalike(findings, facts);
  const claimedAndForeign =
    has('links.host-mismatch:fail') ||
    // A brand's sign-off (signoff-brand.ts) fails only with a link away from the brand: rule 3 as it stands.
    has('sender.signoff-brand:fail') ||
    (ownClaimed && ((facts.linkOutsideOwnOrg ?? best.has('links.host-mismatch')) || best.has('links.qr-prompt')));
  const decidedAlone = rows.some((r) => r.weight >= DECIDES_ALONE && r.pair.endsWith(':fail'));
  // Rule 5: a check that could not run.
  const unchecked = findings.some((f) => f.id === 'report.check-failed');
  const verdict: Verdict =
    claimedAndForeign ||
    decidedAlone ||
    (substance >= SUSPICIOUS && score >= LIKELY_PHISHING) ||
    independentWarnings(rows, 3) ||
    (lureWithSomewhereToGo(has, best) && !facts.authenticated && !facts.coherent && lureTakes(findings)) ||
    (lureWithSomewhereToGo(has, best) && !!facts.freeMailSender?.()) ||
    scriptOnRentedPage(has, findings, facts) ||
    brandOnRentedPage(best) ||
    brandOnPdfButton(best, facts) ||
    brandBehindShortener(best, facts) ||
    (!best.has('content.forwarded') && !!facts.pdfRentedButton) ||
    (has('links.hacked-site:warn') && !!facts.blindCopy) ||
    findings.some((f) => f.message.key === 'content.bank-change.no-call') ||
    bankChangeToFreeMailbox(has, findings)
      ? 'likely-phishing'
      : substance >= SUSPICIOUS ||
          unchecked ||
          independentWarnings(rows, 2) ||
          lureWithSomewhereToGo(has, best) ||
          // The script with a link, from a sender nobody confirmed — unless every link stays on ground the sender
          // names as its own and nobody else can build on (a court's or registrar's genuine notice, set44 g-en-03,
          // g-en-04, whose reader's system left no trusted verdict): a spoof of that sender would open the real site.
          (has('content.lure:warn') &&
            !!facts.webLink &&
            !facts.authenticated &&
            !facts.attached &&
            !facts.linksStayHome?.()) ||
          has('content.bank-change:fail') ||
          (!best.has('content.forwarded') && onlyRentedDoors(facts))
        ? 'suspicious'
        : 'no-red-flags';
  const reasons = rows.map((r) => r.pair);
  return { verdict, reasons: unchecked && verdict === 'suspicious' ? [...reasons, 'report.check-failed'] : reasons };
}

/** Rule 3: the sender's domain imitates one of the reader's own (sender.lookalike-domain fail aimed at it). */
function ownLookalike(findings: readonly Finding[], facts: VerdictFacts): boolean {
  return findings.some((f) => {
    const target = (f.message.params as { target?: unknown }).target;
    return (
      f.id === 'sender.lookalike-domain' &&
      f.status === 'fail' &&
      typeof target === 'string' &&
      !!facts.ownDomains?.has(target)
    );
  });
}

/**
 * Rule 2b: the phishing script (content.lure: two or more kinds of pressure, never seen on genuine mail in the
 * development corpus) plus a link to an organisation other than the sender's — the place the pressure sends the
 * reader. A foreign link alone is context (half of genuine mail has one); with the script it is where the lure leads.
 * So is a QR code the text asks the reader to scan and nobody could read (links.qr-prompt): it leads off the mail.
 */
function lureWithSomewhereToGo(has: (pair: string) => boolean, best: ReadonlyMap<string, unknown>): boolean {
  return has('content.lure:warn') && (best.has('links.host-mismatch') || best.has('links.qr-prompt'));
}

/**
 * Rule 2e: the script with a link to a page anyone rents in minutes (links.throwaway-host), from a sender not
 * authenticated — or from any sender when the script takes the account or a payment (a compromised mailbox's "verify
 * your mailbox" on a bucket). An authenticated shop's survey on Google Forms stays suspicious.
 */
function scriptOnRentedPage(
  has: (pair: string) => boolean,
  findings: readonly Finding[],
  facts: VerdictFacts,
): boolean {
  if (!has('content.lure:warn') || !has('links.throwaway-host:warn')) return false;
  return (!facts.authenticated && !facts.coherent) || lureTakes(findings);
}

/**
 * Rule 2f: one link both plants a brand (links.brand-in-path fail) and opens a page anyone rents in minutes
 * (links.throwaway-host): `onedrive-po-docs.hostingersite.com`, `ameli-carte-vitale.weebly.com` — a brand's page
 * dressed up on a free site builder or bucket. A brand's own pages live on its own domains; a genuine mail that
 * links a fan page or a reseller's shop does not dress it in the brand's name, whatever the sender.
 */
function brandOnRentedPage(best: ReadonlyMap<string, { pair: string; urls: Set<string> }>): boolean {
  return brandPlantedOn(best, best.get('links.throwaway-host')?.urls);
}

/**
 * Rule 2k: a PDF attachment's button (one of at most three links in the file) plants a brand in a foreign host or
 * path (links.brand-in-path fail on that very link): `gestoriaalba-my.sharepoint.com.docview-secure.com/factura/…`
 * in the "invoice" of a taken-over accountancy mailbox, whose body has no link for a filter to judge. A document's
 * link is no newsletter's redirector and no gateway's rewrite: dressed as a brand's site, it is the lure's one door.
 * Trap: a real document links many sites (a library guide's proxied `scholar.google.com.ezproxy…` among dozens) and
 * is left to the other rules; a PDF linking the brand's own site plants nothing (brand-in-path's own traps).
 */
function brandOnPdfButton(
  best: ReadonlyMap<string, { pair: string; urls: Set<string> }>,
  facts: VerdictFacts,
): boolean {
  return brandPlantedOn(best, facts.pdfButtons);
}

/**
 * Rule 2l: a brand is claimed by a sender that is not the brand's (sender.brand-mismatch fail, or warn: the brand's
 * domain list is unverified) and every way out of the message is a public shortener (verdict-facts.ts
 * onlyHiddenDoors): the DGT speeding fine from `sede-dgt-notifica.com` (its own DMARC pass, via Mailgun) whose one
 * link is `acortar.link/DGT-Multa…`, the Sparkasse pushTAN "update" from `spk-onlinebanking-info.de` linking
 * `is.gd/spk_…` (set40 p-es-01, set45 p-de-01). An unverified brand's claim only warns because the brand may own the
 * sender's domain; that doubt does not reach the link: a brand's notice sends its reader to its own site, and a
 * shortener is nobody's site and hides which one it opens, so the claim and the link cannot both be the brand's.
 * Traps: the brand's own authenticated mail (brand-mismatch pass, no claim against it), a brand's own short domain
 * (amzn.to, the savings banks' s.de: no public shortener, no hidden door), a link on the authenticated sender's own
 * domain (no door), a newsletter naming brands only in its text (no claim), any other link beside the short one (a
 * site that speaks for the sender: left to the other rules), and a message a colleague forwarded (content.forwarded).
 */
function brandBehindShortener(best: ReadonlyMap<string, { pair: string }>, facts: VerdictFacts): boolean {
  const claim = best.get('sender.brand-mismatch')?.pair;
  return (
    (claim === 'sender.brand-mismatch:fail' || claim === 'sender.brand-mismatch:warn') &&
    !best.has('content.forwarded') &&
    !!facts.onlyHiddenDoors
  );
}

/** Rules 2f and 2k: links.brand-in-path failed on one of these links (by URL). */
function brandPlantedOn(
  best: ReadonlyMap<string, { pair: string; urls: Set<string> }>,
  urls: ReadonlySet<string> | undefined,
): boolean {
  const planted = best.get('links.brand-in-path');
  return !!planted && !!urls && planted.pair.endsWith(':fail') && [...planted.urls].some((u) => urls.has(u));
}

/**
 * Rule 2h: from a sender no organisation answers for (no aligned DMARC or DKIM pass; not an attached message, which
 * none could authenticate), every way out of the message is a page anyone rents in minutes (verdict-facts.ts
 * onlyRentedDoors: a free site, app host, bucket or IPFS, not a form) or a shortener hiding where it goes: the
 * "refund" or "e-KYC" notice whose one button is `bit.ly/…` or `x.web.app`. Suspicious, not likely: the door is one
 * sign, and the ask's wording (any language) is not read here; a plain note with one short link from a server that
 * signs nothing stays suspicious, rightly, since nothing shows who sent it or where it leads.
 * Traps: an authenticated sender is left alone — a founder's deck on DocSend, a developer's preview on netlify.app, a
 * company's Weibo link on t.cn, a friend's Wix site from Gmail are everyday mail, and a kit's self-made domain with the
 * same one button reads exactly alike without its wording; a form (a club's sign-up sheet) is a page by design.
 */
function onlyRentedDoors(facts: VerdictFacts): boolean {
  return !facts.attached && !facts.authenticated && !!facts.onlyRentedDoors;
}

/**
 * Rule 2d is inline in decideVerdict: content.lure + a foreign link + a free-mail sender, asked last (the `||` chain
 * stops before it when another rule decided), so the maintained free-mail list is loaded for those messages alone. Trap: a
 * friend forwarding a newsletter from Gmail — one family of pressure is not a script, and the lure needs two.
 */

/**
 * Rule 2c: the script asks for the account or for money (a family of TAKING_FAMILIES among its two or more). With a
 * link to another organisation than the sender's, that link is where the credentials or the card are typed: the
 * account-takeover and parcel-fee phish that names no brand. Prize, survey, casino, investment and windfall scripts
 * with a link stay "suspicious": that is how aggressive spam reads too. Not for an authenticated sender (aligned
 * DMARC or DKIM pass): it answers for its domain, and its link elsewhere may be a brand's domain our table lacks or
 * its payment provider — suspicious, and likely only with other signs.
 */
function lureTakes(findings: readonly Finding[]): boolean {
  const lure = findings.find((f) => f.id === 'content.lure' && f.status === 'warn');
  const keys = (lure?.message.params as { families?: { keys?: readonly string[] } } | undefined)?.families?.keys;
  return !!keys?.some((k) => TAKING_FAMILIES.has(k.slice(k.lastIndexOf('.') + 1) as LureFamily));
}

/**
 * Rule 2g, its second clause: a payee's changed bank account (content.bank-change fail) whose replies are diverted to a
 * free mailbox on another domain than the sender's (sender.reply-to, key sender.reply-to.free-mail) is the payment
 * diversion itself: the fraudster in a supplier's taken-over mailbox writes from the real, authenticated address in the
 * real thread and sets Reply-To to a GMX or Gmail box of his own, so the "please confirm by reply" and any question
 * about the new IBAN reach him, not the supplier (set43 p-de-03). No supplier announces its new account and wants the
 * answer in a stranger's free mailbox. Traps: a supplier's genuine change with no Reply-To or one on its own domain; a
 * sole trader writing from a free mailbox whose Reply-To is on the same domain (sender.reply-to stays silent); a
 * newsletter or ticket whose Reply-To is free mail but announces no new account — each stays as it was.
 */
function bankChangeToFreeMailbox(has: (pair: string) => boolean, findings: readonly Finding[]): boolean {
  return (
    has('content.bank-change:fail') &&
    findings.some((f) => f.id === 'sender.reply-to' && f.message.key === 'sender.reply-to.free-mail')
  );
}

/**
 * Rule 2: whether `k` warnings of substance are independent — of different ids, and no two of them about the same
 * link (two link warnings about one link are one sign seen twice). A search over at most a few dozen rows, k ≤ 3.
 */
function independentWarnings(
  rows: readonly { pair: string; substantive: boolean; urls: Set<string> }[],
  k: number,
): boolean {
  const warns = rows.filter((r) => r.substantive && r.pair.endsWith(':warn'));
  const apart = (a: Set<string>, b: Set<string>) => ![...a].some((u) => b.has(u));
  const pick = (from: number, chosen: Set<string>[]): boolean =>
    chosen.length === k ||
    warns.some((r, i) => i >= from && chosen.every((c) => apart(c, r.urls)) && pick(i + 1, [...chosen, r.urls]));
  return pick(0, []);
}
