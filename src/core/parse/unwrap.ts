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
import { percentDecode } from '../text';
import { registrableDomain, toAsciiHost } from './domains';

type WrapperKind = NonNullable<Link['wrapper']>['kind'];
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
interface Layer {
  kind: WrapperKind;
  inner?: string;
  declared?: string;
}

/**
 * Proofpoint URL Defense: v1/v2 on urldefense.proofpoint.com, v3 on urldefense.com and, for US public-sector
 * tenants, urldefense.us (public examples: Proofpoint's own decoder script, Palo Alto XSOAR's FormatURL tests).
 */
const PROOFPOINT_HOSTS = new Set(['urldefense.proofpoint.com', 'urldefense.com', 'urldefense.us']);
/** Google's redirector, on the hosts Japanese and international mail use; not every google.<tld>. */
const GOOGLE_HOSTS = new Set(['www.google.com', 'google.com', 'www.google.co.jp', 'google.co.jp']);
/**
 * Barracuda Link Protection: `https://linkprotect.cudasvc.com/url?a=<url>&c=E,1,<signature>&typo=1` (Barracuda
 * Campus, "Understanding Link Protection": `…/url?a=http://www.codestore.net&c=E,1,…&typo=1`; public mail shows
 * `a=` percent-encoded too).
 */
const BARRACUDA_HOST = 'linkprotect.cudasvc.com';
/**
 * Cisco Secure Email (ESA) URL rewriting via the Cisco Security Proxy: `https://secure-web.cisco.com/<token>/<the
 * percent-encoded URL>` (public example: sthu.org, "Cleaning Cisco URL rewriting and mutt").
 */
const CISCO_HOST = 'secure-web.cisco.com';
/**
 * Trend Micro Time-of-Click Protection (Email Security, IMSVA, DDEI): `https://<appliance or region>.trendmicro.com
 * :443/wis/clicktime/v1/query?url=<percent-encoded>&umid=…&auth=…` (public mail on lore.kernel.org:
 * `ddec1-0-en-ctp.trendmicro.com`, `cas5-0-urlprotect.trendmicro.com`, `imsva91-ctp.trendmicro.com`); the same
 * product in mainland China answers on `asiainfo-sec.com` (`ddei3-0-ctp.asiainfo-sec.com`, in public test data).
 */
const TREND_DOMAINS = new Set(['trendmicro.com', 'trendmicro.eu', 'asiainfo-sec.com']);
const TREND_PATH = '/wis/clicktime/v1/query';
/**
 * Trellix (FireEye) Email Security URL rewriting: `https://protect2.fireeye.com/v1/url?k=…&q=1&e=…&u=<percent-encoded>`
 * (public example: Palo Alto XSOAR's FormatURL tests).
 */
const FIREEYE_HOSTS = new Set(['protect2.fireeye.com']);
/**
 * Bing's click redirect: `https://www.bing.com/ck/a?!&&p=…&u=a1<base64url of the target>&ntb=1` — a search result's
 * link, which phishing copies to pass a trusted host (public analyses of the abuse, e.g. Cofense and Sublime Security
 * write-ups of `bing.com/ck/a` in credential phishing). The `a1` prefix marks the encoding.
 */
const BING_HOSTS = new Set(['www.bing.com', 'bing.com']);

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

/** Recognises one wrapper by its host and path; undefined when `url` is not one. */
function peel(url: string): Layer | undefined {
  const parsed = parseAbsolute(url);
  if (!parsed) return undefined;
  const host = parsed.hostname;
  const path = parsed.pathname;
  if (isSafeLinksHost(host)) return layer('safelinks', parsed.searchParams.get('url'));
  if (PROOFPOINT_HOSTS.has(host)) {
    if (path.startsWith('/v1/url')) return layer('proofpoint', proofpointV1(parsed.search));
    if (path.startsWith('/v2/url')) return layer('proofpoint', proofpointV2(parsed.search));
    if (path.startsWith('/v3/__')) return layer('proofpoint', proofpointV3(url));
    return undefined;
  }
  if (isMimecastHost(host)) return { kind: 'mimecast', ...declaredHost(parsed.searchParams.get('domain')) };
  if (GOOGLE_HOSTS.has(host) && path === '/url') {
    return layer('google', parsed.searchParams.get('q') ?? parsed.searchParams.get('url'));
  }
  if (host === BARRACUDA_HOST && path === '/url') return layer('barracuda', parsed.searchParams.get('a'));
  if (host === CISCO_HOST) return layer('cisco', ciscoTarget(path));
  if (path === TREND_PATH && TREND_DOMAINS.has(registrableDomain(host))) {
    return layer('trendmicro', parsed.searchParams.get('url'));
  }
  if (isSophosHost(host)) {
    const inner = layer('sophos', sophosTarget(parsed.search));
    return inner.inner ? inner : { ...inner, ...declaredHost(parsed.searchParams.get('d')) };
  }
  if (FIREEYE_HOSTS.has(host) && path === '/v1/url') return layer('other', parsed.searchParams.get('u'));
  if (BING_HOSTS.has(host) && path === '/ck/a') {
    const u = parsed.searchParams.get('u') ?? '';
    return layer('other', u.startsWith('a1') ? decodeBase64Url(u.slice(2)) : undefined);
  }
  return undefined;
}

