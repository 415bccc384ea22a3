/**
 * The sender checks (src/core/checks/sender.ts), one attack and one trap each, through analyze() on whole messages.
 *
 * Messages are synthetic but real-shaped: a plain Postfix mailbox (`mx.example.co.jp`, the reader's MX) whose entry
 * hop and Authentication-Results are written like the KAGOYA fixture and corpus usrp_users/06562; the Microsoft 365
 * shapes follow kagoya-2021-12.m365.headers.txt. The mailing-list cases are real header blocks from corpus jp_sf.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';
import { fixture, fixtureText } from '../../helpers';

interface Mail {
  /** The From header's value. */
  from: string;
  /** What the reader's MX wrote after `mx.example.co.jp;` (omitted: it wrote no Authentication-Results). */
  auth?: string;
  subject?: string;
  /** More of the sender's own header lines. */
  headers?: string[];
  /** Header lines the sender put below its own Received (forged or upstream results). */
  below?: string[];
  html?: string;
}

/** Synthetic, real-shaped: a message received by a plain Postfix MX, as the KAGOYA fixture's mailbox holds it. */
function postfix(m: Mail): MessageInput {
  const lines = [
    'Delivered-To: info@example.co.jp',
    'Received: from mail.sender-isp.example (mail.sender-isp.example [198.51.100.20])',
    '\tby mx.example.co.jp (Postfix) with ESMTPS id 4JHF2x0Qbcz9sQ',
    '\tfor <info@example.co.jp>; Sun, 19 Dec 2021 20:47:55 +0900 (JST)',
    ...(m.auth === undefined ? [] : [`Authentication-Results: mx.example.co.jp;\r\n\t${m.auth}`]),
    'Received: from [192.168.1.23] (p3210-ipoe.sender-isp.example [198.51.100.77])',
    '\tby mail.sender-isp.example (Postfix) with ESMTPSA id 7C1A2C01D3',
    '\tfor <info@example.co.jp>; Sun, 19 Dec 2021 20:47:51 +0900 (JST)',
    ...(m.below ?? []),
    'Message-ID: <20211219204750.7C1A2C01D3@mail.sender-isp.example>',
    'Date: Sun, 19 Dec 2021 20:47:49 +0900',
    `From: ${m.from}`,
    'To: info@example.co.jp',
    `Subject: ${m.subject ?? 'ご連絡'}`,
    ...(m.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return { headers: lines.join('\r\n') + '\r\n', html: m.html ?? '<p>ご確認ください。</p>' };
}

/** Synthetic, real-shaped: the same message in a Microsoft 365 mailbox (kagoya-2021-12.m365 shape). */
function m365(m: { from: string; auth: string; headers?: string[] }): MessageInput {
  const lines = [
    'Received: from TYCP286CA0123.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:2b6::18)',
    ' by TYWPR01MB10982.jpnprd01.prod.outlook.com (2603:1096:400:3a2::11) with',
    ' Microsoft SMTP Server (version=TLS1_2,',
    ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.4801.14; Sun, 19 Dec',
    ' 2021 11:47:56 +0000',
    'Received: from TY1JPN01FT012.eop-JPN01.prod.protection.outlook.com',
    ' (2603:1096:400:2b6:cafe::6a) by TYCP286CA0123.outlook.office365.com',
    ' (2603:1096:400:2b6::18) with Microsoft SMTP Server (version=TLS1_2,',
    ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.4801.14 via Frontend',
    ' Transport; Sun, 19 Dec 2021 11:47:56 +0000',
    `Authentication-Results: ${m.auth}`,
    'Received: from vps-4f21.cheap-hosting.example (198.51.100.45) by',
    ' TY1JPN01FT012.mail.protection.outlook.com (10.167.241.130) with Microsoft SMTP',
    ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
    ' 15.20.4801.14 via Frontend Transport; Sun, 19 Dec 2021 11:47:55 +0000',
    'Message-ID: <20211219114750.1A2B3C@vps-4f21.cheap-hosting.example>',
    'Date: Sun, 19 Dec 2021 11:47:49 +0000',
    `From: ${m.from}`,
    'To: info@example.co.jp',
    'Subject: =?utf-8?b?6KuL5rGC5pu444Gu44GU56K66KqN?=',
    ...(m.headers ?? []),
    'X-MS-Exchange-Organization-AuthAs: Anonymous',
    'X-MS-Exchange-Organization-SCL: 5',
    'X-Forefront-Antispam-Report: CIP:198.51.100.45;CTRY:JP;LANG:ja;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:vps-4f21.cheap-hosting.example;CAT:SPOOF;SFS:;DIR:INB;',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: lines.join('\r\n') + '\r\n', text: '添付の請求書をご確認ください。' };
}

function find(r: Report, id: string): Finding | undefined {
  return r.findings.find((f) => f.id === id);
}

function say(f: Finding | undefined): string {
  return f ? translate('en', f.message.key, f.message.params) : '';
}

const DMARC_PASS_AMAZON =
  'spf=pass smtp.mailfrom=bounces.amazon.co.jp;\r\n\tdkim=pass header.d=amazon.co.jp header.s=rjt5uirsl;\r\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.co.jp';

describe('sender.brand-mismatch', () => {
  it('fails a brand in the display name sent from a domain the brand does not own, with From as evidence', () => {
    const r = analyze(
      postfix({
        from: 'Amazon.co.jp <no-reply@shop-notice.example>',
        auth: 'spf=pass smtp.mailfrom=shop-notice.example; dkim=none; dmarc=none header.from=shop-notice.example',
      }),
    );
    const f = find(r, 'sender.brand-mismatch');
    expect(f).to.include({ status: 'fail', section: 'sender' });
    expect(f!.message.params).to.include({
      brand: 'Amazon',
      domain: 'shop-notice.example',
      address: 'no-reply@shop-notice.example',
    });
    expect(f!.evidence[0]).to.include({ header: 'From', author: 'sender', highlight: 'Amazon.co.jp' });
  });

  it('fails a brand claimed only by the subject’s 【…】 tag, and shows the Subject as evidence', () => {
    const r = analyze(
      postfix({ from: '"お知らせ" <info@vrtx-mailer.example>', subject: '【三井住友カード】ご利用確認のお願い' }),
    );
    const f = find(r, 'sender.brand-mismatch');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ brand: '三井住友カード', domain: 'vrtx-mailer.example' });
    expect(f!.evidence.map((e) => e.header)).to.include('Subject');
    expect(f!.evidence.find((e) => e.header === 'Subject')!.highlight).to.equal('三井住友カード');
  });

  it('reads a full-width ＫＡＧＯＹＡ in the display name as KAGOYA', () => {
    const r = analyze(postfix({ from: '"ＫＡＧＯＹＡ サポート" <sawada@air.linkclub.example>' }));
    const f = find(r, 'sender.brand-mismatch');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ brand: 'KAGOYA', claimed: 'ＫＡＧＯＹＡ' });
  });

  it('passes the brand’s own domain when the reader’s MX found an aligned DMARC pass', () => {
    const r = analyze(postfix({ from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>', auth: DMARC_PASS_AMAZON }));
    const f = find(r, 'sender.brand-mismatch');
    expect(f).to.include({ status: 'pass' });
    expect(f!.message.params).to.include({ domain: 'amazon.co.jp' });
  });

  it('says nothing of the brand’s own domain when no trusted authentication confirms it (spoofed-domain judges that)', () => {
    const r = analyze(postfix({ from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>' }));
    expect(find(r, 'sender.brand-mismatch')).to.equal(undefined);
  });

  it('does not take a DMARC pass the sender wrote below its own Received as a confirmation', () => {
    const r = analyze(
      postfix({
        from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>',
        auth: 'spf=none smtp.mailfrom=sender-isp.example; dkim=none; dmarc=none header.from=amazon.co.jp',
        below: [`Authentication-Results: mx.amazon-relay.example;\r\n\t${DMARC_PASS_AMAZON}`],
      }),
    );
    expect(find(r, 'sender.brand-mismatch')?.status).not.to.equal('pass');
    expect(find(r, 'sender.authentication')?.status).not.to.equal('pass');
  });

  // Real: corpus jp_sf/industrypack-00150 (header block as archived). The list rewrote From to
  // `Amazon via Industrypack-devel <industrypack-devel@lists.sourceforge.net>` and kept the author in Reply-To.
  it('judges the author in Reply-To, not the list, when a list rewrote From (Reply-To at the brand: no fail)', () => {
    const r = analyze({ headers: fixtureText('chk-list-replyto-brand.jp_sf-00150.headers.txt'), missing: ['body'] });
    expect(find(r, 'sender.brand-mismatch')?.status).not.to.equal('fail');
    expect(r.findings.filter((f) => f.section === 'sender' && f.status === 'fail')).to.deep.equal([]);
  });

  // Real: corpus jp_sf/industrypack-01440: the same rewrite, the author's Reply-To at venettaka.store.
  it('fails a list-rewritten brand whose author in Reply-To is at a foreign domain, naming that domain', () => {
    const r = analyze({ headers: fixtureText('chk-list-replyto-foreign.jp_sf-01440.headers.txt'), missing: ['body'] });
    const f = find(r, 'sender.brand-mismatch');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ domain: 'venettaka.store' });
    expect(say(f)).not.to.include('lists.sourceforge.net');
  });

  // Regression (was a bug): a claim read from the Sender header's name is not checked against the Sender's own address. Google Calendar
  // sends every invitation as `From: <the organiser>` with `Sender: Google Calendar <calendar-notification@google.com>`,
  // so each invitation from a partner fails brand-mismatch ("claims to be Google, sent from partner.co.jp") and comes
  // out suspicious. A Sender whose address is on the named brand's own domain backs its own name.
  it('does not read Google Calendar’s own Sender line on a partner’s invitation as a brand claim (synthetic, real-shaped)', () => {
    const r = analyze(
      postfix({
        from: 'Yamada Taro <taro@partner.co.jp>',
        auth: 'spf=pass smtp.mailfrom=calendar-server.bounces.google.com;\r\n\tdkim=pass header.d=partner.co.jp;\r\n\tdmarc=pass header.from=partner.co.jp',
        subject: 'Invitation: 定例会議 @ 2021年12月20日(月) 10:00 - 11:00 (JST) (info@example.co.jp)',
        headers: [
          'Sender: Google Calendar <calendar-notification@google.com>',
          'Reply-To: Yamada Taro <taro@partner.co.jp>',
        ],
        html: '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=abc&amp;tok=xyz">はい</a>',
      }),
    );
    expect(find(r, 'sender.brand-mismatch')?.status).not.to.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  // Regression (was a bug): the subject's leading `[…]` tag is read as a brand claim when it is a GitHub repository (`owner/repo`): every
  // notification about a repository under microsoft/, google/, amazon/ … fails brand-mismatch against github.com, an
  // authenticated sender, and comes out suspicious. An `owner/repo` tag names a project, not the sender.
  it('does not read a GitHub notification’s `[microsoft/vscode]` repository tag as a claim to be Microsoft', () => {
    const r = analyze(
      postfix({
        from: '"Jane Doe" <notifications@github.com>',
        auth: 'spf=pass smtp.mailfrom=github.com;\r\n\tdkim=pass header.d=github.com;\r\n\tdmarc=pass header.from=github.com',
        subject: 'Re: [microsoft/vscode] Terminal crashes on startup (Issue #12345)',
        headers: [
          'List-ID: microsoft/vscode <vscode.microsoft.github.com>',
          'List-Unsubscribe: <https://github.com/notifications/unsubscribe/AB12CD>',
        ],
        html: '<a href="https://github.com/microsoft/vscode/issues/12345">view it on GitHub</a>',
      }),
    );
    expect(find(r, 'sender.brand-mismatch')?.status).not.to.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('finds no brand in a display name that merely contains a word like "online" (LINE) or "Paul" (au)', () => {
    for (const from of [
      '"Online Store Team" <news@shop.example>',
      '"Paul Online" <paul@consulting.example>',
      '"Mainline Support" <help@mainline.example>',
    ]) {
      const r = analyze(postfix({ from }));
      expect(find(r, 'sender.brand-mismatch'), from).to.equal(undefined);
    }
  });
});

// Issue #16: a person labelling a free mailbox with its service's name was told the mailbox "is not one of Google's
// domains". The brand table lists each free-mail brand's mailbox domains (gmail.com for Google, …).
describe('sender.brand-mismatch on free mail', () => {
  /** The reader's MX passing the free-mail provider's own DMARC, as it does for any of its users. */
  const providerPass = (from: string): string => {
    const d = from.slice(from.lastIndexOf('@') + 1, -1);
    return `spf=pass smtp.mailfrom=${d};\r\n\tdkim=pass header.d=${d};\r\n\tdmarc=pass (p=NONE) header.from=${d}`;
  };

  it('reads "Ana (Gmail)" from a gmail.com address as a person naming her mailbox, not a claim to be Google', () => {
    for (const from of [
      '"Ana (Gmail)" <ana.souza@gmail.com>',
      'Hotmail <k.tanaka@hotmail.co.jp>',
      'iCloud <ana@icloud.com>',
    ]) {
      const r = analyze(
        postfix({
          from,
          auth: providerPass(from),
          html: '<p>Photos: <a href="https://ana-souza.example/album">album</a></p>',
        }),
      );
      expect(find(r, 'sender.brand-mismatch'), from).to.equal(undefined);
      expect(find(r, 'links.host-mismatch')?.status, from).not.to.equal('fail');
      expect(r.verdict, from).to.equal('no-red-flags');
    }
  });

  it('still fails the company’s name sent from its own free mail, where anyone can open an account', () => {
    for (const from of [
      '"Google Security" <security.alert.team@gmail.com>',
      '"Microsoft account" <msa-team@outlook.com>',
    ]) {
      const f = find(analyze(postfix({ from, auth: providerPass(from) })), 'sender.brand-mismatch');
      expect(f, from).to.include({ status: 'fail' });
    }
  });

  it('still fails a free-mail service’s name sent from another provider’s mailbox', () => {
    const f = find(analyze(postfix({ from: '"Gmail" <ana@yahoo.co.jp>' })), 'sender.brand-mismatch');
    expect(f).to.include({ status: 'fail' });
  });
});

describe('sender.spoofed-domain', () => {
  it('fails a brand’s own domain that the reader’s MX failed DMARC for, even with SPF passing for the envelope', () => {
    const r = analyze(
      postfix({
        from: '"三井住友カード" <info@vpass.ne.jp>',
        auth: 'spf=pass smtp.mailfrom=bounce@bulk-sender.example;\r\n\tdkim=none;\r\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=vpass.ne.jp',
      }),
    );
    const f = find(r, 'sender.spoofed-domain');
    expect(f).to.include({ status: 'fail', section: 'sender' });
    expect(f!.message.key).to.equal('sender.spoofed-domain');
    expect(f!.message.params).to.include({ domain: 'vpass.ne.jp', brand: '三井住友カード' });
    expect(
      f!.evidence.filter((e) => e.header === 'Authentication-Results').every((e) => e.author === 'recipient-system'),
    ).to.equal(true);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails a brand’s own domain on aligned SPF fail with no DKIM when the MX checks no DMARC', () => {
    const r = analyze(
      postfix({
        from: '"Amazon.co.jp" <account-update@amazon.co.jp>',
        auth: 'spf=fail smtp.mailfrom=account-update@amazon.co.jp;\r\n\tdkim=none',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.include({ status: 'fail' });
  });

  it('ignores a DMARC fail that only an upstream (untrusted) Authentication-Results below the entry hop reports', () => {
    const r = analyze(
      postfix({
        from: '"三井住友カード" <info@vpass.ne.jp>',
        auth: 'spf=none smtp.mailfrom=sender-isp.example; dkim=none; dmarc=none header.from=vpass.ne.jp',
        below: ['Authentication-Results: mail.sender-isp.example;\r\n\tdmarc=fail (p=REJECT) header.from=vpass.ne.jp'],
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
  });

  it('ignores a DMARC fail forged below the entry hop under the reader’s own authserv-id', () => {
    const r = analyze(
      postfix({
        from: '"三井住友カード" <info@vpass.ne.jp>',
        below: ['Authentication-Results: mx.example.co.jp;\r\n\tdmarc=fail (p=REJECT) header.from=vpass.ne.jp'],
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
  });

  it('fails the reader’s own domain when Microsoft 365 says compauth=fail, in the own-organisation wording', () => {
    const r = analyze(
      m365({
        from: '"経理部" <keiri@example.co.jp>',
        auth: 'spf=fail (sender IP is 198.51.100.45)\r\n smtp.mailfrom=example.co.jp; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none\r\n header.from=example.co.jp;compauth=fail reason=001',
      }),
    );
    const f = find(r, 'sender.spoofed-domain');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.key).to.equal('sender.spoofed-domain.own');
    expect(say(f)).to.include('your own organisation').and.include('example.co.jp');
  });

  // Regression (was a bug): "own domains" fall back to every To/Cc address's domain (analyze.ts buildContext uses msg.recipients), not the
  // reader's. A partner writing to a colleague and copying the reader makes partner.co.jp "your own organisation":
  // a DMARC fail for the partner (an authentication warn) becomes "your own organisation's domain is forged" and
  // likely-phishing — even when the host said who the reader is.
  it('does not call a partner’s domain the reader’s own because a partner colleague is in To', () => {
    const input = postfix({
      from: 'Sato <sato@partner.co.jp>',
      auth: 'spf=fail smtp.mailfrom=partner.co.jp;\r\n\tdkim=none;\r\n\tdmarc=fail header.from=partner.co.jp',
      headers: ['Cc: info@example.co.jp'],
    });
    input.headers = input.headers.replace('\r\nTo: info@example.co.jp', '\r\nTo: suzuki@partner.co.jp');
    const r = analyze({ ...input, recipients: ['info@example.co.jp'] });
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
    expect(find(r, 'sender.authentication')).to.include({ status: 'warn' });
  });

  it('leaves the reader’s own domain alone when Microsoft 365 passed it', () => {
    const r = analyze(
      m365({
        from: '"経理部" <keiri@example.co.jp>',
        auth: 'spf=pass (sender IP is 198.51.100.45)\r\n smtp.mailfrom=example.co.jp; dkim=pass (signature was verified)\r\n header.d=example.co.jp;dmarc=pass action=none\r\n header.from=example.co.jp;compauth=pass reason=100',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
  });

  it('does not fail a brand domain whose SPF failed for an unrelated envelope domain while DKIM passed', () => {
    const r = analyze(
      postfix({
        from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>',
        auth: 'spf=fail smtp.mailfrom=bounce@forwarder.example;\r\n\tdkim=pass header.d=amazon.co.jp header.s=rjt5uirsl',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
  });

  it('does not fail a brand domain whose aligned SPF failed while its DKIM passed (a forwarder broke SPF)', () => {
    const r = analyze(
      postfix({
        from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>',
        auth: 'spf=fail smtp.mailfrom=amazon.co.jp;\r\n\tdkim=pass header.d=amazon.co.jp',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
  });

  // Issue #16: a brand's mail signed twice — its ESP's signature failing first, its own passing, DMARC pass — was
  // called forged because only the first trusted dkim= result was read and dmarc=pass was ignored.
  it('leaves a brand alone whose ESP signature failed before its own passed, with DMARC pass, in either order', () => {
    const esp = 'dkim=fail (body hash did not verify) header.d=esp-mailer.example header.s=s1';
    const own = 'dkim=pass header.d=amazon.co.jp header.s=rjt5uirsl';
    for (const dkims of [
      [esp, own],
      [own, esp],
    ]) {
      const r = analyze(
        postfix({
          from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>',
          auth: [
            'spf=softfail smtp.mailfrom=shipment-tracking@amazon.co.jp',
            ...dkims,
            'dmarc=pass (p=QUARANTINE) header.from=amazon.co.jp',
          ].join(';\r\n\t'),
        }),
      );
      expect(find(r, 'sender.spoofed-domain'), dkims[0]).to.equal(undefined);
      expect(find(r, 'sender.authentication')).to.include({ status: 'pass' });
      expect(find(r, 'sender.authentication')!.message.params).to.include({ dkim: 'pass', dkimDomain: 'amazon.co.jp' });
    }
  });

  it('leaves a brand alone whose own DKIM pass comes after a failing one, even where the MX checks no DMARC', () => {
    const r = analyze(
      postfix({
        from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>',
        auth: 'spf=fail smtp.mailfrom=amazon.co.jp;\r\n\tdkim=fail header.d=esp-mailer.example;\r\n\tdkim=pass header.d=amazon.co.jp',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
  });

  it('still fails a brand’s domain whose only DKIM pass is for the phisher’s own domain, with aligned SPF failing', () => {
    const r = analyze(
      postfix({
        from: '"Amazon.co.jp" <account-update@amazon.co.jp>',
        auth: 'spf=fail smtp.mailfrom=amazon.co.jp;\r\n\tdkim=pass header.d=cheap-hosting.example',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.include({ status: 'fail' });
  });

  it('still fails a brand’s domain on DMARC fail when a signature passed only for a foreign domain', () => {
    const r = analyze(
      postfix({
        from: '"Amazon.co.jp" <account-update@amazon.co.jp>',
        auth: 'spf=pass smtp.mailfrom=cheap-hosting.example;\r\n\tdkim=pass header.d=cheap-hosting.example;\r\n\tdmarc=fail (p=QUARANTINE) header.from=amazon.co.jp',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.include({ status: 'fail' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('says nothing of a DMARC fail for a domain that is neither a brand’s nor the reader’s', () => {
    const r = analyze(
      postfix({
        from: 'Taro <taro@small-shop.example>',
        auth: 'spf=fail smtp.mailfrom=small-shop.example; dkim=none; dmarc=fail header.from=small-shop.example',
      }),
    );
    expect(find(r, 'sender.spoofed-domain')).to.equal(undefined);
    expect(find(r, 'sender.authentication')).to.include({ status: 'warn' });
  });
});

describe('sender.display-name-address', () => {
  it('warns when the display name shows another domain’s address than the real sender', () => {
    const r = analyze(postfix({ from: '"support@amazon.co.jp" <x9@mail-relay.example>' }));
    const f = find(r, 'sender.display-name-address');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.params).to.include({ shown: 'amazon.co.jp', domain: 'mail-relay.example' });
  });

  it('warns when the display name is a bare domain (`eki-net.com <…@ffesnkb.cn>`)', () => {
    const r = analyze(postfix({ from: 'eki-net.com <info@ffesnkb.cn>' }));
    expect(find(r, 'sender.display-name-address')!.message.params).to.include({ shown: 'eki-net.com' });
  });

  it('warns when the address’s own first half spells a domain (`support-amazon.jp@…`, `…rakuten.co.jp@…`)', () => {
    for (const [from, shown] of [
      ['"Amazon" <support-amazon.jp@ndihfok.cn>', 'support-amazon.jp'],
      ['"楽天会員ニュース" <info-emagazine-rakuten.co.jp@518blp.cn>', 'info-emagazine-rakuten.co.jp'],
      ['<service.smbc-card.com@kobekin.example>', 'smbc-card.com'],
      ['"Netflix" <Support-Netflix.de@de.ipshu.example>', 'support-netflix.de'],
    ] as const) {
      const f = find(analyze(postfix({ from })), 'sender.display-name-address');
      expect(f?.message.key, from).to.equal('sender.display-name-address.local-part');
      expect(f!.message.params, from).to.include({ shown });
      expect(translate('ja', f!.message.key, f!.message.params)).to.include(shown);
    }
  });

  it('reads dotted personal names whose surname is also a top-level domain as names, not domains', () => {
    for (const from of [
      '"Ryan Black" <ryan.black@partner.co.jp>',
      '"Lee Kim" <lee.kim@partner.co.jp>',
      '"Chen Li" <chen.li@partner.co.jp>',
      '"Anna" <anna.de@partner.co.jp>',
      '"Taro" <taro.yamada@partner.co.jp>',
      '"Shop" <shop.partner.co.jp@partner.co.jp>',
    ]) {
      expect(find(analyze(postfix({ from })), 'sender.display-name-address'), from).to.equal(undefined);
    }
  });

  it('says nothing when people put their own address, or a host of their own domain, in their name', () => {
    for (const from of [
      '"taro@partner.co.jp" <taro@partner.co.jp>',
      '"Yamada (mail.partner.co.jp)" <yamada@partner.co.jp>',
      '"Dr. J. Smith" <j.smith@partner.co.jp>',
    ]) {
      expect(find(analyze(postfix({ from })), 'sender.display-name-address'), from).to.equal(undefined);
    }
  });
});

// Regression (was a bug): display-name-address judges the list's rewritten From, not the author: its own doc comment names the "X via
// List" forwarder as the trap, but it does not use authorAddress() as brand-mismatch does. Real: corpus
// usrp_users/02493, `"David Taylor \(manx.net\) via USRP-users" <usrp-users@lists.ettus.com>`, Reply-To
// drtaylor@manx.net — warned "the name shows manx.net, sent from lists.ettus.com".
describe('sender.display-name-address on mailing-list mail', () => {
  it('says nothing when a list rewrote From and the domain in the name is the author’s own (corpus usrp_users/02493)', async () => {
    const r = analyze(await parseMessage(fixture('chk-list-name-domain.usrp-02493.eml')));
    expect(find(r, 'sender.display-name-address')).to.equal(undefined);
  });
});

describe('sender.reply-to', () => {
  it('warns that replies go to a free mailbox, in the free-mail wording', () => {
    const r = analyze(
      postfix({ from: '"Yamada Taro" <yamada@partner.co.jp>', headers: ['Reply-To: yamada.taro.1975@gmail.com'] }),
    );
    const f = find(r, 'sender.reply-to');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('sender.reply-to.free-mail');
    expect(f!.message.params).to.include({ reply: 'yamada.taro.1975@gmail.com', domain: 'partner.co.jp' });
    expect(f!.evidence[0]).to.include({ header: 'Reply-To', author: 'sender' });
  });

  it('warns that replies go to another organisation when the sender is not authenticated', () => {
    const r = analyze(
      postfix({ from: '"Accounts" <ap@partner.co.jp>', headers: ['Reply-To: <ap@partner-billing.example>'] }),
    );
    expect(find(r, 'sender.reply-to')).to.include({ status: 'warn' });
    expect(find(r, 'sender.reply-to')!.message.key).to.equal('sender.reply-to');
  });

  it('skips mailing-list mail (List-Id), where Reply-To is the list or the author', () => {
    const r = analyze(
      postfix({
        from: '"Yamada Taro" <yamada@partner.co.jp>',
        headers: ['Reply-To: users@lists.project.example', 'List-Id: <users.lists.project.example>'],
      }),
    );
    expect(find(r, 'sender.reply-to')).to.equal(undefined);
  });

  it('skips a DMARC-authenticated sender answering from another of its own domains', () => {
    const r = analyze(
      postfix({
        from: '"Shop News" <news@mail.shop.example>',
        auth: 'spf=pass smtp.mailfrom=mail.shop.example; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example',
        headers: ['Reply-To: <support@shop-help.example>'],
      }),
    );
    expect(find(r, 'sender.reply-to')).to.equal(undefined);
  });

  it("skips replies into the reader's own organisation: a colleague's form sent through a forms service", () => {
    const r = analyze(
      postfix({
        from: '"Sato Hanako (via Google Forms)" <forms-receipts-noreply@google.com>',
        headers: ['Reply-To: Sato Hanako <sato@example.co.jp>'],
      }),
    );
    expect(find(r, 'sender.reply-to')).to.equal(undefined);
  });

  it('still warns replies into the reader’s own domain when that domain is a free mailbox anyone can open', () => {
    const lines = postfix({ from: '"Support" <help@partner.co.jp>', headers: ['Reply-To: <helpdesk.team@gmail.com>'] });
    const r = analyze({ ...lines, headers: lines.headers.replaceAll('info@example.co.jp', 'reader@gmail.com') });
    expect(find(r, 'sender.reply-to')!.message.key).to.equal('sender.reply-to.free-mail');
  });

  it('still warns a DMARC-authenticated sender whose replies go to free mail', () => {
    const r = analyze(
      postfix({
        from: '"Shop News" <news@mail.shop.example>',
        auth: 'spf=pass smtp.mailfrom=mail.shop.example; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example',
        headers: ['Reply-To: <shop.refunds@outlook.jp>'],
      }),
    );
    expect(find(r, 'sender.reply-to')!.message.key).to.equal('sender.reply-to.free-mail');
  });
});

describe('sender.return-path and sender.message-id', () => {
  it('shows a Return-Path on the sender’s domain as info that proves nothing', () => {
    const r = analyze(postfix({ from: 'Taro <taro@partner.co.jp>', headers: ['Return-Path: <taro@partner.co.jp>'] }));
    const f = find(r, 'sender.return-path');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('sender.return-path.same');
  });

  it('shows an ESP’s bounce Return-Path as info too: mailing services use their own', () => {
    const r = analyze(
      postfix({
        from: 'Shop <news@shop.example>',
        headers: ['Return-Path: <bounces+1234-abcd-info=example.co.jp@em123.sendgrid.net>'],
      }),
    );
    const f = find(r, 'sender.return-path');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('sender.return-path.other');
    expect(f!.message.params).to.deep.equal({ address: 'bounces+1234-abcd-info=example.co.jp@em123.sendgrid.net' });
  });

  it('shows the Message-ID’s domain as info (same as From, or another)', () => {
    const same = find(analyze(postfix({ from: 'Mailer <postmaster@sender-isp.example>' })), 'sender.message-id');
    expect(same).to.include({ status: 'info' });
    expect(same!.message.key).to.equal('sender.message-id.same');
    const other = find(analyze(postfix({ from: 'Taro <taro@partner.co.jp>' })), 'sender.message-id');
    expect(other!.message.key).to.equal('sender.message-id.other');
    expect(other!.message.params).to.include({ domain: 'mail.sender-isp.example' });
  });

  it('warns on a malformed Message-ID, the mark of a hand-made mailer', () => {
    for (const bad of ['<20211219.7C1A2C01D3@mail.sender-isp.example', '1639914469.123456', '<a b@c.example>']) {
      const input = postfix({ from: 'Taro <taro@partner.co.jp>' });
      input.headers = input.headers.replace(/^Message-ID: .*$/m, `Message-ID: ${bad}`);
      const f = find(analyze(input), 'sender.message-id');
      expect(f, bad).to.include({ status: 'warn' });
      expect(f!.message.key).to.equal('sender.message-id.malformed');
      expect(f!.evidence[0]).to.include({ header: 'Message-ID', author: 'sender' });
    }
  });

  it('notes a missing Message-ID as info only: the first server often adds one', () => {
    const input = postfix({ from: 'Taro <taro@partner.co.jp>' });
    input.headers = input.headers.replace(/^Message-ID: .*\r\n/m, '');
    const f = find(analyze(input), 'sender.message-id');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('sender.message-id.missing');
  });
});

describe('sender.authentication', () => {
  it('passes an aligned DMARC pass, naming the domains SPF and DKIM passed for', () => {
    const f = find(
      analyze(postfix({ from: '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>', auth: DMARC_PASS_AMAZON })),
      'sender.authentication',
    );
    expect(f).to.include({ status: 'pass' });
    expect(f!.message.params).to.include({
      dmarc: 'pass',
      spfDomain: 'bounces.amazon.co.jp',
      dkimDomain: 'amazon.co.jp',
      domain: 'amazon.co.jp',
    });
    expect(f!.evidence.every((e) => e.header === 'Authentication-Results' && e.author === 'recipient-system')).to.equal(
      true,
    );
  });

  it('warns when the reader’s MX failed DMARC for the sender’s own domain', () => {
    const f = find(
      analyze(
        postfix({
          from: 'Taro <taro@partner.co.jp>',
          auth: 'spf=softfail smtp.mailfrom=partner.co.jp; dkim=fail header.d=partner.co.jp; dmarc=fail header.from=partner.co.jp',
        }),
      ),
      'sender.authentication',
    );
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('sender.authentication.fail');
  });

  it('says SPF passing for a foreign domain proves nothing about the brand claimed, naming both', () => {
    const r = analyze(
      postfix({
        from: '"三井住友カード株式会社" <info@mail.hacked-shop.example>',
        auth: 'spf=pass smtp.mailfrom=info@mail.hacked-shop.example;\r\n\tdkim=none;\r\n\tdmarc=none header.from=hacked-shop.example',
      }),
    );
    const f = find(r, 'sender.authentication');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('sender.authentication.not-brand');
    expect(f!.message.params).to.include({
      spf: 'pass',
      spfDomain: 'mail.hacked-shop.example',
      domain: 'mail.hacked-shop.example',
      brand: '三井住友カード',
    });
    expect(say(f)).to.include('mail.hacked-shop.example').and.include('三井住友カード');
  });

  it('does not let a phisher’s DMARC pass for its own domain clear the brand it claims', () => {
    const r = analyze(
      postfix({
        from: '"三井住友カード株式会社" <info@mail.hacked-shop.example>',
        auth: 'spf=pass smtp.mailfrom=info@mail.hacked-shop.example;\r\n\tdkim=pass header.d=hacked-shop.example;\r\n\tdmarc=pass header.from=hacked-shop.example',
      }),
    );
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
    expect(find(r, 'sender.authentication')!.message.params).to.include({ domain: 'mail.hacked-shop.example' });
  });

  it('says no trusted results were left when the MX wrote none', () => {
    const f = find(analyze(postfix({ from: 'Taro <taro@partner.co.jp>' })), 'sender.authentication');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('sender.authentication.none');
  });

  it('says nothing about authentication for a message with no Received lines at all (a draft or sent item)', () => {
    const r = analyze({
      headers: 'From: Taro <taro@partner.co.jp>\r\nTo: info@example.co.jp\r\nSubject: draft\r\n',
      text: 'hi',
    });
    expect(find(r, 'sender.authentication')).to.equal(undefined);
  });
});

describe('sender.lookalike-domain', () => {
  it('fails digit-swapped brand domains (`amaz0n-jp.com`, `amaz0n.co.jp`)', () => {
    const f = find(analyze(postfix({ from: '"Amazon" <no-reply@amaz0n-jp.com>' })), 'sender.lookalike-domain');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ domain: 'amaz0n-jp.com', target: 'amazon.co.jp' });
    const g = find(analyze(postfix({ from: '"Amazon" <no-reply@amaz0n.co.jp>' })), 'sender.lookalike-domain');
    expect(g).to.include({ status: 'fail' });
    expect(g!.message.params.technique).to.deep.equal({ key: 'sender.lookalike.digit-swap' });
  });

  it('only warns on a one-letter typo of a brand domain, which may be a coincidence', () => {
    const f = find(analyze(postfix({ from: 'Shop <info@amazom.co.jp>' })), 'sender.lookalike-domain');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.params.technique).to.deep.equal({ key: 'sender.lookalike.typo' });
  });

  it('fails an imitation of the reader’s own domain (`examp1e.co.jp` to info@example.co.jp)', () => {
    const f = find(analyze(postfix({ from: '"経理部" <keiri@examp1e.co.jp>' })), 'sender.lookalike-domain');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ target: 'example.co.jp' });
  });

  it('fails a brand name with extra words (`kagoya-support.net`)', () => {
    const f = find(analyze(postfix({ from: 'Support <support@kagoya-support.net>' })), 'sender.lookalike-domain');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ domain: 'kagoya-support.net' });
    expect(say(f)).to.include('kagoya');
  });

  it('finds nothing in an unrelated domain, nor in the brand’s own', () => {
    for (const from of [
      'Taro <taro@santamariasold.com>',
      'Taro <taro@partner.co.jp>',
      '"Amazon.co.jp" <ship@amazon.co.jp>',
    ]) {
      expect(find(analyze(postfix({ from })), 'sender.lookalike-domain'), from).to.equal(undefined);
    }
  });
});

describe('sender.brand-mismatch: free mailboxes and our own systems', () => {
  const unverified = [
    {
      id: 'traffic-office',
      names: ['Traffic Fines Office'],
      domains: ['traffic.example'],
      source: 'test',
      confidence: 'unverified' as const,
    },
  ];

  it('fails an unverified brand claimed from a free mailbox: its list may lack a domain, never gmail.com', () => {
    const r = analyze(postfix({ from: '"Traffic Fines Office" <fines.notice.2025@gmail.com>' }), {
      extraBrands: unverified,
    });
    const f = find(r, 'sender.brand-mismatch');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.key).to.equal('sender.brand-mismatch.free-mail');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('free mailbox at gmail.com');
  });

  it('only warns the same unverified brand from an organisation’s domain its list may lack', () => {
    const r = analyze(postfix({ from: '"Traffic Fines Office" <notice@traffic-fines.example>' }), {
      extraBrands: unverified,
    });
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'warn' });
  });

  /** A message that never left the organisation: Exchange's own quota notice, every Received line internal (MAPI). */
  function internal(from: string): MessageInput {
    const lines = [
      'Received: from TYWPR01MB10982.jpnprd01.prod.outlook.com (2603:1096:400:3a2::11) by',
      ' TYWPR01MB10982.jpnprd01.prod.outlook.com (2603:1096:400:3a2::11) with mapi id',
      ' 15.20.4801.14; Sun, 19 Dec 2021 11:47:56 +0000',
      `From: ${from}`,
      'To: <info@example.co.jp>',
      'Subject: Your mailbox is almost full.',
      'Date: Sun, 19 Dec 2021 11:47:56 +0000',
      'Message-ID: <a1b2c3@TYWPR01MB10982.jpnprd01.prod.outlook.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset="utf-8"',
    ];
    return { headers: lines.join('\r\n') + '\r\n', html: '<p>Your mailbox is almost full.</p>' };
  }
  const exchange = '"Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.co.jp>';

  it("reads a product's name on a message from our own domain that never came from outside as our own system", () => {
    const r = analyze(internal(exchange));
    const f = find(r, 'sender.brand-mismatch');
    expect(f).to.include({ status: 'info' });
    expect(f!.message.key).to.equal('sender.brand-mismatch.internal');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails the same name on our own domain when the message came in from outside (a spoof of our domain)', () => {
    const r = analyze(postfix({ from: exchange }));
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
  });

  /** Our Microsoft 365 tenant's quota notice from its onmicrosoft.com name; `authAs` is what our tenant stamped. */
  const tenantNotice = (authAs: string) => {
    const input = m365({
      from: '"Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@examplecojp.onmicrosoft.com>',
      auth: 'spf=pass (sender IP is 40.107.148.227) smtp.mailfrom=examplecojp.onmicrosoft.com; dkim=pass (signature was verified) header.d=examplecojp.onmicrosoft.com;dmarc=pass action=none header.from=examplecojp.onmicrosoft.com;compauth=pass reason=100',
    });
    return { ...input, headers: input.headers!.replace('AuthAs: Anonymous', `AuthAs: ${authAs}`) };
  };

  it('reads "Microsoft Outlook" at the tenant\'s onmicrosoft.com name as our own system when our tenant says Internal', () => {
    const r = analyze(tenantNotice('Internal'));
    expect(find(r, 'sender.brand-mismatch')?.message.key).to.equal('sender.brand-mismatch.internal');
    expect(find(r, 'sender.hosting-platform')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("fails the same notice from someone else's tenant (Exchange stamped it Anonymous)", () => {
    const r = analyze(tenantNotice('Anonymous'));
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
    expect(find(r, 'sender.hosting-platform')).to.include({ status: 'warn' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  /**
   * Our tenant's quota notice from MicrosoftExchange…@our-domain, handed by one of its mailbox servers to its own front
   * end (set43 g-en-01's shape): `authAs` are the tenant's stamps, top first; `peer` the entry hop's sender.
   */
  const frontEndNotice = (
    authAs: string[],
    peer = 'PH7PR11MB6532.namprd11.prod.outlook.com (2603:10b6:510:1a8::9)',
    from = exchange,
  ) => {
    const lines = [
      'Received: from BN93PR19MB4720.namprd11.prod.outlook.com (::1) by OS07PR20MB7850.deuprd01.prod.outlook.com',
      ' with HTTPS; Tue, 03 Feb 2026 04:12:58 +0000',
      'Received: from DB89PR09MB4254.namprd11.prod.outlook.com (2603:10b6:3c1::d36) by',
      ' BN93PR19MB4720.namprd11.prod.outlook.com (2603:10b6:c2c::3b05) with Microsoft SMTP Server (version=TLS1_2,',
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8370.27; Tue, 03 Feb 2026 04:12:58 +0000',
      `Received: from ${peer} by`,
      ' DU2PEPF00028D0F.mail.protection.outlook.com (10.167.40.147) with Microsoft SMTP Server (version=TLS1_3,',
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.9397.26 via Frontend Transport; Tue, 03 Feb 2026 04:12:56 +0000',
      'Authentication-Results: spf=none (sender IP is 2603:10b6:510:1a8::9) smtp.mailfrom=example.co.jp; dkim=none',
      ' header.d=none;dmarc=none action=none header.from=example.co.jp;compauth=none reason=405',
      `From: ${from}`,
      'To: <info@example.co.jp>',
      'Subject: Your mailbox is almost full.',
      'Date: Tue, 03 Feb 2026 04:12:55 +0000',
      'Message-ID: <663eb1083d414ddc53c117be@example.co.jp>',
      ...authAs.map((a) => `X-MS-Exchange-Organization-AuthAs: ${a}`),
      'X-MS-Exchange-Organization-SCL: 1',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset="utf-8"',
    ];
    return {
      headers: lines.join('\r\n') + '\r\n',
      html: '<p>Your mailbox is almost full. Contact your administrator.</p>',
    };
  };

  it("reads our tenant's notice our own mailbox server handed to our front end as our own system (Internal, then Anonymous)", () => {
    const r = analyze(frontEndNotice(['Internal', 'Anonymous']));
    expect(find(r, 'sender.brand-mismatch')?.message.key).to.equal('sender.brand-mismatch.internal');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails the same notice stamped Anonymous only: a spoof of our domain from another tenant on Microsoft’s servers', () => {
    const r = analyze(frontEndNotice(['Anonymous']));
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
  });

  it('fails it when the peer our front end wrote down is no Exchange Online server, whatever the stamps say', () => {
    const r = analyze(
      frontEndNotice(['Internal', 'Anonymous'], 'PH7PR11MB6532.namprd11.prod.outlook.com (198.51.100.45)'),
    );
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
    const other = analyze(
      frontEndNotice(['Internal', 'Anonymous'], 'vps-4f21.cheap-hosting.example (2603:10b6:510:1a8::9)'),
    );
    expect(find(other, 'sender.brand-mismatch')).to.include({ status: 'fail' });
  });

  it('fails it from a domain that is not ours', () => {
    const from = '"Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example-co.jp>';
    const r = analyze(frontEndNotice(['Internal', 'Anonymous'], undefined, from));
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
  });
});

describe('a domain spelled to pass for the organisation the mail signs with (sender.lookalike-domain)', () => {
  const vendor = (from: string, body: string, subject = 'RE: updated remittance details') =>
    analyze(
      postfix({
        from,
        subject,
        auth: `spf=pass smtp.mailfrom=${from.replace(/.*@|>.*/g, '')}; dkim=pass header.d=${from.replace(/.*@|>.*/g, '')}; dmarc=pass header.from=${from.replace(/.*@|>.*/g, '')}`,
        html: `<p>${body}</p>`,
      }),
    );

  it('fails acrnefasteners.com (rn for m) signing "Acme Fasteners Inc.", and names the organisation', () => {
    const r = vendor(
      'Susan Delgado <s.delgado@acrnefasteners.com>',
      'We have changed our banking provider; outstanding invoices go to the new account.<br>Susan Delgado<br>Accounts Receivable | Acme Fasteners Inc.',
    );
    const f = find(r, 'sender.lookalike-domain');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.equal({ domain: 'acrnefasteners.com', name: 'Acme Fasteners' });
    expect(f?.evidence.map((e) => e.highlight)).to.include('Acme Fasteners');
    expect(say(f)).to.include('Acme Fasteners').and.include('acrnefasteners.com');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('Acme Fasteners');
    expect(r.verdict).to.not.equal('no-red-flags');
    expect(r.story.map((s) => s.key)).to.include('story.lookalike.signed-name');
  });

  it('reads digits for letters too (n0rthwind-supply.com signing "Northwind Supply")', () => {
    const r = vendor('Accounts <ar@n0rthwind-supply.com>', 'Kind regards,<br>Northwind Supply Ltd');
    expect(find(r, 'sender.lookalike-domain')?.message.params).to.deep.equal({
      domain: 'n0rthwind-supply.com',
      name: 'Northwind Supply',
    });
  });

  it('reads the signature whatever else the text holds (a ™, an ellipsis, a full-width name)', () => {
    const r = vendor(
      'Susan Delgado <s.delgado@acrnefasteners.com>',
      'New bank details attached… please update before Friday.<br>Acme Fasteners™ Inc.',
    );
    expect(find(r, 'sender.lookalike-domain')?.message.params).to.deep.equal({
      domain: 'acrnefasteners.com',
      name: 'Acme Fasteners',
    });
    const wide = vendor('Accounts <ar@n0rthwind-supply.com>', 'Kind regards…<br>Ｎｏｒｔｈｗｉｎｄ Ｓｕｐｐｌｙ Ltd');
    expect(find(wide, 'sender.lookalike-domain')?.message.params).to.deep.equal({
      domain: 'n0rthwind-supply.com',
      name: 'Ｎｏｒｔｈｗｉｎｄ Ｓｕｐｐｌｙ',
    });
  });

  it('twin: a company whose name has "rn" as spelled (Modern Tools at modern-tools.com) is its own namesake', () => {
    const r = vendor('Modern Tools <sales@modern-tools.com>', 'Your quote is attached.<br>Modern Tools GmbH');
    expect(find(r, 'sender.lookalike-domain')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: the reading inside another word ("tacmefasteners") or a short name ("Cam" at carn.io) is chance', () => {
    expect(vendor('A <a@acrnefasteners.com>', 'see tacmefasteners notes').findings.map((f) => f.id)).to.not.include(
      'sender.lookalike-domain',
    );
    expect(find(vendor('Cam <cam@carn.io>', 'Cheers, Cam'), 'sender.lookalike-domain')).to.equal(undefined);
  });
});

describe("a domain one letter off a correspondent's, in the thread it answers (sender.lookalike-domain)", () => {
  const report = async (name: string) => analyze(await parseMessage(fixture(name)));

  it('fails a thread hijack (harborvewtitle.com answering a thread with harborviewtitle.com) and shows both', async () => {
    const r = await report('lookalike-thread-hijack.synthetic.eml');
    const f = find(r, 'sender.lookalike-domain');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.include({ domain: 'harborvewtitle.com', target: 'harborviewtitle.com' });
    expect(f?.evidence.map((e) => e.highlight)).to.deep.equal(['harborvewtitle.com', 'mlopez@harborviewtitle.com']);
    expect(say(f)).to.include('harborviewtitle.com');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('twin: a real thread between Bluepeak Foods and Bluepeak Farms, a colleague and another suffix in Cc', async () => {
    const r = await report('lookalike-twin-sibling-companies.synthetic.eml');
    expect(find(r, 'sender.lookalike-domain')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  const partner = (from: string, cc: string[], body = 'Please see the attached statement.') =>
    analyze(
      postfix({
        from,
        subject: 'RE: statement',
        headers: cc.length ? [`Cc: ${cc.join(', ')}`] : [],
        auth: `spf=pass smtp.mailfrom=${from.replace(/.*@|>.*/g, '')}; dmarc=pass header.from=${from.replace(/.*@|>.*/g, '')}`,
        html: `<p>${body}</p>`,
      }),
    );

  it('reads the Cc line too, and shows it as evidence', () => {
    const f = find(
      partner('Jo <jo@kestrel-acounting.co.uk>', ['Jo <jo@kestrel-accounting.co.uk>']),
      'sender.lookalike-domain',
    );
    expect(f?.status).to.equal('fail');
    expect(f?.evidence.map((e) => e.header)).to.deep.equal(['From', 'Cc']);
  });

  it('twin: a long To/Cc is a mailing, whose addresses sit one letter apart by chance', () => {
    const cc = ['a@netlogix.net', 'b@netlords.com', 'c@netlynx.com', 'd@netmax.org', 'e@netnova.com', 'f@netpark.com'];
    expect(find(partner('Erl <erl@netlnx.com>', cc), 'sender.lookalike-domain')).to.equal(undefined);
  });

  it("twin: a list's rewritten From speaks for the list, not for a member it quotes", () => {
    const r = partner('"Ana Ruiz via Kilnworks" <kilnworks@kilnworkz.org>', [], 'From: ana@kilnworks.org wrote:');
    expect(find(r, 'sender.lookalike-domain')).to.equal(undefined);
  });
});

describe('i read as l, and three-letter brands (sender.lookalike-domain)', () => {
  const dmarcPass = (from: string) => {
    const d = from.replace(/.*@|>.*/g, '');
    return `spf=pass smtp.mailfrom=${d}; dkim=pass header.d=${d}; dmarc=pass header.from=${d}`;
  };
  const mail = (from: string, html: string, subject = 'Change of bank details') =>
    analyze(postfix({ from, subject, auth: dmarcPass(from), html }));

  it('fails thornburysteeI.co.uk (capital I for l) signing "Thornbury Steel Ltd"', () => {
    const r = mail('Sarah <s.middleton@thornburysteeI.co.uk>', '<p>Kind regards,<br>Thornbury Steel Ltd</p>');
    expect(find(r, 'sender.lookalike-domain')?.message.params).to.deep.equal({
      domain: 'thornburysteei.co.uk',
      name: 'Thornbury Steel',
    });
  });

  it('twin: Thornbury Steel from its own thornburysteel.co.uk', () => {
    const r = mail('Sarah <s.middleton@thornburysteel.co.uk>', '<p>Kind regards,<br>Thornbury Steel Ltd</p>');
    expect(find(r, 'sender.lookalike-domain')).to.equal(undefined);
  });

  it('fails "ADP Benefits" from adp-benefitsportal.com as a look-alike and a brand claim', () => {
    const r = mail(
      'ADP Benefits <no-reply@adp-benefitsportal.com>',
      '<p>Review your benefit elections.</p>',
      'Open Enrollment',
    );
    expect(find(r, 'sender.lookalike-domain')).to.include({ status: 'fail' });
    expect(find(r, 'sender.lookalike-domain')?.message.params).to.include({ target: 'adp.com' });
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
  });

  it("twin: ADP's own notice from adp.com, authenticated", () => {
    const r = mail('ADP <SecurityServices_NoReply@adp.com>', '<p>Your pay statement is ready.</p>', 'Pay statement');
    expect(find(r, 'sender.lookalike-domain')).to.equal(undefined);
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'pass' });
  });
});
