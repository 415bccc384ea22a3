/**
 * Received fields read into hops. Shapes come from test/fixtures/rcv-real-shapes.txt (copied byte for byte from
 * ../shared/corpus, each entry names its file) and rcv-synthetic-shapes.txt (real-shaped, for writers the corpus
 * lacks: Postfix SASL, courier, Amazon SES, OpenSMTPD).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { fixtureText } from '../../helpers';
import { splitHeaderBlock } from '../../../src/core/parse/headers';
import { parseHops, parseReceived } from '../../../src/core/parse/received';
import type { HeaderField, Hop } from '../../../src/core/types';
import { expectLinearTime } from '../../linear-time';

/** The entries of a shapes fixture: `# label | source` then one folded field, separated by empty lines. */
function shapes(name: string): Map<string, HeaderField> {
  const out = new Map<string, HeaderField>();
  for (const block of fixtureText(name).split(/\r?\n[ \t]*\r?\n/)) {
    const label = /^# ([\w-]+) \|/m.exec(block)?.[1];
    if (!label) continue;
    const [field] = splitHeaderBlock(
      block
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    );
    if (field) out.set(label, field);
  }
  return out;
}

const all = new Map([...shapes('rcv-real-shapes.txt'), ...shapes('rcv-synthetic-shapes.txt')]);
function hop(label: string): Hop {
  const field = all.get(label);
  if (!field) throw new Error(`no fixture entry ${label}`);
  return parseReceived(field, 0);
}
const received = (value: string, index = 0): Hop =>
  parseReceived({ name: 'Received', key: 'received', value, index }, index);

