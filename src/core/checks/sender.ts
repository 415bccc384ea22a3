/**
 * Sender: who the message says it is from, and what the reader's own mail system could confirm of it. From,
 * Reply-To, Return-Path and Message-ID are the sender's word; only the trusted Authentication-Results are not.
 */
import type { Evidence } from '../report';
import type { Address, ParsedMessage } from '../types';
import { decodeEncodedWords, firstHeader } from '../parse/headers';
import { dkimAlignedPass, dkimDomain, trustedResult, trustedResults } from '../parse/auth-results';
import { registrableDomain } from '../parse/domains';
import { rewrittenFrom } from '../parse/addresses';
import { sentInsideTenant } from '../parse/org-filter';
import { brandsOwningDomain, isBrandDomain, subjectBrandTag, type Brand } from '../brands/lookup';
import {
  COMMON_WORD_LABELS,
  correspondentLookalike,
  countryOf,
  findLookalike,
  labelOf,
  misspeltName,
  signedNameReading,
  type Lookalike,
} from '../brands/lookalike';
import { isFooterAddress, MAX_FOOTER_TEXT } from '../brands/footer-claims';
import { bodyEvidence, excerpt } from './lure-matcher';
import { finding } from '../findings';
import type { Check, CheckContext } from './check';
import { cutText } from '../text';
import { isFreeMail } from './free-mail';
import { imitation, writtenAddresses } from './reply-channel';
import { headerMark } from './header-mark';
import { isTenantPlatform } from './brand-subdomain';

/**
 * A header of the sender's as evidence. Encoded words (`=?UTF-8?B?5qW9…?=`, how most Japanese names travel) are shown
 * decoded, so the claimed name can be read and highlighted; the header as written stays beside it (`raw`).
 */
function senderEvidence(msg: ParsedMessage, name: string, highlight?: string): Evidence[] {
  const field = firstHeader(msg.headers, name);
  if (!field) return [];
  const value = decodeEncodedWords(field.value);
  return [
    {
      header: field.name,
      value,
      highlight: highlight ? headerMark(field.name, value, highlight).highlight : undefined,
      author: 'sender',
      ...(value !== field.value && { raw: field.value }),
    },
  ];
}

/**
 * The address that really wrote the message. Mailing lists rewrite From to `Name via List <list@…>` and keep the
 * author in Reply-To; judging the list's own domain would blame the list.
 */
export function authorAddress(msg: ParsedMessage): { address?: Address; viaList: boolean } {
  const from = msg.from;
  const viaList = !!from && rewrittenFrom(from.name) && !!firstHeader(msg.headers, 'list-id');
  if (viaList && msg.replyTo[0]?.registrable) return { address: msg.replyTo[0], viaList };
  return { address: from, viaList };
}

/**
 * sender.brand-mismatch: a brand is claimed (display name, or the subject's bracket tag like 【KAGOYA …】) but the
 * From address's registrable domain is not one of that brand's.
 * Attack: "KAGOYA Inc <sawada@air.linkclub.or.jp>" — people read the name, not the address.
 * Trap: brands mail from several domains and from shared sending services (the table lists them); a brand's own
 * domain is a pass only with an aligned DMARC pass (Microsoft's bestguesspass is not one) — else spoofed-domain judges.
 * A brand whose domains nobody checked against a public source (`confidence: unverified`) may own domains the table
 * misses: its claim from another domain only warns — but never from a free mailbox anyone can open (fails). Our own
 * system writing under its product's name ("Microsoft Outlook" on mail that never came in from outside) is info.
 */
const brandMismatch: Check = (msg, ctx) => {
  if (ctx.claimed.length === 0) return undefined;
  const { address } = authorAddress(msg);
  // A verified brand among the claims is the one to name: its claim can fail.
  const claimed = ctx.claimed.find((m) => m.brand.confidence === 'verified') ?? ctx.claimed[0]!;
  const evidence = [
    ...senderEvidence(msg, 'from', claimed.text),
    ...claimedInSubject(msg, claimed.text),
    ...claimedInMasthead(msg, claimed.text),
    ...claimedInFooter(msg, claimed.text),
  ];
  const own =
    address?.domain &&
    ctx.claimed.find(
      (m) => isBrandDomain(m.brand, address.domain) || nationalDomain(m.brand, address.registrable, ctx.dmarc),
    );
  if (address?.domain && own) {
    if (ctx.dmarc !== 'pass') return undefined; // the brand's own domain, unconfirmed: sender.spoofed-domain / authentication speak
    return finding(
      'sender.brand-mismatch',
      'pass',
      { brand: own.brand.names[0] ?? own.text, domain: address.domain },
      evidence,
      'sender.brand-mismatch.pass',
    );
  }
  const params = {
    brand: claimed.brand.names[0] ?? claimed.text,
    claimed: claimed.text,
    address: address?.address ?? '',
    domain: address?.domain ?? '',
  };
  if (address?.registrable && internalSystem(msg, ctx.ownDomains, address.registrable))
    return finding('sender.brand-mismatch', 'info', params, evidence, 'sender.brand-mismatch.internal');
  const verified = claimed.brand.confidence === 'verified';
  // An unverified list may lack the brand's domain, never a free mailbox anyone can open (its own webmail aside).
  const freeMail =
    !verified && !!address?.domain && !claimed.brand.mailboxDomains.length && isFreeMail(address.domain, ctx);
  return finding(
    'sender.brand-mismatch',
    verified || freeMail ? 'fail' : 'warn',
    params,
    evidence,
    !address?.domain
      ? 'sender.brand-mismatch.no-address'
      : freeMail
        ? 'sender.brand-mismatch.free-mail'
        : verified
          ? 'sender.brand-mismatch'
          : 'sender.brand-mismatch.unverified',
  );
};

