/**
 * Address-like headers: From/To/Cc/Reply-To/Return-Path lists (postal-mime's addressParser, groups flattened),
 * Message-ID, and RFC 5322 dates. All of it is the sender's word; these functions only read it faithfully.
 * Never throw: a malformed value gives an empty list / undefined.
 */
import { addressParser } from 'postal-mime';
import type { Address } from '../types';
import { mendEncodedWordLabels } from './charset-labels';
import { registrableDomain, toUnicodeHost } from './domains';

/**
 * addressParser decodes encoded words in display names by joining adjacent B words into a string it re-tests each
 * time: quadratic past tens of thousands of words. Real address lists (even a To: with thousands of recipients)
 * stay far below this; beyond it the list is cut after the last complete address.
 */
export const MAX_ADDRESS_LIST = 256 * 1024;

/**
 * Parse an address list into mailboxes. The display name is kept exactly as decoded (RFC 2047) — zero-width
 * characters, full-width letters and an address-looking name (`"support@amazon.co.jp" <x@evil.example>`) included:
 * checks normalise; the evidence shows what the sender wrote. `<>` (the null reverse-path of bounces) gives one
 * mailbox with an empty address.
 */
export function parseAddressList(value: string): Address[] {
  if (typeof value !== 'string') return [];
  let input = value;
  if (input.length > MAX_ADDRESS_LIST) {
    const comma = input.lastIndexOf(',', MAX_ADDRESS_LIST);
    input = input.slice(0, comma > 0 ? comma : MAX_ADDRESS_LIST);
  }
  try {
    const out: Address[] = [];
    const plain = plainAddressList(input);
    if (plain) {
      for (const address of plain) out.push(toAddress('', address));
      return out;
    }
    // A display name's encoded words in Python's or Windows' charset names read as the charset meant (charset-labels.ts).
    for (const box of addressParser(mendEncodedWordLabels(input), { flatten: true })) {
      // flatten:true returns mailboxes only; a group here would be a library change, so read its members too.
      const members = box.group ? box.group : [box];
      for (const m of members) out.push(toAddress(m.name ?? '', m.address ?? ''));
    }
    return out;
  } catch {
    return [];
  }
}

/** A bare addr-spec of the characters real addresses use: no quotes, brackets, comments, groups or encoded words. */
const PLAIN_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/;

/**
 * The addresses of a list made only of bare addresses, comma-separated (`a@x.example, b@y.example`), or undefined
 * for anything else. addressParser reads such a list as these addresses with empty names
 * (test/core/parse/addresses.test.ts compares the two), but builds it char by char: a To of 100,000 recipients took
 * it most of a second.
 * @internal
 */
export function plainAddressList(value: string): string[] | undefined {
  const out: string[] = [];
  let start = 0;
  while (start <= value.length) {
    let end = value.indexOf(',', start);
    if (end < 0) end = value.length;
    let a = start;
    let b = end;
    while (a < b && value.charCodeAt(a) === 0x20) a++;
    while (b > a && value.charCodeAt(b - 1) === 0x20) b--;
    const part = value.slice(a, b);
    if (!PLAIN_ADDRESS.test(part)) return undefined;
    out.push(part);
    start = end + 1;
  }
  return out;
}

/** One mailbox from addressParser's name/address. The domain is cut at the last `@` (`a@b@evil.example`). */
function toAddress(name: string, addr: string): Address {
  const at = addr.lastIndexOf('@');
  if (at < 0) return { name, address: addr, domain: '', registrable: '' };
  const rawDomain = addr.slice(at + 1).toLowerCase();
  const address = addr.slice(0, at + 1) + rawDomain;
  if (!rawDomain) return { name, address, domain: '', registrable: '' };
  // An address literal (`user@[192.0.2.1]`) has no host name to convert and no registrable domain.
  if (rawDomain.startsWith('[')) return { name, address, domain: rawDomain, registrable: '' };
  const domain = toUnicodeHost(rawDomain) || rawDomain;
  return { name, address, domain, registrable: registrableDomain(domain) };
}

/**
 * The id of a Message-ID / In-Reply-To value without its angle brackets; undefined when there is none that could
 * be one. Accepts the first `<…>` (comments and extra ids around it are ignored) and, as some bulk mailers write it,
 * a bare `id@host` without brackets.
 */
