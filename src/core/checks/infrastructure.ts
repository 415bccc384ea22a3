/**
 * Throwaway infrastructure: an identity nobody had to buy or keep. A From domain that is no registrable domain, a
 * sender or link on a platform's free subdomain, storage bucket, form or IPFS gateway, a machine-made mailbox name,
 * and headers and links that belong to three or more organisations at once.
 */
import type { Evidence } from '../report';
import type { Address, Link, ParsedMessage } from '../types';
import { isSameOrSubdomain, registrableDomain } from '../parse/domains';
import { brandsOwningDomain, type BrandIndex } from '../brands/lookup';
import { sentInsideTenant } from '../parse/org-filter';
import { finding } from '../findings';
import type { Check } from './check';
import { FREE_MAIL_DOMAINS, isFreeMail } from './free-mail';
import { headerMark } from './header-mark';
import {
  ESP_TRACKING_DOMAINS,
  MAIL_INFRASTRUCTURE,
  PROJECT_PAGE_HOSTS,
  THROWAWAY_HOSTS,
  throwawayEntry,
} from './link-services';
import { pathAndQuery, senderLinkDomains, webLinks } from './links';
import { hostedLink, hostedPage, mayRent, sameName } from './hosted-page';
import { asksFor, fewOthers } from './rented-page';

const MAX_EVIDENCE = 5;

function fromEvidence(msg: ParsedMessage, highlight: string): Evidence[] {
  const field = msg.headers.find((h) => h.key === 'from');
  return field ? [headerMark(field.name, field.value, highlight)] : [];
}

/**
 * sender.no-registrable-domain: the From domain is no domain anyone can own (`aviso@receita`, `x@promo.local`, an
 * IP literal): nobody can answer for it, and no real organisation's outside mail comes from one.
 * Trap: an internal server's own mail (`root@backup01`) never entered from outside: only a warning then.
 */
const noRegistrableDomain: Check = (msg) => {
  const from = msg.from;
  if (!from?.domain || from.registrable) return undefined;
  const outside = msg.trust.entryHop !== undefined && msg.trust.originatingClient !== undefined;
  return finding('sender.no-registrable-domain', outside ? 'fail' : 'warn', { domain: from.domain }, [
    ...fromEvidence(msg, from.domain),
  ]);
};

/**
 * sender.hosting-platform: the From domain is a free subdomain of an app-hosting platform or Microsoft 365's
 * tenant-default `*.onmicrosoft.com`, or — where the hand list ends — of a platform of the Public Suffix List's private
 * section (hosted-page.ts hostedPage, mayRent: `x.up.railway.app`, a dynamic-DNS name) on a message that asks for something.
 * Attack: `support@secure-login-7f3.web.app` — made in minutes, gone tomorrow.
 * Trap: apps on Firebase send their own password resets from there (a warning, weak); the reader's own tenant's
 * system mail comes from its own `onmicrosoft.com` name (configured own domains, the reader's address, or the tenant
 * saying the sender authenticated inside it); the list's long tail holds companies' own hosts too, so from it only an
 * unauthenticated sender that asks for a document, the account or a payment counts (rented-page.ts asksFor).
 */
const hostingPlatform: Check = (msg, ctx) => {
  const from = msg.from;
  if (!from?.domain) return undefined;
  const hand = throwawayEntry(from.domain);
  const own = [...(ctx.options.ownDomains ?? []), ...msg.readers.map((r) => r.slice(r.lastIndexOf('@') + 1))];
  if (!hand && own.some((d) => d && isSameOrSubdomain(from.domain, d))) return undefined;
  const platform =
    hand ??
    (ctx.dmarc !== 'pass' && mayRent(from.registrable, ctx)
      ? hostedPage(from.domain, '', undefined, ctx.needs)
      : undefined);
  if (!platform) return undefined;
  if (own.some((d) => d && isSameOrSubdomain(from.domain, d) && d.includes('.') && !THROWAWAY_HOSTS.has(d)))
    return undefined;
  if (sentInsideTenant(msg.orgFilter) || (!hand && !asksFor(msg, ctx))) return undefined;
  return finding('sender.hosting-platform', 'warn', { domain: from.domain, platform }, fromEvidence(msg, from.domain));
};

