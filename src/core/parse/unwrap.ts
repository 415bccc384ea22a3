/**
 * URL-rewriting wrappers, peeled off so the checks judge the host the victim really lands on (DESIGN: "Safe Links /
 * URL-defense wrappers are unwrapped before the host is judged"). Offline only: a wrapper whose target is kept on
 * the vendor's server (Mimecast) is reported as a wrapper and left as it is.
 *
 * Trap: only exact vendor hosts are unwrapped. Unwrapping `google.<anything>/url?q=` would let an attacker who owns
 * a look-alike host hide it behind an innocent inner URL.
 */
import type { Link } from '../types';
import { percentDecode } from '../text';

type WrapperKind = NonNullable<Link['wrapper']>['kind'];
interface Wrapper {
  kind: WrapperKind;
  /** The outermost wrapper URL, as evidence. */
  href: string;
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
}

const PROOFPOINT_HOSTS = new Set(['urldefense.proofpoint.com', 'urldefense.com']);
/** Google's redirector, on the hosts Japanese and international mail use; not every google.<tld>. */
const GOOGLE_HOSTS = new Set(['www.google.com', 'google.com', 'www.google.co.jp', 'google.co.jp']);

/** Peels wrappers until a plain URL (or the depth bound) is reached. Never throws. */
export function unwrapUrl(url: string): Unwrapped {
  let current = url;
  let wrapper: Wrapper | undefined;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH; depth++) {
    const layer = peel(current);
    if (!layer) break;
    wrapper ??= { kind: layer.kind, href: current };
    if (layer.inner === undefined) break;
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
  if (isMimecastHost(host)) return { kind: 'mimecast' };
  if (GOOGLE_HOSTS.has(host) && path === '/url') {
    return layer('other', parsed.searchParams.get('q') ?? parsed.searchParams.get('url'));
  }
  return undefined;
}

/** A wrapper whose inner URL is missing or is no absolute URL stays a wrapper, not unwrapped. */
function layer(kind: WrapperKind, inner: string | null | undefined): Layer {
  const trimmed = inner?.trim();
  return trimmed && parseAbsolute(trimmed) ? { kind, inner: trimmed } : { kind };
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
 * &data=…&sdata=…&reserved=0`; GCC High tenants use `*.safelinks.protection.office365.us`.
 */
function isSafeLinksHost(host: string): boolean {
  return host.endsWith('.safelinks.protection.outlook.com') || host.endsWith('.safelinks.protection.office365.us');
}

/**
 * Mimecast URL Protect: `https://protect-us.mimecast.com/s/<id>?domain=…` (older `<region>-protect.mimecast.com`,
 * since 2023 `url.<region>.<m|a>.mimecastprotect.com`). The target lives on Mimecast's server.
 */
function isMimecastHost(host: string): boolean {
  if (host.endsWith('.mimecastprotect.com')) return true;
  if (!host.endsWith('.mimecast.com')) return false;
  const first = host.slice(0, host.indexOf('.'));
  return first.startsWith('protect-') || first.endsWith('-protect');
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
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return undefined;
  try {
    const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