/**
 * A system of the reader's own organisation writing under the name of the product it runs ("Microsoft Outlook"
 * <MicrosoftExchange…@our-domain> telling that a mailbox is full, a "RICOH" scanner): the From domain is ours and the
 * message never came in from outside — every Received line is our own (trust.ts found no entry hop among them). A
 * spoof of our domain from outside always has an entry hop: our own MX stamps it. Or our own Microsoft 365 tenant
 * says the sender authenticated inside it (its quota notices come from its `onmicrosoft.com` name).
 */
function internalSystem(msg: ParsedMessage, ownDomains: readonly string[], fromDomain: string): boolean {
  if (sentInsideTenant(msg.orgFilter)) return true;
  if (!ownDomains.includes(fromDomain) || msg.hops.length === 0) return false;
  return msg.trust.entryHop === undefined || handedOverInsideTenant(msg, msg.trust.entryHop);
}

/**
 * Our own Exchange Online handed the message to its own front end: the entry hop's peer is one of its mailbox servers
 * (`PH7PR11MB6532.namprd11.prod.outlook.com`, at an address of Microsoft's 2603:1000::/24 that our front end wrote
 * down), and one of the tenant's own `AuthAs` stamps says Internal though a later one says Anonymous (the tenant's
 * "mailbox almost full" notice from MicrosoftExchange…@our-domain passing our front end again, set43 g-en-01).
 * Attack kept: a spoof of our domain from another tenant also comes from Microsoft's servers but is stamped Anonymous
 * only; an Internal stamp written by a sender outside (were Exchange ever to keep one) comes with an entry hop from
 * elsewhere. Both signs are needed.
 */
function handedOverInsideTenant(msg: ParsedMessage, entry: number): boolean {
  const hop = msg.hops[entry];
  const helo = hop?.helo?.toLowerCase() ?? '';
  if (!hop || !/^2603:10[0-9a-f]{2}:/.test(hop.ip ?? '') || !helo.endsWith('.prod.outlook.com')) return false;
  if (!msg.orgFilter?.own) return false;
  return msg.orgFilter.fields.some(
    (f) => f.key === 'x-ms-exchange-organization-authas' && f.value.trim().toLowerCase() === 'internal',
  );
}

/** The body's first heading or logo alt text that names the brand (analyze.ts reads claims there too). */
function claimedInMasthead(msg: ParsedMessage, text: string): Evidence[] {
  if (msg.from?.name.includes(text)) return [];
  const masthead = msg.mastheads.find((m) => m.includes(text));
  return masthead ? [{ header: 'Body', value: masthead, highlight: text, author: 'sender' }] : [];
}

/** The body's footer that names the brand by its address (brands/footer-claims.ts): the claim's own evidence. */
function claimedInFooter(msg: ParsedMessage, text: string): Evidence[] {
  if (!isFooterAddress(text)) return [];
  const flat = msg.bodyText.slice(0, MAX_FOOTER_TEXT).replace(/\s+/g, ' ');
  const at = flat.indexOf(text);
  return at < 0
    ? []
    : [{ header: 'Body', value: excerpt(flat, at, at + text.length), highlight: text, author: 'sender' }];
}

function claimedInSubject(msg: ParsedMessage, text: string): Evidence[] {
  const tag = subjectBrandTag(msg.subject);
  if (!tag || !tag.includes(text)) return [];
  return [{ header: 'Subject', value: msg.subject, highlight: tag, author: 'sender' }];
}

/**
 * sender.spoofed-domain: From *is* a brand's own domain or the reader's organisation's, but the reader's mail
 * system failed it (DMARC fail, or SPF fail for From's domain with no DKIM pass for it, or Microsoft's
 * compauth=fail).
 * Attack: about a quarter of Japanese phishing puts the brand's real domain in From; only authentication shows it.
 * A phisher may sign with its own domain's DKIM key: a pass for a foreign domain is no pass for From.
 * Trap: only the trusted Authentication-Results count — the sender can write any header claiming a pass or fail.
 * A brand's mail often carries two signatures (its ESP's, which may fail, and its own): every trusted result is read,
 * in any order, and an aligned DMARC pass wins.
 */
