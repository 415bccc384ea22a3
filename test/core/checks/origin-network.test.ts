/**
 * origin.sender-network and the owners named in origin.sender-ip / origin.entry-hop, with the IP data injected as
 * `AnalyzeOptions.ipOwner`: the sample table (test/fixtures/ip-tables.ts) for every case, the full table for KAGOYA.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { AnalyzeOptions, Finding, IpOwner, Report } from '../../../src/core/report';
import { translate } from '../../../src/i18n';
import { fixture, fixtureText } from '../../helpers';
import { fullTable, sampleTable } from '../../fixtures/ip-tables';

async function report(name: string, options: AnalyzeOptions = {}): Promise<Report> {
  return analyze(await parseMessage(fixture(name)), options);
}

function find(r: Report, id: string): Finding | undefined {
  return r.findings.find((f) => f.id === id);
}

function text(f: Finding | undefined, lang: 'en' | 'ja' = 'en'): string {
  return f ? translate(lang, f.message.key, f.message.params) : '';
}

const sample = sampleTable();
const withSample: AnalyzeOptions = { ipOwner: (ip) => sample.lookup(ip) };

for (const name of ['kagoya-2021-12.eml', 'kagoya-2021-12.m365.eml']) {
  describe(`the KAGOYA message with the IP data (${name})`, () => {
    let r: Report;
    before(async () => {
      r = await report(name, withSample);
    });

    it('names Microsoft Corporation (AS8075) as the owner of the login IP 52.140.217.90', () => {
      const f = find(r, 'origin.sender-ip');
      expect(f!.message.key).to.equal('origin.sender-ip.authenticated.owner');
      expect(f!.message.params.owner).to.equal('Microsoft Corporation, AS8075, JP');
      expect(text(f)).to.include('52.140.217.90 (Microsoft Corporation, AS8075, JP;');
      expect(text(f, 'ja')).to.include('Microsoft Corporation, AS8075, JP');
    });

    it('warns that a mail account was logged in to from a rented cloud server for a brand the domain does not back', () => {
      const f = find(r, 'origin.sender-network');
      expect(f).to.include({ status: 'warn', section: 'origin' });
      expect(f!.message.key).to.equal('origin.sender-network.rented-login');
      expect(f!.message.params).to.include({
        ip: '52.140.217.90',
        brand: 'KAGOYA',
        relay: 'mail.air.linkclub.or.jp',
        domain: 'air.linkclub.or.jp',
      });
      expect(text(f))
        .to.include('Microsoft Azure')
        .and.include('KAGOYA')
        .and.not.match(/\{\w+\}/);
      expect(text(f, 'ja'))
        .to.include('KAGOYA')
        .and.not.match(/\{\w+\}/);
      expect(f!.evidence[0]).to.include({
        header: 'Received',
        author: 'relay',
        recordedBy: 'mail.air.linkclub.or.jp',
        highlight: '52.140.217.90',
      });
      expect(f!.evidence[1]).to.include({ header: 'From', author: 'sender' });
    });

    it('says of the documentation address at the entry hop what it is, instead of looking it up', () => {
      expect(find(r, 'origin.entry-hop')!.message.params.owner).to.deep.equal({ key: 'ip.kind.documentation' });
    });

    it('stays likely phishing, and the story names the network', () => {
      expect(r.verdict).to.equal('likely-phishing');
      expect(r.verdictReasons).to.include('origin.sender-network:warn');
      expect(translate('en', r.story[0]!.key, r.story[0]!.params)).to.include('Microsoft Corporation');
    });
  });
}

describe('the KAGOYA message with the full IP table', () => {
  it('names Microsoft AS8075 and warns of the rented-server login', async function () {
    const table = fullTable(this);
    const r = await report('kagoya-2021-12.eml', { ipOwner: (ip) => table.lookup(ip) });
    expect(find(r, 'origin.sender-ip')!.message.params.owner).to.match(/^Microsoft Corporation, AS8075/);
    expect(find(r, 'origin.sender-network')).to.include({ status: 'warn' });
  });
});

describe('origin.sender-network: what it does not judge', () => {
  it('does not judge genuine brand mail that entered straight from Amazon SES: the entry hop is only named', async () => {
    const r = await report('genuine/amazon-co-jp-shipment.synthetic.eml', withSample);
    expect(find(r, 'origin.sender-network')).to.equal(undefined);
    const entry = find(r, 'origin.entry-hop');
    expect(entry!.message.key).to.equal('origin.entry-hop.owner');
    expect(entry!.message.params.owner).to.equal('Amazon.com, Inc., AS16509, US');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('only notes a login from a cloud when the brand is confirmed by aligned DMARC (synthetic: KAGOYA CRM on Azure)', async () => {
    const r = await report('ip-brand-login-from-cloud-dmarc-pass.synthetic.eml', withSample);
    const f = find(r, 'origin.sender-network');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('origin.sender-network.hosting');
    expect(f!.message.params).to.include({ ip: '52.140.210.7', provider: 'Microsoft Azure' });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('only notes a cloud client that did not log in (not an authenticated submission)', async () => {
    // The KAGOYA header block with the submission made unauthenticated (ESMTPA → ESMTP): a relay, not a login.
    const headers = fixtureText('kagoya-2021-12.headers.txt').replace('with ESMTPA', 'with ESMTP');
    const r = analyze({ headers }, withSample);
    expect(find(r, 'origin.sender-network')).to.include({ status: 'info' });
  });

  it('names the network without judging it when the login came from an ordinary provider (a home line)', async () => {
    const home = (ip: string): IpOwner | undefined =>
      ip === '52.140.217.90' ? { asn: 2516, org: 'KDDI CORPORATION', country: 'JP' } : undefined;
    const r = await report('kagoya-2021-12.eml', { ipOwner: home });
    const f = find(r, 'origin.sender-network');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('origin.sender-network');
    expect(text(f)).to.include('KDDI CORPORATION, AS2516, JP');
  });
});

describe('origin findings without the IP data, or with a failing lookup', () => {
  it('omits the owner and the network finding when no IP data was given, keeping the checklist as it was', async () => {
    const r = await report('kagoya-2021-12.eml');
    expect(find(r, 'origin.sender-network')).to.equal(undefined);
    const f = find(r, 'origin.sender-ip');
    expect(f!.message.key).to.equal('origin.sender-ip.authenticated');
    expect(f!.message.params).to.not.have.property('owner');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('keeps every finding when the injected lookup throws (a broken table), and reports no failed check', async () => {
    const plain = await report('kagoya-2021-12.eml');
    const r = await report('kagoya-2021-12.eml', {
      ipOwner: () => {
        throw new Error('table broken');
      },
    });
    expect(r.findings.map((f) => f.id)).to.deep.equal(plain.findings.map((f) => f.id));
    expect(find(r, 'report.check-failed')).to.equal(undefined);
    expect(find(r, 'origin.sender-ip')!.message.key).to.equal('origin.sender-ip.authenticated');
  });

  it('says "not in the IP data" for a public IP the data lacks', async () => {
    const r = await report('genuine/github-new-signin.synthetic.eml', withSample);
    expect(find(r, 'origin.sender-ip')!.message.params.owner).to.deep.equal({ key: 'ip.not-listed' });
    expect(find(r, 'origin.sender-network')).to.equal(undefined);
  });
});
