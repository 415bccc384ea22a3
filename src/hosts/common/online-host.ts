/**
 * What a browser host — the standalone page and Outlook's task pane — gives the online look-up (src/ui/online-action.ts):
 * the browser's fetch with its one opaque failure said plainly, and whether the page's Content-Security-Policy lets it
 * reach the servers (scripts/content-policy.js): its own origin by default, so the admin's RDAP proxy on the same
 * server (`online.rdapBase`) works as built; asking registries directly needs a build with PHISH_RDAP_CONNECT.
 */
import type { RdapFetch } from '../../core/online';
import { translate, type Lang } from '../../i18n';
import { rdapFetch } from './rdap-fetch';

/**
 * The RDAP fetch, with the browser's opaque failure said plainly: a registry server that sends no CORS headers (some
 * do not) fails exactly like one that cannot be reached, and the page cannot tell which.
 */
export function pageRdapFetch(lang: () => Lang): RdapFetch {
  return (url, signal, max) =>
    rdapFetch(url, signal, max).catch((error: unknown) => {
      if (error instanceof TypeError) throw new Error(translate(lang(), 'online.error.browser'));
      throw error;
    });
}

/**
 * Whether the page's own policy lets it reach the servers: the admin's proxy on this origin always; anything else
 * only when the build added sources to connect-src (PHISH_RDAP_CONNECT). The browser enforces it either way: this
 * only spares the reader a list of failures.
 */
export function pageMayConnect(doc: Document, rdapBase: string): boolean {
  if (rdapBase && new URL(rdapBase).origin === doc.defaultView?.location.origin) return true;
  const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const connect = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === 'connect-src');
  return !connect || connect.slice(1).some((source) => source !== "'self'");
}