const spoofedDomain: Check = (msg, ctx) => {
  const from = msg.from;
  if (!from?.registrable) return undefined;
  const brand = brandsOwningDomain(ctx.brands, from.registrable)[0];
  const own = ctx.ownDomains.includes(from.registrable);
  if (!brand && !own) return undefined;
  if (ctx.dmarc === 'pass') return undefined;
  const spfFailed = trustedResults(msg.authResults, 'spf').some((spf) => {
    const domain = registrableDomain(spf.props['smtp.mailfrom']?.split('@').pop() ?? '');
    return (!domain || domain === from.registrable) && (spf.result === 'fail' || spf.result === 'softfail');
  });
  // A DKIM result that could not be evaluated (temperror, neutral…) is no evidence either way.
  const dkimUnsure = trustedResults(msg.authResults, 'dkim').some(
    (r) => !['pass', 'fail', 'none'].includes(r.result) && registrableDomain(dkimDomain(r)) === from.registrable,
  );
  const failed =
    ctx.dmarc === 'fail' || (spfFailed && !dkimUnsure && !dkimAlignedPass(msg.authResults, from.registrable));
  if (!failed) return undefined;
  const evidence: Evidence[] = [
    ...senderEvidence(msg, 'from', from.domain),
    ...msg.authResults
      .filter((a) => a.trusted)
      .map((a) => ({ header: a.field.name, value: a.field.value, author: 'recipient-system' as const })),
  ];
  return finding(
    'sender.spoofed-domain',
    'fail',
    { domain: from.domain, brand: brand?.names[0] ?? from.domain },
    evidence,
    own && !brand ? 'sender.spoofed-domain.own' : 'sender.spoofed-domain',
  );
};

/**
 * The first token of a display name that looks like an address or a domain (`support@amazon.co.jp`,
 * `Amazons.co.jp`) other than `own`. Every token is read: the sender's own domain repeated first must not hide one.
 */
function otherDomainInName(name: string, own: string): string | undefined {
  for (const token of name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s<>()"'[\]{},;:|/\\]+/)) {
    if (token.length > 255) continue; // longer than any host: not a domain, and no reason to stop looking
    const host = token.includes('@') ? token.slice(token.lastIndexOf('@') + 1) : token;
    if (!host.includes('.')) continue;
    const reg = registrableDomain(host.replace(/\.+$/, ''));
    if (reg && reg !== own) return reg;
  }
  return undefined;
}

/** Endings a domain spelled into a local part has when it is meant to be read as one: see domainInLocalPart. */
const SPELLED_GTLDS = new Set(['com', 'net', 'org', 'info', 'biz']);

/** The token without the dots and hyphens around it, by index (a regex anchored at the end would backtrack). */
function trimDotsAndHyphens(token: string): string {
  const edge = (c: string | undefined) => c === '.' || c === '-';
  let start = 0;
  let end = token.length;
  while (start < end && edge(token[start])) start++;
  while (end > start && edge(token[end - 1])) end--;
  return token.slice(start, end);
}

/**
 * A domain spelled into the local part of an address (`support-amazon.jp@…`, `info-emagazine-rakuten.co.jp@…`):
 * its registrable domain when it ends like one a reader trusts — a two-level suffix (`co.jp`), com/net/org/info/biz,
 * or a country ending after a hyphenated name (`Support-Netflix.de`) — and is not the address's own.
 * Trap: dotted personal names whose surname is also a top-level domain (`ryan.black`, `lee.kim`, `chen.li`).
 */
function domainInLocalPart(address: Address): string | undefined {
  const local = address.address.slice(0, address.address.lastIndexOf('@')).normalize('NFKC').toLowerCase();
  if (!local.includes('.') || local.length > 64) return undefined;
  for (const token of local.split(/[+=_]+/)) {
    const reg = registrableDomain(trimDotsAndHyphens(token));
    if (!reg || reg === address.registrable) continue;
    const dot = reg.indexOf('.');
    const suffix = reg.slice(dot + 1);
    if (suffix.includes('.') || SPELLED_GTLDS.has(suffix) || (suffix.length === 2 && reg.slice(0, dot).includes('-')))
      return reg;
  }
  return undefined;
}

/**
 * sender.display-name-address: the display name carries an address or domain other than the real sender's, or the
 * address's own local part spells one (`support-amazon.jp@ndihfok.cn`).
 * Attack: `"support@amazon.co.jp" <x@evil.example>` or `eki-net.com <…@ffesnkb.cn>` — mail apps show only the name;
 * where they show the address, its first half is read as the domain.
 * Trap: people put their own address in their name; "X via List" forwarders (their author, kept in Reply-To, is
 * read instead); a subdomain of the same organisation; dotted personal names (domainInLocalPart).
 */
