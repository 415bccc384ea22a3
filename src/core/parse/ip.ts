/**
 * IP addresses as mail headers write them. Received lines write `[IPv6:2001:db8::1]`, zone ids (`fe80::1%eth0`),
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) and bare or bracketed literals.
 *
 * Read here as ipaddr.js 2.5 reads them (its notations, its RFC 5952 form, its special ranges), without it in the task
 * pane's first download (issue #19: 3.7 KB gzipped); test/core/parse/ip.test.ts compares the two on generated
 * addresses of every shape.
 */

export type IpKind =
  | 'public'
  | 'private' //       RFC 1918, IPv6 unique-local, carrier-grade NAT: someone's internal network
  | 'loopback'
  | 'link-local'
  | 'documentation' // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32: examples, never on the Internet
  | 'reserved' //      unspecified, broadcast, multicast, 240/4 and other special ranges
  | 'invalid';

/**
 * Addresses already read: a message names its few relays' IPs in several hops, and the trust walk compares each
 * hop's names many times. Bounded (attacker-chosen strings): dropped when full, and nothing longer than an address is
 * kept.
 */
const NORMAL_CACHE = new Map<string, string | null>();
const NORMAL_CACHE_MAX = 4096;

/** Normalises an IP as written in a header; undefined when it is not an IP. */
export function normalizeIp(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const known = NORMAL_CACHE.get(raw);
  if (known !== undefined) return known ?? undefined;
  const ip = readIp(raw);
  if (raw.length <= 100) {
    if (NORMAL_CACHE.size >= NORMAL_CACHE_MAX) NORMAL_CACHE.clear();
    NORMAL_CACHE.set(raw, ip ?? null);
  }
  return ip;
}

/** 0–255 with no leading zero, four times: the only IPv4 notation read (a header never means `0x7f.1` or `010.1.1.1`). */
const DOTTED_QUAD = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function readIp(raw: string): string | undefined {
  let s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  s = s.replace(/^ipv6:/i, '');
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (DOTTED_QUAD.test(s)) return s;
  const parts = s.length > 64 || !s.includes(':') ? undefined : ipv6Parts(s);
  if (!parts) return undefined;
  // An IPv4-mapped address (::ffff:0:0/96) is its IPv4 address.
  if (parts.slice(0, 5).every((p) => p === 0) && parts[5] === 0xffff)
    return [parts[6]! >> 8, parts[6]! & 255, parts[7]! >> 8, parts[7]! & 255].join('.');
  return rfc5952(parts);
}

/*
 * ipaddr.js's IPv4 part inside IPv6 (`(0?\d+|0x[a-f0-9]+)`, four times with dots) and its IPv6 groups
 * (`(?:[0-9a-f]+::?)+`, each followed by one or two colons), written out as literals so that the regex check
 * (test/regex-safety.test.ts) reads them; they only ever see at most 64 characters (readIp).
 */
/** Colon-separated hex groups, one `::` at most (ipaddr.js `native`). */
const NATIVE = /^(?:::)?(?:(?:[0-9a-f]+::?)+)?(?:[0-9a-f]+)?(?:::)?$/i;
/** `::1.2.3.4`: read as `::ffff:1.2.3.4` (ipaddr.js `deprecatedTransitional`). */
const BARE_V4 = /^::((0?\d+|0x[a-f0-9]+)\.(0?\d+|0x[a-f0-9]+)\.(0?\d+|0x[a-f0-9]+)\.(0?\d+|0x[a-f0-9]+))$/i;
/** Groups then a dotted IPv4 address (ipaddr.js `transitional`). */
const TRANSITIONAL =
  /^((?:[0-9a-f]+::?)+|::(?:(?:[0-9a-f]+::?)+)?)(0?\d+|0x[a-f0-9]+)\.(0?\d+|0x[a-f0-9]+)\.(0?\d+|0x[a-f0-9]+)\.(0?\d+|0x[a-f0-9]+)$/i;

/**
 * The eight 16-bit groups of an IPv6 address (the input at most 64 characters, no zone), or undefined: the notations
 * ipaddr.js 2.5 takes, its octets after groups read by parseInt as it reads them (`0x1f` is 31, `010` is 10).
 */
function ipv6Parts(s: string): number[] | undefined {
  const bare = BARE_V4.exec(s);
  if (bare) s = `::ffff:${bare[1]}`;
  else if (NATIVE.test(s)) return expand(s, 8);
  const m = TRANSITIONAL.exec(s);
  if (!m) return undefined;
  const head = expand(m[1]!.endsWith('::') ? m[1]! : m[1]!.slice(0, -1), 6);
  const octets = m.slice(2, 6).map((o) => parseInt(o));
  if (!head || octets.some((o) => !(o >= 0 && o <= 255))) return undefined;
  const parts = [...head, (octets[0]! << 8) | octets[1]!, (octets[2]! << 8) | octets[3]!];
  return parts.length === 8 ? parts : undefined;
}

/**
 * Hex groups with at most one `::` filled to `count` groups; undefined for a second `::`, too many groups, or a group
 * of more than four digits. Fewer groups than `count` with no `::` come back short (the caller refuses them).
 */
