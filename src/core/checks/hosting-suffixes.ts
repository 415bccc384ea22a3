/**
 * The Public Suffix List's private section, as hosting-suffixes.json holds it (scripts/extract-hosting-suffixes.ts
 * writes it from the full tldts build), and the judging of a host against it: the suffixes under which anyone gets a
 * name of their own on someone else's platform. A chunk of its own in the browsers, fetched only for a message whose
 * link or sender host could be on one (hosted-page.ts: `needs: ['hosting-suffixes']`), never with the pane's first
 * download.
 */
import data from './hosting-suffixes.json';
import { registrableAscii } from '../parse/domains';
import { PROJECT_PAGE_HOSTS } from './link-services';
import { ownTenant } from './hosted-page';

/** The suffixes (`softr.app`-like platform domains, `blob.core.windows.net`, `dyndns.org` …), no rule under another. */
const HOSTING_SUFFIXES: ReadonlySet<string> = new Set(data.suffixes);

/**
 * Where documentation and code live (a project's pages, raw files, Read the Docs): every open-source project's mail
 * and list post links there, with a password in the text as often as not (a how-to); no page anyone rents here.
 */
export const DOCUMENTATION_SUFFIXES: ReadonlySet<string> = new Set([
  ...PROJECT_PAGE_HOSTS,
  'githubusercontent.com',
  'readthedocs.io',
  'readthedocs-hosted.com',
]);

/**
 * The listed suffix an ASCII host `h` (registrable domain `reg`) stands strictly under, for a sender at `from` (ASCII,
 * or ''): not documentation and code, not a host of the sender's own registrable domain unless the sender is itself
 * a tenant of that suffix, and not the sender's own tenant (hosted-page.ts ownTenant, which also makes the cheap
 * tests first).
 */
export function hostedSuffix(h: string, reg: string, from: string): string | undefined {
  let suffix: string | undefined;
  for (let dot = h.indexOf('.'); dot > 0 && !suffix; dot = h.indexOf('.', dot + 1))
    if (HOSTING_SUFFIXES.has(h.slice(dot + 1))) suffix = h.slice(dot + 1);
  if (!suffix || DOCUMENTATION_SUFFIXES.has(suffix)) return undefined;
  const fromReg = registrableAscii(from);
  if (fromReg === reg && !from.endsWith('.' + suffix)) return undefined;
  // Google Translate's proxy names the site it shows (`acme--site-com.translate.goog`): a kit's way to hide its own
  // domain, never a tenant of the sender's.
  return suffix !== 'translate.goog' && ownTenant(h, suffix, fromReg) ? undefined : suffix;
}