const displayNameAddress: Check = (msg) => {
  const from = msg.from;
  const { address: author, viaList } = authorAddress(msg);
  const other = from?.name && from.registrable && !viaList ? otherDomainInName(from.name, from.registrable) : undefined;
  if (other && from)
    return finding(
      'sender.display-name-address',
      'warn',
      { shown: other, domain: from.domain },
      senderEvidence(msg, 'from', from.name),
    );
  const spelled = author?.registrable ? domainInLocalPart(author) : undefined;
  if (!spelled || !author) return undefined;
  const header = author === from ? 'from' : 'reply-to';
  const local = author.address.slice(0, author.address.lastIndexOf('@'));
  return finding(
    'sender.display-name-address',
    'warn',
    { shown: spelled, domain: author.domain },
    senderEvidence(msg, header, local),
    'sender.display-name-address.local-part',
  );
};

/**
 * sender.reply-to: replies would go to a different organisation (stronger when it is free mail).
 * Attack: advance-fee and business-email-compromise mail wants the answer, not the click. Fail: the Reply-To is a
 * domain made to pass for a brand or the reader's own organisation — by a letter (`paypa1.com`) or by a lure word of
 * the brand's own language (`skat-refusion.dk`: reply-channel.ts imitation) — whoever sends it: the taken-over,
 * authenticated mailbox sends the answers there, and nobody registers a look-alike to receive a brand's replies.
 * Trap: mailing lists set Reply-To to the list or the author; ticketing systems and newsletters answer from
 * another domain of the same company — an authenticated sender (aligned DMARC pass) is left alone unless free mail
 * or a look-alike: help desks and ESPs (`zendesk.com`, `freshdesk.com`, a brand's other domains) are the table's, no
 * look-alike of anyone's; the reader's label with a country word (`acme-usa.com`, a sister company's) only warns.
 * Replies into the reader's own organisation (a colleague's form or survey sent through Google Forms or a ticket
 * tool) reach a colleague, not a stranger: nothing is diverted — unless that domain is a free mailbox anyone has.
 */
const replyTo: Check = (msg, ctx) => {
  const from = msg.from;
  const others = msg.replyTo.filter((r) => r.registrable && r.registrable !== from?.registrable);
  if (!from?.registrable || !others[0]) return undefined;
  if (firstHeader(msg.headers, 'list-id') || firstHeader(msg.headers, 'list-post')) return undefined;
  // The first Reply-To made to pass for a brand or the reader's own (reply-channel.ts imitation), else the first.
  let reply = others[0];
  let fake: Lookalike | boolean = false;
  for (const r of others) {
    fake = imitation(ctx, r.registrable!);
    if (fake) {
      reply = r;
      break;
    }
  }
  const free = isFreeMail(reply.domain, ctx);
  if (!fake && !free && (ctx.dmarc === 'pass' || ctx.ownDomains.includes(reply.registrable!))) return undefined;
  return finding(
    'sender.reply-to',
    fake && (fake === true || !fake.ownVariant) ? 'fail' : 'warn',
    { reply: reply.address, domain: from.domain },
    senderEvidence(msg, 'reply-to', reply.address),
    fake ? 'sender.reply-to.lookalike' : free ? 'sender.reply-to.free-mail' : 'sender.reply-to',
  );
};

/**
 * sender.return-path (info): the envelope sender, where bounces go. Shown so the user does not over-read it:
 * the sender chooses it, so matching From proves nothing (KAGOYA's matches); bulk senders' differs innocently.
 */
const returnPath: Check = (msg) => {
  const rp = msg.returnPath;
  if (!rp) return undefined;
  const same = !!rp.registrable && rp.registrable === msg.from?.registrable;
  return finding(
    'sender.return-path',
    'info',
    { address: rp.address || '<>' },
    senderEvidence(msg, 'return-path'),
    same ? 'sender.return-path.same' : 'sender.return-path.other',
  );
};

/**
 * sender.message-id: info with its domain (chosen by the sender, proves nothing); malformed → warn, the mark of a
 * hand-made mailer. Trap: Exchange uses internal host names; a missing one is often added by the first server.
 */
const messageId: Check = (msg) => {
  const field = firstHeader(msg.headers, 'message-id');
  // Without a header block (Outlook gave none) a missing Message-ID says nothing: origin.headers-missing says why.
  if (!field && (msg.missing.includes('headers') || msg.headers.length === 0)) return undefined;
  if (!field) return finding('sender.message-id', 'info', {}, [], 'sender.message-id.missing');
  if (!msg.messageId)
    return finding(
      'sender.message-id',
      'warn',
      { value: cutText(field.value, 200) },
      senderEvidence(msg, 'message-id'),
      'sender.message-id.malformed',
    );
  const domain = msg.messageId.slice(msg.messageId.lastIndexOf('@') + 1);
  const same = !!msg.from?.registrable && registrableDomain(domain) === msg.from.registrable;
  return finding(
    'sender.message-id',
    'info',
    { domain },
    senderEvidence(msg, 'message-id', domain),
    same ? 'sender.message-id.same' : 'sender.message-id.other',
  );
};

