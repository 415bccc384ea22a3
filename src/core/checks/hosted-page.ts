/**
 * The pages and senders on platforms of the Public Suffix List's private section: a maintained source where the hand
 * list of rented pages ends (link-services.ts THROWAWAY_HOSTS) — the long tail of site builders, app hosts, buckets,
 * blogs, stores and dynamic-DNS names anyone gets a name under in minutes. The list and its judging are a chunk of
 * their own (hosting-suffixes.ts, `needs: ['hosting-suffixes']`); here is only the gate on host names that asks for
 * it, read by links.rented-page (rented-page.ts), links.throwaway-host and sender.hosting-platform (infrastructure.ts)
 * and content.pretext.rented-ask (pretext-judge.ts).
 * Trap: genuine organisations serve pages and mail from such hosts too — their own tenant on a platform
 * (`acme.myshopify.com` mailing acme's customers), their documentation on GitHub Pages, a portal on Azure linked from
 * their own mail: a host counts only when it is not the sender's own, and the checks read it only beside an ask.
 */
import type { DataNeed } from '../report';
import type { Link, ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { registrableAscii, toAsciiHost } from '../parse/domains';
import { brandsOwningDomain } from '../brands/lookup';
import { downloadPath, ESP_TRACKING_DOMAINS, MAIL_INFRASTRUCTURE } from './link-services';
import { webLinks } from './links';
import { mayBeHosted } from './hosting-gate';

/** The judging against the list (hosting-suffixes.ts hostedSuffix), once loaded. */
let hostedSuffix: typeof import('./hosting-suffixes').hostedSuffix | undefined;

/** Loads the list and its judging (a chunk of its own in the browsers); settles once hostedPage can use them. */
export const loadHostingSuffixes = (): Promise<void> =>
  import(/* webpackChunkName: "hosting-suffixes" */ './hosting-suffixes').then(
    (m) => void (hostedSuffix ??= m.hostedSuffix),
  );

/**
 * Forgets the list, as a fresh pane starts without it.
 * @internal a test hook: the list is module state
 */
export const forgetHostingSuffixes = (): void => void (hostedSuffix = undefined);

/**
 * The listed suffix of the page a link to `host` (path with query) opens — a site, app, blog, store, bucket or
 * dynamic-DNS name (`x.blogspot.com`, `x.myshopify.com`, `x.onrender.com`, `x.ddns.net`) — named by its suffix. Not
 * the platform's own site (the registrable domain or its `www`), a file to download, the sender's own host or a host
 * around it, nor what hostedSuffix leaves (documentation, the sender's own tenant). Until the list is here, a host the
 * pre-filter passes (hosting-gate.ts mayBeHosted: a tail of its labels may be one of the list's domains) asks for it,
 * and is no such page yet; a host it stops is none of the list's, so it never asks.
 */
export function hostedPage(
  host: string,
  path: string,
  sender: string | undefined,
  needs: Set<DataNeed>,
): string | undefined {
  const h = toAsciiHost(host);
  const reg = registrableAscii(h);
  if (!reg || h === reg || h === 'www.' + reg || downloadPath(path)) return undefined;
  const from = sender ? toAsciiHost(sender) : '';
  if (from && (from === h || from.endsWith('.' + h) || h.endsWith('.' + from))) return undefined;
  if (!hostedSuffix) return mayBeHosted(h) ? void needs.add('hosting-suffixes') : undefined; // hosting-gate.ts
  return hostedSuffix(h, reg, from);
}

/** One name inside the other, both four letters or more (`acme` in `acme-mail`): one organisation's two names. */
const nameIn = (a: string, b: string): boolean => a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a));

/** The first labels of two domains, one inside the other (`web.cvent.com`, `cvent-planner.com`). */
export const sameName = (a: string, b: string): boolean => nameIn(a.split('.')[0]!, b.split('.')[0]!);

/**
 * Whether `host`, a tenant of the platform `suffix`, is the sender's own (`fromReg` its registrable domain): the label
 * just before the suffix and the sender's domain label, one inside the other, hyphens aside — `acme.myshopify.com`,
 * `acme-shop.myshopify.com` or `bramblewood-candles.myshopify.com` from acme.com or bramblewoodcandles.com.
 */
export function ownTenant(host: string, suffix: string, fromReg: string): boolean {
  const before = host.slice(0, host.length - suffix.length - 1);
  const bare = (label: string) => label.replace(/-/g, '');
  return nameIn(bare(before.slice(before.lastIndexOf('.') + 1)), bare(fromReg.split('.')[0]!));
}

/**
 * A hand-list platform's tenant (`entry`: link-services.ts throwawayEntry) that is an authenticated sender's own:
 * `contoso-benefits.azurewebsites.net` in contoso.com's own mail, no rented page for links.rented-page. Its weak
 * links.throwaway-host warning stays: a look-alike that passes DMARC for itself names its page alike
 * (`sellsafe-payout.web.app` from sellsafe-payout.com), and that warning with the script is likely phishing.
 */
export const sendersOwnTenant = (msg: ParsedMessage, ctx: CheckContext, host: string, entry: string): boolean =>
  ctx.dmarc === 'pass' && host.endsWith('.' + entry) && ownTenant(host, entry, msg.from?.registrable ?? '');

/**
 * A registrable domain the gate passes on: no brand's own, no mail service's, no bulk-mail service's. For a sender
 * (infrastructure.ts sender.hosting-platform) only one not authenticated: an organisation's own mail from its
 * subdomains authenticates, a tenant on such a platform seldom can.
 */
export const mayRent = (reg: string, ctx: CheckContext): boolean =>
  !!reg &&
  !MAIL_INFRASTRUCTURE.has(reg) &&
  !ESP_TRACKING_DOMAINS.has(reg) &&
  !brandsOwningDomain(ctx.brands, reg).length;

/**
 * The listed suffix of a link's page (hostedPage), for links.rented-page and links.throwaway-host where the hand list
 * ends: never a brand's own domain, a mail or bulk-mail service's, nor one of the sender's name (`web.cvent.com` from
 * cvent-planner.com, `app.greenhouse.io` from greenhouse-mail.io), nor for an authenticated sender that also links
 * its own pages (`senderOwns`: links.ts senderLinkDomains) — the long tail holds every company's CDN (`cloudfront.net`,
 * `azureedge.net`), store and portal hosts, which it links beside its own site; a taken-over mailbox's lure is the one
 * button. A message linking only those asks for nothing.
 */
export function hostedLink(
  msg: ParsedMessage,
  ctx: CheckContext,
  link: Link,
  path: string,
  senderOwns: (domain: string) => boolean,
): string | undefined {
  const from = msg.from;
  if (!mayRent(link.registrable, ctx) || (from?.registrable && sameName(link.registrable, from.registrable)))
    return undefined;
  // An authenticated sender linking its own pages beside it: a company's CDN, store or portal among its own links.
  if (ctx.dmarc === 'pass' && webLinks(msg).some((l) => l.registrable && senderOwns(l.registrable))) return undefined;
  return hostedPage(link.host, path, from?.domain, ctx.needs);
}
