/**
 * Authentication-Results (RFC 8601), parsed per header, and which of them the recipient's own system wrote.
 *
 * Syntax handled: `authserv-id [version]; method[/version]=result (comment) reason=… ptype.property=value; …`,
 * `none` as the whole result, quoted values, nested comments, Microsoft 365's own header without an authserv-id
 * (`spf=pass (sender IP is 203.0.113.25) smtp.mailfrom=…; dkim=none …;dmarc=bestguesspass action=none …`), and
 * ARC-Authentication-Results' leading `i=1;`.
 *
 * Trust (DESIGN): only the recipient's own group counts — the headers above the entry hop's Received (every hop above
 * it is the recipient's, so one may stand over its internal hops too), or, when there are none, those written just
 * below the entry hop by servers that put them there (Postfix milters: kagoya-2021-12; Gmail after Received-SPF) — and only those whose authserv-id
 * names the organisation that wrote the entry hop (its `by` host or registrable domain) or an admin-configured id.
 * Several filters each add one with the same id (corpus usrp_users/06562: OpenDMARC and SPF, stacked): the whole group
 * counts. A header claiming that id further down, in the sender's part, is a forgery. In a Microsoft 365 mailbox
 * whose entry hop is EOP (under either of its names), Microsoft's id-less header above it is trusted.
 * `Authentication-Results-Original`, ARC-Authentication-Results and every upstream header are never trusted.
 *
 * Known limit: a server that writes its header below its Received cannot be told apart from a sender who puts a
 * forged one first in its own headers when the server wrote none (RFC 8601 §5 asks servers to delete such ones).
 */
import type { AuthMethodResult, AuthResults, HeaderField, Hop, TrustPath } from '../types';
import { registrableAscii, toAsciiHost } from './domains';
import type { NoteLimit } from './limits';
import { receivedByMicrosoft } from './trust';

/** Characters of one header read, and `;`-separated entries after the authserv-id: real ones have a few. */
const MAX_VALUE = 16 * 1024;
const MAX_RESULTS = 64;
const AUTH_KEYS = new Set(['authentication-results', 'authentication-results-original', 'arc-authentication-results']);
/** Trace fields a receiving MTA (or its milters) writes around its own Received; a sender's header ends the group. */
const TRACE_BELOW = new Set([
  'authentication-results',
  'received-spf',
  'dkim-filter',
  'dmarc-filter',
  'arc-seal',
  'arc-message-signature',
  'arc-authentication-results',
  'x-virus-scanned',
  'x-greylist',
  'x-original-to',
  'delivered-to',
  'return-path',
]);

export interface AuthOptions {
  /** authserv-ids the admin trusts (its own filters' names). */
  trustedAuthservIds?: string[];
}

/**
 * Split on `;` outside comments and quoted strings; comments kept in place. Linear, bounded: past the authserv-id
 * and MAX_RESULTS entries it stops, and `cut` says whether anything but blanks was left.
 */
function segments(value: string): { segs: string[]; cut: boolean } {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (quoted) quoted = c !== '"';
    else if (c === '"' && depth === 0) quoted = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      out.push(value.slice(start, i));
      start = i + 1;
      if (out.length > MAX_RESULTS) return { segs: out, cut: value.slice(start).trim() !== '' };
    }
  }
  out.push(value.slice(start));
  return { segs: out, cut: false };
}

/** Words of one segment (`a=b` kept together, `a = b` joined) and its top-level comments. */
function words(segment: string): { words: string[]; comments: string[] } {
  const result = { words: [] as string[], comments: [] as string[] };
  let i = 0;
  const n = segment.length;
  let word = '';
  const flush = (): void => {
    if (!word) return;
    const last = result.words[result.words.length - 1];
    const joins = last !== undefined && (last.endsWith('=') || word.startsWith('='));
    if (joins) result.words[result.words.length - 1] = last + word;
    else result.words.push(word);
    word = '';
  };
  while (i < n) {
    const c = segment[i] as string;
    if (c === '(') {
      flush();
      const start = i + 1;
      let depth = 1;
      for (i++; i < n && depth > 0; i++) {
        if (segment[i] === '\\') i++;
        else if (segment[i] === '(') depth++;
        else if (segment[i] === ')') depth--;
      }
      result.comments.push(segment.slice(start, depth === 0 ? i - 1 : n).trim());
    } else if (c === '"') {
      const close = segment.indexOf('"', i + 1);
      word += segment.slice(i + 1, close < 0 ? n : close);
      i = close < 0 ? n : close + 1;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      flush();
      i++;
    } else {
      word += c;
      i++;
    }
  }
  flush();
  return result;
}