/**
 * sender.authentication: SPF/DKIM/DMARC as the reader's own mail system found them, and *for which domain*.
 * Attack it explains: KAGOYA's SPF passes for air.linkclub.or.jp — a real server of a compromised provider — which
 * proves nothing about KAGOYA. Trap: upstream results, ARC and `-Original` are the sender's word and are ignored.
 */
const authentication: Check = (msg, ctx) => {
  const trusted = msg.authResults.filter((a) => a.trusted);
  if (trusted.length === 0) {
    if (msg.hops.length === 0) return undefined;
    return finding('sender.authentication', 'info', {}, [], 'sender.authentication.none');
  }
  const spf = trustedResult(msg.authResults, 'spf');
  // Of several signatures, the one that speaks for From (then any pass) is the one to name: an ESP's failed
  // signature listed first must not hide the brand's own passing one.
  const dkims = trustedResults(msg.authResults, 'dkim');
  const dkim =
    (msg.from?.registrable && dkimAlignedPass(msg.authResults, msg.from.registrable)) ||
    dkims.find((r) => r.result === 'pass') ||
    dkims[0];
  const dmarcs = trustedResults(msg.authResults, 'dmarc');
  const dmarc = dmarcs.find((r) => r.result === 'pass') ?? dmarcs[0];
  const params = {
    spf: spf?.result ?? 'none',
    spfDomain: spf?.props['smtp.mailfrom']?.split('@').pop() ?? spf?.props['smtp.helo'] ?? '—',
    dkim: dkim?.result ?? 'none',
    // Microsoft writes `dkim=none … header.d=none`: no signature has no domain.
    dkimDomain: !dkim || dkim.result === 'none' ? '—' : dkimDomain(dkim) || '—',
    dmarc: dmarc?.result ?? 'none',
    domain: msg.from?.domain ?? '—',
    brand: ctx.claimed[0]?.brand.names[0] ?? '',
  };
  const evidence = trusted.map((a) => ({
    header: a.field.name,
    value: a.field.value,
    author: 'recipient-system' as const,
  }));
  if (ctx.dmarc === 'pass')
    return finding('sender.authentication', 'pass', params, evidence, 'sender.authentication.pass');
  if (ctx.dmarc === 'fail')
    return finding('sender.authentication', 'warn', params, evidence, 'sender.authentication.fail');
  const claimedElsewhere =
    ctx.claimed.length > 0 && !ctx.claimed.some((m) => msg.from?.domain && isBrandDomain(m.brand, msg.from.domain));
  return finding(
    'sender.authentication',
    'info',
    params,
    evidence,
    claimedElsewhere ? 'sender.authentication.not-brand' : 'sender.authentication.partial',
  );
};

/**
 * sender.lookalike-domain: the sender's domain imitates a brand or the reader's own domain (homoglyphs, digit
 * swaps, extra words: `amaz0n`, `kagoya-support.net`). Trap: the brand's own domains and unrelated common domains;
 * a single typo-distance match may be coincidence (warn), a crafted imitation is not (fail).
 */
const lookalikeDomain: Check = (msg, ctx) => {
  const from = msg.from;
  if (!from?.registrable) return undefined;
  const found = findLookalike(ctx.brands, from.registrable, ctx.ownDomains, ctx.claimed);
  // A crafted imitation of the registrable domain is told as such; a typo's or a suffix's warning gives way to a plant.
  const planted = found && STRONG.has(found.technique) ? undefined : plantedBrandDomain(from, ctx);
  if (planted)
    return finding(
      'sender.lookalike-domain',
      'fail',
      { domain: from.domain, target: planted, technique: { key: 'sender.lookalike.planted' } },
      senderEvidence(msg, 'from', from.domain),
    );
  return lookalikeFound(msg, ctx, from, found ?? governmentSuffix(from, ctx));
};

/** The techniques that make a crafted imitation (fail); a typo or another suffix may be a coincidence (warn). */
const STRONG: ReadonlySet<Lookalike['technique']> = new Set(['homoglyph', 'digit-swap', 'extra-words']);

