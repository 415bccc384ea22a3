import { expect } from 'chai';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { buildIpTable, dateFromVersion, parseCsvLine } from '../../../scripts/build-ip-table';
import { describeOwner, ipOwnerParam } from '../../../src/core/ip-owner/describe';
import { decodeIpOwnerTable, parseIpWords, type IpOwnerTable } from '../../../src/core/ip-owner/table';
import { HOSTING_NETWORKS, hostingNetwork } from '../../../src/core/ip-owner/hosting-asns';
import { isSameOriginRelative, loadIpOwner, resetIpOwnerCache, type FetchLike } from '../../../src/ui/ip-owner-loader';
import { translate } from '../../../src/i18n';
import { SAMPLE_DATE, fullTable, sampleTable, sampleTableBytes } from '../../fixtures/ip-tables';

const MICROSOFT = { asn: 8075, org: 'Microsoft Corporation' };

describe('IP owner table (built from the sample cut of the real CSVs)', () => {
  let table: IpOwnerTable;
  before(() => {
    table = sampleTable();
  });

  it('names the network and country of the KAGOYA login IP 52.140.217.90: Microsoft, AS8075, Japan', () => {
    expect(table.lookup('52.140.217.90')).to.deep.equal({ ...MICROSOFT, country: 'JP' });
  });

  it('answers at both ends of a network range and not one address past them', () => {
    // 52.136.0.0–52.143.255.255 is AS8075; 52.132.0.0–52.136.7.255 is US; 52.144.0.0 is another network.
    expect(table.lookup('52.136.0.0')).to.deep.equal({ ...MICROSOFT, country: 'US' });
    expect(table.lookup('52.143.255.255')).to.include(MICROSOFT);
    expect(table.lookup('52.144.0.0')).to.include({ asn: 393347, org: 'TollFreeForwarding.com' });
    expect(table.lookup('52.135.255.255')).to.deep.equal({ country: 'US' }); // between two networks: country only
  });

  it('splits a network where the country changes (the country data has its own boundaries)', () => {
    expect(table.lookup('52.140.191.255')).to.deep.equal({ ...MICROSOFT, country: 'IN' });
    expect(table.lookup('52.140.192.0')).to.deep.equal({ ...MICROSOFT, country: 'JP' });
  });

  it('lets a country row nested in a broader one win for its span only (2.58.197.15 BE inside a DE /23)', () => {
    expect(table.lookup('2.58.197.14')?.country).to.equal('DE');
    expect(table.lookup('2.58.197.15')?.country).to.equal('BE');
    expect(table.lookup('2.58.197.16')?.country).to.equal('DE');
    expect(table.lookup('2.58.197.15')?.asn).to.equal(207695);
  });

  it('returns nothing for an address in no range, and for the ends of the address space', () => {
    expect(table.lookup('100.64.0.1')).to.equal(undefined);
    expect(table.lookup('0.0.0.0')).to.equal(undefined);
    expect(table.lookup('255.255.255.255')).to.equal(undefined);
    expect(table.lookup('2001:500:30fe:ffff:ffff:ffff:ffff:ffff')).to.equal(undefined);
    expect(table.lookup('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).to.equal(undefined);
  });

  it('reads an org name with quotes and commas as the CSV wrote it', () => {
    expect(table.lookup('2.26.200.1')?.org).to.equal('LLC "SPUTNIK"');
    expect(table.lookup('1.0.0.1')).to.deep.equal({ asn: 13335, org: 'Cloudflare, Inc.', country: 'AU' });
  });

  it('looks up IPv6, including range boundaries that are not on /64 (2001:500:30ff::2f | ::30 | ::31)', () => {
    expect(table.lookup('2001:4860:4860::8888')).to.deep.equal({ asn: 15169, org: 'Google LLC', country: 'US' });
    expect(table.lookup('2001:4860:4804:ffff:ffff:ffff:ffff:ffff')?.asn).to.equal(15169);
    expect(table.lookup('2001:4860:4805::')?.asn).to.equal(43515);
    expect(table.lookup('2001:500:30ff::2f')?.asn).to.equal(396585);
    expect(table.lookup('2001:500:30ff::30')?.asn).to.equal(396552);
    expect(table.lookup('2001:500:30ff::31')?.asn).to.equal(396585);
    expect(table.lookup('2a00:1450:4001:80b::200e')).to.deep.equal({ asn: 15169, org: 'Google LLC', country: 'IE' });
    expect(table.lookup('2A00:1450:4001:80B::200E')?.asn).to.equal(15169);
    expect(table.lookup('2a00:1451::1')).to.deep.equal({ country: 'IE' });
  });

  it('looks up an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(table.lookup('::ffff:52.140.217.90')).to.deep.equal(table.lookup('52.140.217.90'));
  });

  it('carries the data date and the attribution the licence asks for', () => {
    expect(table.dataDate).to.equal(SAMPLE_DATE);
    expect(table.source).to.include('RouteViews').and.include('DB-IP').and.include('CC BY 4.0');
  });

  it('never throws on text that is not an IP, however long or odd', () => {
    for (const bad of [
      '',
      'x',
      '1.2.3',
      '1.2.3.256',
      '01.2.3.4.5',
      '1..2.3',
      '::1::',
      ':1',
      '1:',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7',
      '::ffff:1.2.3',
      '[::1]',
      'x'.repeat(100_000),
    ]) {
      expect(table.lookup(bad), bad.slice(0, 20)).to.equal(undefined);
    }
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        (s) => table.lookup(s) === undefined || typeof table.lookup(s) === 'object',
      ),
    );
  });
});

