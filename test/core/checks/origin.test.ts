/**
 * The origin checks (src/core/checks/origin.ts) and the coverage note for a missing header block, through analyze()
 * on whole header blocks. Each Received line is written out in full, in the shape its MTA really writes:
 * Postfix `from HELO (RDNS [IP]) by … (Postfix) with ESMTP…`, Exchange `from HELO (IP) by …`, Exim
 * `from [IP] (helo=…)`. The reader's MX is `mx.example.co.jp` (synthetic); public IPs are taken from the KAGOYA
 * write-up (52.140.217.90) and corpus lines (209.85.160.175 mail-qt1-f175.google.com, 216.105.38.7
 * lists.sourceforge.net), so that only the checks under test speak. Real header blocks are named where used.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';
import { fixture, fixtureText, projectRoot, sharedPath } from '../../helpers';

/** A header block: the given Received lines (top first), then the sender's own headers. Synthetic, real-shaped. */
function mail(received: string[], opts: { date?: string; from?: string; extra?: string[] } = {}): MessageInput {
  const lines = [
    'Delivered-To: info@example.co.jp',
    ...received.map((r) => `Received: ${r}`),
    'Message-ID: <5CDDBF66.8030004@partner.co.jp>',
    `Date: ${opts.date ?? 'Thu, 16 May 2019 12:52:06 -0700'}`,
    `From: ${opts.from ?? 'Yamada Taro <yamada@partner.co.jp>'}`,
    'To: info@example.co.jp',
    'Subject: =?utf-8?b?5omT44Gh5ZCI44KP44Gb44Gu5Lu2?=',
    ...(opts.extra ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: lines.join('\r\n') + '\r\n', text: 'よろしくお願いいたします。' };
}

/** Postfix at the reader's MX, receiving from `peer` (`HELO (RDNS [IP])`), at `time`. */
const ourMx = (peer: string, time = 'Thu, 16 May 2019 21:53:31 +0200 (CEST)', proto = 'ESMTPS'): string =>
  `from ${peer}\r\n\tby mx.example.co.jp (Postfix) with ${proto} id 9B38B20F5C\r\n\tfor <info@example.co.jp>; ${time}`;

/** Microsoft 365's internal hops above Exchange Online Protection (kagoya-2021-12.m365 shape). */
const M365_INTERNAL = [
  'from TYCP286CA0123.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:2b6::18)\r\n by TYWPR01MB10982.jpnprd01.prod.outlook.com (2603:1096:400:3a2::11) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.4801.14; Thu, 16 May\r\n 2019 19:52:11 +0000',
  'from TY1JPN01FT012.eop-JPN01.prod.protection.outlook.com\r\n (2603:1096:400:2b6:cafe::6a) by TYCP286CA0123.outlook.office365.com\r\n (2603:1096:400:2b6::18) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.4801.14 via Frontend\r\n Transport; Thu, 16 May 2019 19:52:10 +0000',
];

/** Exchange Online Protection receiving from the outside: Exchange records no reverse DNS (`from HELO (IP)`). */
const eop = (helo: string, ip: string): string =>
  `from ${helo} (${ip}) by\r\n TY1JPN01FT012.mail.protection.outlook.com (10.167.241.130) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.4801.14 via Frontend Transport; Thu, 16 May 2019 19:52:09 +0000`;

function find(r: Report, id: string): Finding | undefined {
  return r.findings.find((f) => f.id === id);
}

function say(f: Finding | undefined): string {
  return f ? translate('en', f.message.key, f.message.params) : '';
}

describe('origin.helo-loopback', () => {
  it('warns when a machine on a public IP calls itself [127.0.0.1] and sends to our MX without logging in', () => {
    const r = analyze(mail([ourMx('[127.0.0.1] (unknown [52.140.217.90])', undefined, 'ESMTP')]));
    const f = find(r, 'origin.helo-loopback');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('origin.helo-loopback.script');
    expect(f!.message.params).to.include({ helo: '[127.0.0.1]', ip: '52.140.217.90' });
    expect(f!.evidence[0]).to.include({ header: 'Received', highlight: '[127.0.0.1]', author: 'recipient-system' });
  });

  it('warns on a `localhost` HELO from a public IP two hops down, as recorded by the relay', () => {
    const r = analyze(
      mail([
        ourMx('mail-qt1-f175.google.com (mail-qt1-f175.google.com [209.85.160.175])'),
        'from localhost (unknown [52.140.217.90])\r\n\tby mail-qt1-f175.google.com with SMTP id y22so5391461qtn.8\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 12:52:28 -0700 (PDT)',
      ]),
    );
    const f = find(r, 'origin.helo-loopback');
    expect(f).to.include({ status: 'warn' });
    expect(f!.evidence[0]).to.include({ author: 'relay', recordedBy: 'mail-qt1-f175.google.com' });
  });

  // Real: corpus usrp_users/00210, a Thunderbird user submitting through Gmail: `from [192.168.2.12] (…dsl.bell.ca.
  // [174.95.204.168]) by smtp.googlemail.com with ESMTPSA`.
  it('is only info when a mail app named itself by a private literal while logging in to send (ESMTPSA)', () => {
    const r = analyze({
      headers: fixtureText('chk-origin-esmtpsa-private-helo.usrp-00210.headers.txt'),
      missing: ['body'],
    });
    const f = find(r, 'origin.helo-loopback');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('origin.helo-loopback.login');
    expect(f!.message.params).to.include({ helo: '[192.168.2.12]', relay: 'smtp.googlemail.com' });
    expect(say(f)).to.include('logged in to a real mail account');
  });

  it('says nothing of a content filter re-injecting on the loopback interface (`from localhost (localhost [127.0.0.1])`)', () => {
    const r = analyze(
      mail([
        ourMx('mail.partner.co.jp (mail.partner.co.jp [216.105.38.7])'),
        'from localhost (localhost [127.0.0.1])\r\n\tby mail.partner.co.jp (Postfix) with ESMTP id 1439B44169\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 12:53:02 -0700 (PDT)',
      ]),
    );
    expect(find(r, 'origin.helo-loopback')).to.equal(undefined);
  });

  it('says nothing when every HELO is a proper host name', async () => {
    const r = analyze(await parseMessage(fixture('partner-m365-to-m365.synthetic.eml')));
    expect(find(r, 'origin.helo-loopback')).to.equal(undefined);
  });
});

describe('origin.forged-helo', () => {
  const exim = (helo: string, rdns: string) =>
    `from ${rdns} (helo=${helo})\r\n\tby mx.example.co.jp with esmtp (Exim 4.95) id 1oqfvz-00Ay60-Sn\r\n\tfor info@example.co.jp; Thu, 16 May 2019 21:53:31 +0200`;
  const spoof = { from: '=?utf-8?b?5qW95aSp44Kr44O844OJ?= <info@mail.rakuten-card.co.jp>' };

  it("fails a machine without reverse DNS greeting as a verified brand's mail server (a spoof of its own address)", () => {
    const r = analyze(mail([exim('mail.rakuten-card.co.jp', '[115.229.233.24]')], spoof));
    const f = find(r, 'origin.forged-helo');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.deep.equal({
      helo: 'mail.rakuten-card.co.jp',
      ip: '115.229.233.24',
      brand: '楽天カード',
    });
    expect(f!.evidence[0]).to.include({ highlight: 'mail.rakuten-card.co.jp', author: 'recipient-system' });
    expect(say(f)).to.include('borrowed');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('mail.rakuten-card.co.jp');
  });

  it('only warns for a brand whose domains nobody verified', () => {
    // Sparkasse stays unverified: each savings bank mails from its own domain too (brands.json says so).
    const r = analyze(mail([ourMx('smtp01.sparkasse.de (unknown [45.137.21.9])')]));
    expect(find(r, 'origin.forged-helo')).to.include({ status: 'warn' });
  });

  it("says nothing when the brand's server has its reverse DNS, or the name is not a brand's", () => {
    for (const peer of [
      'mail.rakuten-card.co.jp (mail.rakuten-card.co.jp [133.237.16.10])', // the real one, looked up and found
      'mail.partner.co.jp (unknown [52.140.217.90])', // a small organisation's own server, misconfigured
      '[192.168.1.23] (unknown [52.140.217.90])', // a literal: no name claimed
    ]) {
      expect(find(analyze(mail([ourMx(peer)])), 'origin.forged-helo'), peer).to.equal(undefined);
    }
  });

  it("says nothing of a brand's relay received by a server whose `([ip])` records no lookup (issue #16)", () => {
    // Synthetic, 2002-style: EarthLink's and InterMail's MX write `from HELO ([ip])` whatever the peer's name is.
    for (const by of [
      'mx7.mindspring.com (EarthLink SMTP Server) with ESMTP',
      'rwcrmxc14.attbi.com (InterMail vM.5.01) with SMTP',
    ]) {
      const line = `from smtp-fw-2101.amazon.com ([207.171.184.25])\r\n\tby ${by} id 1cXz4b3Nl3Nl34l0; Wed, 13 Nov 2002 22:12:49 -0500`;
      const r = analyze(mail([line], { from: '"Amazon.com" <auto-confirm@amazon.com>' }));
      expect(find(r, 'origin.forged-helo'), by).to.equal(undefined);
      expect(find(r, 'origin.no-reverse-dns'), by).to.equal(undefined);
    }
  });

  it("still fails a spoof greeting as a brand's server when Sendmail writes it found no name (`([ip])`)", () => {
    // The phishing twin of the test above: Sendmail writes the name it found beside the IP, so `([ip])` is none.
    const line =
      'from smtp-fw-2101.amazon.com ([45.137.21.9])\r\n\tby mx.example.co.jp (8.12.6/8.12.6) with ESMTP id gAE3CgB8012233\r\n\tfor <info@example.co.jp>; Wed, 13 Nov 2002 22:12:49 -0500';
    const r = analyze(mail([line], { from: '"Amazon.com" <auto-confirm@amazon.com>' }));
    expect(find(r, 'origin.forged-helo')).to.include({ status: 'fail' });
    expect(find(r, 'origin.no-reverse-dns')).to.include({ status: 'warn' });
  });

  it("says nothing about a hop between two of the brand's own machines (internal relays need no public name)", () => {
    // SpamAssassin easy_ham/00017: qmail inside Yahoo! Groups, `from unknown (HELO n19.grp.scd.yahoo.com)`.
    const internal =
      'from unknown (HELO n19.grp.scd.yahoo.com) (66.218.66.74)\r\n  by mta2.grp.scd.yahoo.com with SMTP; 22 Aug 2002 16:11:28 -0000';
    const r = analyze(mail([ourMx('n6.grp.scd.yahoo.com (n6.grp.scd.yahoo.com [66.218.66.90])'), internal]));
    expect(find(r, 'origin.forged-helo')).to.equal(undefined);
  });
});

describe('origin.no-reverse-dns', () => {
  it('warns when the server that handed the message to our MX had no reverse DNS (Postfix "unknown")', () => {
    const r = analyze(mail([ourMx('vps-4f21.cheap-hosting.example (unknown [45.137.21.9])')]));
    const f = find(r, 'origin.no-reverse-dns');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('origin.no-reverse-dns.entry');
    expect(f!.message.params).to.include({ ip: '45.137.21.9' });
    expect(f!.evidence[0]).to.include({ highlight: 'unknown', author: 'recipient-system' });
  });

  it('is only info for the originating client of an authenticated submission (a home line or cloud machine)', () => {
    const r = analyze(
      mail([
        ourMx('mail.partner.co.jp (mail.partner.co.jp [216.105.38.7])'),
        'from [127.0.0.1] (unknown [52.140.217.90])\r\n\tby mail.partner.co.jp (Postfix) with ESMTPA id 7C1A2C01D3\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 12:52:51 -0700 (PDT)',
      ]),
    );
    const f = find(r, 'origin.no-reverse-dns');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('origin.no-reverse-dns.login');
    expect(f!.message.params).to.include({ ip: '52.140.217.90', relay: 'mail.partner.co.jp' });
    expect(f!.evidence[0]).to.include({ author: 'relay', recordedBy: 'mail.partner.co.jp' });
  });

  it('is info for an unauthenticated originating client below the entry hop, as recorded by the relay', () => {
    const r = analyze(
      mail([
        ourMx('mail.partner.co.jp (mail.partner.co.jp [216.105.38.7])'),
        'from pc123.partner.co.jp (unknown [52.140.217.90])\r\n\tby mail.partner.co.jp (Postfix) with ESMTP id 7C1A2C01D3\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 12:52:51 -0700 (PDT)',
      ]),
    );
    expect(find(r, 'origin.no-reverse-dns')).to.include({ status: 'info' });
    expect(find(r, 'origin.no-reverse-dns')!.message.key).to.equal('origin.no-reverse-dns.client');
  });

  it('says nothing for Exchange’s `from HELO (IP)` format, which records no lookup at all', () => {
    const r = analyze(mail([...M365_INTERNAL, eop('vps-4f21.cheap-hosting.example', '45.137.21.9')]));
    expect(find(r, 'origin.entry-hop')!.message.params.ip).to.equal('45.137.21.9');
    expect(find(r, 'origin.no-reverse-dns')).to.equal(undefined);
  });

  it('says nothing when the entry hop has a name', () => {
    const r = analyze(mail([ourMx('mail-qt1-f175.google.com (mail-qt1-f175.google.com [209.85.160.175])')]));
    expect(find(r, 'origin.no-reverse-dns')).to.equal(undefined);
  });
});

describe('origin.reserved-ip', () => {
  it('warns on 240.0.0.1 (reserved) in the hop that came from outside', () => {
    const r = analyze(mail([ourMx('mail.partner.co.jp (mail.partner.co.jp [240.0.0.1])')]));
    const f = find(r, 'origin.reserved-ip');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.params).to.include({ ip: '240.0.0.1' });
    expect(f!.evidence[0]).to.include({ highlight: '240.0.0.1' });
  });

  it('warns on a documentation address (192.0.2.x) in a relay’s line below the entry hop', () => {
    const r = analyze(
      mail([
        ourMx('mail.partner.co.jp (mail.partner.co.jp [216.105.38.7])'),
        'from pc123.partner.co.jp (pc123.partner.co.jp [192.0.2.44])\r\n\tby mail.partner.co.jp (Postfix) with ESMTP id 7C1A2C01D3\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 12:52:51 -0700 (PDT)',
      ]),
    );
    expect(find(r, 'origin.reserved-ip')!.message.params).to.include({ ip: '192.0.2.44' });
  });

  it('says nothing of 10.x addresses inside our organisation or inside the sender’s', () => {
    const r = analyze(
      mail([
        'from mx.example.co.jp (mx.example.co.jp [10.0.0.5])\r\n\tby mbox1.example.co.jp (Postfix) with LMTP id 3F1A2B\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 21:53:32 +0200 (CEST)',
        ourMx('mail.partner.co.jp (mail.partner.co.jp [216.105.38.7])'),
        'from pc123.partner.co.jp (pc123.partner.co.jp [10.20.30.40])\r\n\tby mail.partner.co.jp (Postfix) with ESMTP id 7C1A2C01D3\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 12:52:51 -0700 (PDT)',
      ]),
    );
    expect(find(r, 'origin.entry-hop')!.message.params.ip).to.equal('216.105.38.7');
    expect(find(r, 'origin.reserved-ip')).to.equal(undefined);
  });
});