/** sender.lookalike-domain's first form, given what lookalike.ts (or governmentSuffix) found of the domain. */
function lookalikeFound(msg: ParsedMessage, ctx: CheckContext, from: Address, found: Lookalike | undefined) {
  // The brand's label under another suffix is its national domain when it authenticates as one (nationalDomain).
  const national = found?.technique === 'tld-swap' && nationalDomain(found.brand, from.registrable, ctx.dmarc);
  const match = national ? undefined : found;
  const strong = !!match && STRONG.has(match.technique);
  if (!strong) {
    const partner = correspondentLookalikeFinding(msg, ctx, from);
    if (partner) return partner;
  }
  if (!match) return signedNameLookalike(msg, ctx, from);
  // The reader's label and a country or corporate word (`acme-usa.com`) is how a sister company is named too: it
  // fails only where the organisation listed its domains (ownDomains), not where the recipient's domain stood in.
  const unlisted = match.ownVariant && !ctx.options.ownDomains?.length;
  // A brand's label and an e-invoice word under its own country's suffix (`vnpt-invoice.com.vn`) is how it names its
  // national e-invoicing site: authenticated (DMARC pass for it), only a warning; a kit on that shape fails as it did.
  const ownService = match.ownService && ctx.dmarc === 'pass';
  return finding(
    'sender.lookalike-domain',
    strong && !unlisted && !ownService ? 'fail' : 'warn',
    { domain: from.registrable, target: match.target, technique: { key: `sender.lookalike.${match.technique}` } },
    senderEvidence(msg, 'from', from.domain),
  );
}

/** The leading subdomain labels read for a brand's domain planted in them: a real host has a few. */
const MAX_PLANTED_LABELS = 8;

/**
 * sender.lookalike-domain, fifth form (fail, as `planted`): the labels before the sender's registrable domain spell a
 * brand's own domain or its mailbox domain whole (`amazon.co.jp.account-check.top`, `secure.paypal.com.verify-id.net`,
 * `www.vnpt.vn.hoadon-tra-cuu.com`), under a registrable domain none of that brand's; the brand's domain, or undefined.
 * Attack: the kit's own domain, authenticated for itself (SPF, DKIM and DMARC pass), with the brand's whole domain
 * where the reader's eye starts, and its link on the same host: links.brand-in-path spares a link on the sender's
 * own authenticated domain, and the registrable domain holds no brand for findLookalike to read.
 * Trap: the brand's own hosts (`mail.amazon.co.jp`, `bounce.paypal.com`: the brand's registrable domain, no labels
 * before it to read) and its other domains; a host that only holds a brand's word (`mail.paypalooza.com`,
 * `amazonia-tours.com`: whole labels only, and they must make a registrable domain that is a brand's); an ESP's host
 * named for its customer (`em123.example-shop.com`, `bounces.example.com`); a host under a domain a brand runs (a
 * platform names its customers' hosts as it pleases) or a tenant platform; a mailing list's munged From
 * (`x@yahoo.co.uk.invalid`); and a country's subdomain whose host label happens to make a short or ordinary brand's
 * domain with it (`web.de.example.com`, `post.ch.example.com`, `op.fi.example.com`): under a bare country code,
 * only a label of four letters or more that is no ordinary word counts.
 */
function plantedBrandDomain(from: Address, ctx: CheckContext): string | undefined {
  const host = from.domain;
  const reg = from.registrable;
  if (!host.endsWith('.' + reg) || reg.endsWith('.invalid') || isTenantPlatform(reg)) return undefined;
  if (ctx.ownDomains.includes(reg) || brandsOwningDomain(ctx.brands, reg, ROLES).length > 0) return undefined;
  const labels = host
    .slice(0, host.length - reg.length - 1)
    .split('.')
    .slice(0, MAX_PLANTED_LABELS);
  for (let i = 0; i < labels.length - 1; i++) {
    // The longest reading first: `amazon.co.jp` before `amazon.co`; a reading the table does not hold gives way to a
    // shorter one (`apple.com.br.kit.top`: apple.com.br is not Apple's in the table, apple.com is).
    for (let j = labels.length; j > i + 1; j--) {
      const domain = labels.slice(i, j).join('.');
      if (registrableDomain(domain) !== domain) continue;
      const label = labels[i]!;
      const countryOnly = j === i + 2 && labels[i + 1]!.length === 2;
      if (countryOnly && (label.length < 4 || COMMON_WORD_LABELS.has(label))) break;
      if (brandsOwningDomain(ctx.brands, domain, PLANTED_ROLES).length > 0) return domain;
    }
  }
  return undefined;
}

/** The roles of a brand's domain that read as the brand when planted: its own sites and its mailboxes. */
const PLANTED_ROLES = ['own', 'mailbox'] as const;

/**
 * sender.lookalike-domain, third form (fail): the domain is one letter off a domain the conversation itself shows —
 * To or Cc, the quoted thread's From and To lines, an address in the signature, a site the body links or writes
 * (lookalike.ts correspondentLookalike).
 * Attack: thread hijack: `ridgelinetitie.com` answering a thread with ridgelinetitle.com, with new wire instructions;
 * a supplier's impostor (`nordwnd-industrial.com`) asking for a quotation under the real one's signature and website.
 * Trap: the domains a brand runs and free mail are nobody's look-alike here (a gmail user writing to a gmx user);
 * a list's rewritten From speaks for the list, not for anyone in the thread; a long To/Cc is a mailing, not a thread.
 */