/** One `method=result …` segment; undefined when it is not one. */
function readResult(segment: string): AuthMethodResult | undefined {
  const { words: ws, comments } = words(segment);
  const first = ws[0];
  const eq = first ? first.indexOf('=') : -1;
  if (!first || eq <= 0) return undefined;
  const method = first.slice(0, eq).split('/')[0]?.toLowerCase() ?? '';
  const result = first.slice(eq + 1).toLowerCase();
  if (!method || !result) return undefined;
  const props: Record<string, string> = {};
  for (const w of ws.slice(1)) {
    const e = w.indexOf('=');
    if (e <= 0) continue;
    const key = w.slice(0, e).toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(props, key)) props[key] = w.slice(e + 1);
  }
  const out: AuthMethodResult = { method, result, props };
  const reason = props.reason ?? comments[0];
  if (reason) out.reason = reason;
  return out;
}

/**
 * Parse one header's value: authserv-id (undefined when the first segment is already a result) and results.
 * @internal parseAuthResults runs it per header; its edge cases are tested on bare values
 */
export function parseAuthResultsValue(
  value: string,
  key = 'authentication-results',
): Pick<AuthResults, 'authservId' | 'results'> {
  return readValue(value, key).parsed;
}

/** What parseAuthResultsValue returns, and which cap cut the value, if one did. */
function readValue(
  value: string,
  key: string,
): { parsed: Pick<AuthResults, 'authservId' | 'results'>; cut?: 'size' | 'results' } {
  const long = typeof value === 'string' && value.length > MAX_VALUE;
  const text = typeof value === 'string' ? (long ? value.slice(0, MAX_VALUE) : value) : '';
  const { segs, cut } = segments(text);
  if (key === 'arc-authentication-results' && /^\s*i\s*=\s*\d+\s*$/.test(segs[0] ?? '')) segs.shift();
  let authservId: string | undefined;
  const head = words(segs[0] ?? '').words[0];
  if (head && !head.includes('=')) {
    authservId = head.toLowerCase().replace(/\.$/, '');
    segs.shift();
  }
  const results: AuthMethodResult[] = [];
  let more = cut;
  for (const seg of segs) {
    const r = readResult(seg);
    if (!r) continue;
    if (results.length >= MAX_RESULTS) {
      more = true;
      break;
    }
    results.push(r);
  }
  const parsed = authservId === undefined ? { results } : { authservId, results };
  return long ? { parsed, cut: 'size' } : more ? { parsed, cut: 'results' } : { parsed };
}

/** The authserv-id names the organisation that wrote the entry hop (compared loosely), or one the admin set. */
function namesEntryOrg(id: string | undefined, entryBy: string | undefined, configured: Set<string>): boolean {
  if (!id) return false;
  const host = toAsciiHost(id);
  if (configured.has(id) || configured.has(host)) return true;
  const by = toAsciiHost(entryBy ?? '');
  if (!host || !by) return false;
  const reg = registrableAscii(host);
  return host === by || (!!reg && reg === registrableAscii(by));
}

/**
 * Every Authentication-Results, -Original and ARC-Authentication-Results header, parsed, with `trusted` and
 * `forged` decided as the module comment says. Positions come from the header fields' `index`. Never throws.
 */
