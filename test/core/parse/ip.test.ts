/**
 * IPs as headers write them (src/core/parse/ip.ts), read without ipaddr.js in the task pane's first download
 * (issue #19): they must read, and be classed, exactly as ipaddr.js 2.5 reads and classes them. ipaddr.js stays the
 * reference here (the online look-up still uses it).
 */
import { expect } from 'chai';
import ipaddr from 'ipaddr.js';
import { ipKind, normalizeIp } from '../../../src/core/parse/ip';

/** The reading parse/ip.ts had with ipaddr.js (before issue #19's cut). */
function referenceRead(raw: string): string | undefined {
  let s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  s = s.replace(/^ipv6:/i, '');
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (s.length > 64 || !ipaddr.isValid(s)) return undefined;
  if (!/^[0-9.]+$/.test(s) && !s.includes(':')) return undefined;
  if (/^[0-9.]+$/.test(s) && !ipaddr.IPv4.isValidFourPartDecimal(s)) return undefined;
  return ipaddr.process(s).toString();
}

const DOC_V4 = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'].map((c) => ipaddr.IPv4.parseCIDR(c));
const DOC_V6 = ipaddr.IPv6.parseCIDR('2001:db8::/32');

/** The kinds parse/ip.ts gave with ipaddr.js's ranges. */
function referenceKind(raw: string): string {
  const norm = referenceRead(raw);
  if (!norm) return 'invalid';
  const addr = ipaddr.parse(norm);
  if (addr.kind() === 'ipv4' ? DOC_V4.some((c) => addr.match(c)) : addr.match(DOC_V6)) return 'documentation';
  const range = addr.range();
  if (['unicast', '6to4', 'teredo'].includes(range)) return 'public';
  if (['private', 'carrierGradeNat', 'uniqueLocal'].includes(range)) return 'private';
  return range === 'loopback' ? 'loopback' : range === 'linkLocal' ? 'link-local' : 'reserved';
}

/** Addresses of every shape headers and attackers write, good and bad: groups, `::`, IPv4 tails, brackets, zones. */
function* generated(count: number): Generator<string> {
  let seed = 19;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const GROUPS = ['0', '000', '0000', '1', 'ffff', 'FFFF', 'db8', '2001', 'fe80', 'fc00', 'fd12', 'ff02', '64', 'ff9b'];
  const MORE = ['2002', '5f00', '3fff', '2620', '4f', '8000', '112', 'fec0', '100', '10', '20', '30', '2', 'abcde', ''];
  const OCTETS = [
    '0',
    '1',
    '10',
    '127',
    '169',
    '254',
    '255',
    '256',
    '010',
    '08',
    '0x1f',
    '0X7F',
    '0x',
    '192',
    '-1',
    '',
  ];
  const group = () => (rnd() < 0.3 ? Math.floor(rnd() * 65536).toString(16) : pick([...GROUPS, ...MORE]));
  const octet = () => (rnd() < 0.3 ? String(Math.floor(rnd() * 300)) : pick(OCTETS));
  for (let i = 0; i < count; i++) {
    const n = Math.floor(rnd() * 10);
    const groups = Array.from({ length: n }, group);
    if (rnd() < 0.3 && n > 0) groups.splice(Math.floor(rnd() * (n + 1)), 0, '');
    let s = groups.join(':');
    if (rnd() < 0.1) s = `::${s}`;
    if (rnd() < 0.05) s = s.replace(':', ':::');
    if (rnd() < 0.3) {
      const tail = [octet(), octet(), octet(), octet()].slice(0, rnd() < 0.9 ? 4 : 3).join('.');
      s = s ? s + pick([':', '::']) + tail : pick(['::', '::ffff:', '']) + tail;
    }
    if (rnd() < 0.1) s = `[${pick(['IPv6:', 'ipv6:', ''])}${s}]`;
    if (rnd() < 0.05) s += '%eth0';
    yield rnd() < 0.05 ? s.toUpperCase() : s;
  }
}

