/**
 * IPs as headers write them (src/core/parse/ip.ts). A canonical dotted quad is taken as it is, without ipaddr.js
 * (issue #19): it must read exactly as ipaddr.js reads it, and every other shape still goes through ipaddr.js.
 */
import { expect } from 'chai';
import ipaddr from 'ipaddr.js';
import { normalizeIp } from '../../../src/core/parse/ip';

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

  it('still reads IPv6, a zone id and an IPv4-mapped address through ipaddr.js', () => {
    expect(normalizeIp('[IPv6:2001:DB8::1]')).to.equal('2001:db8::1');
    expect(normalizeIp('fe80::1%eth0')).to.equal('fe80::1');
    expect(normalizeIp('::ffff:1.2.3.4')).to.equal('1.2.3.4');
    expect(normalizeIp('1.2.3.4%eth0')).to.equal('1.2.3.4');
  });
});
