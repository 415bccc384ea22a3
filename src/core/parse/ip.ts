/**
 * IP addresses as mail headers write them, read with ipaddr.js. Received lines write `[IPv6:2001:db8::1]`,
 * zone ids (`fe80::1%eth0`), IPv4-mapped IPv6 (`::ffff:1.2.3.4`) and bare or bracketed literals.
 */
import ipaddr from 'ipaddr.js';

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
 * hop's names many times; ipaddr.js is the slow part. Bounded (attacker-chosen strings): dropped when full, and
 * nothing longer than an address is kept.
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

/** 0–255 with no leading zero, four times: what ipaddr.js's IPv4 toString writes. */
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const DOTTED_QUAD = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

function readIp(raw: string): string | undefined {
  let s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  s = s.replace(/^ipv6:/i, '');
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  // Four decimal octets written canonically (most Received lines' IPs): ipaddr.js would read them to themselves.
  if (DOTTED_QUAD.test(s)) return s;
  if (s.length > 64 || !ipaddr.isValid(s)) return undefined;
  // Only the two standard notations: `1.2.3.4` and IPv6. ipaddr.js also takes `0x7f.1`, which a header never means.
  if (!/^[0-9.]+$/.test(s) && !s.includes(':')) return undefined;
  if (/^[0-9.]+$/.test(s) && !ipaddr.IPv4.isValidFourPartDecimal(s)) return undefined;
  let addr = ipaddr.parse(s);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress())
    addr = (addr as ipaddr.IPv6).toIPv4Address();
  return addr.toString();
}

const DOC_V4 = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'].map((c) => ipaddr.IPv4.parseCIDR(c));
const DOC_V6 = ipaddr.IPv6.parseCIDR('2001:db8::/32');

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

function classify(ip: string): IpKind {
  const norm = normalizeIp(ip);
  if (!norm) return 'invalid';
  const addr = ipaddr.parse(norm);
  if (addr.kind() === 'ipv4') {
    const v4 = addr as ipaddr.IPv4;
    if (DOC_V4.some((cidr) => v4.match(cidr))) return 'documentation';
    switch (v4.range()) {
      case 'unicast':
        return 'public';
      case 'private':
      case 'carrierGradeNat':
        return 'private';
      case 'loopback':
        return 'loopback';
      case 'linkLocal':
        return 'link-local';
      default:
        return 'reserved';
    }
  }
  const v6 = addr as ipaddr.IPv6;
  if (v6.match(DOC_V6)) return 'documentation';
  switch (v6.range()) {
    case 'unicast':
    case '6to4':
    case 'teredo':
      return 'public';
    case 'uniqueLocal':
      return 'private';
    case 'loopback':
      return 'loopback';
    case 'linkLocal':
      return 'link-local';
    default:
      return 'reserved';
  }
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