describe('parseIpWords', () => {
  it('reads every IPv6 spelling (compressed, full, mixed case) into the same words as ipaddr.js', () => {
    const words = new Uint32Array(4);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), (parts) => {
        const addr = new ipaddr.IPv6(parts);
        const bytes = addr.toByteArray();
        const expected = [0, 1, 2, 3].map(
          (w) =>
            ((bytes[w * 4]! << 24) | (bytes[w * 4 + 1]! << 16) | (bytes[w * 4 + 2]! << 8) | bytes[w * 4 + 3]!) >>> 0,
        );
        const mapped = parts.slice(0, 5).every((p) => p === 0) && parts[5] === 0xffff;
        for (const text of [addr.toString(), addr.toNormalizedString(), addr.toNormalizedString().toUpperCase()]) {
          const kind = parseIpWords(text, words);
          if (mapped) expect(kind).to.equal(4);
          else expect([kind, ...words]).to.deep.equal([6, ...expected]);
        }
      }),
    );
  });

  it('reads IPv4 as one unsigned word', () => {
    const words = new Uint32Array(4);
    expect(parseIpWords('255.255.255.255', words)).to.equal(4);
    expect(words[0]).to.equal(0xffffffff);
    expect(parseIpWords('52.140.217.90', words)).to.equal(4);
    expect(words[0]).to.equal((52 * 2 ** 24 + 140 * 2 ** 16 + 217 * 2 ** 8 + 90) >>> 0);
  });
});

