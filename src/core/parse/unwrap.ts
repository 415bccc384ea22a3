/**
 * URL-rewriting wrappers (mail gateways' link protection, Google's redirector), peeled off so the checks judge the
 * host the victim really lands on (DESIGN: "Safe Links / URL-defense wrappers are unwrapped before the host is
 * judged"). Offline only: a wrapper whose target is kept on the vendor's server (Mimecast) is reported as a wrapper
 * and left as it is, with the target's domain it *declares* (`?domain=`) — what the reader is shown, never proof of
 * where the link goes, and never a brand planted in the URL.
 *
 * Every shape below is the vendor's, from its documentation or from public examples (cited per vendor).
 * Trap: only exact vendor hosts are unwrapped. Unwrapping `google.<anything>/url?q=` would let an attacker who owns
 * a look-alike host hide it behind an innocent inner URL.
 */
import type { Link } from '../types';
import { registrableDomain } from './domains';
import type * as Layers from './unwrap-layers';

export type WrapperKind = NonNullable<Link['wrapper']>['kind'];
/** @internal */
export interface Wrapper {
  kind: WrapperKind;
  /** The outermost wrapper URL, as evidence. */
  href: string;
  /** The target's host the wrapper declares but does not carry (Mimecast `domain=`), when it could not be unwrapped. */
  declared?: string;
}
export interface Unwrapped {
  /** The innermost URL reached; the input itself when it is not a wrapper or cannot be unwrapped offline. */
  url: string;
  wrapper?: Wrapper;
}

/** Wrappers nest (Safe Links around Proofpoint around a Google redirect); a loop of them must still end. */
export const MAX_UNWRAP_DEPTH = 5;

/** One peeled layer: the wrapper kind and its inner URL (undefined when it cannot be recovered offline). */
export interface Layer {
  kind: WrapperKind;
  inner?: string;
  declared?: string;
}

/**
 * Proofpoint URL Defense: v1/v2 on urldefense.proofpoint.com, v3 on urldefense.com and, for US public-sector
 * tenants, urldefense.us (public examples: Proofpoint's own decoder script, Palo Alto XSOAR's FormatURL tests).
 */
export const PROOFPOINT_HOSTS = new Set(['urldefense.proofpoint.com', 'urldefense.com', 'urldefense.us']);
/** Google's redirector, on the hosts Japanese and international mail use; not every google.<tld>. */
export const GOOGLE_HOSTS = new Set(['www.google.com', 'google.com', 'www.google.co.jp', 'google.co.jp']);
/**
 * Barracuda Link Protection: `https://linkprotect.cudasvc.com/url?a=<url>&c=E,1,<signature>&typo=1` (Barracuda
 * Campus, "Understanding Link Protection": `…/url?a=http://www.codestore.net&c=E,1,…&typo=1`; public mail shows
 * `a=` percent-encoded too).
 */
export const BARRACUDA_HOST = 'linkprotect.cudasvc.com';
/**
 * Cisco Secure Email (ESA) URL rewriting via the Cisco Security Proxy: `https://secure-web.cisco.com/<token>/<the
 * percent-encoded URL>` (public example: sthu.org, "Cleaning Cisco URL rewriting and mutt").
 */
export const CISCO_HOST = 'secure-web.cisco.com';
/**
 * Trend Micro Time-of-Click Protection (Email Security, IMSVA, DDEI): `https://<appliance or region>.trendmicro.com
 * :443/wis/clicktime/v1/query?url=<percent-encoded>&umid=…&auth=…` (public mail on lore.kernel.org:
 * `ddec1-0-en-ctp.trendmicro.com`, `cas5-0-urlprotect.trendmicro.com`, `imsva91-ctp.trendmicro.com`); the same
 * product in mainland China answers on `asiainfo-sec.com` (`ddei3-0-ctp.asiainfo-sec.com`, in public test data).
 */
export const TREND_DOMAINS = new Set(['trendmicro.com', 'trendmicro.eu', 'asiainfo-sec.com']);
export const TREND_PATH = '/wis/clicktime/v1/query';
/**
 * Trellix (FireEye) Email Security URL rewriting: `https://protect2.fireeye.com/v1/url?k=…&q=1&e=…&u=<percent-encoded>`
 * (public example: Palo Alto XSOAR's FormatURL tests).
 */
export const FIREEYE_HOSTS = new Set(['protect2.fireeye.com']);
/**
 * Bing's click redirect: `https://www.bing.com/ck/a?!&&p=…&u=a1<base64url of the target>&ntb=1` — a search result's
 * link, which phishing copies to pass a trusted host (public analyses of the abuse, e.g. Cofense and Sublime Security
 * write-ups of `bing.com/ck/a` in credential phishing). The `a1` prefix marks the encoding.
 */
export const BING_HOSTS = new Set(['www.bing.com', 'bing.com']);
/**
 * Twelvehorses (an Irish email service that sent Tesco .ie's newsletters) tracked clicks as `http://www.twelvehorses.com
 * /mm/Clickthrough/<campaign ids>/<hash>/*<the target, as written>*<the target again>` (public example: the
 * SpamAssassin public corpus, hard_ham 00245, "Cost price Guinness … at tesco.ie", 2002). Left wrapped, a genuine
 * newsletter's every link reads as the ESP's host under a brand's link text. Only the path is asked here (the host in
 * unwrap-layers.ts): the pane's first download carries the shorter test, and a link on another host with this path
 * only fetches the peeling, which then leaves it as written.
 */
