/**
 * The pages on platforms of the Public Suffix List's private section: a maintained source beside the hand list of
 * rented pages (link-services.ts THROWAWAY_HOSTS). Read only where a finding also needs a strong ask (pretext-judge.ts:
 * a password or bank details), so this waits in that judging's chunk, and the list in a chunk of its own that the
 * rented page's judging loads (rented-page.ts loadDocumentOffer, rented-judge.ts): the pane's first download carries
 * none of it.
 */
import type { DataNeed } from '../report';
import { registrableAscii, toAsciiHost } from '../parse/domains';
import { downloadPath, PROJECT_PAGE_HOSTS } from './link-services';

/** The Public Suffix List's private section (hosting-suffixes.ts), once loaded. */
let hosting: ReadonlySet<string> | undefined;

/** Loads the list (a chunk of its own in the browsers); settles once hostedPage can use it. */
export const loadHostingSuffixes = (): Promise<void> =>
  import(/* webpackChunkName: "hosting-suffixes" */ './hosting-suffixes').then(
    (m) => void (hosting ??= m.HOSTING_SUFFIXES),
  );

/**
 * Where documentation and code live (a project's pages, raw files, Read the Docs): every open-source project's mail
 * and list post links there, with a password in the text as often as not (a how-to); no page anyone rents here.
 */
const DOCUMENTATION_SUFFIXES: ReadonlySet<string> = new Set([
  ...PROJECT_PAGE_HOSTS,
  'githubusercontent.com',
  'readthedocs.io',
  'readthedocs-hosted.com',
]);

/** The label a host has just before `suffix` (`acme` of `shop.acme.myshopify.com` under `myshopify.com`). */
const tenantLabel = (host: string, suffix: string): string => {
  const before = host.slice(0, host.length - suffix.length - 1);
  return before.slice(before.lastIndexOf('.') + 1);
};

/**
 * The page on a platform of the Public Suffix List's private section that a link opens — a site, app, blog, store,
 * bucket or dynamic-DNS name anyone gets there in minutes (`x.blogspot.com`, `x.myshopify.com`, `x.onrender.com`,
 * `ec2-….compute.amazonaws.com`, `x.ddns.net`) — named by its suffix. Not: the platform's own site (the suffix
 * itself), documentation and code (DOCUMENTATION_SUFFIXES), a file to download, the sender's own tenant (its label
 * holds the sender's domain label or is held in it: `acme.myshopify.com` or `acme-shop.myshopify.com` from acme.com;
 * the sender's own host or a subdomain of its domain), bulk-mail services and mail providers (left out of the list
 * when it is made: scripts/extract-hosting-suffixes.ts). Until the list is here, a link to a subdomain of another
 * organisation's domain asks for it (`needs`: the rented page's judging brings it) and is no such page yet.
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
  if (!hosting) return void needs.add('document-offer');
  let suffix: string | undefined;
  for (let dot = h.indexOf('.'); dot > 0 && !suffix; dot = h.indexOf('.', dot + 1))
    if (hosting.has(h.slice(dot + 1))) suffix = h.slice(dot + 1);
  if (!suffix || DOCUMENTATION_SUFFIXES.has(suffix)) return undefined;
  if (registrableAscii(from) === reg && !from.endsWith('.' + suffix)) return undefined;
  const tenant = tenantLabel(h, suffix);
  const own = registrableAscii(from).split('.')[0] ?? '';
  if (own.length >= 4 && tenant.length >= 4 && (tenant.includes(own) || own.includes(tenant))) return undefined;
  return suffix;
}
