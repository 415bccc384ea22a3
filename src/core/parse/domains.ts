/**
 * Host names as the user should see them and as the checks compare them: lower-case, punycode decoded for display,
 * ASCII for comparison, and the registrable domain (eTLD+1) from the public suffix list.
 *
 * tldts-icann rather than tldts: the checks only use the ICANN section (a hosting customer's `x.github.io` is
 * github.io's), and the private section cost the Outlook task pane 17 KB gzipped. Its trie holds ICANN rules only, so
 * it never sets `isIcann`: an ending no rule lists (`foo.local`, `議事次第.docx`) gets the PSL's default `*` rule and
 * parses exactly like `foo.com`. So a one-label suffix is checked against the root zone's TLD list that linkifyjs
 * already carries for finding links (isRootZoneTld); a suffix of two or more labels (`co.jp`, `x.ck` from `*.ck`,
 * `kawasaki.jp` from `!city.kawasaki.jp`) can only come from a listed rule.
 */
import { parse as parseHost } from 'tldts-icann';
import { lackingSuffixLookups, suffixRulesEpoch } from './suffix-rules';
import { lackingRootZoneLookups, rootZoneHas } from './root-zone';
// The userland package's own file: `punycode` alone would be Node's deprecated built-in, and ESM loaders resolve
// `punycode/` (with the slash) inconsistently.
import punycode from 'punycode/punycode.js';

const MAX_HOST = 253;
const DOCUMENTATION_TLDS = new Set(['example', 'test', 'invalid']);
/** isRootZoneTld answers per TLD; bounded because every host's ending is attacker-chosen. */
const tldCache = new Map<string, boolean>();
const TLD_CACHE_MAX = 512;

/**
 * Answers per host, kept because the same few hosts are asked about again and again (each Received hop, link and
 * address, by the parsers, the trust walk and several checks) and punycode and the suffix trie are the slow part.
 * Bounded: every host is attacker-chosen, so a full cache is dropped and starts again, and a string longer than
 * any host name is not kept (it would hold on to a hostile message's megabytes after it is gone).
 */
const HOST_CACHE_MAX = 2048;
const HOST_CACHE_KEY_MAX = 1024;
const asciiCache = new Map<string, string>();
const registrableCache = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (key.length > HOST_CACHE_KEY_MAX) return value;
  if (cache.size >= HOST_CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * punycode's toASCII/toUnicode give back a plain ASCII name unchanged (no label to encode, no `xn--` label to
 * decode), so they are skipped for one. Not with an `@`: punycode then keeps only the part up to a second `@`.
 */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x40) return false;
  }
  return true;
}

/** ASCII (punycode) form of a host, lower-case, trailing dot removed; '' when it cannot be one. */
export function toAsciiHost(host: string): string {
  const h = host.trim().replace(/\.$/, '').toLowerCase();
  if (!h || h.length > MAX_HOST * 4) return '';
  // A plain name costs less to read again than to look up: only punycode's answers are kept.
  if (plainAscii(h)) return h;
  const known = asciiCache.get(h);
  if (known !== undefined) return known;
  try {
    // Full-width dots (。．｡) separate labels in IDNA too.
    return remember(asciiCache, h, punycode.toASCII(h.replace(/[\u3002\uff0e\uff61]/g, '.')));
  } catch {
    return remember(asciiCache, h, '');
  }
}

/** Unicode form of a host for display and script checks. */
export function toUnicodeHost(host: string): string {
  const ascii = toAsciiHost(host);
  if (!ascii) return '';
  if (plainAscii(ascii) && !ascii.includes('xn--')) return ascii;
  try {
    return punycode.toUnicode(ascii);
  } catch {
    return ascii;
  }
}

/** Registrable domain (eTLD+1) in ASCII form, '' for IPs, single labels and unknown suffixes. */
export function registrableAscii(host: string): string {
  if (rulesSeen !== suffixRulesEpoch()) {
    registrableCache.clear(); // answers from the task pane's start-up part of the suffix rules
    rulesSeen = suffixRulesEpoch();
  }
  const known = registrableCache.get(host);
  if (known !== undefined) return known;
  const lacking = lackingSuffixLookups() + lackingRootZoneLookups();
  const found = findRegistrable(host);
  // An answer given without the rules it needed is not kept: the next message must ask again, and need them.
  return lacking === lackingSuffixLookups() + lackingRootZoneLookups()
    ? remember(registrableCache, host, found)
    : found;
}
/** The suffix rules' epoch the registrable answers kept were given under (core/parse/suffix-rules.ts). */
let rulesSeen = suffixRulesEpoch();