/** A wrapper whose inner URL is missing or is no absolute URL stays a wrapper, not unwrapped. */
function layer(kind: WrapperKind, inner: string | null | undefined): Layer {
  const trimmed = inner?.trim();
  return trimmed && parseAbsolute(trimmed) ? { kind, inner: trimmed } : { kind };
}

/** A declared target (`domain=example.com`) kept only when it is a host name under a public suffix. */
function declaredHost(value: string | null): { declared?: string } {
  const host = toAsciiHost(value ?? '');
  if (!host || host.length > 253 || !/^[a-z0-9.-]+$/.test(host) || !registrableDomain(host)) return {};
  return { declared: host };
}

function parseAbsolute(url: string): URL | undefined {
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
function isSafeLinksHost(host: string): boolean {
  return host.endsWith('.safelinks.protection.outlook.com') || host.endsWith('.safelinks.protection.office365.us');
}

/**
 * Mimecast URL Protect: `https://protect-us.mimecast.com/s/<id>?domain=…` (older `<region>-protect.mimecast.com`);
 * since February 2024 `https://url.<region>.<m|a>.mimecastprotect.com/s/<id>?domain=<the target's domain>`
 * (Mimecast, "Targeted Threat Protection – Domain Update – Feb 2024" and "URL Protect – Verifying a URL"). The target
 * lives on Mimecast's server; `domain=` is what Mimecast shows the reader.
 */
function isMimecastHost(host: string): boolean {
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
function isSophosHost(host: string): boolean {
  return host.endsWith('.protection.sophos.com');
}

function sophosTarget(search: string): string | undefined {
  const u = rawParam(search, 'u');
  const b64 = u === undefined ? undefined : percentDecode(u);
  return b64 === undefined ? undefined : decodeBase64(b64);
}

/** Cisco: the path after the first segment (the token) is the target, percent-encoded as one segment. */
function ciscoTarget(path: string): string | undefined {
  const slash = path.indexOf('/', 1);
  return slash < 0 ? undefined : percentDecode(path.slice(slash + 1));
}

/** The raw value of one query parameter, without URLSearchParams' `+` → space (Proofpoint never writes `+`). */
function rawParam(search: string, name: string): string | undefined {
  const prefix = name + '=';
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part.startsWith(prefix)) return part.slice(prefix.length);
  }
  return undefined;
}

/** Proofpoint URL Defense v1: `https://urldefense.proofpoint.com/v1/url?u=<percent-encoded>&k=…`. */
function proofpointV1(search: string): string | undefined {
  const u = rawParam(search, 'u');
  return u === undefined ? undefined : percentDecode(u);
}

/**
 * Proofpoint URL Defense v2: `…/v2/url?u=http-3A__www.example.com_path&d=…`: percent-encoding written with `-`
 * for `%`, and `_` for `/`.
 */
function proofpointV2(search: string): string | undefined {
  const u = rawParam(search, 'u');
  return u === undefined ? undefined : percentDecode(u.replace(/-/g, '%').replace(/_/g, '/'));
}

/** Run lengths of Proofpoint v3's `**X` token: A = 2, B = 3, … `_` = 65. */
const V3_RUN_CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Proofpoint URL Defense v3: `https://urldefense.com/v3/__<url>__;<base64url>!!<org>!<sig>$`. The URL is written
 * as is, except that some characters were replaced by `*` (one character) or `**X` (a run of X's length); the
 * characters removed are, in order, the base64url-decoded UTF-8 text between `__;` and the next `!`.
 * Read from the raw string: the inner URL's own `?` and `#` would split a parsed wrapper.
 */
function proofpointV3(raw: string): string | undefined {
  const start = raw.indexOf('/v3/__');
  const end = raw.indexOf('__;', start + 6);
  if (start < 0 || end < 0) return undefined;
  const bang = raw.indexOf('!', end + 3);
  const removed = decodeBase64Url(raw.slice(end + 3, bang < 0 ? raw.length : bang));
  const template = percentDecode(raw.slice(start + 6, end));
  if (removed === undefined || template === undefined) return undefined;
  return fillV3Tokens(template, Array.from(removed));
}

/** Replaces each `*` / `**X` token with the next removed characters; undefined when they run out. */
function fillV3Tokens(template: string, removed: string[]): string | undefined {
  let out = '';
  let next = 0;
  let i = 0;
  while (i < template.length) {
    const star = template.indexOf('*', i);
    if (star < 0) break;
    out += template.slice(i, star);
    let run = 1;
    i = star + 1;
    if (template[star + 1] === '*' && star + 2 < template.length) {
      run = V3_RUN_CODES.indexOf(template[star + 2]!) + 2;
      if (run < 2) return undefined;
      i = star + 3;
    }
    if (next + run > removed.length) return undefined;
    out += removed.slice(next, next + run).join('');
    next += run;
  }
  return out + template.slice(i);
}

/** base64url (unpadded) → UTF-8 text; undefined when it is not valid. */
function decodeBase64Url(s: string): string | undefined {
  return /^[A-Za-z0-9_-]*$/.test(s) ? decodeBase64(s) : undefined;
}

/** base64 in either alphabet, padded or not → UTF-8 text; undefined when it is not valid. */
function decodeBase64(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  const s = text.slice(0, end);
  if (!/^[A-Za-z0-9+/_-]*$/.test(s)) return undefined;
  try {
    const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