describe('core/parse/ip: normalizeIp', () => {
  it('reads a dotted quad as ipaddr.js writes it back, and refuses what a header never means as an address', () => {
    for (const ip of ['1.2.3.4', '0.0.0.0', '255.255.255.255', '10.0.0.255', '192.168.100.9', '203.0.113.250']) {
      expect(normalizeIp(ip)).to.equal(ipaddr.parse(ip).toString());
      expect(normalizeIp(`[${ip}]`)).to.equal(ip);
      expect(normalizeIp(` ${ip} `)).to.equal(ip);
    }
    // Leading zeros (octal to some readers), an octet past 255, three parts, hex, a trailing dot: not addresses.
    for (const raw of ['01.2.3.4', '1.2.3.256', '1.2.3', '0x7f.0.0.1', '1.2.3.4.', '1.2.3.04', '1..2.3']) {
      expect(normalizeIp(raw), raw).to.equal(undefined);
    }
  });

  it('reads IPv6, a zone id and an IPv4-mapped address as ipaddr.js does', () => {
    expect(normalizeIp('[IPv6:2001:DB8::1]')).to.equal('2001:db8::1');
    expect(normalizeIp('fe80::1%eth0')).to.equal('fe80::1');
    expect(normalizeIp('::ffff:1.2.3.4')).to.equal('1.2.3.4');
    expect(normalizeIp('1.2.3.4%eth0')).to.equal('1.2.3.4');
    expect(normalizeIp('2603:10a6:20b:1a4:0:0:0:12')).to.equal('2603:10a6:20b:1a4::12');
    expect(normalizeIp('1:0:0:2:0:0:0:3')).to.equal('1:0:0:2::3');
    expect(normalizeIp('1::2::3')).to.equal(undefined);
  });

  it('reads and classes 20,000 generated addresses exactly as ipaddr.js', () => {
    let read = 0;
    for (const raw of generated(20_000)) {
      const expected = referenceRead(raw);
      expect(normalizeIp(raw), raw).to.equal(expected);
      expect(ipKind(raw), raw).to.equal(referenceKind(raw));
      if (expected) read++;
    }
    expect(read).to.be.greaterThan(2_500);
  });

  it('classes both edges of every special range as ipaddr.js', () => {
    const v6 = ['2001:db8::', '2001::', '2001:1::', '2001:2::', '2001:3::', '2001:4:112::', '2620:4f:8000::'];
    v6.push('2001:10::', '2001:20::', '2001:30::', '2001:1ff::', '2001:200::', '5f00::', '3fff::', '3fff:1000::');
    v6.push('fe80::', 'febf::', 'fec0::', 'feff::', 'fc00::', 'fdff::', 'fe00::', 'ff00::', '100::', '100::1:0:0:0');
    v6.push('64:ff9b::', '64:ff9b:1::', '64:ff9b:1:ffff::', '64:ff9b::1:0:0', '::ffff:0:0:0', '::ffff:1:0:0');
    v6.push('::1', '::2', '::', '2002::', '2003::', '1::', '::ffff:0:0', '::1.2.3.4', '::ffff:0x7f.0.0.1');
    for (const base of v6)
      for (const ip of [base, `${base}1`, base.replace(/::$/, ':ffff::'), base.replace(/::$/, ':ffff:ffff:ffff:ffff')])
        expect([normalizeIp(ip), ipKind(ip)], ip).to.deep.equal([referenceRead(ip), referenceKind(ip)]);
    for (let a = 0; a < 256; a++)
      for (const b of [0, 1, 18, 19, 31, 51, 52, 63, 64, 88, 99, 113, 127, 128, 168, 175, 191, 192, 196, 254, 255])
        for (const c of [0, 2, 48, 99, 100, 113, 193, 196, 255]) {
          const ip = `${a}.${b}.${c}.${(a * 7 + c) & 255}`;
          expect(ipKind(ip), ip).to.equal(referenceKind(ip));
        }
    expect(ipKind('255.255.255.255')).to.equal('reserved');
  });
});