export function parseMessageId(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.length > 4096 ? value.slice(0, 4096) : value;
  const open = v.indexOf('<');
  let id: string;
  if (open >= 0) {
    const close = v.indexOf('>', open + 1);
    if (close < 0) return undefined;
    id = v.slice(open + 1, close);
  } else {
    id = v.trim();
    if (id.indexOf('@') < 0) return undefined;
  }
  if (!id || id.length > 998 || /[\s<>"]/.test(id)) return undefined;
  return id;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/**
 * Zone names in minutes east of UTC: RFC 5322 §4.3 obsolete names, plus the ones real Japanese and European mail
 * writes in place of an offset (`JST`, `CET`). Military single letters are treated as -0000 (unknown), as §4.3 says.
 */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  bst: 60,
  wet: 0,
  west: 60,
};

/**
 * Epoch ms of an RFC 5322 date (`Sun, 19 Dec 2021 20:47:55 +0900 (JST)`), also accepting the obsolete forms:
 * no weekday, no seconds, two- and three-digit years, zone names, a missing zone (taken as UTC), comments anywhere,
 * asctime order (`Sun Dec 19 20:47:55 2021`) and ISO 8601 (`2021-12-19T20:47:55+09:00`). Undefined when it is none.
 */
export function parseDate(value: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = stripComments(value.length > DATE_MAX_CHARS ? value.slice(0, DATE_MAX_CHARS) : value).trim();
  return parseIsoDate(text) ?? parseRfcDate(text);
}

/** A date is read in its first 512 characters and, as RFC 5322 words, its first 12 (a real one has at most 7). */
export const DATE_MAX_CHARS = 512;
const DATE_MAX_WORDS = 12;

/** True when parseDate read only part of `value` (those caps), so the report can say so. */
export function dateWasCut(value: string): boolean {
  if (value.length > DATE_MAX_CHARS) return true;
  return (
    stripComments(value)
      .trim()
      .split(/[\s,]+/).length > DATE_MAX_WORDS
  );
}

/** Remove (comments), nested ones too, in one pass; an unclosed comment runs to the end. */
function stripComments(s: string): string {
  if (s.indexOf('(') < 0) return s; // nothing opens a comment: `\` and `)` outside one are kept as written
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && depth > 0) i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push(' '); // `Dec(x)2021` is two tokens
    } else if (depth === 0) out.push(c);
  }
  return out.join('');
}

function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text,
  );
  if (!m) return undefined;
  const zone = m[7] ? numericZone(m[7].replace(':', '')) : 0;
  return makeTime(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, m[6] ? +m[6] : 0, zone ?? 0);
}

function parseRfcDate(text: string): number | undefined {
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let time: number[] | undefined;
  let zone: number | undefined;
  const tokens = text.split(/[\s,]+/);
  for (const token of tokens.length > DATE_MAX_WORDS ? tokens.slice(0, DATE_MAX_WORDS) : tokens) {
    if (!token) continue;
    const lower = token.toLowerCase();
    if (time === undefined && token.indexOf(':') > 0) {
      time = parseTime(token);
      if (!time) return undefined;
    } else if (/^[+-]\d{4}$/.test(token)) zone = numericZone(token);
    else if (/^\d+$/.test(token)) {
      if (day === undefined && token.length <= 2) day = +token;
      else if (year === undefined) year = fullYear(token);
    } else if (/^[a-z]+\.?$/i.test(token)) {
      const mon = MONTHS[lower.slice(0, 3)];
      if (month === undefined && mon !== undefined && lower.length >= 3) month = mon;
      else if (lower in ZONES) zone = ZONES[lower];
      else if (lower.length === 1) zone = 0; // military zone: -0000
      // anything else: a weekday or a word some mailer added
    }
  }
  if (day === undefined || month === undefined || year === undefined || !time) return undefined;
  return makeTime(year, month, day, time[0]!, time[1]!, time[2] ?? 0, zone ?? 0);
}

function parseTime(token: string): number[] | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(token);
  if (!m) return undefined;
  return [+m[1]!, +m[2]!, m[3] ? +m[3] : 0];
}

/** RFC 5322 §4.3: two-digit years below 50 are 20xx, others 19xx; three-digit years add 1900. */
function fullYear(token: string): number {
  const y = +token;
  if (token.length === 2) return y < 50 ? 2000 + y : 1900 + y;
  if (token.length === 3) return 1900 + y;
  return y;
}

function numericZone(token: string): number | undefined {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(token);
  if (!m) return undefined;
  const minutes = +m[2]! * 60 + +m[3]!;
  return m[1] === '-' ? -minutes : minutes;
}

/** UTC epoch ms, or undefined when a field is out of range (Feb 30, 25:00, …): Date.UTC would silently roll over. */
function makeTime(
  year: number,
  month: number,
  day: number,
  h: number,
  min: number,
  s: number,
  zoneMin: number,
): number | undefined {
  if (year < 1900 || year > 9999 || day < 1 || day > 31 || h > 23 || min > 59 || s > 60 || month < 0 || month > 11) {
    return undefined;
  }
  const utc = Date.UTC(year, month, day, h, min, Math.min(s, 59));
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return utc - zoneMin * 60_000;
}

/**
 * `Name via Forwarder`: how mailing lists and groups rewrite an author's From into their own address (Mailman's and
 * Google Groups' DMARC mitigation). The address is then the list's, the name the author's; the list is no look-alike,
 * no diverted reply and no forger of anyone's. Only the display name says so: callers add what they need beside it.
 */
export function rewrittenFrom(name: string): boolean {
  const at = name.toLowerCase().lastIndexOf(' via ');
  return at > 0 && at + 5 < name.length;
}