describe('the table build (scripts/build-ip-table.ts)', () => {
  it('merges neighbouring ranges with the same network and country into one', () => {
    // Synthetic rows: two adjacent /24s of one network in one country, then a gap.
    const { stats } = buildIpTable({
      asnV4: '10.0.0.0,10.0.0.255,64500,Example Net\n10.0.1.0,10.0.1.255,64500,Example Net\n',
      asnV6: '',
      countryV4: '10.0.0.0,10.0.1.255,JP\n',
      countryV6: '',
      dataDate: '2026-01-01',
    });
    expect(stats.v4Ranges).to.equal(3); // nothing below, the merged /23, nothing above
    expect(stats.v6Ranges).to.equal(1);
  });

  it('keeps the sample table small and every row readable', () => {
    const built = buildIpTable({
      asnV4: '1.0.0.0,1.0.0.255,13335,"Cloudflare, Inc."\nnot,a,row\n',
      asnV6: '',
      countryV4: '',
      countryV6: '',
      dataDate: '2026-01-01',
    });
    expect(built.stats.skipped).to.equal(1);
    expect(sampleTableBytes().length).to.be.below(4096);
  });

  it('reads quoted CSV fields with commas and doubled quotes', () => {
    expect(parseCsvLine('2.26.200.0,2.26.215.255,201907,"LLC ""SPUTNIK"""')).to.deep.equal([
      '2.26.200.0',
      '2.26.215.255',
      '201907',
      'LLC "SPUTNIK"',
    ]);
    expect(parseCsvLine('a,,"b,c"')).to.deep.equal(['a', '', 'b,c']);
  });

  it("takes the data's date from the package version (YYYYMMDDHH)", () => {
    expect(dateFromVersion('2.3.2026061719')).to.equal('2026-06-17');
    expect(dateFromVersion('1.0.0')).to.equal(undefined);
  });

  it('refuses bytes that are not a table, or are cut short, with a plain error', () => {
    const bytes = sampleTableBytes();
    expect(() => decodeIpOwnerTable(new TextEncoder().encode('<!doctype html><title>404</title>'))).to.throw(
      /not an IP owner table/,
    );
    expect(() => decodeIpOwnerTable(bytes.slice(0, bytes.length - 3))).to.throw(/truncated|corrupt/);
    const wrongVersion = bytes.slice();
    wrongVersion[4] = 99;
    expect(() => decodeIpOwnerTable(wrongVersion)).to.throw(/version 99/);
  });
});