/**
 * Second levels sold as if they were top-level domains — CentralNic's pseudo-country names and their like, listed in
 * the Public Suffix List's private section (tldts 7's full data), which tldts-icann leaves out: a name under one is its
 * holder's own (`sparkasse-pushtan-verifizierung.de.com` is no more `de.com`'s than `paypal-login.com` is `.com`'s), so
 * the look-alike checks read its label (domainLabel) as they read any other's.
 * @internal scripts/extract-hosting-suffixes.ts leaves them out of the hosting suffixes too
 */
export const PSEUDO_SUFFIXES: ReadonlySet<string> = new Set(
  'ae.org br.com cn.com co.com com.de com.se de.com eu.com gb.net gr.com hu.net in.net it.com jp.net jpn.com mex.com ru.com sa.com se.net uk.com uk.net us.com us.org za.bz za.com'.split(
    ' ',
  ),
);

/** Where a pseudo-country suffix starts in a host (`de.com` of `x.de.com`), or -1: a name under one, not the suffix. */
function pseudoAt(host: string): number {
  const at = host.lastIndexOf('.', host.lastIndexOf('.') - 1) + 1;
  return at > 1 && PSEUDO_SUFFIXES.has(host.slice(at)) ? at : -1;
}

/**
 * The label under a pseudo-country suffix (`paypal-login` of `paypal-login.us.com`: PSEUDO_SUFFIXES), which the
 * look-alike checks read as they read `paypal-login` of `paypal-login.com`; undefined under any other suffix.
 */
export function pseudoLabel(host: string): string | undefined {
  const at = pseudoAt(host);
  return at > 0 ? host.slice(host.lastIndexOf('.', at - 2) + 1, at - 1) : undefined;
}

function findRegistrable(host: string): string {
  const ascii = toAsciiHost(host);
  if (!ascii) return '';
  const at = pseudoAt(ascii);
  if (at > 0) return ascii.slice(ascii.lastIndexOf('.', at - 2) + 1);
  // Only ICANN suffixes: an unknown ending (`議事次第.docx`, `foo.local`) is a file name or an internal name. The
  // RFC 2606 documentation names (`evil.example`) count, like documentation IP ranges: examples and tests use them.
  const parsed = parseHost(ascii);
  const suffix = parsed.publicSuffix ?? '';
  if (parsed.domain && (suffix.includes('.') || isRootZoneTld(suffix))) return parsed.domain;
  const labels = ascii.split('.');
  return labels.length >= 2 && DOCUMENTATION_TLDS.has(labels[labels.length - 1]!) ? labels.slice(-2).join('.') : '';
}

/**
 * True when `label` (ASCII, lower-case) is a top-level domain: in linkifyjs's copy of the IANA root zone list, asked
 * as "is `a.<tld>` a URL?" in Unicode form (the list has no `xn--` forms), or `onion`, which the PSL lists (RFC 7686)
 * and the root zone does not: Tor links in extortion mail keep a registrable domain. Against the PSL (linkifyjs 4.4,
 * tldts 7.6) the lists otherwise differ on `.hotel` (in the PSL from its ICANN contract, not yet in linkify's list),
 * undelegated IDN variants, two retired gTLDs linkify still lists, and `.za`, where the PSL lists only second levels:
 * `x.za` now counts as registrable like any `x.com`.
 */
function isRootZoneTld(label: string): boolean {
  let known = tldCache.get(label);
  if (known === undefined) {
    let unicode = label;
    try {
      unicode = punycode.toUnicode(label);
    } catch {
      // Not valid punycode: linkify then finds no TLD in it either.
    }
    const listed = label === 'onion' || rootZoneHas(unicode);
    if (listed === undefined) return false; // not known before linkify loads (root-zone.ts): not kept
    known = listed;
    if (tldCache.size >= TLD_CACHE_MAX) tldCache.clear();
    tldCache.set(label, known);
  }
  return known;
}

/** Registrable domain in Unicode form (`日本語.jp`, `example.co.jp`). */
export function registrableDomain(host: string): string {
  const reg = registrableAscii(host);
  if (!reg) return '';
  if (plainAscii(reg) && !reg.includes('xn--')) return reg;
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