/** `xQtrVbnP`: letters only, five or more case changes (a camelCase name has two or three). */
function randomCase(local: string): boolean {
  if (!/^[a-z]{6,24}$/i.test(local)) return false;
  let changes = 0;
  for (let i = 1; i < local.length; i++) {
    if (/[a-z]/.test(local[i]!) !== /[a-z]/.test(local[i - 1]!)) changes++;
  }
  return changes >= 5;
}

/**
 * sender.machine-local-part: the From mailbox name looks generated (`xQtrVbnP@`, `qzvtrkpl@`, `maria_Lee_40213@`):
 * accounts registered by the thousand. Only the From address, only a weak sign: bounce and notification addresses
 * are random by design, but they are the Return-Path's or the tracker's, not the From a person reads.
 */
const machineLocalPart: Check = (msg) => {
  const from = msg.from;
  const local = from?.address.slice(0, from.address.lastIndexOf('@')) ?? '';
  if (!from || !local) return undefined;
  const noVowel = /^[b-df-hj-np-tv-xz]{7,}$/i.test(local);
  const namePlusNumber = /^[a-z]{2,}[._-][a-z]{2,}[._-]?\d{4,6}$/i.test(local) && !/[._-](19|20)\d\d$/.test(local);
  const mixedNamePlusNumber = /^[a-z]+[._][A-Z][a-z]+[._]?\d{4,}$/.test(local);
  if (!randomCase(local) && !noVowel && !(namePlusNumber && (mixedNamePlusNumber || /\d{5}$/.test(local))))
    return undefined;
  return finding('sender.machine-local-part', 'warn', { local }, fromEvidence(msg, local));
};