describe('origin.time-skew', () => {
  const entry = ourMx(
    'mail-qt1-f175.google.com (mail-qt1-f175.google.com [209.85.160.175])',
    'Thu, 16 May 2019 21:53:31 +0200 (CEST)',
  );

  it('warns when the Date is 5 h later than our MX received it', () => {
    const r = analyze(mail([entry], { date: 'Fri, 17 May 2019 00:53:31 +0000' }));
    const f = find(r, 'origin.time-skew');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('origin.time-skew.future');
    expect(f!.message.params).to.include({ hours: 5 });
    expect(f!.evidence.map((e) => e.header)).to.deep.equal(['Date', 'Received']);
  });

  it('warns when a relay line below the entry hop is 2 h later than the line written after it', () => {
    const r = analyze(
      mail([
        entry,
        'from [192.168.2.12] (p3210-ipoe.example.ne.jp [52.140.217.90])\r\n\tby mail-qt1-f175.google.com with ESMTPSA id u46sm4492936qtu.57\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 23:53:00 +0200 (CEST)',
      ]),
    );
    const f = find(r, 'origin.time-skew');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('origin.time-skew.hops');
    expect(f!.message.params).to.include({ hours: 2 });
  });

  it('says nothing of a sender clock 10 minutes fast, or hops 10 minutes out of order', () => {
    const fast = analyze(mail([entry], { date: 'Thu, 16 May 2019 20:03:31 +0000' }));
    expect(find(fast, 'origin.time-skew')).to.equal(undefined);
    const reversed = analyze(
      mail([
        entry,
        'from [192.168.2.12] (p3210-ipoe.example.ne.jp [52.140.217.90])\r\n\tby mail-qt1-f175.google.com with ESMTPSA id u46sm4492936qtu.57\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 22:03:31 +0200 (CEST)',
      ]),
    );
    expect(find(reversed, 'origin.time-skew')).to.equal(undefined);
  });

  // Regression (was a bug): time-skew reads the entry hop's delay to the hop *above* it, which is the reader's own internal
  // server, so our own mailbox server's clock 3 h behind our MX is reported as "Received lines run backwards: lines may
  // have been forged". Its doc says "hop times out of order below the entry hop".
  it('does not blame the sender for our own internal hop’s clock above the entry hop', () => {
    const r = analyze(
      mail(
        [
          'from mx.example.co.jp (mx.example.co.jp [10.0.0.5])\r\n\tby mbox1.example.co.jp (Postfix) with LMTP id 3F1A2B\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 18:53:32 +0200 (CEST)',
          entry,
        ],
        { date: 'Thu, 16 May 2019 21:50:00 +0200' },
      ),
    );
    expect(find(r, 'origin.time-skew')).to.equal(undefined);
  });

  it('notes a Date months older than delivery as info only (queued retries, wrong clocks)', () => {
    const r = analyze(mail([entry], { date: 'Sat, 16 Feb 2019 12:00:00 +0000' }));
    const f = find(r, 'origin.time-skew');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('origin.time-skew.past');
  });
});

