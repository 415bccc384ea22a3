import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { buildFromPackages, buildIpTable, dateFromVersion, parseCsvLine } from '../../../scripts/build-ip-table';
import { describeOwner, ipOwnerParam } from '../../../src/core/ip-owner/describe';
import {
  decodeIpOwnerIndex,
  openIpOwnerTable,
  parseIpWords,
  type IpOwnerTable,
} from '../../../src/core/ip-owner/table';
import { HOSTING_NETWORKS, hostingNetwork } from '../../../src/core/ip-owner/hosting-asns';
import {
  ipOwnerSource,
  ipOwnerState,
  isSameOriginRelative,
  receivedIpHints,
  type FetchLike,
} from '../../../src/ui/ip-owner-loader';
import { translate } from '../../../src/i18n';
import {
  FULL_TABLE_PATH,
  SAMPLE_DATE,
  fullTable,
  openBuilt,
  sampleBuild,
  sampleTable,
  sampleTableFiles,
} from '../../fixtures/ip-tables';
import { fixtureText, projectRoot } from '../../helpers';

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
    const bytes = [...sampleTableFiles().values()].reduce((sum, file) => sum + file.length, 0);
    expect(bytes).to.be.below(8192);
  });

  it('cuts each family into shards of about the size asked for, each file named for where it begins', () => {
    const built = sampleBuild();
    expect(built.stats.v4Shards).to.be.above(2);
    expect(built.stats.v6Shards).to.be.above(1);
    const index = decodeIpOwnerIndex(built.index);
    expect(index.files()).to.deep.equal([...built.shards.keys()]);
    expect(index.files()[0]).to.equal('4-00000000.bin');
    expect(index.shardOf('52.140.217.90')).to.match(/^4-[0-9a-f]{8}\.bin$/);
    expect(index.shardOf('::ffff:52.140.217.90')).to.equal(index.shardOf('52.140.217.90'));
    expect(index.shardOf('2a00:1450::1')).to.match(/^6-[0-9a-f]{32}\.bin$/);
    expect(index.shardOf('not an ip')).to.equal(undefined);
    // Without a size to reach, one shard per family: the whole table in two files.
    const whole = sampleBuild(Number.MAX_SAFE_INTEGER);
    expect([whole.stats.v4Shards, whole.stats.v6Shards]).to.deep.equal([1, 1]);
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

  it('refuses bytes that are not an index, or are cut short, with a plain error', () => {
    const bytes = sampleBuild().index;
    expect(() => decodeIpOwnerIndex(new TextEncoder().encode('<!doctype html><title>404</title>'))).to.throw(
      /not an IP owner index/,
    );
    expect(() => decodeIpOwnerIndex(bytes.slice(0, bytes.length - 3))).to.throw(/truncated|corrupt/);
    const wrongVersion = bytes.slice();
    wrongVersion[4] = 1; // version 1 was one file: an index of 2 must not read it
    expect(() => decodeIpOwnerIndex(wrongVersion)).to.throw(/version 1 is not supported/);
  });

  it('fails a lookup — never answers "not in the data" — when its shard is unreadable or another shard', () => {
    const built = sampleBuild();
    const index = decodeIpOwnerIndex(built.index);
    const files = index.files();
    const kagoya = index.shardOf('52.140.217.90')!;
    const other = files.find((f) => f !== kagoya && f.startsWith('4-'))!;
    const cut = openIpOwnerTable(index, (f) => built.shards.get(f)!.slice(0, 20));
    expect(() => cut.lookup('52.140.217.90')).to.throw(/unreadable: .*(truncated|corrupt)/);
    const swapped = openIpOwnerTable(index, (f) => built.shards.get(f === kagoya ? other : f)!);
    expect(() => swapped.lookup('52.140.217.90')).to.throw(/wrong file/);
    const html = openIpOwnerTable(index, () => new TextEncoder().encode('<!doctype html>'));
    expect(() => html.lookup('1.0.0.1')).to.throw(/not an IP owner shard/);
    const missing = openIpOwnerTable(index, (f) => {
      throw new Error(`ENOENT ${f}`);
    });
    expect(() => missing.lookup('1.0.0.1')).to.throw(/ENOENT/);
    expect(missing.lookup('not an ip')).to.equal(undefined); // no shard asked for
  });
});

/**
 * Every address a lookup could get wrong: each CSV row's first and last address and their neighbours (where a
 * merged range starts or ends), each shard's first address and the one before it, the ends of both families, and
 * the IPv4 ones again as IPv4-mapped IPv6. `every` keeps one CSV line in that many (the full data has millions).
 */
