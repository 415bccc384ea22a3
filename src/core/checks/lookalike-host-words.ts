/**
 * links.lookalike-host's judging (lookalike-host.ts says what it looks for and what it spares): the words of a phishing
 * page's domain, whether the message names the brand, the finding. A chunk of its own in the browsers (`needs:
 * ['lookalike-host']`); the command line and the tools load it first.
 */
import type { Link, ParsedMessage } from '../types';
import type { Evidence } from '../report';
import { decodeEncodedWords, firstHeader } from '../parse/headers';
import { headerMark } from './header-mark';
import { awaitsLate, brandsOwningDomain, isBrandDomain, type Brand, type BrandIndex } from '../brands/lookup';
import { brandWordsDomain, findLookalike, labelOf, LURE_SET, OPEN_TLDS, type Lookalike } from '../brands/lookalike';
import { ABBREVIATIONS, PAGE_WORDS, PROCEDURE_WORDS, SENDER_WORDS } from '../brands/lure-words-local';
import { registrableAscii } from '../parse/domains';
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
  )
    .split(' ')
    // The same pages in the other languages of the table's brands (lure-words-local.ts): `inpost-doplaty.pl`.
    .concat(PAGE_WORDS),
);
const MAX_WORD = Math.max(...[...WORDS].map((w) => w.length));

/** Those words (plurals, digits between: `secure2-login`), at least one of them: `docusign-2` is no page's name. */
const isLinkLure = (s: string): boolean =>
  /[a-z]/.test(s) && madeOfWords(s, WORDS, MAX_WORD, { digits: true, plurals: true });

const PROCEDURES: ReadonlySet<string> = new Set(PROCEDURE_WORDS);

/**
 * The words read in one link domain: a page's, and a bank's sign-in procedure (`pushtan`) when a page's word stands
 * beside it as a token of its own (`sparkasse-pushtan-aktualisierung.de`: the kit's "update your pushTAN" page).
 * Trap: the procedure alone (`sparkasse-pushtan.de`) may be a bank's own page about it, and reads as no lure.
 */
function linkLureOf(domain: string): (s: string) => boolean {
  if (!labelOf(domain).split('-').some(isLinkLure)) return isLinkLure;
  return (s) => isLinkLure(s) || PROCEDURES.has(s);
}

/** The sender look-alike's words (lookalike.ts LURE_WORDS) with every language's (`skat-refusion.dk`). */
const SENDER_LURE: ReadonlySet<string> = new Set([...LURE_SET, ...PAGE_WORDS, ...SENDER_WORDS]);
const MAX_SENDER_WORD = Math.max(...[...SENDER_LURE].map((w) => w.length));
const isSenderLure = (s: string): boolean =>
  madeOfWords(s, SENDER_LURE, MAX_SENDER_WORD, { digits: true, plurals: true });

/**
 * A brand's own abbreviation as a whole token beside lure words (`spk-sicherheitsverfahren.de` for Sparkasse), read as
 * a three-letter label is (lookalike.ts shortLookalike): its own `spk-<place>.de` sites name a place, no lure. A
 * waiting brand's need is noted.
 */
function abbreviationLookalike(index: BrandIndex, tokens: string[], isLure: (s: string) => boolean) {
  for (const a of ABBREVIATIONS) {
    const extras = tokens.filter((t) => t !== a.abbreviation);
    // Every other token a lure word, one of them a page's (no product's: `spk-online` is no phish's name).
    if (extras.length === tokens.length || !extras.every(isLure) || !extras.some(isLinkLure)) continue;
    const brand = index.brands.find((b) => b.id === a.brand);
    if (brand) return { brand, target: a.domain, technique: 'extra-words' } as const;
    awaitsLate(a.domain, 'domain');
  }
  return undefined;
}

/** Two-letter tokens that are words before they are countries: `sign-in` is no hint of India. */
const WORD_CODES: ReadonlySet<string> = new Set(
  'in it me my no is at be to do us so or id am an as by go if of on'.split(' '),
);

/** A domain's country: its top-level domain when that is a country's, not one anyone registers under. */
const countryOf = (domain: string): string | undefined => {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return tld.length === 2 && !OPEN_TLDS.has(tld) ? tld : undefined;
};