function expand(s: string, count: number): number[] | undefined {
  const gap = s.indexOf('::');
  if (gap !== s.lastIndexOf('::')) return undefined;
  let colons = s.split(':').length - 1;
  if (s.startsWith('::')) colons--;
  if (s.endsWith('::')) colons--;
  if (colons >= count) return undefined;
  s = s.replace('::', `:${'0:'.repeat(count - colons)}`);
  if (s.startsWith(':')) s = s.slice(1);
  if (s.endsWith(':')) s = s.slice(0, -1);
  const parts = s.split(':').map((g) => (g.length > 4 ? NaN : parseInt(g, 16)));
  return parts.length === 8 || count === 6 ? (parts.every((p) => p >= 0) ? parts : undefined) : undefined;
}

/** RFC 5952's form: lower-case groups without leading zeros, the longest run of two or more zero groups (the first of equals) as `::`. */
function rfc5952(parts: readonly number[]): string {
  let [best, bestLength] = [-1, 1];
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && parts[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j;
  }
  const hex = parts.map((p) => p.toString(16));
  return best < 0 ? hex.join(':') : `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/** Kinds already worked out: hops, trust and checks ask about the same few addresses many times. Bounded. */
const KIND_CACHE = new Map<string, IpKind>();
const KIND_CACHE_MAX = 4096;

/** What kind of address this is, for judging hops (internal vs. outside) and impossible IPs. */
export function ipKind(ip: string | undefined): IpKind {
  if (ip === undefined) return 'invalid';
  const known = KIND_CACHE.get(ip);
  if (known) return known;
  const kind = classify(ip);
  if (KIND_CACHE.size >= KIND_CACHE_MAX) KIND_CACHE.clear();
  KIND_CACHE.set(ip, kind);
  return kind;
}

/**
 * The special ranges ipaddr.js 2.5 names, first match first, as [address, prefix length, kind]; any other address is
 * public (ipaddr.js `unicast`, and IPv6 `6to4` and `teredo`). IPv4 as a 32-bit number, IPv6 as its groups' hex text.
 */
const V4_RANGES: readonly (readonly [string, number, IpKind])[] = [
  ['192.0.2.0', 24, 'documentation'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['0.0.0.0', 8, 'reserved'],
  ['224.0.0.0', 4, 'reserved'], // multicast
  ['169.254.0.0', 16, 'link-local'],
  ['127.0.0.0', 8, 'loopback'],
  ['100.64.0.0', 10, 'private'], // carrier-grade NAT
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['198.18.0.0', 15, 'reserved'],
  ['240.0.0.0', 4, 'reserved'], // and broadcast
  ['192.175.48.0', 24, 'reserved'], // AS112
  ['192.31.196.0', 24, 'reserved'],
  ['192.52.193.0', 24, 'reserved'], // AMT
];

const V6_RANGES: readonly (readonly [string, number, IpKind])[] = [
  ['2001:db8::', 32, 'documentation'],
  ['::', 128, 'reserved'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'reserved'], // multicast
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'private'], // unique local
  ['fec0::', 10, 'reserved'], // site-local
  ['100::', 64, 'reserved'], // discard
  ['::ffff:0:0:0', 96, 'reserved'], // RFC 6145
  ['64:ff9b::', 96, 'reserved'], // RFC 6052
  ['64:ff9b:1::', 48, 'reserved'],
  ['2002::', 16, 'public'], // 6to4
  ['2001::', 32, 'public'], // Teredo
  ['2001:2::', 48, 'reserved'], // benchmarking
  ['2001:3::', 32, 'reserved'], // AMT
  ['2001:4:112::', 48, 'reserved'], // AS112
  ['2620:4f:8000::', 48, 'reserved'],
  ['2001:10::', 28, 'reserved'], // ORCHID
  ['2001:20::', 28, 'reserved'],
  ['2001:30::', 28, 'reserved'], // drone remote ID
  ['5f00::', 16, 'reserved'], // segment routing
  ['2001::', 23, 'reserved'],
  ['3fff::', 20, 'reserved'],
];

/** An address's bits as 16-bit groups (IPv4: two). */
const groupsOf = (norm: string): number[] =>
  norm.includes(':') ? ipv6Parts(norm)! : norm.split('.').flatMap((o, i, a) => (i % 2 ? [] : [(+o << 8) | +a[i + 1]!]));

/** Whether `groups` start with `prefix`'s first `bits` bits. */
function within(groups: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let i = 0; bits > 0; i++, bits -= 16) {
    const shift = Math.max(16 - bits, 0);
    if (groups[i]! >> shift !== prefix[i]! >> shift) return false;
  }
  return true;
}

function classify(ip: string): IpKind {
  const norm = normalizeIp(ip);
  if (!norm) return 'invalid';
  const groups = groupsOf(norm);
  for (const [prefix, bits, kind] of norm.includes(':') ? V6_RANGES : V4_RANGES)
    if (within(groups, groupsOf(prefix), bits)) return kind;
  return 'public';
}

/** An address of someone's internal network (or this machine): never an Internet peer. */
export function isInternalIp(ip: string | undefined): boolean {
  const kind = ipKind(ip);
  return kind === 'private' || kind === 'loopback' || kind === 'link-local';
}

/** An address that can be an Internet peer. Documentation ranges count: fixtures and examples use them. */
export function isRoutableIp(ip: string | undefined): boolean {
  const kind = ipKind(ip);
  return kind === 'public' || kind === 'documentation';
}
