/**
 * links.lookalike-host's judging (lookalike-host.ts says what it looks for and what it spares): the words of a phishing
 * page's domain, whether the message names the brand, the finding. A chunk of its own in the browsers (`needs:
 * ['lookalike-host']`); the command line and the tools load it first.
 */
import type { Link, ParsedMessage } from '../types';
import { brandsOwningDomain, isBrandDomain, type Brand } from '../brands/lookup';
import { brandWordsDomain } from '../brands/lookalike';
import { finding } from '../findings';
import { madeOfWords } from '../text';
import type { Check, CheckContext } from './check';
import type { Finding } from '../report';
import { brandInPath, linkEvidence, senderLinkDomains, webLinks } from './links';

/**
 * Words a phishing page's domain adds to a brand's name (`docusign-review.net`, `egress-securemail.co`,
 * `dhl-redelivery.info`): the sign-in, the shared file, the failed delivery, the money owed. Narrower than the sender
 * look-alike's LURE_WORDS: none that brands name their own sites and products with (card, pay, shop, online, app,
 * parcel, express, tracking, service: `dhlparcel.nl`, `amazonservices.com`, `rakuten-card.co.jp` are real), nor
 * `news`, `api` or `partner` (a reseller's `dhl-partner.de` names the relationship, not a page to sign in on).
 */
const WORDS: ReadonlySet<string> = new Set(
  (
    'secure security login logon signin sign verify verification validate account accounts update support helpdesk ' +
    'auth confirm unlock reset recovery password alert notice review portal docs doc document file files share ' +
    'sharing view viewer download esign mail webmail inbox message redelivery redeliver reschedule billing invoice ' +
    'refund claim unpaid wallet'
  ).split(' '),
);

/** Those words (plurals, digits between: `secure2-login`), at least one of them: `docusign-2` is no page's name. */
const isLinkLure = (s: string): boolean =>
  /[a-z]/.test(s) && madeOfWords(s, WORDS, 12, { digits: true, plurals: true });

/** Body characters searched for the brand's name. */
const MAX_TEXT = 20_000;

/** A Latin letter, digit or a joiner of a host or address: a name touching one is part of a word or a host. */
const JOINED = /[a-z0-9\-_./@]/i;

/**
 * Whether `hay` has `name` standing alone (Latin edges only: `楽天` is written inside Japanese words). Not
 * findClaimedBrands: its word edges let `docusign` stand in `docusign-review.net`, the very host being judged.
 */
function standsAlone(hay: string, name: string): boolean {
  const latinStart = /^[a-z0-9]/i.test(name);
  const latinEnd = /[a-z0-9]$/i.test(name);
  for (let at = hay.indexOf(name); at >= 0; at = hay.indexOf(name, at + 1)) {
    const end = at + name.length;
    const after = hay[end] ?? '';
    // A full stop ends a sentence ("protected by Egress."), not a host (`egress.com`).
    const joinedAfter = /[a-z0-9\-_/@]/i.test(after) || (after === '.' && /[a-z0-9]/i.test(hay[end + 1] ?? ''));
    if ((!latinStart || !JOINED.test(hay[at - 1] ?? '')) && (!latinEnd || !joinedAfter)) return true;
  }
  return false;
}

/** The brand's name as the message's subject, From name or visible text writes it (strict names as written). */
function nameOf(msg: ParsedMessage, brand: Brand): string | undefined {
  const text = [msg.subject ?? '', msg.from?.name ?? '', (msg.bodyText ?? '').slice(0, MAX_TEXT)].join('\n');
  const lower = text.toLowerCase();
  return (
    brand.names.find((n) => n.length >= 3 && standsAlone(lower, n.toLowerCase())) ??
    brand.strictNames.find((n) => standsAlone(text, n))
  );
}

/**
 * More organisations linked than this (besides the sender and the brands' own sites, which a copied notice links
 * to), and the mail is a newsletter or a digest: its sponsors' products may be named for a brand's (`outlooksecure.com`,
 * an Outlook add-on in a Windows newsletter); a phish has one destination.
 */
const MAX_OTHER_ORGANISATIONS = 3;

/** A host written in plain text without a scheme (`docusign-api.example` in a sentence): named, not offered. */
const proseHost = (link: Link): boolean => link.source === 'text' && !/^https?:\/\//i.test(link.href);

/** links.lookalike-host, once its words are loaded (lookalike-host.ts says what it looks for and what it spares). */
export const judgeLookalikeHost: Check = (msg, ctx) => {
  const senderOwns = senderLinkDomains(msg, ctx);
  const from = msg.from?.domain;
  const links = webLinks(msg).filter((l) => l.registrable && !senderOwns(l.registrable) && !proseHost(l));
  const others = new Set(links.map((l) => l.registrable));
  for (const d of others) if (brandsOwningDomain(ctx.brands, d, ['own', 'mailbox', 'content']).length) others.delete(d);
  if (others.size > MAX_OTHER_ORGANISATIONS) return undefined;
  for (const domain of others) {
    const brand = brandWordsDomain(ctx.brands, domain, isLinkLure)?.brand;
    if (!brand || (ctx.dmarc === 'pass' && !!from && isBrandDomain(brand, from))) continue;
    // Named as the message names it: Egress's mail says "Egress", not the first of its names ("Egress Switch").
    const name = ctx.claimed.find((m) => m.brand.id === brand.id)?.text ?? nameOf(msg, brand);
    if (!name) continue;
    const link = links.find((l) => l.registrable === domain)!;
    return finding('links.lookalike-host', 'fail', { host: link.host, brand: name }, [linkEvidence(link, domain)]);
  }
  return undefined;
};

/**
 * One link, one sentence: where links.lookalike-host judged a domain (the stronger: the phishing page itself),
 * links.brand-in-path, which reads the same brand's name in that host (`sagawa-exp-redeliver.top`), is made again
 * without that domain's links — and gone when it had no other.
 */
export function ownLookalikeLinks(findings: Finding[], msg: ParsedMessage, ctx: CheckContext): Finding[] {
  const domainOf = (url: string | undefined) => msg.links.find((l) => l.url === url)?.registrable ?? '';
  const owned = new Set(
    findings.filter((f) => f.id === 'links.lookalike-host').flatMap((f) => f.evidence.map((e) => domainOf(e.url))),
  );
  owned.delete('');
  const at = findings.findIndex((f) => f.id === 'links.brand-in-path');
  if (at < 0 || !findings[at]!.evidence.some((e) => owned.has(domainOf(e.url)))) return findings;
  const again = brandInPath(msg, ctx, owned);
  return [...findings.slice(0, at), ...(again ? [again] : []), ...findings.slice(at + 1)];
}