describe('what a finding says about an IP owner', () => {
  const lookup = (ip: string) => (ip === '52.140.217.90' ? { ...MICROSOFT, country: 'JP' } : undefined);

  it('gives the data as one language-neutral text: org, AS number, country', () => {
    expect(describeOwner({ ...MICROSOFT, country: 'JP' })).to.equal('Microsoft Corporation, AS8075, JP');
    expect(describeOwner({ country: 'US' })).to.equal('US');
    expect(ipOwnerParam('52.140.217.90', lookup)).to.equal('Microsoft Corporation, AS8075, JP');
  });

  it('says what kind of address a private, loopback, link-local, documentation or reserved IP is, without a lookup', () => {
    expect(ipOwnerParam('10.1.2.3', undefined)).to.deep.equal({ key: 'ip.kind.private' });
    expect(ipOwnerParam('127.0.0.1', lookup)).to.deep.equal({ key: 'ip.kind.loopback' });
    expect(ipOwnerParam('fe80::1', lookup)).to.deep.equal({ key: 'ip.kind.link-local' });
    expect(ipOwnerParam('203.0.113.25', lookup)).to.deep.equal({ key: 'ip.kind.documentation' });
    expect(ipOwnerParam('240.0.0.1', lookup)).to.deep.equal({ key: 'ip.kind.reserved' });
  });

  it('says "not in the data" for a public IP the data lacks, and nothing when there is no data or the lookup fails', () => {
    expect(ipOwnerParam('8.8.8.8', lookup)).to.deep.equal({ key: 'ip.not-listed' });
    expect(ipOwnerParam('8.8.8.8', undefined)).to.equal(undefined);
    expect(
      ipOwnerParam('8.8.8.8', () => {
        throw new Error('broken');
      }),
    ).to.equal(undefined);
  });

  it('has every ip.* term in both languages', () => {
    for (const key of ['ip.kind.private', 'ip.kind.documentation', 'ip.not-listed', 'ip.unavailable'] as const) {
      expect(translate('en', key)).to.not.equal(key);
      expect(translate('ja', key)).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

describe('hosting networks (ip-owner/hosting-asns.ts)', () => {
  it('lists Microsoft, Amazon and Google Cloud with a source each, and no AS twice', () => {
    expect(hostingNetwork(8075)?.provider).to.match(/Microsoft/);
    expect(hostingNetwork(16509)).to.not.equal(undefined);
    expect(hostingNetwork(396982)).to.not.equal(undefined);
    for (const n of HOSTING_NETWORKS) expect(n.source, String(n.asn)).to.have.length.above(10);
    expect(new Set(HOSTING_NETWORKS.map((n) => n.asn)).size).to.equal(HOSTING_NETWORKS.length);
  });

  it('leaves out Google\'s main AS15169: Gmail\'s "Send mail as" logs in to other providers from it', () => {
    expect(hostingNetwork(15169)).to.equal(undefined);
    expect(hostingNetwork(undefined)).to.equal(undefined);
  });
});

describe('IP owner table (the full table from the pinned packages)', () => {
  let table: IpOwnerTable;
  before(function () {
    table = fullTable(this);
  });

  it('names Microsoft AS8075 for the KAGOYA login IP, Amazon for SES, Google for Gmail over IPv6', () => {
    expect(table.lookup('52.140.217.90')).to.include(MICROSOFT);
    expect(table.lookup('54.240.27.30')?.org).to.match(/^Amazon/);
    expect(table.lookup('2a00:1450:4864:20::32e')?.asn).to.equal(15169);
    expect(table.dataDate).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.counts.v4).to.be.above(100_000);
    expect(table.counts.v6).to.be.above(10_000);
  });
});

describe('ui: loadIpOwner (the task pane loader)', () => {
  afterEach(() => resetIpOwnerCache());

  function fakeFetch(reply: () => Awaited<ReturnType<FetchLike>>): FetchLike & { calls: string[] } {
    const calls: string[] = [];
    const fn = (async (url: string) => {
      calls.push(url);
      return reply();
    }) as FetchLike & { calls: string[] };
    fn.calls = calls;
    return fn;
  }

  const ok = () => ({ ok: true, status: 200, arrayBuffer: async () => sampleTableBytes().slice().buffer });

  it('fetches data/ip-owner.bin once and hands every caller the same table', async () => {
    const fetchFn = fakeFetch(ok);
    const [a, b] = await Promise.all([loadIpOwner(undefined, fetchFn), loadIpOwner(undefined, fetchFn)]);
    expect(a).to.equal(b);
    expect(fetchFn.calls).to.deep.equal(['data/ip-owner.bin']);
    expect(a.lookup('52.140.217.90')).to.include(MICROSOFT);
    expect(a.dataDate).to.equal(SAMPLE_DATE);
  });

  it('rejects with a clear error when the asset is missing, and tries again on the next call', async () => {
    const missing = fakeFetch(() => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }));
    const error = await loadIpOwner('data/ip-owner.bin', missing).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).to.include('data/ip-owner.bin').and.include('HTTP 404');
    const fetchFn = fakeFetch(ok);
    expect((await loadIpOwner('data/ip-owner.bin', fetchFn)).lookup('1.0.0.1')?.asn).to.equal(13335);
  });

  it('rejects an unreadable asset (an HTML error page served as the table) without throwing elsewhere', async () => {
    const html = fakeFetch(() => ({
      ok: true,
      status: 200,
      arrayBuffer: async () => new TextEncoder().encode('<!doctype html>').buffer,
    }));
    const error = await loadIpOwner(undefined, html).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).to.match(/unreadable: not an IP owner table/);
  });

  it("refuses any URL that could leave the add-in's origin, without fetching", async () => {
    const fetchFn = fakeFetch(ok);
    for (const url of [
      'https://evil.example/ip.bin',
      '//evil.example/ip.bin',
      '\\\\evil.example/ip.bin',
      '/\t/evil.example',
      ' //evil.example',
      'data:,x',
      'javascript:x',
    ]) {
      expect(isSameOriginRelative(url), url).to.equal(false);
      const error = await loadIpOwner(url, fetchFn).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message, url).to.match(/refusing/);
    }
    expect(fetchFn.calls).to.deep.equal([]);
    expect(isSameOriginRelative('data/ip-owner.bin')).to.equal(true);
    expect(isSameOriginRelative('./data/ip-owner.bin?v=2026:06')).to.equal(true);
  });
});