describe('parseReceived', () => {
  it('finds every shape in the fixtures', () => {
    expect(all.size).to.equal(37);
  });

  describe('Postfix', () => {
    it('reads the KAGOYA client line: loopback HELO, no reverse DNS, an authenticated submission', () => {
      const [, client] = parseHops(splitHeaderBlock(fixtureText('kagoya-2021-12.headers.txt')));
      expect(client).to.include({ helo: '[127.0.0.1]', ip: '52.140.217.90', rdnsStatus: 'unknown' });
      expect(client).to.include({ by: 'mail.air.linkclub.or.jp', protocol: 'ESMTPA', authenticated: true, tls: false });
      expect(client?.rdns).to.equal(undefined);
      expect(client?.time).to.equal(Date.UTC(2021, 11, 19, 11, 47, 51));
    });

    it('records the looked-up name and TLS from ESMTPS', () => {
      expect(hop('postfix-rdns-tls')).to.include({
        helo: 'mm2.emwd.com',
        rdns: 'mm2.emwd.com',
        ip: '172.104.30.75',
        rdnsStatus: 'present',
        by: 'mail.lfdr.de',
        tls: true,
        authenticated: false,
        malformed: false,
      });
    });

    it('counts `(Authenticated sender: …)` and ESMTPA as authentication', () => {
      expect(hop('postfix-authenticated-sender')).to.include({
        authenticated: true,
        ip: '198.51.100.23',
        rdns: 'p1234-ipngn.example.ne.jp',
      });
    });

    it('normalises an [IPv6:…] peer and sees TLS in the `(using TLSv1.3 …)` comment', () => {
      expect(hop('postfix-ipv6-tls')).to.include({ ip: '2001:db8:5:1::25', rdnsStatus: 'present', tls: true });
    });

    it('reads a `by`-only local submission without inventing a from part', () => {
      const h = hop('postfix-local-userid');
      expect(h).to.include({ by: 'os3-308-43743.vs.sakura.ne.jp', malformed: false, rdnsStatus: 'not-recorded' });
      expect(h.ip).to.equal(undefined);
      expect(h.helo).to.equal(undefined);
    });

    it('keeps a HELO that happens to be a keyword as the HELO', () => {
      expect(hop('keyword-helo')).to.include({ helo: 'by', ip: '203.0.113.9', by: 'mx.example.co.jp' });
    });
  });

  describe('Exim', () => {
    it('takes the name before `([ip]:port)` as the verified reverse DNS', () => {
      expect(hop('exim-rdns-port')).to.include({
        rdns: 'mail-pl1-f174.google.com',
        helo: 'mail-pl1-f174.google.com',
        ip: '209.85.214.174',
        rdnsStatus: 'present',
        tls: true,
      });
    });

    it('does not take `(envelope-from …)` for authentication', () => {
      expect(hop('exim-rdns-port').authenticated).to.equal(false);
    });

    it('separates the verified name from a different `helo=`', () => {
      expect(hop('exim-rdns-helo')).to.include({
        rdns: 'mail-eopbgr50108.outbound.protection.outlook.com',
        helo: 'EUR03-VE1-obe.outbound.protection.outlook.com',
        ip: '40.107.5.108',
      });
    });

    it('reads `from [ip] (helo=x)` as no reverse DNS: Exim writes the IP first when no name verified', () => {
      expect(hop('exim-ip-helo')).to.include({ ip: '60.213.235.109', helo: 'jcb.co.jp', rdnsStatus: 'unknown' });
      expect(hop('exim-loopback-helo')).to.include({ ip: '::1', helo: 'mm2.emwd.com', rdnsStatus: 'unknown' });
    });

    it('counts lower-case esmtpsa as authenticated and TLS', () => {
      expect(hop('exim-esmtpsa')).to.include({
        authenticated: true,
        tls: true,
        ip: '134.169.78.184',
        protocol: 'ESMTPSA',
      });
    });
  });

  describe('Sendmail and qmail', () => {
    it('keeps the name but reports no verified reverse DNS for `(may be forged)`', () => {
      expect(hop('sendmail-may-be-forged')).to.include({
        rdns: 'proxy1.nida.ac.th',
        rdnsStatus: 'unknown',
        ip: '203.151.38.4',
        helo: 'proxy.nida.ac.th',
      });
    });

    it('reads `from helo ([ip])` as a failed lookup', () => {
      expect(hop('sendmail-no-rdns')).to.include({ helo: 'n2now709.com', ip: '64.86.155.148', rdnsStatus: 'unknown' });
      expect(hop('sendmail-ident')).to.include({ ip: '64.31.161.243', rdnsStatus: 'unknown' });
    });

    it('sees `(authenticated bits=0)` as an authenticated submission', () => {
      expect(hop('sendmail-authenticated')).to.include({ authenticated: true, tls: true, rdns: 'p5b2c01.example.net' });
    });

    it('gives `(from root@localhost) by host` no from part and still reads it', () => {
      const h = hop('sendmail-submit');
      expect(h).to.include({ by: 'tiberius.reynolds.net.au', malformed: false });
      expect(h.ip).to.equal(undefined);
    });

    it('reads qmail `from unknown (HELO x) (ip)`', () => {
      expect(hop('qmail-helo-unknown')).to.include({
        helo: 'mx.loxsystems.net',
        ip: '114.106.224.38',
        rdnsStatus: 'unknown',
      });
    });

    it('reads `(qmail N invoked by uid N)` as a local program with no from part, not as malformed', () => {
      const h = hop('qmail-invoked');
      expect(h).to.include({ malformed: false });
      expect(h.by).to.equal(undefined);
      expect(h.time).to.equal(Date.UTC(2002, 8, 6, 13, 57, 51));
    });
  });

  describe('Microsoft 365 and Exchange', () => {
    it('records no reverse DNS for `from HELO (IP)` and sees TLS in `(version=TLS1_2, cipher=…)`', () => {
      expect(hop('m365-smtp-server')).to.include({
        helo: 'BL0PR12MB2340.namprd12.prod.outlook.com',
        ip: '52.132.10.158',
        rdnsStatus: 'not-recorded',
        by: 'BL0PR12MB2385.namprd12.prod.outlook.com',
        protocol: 'MICROSOFT SMTP SERVER',
        tls: true,
      });
    });

    it('strips the zone id of a `with mapi` hop', () => {
      expect(hop('m365-mapi-zone')).to.include({ ip: 'fe80::1d2e:7d8e:79f3:acc2', protocol: 'MAPI' });
    });

    it('reads the HTTPS hop and an [IPv6:…] HELO', () => {
      expect(hop('m365-https')).to.include({ protocol: 'HTTPS', ip: '2603:1096:400:3a2::11', tls: true });
      expect(hop('m365-ipv6-literal-helo')).to.include({
        ip: '2003:ca:7f17:d400:30f6:b168:1864:61a4',
        rdnsStatus: 'not-recorded',
      });
    });

    it('records no reverse DNS for old IIS `with Microsoft SMTPSVC`', () => {
      expect(hop('iis-smtpsvc')).to.include({ helo: 'easy-med.com', ip: '216.250.210.43', rdnsStatus: 'not-recorded' });
    });
  });

  describe('Google, webmail, delivery and others', () => {
    it('reads a Gmail submission: trailing dot of the name dropped, ESMTPSA', () => {
      expect(hop('google-esmtpsa')).to.include({
        helo: 'mitch-laptop.silverblock.net',
        rdns: 'ip70-160-244-242.hr.hr.cox.net',
        ip: '70.160.244.242',
        rdnsStatus: 'present',
        by: 'smtp.gmail.com',
        authenticated: true,
        tls: true,
      });
    });

    it("reads Google's `?IPv6:…?` HELO with `([ip])` as no reverse DNS", () => {
      expect(hop('google-ipv6-helo')).to.include({
        ip: '2a00:23c6:7081:1d01:a98a:55be:653e:2575',
        rdnsStatus: 'unknown',
        authenticated: true,
      });
    });

    it('reads `([ip])` as no lookup recorded from writers that never write a name there (issue #16)', () => {
      // Comcast writes `([ip])` even for its own named hosts (`from resomta-….sys.comcast.net ([96.114.…])`).
      expect(hop('comcast-ipv6-literal')).to.include({
        ip: '2601:647:4200:ea30:b8d7:5787:5cb1:2854',
        rdnsStatus: 'not-recorded',
      });
      // Synthetic: InterMail, EarthLink, Yahoo's MX — a brand's real relay, received as their format writes it.
      for (const line of [
        'from mx-sm3.ebay.com ([66.135.197.19]) by mta142.mail.scd.yahoo.com with SMTP; Sun, 01 Jun 2003 18:44:24 -0700',
        'from n12.grp.scd.yahoo.com ([66.218.66.67]) by rwcrmxc14.attbi.com (InterMail vM.5.01.05.20) with SMTP id ' +
          '<20020821093110r1400k5fuee>; Wed, 21 Aug 2002 09:31:10 +0000',
        'from 127.0.0.1  (EHLO mta.email.example.com) (13.111.64.219) by 10.253.226.77 with SMTPs; Wed, 14 Aug 2024 ' +
          '09:40:56 +0000',
      ]) {
        expect(parseReceived({ name: 'Received', key: 'received', value: line, index: 0 }, 0), line).to.include({
          rdnsStatus: 'not-recorded',
        });
      }
    });

    it('still reads `([ip])` as no reverse DNS from Sendmail, which writes the name it found there', () => {
      const line =
        'from mail.rakuten-card.co.jp ([115.229.233.24]) by mx.example.org (8.12.6/8.12.6) with ESMTP id ' +
        'gAE3CgB8012233; Wed, 13 Nov 2002 22:12:49 -0500';
      expect(parseReceived({ name: 'Received', key: 'received', value: line, index: 0 }, 0)).to.include({
        rdnsStatus: 'unknown',
        helo: 'mail.rakuten-card.co.jp',
      });
    });

    it('reads a `by host with SMTP id` line with no from part', () => {
      expect(hop('google-by-only')).to.include({ by: 'mail-pl1-f174.google.com', protocol: 'SMTP', malformed: false });
    });

    it('reads webmail and fetchmail lines: the bracketed word is the peer address', () => {
      const web = hop('webmail-http');
      expect(web).to.include({ ip: '79.171.124.155', protocol: 'HTTP', rdnsStatus: 'not-recorded' });
      expect(web.helo).to.equal(undefined);
      expect(hop('fetchmail-pop3')).to.include({ helo: 'mail.webnote.net', ip: '193.120.211.219', protocol: 'POP3' });
    });

    it('counts `SquirrelMail authenticated user` as authenticated', () => {
      expect(hop('squirrelmail-http')).to.include({ ip: '208.236.42.2', authenticated: true, protocol: 'HTTP' });
    });

    it('reads LMTP delivery and an amavis loopback hop', () => {
      expect(hop('lmtp-local')).to.include({ protocol: 'LMTP', by: 'mail.lfdr.de' });
      expect(hop('amavis-lmtp')).to.include({ protocol: 'LMTP', ip: '127.0.0.1' });
    });

    it('treats `(unknown)`, `<unknown>` and `unknown [ip]` as no reverse DNS', () => {
      expect(hop('sendgrid-unknown')).to.include({ rdnsStatus: 'unknown', helo: 'mfxfhtdai' });
      expect(hop('opensmtpd-unknown')).to.include({ rdnsStatus: 'unknown', ip: '203.0.113.77' });
      expect(hop('postfix-unknown-esmtpa')).to.include({ rdnsStatus: 'unknown', authenticated: true });
    });

    it('reads a Japanese hosting filter line with a bare IP and no `with`', () => {
      expect(hop('xserver-bare-ip')).to.include({
        helo: 'sv8389.xserver.jp',
        ip: '183.181.90.70',
        rdnsStatus: 'not-recorded',
      });
      expect(hop('xserver-bare-ip').time).to.equal(Date.UTC(2022, 0, 20, 19, 13, 4));
    });

    it('reads courier (id after the date, IPv4-mapped peer) and Amazon SES', () => {
      expect(hop('courier-auth')).to.include({
        ip: '198.51.100.7',
        authenticated: true,
        tls: true,
        time: Date.UTC(2019, 2, 6, 1, 0, 0),
      });
      expect(hop('amazon-ses-outbound')).to.include({
        rdns: 'a27-30.smtp-out.us-west-2.amazonses.com',
        ip: '54.240.27.30',
        tls: true,
      });
    });
  });

  describe('hostile and broken input', () => {
    it('flags a line with neither from nor by as malformed', () => {
      expect(received('Tue, 6 Aug 2002 18:39:26 +0800').malformed).to.equal(true);
      expect(received('').malformed).to.equal(true);
    });

    it('never throws on any string', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), (s) => {
          const h = received(s);
          expect(h.rdnsStatus).to.be.oneOf(['present', 'unknown', 'not-recorded']);
        }),
        { numRuns: 2000 },
      );
      const pieces = fc.constantFrom(
        'from',
        'by',
        'with',
        'id',
        'for',
        '(',
        ')',
        '[',
        ']',
        ';',
        ' ',
        'helo=',
        'HELO',
        'unknown',
        '[1.2.3.4]',
        '::1',
        '\\',
      );
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => void received(parts.join(''))),
        { numRuns: 2000 },
      );
    });

    it('stays linear on a 1 MB line and on deeply nested comments', () => {
      const shapes = [
        (n: number) =>
          `from a (${'x '.repeat(n)}[192.0.2.1]) by mx.example.com ${'with ESMTP '.repeat(n / 6)}; Sun, 19 Dec 2021 20:47:55 +0900`,
        (n: number) => `from a ${'('.repeat(n)}x${')'.repeat(n)} by b; Sun, 19 Dec 2021 20:47:55 +0900`,
        (n: number) => `from a ${'('.repeat(n)}`,
        (n: number) => ';'.repeat(n),
      ];
      for (const shape of shapes) expectLinearTime(shape, received, 480_000);
      const nested = shapes[1]!(500_000);
      expect(received(nested)).to.include({ by: 'b', time: Date.UTC(2021, 11, 19, 11, 47, 55) });
    });

    it("reads a Sendmail version of 100,000 digits as a short one, in linear time (a sender's relay's)", () => {
      const line = (version: string) =>
        `from mail.example.net ([192.0.2.1]) by mx.example.com (${version} Sendmail); Sun, 19 Dec 2021 20:47 +0900`;
      expectLinearTime((n) => line(`8.12.${'6'.repeat(n)}`), received, 100_000);
      const long = received(line(`8.12.${'6'.repeat(100_000)}`));
      // Sendmail's `([ip])`: it looked and found no name, as for the short version.
      expect(long.rdnsStatus).to.equal('unknown');
      expect(received(line('8.12.6')).rdnsStatus).to.equal('unknown');
    });
  });
});

describe('parseHops', () => {
  it('reads Received fields top first, with each hop’s delay to the hop above it', () => {
    const hops = parseHops(splitHeaderBlock(fixtureText('kagoya-2021-12.headers.txt')));
    expect(hops.map((h) => h.index)).to.deep.equal([0, 1]);
    expect(hops[0]?.by).to.equal('mx.example.co.jp');
    expect(hops[0]?.delaySeconds).to.equal(undefined);
    expect(hops[1]?.delaySeconds).to.equal(4);
  });

  it('keeps each hop’s header field, with its position in the whole block', () => {
    const headers = splitHeaderBlock(fixtureText('kagoya-2021-12.m365.headers.txt'));
    const hops = parseHops(headers);
    expect(hops).to.have.length(5);
    expect(hops.map((h) => h.field.index)).to.deep.equal([0, 1, 2, 5, 7]);
    expect(hops[3]?.field).to.equal(headers[5]);
  });

  it('returns nothing for a block without Received, and for input that is not an array', () => {
    expect(parseHops(splitHeaderBlock('From: a@example.com\nSubject: x\n'))).to.deep.equal([]);
    expect(parseHops(undefined as unknown as HeaderField[])).to.deep.equal([]);
  });
});