describe('origin.org-filter', () => {
  const entry = eop('vps-4f21.cheap-hosting.example', '45.137.21.9');

  it('warns when our own Microsoft 365 filter classed it SCL 9 / CAT:PHSH and it still arrived', () => {
    const r = analyze(
      mail([...M365_INTERNAL, entry], {
        extra: [
          'X-MS-Exchange-Organization-AuthAs: Anonymous',
          'X-MS-Exchange-Organization-SCL: 9',
          'X-Microsoft-Antispam: BCL:0;',
          'X-Forefront-Antispam-Report: CIP:45.137.21.9;CTRY:NL;LANG:ja;SCL:9;SRV:;IPV:NLI;SFV:SPM;H:vps-4f21.cheap-hosting.example;PTR:;CAT:PHSH;SFS:;DIR:INB;',
        ],
      }),
    );
    const f = find(r, 'origin.org-filter');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('origin.org-filter.flagged');
    expect(f!.message.params).to.include({ scl: '9', category: 'PHSH' });
    expect(f!.evidence.every((e) => e.author === 'recipient-system')).to.equal(true);
  });

  it('is info when our own filter let it through at SCL 1, and says that is not a clearance', () => {
    const r = analyze(
      mail([...M365_INTERNAL, entry], {
        extra: [
          'X-MS-Exchange-Organization-SCL: 1',
          'X-Forefront-Antispam-Report: CIP:45.137.21.9;CTRY:NL;LANG:ja;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:vps-4f21.cheap-hosting.example;CAT:NONE;SFS:;DIR:INB;',
        ],
      }),
    );
    const f = find(r, 'origin.org-filter');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.params).to.include({ scl: '1' });
    expect(say(f)).to.include('not a clearance');
  });

  it('ignores the same header names in a mailbox that is not Microsoft 365: there the sender wrote them', () => {
    const r = analyze(
      mail([ourMx('vps-4f21.cheap-hosting.example (unknown [45.137.21.9])')], {
        extra: [
          'X-MS-Exchange-Organization-SCL: 9',
          'X-Forefront-Antispam-Report: CIP:45.137.21.9;CTRY:NL;LANG:ja;SCL:9;SRV:;IPV:NLI;SFV:SPM;CAT:PHSH;SFS:;DIR:INB;',
        ],
      }),
    );
    expect(find(r, 'origin.org-filter')).to.equal(undefined);
  });

  it('ignores another tenant’s verdict renamed -Untrusted, even in a Microsoft 365 mailbox', () => {
    const r = analyze(
      mail([...M365_INTERNAL, entry], {
        extra: [
          'X-Forefront-Antispam-Report-Untrusted: CIP:10.1.2.3;CTRY:;LANG:ja;SCL:9;SRV:;IPV:NLI;SFV:SPM;CAT:PHSH;SFS:;DIR:OUT;',
        ],
      }),
    );
    expect(find(r, 'origin.org-filter')).to.equal(undefined);
  });

  // Real: corpus usrp_users/00028, a sender tenant's x-forefront-antispam-report carried through a mailing list.
  it('ignores a sender tenant’s filter headers that travelled through a list (corpus usrp_users/00028)', async function () {
    const path = sharedPath(this, 'corpus', 'usrp_users');
    const name = readdirSync(path).find((n) => n.startsWith('00028-'));
    const r = analyze(await parseMessage(new Uint8Array(readFileSync(join(path, name!)))));
    expect(find(r, 'origin.org-filter')).to.equal(undefined);
  });
});