/** The registrable domain most web links go to, when it has at least half of them and two or more. */
function mainLinkDomain(links: Link[]): string | undefined {
  const counts = new Map<string, number>();
  for (const l of links) if (l.registrable) counts.set(l.registrable, (counts.get(l.registrable) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= 2 && best[1] * 2 >= links.length ? best[0] : undefined;
}

/** Two domains of one organisation: one brand's, or one name inside the other (`acme.com`, `acme-mail.jp`). */
function sameOrganisation(brands: BrandIndex, a: string, b: string): boolean {
  if (a === b || sameName(a, b)) return true;
  const owners = brandsOwningDomain(brands, a);
  return owners.length > 0 && brandsOwningDomain(brands, b).some((o) => owners.includes(o));
}

/**
 * sender.incoherent-identity: the From address, the Message-ID and where most links go belong to three unrelated
 * organisations — a message assembled from borrowed parts (a hacked site's mail program, a third party's link).
 * Trap: genuine bulk mail runs through an ESP and its tracker, and mailbox providers write the Message-IDs of their
 * users' mail: those are nobody's identity and are left out. A mailing list rewrites the Return-Path and adds its
 * own DKIM signature, and a Microsoft 365 or Google Workspace tenant signs with its default domain, so neither
 * Return-Path nor DKIM `d=` is read: they would judge the list or the provider, not the sender.
 */
const incoherentIdentity: Check = (msg, ctx) => {
  const from = msg.from?.registrable;
  // A person's free mailbox is no organisation for the rest to cohere with: they link anywhere, post via lists.
  if (!from || FREE_MAIL_DOMAINS.has(from)) return undefined;
  const parts: { domain: string; header: string; value: string }[] = [{ domain: from, header: 'From', value: '' }];
  const add = (host: string | undefined, header: string, value: string) => {
    const domain = host ? registrableDomain(host) : '';
    if (domain && !ESP_TRACKING_DOMAINS.has(domain) && !MAIL_INFRASTRUCTURE.has(domain))
      parts.push({ domain, header, value });
  };
  const mid = msg.messageId ?? '';
  const right = mid.slice(mid.lastIndexOf('@') + 1);
  const close = right.indexOf('>');
  add(close < 0 ? right : right.slice(0, close), 'Message-ID', mid);
  const links = webLinks(msg);
  const main = mainLinkDomain(links);
  add(main, 'link', links.find((l) => l.registrable === main)?.url ?? '');
  const orgs: typeof parts = [];
  for (const p of parts) if (!orgs.some((o) => sameOrganisation(ctx.brands, o.domain, p.domain))) orgs.push(p);
  // Asked of the maintained list only now that it decides (the hand list above spares the common case the work).
  if (orgs.length < 3 || isFreeMail(msg.from!.domain, ctx)) return undefined;
  return finding(
    'sender.incoherent-identity',
    'warn',
    { domains: orgs.map((o) => o.domain), count: orgs.length },
    orgs.slice(0, MAX_EVIDENCE).map((o): Evidence => {
      if (o.header === 'From')
        return fromEvidence(msg, o.domain)[0] ?? { header: 'From', value: o.domain, author: 'sender' };
      if (o.header === 'link') return { url: o.value, highlight: o.domain, author: 'sender' };
      return { header: o.header, value: o.value, highlight: o.domain, author: 'sender' };
    }),
  );
};

/**
 * links.throwaway-host: a link to a free site, storage bucket, form or IPFS gateway anyone can fill in minutes
 * (`*.r2.dev`, `storage.googleapis.com`, `docs.google.com/forms`, `*.wixsite.com`, `/ipfs/…`), or — where the hand
 * list ends — to a platform of the Public Suffix List's private section (hosted-page.ts hostedLink).
 * Only a weak sign: a colleague shares a Google Form too. A platform's own authenticated mail linking to itself is not
 * counted. The list's long tail holds companies' own hosts too (a CDN tenant, a store, a portal): it is read only
 * in a message linking few other organisations (no newsletter) that asks for a document, the account or a payment
 * (rented-page.ts asksFor), and never for the sender's own tenant.
 */
const throwawayHost: Check = (msg, ctx) => {
  const hits: { link: Link; entry: string }[] = [];
  const sender: Address | undefined = msg.from;
  const links = webLinks(msg);
  for (const link of links) {
    if (ctx.dmarc === 'pass' && link.registrable === sender?.registrable) continue;
    const entry = throwawayEntry(link.host, pathAndQuery(link.url));
    if (entry && PROJECT_PAGE_HOSTS.has(entry)) continue;
    if (entry && !hits.some((h) => h.link.host === link.host)) hits.push({ link, entry });
    if (hits.length >= MAX_EVIDENCE) break;
  }
  const senderOwns = senderLinkDomains(msg, ctx);
  // Where the hand list found nothing: the first page on a listed platform, beside an ask.
  if (!hits.length && fewOthers(links, senderOwns))
    for (const link of links) {
      const entry = hostedLink(msg, ctx, link, pathAndQuery(link.url), senderOwns);
      if (entry) {
        if (asksFor(msg, ctx, link)) hits.push({ link, entry });
        break;
      }
    }
  const first = hits[0];
  if (!first) return undefined;
  return finding(
    'links.throwaway-host',
    'warn',
    { host: first.link.host, service: first.entry, count: hits.length },
    hits.map((h) => ({ url: h.link.url, value: h.link.text, highlight: h.link.host, author: 'sender' })),
  );
};

export const INFRASTRUCTURE_CHECKS: readonly (readonly [string, Check])[] = [
  ['sender.no-registrable-domain', noRegistrableDomain],
  ['sender.hosting-platform', hostingPlatform],
  ['sender.machine-local-part', machineLocalPart],
  ['sender.incoherent-identity', incoherentIdentity],
  ['links.throwaway-host', throwawayHost],
];