function edgeAddresses(csvs: string[], shardFiles: string[], every = 1): string[] {
  const v4 = (n: bigint): string => [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
  const v6 = (n: bigint): string =>
    Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - i * 16)) & 0xffffn).toString(16)).join(':');
  const words = new Uint32Array(4);
  const value = (ip: string): { family: 4 | 6; n: bigint } | undefined => {
    if (/^\d+$/.test(ip)) return { family: BigInt(ip) <= 0xffffffffn ? 4 : 6, n: BigInt(ip) };
    const kind = parseIpWords(ip, words);
    if (kind === 4) return { family: 4, n: BigInt(words[0]!) };
    if (kind === 6) return { family: 6, n: words.reduce((acc, w) => (acc << 32n) | BigInt(w), 0n) };
    return undefined;
  };
  const out: string[] = [];
  const add = (family: 4 | 6, n: bigint): void => {
    const max = family === 4 ? 0xffffffffn : (1n << 128n) - 1n;
    for (const m of [n - 1n, n, n + 1n]) {
      if (m < 0n || m > max) continue;
      if (family === 4) out.push(v4(m), `::ffff:${v4(m)}`);
      else out.push(v6(m));
    }
  };
  for (const csv of csvs) {
    let line = 0;
    for (const row of csv.split('\n')) {
      if (line++ % every) continue;
      for (const field of row.split(',', 2)) {
        const at = value(field);
        if (at) add(at.family, at.n);
      }
    }
  }
  for (const file of shardFiles) add(file.startsWith('4-') ? 4 : 6, BigInt(`0x${file.slice(2, -4)}`));
  add(4, 0n);
  add(4, 0xffffffffn);
  add(6, 0n);
  add(6, (1n << 128n) - 1n);
  return out;
}

describe('the sharded table answers exactly what the whole table answers (differential)', () => {
  const csvNames = [
    'ip-asn-ipv4.sample.csv',
    'ip-asn-ipv6.sample.csv',
    'ip-country-ipv4.sample.csv',
    'ip-country-ipv6.sample.csv',
  ];

  it('on the sample: every range edge, shard edge and IPv4-mapped form, small shards against one per family', () => {
    const sharded = sampleBuild();
    const whole = openBuilt(sampleBuild(Number.MAX_SAFE_INTEGER));
    const table = openBuilt(sharded);
    const ips = edgeAddresses(csvNames.map(fixtureText), [...sharded.shards.keys()]);
    expect(ips.length).to.be.above(500);
    let answered = 0;
    for (const ip of ips) {
      const expected = whole.lookup(ip);
      if (expected) answered++;
      expect(table.lookup(ip), ip).to.deep.equal(expected);
    }
    expect(answered).to.be.above(ips.length / 2); // the edges are mostly in the data: the test compares owners
  });

  it('on the full data: a sample of range edges and every shard edge, the shipped shards against one per family', function () {
    fullTable(this); // skips, or fails under CI, as the other full-table tests do
    this.timeout(180_000);
    const modules = join(projectRoot, 'node_modules', '@ip-location-db');
    const csvs = [
      'asn/asn-ipv4.csv',
      'asn/asn-ipv6.csv',
      'geo-whois-asn-country/geo-whois-asn-country-ipv4.csv',
      'geo-whois-asn-country/geo-whois-asn-country-ipv6.csv',
    ].map((f) => readFileSync(join(modules, f), 'utf8'));
    const shipped = fullTable(this);
    const whole = openBuilt(buildFromPackages(undefined, Number.MAX_SAFE_INTEGER));
    const shippedIndex = join(FULL_TABLE_PATH, 'index.bin');
    const files = decodeIpOwnerIndex(
      existsSync(shippedIndex) ? readFileSync(shippedIndex) : buildFromPackages().index,
    ).files();
    const ips = edgeAddresses(csvs, files, 25);
    expect(ips.length).to.be.above(200_000);
    const differences = ips.filter((ip) => JSON.stringify(shipped.lookup(ip)) !== JSON.stringify(whole.lookup(ip)));
    expect(differences.slice(0, 5)).to.deep.equal([]);
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
  });
});