export const TWELVEHORSES_PATH = '/mm/Clickthrough/';

/** Peels wrappers until a plain URL (or the depth bound) is reached. Never throws. */
export function unwrapUrl(url: string): Unwrapped {
  let current = url;
  let wrapper: Wrapper | undefined;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH; depth++) {
    const layer = peel(current);
    if (!layer) break;
    wrapper ??= { kind: layer.kind, href: current };
    if (layer.inner === undefined) {
      // Only the innermost layer's declaration describes the target; an outer one would describe this wrapper.
      if (layer.declared) wrapper.declared = layer.declared;
      break;
    }
    current = layer.inner;
  }
  return wrapper ? { url: current, wrapper } : { url: current };
}

/** `url` is itself a wrapper with an inner URL: unwrapUrl stopped at MAX_UNWRAP_DEPTH before reaching the target. */
export function unwrapsFurther(url: string): boolean {
  return peel(url)?.inner !== undefined;
}

/**
 * Peeling (unwrap-layers.ts: each vendor's decoding) is a chunk of its own in the browsers, fetched only for a message
 * with a link whose host is a wrapper's (`needs: ['unwrap']`, ui/session.ts) and analysed again before drawing; the
 * command line and the tools load it first. Until it is loaded, such a link is left as written and the need noted.
 */
let layers: typeof Layers | undefined;
/** Set when a wrapper's link was met while peeling was not loaded; analyze.ts turns it into a need. */
let lacking = false;

/** Loads the peeling; settles once links can be unwrapped. */
export const loadUnwrapping = (): Promise<void> =>
  import(/* webpackChunkName: "unwrap" */ './unwrap-layers').then((m) => {
    layers ??= m;
  });

/**
 * Forgets the peeling, as a fresh pane starts without it.
 * @internal a test hook: the peeling is module state
 */
export function forgetUnwrapping(): void {
  layers = undefined;
}

/** Whether a wrapper's link was met without the peeling since the last call (and resets it). */
export function takeLackingUnwrapping(): boolean {
  const was = lacking;
  lacking = false;
  return was;
}

/**
 * One wrapper peeled off; undefined when `url` is not one. Only a host (and for Trend Micro a path) that some wrapper
 * answers on is worth the peeling: every other link is no wrapper, with or without it.
 */
function peel(url: string): Layer | undefined {
  const parsed = parseAbsolute(url);
  if (!parsed || !mayBeWrapper(parsed)) return undefined;
  if (!layers) {
    lacking = true;
    return undefined;
  }
  return layers.peel(url, parsed);
}

/** A host (and path) one of the wrappers below answers on: what unwrap-layers.ts's `peel` recognises, and more. */
function mayBeWrapper(parsed: URL): boolean {
  const host = parsed.hostname;
  return (
    isSafeLinksHost(host) ||
    PROOFPOINT_HOSTS.has(host) ||
    isMimecastHost(host) ||
    GOOGLE_HOSTS.has(host) ||
    host === BARRACUDA_HOST ||
    host === CISCO_HOST ||
    (parsed.pathname === TREND_PATH && TREND_DOMAINS.has(registrableDomain(host))) ||
    isSophosHost(host) ||
    FIREEYE_HOSTS.has(host) ||
    BING_HOSTS.has(host) ||
    parsed.pathname.startsWith(TWELVEHORSES_PATH)
  );
}

export function parseAbsolute(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Microsoft Defender for Office 365 Safe Links: `https://jpn01.safelinks.protection.outlook.com/?url=<encoded>
 * &data=…&sdata=…&reserved=0` (newer tenants: `/ap/<id>/?url=`); GCC High tenants use
 * `*.safelinks.protection.office365.us`.
 */
export function isSafeLinksHost(host: string): boolean {
  return host.endsWith('.safelinks.protection.outlook.com') || host.endsWith('.safelinks.protection.office365.us');
}

/**
 * Mimecast URL Protect: `https://protect-us.mimecast.com/s/<id>?domain=…` (older `<region>-protect.mimecast.com`);
 * since February 2024 `https://url.<region>.<m|a>.mimecastprotect.com/s/<id>?domain=<the target's domain>`
 * (Mimecast, "Targeted Threat Protection – Domain Update – Feb 2024" and "URL Protect – Verifying a URL"). The target
 * lives on Mimecast's server; `domain=` is what Mimecast shows the reader.
 */
export function isMimecastHost(host: string): boolean {
  if (host.endsWith('.mimecastprotect.com')) return true;
  if (!host.endsWith('.mimecast.com')) return false;
  const first = host.slice(0, host.indexOf('.'));
  return first.startsWith('protect-') || first.endsWith('-protect');
}

/**
 * Sophos Email Time-of-Click: `https://<region>.protection.sophos.com?d=<domain>&u=<base64 of the URL>&i=…&t=…&h=…`
 * (Sophos Central help, "URL Protection": "the destination domain name … in the format d=domain.com"; the base64
 * `u=` in a public decoder's example, `eu-west-1.protection.sophos.com/?d=microsoft.com&u=aHR0cHM6…`).
 */
export function isSophosHost(host: string): boolean {
  return host.endsWith('.protection.sophos.com');
}
