/** Reading RDAP answers (RFC 9083) and bootstrap files (RFC 9224), bounded: core/online/rdap.ts, bootstrap.ts. */
import { expect } from 'chai';
import { readRdap, MAX_RDAP_BYTES } from '../../../src/core/online/rdap';
import { readBootstrap, serverFor, queryUrl } from '../../../src/core/online/bootstrap';
import { fixtureText } from '../../helpers';

const domainJson = (date: string, registrar = 'MarkMonitor Inc.') =>
  fixtureText('rdap/domain.synthetic.json')
    .replaceAll('{{NAME}}', 'AMAZON.COM')
    .replace('{{REGISTERED}}', date)
    .replace('{{REGISTRAR}}', registrar);

describe('reading an RDAP answer', () => {
  it("reads a domain's registration date and its registrar's name", () => {
    const read = readRdap(domainJson('1994-11-01T05:00:00Z'), 'domain');
    expect(read).to.deep.equal({
      ok: true,
      record: {
        kind: 'domain',
        registered: Date.UTC(1994, 10, 1, 5),
        registeredText: '1994-11-01T05:00:00Z',
        registrar: 'MarkMonitor Inc.',
      },
    });
  });

  it("reads an IP network's name, handle, country and range", () => {
    const read = readRdap(fixtureText('rdap/ip-network.synthetic.json'), 'ip');
    expect(read).to.deep.equal({
      ok: true,
      record: {
        kind: 'ip',
        name: 'MSFT',
        handle: 'NET-52-145-0-0-1',
        country: 'US',
        range: '52.132.0.0 – 52.143.255.255',
      },
    });
  });

  it('keeps no control or bidi characters of a registry string, and cuts a long one', () => {
    const read = readRdap(domainJson('2020-01-01T00:00:00Z', `Evil\\u202eReg\\n${'x'.repeat(500)}`), 'domain');
    const registrar = read.ok && read.record.kind === 'domain' ? read.record.registrar! : '';
    expect(registrar.startsWith('Evil Reg xxx')).to.equal(true);
    expect(registrar.length).to.be.at.most(121);
  });

  it('calls malformed what is not JSON, not an object, of another class, or nested deeper than RDAP nests', () => {
    for (const body of [
      '{"objectClassName":"domain",',
      '[1,2]',
      '"x"',
      '{"objectClassName":"entity"}',
      '['.repeat(100000),
    ])
      expect(readRdap(body, 'domain'), body.slice(0, 30)).to.deep.equal({ ok: false, reason: 'malformed' });
    expect(readRdap(fixtureText('rdap/ip-network.synthetic.json'), 'domain')).to.deep.equal({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses an answer past the size cap before parsing it, and reads a domain with no registration event', () => {
    expect(readRdap(' '.repeat(MAX_RDAP_BYTES + 1), 'domain')).to.deep.equal({ ok: false, reason: 'too-large' });
    expect(readRdap('{"objectClassName":"domain","events":"no"}', 'domain')).to.deep.equal({
      ok: true,
      record: { kind: 'domain' },
    });
  });

  it('reads a deeply nested hostile body in linear time', () => {
    const body = `{"objectClassName":"domain","x":"${'[{'.repeat(200000)}"}`;
    const start = performance.now();
    expect(readRdap(body, 'domain').ok).to.equal(true); // brackets inside a string do not nest
    expect(performance.now() - start).to.be.below(500);
  });
});

describe('reading the RDAP bootstrap files', () => {
  const dns = readBootstrap('dns', {
    services: [
      [
        ['com', 'net'],
        ['http://rdap.example/com/', 'https://rdap.verisign.com/com/v1/'],
      ],
      [['co.uk'], ['https://rdap.nominet.uk/uk']],
      [['uk'], ['https://rdap.nominet.uk/']],
    ],
  })!;
  const v4 = readBootstrap('ipv4', {
    services: [
      [['52.0.0.0/8'], ['https://rdap.arin.net/registry/']],
      [['52.140.0.0/16'], ['https://rdap.apnic.net/']],
      [['not a range'], ['https://bad/']],
    ],
  })!;

  it("picks a TLD's HTTPS server, the longest matching entry, and says none for a TLD without RDAP", () => {
    expect(serverFor(dns, 'amazon.com')).to.equal('https://rdap.verisign.com/com/v1/');
    expect(serverFor(dns, 'bbc.co.uk')).to.equal('https://rdap.nominet.uk/uk/');
    expect(serverFor(dns, 'example.co.jp')).to.equal(undefined);
  });

  it("picks an IP's registry by the longest prefix, for IPv4 and IPv6", () => {
    expect(serverFor(v4, '52.140.217.90')).to.equal('https://rdap.apnic.net/');
    expect(serverFor(v4, '52.1.2.3')).to.equal('https://rdap.arin.net/registry/');
    expect(serverFor(v4, '8.8.8.8')).to.equal(undefined);
    const v6 = readBootstrap('ipv6', { services: [[['2001:200::/23'], ['https://rdap.apnic.net/']]] })!;
    expect(serverFor(v6, '2001:200:dff::1')).to.equal('https://rdap.apnic.net/');
  });

  it('rejects a file without services, and builds RFC 9082 query URLs', () => {
    expect(readBootstrap('dns', { nope: 1 })).to.equal(undefined);
    expect(readBootstrap('dns', null)).to.equal(undefined);
    expect(queryUrl('https://r.example/v1', { kind: 'domain', name: 'amazon.com' })).to.equal(
      'https://r.example/v1/domain/amazon.com',
    );
    expect(queryUrl('https://r.example/', { kind: 'ip', name: '2001:db8::1' })).to.equal(
      'https://r.example/ip/2001:db8::1',
    );
  });
});