describe('ui: the IP owner data in a browser host (ip-owner-loader.ts)', () => {
  function fakeFetch(files = sampleTableFiles(), status = (_url: string) => 200): FetchLike & { calls: string[] } {
    const calls: string[] = [];
    const fn = (async (url: string) => {
      calls.push(url);
      const path = url.replace(/^data\//, '');
      const bytes = files.get(path);
      const code = bytes ? status(url) : 404;
      return { ok: code === 200, status: code, arrayBuffer: async () => (bytes ?? new Uint8Array(0)).slice().buffer };
    }) as FetchLike & { calls: string[] };
    fn.calls = calls;
    return fn;
  }

  it('fetches the index once, then only the shard a looked-up IP falls in, and answers from it', async () => {
    const fetchFn = fakeFetch();
    const state = ipOwnerState(ipOwnerSource(undefined, fetchFn));
    await state.ready();
    expect(() => state.lookup('52.140.217.90')).to.throw(/not loaded/);
    expect(state.missing()).to.equal(true);
    expect(await state.fetchMissing()).to.equal(true);
    expect(state.missing()).to.equal(false);
    expect(state.lookup('52.140.217.90')).to.deep.equal({ ...MICROSOFT, country: 'JP' });
    const index = decodeIpOwnerIndex(sampleBuild().index);
    expect(fetchFn.calls).to.deep.equal(['data/ip-owner/index.bin', `data/ip-owner/${index.shardOf('52.140.217.90')}`]);
    expect(state.attribution).to.deep.equal({ source: index.source, date: SAMPLE_DATE });
    expect(state.notice).to.equal(undefined);
  });

  it('says the data is unavailable when a shard is missing, and fails that lookup instead of saying "not listed"', async () => {
    const fetchFn = fakeFetch(sampleTableFiles(), (url) => (url.includes('/4-') ? 404 : 200));
    const state = ipOwnerState(ipOwnerSource(undefined, fetchFn));
    expect(() => state.lookup('52.140.217.90')).to.throw();
    expect(await state.fetchMissing()).to.equal(false);
    expect(state.notice).to.deep.include({ key: 'ip.unavailable' });
    expect(() => state.lookup('52.140.217.90')).to.throw();
    expect(state.missing()).to.equal(false, 'a failed shard is not asked for again');
    expect(ipOwnerParam('52.140.217.90', state.lookup)).to.equal(undefined); // the finding omits the owner
  });

  it('says the data is unavailable when the index is an HTML error page, and asks for no shard', async () => {
    const files = new Map([['ip-owner/index.bin', new TextEncoder().encode('<!doctype html>')]]);
    const fetchFn = fakeFetch(files);
    const state = ipOwnerState(ipOwnerSource(undefined, fetchFn));
    expect(() => state.lookup('1.0.0.1')).to.throw();
    await state.fetchMissing();
    expect(state.notice).to.deep.include({ key: 'ip.unavailable' });
    expect(fetchFn.calls).to.deep.equal(['data/ip-owner/index.bin']);
    let caught: unknown;
    await ipOwnerSource(undefined, fakeFetch(files))
      .index()
      .catch((e: unknown) => (caught = e));
    expect(String(caught)).to.match(/unreadable: .*not an IP owner index/);
  });

  it('gives up on a request that does not answer in time, with the notice', async () => {
    const hanging: FetchLike = () => new Promise(() => undefined);
    const state = ipOwnerState(ipOwnerSource(undefined, hanging, 20));
    expect(() => state.lookup('1.0.0.1')).to.throw();
    await state.fetchMissing();
    expect(state.notice).to.deep.include({ key: 'ip.unavailable' });
  });

  it('hints the public IPs in brackets of the Received fields, first ones first, and nothing else', () => {
    const headers = [
      'Received: from mx.example.jp (mx.example.jp [203.0.113.5])',
      '\tby inbound.example.jp; Mon, 6 Dec 2021 10:00:00 +0900',
      'Received: from [127.0.0.1] (unknown [52.140.217.90])',
      ' by relay.example with ESMTPA; Mon, 6 Dec 2021 09:59:00 +0900',
      'Received: from h (h [IPv6:2a00:1450:4864:20::32e]) by x',
      'Received: from h (h [10.0.0.1]) by x',
      'X-Originating-IP: [54.240.27.30]',
      'Subject: [52.140.217.91] is not a Received field',
    ].join('\r\n');
    expect(receivedIpHints(headers)).to.deep.equal(['52.140.217.90', '2a00:1450:4864:20::32e']);
    const many = Array.from({ length: 50 }, (_, i) => `Received: from a (a [52.140.${i}.1])`).join('\n');
    expect(receivedIpHints(many)).to.have.length(8);
    expect(receivedIpHints(`Received: ${'['.repeat(100_000)}`)).to.deep.equal([]);
  });

  it("refuses any URL that could leave the add-in's origin, without fetching", async () => {
    const fetchFn = fakeFetch();
    for (const url of [
      'https://evil.example/ip/',
      '//evil.example/ip/',
      '\\\\evil.example/ip/',
      '/\t/evil.example/',
      ' //evil.example/',
      'data:,x/',
      'javascript:x/',
    ]) {
      expect(isSameOriginRelative(`${url}index.bin`), url).to.equal(false);
      const error = await ipOwnerSource(url, fetchFn)
        .index()
        .then(
          () => undefined,
          (e: unknown) => e as Error,
        );
      expect(error?.message, url).to.match(/refusing/);
    }
    expect(fetchFn.calls).to.deep.equal([]);
    expect(isSameOriginRelative('data/ip-owner/index.bin')).to.equal(true);
    expect(isSameOriginRelative('./data/ip-owner/index.bin?v=2026:06')).to.equal(true);
  });
});