function correspondentLookalikeFinding(msg: ParsedMessage, ctx: CheckContext, from: Address) {
  if (rewrittenFrom(from.name) || brandsOwningDomain(ctx.brands, from.registrable!, ROLES).length > 0) return undefined;
  // A long To/Cc is a harvested list (spam Cc'd to netlynx.com and netlnx.com alike), not a conversation.
  const headers: [string, Address[]][] =
    msg.to.length + msg.cc.length > MAX_CONVERSATION
      ? []
      : [
          ['To', msg.to],
          ['Cc', msg.cc],
        ];
  const body = msg.bodyText.slice(0, MAX_SIGNED_BODY);
  const written = [...writtenAddresses(body)];
  const own = unhyphenated(from.registrable!);
  const shown = [
    ...headers.flatMap(([, list]) => list.map((a) => a.domain)),
    ...written.map((w) => w.address.slice(w.address.indexOf('@') + 1)),
    // A site under the same name with a hyphen or without (`kestrel-machining.co.uk` for kestrelmachining.com) is
    // the sender's own other domain, not a misspelling of it. Each site once: a newsletter links one a hundred times.
    ...[...new Set(msg.links.map((l) => l.registrable))].filter((d) => d && unhyphenated(d) !== own),
  ];
  const match = correspondentLookalike(from.registrable!, shown);
  if (!match || isFreeMail(from.domain, ctx)) return undefined;
  const target = match.target;
  const inHeader = headers.find(([, list]) => list.some((a) => registrableDomain(a.domain) === target));
  const inBody = written.find((w) => registrableDomain(w.address.slice(w.address.indexOf('@') + 1)) === target);
  const site = msg.links.find((l) => l.registrable === target)?.host ?? '';
  const where: Evidence[] = inHeader
    ? senderEvidence(
        msg,
        inHeader[0].toLowerCase(),
        inHeader[1].find((a) => registrableDomain(a.domain) === target)!.domain,
      )
    : inBody
      ? [bodyEvidence(body, { start: inBody.at, text: inBody.address })]
      : site && body.includes(site)
        ? [bodyEvidence(body, { start: body.indexOf(site), text: site })]
        : [];
  return finding(
    'sender.lookalike-domain',
    'fail',
    { domain: from.registrable!, target, technique: { key: `sender.lookalike.${match.technique}` } },
    [...senderEvidence(msg, 'from', from.domain), ...where],
  );
}

/**
 * The word for government and a country code as two tokens of a host: `-gov-sa`, `.gouv-fr`, `-gob.mx`, `go-jp`,
 * `gv.at`, `gub.uy`. The one reading of a government's second level, for its look-alike and its own domains.
 */
const GOVERNMENT_PAIR = /(?:^|[.-])(go(?:vt?|uv|b)?|gv|gub)[.-]([a-z]{2})(?=$|[.-])/;

/**
 * A registrable domain of a government: under a public suffix that is the word for government and a country code
 * (`hmrc.gov.uk`, `nta.go.jp`, `impots.gouv.fr`, `sfr.gov.ru`), or the United States' `.gov`. Not `go.com`.
 */
export function governmentDomain(registrable: string): boolean {
  const suffix = registrable.slice(registrable.indexOf('.') + 1);
  return suffix === 'gov' || GOVERNMENT_SUFFIXES.includes(suffix) || GOVERNMENT_PAIR.exec(suffix)?.[0] === suffix;
}

/**
 * Public suffixes only a government registers under that do not spell the word: India's National Informatics Centre
 * (`nic.in`, which hosts the ministries' mail) and the Government of Canada's `gc.ca`.
 */
const GOVERNMENT_SUFFIXES = ['nic.in', 'gc.ca'];

/**
 * The sender's registrable domain is the brand's own label under another suffix, and the message authenticates for it
 * (aligned DMARC pass): the brand's national domain. Two shapes: a government body's name under its own country's
 * government suffix (`mygov.nic.in` for MyGov's mygov.in: only that government registers there), or a brand that runs
 * a site per country (its domains are under two countries or more) under another country's suffix
 * (`mercadolibre.com.co` beside mercadolibre.com.mx and mercadolivre.com.br): the table cannot list every country.
 * Attack kept: `kagoya.xyz` or `mercadolibre.co` (open suffixes), a one-country brand's label abroad, any of them not
 * authenticated, another name under a government suffix (a compromised office's mailbox claiming a brand).
 */
function nationalDomain(brand: Brand | undefined, registrable = '', dmarc: string): boolean {
  const country = dmarc === 'pass' && countryOf(registrable);
  const countries = new Set(brand?.domains.map(countryOf));
  countries.delete('');
  return (
    !!country &&
    !!brand?.domains.some((d) => labelOf(d) === labelOf(registrable)) &&
    (governmentDomain(registrable) ? countries.has(country) : countries.size > 1)
  );
}