describe('origin.entry-hop and origin.sender-ip', () => {
  it('names our MX’s entry hop and the originating client as recorded by the relay', () => {
    const r = analyze(
      mail([
        ourMx('mail.partner.co.jp (mail.partner.co.jp [216.105.38.7])'),
        'from [192.168.2.12] (p3210-ipoe.example.ne.jp [52.140.217.90])\r\n\tby mail.partner.co.jp (Postfix) with ESMTPSA id 7C1A2C01D3\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 12:52:51 -0700 (PDT)',
      ]),
    );
    expect(find(r, 'origin.entry-hop')!.message.params).to.include({
      ip: '216.105.38.7',
      by: 'mx.example.co.jp',
      host: 'mail.partner.co.jp',
    });
    const ip = find(r, 'origin.sender-ip');
    expect(ip!.message.key).to.equal('origin.sender-ip.authenticated');
    expect(ip!.message.params).to.include({
      ip: '52.140.217.90',
      relay: 'mail.partner.co.jp',
      rdns: 'p3210-ipoe.example.ne.jp',
    });
  });

  it('says where it entered could not be told when every Received line is our own (local delivery only)', () => {
    const r = analyze(
      mail([
        'from mbox1.example.co.jp (localhost [127.0.0.1])\r\n\tby mbox1.example.co.jp (Postfix) with LMTP id 3F1A2B\r\n\tfor <info@example.co.jp>; Thu, 16 May 2019 21:53:32 +0200 (CEST)',
      ]),
    );
    expect(find(r, 'origin.entry-hop')!.message.key).to.equal('origin.entry-hop.unknown');
    expect(find(r, 'origin.sender-ip')!.message.key).to.equal('origin.sender-ip.unknown');
  });

  it('are absent without Received lines', () => {
    const r = analyze(mail([]));
    expect(find(r, 'origin.entry-hop')).to.equal(undefined);
    expect(find(r, 'origin.sender-ip')).to.equal(undefined);
  });

  it('are present, as info, for every fixture and corpus message with Received lines, and absent for every one without', async function () {
    this.timeout(120_000);
    const files: string[] = [];
    const fixtures = join(projectRoot, 'test', 'fixtures');
    for (const n of readdirSync(fixtures, { recursive: true }) as string[])
      if (n.endsWith('.eml')) files.push(join(fixtures, n));
    const corpus = sharedPath(this, 'corpus');
    for (const dir of ['jp_sf', 'usrp_users', 'spamassassin/spam', 'spamassassin/easy_ham']) {
      for (const n of readdirSync(join(corpus, dir)).slice(0, 60)) files.push(join(corpus, dir, n));
    }
    let withHops = 0;
    for (const file of files) {
      const input = await parseMessage(new Uint8Array(readFileSync(file)));
      const hasReceived = /^Received:/im.test(input.headers);
      const r = analyze(input);
      for (const id of ['origin.entry-hop', 'origin.sender-ip']) {
        const f = find(r, id);
        if (hasReceived) expect(f, `${id} in ${file}`).to.include({ status: 'info', section: 'origin' });
        else expect(f, `${id} in ${file}`).to.equal(undefined);
      }
      if (hasReceived) withHops++;
    }
    expect(withHops).to.be.greaterThan(200);
  });
});

describe('origin.headers-missing', () => {
  it('says the path and authentication were not checked when the host had no header block', () => {
    for (const input of [
      { headers: '', text: 'hello' },
      { headers: '', text: 'hello', missing: ['headers' as const] },
    ]) {
      const f = find(analyze(input), 'origin.headers-missing');
      expect(f).to.include({ status: 'info', section: 'origin' });
      expect(say(f)).to.include('were not checked');
    }
  });

  it('is absent when the headers are there', () => {
    expect(find(analyze(mail([])), 'origin.headers-missing')).to.equal(undefined);
  });
});
