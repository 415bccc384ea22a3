/**
 * Host names as the user should see them and as the checks compare them: lower-case, punycode decoded for display,
 * ASCII for comparison, and the registrable domain (eTLD+1) from the public suffix list (tldts).
 */
import { parse as parseHost } from 'tldts';
// The userland package's own file: `punycode` alone would be Node's deprecated built-in, and ESM loaders resolve
// `punycode/` (with the slash) inconsistently.
import punycode from 'punycode/punycode.js';

const MAX_HOST = 253;
const DOCUMENTATION_TLDS = new Set(['example', 'test', 'invalid']);

/** ASCII (punycode) form of a host, lower-case, trailing dot removed; '' when it cannot be one. */
export function toAsciiHost(host: string): string {
  const h = host.trim().replace(/\.$/, '').toLowerCase();
  if (!h || h.length > MAX_HOST * 4) return '';
  try {
    // Full-width dots (。．｡) separate labels in IDNA too.
    return punycode.toASCII(h.replace(/[\u3002\uff0e\uff61]/g, '.'));
  } catch {
    return '';
  }
}

/** Unicode form of a host for display and script checks. */
export function toUnicodeHost(host: string): string {
  const ascii = toAsciiHost(host);
  if (!ascii) return '';
  try {
    return punycode.toUnicode(ascii);
  } catch {
    return ascii;
  }
}

/** Registrable domain (eTLD+1) in ASCII form, '' for IPs, single labels and unknown suffixes. */
export function registrableAscii(host: string): string {
  const ascii = toAsciiHost(host);
  if (!ascii) return '';
  // Only ICANN suffixes: an unknown ending (`議事次第.docx`, `foo.local`) is a file name or an internal name. The
  // RFC 2606 documentation names (`evil.example`) count, like documentation IP ranges: examples and tests use them.
  const parsed = parseHost(ascii, { allowPrivateDomains: false });
  if (parsed.isIcann && parsed.domain) return parsed.domain;
  const labels = ascii.split('.');
  return labels.length >= 2 && DOCUMENTATION_TLDS.has(labels[labels.length - 1]!) ? labels.slice(-2).join('.') : '';
}

/** Registrable domain in Unicode form (`日本語.jp`, `example.co.jp`). */
export function registrableDomain(host: string): string {
  const reg = registrableAscii(host);
  if (!reg) return '';
  try {
    return punycode.toUnicode(reg);
  } catch {
    return reg;
  }
}

/** True when `host` is `domain` or a subdomain of it (both compared in ASCII form). */
export function isSameOrSubdomain(host: string, domain: string): boolean {
  const h = toAsciiHost(host);
  const d = toAsciiHost(domain);
  return !!h && !!d && (h === d || h.endsWith('.' + d));
}