/**
 * sender.lookalike-domain, fourth form (fail, as `extra-words`): the sender's host spells a government's public
 * suffix in its own name — the word for government and the country code as two tokens, split by a hyphen or a dot
 * (`absher-gov-sa.com`, `gov.uk.tax-refund.com`, `mvdis-gov.tw-notice.com`, `sat-gob-mx.com`) — while it is not under
 * that suffix. The suffix list itself says which pairs are one (only the public sector registers under them), so every
 * country's is. Asked only when no brand or own domain is imitated (lookalikeDomain).
 * Attack: a ministry's or agency's notice (a suspended portal account, a traffic fine, a tax refund) from a domain
 * bought to read as the government's own; the brand table cannot list every agency, the suffix is the tell.
 * Trap: the government's own hosts (`notifications.service.gov.uk`, `moi.gov.sa`: under the suffix), a name that
 * holds the word only inside another (`govdelivery.com`, `alphagov`, `mygov.in`), the reader's own domains.
 */
function governmentSuffix(from: Address, ctx: CheckContext): Lookalike | undefined {
  const host = from.domain.toLowerCase();
  const pair = GOVERNMENT_PAIR.exec(host);
  const suffix = pair && `${pair[1]}.${pair[2]}`;
  // A public suffix of its own (a name under it is registrable as it stands), and the sender not under it.
  if (
    suffix &&
    registrableDomain('x.' + suffix) === 'x.' + suffix &&
    !`.${host}`.endsWith(`.${suffix}`) &&
    !ctx.ownDomains.includes(from.registrable!)
  )
    return { target: suffix, technique: 'extra-words' };
  return undefined;
}

const unhyphenated = (domain: string): string => labelOf(domain).replace(/-/g, '');

/** Recipients a conversation has at most; more is a mailing, whose addresses sit one letter apart by chance. */
const MAX_CONVERSATION = 6;

/** Every role a brand's domain plays: none of them is a look-alike of a correspondent's. */
const ROLES = ['own', 'mailbox', 'content'] as const;

/** Body characters read for the name the mail signs with: the greeting, the ask and the signature are short. */
const MAX_SIGNED_BODY = 20_000;

/**
 * sender.lookalike-domain, second form (fail): the domain reads as the organisation the mail signs with only through
 * look-alike letters — `acrnefasteners.com` signing "Acme Fasteners Inc." (rn for m), `n0rthwind-supply.com` signing
 * "Northwind Supply". Attack: vendor impersonation in business email compromise: a domain registered to pass for a
 * supplier nobody's brand table knows, writing "our bank details have changed". Trap: an organisation whose name has
 * those letters as they are ("Modern Tools" at modern-tools.com): the text writes the label as spelled, so nothing;
 * free mail and a brand's own domains are never read so; names under six letters are left to chance. The From name
 * may also be the label one letter off ("Nordwind Industrial" at nordwnd-industrial.com: lookalike.ts misspeltName).
 */
function signedNameLookalike(msg: ParsedMessage, ctx: CheckContext, from: Address) {
  if (brandsOwningDomain(ctx.brands, from.registrable!).length > 0) return undefined;
  const places: [string, string][] = [
    ['From', from.name],
    ['Subject', msg.subject],
    ['Body', msg.bodyText.slice(0, MAX_SIGNED_BODY)],
  ];
  for (const [header, text] of places) {
    const misspelt = header === 'From' && misspeltName(from.registrable!, text);
    const span = misspelt ? { start: 0, end: text.length } : text && signedNameReading(from.registrable!, text);
    // Asked last, as the free-mail list may have to be loaded for it: a free mailbox's name reads as nobody's.
    if (!span || isFreeMail(from.domain, ctx)) continue;
    const name = text.slice(span.start, span.end);
    const where: Evidence =
      header === 'Body'
        ? { header, value: excerpt(text, span.start, span.end), highlight: name, author: 'sender' }
        : { header, value: text, highlight: name, author: 'sender' };
    return finding(
      'sender.lookalike-domain',
      'fail',
      { domain: from.registrable!, name },
      [...senderEvidence(msg, 'from', from.domain), where],
      'sender.lookalike-domain.signed-name',
    );
  }
  return undefined;
}

export const SENDER_CHECKS: readonly (readonly [string, Check])[] = [
  ['sender.brand-mismatch', brandMismatch],
  ['sender.spoofed-domain', spoofedDomain],
  ['sender.lookalike-domain', lookalikeDomain],
  ['sender.display-name-address', displayNameAddress],
  ['sender.reply-to', replyTo],
  ['sender.authentication', authentication],
  ['sender.return-path', returnPath],
  ['sender.message-id', messageId],
];
