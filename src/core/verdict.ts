/**
 * The verdict policy: one table, a reason per row. A finding's status is how it is shown; this table decides how
 * much it weighs. Weights add up (each finding id counts once, at its highest row); the sum is compared with two
 * thresholds. No single warning reaches "suspicious" on its own: every warn row weighs less than SUSPICIOUS. A pass
 * row weighs negative: a confirmation lowers the sum but cannot cancel a forged domain (8) or a planted brand (4+4.5).
 */
import type { Finding, Verdict } from './report';
import type { Weighed } from './findings';

/** @internal */
export interface PolicyRow {
  weight: number;
  reason: string;
}

/**
 * A row for every `id:status` the catalogue (findings.ts) allows as fail, warn or pass, and none other: a missing
 * row, or one naming an id or status that does not exist, does not compile.
 * @internal
 */
export type PolicyTable = { readonly [pair in Weighed]: PolicyRow };

/** @internal tests hold the policy rows to the thresholds */
export const LIKELY_PHISHING = 7;
/** @internal tests hold the policy rows to the thresholds */
export const SUSPICIOUS = 3.5;

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
  'sender.own-org-impersonation:fail': {
    weight: 5,
    reason:
      "Our own mail system's notice (quota, password, held mail) naming the reader, sent by another organisation: IT outsourced to a provider can say the same, so it needs one more sign.",
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
  'sender.reply-to:warn': {
    weight: 1.5,
    reason: 'Replies diverted elsewhere: common in scams, but also in ticketing and newsletters.',
  },
  'sender.message-id:warn': { weight: 0.5, reason: 'A malformed Message-ID marks a hand-made mailer, weakly.' },
  'sender.authentication:warn': {
    weight: 1.5,
    reason: "Authentication failed for the sender's own domain: forwarding and lists also break it.",
  },
  'sender.no-registrable-domain:fail': {
    weight: 4,
    reason: 'Mail from outside whose From domain nobody can register: no organisation answers for it.',
  },
  'sender.no-registrable-domain:warn': {
    weight: 1,
    reason: 'A From domain nobody can register, on mail that never came from outside: an internal server, likely.',
  },
  'sender.hosting-platform:warn': {
    weight: 2,
    reason: "A sender on a platform's free subdomain: made in minutes; apps on the platform use it too.",
  },
  'sender.machine-local-part:warn': {
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
    weight: 1,
    reason: 'A script sending straight to the Internet under a loopback name.',
  },
  'origin.no-reverse-dns:warn': {
    weight: 1,
    reason: 'No reverse DNS where the message entered: typical of throw-away senders, also of small servers.',
  },
  'origin.reserved-ip:warn': { weight: 1, reason: 'An impossible address in the path: a forged or broken line.' },
  'origin.time-skew:warn': { weight: 0.5, reason: 'Clocks out of order: forged lines or a wrong sender clock.' },
  'origin.org-filter:warn': {
    weight: 2,
    reason: 'Our own filter classed it as spam, phish or spoof and it still arrived.',
  },
  // Links
  'links.brand-in-path:fail': {
    weight: 4,
    reason: 'A real brand domain planted in a link to another host is how phishing makes a URL look right.',
  },
  'links.text-mismatch:fail': { weight: 4, reason: "The link shows one brand's address and opens another." },
  'links.text-mismatch:warn': {
    weight: 1.5,
    reason: 'The link shows one address and opens another: also what click tracking does.',
  },
  'links.host-mismatch:fail': {
    weight: 4.5,
    reason:
      "A brand is claimed, not confirmed, and its links lead to neither the brand nor the sender: the brand's real mail links to the brand.",
  },
  'links.host-mismatch:warn': {
    weight: 0.5,
    reason: 'Links to third parties are everyday mail; it only adds to other signs.',
  },
  'links.recipient-in-url:warn': {
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
  // Content
  'content.form:fail': { weight: 4, reason: 'A password field inside a mail has no legitimate use.' },
  'content.form:warn': { weight: 1.5, reason: 'A form inside a mail: surveys do it, phishing does it more.' },
  'content.risky-attachment:fail': {
    weight: 6,
    reason:
      'An attached program, a disguised file name, or a page that asks for a password or opens a site by itself: mail systems block programs, and genuine invoices are PDFs.',
  },
  'content.risky-attachment:warn': {
    weight: 2,
    reason: 'An attached page with links, or an archive that could not be listed: how lures travel, and also files.',
  },
  'content.address-greeting:warn': {
    weight: 1.5,
    reason: 'Greeted by the bare address: a mail merge over harvested addresses; careless genuine senders do it too.',
  },
  'content.lure:warn': {
    weight: 3,
    reason:
      'Two or more kinds of pressure (threat, login, payment, deadline) at once; real notices use the same words, so it needs one more sign.',
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

/** Applies the table: returns the verdict and the reasons (the rows that counted, as `id:status`). */
export function decideVerdict(findings: readonly Finding[]): { verdict: Verdict; reasons: string[] } {
  const best = new Map<string, { pair: string; weight: number }>();
  for (const f of findings) {
    const pair = `${f.id}:${f.status}`;
    const row = Object.prototype.hasOwnProperty.call(POLICY, pair) ? POLICY[pair as Weighed] : undefined;
    if (!row) continue;
    const prev = best.get(f.id);
    if (!prev || row.weight > prev.weight) best.set(f.id, { pair, weight: row.weight });
  }
  const rows = [...best.values()].sort((a, b) => b.weight - a.weight);
  const score = rows.reduce((sum, r) => sum + r.weight, 0);
  const verdict: Verdict =
    score >= LIKELY_PHISHING ? 'likely-phishing' : score >= SUSPICIOUS ? 'suspicious' : 'no-red-flags';
  return { verdict, reasons: rows.map((r) => r.pair) };
}
