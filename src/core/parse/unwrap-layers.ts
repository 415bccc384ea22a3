/**
 * Peeling each vendor's wrapper (unwrap.ts says which and why, and cites each shape): a chunk of its own in the
 * browsers, loaded by unwrap.ts only for a link on a wrapper's host.
 */
import { percentDecode } from '../text';
import { registrableDomain, toAsciiHost } from './domains';
import {
  BARRACUDA_HOST,
  BING_HOSTS,
  CISCO_HOST,
  FIREEYE_HOSTS,
  GOOGLE_HOSTS,
  PROOFPOINT_HOSTS,
  TREND_DOMAINS,
  TREND_PATH,
  TWELVEHORSES_PATH,
  isMimecastHost,
  isSafeLinksHost,
  isSophosHost,
  parseAbsolute,
  type Layer,
  type WrapperKind,
} from './unwrap';

/** Twelvehorses' hosts (its click-through's path and source: unwrap.ts TWELVEHORSES_PATH). */
const TWELVEHORSES_HOSTS = new Set(['www.twelvehorses.com', 'twelvehorses.com']);

/** Recognises one wrapper by its host and path (`parsed` is `url`); undefined when `url` is not one. */
export function peel(url: string, parsed: URL): Layer | undefined {
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
  if (TWELVEHORSES_HOSTS.has(host) && path.startsWith(TWELVEHORSES_PATH)) return layer('other', starTarget(url));
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

function sophosTarget(search: string): string | undefined {
  const u = rawParam(search, 'u');
  const b64 = u === undefined ? undefined : percentDecode(u);
  return b64 === undefined ? undefined : decodeBase64(b64);
}

/**
 * Twelvehorses' click-through: the target follows the first `/*` and runs to the end or to the `*` before its own
 * copy (`…/*http://www.tesco.ie*http://www.tesco.ie`). Read from the raw string: the target's own `?` and `#` would
 * split a parsed wrapper. A `*` inside the target that starts no URL stays part of it.
 */
function starTarget(raw: string): string | undefined {
  const start = raw.indexOf('/*');
  if (start < 0) return undefined;
  const rest = raw.slice(start + 2);
  const copy = rest.search(/\*https?:/i);
  return copy < 0 ? rest : rest.slice(0, copy);
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