/** A name's letters and digits, lower-cased (`myGov` → `mygov`); empty for a name in another script. */
const compact = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Which holder of a shared name a look-alike points to. Several brands hold one name — myGov is Australia's (my.gov.au)
 * and India's (mygov.in), poste is Italy's and Switzerland's — and the first in the table is not always the one the
 * domain imitates: `mygov-au-notice.com` is Australia's. Asked in order: the holder the message names; the one whose
 * country the domain writes (its top-level domain, a country code among its words); for a national brand matched
 * where the domain's country has none, the brand of that country with the name as one of its words (`post-
 * onlinedienst.de`: Deutsche Post, not Swiss Post), or that the message names; the one of the reader's own country.
 * Still several: all of them, as `mygov.in / my.gov.au`, so the sentence never claims a country it cannot tell.
 * Trap: a global brand's bare name (yahoo.com) is what the name means unless the message or the domain points to a
 * namesake (Yahoo! JAPAN); another brand's domain shared with the matched one (Deutsche Post's dhl.de) is no namesake.
 */
function lookalikeHolder(
  index: BrandIndex,
  reg: string,
  found: Lookalike,
  own: readonly string[],
  named: readonly { brand: Brand }[],
): Lookalike {
  const brand = found.brand;
  const key = labelOf(found.target);
  if (!brand || key.length < 3) return { ...found };
  const countries = (b: Brand) => b.domains.map(countryOf).filter((c): c is string => !!c);
  const { byName, byWord } = namesOf(index);
  // Another holder: a domain of that label not the matched brand's own too (Deutsche Post's dhl.de is DHL's), or the name.
  const holds = (b: Brand) =>
    b !== brand &&
    (b.domains.some((d) => labelOf(d) === key && !brand.domains.includes(d)) ||
      [...b.names, ...b.strictNames].some((n) => compact(n) === key));
  const holders = [brand, ...(byName.get(key) ?? []).filter(holds)];
  const tokens = labelOf(reg).split('-');
  const hinted = new Set([countryOf(reg), ...tokens.filter((t) => t.length === 2 && !WORD_CODES.has(t))]);
  const inHint = (b: Brand) => countries(b).some((c) => hinted.has(c));
  const namedIds = new Set(named.map((m) => m.brand.id));
  const one = (list: readonly Brand[]) => (list.length === 1 ? list[0] : undefined);
  const national = countries(brand).length > 0 && !holders.some(inHint);
  const wordHolders = () => (byWord.get(key) ?? []).filter((b) => !holders.includes(b));
  const readers = new Set(own.map((d) => countryOf(registrableAscii(d))));
  const hintedHolders = holders.filter(inHint);
  const chosen =
    one(holders.filter((b) => namedIds.has(b.id))) ??
    (hintedHolders.includes(brand) ? brand : one(hintedHolders)) ??
    (national
      ? (one(wordHolders().filter(inHint)) ?? one(wordHolders().filter((b) => namedIds.has(b.id))))
      : undefined) ??
    one(holders.filter((b) => countries(b).some((c) => readers.has(c)))) ??
    one(holders.filter((b) => countries(b).length === 0));
  const show = (b: Brand) =>
    b.domains.find((d) => labelOf(d) === key && hinted.has(countryOf(d))) ??
    (b === brand ? found.target : shownDomain(b, key));
  if (chosen) return { ...found, brand: chosen, target: show(chosen) };
  return { ...found, target: [...new Set(holders.map(show))].slice(0, 3).join(' / ') };
}

/**
 * The brands by each label of their domains and each of their names run together (`mygov` for myGov), and by each
 * word of their names (`post` for Deutsche Post), made once per table: every look-alike asks.
 */
const NAMES = new WeakMap<BrandIndex, { byName: Map<string, Brand[]>; byWord: Map<string, Brand[]> }>();
function namesOf(index: BrandIndex) {
  let names = NAMES.get(index);
  if (names) return names;
  const add = (map: Map<string, Brand[]>, key: string, b: Brand) => {
    const list = map.get(key) ?? [];
    if (key && !list.includes(b)) map.set(key, [...list, b]);
  };
  names = { byName: new Map(), byWord: new Map() };
  for (const b of index.brands) {
    for (const d of b.domains) add(names.byName, labelOf(d), b);
    for (const n of [...b.names, ...b.strictNames]) add(names.byName, compact(n), b);
    for (const n of b.names) for (const w of n.toLowerCase().split(/[^a-z0-9]+/)) add(names.byWord, w, b);
  }
  NAMES.set(index, names);
  return names;
}

/** The holder's domain that shows the name: its label (`mygov.in`), else its letters (`my.gov.au`), else its first. */
function shownDomain(brand: Brand, key: string): string {
  return (
    brand.domains.find((d) => labelOf(d) === key) ??
    brand.domains.find((d) => d.replace(/[^a-z0-9]/g, '').startsWith(key)) ??
    brand.domains[0]!
  );
}

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
    const isLure = linkLureOf(domain);
    const found =
      brandWordsDomain(ctx.brands, domain, isLure) ??
      abbreviationLookalike(ctx.brands, labelOf(domain).split('-'), isLure);
    const brand = found && lookalikeHolder(ctx.brands, domain, found, ctx.ownDomains, ctx.claimed).brand;
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
  return senderLookalike(oneSentencePerLink(findings, msg, ctx), msg, ctx);
}

function oneSentencePerLink(findings: Finding[], msg: ParsedMessage, ctx: CheckContext): Finding[] {
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

/**
 * sender.lookalike-domain, read again once every language's lure words are here (sender.ts reads the sender's domain
 * with lookalike.ts LURE_WORDS alone, all the task pane holds before this chunk): a brand's name beside a lure word of
 * its own country's language (`nbg-asfaleia.gr`, `inpost-doplaty.pl`, `skat-refusion.dk`) or the brand's own
 * abbreviation beside one (`spk-sicherheitsverfahren.de`) fails as the real name with extra words; and a look-alike of
 * a name several brands hold is told as the holder it points to (lookalikeHolder: `mygov-au-notice.com` imitates
 * my.gov.au, not mygov.in).
 * Trap: the brand's own domains and every domain a brand runs (lookalike.ts), the reader's own domains, a company
 * whose name holds such a word but no brand (`sicherheit-online.de`), a brand's own sites named for a place
 * (`spk-in-ei.de`); a look-alike of the reader's own domain or of a correspondent's is left as sender.ts told it.
 */
function senderLookalike(findings: Finding[], msg: ParsedMessage, ctx: CheckContext): Finding[] {
  const from = msg.from?.registrable;
  if (!from || ctx.ownDomains.includes(from)) return findings;
  const at = findings.findIndex((f) => f.id === 'sender.lookalike-domain');
  const told = at < 0 ? undefined : (findings[at]!.message.params as { target?: unknown }).target;
  const known = told === undefined ? undefined : findLookalike(ctx.brands, from, ctx.ownDomains, ctx.claimed);
  // sender.ts's own brand look-alike (not the reader's, not a correspondent's): told again as the holder it points to.
  if (known?.brand && known.target === told) {
    const holder = lookalikeHolder(ctx.brands, from, known, ctx.ownDomains, ctx.claimed).target;
    const f = findings[at]!;
    const again = { ...f, message: { ...f.message, params: { ...f.message.params, target: holder } } };
    return [...findings.slice(0, at), again, ...findings.slice(at + 1)];
  }
  if (at >= 0 && told !== undefined && !known?.brand) return findings;
  const worded = wordedLookalike(ctx.brands, from);
  // A look-alike by letters sender.ts told (a typo's warning, a signed name read through rn) gives way to the words'.
  if (!worded) return findings;
  const found = lookalikeHolder(ctx.brands, from, worded, ctx.ownDomains, ctx.claimed);
  const f = finding(
    'sender.lookalike-domain',
    'fail',
    { domain: from, target: found.target, technique: { key: 'sender.lookalike.extra-words' } },
    fromEvidence(msg, msg.from!.domain),
  );
  if (at >= 0) return [...findings.slice(0, at), f, ...findings.slice(at + 1)];
  // Where sender.ts would have put it: after the brand and spoofing lines.
  const before = findings.findIndex((g) => g.id !== 'sender.brand-mismatch' && g.id !== 'sender.spoofed-domain');
  const place = before < 0 ? findings.length : before;
  return [...findings.slice(0, place), f, ...findings.slice(place)];
}

/**
 * A brand's name, or its own abbreviation, beside lure words of any of the table's languages (`skat-refusion.dk`,
 * `spk-sicherheitsverfahren.de`): how senderLookalike reads the From domain, and reply-channel.ts a Reply-To's.
 */
export function wordedLookalike(index: BrandIndex, reg: string): Lookalike | undefined {
  return (
    brandWordsDomain(index, reg, isSenderLure) ?? abbreviationLookalike(index, labelOf(reg).split('-'), isSenderLure)
  );
}

/** The From header as evidence, its domain marked, encoded words decoded (as sender.ts senderEvidence shows it). */
function fromEvidence(msg: ParsedMessage, domain: string): Evidence[] {
  const field = firstHeader(msg.headers, 'from');
  if (!field) return [];
  const value = decodeEncodedWords(field.value);
  return [
    {
      header: field.name,
      value,
      highlight: headerMark(field.name, value, domain).highlight,
      author: 'sender',
      ...(value !== field.value && { raw: field.value }),
    },
  ];
}