export function parseAuthResults(
  headers: HeaderField[],
  hops: Hop[],
  trust: TrustPath,
  options: AuthOptions = {},
  note?: NoteLimit,
): AuthResults[] {
  const fields = (Array.isArray(headers) ? headers : []).filter((h) => AUTH_KEYS.has(h?.key));
  const cuts = new Map<AuthResults, 'size' | 'results'>();
  const parsed: AuthResults[] = fields.map((field) => {
    const { parsed: value, cut } = readValue(field.value, field.key);
    const a: AuthResults = { field, ...value, trusted: false, forged: false };
    if (cut) cuts.set(a, cut);
    return a;
  });
  const entry = trust?.entryHop !== undefined ? hops?.[trust.entryHop] : undefined;
  if (!entry || parsed.length === 0) return parsed;

  const configured = new Set(
    (Array.isArray(options?.trustedAuthservIds) ? options.trustedAuthservIds : [])
      .filter((s): s is string => typeof s === 'string')
      .map((s) => toAsciiHost(s))
      .filter(Boolean),
  );
  const eop = trust.mailbox === 'microsoft365' && receivedByMicrosoft(entry.by);
  // The organisation that wrote the entry hop, by the first `by` that names a host, from the entry hop up: Yahoo's MX
  // signs its line with a bare private address (`by 10.253.226.77 with SMTPs`), its own hops above it by name. When
  // none names one, a header above the entry hop is still the recipient's (nothing there is the sender's) and names
  // its writer itself; the place below it, which a sender reaches, keeps the strict rule.
  const entryHop = trust.entryHop!;
  const writer = hops
    .slice(0, entryHop + 1)
    .reverse()
    .find((h) => h.by && registrableAscii(toAsciiHost(h.by)))?.by;
  const ours = (a: AuthResults, above?: boolean): boolean =>
    a.field.key === 'authentication-results' &&
    (namesEntryOrg(a.authservId, writer ?? (above ? a.authservId : ''), configured) ||
      (eop && a.authservId === undefined));

  const entryIndex = entry.field.index;
  const belowIndex = hops[entryHop + 1]?.field.index ?? Number.POSITIVE_INFINITY;
  const group = new Set<AuthResults>();
  // Above: everything above the entry hop was written by the recipient's system, next to it or higher, over its own
  // internal hops (Gmail's over its `by 2002:…` delivery line, Microsoft's over its transport hops): nothing there is
  // the sender's.
  for (const a of parsed) if (a.field.index < entryIndex && ours(a, true)) group.add(a);
  // Just below: the run of trace fields right after the entry hop's Received, up to the first header of another
  // kind — looked at only when the system wrote none above: one that writes above leaves the place below to the
  // sender (a bot talking straight to the MX puts its forged header first).
  const byIndex = new Map(parsed.map((a) => [a.field.index, a]));
  for (const field of group.size > 0 ? [] : headers) {
    if (field.index <= entryIndex) continue;
    if (field.index >= belowIndex || !TRACE_BELOW.has(field.key)) break;
    const a = byIndex.get(field.index);
    if (a && ours(a) && a.authservId !== undefined) group.add(a);
  }
  for (const a of parsed) {
    if (group.has(a)) a.trusted = true;
    // Microsoft's id-less header is also written by other tenants for their outbound mail (corpus 00028): not a claim.
    else if (a.field.index > entryIndex && ours(a) && a.authservId !== undefined) a.forged = true;
  }
  // Only the trusted headers' results are read by the checks: a cap on anyone else's cut nothing that counts.
  for (const [a, cut] of cuts) {
    if (a.trusted) note?.(`auth-results-${cut}`, cut === 'size' ? MAX_VALUE : MAX_RESULTS, a.field.name, a.field.value);
  }
  return parsed;
}

/** The first result for `method` among the trusted headers (top first). */
export function trustedResult(auth: AuthResults[], method: string): AuthMethodResult | undefined {
  return trustedResults(auth, method)[0];
}

/**
 * Every result for `method` among the trusted headers, top first. A message may carry several DKIM signatures (an
 * ESP's and the brand's own) and a group may hold several filters' headers: a judgement must read them all, since
 * the order filters write in means nothing.
 */
export function trustedResults(auth: AuthResults[], method: string): AuthMethodResult[] {
  const m = method.toLowerCase();
  const out: AuthMethodResult[] = [];
  for (const a of auth ?? []) {
    if (a.trusted) for (const r of a.results) if (r.method === m) out.push(r);
  }
  return out;
}

/** The domain a DKIM result is for: `header.d`, else the domain of `header.i`; '' when it names none. */
export function dkimDomain(r: AuthMethodResult): string {
  const d = r.props['header.d'] ?? r.props['header.i']?.split('@').pop() ?? '';
  return d.toLowerCase() === 'none' ? '' : d;
}

/**
 * A trusted DKIM pass for a signature aligned with From (relaxed: same registrable domain), wherever it stands among
 * the signatures; undefined when none is. A pass for a foreign domain (the ESP's, or a phisher's own) proves nothing
 * about From.
 */
export function dkimAlignedPass(auth: AuthResults[], fromRegistrable: string): AuthMethodResult | undefined {
  const want = registrableAscii(fromRegistrable ?? '');
  if (!want) return undefined;
  return trustedResults(auth, 'dkim').find((r) => r.result === 'pass' && registrableAscii(dkimDomain(r)) === want);
}

/**
 * Aligned DMARC as the recipient's system saw it: `pass` when any trusted dmarc=pass has header.from in the From
 * address's registrable domain — it wins over every other result, in whatever order the filters wrote them;
 * `bestguesspass` (Microsoft: no DMARC record published) is not a pass; else a trusted compauth=fail or dmarc=fail is
 * `fail`; anything else (none, temperror, no trusted header) is `none`.
 */
export function dmarcAligned(auth: AuthResults[], fromRegistrable: string): 'pass' | 'fail' | 'none' {
  const want = registrableAscii(fromRegistrable ?? '');
  const dmarc = trustedResults(auth, 'dmarc');
  if (want && dmarc.some((r) => r.result === 'pass' && registrableAscii(r.props['header.from'] ?? '') === want)) {
    return 'pass';
  }
  if (trustedResults(auth, 'compauth').some((r) => r.result === 'fail')) return 'fail';
  return dmarc.some((r) => r.result === 'fail') ? 'fail' : 'none';
}
