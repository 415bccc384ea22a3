/**
 * The trust path (DESIGN "Trust: what a header can prove"), on the cases written in src/core/parse/trust.ts:
 * the KAGOYA pair and the partner mail (test/fixtures, synthetic), gateways in front (trust-gateway-*.synthetic.txt:
 * Proofpoint → Microsoft 365, a university relay → its mail server), a Gmail mailbox, IPv6 hops, a sender-forged
 * line below the real chain, and real corpus mail (../shared/corpus).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import { fixtureText, sharedPath } from '../../helpers';
import { splitHeaderBlock, splitHeaderBytes } from '../../../src/core/parse/headers';
import { parseHops, parseReceived } from '../../../src/core/parse/received';
import { contiguous, readTrustPath, type TrustOptions } from '../../../src/core/parse/trust';
import type { Hop, TrustPath } from '../../../src/core/types';

function read(text: string, options?: TrustOptions): { hops: Hop[]; trust: TrustPath } {
  const hops = parseHops(splitHeaderBlock(text));
  return { hops, trust: readTrustPath(hops, options) };
}
const fromFixture = (name: string, options?: TrustOptions) => read(fixtureText(name), options);
function fromCorpus(ctx: Mocha.Context, path: string): { hops: Hop[]; trust: TrustPath } {
  const hops = parseHops(splitHeaderBytes(new Uint8Array(readFileSync(sharedPath(ctx, 'corpus', path)))).headers);
  return { hops, trust: readTrustPath(hops) };
}
const received = (value: string): Hop => parseReceived({ name: 'Received', key: 'received', value, index: 0 }, 0);

describe('readTrustPath', () => {
  describe('the KAGOYA message', () => {
    it('on a plain Postfix mailbox: entry hop mail.air.linkclub.or.jp [203.0.113.25], client 52.140.217.90 as recorded by it', () => {
      const { hops, trust } = fromFixture('kagoya-2021-12.headers.txt');
      expect(trust).to.deep.equal({
        mailbox: 'other',
        internalHops: [],
        entryHop: 0,
        originatingClient: 1,
        recordedBy: 'mail.air.linkclub.or.jp',
      });
      expect(hops[0]).to.include({ ip: '203.0.113.25', rdns: 'mail.air.linkclub.or.jp', by: 'mx.example.co.jp' });
      expect(hops[1]).to.include({
        ip: '52.140.217.90',
        helo: '[127.0.0.1]',
        authenticated: true,
        rdnsStatus: 'unknown',
      });
    });

    it('in Microsoft 365: entry hop received by EOP, the prod.outlook.com / office365.com hops internal, same client', () => {
      const { hops, trust } = fromFixture('kagoya-2021-12.m365.headers.txt');
      expect(trust.mailbox).to.equal('microsoft365');
      expect(trust.internalHops).to.deep.equal([0, 1, 2]);
      expect(trust.entryHop).to.equal(3);
      expect(hops[3]).to.include({
        ip: '203.0.113.25',
        by: 'TY1JPN01FT012.mail.protection.outlook.com',
        rdnsStatus: 'not-recorded',
      });
      expect(trust.originatingClient).to.equal(4);
      expect(trust.recordedBy).to.equal('mail.air.linkclub.or.jp');
      expect(hops[4]).to.include({ ip: '52.140.217.90', helo: '[127.0.0.1]', authenticated: true });
      expect(trust.chainBrokenAt).to.equal(undefined);
    });
  });

  it('partner mail: entry 40.107.74.95 by EOP is also the client; the partner’s own mapi hops below are not', () => {
    const { hops, trust } = fromFixture('partner-m365-to-m365.synthetic.eml');
    expect(trust.mailbox).to.equal('microsoft365');
    expect(trust.entryHop).to.equal(3);
    expect(hops[3]).to.include({ ip: '40.107.74.95', by: 'TY2PEPF0000AB83.mail.protection.outlook.com' });
    expect(trust.originatingClient).to.equal(3);
    expect(trust.recordedBy).to.equal('TY2PEPF0000AB83.mail.protection.outlook.com');
    // Microsoft names the partner's outbound host and its mailbox servers differently: still one chain.
    expect(trust.chainBrokenAt).to.equal(undefined);
  });

  describe('a gateway in front', () => {
    it('Proofpoint → Microsoft 365 without configuration: EOP’s hop is the entry, the gateway only a relay', () => {
      const { hops, trust } = fromFixture('trust-gateway-proofpoint-m365.synthetic.txt');
      expect(trust.mailbox).to.equal('microsoft365');
      expect(trust.entryHop).to.equal(3);
      expect(hops[3]?.ip).to.equal('148.163.150.12');
      expect(trust.originatingClient).to.equal(6);
      expect(hops[6]?.ip).to.equal('192.0.2.200');
      expect(trust.recordedBy).to.equal('mail.bulk-sender.example');
    });

    it('Proofpoint → Microsoft 365 with the gateway configured: the entry moves down to the gateway’s receiving hop', () => {
      for (const ownHosts of [['mx0a-00123401.pphosted.com'], ['148.163.150.12', 'mx0a-00123401.pphosted.com']]) {
        const { hops, trust } = fromFixture('trust-gateway-proofpoint-m365.synthetic.txt', { ownHosts });
        expect(trust.mailbox).to.equal('microsoft365');
        expect(trust.internalHops).to.deep.equal([0, 1, 2, 3, 4]);
        expect(trust.entryHop).to.equal(5);
        expect(hops[5]).to.include({ ip: '198.51.100.88', by: 'mx0a-00123401.pphosted.com' });
        expect(trust.originatingClient).to.equal(6);
      }
    });

    it('a university relay: recognised as the university’s own, with or without ownDomains', () => {
      for (const options of [undefined, { ownDomains: ['example-u.ac.jp'] }]) {
        const { hops, trust } = fromFixture('trust-gateway-university.synthetic.txt', options);
        expect(trust).to.deep.include({ mailbox: 'other', internalHops: [0], entryHop: 1, originatingClient: 2 });
        expect(hops[1]).to.include({ ip: '198.51.100.25', by: 'mx1.example-u.ac.jp' });
        expect(hops[2]).to.include({ ip: '203.0.113.50', authenticated: true });
      }
    });

    it('does not take a relay as the university’s own on a name the sender could choose (no verified rDNS)', () => {
      const text = fixtureText('trust-gateway-university.synthetic.txt').replace(
        '(mx1.example-u.ac.jp [192.0.2.10])',
        '(unknown [192.0.2.10])',
      );
      expect(read(text).trust).to.deep.include({ internalHops: [], entryHop: 0 });
      // Configuring the domain does not help: the HELO is the sender's word where Postfix found no name …
      expect(read(text, { ownDomains: ['example-u.ac.jp'] }).trust.entryHop).to.equal(0);
      // … configuring the relay's IP does.
      expect(read(text, { ownDomains: ['example-u.ac.jp'], ownHosts: ['192.0.2.10'] }).trust.entryHop).to.equal(1);
    });
  });

  it('a Gmail mailbox: Google’s internal `by 2002:…` hop is skipped, mx.google.com is the entry', () => {
    const { hops, trust } = fromFixture('trust-gmail-mailbox.synthetic.txt');
    expect(trust).to.deep.include({
      mailbox: 'other',
      internalHops: [0],
      entryHop: 1,
      originatingClient: 1,
      recordedBy: 'mx.google.com',
    });
    expect(hops[1]).to.include({ ip: '209.85.220.41', rdns: 'mail-sor-f41.google.com' });
  });

  it('IPv6 hops: a ::1 re-injection is internal, the IPv6 peers are the entry and the client', () => {
    const { hops, trust } = fromFixture('trust-ipv6.synthetic.txt');
    expect(trust).to.deep.include({
      internalHops: [0],
      entryHop: 1,
      originatingClient: 2,
      recordedBy: 'mail.example.org',
    });
    expect(hops[1]?.ip).to.equal('2001:db8:5:1::25');
    expect(hops[2]).to.include({
      ip: '2001:db8:ab:cd:1c2d:3e4f:5a6b:7c8d',
      rdnsStatus: 'unknown',
      authenticated: true,
    });
  });

  it('labels a sender-forged Received below the real chain and does not take its IP as the client', () => {
    const { hops, trust } = fromFixture('trust-forged-below.synthetic.txt');
    expect(trust.entryHop).to.equal(0);
    expect(trust.chainBrokenAt).to.equal(2);
    expect(trust.originatingClient).to.equal(1);
    expect(hops[trust.originatingClient!]?.ip).to.equal('52.140.217.90');
  });

  it('has no entry hop without Received fields, or when every hop is internal', () => {
    expect(readTrustPath([])).to.deep.equal({ mailbox: 'unknown', internalHops: [] });
    const local = read(
      'Received: from localhost (localhost [127.0.0.1]) by mail.example.org (Postfix) with ESMTP id 1; Tue, 14 Jun 2022 09:00:00 +0900\n',
    ).trust;
    expect(local).to.deep.equal({ mailbox: 'other', internalHops: [0] });
  });

  describe('real mail from the corpus', () => {
    it('usrp_users list mail from a Microsoft 365 sender behind a gateway: client is Microsoft’s outbound host', function () {
      const { hops, trust } = fromCorpus(this, 'usrp_users/00028-6c6aab49e231.eml');
      expect(trust).to.deep.include({ mailbox: 'other', internalHops: [], entryHop: 0, originatingClient: 4 });
      expect(hops[0]).to.include({ ip: '172.104.30.75', by: 'mail.lfdr.de' });
      expect(hops[4]?.ip).to.equal('104.47.45.56');
      expect(trust.recordedBy).to.equal('ogate-2.outbound.emailservice.io');
      // BL0PR12MB2340 (52.132.10.158) is a public IP inside Microsoft: a server, not the client.
      expect(trust.chainBrokenAt).to.equal(undefined);
    });

    it('a Gmail message on the list: the client is the laptop smtp.gmail.com recorded, logged in', function () {
      const { hops, trust } = fromCorpus(this, 'usrp_users/00433-1aad17fa1ddd.eml');
      expect(trust).to.deep.include({ entryHop: 0, originatingClient: 4, recordedBy: 'smtp.gmail.com' });
      expect(hops[4]).to.include({ ip: '70.160.244.242', rdns: 'ip70-160-244-242.hr.hr.cox.net', authenticated: true });
    });

    it('SpamAssassin 2002 spam: fetchmail hops internal, and the spammer’s fake relay lines break the chain', function () {
      const { hops, trust } = fromCorpus(this, 'spamassassin/spam/00059.dc5b9ea22c6848c97871f0d9576cc931.eml');
      expect(trust).to.deep.include({
        mailbox: 'other',
        internalHops: [0, 1],
        entryHop: 2,
        originatingClient: 3,
        chainBrokenAt: 4,
      });
      expect(hops[2]).to.include({ ip: '205.210.42.30', by: 'webnote.net' });
      expect(hops[3]).to.include({ ip: '61.157.85.117', rdnsStatus: 'unknown', helo: 'usa.com' });
    });

    it('sourceforge list mail: the chain follows lists.sourceforge.net into …lw.sourceforge.com down to the sender', function () {
      const { hops, trust } = fromCorpus(this, 'jp_sf/industrypack-00759-f50f57376ae3.eml');
      expect(trust).to.deep.include({ entryHop: 0, originatingClient: 4, recordedBy: '2cp9jw.cn' });
      expect(hops[4]).to.include({ ip: '115.238.228.221', authenticated: true, rdnsStatus: 'unknown' });
    });
  });

  describe('contiguity', () => {
    const m365 = parseHops(splitHeaderBlock(fixtureText('kagoya-2021-12.m365.headers.txt')));

    it('matches one Exchange server named two ways by its first label', () => {
      expect(contiguous(m365[3]!, m365[2]!)).to.equal(true); // by TY1JPN01FT012.mail.… under from TY1JPN01FT012.eop-JPN01.…
    });

    it('does not match hosts of two organisations that share a first label', () => {
      const upper = received(
        'from mail.example-a.com (mail.example-a.com [192.0.2.1]) by mx.example.org (Postfix) with ESMTP id 1; Tue, 14 Jun 2022 09:00:00 +0900',
      );
      const lower = received(
        'from x (x [192.0.2.2]) by mail.example-b.com (Postfix) with ESMTP id 2; Tue, 14 Jun 2022 08:59:00 +0900',
      );
      expect(contiguous(lower, upper)).to.equal(false);
    });

    it('follows a loopback re-injection to the host that wrote it', () => {
      const upper = received(
        'from localhost (localhost [127.0.0.1]) by mailrelay1.lanl.gov (Postfix) with ESMTP id 1; Wed, 16 Mar 2022 10:00:00 -0600',
      );
      const lower = received(
        'from mbx (mbx.example.gov [192.0.2.3]) by mailrelay1.lanl.gov (Postfix) with ESMTP id 2; Wed, 16 Mar 2022 09:59:00 -0600',
      );
      expect(contiguous(lower, upper)).to.equal(true);
    });
  });

  it('never throws on any hops, and stays linear on ten thousand', () => {
    const piece = fc.constantFrom(
      'from ',
      'by ',
      'with ',
      '(',
      ')',
      '[127.0.0.1]',
      '[192.0.2.1]',
      'unknown ',
      'x.mail.protection.outlook.com ',
      'a.prod.outlook.com ',
      'mx.example.com ',
      'with MAPI ',
      'with HTTPS ',
      '; Tue, 14 Jun 2022 09:00:00 +0900',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { maxLength: 12 }), { maxLength: 12 }),
        fc.array(fc.string(), { maxLength: 3 }),
        (lines, own) => {
          const trust = readTrustPath(
            lines.map((parts) => received(parts.join(''))),
            { ownHosts: own, ownDomains: own },
          );
          expect(trust.internalHops.length).to.be.at.most(lines.length);
        },
      ),
      { numRuns: 1000 },
    );
    // A relay loop of 10,000 contiguous hops, each in its own domain; then the same within one domain (own relays).
    const line = (i: number, d: (n: number) => string): Hop =>
      received(
        `from ${d(i + 1)} (${d(i + 1)} [192.0.2.${i % 250}]) by ${d(i)} with ESMTP; Tue, 14 Jun 2022 09:00:00 +0900`,
      );
    const loop = Array.from({ length: 10_000 }, (_, i) => line(i, (n) => `mx.example${n}.net`));
    const own = Array.from({ length: 10_000 }, (_, i) => line(i, (n) => `h${n}.example.net`));
    const start = Date.now();
    const trust = readTrustPath(loop);
    expect(readTrustPath(own).entryHop).to.equal(9999);
    expect(Date.now() - start).to.be.below(3000);
    expect(trust).to.deep.include({ entryHop: 0, originatingClient: 9999 });
  });
});
