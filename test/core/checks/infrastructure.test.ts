/**
 * Throwaway infrastructure (src/core/checks/infrastructure.ts) through analyze() on whole messages. Every message
 * here is synthetic, real-shaped after the KAGOYA fixture: `mx.example.co.jp` is the reader's MX (Postfix), the
 * reader is info@example.co.jp, the sender's server 52.140.217.90.
 */
import { createRequire } from 'node:module';
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { AnalyzeOptions, Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { THROWAWAY_HOSTS, VENDOR_SOURCED } from '../../../src/core/checks/link-services';
import { throwawayEntry } from '../../../src/core/checks/link-services';
import { translate } from '../../../src/i18n';
import { fixture } from '../../helpers';

interface Mail {
  from: string;
  /** Extra sender headers (Return-Path, DKIM-Signature, Message-ID …), written below the Received line. */
  headers?: string[];
  /** What the reader's MX wrote after `mx.example.co.jp;`; omitted: no Authentication-Results. */
  auth?: string;
  html?: string;
  /** false: no Received line at all (a pasted header block of internal mail). */
  received?: boolean;
}

function mail(m: Mail): MessageInput {
  const headers = m.headers ?? [];
  const lines = [
    ...(m.received === false
      ? []
      : [
          'Received: from mail.sender.example (mail.sender.example [52.140.217.90])',
          '\tby mx.example.co.jp (Postfix) with ESMTPS id 4JHF2x0Qbcz9sQ',
          '\tfor <info@example.co.jp>; Sun, 19 Dec 2021 20:47:55 +0900 (JST)',
        ]),
    ...(m.auth === undefined ? [] : [`Authentication-Results: mx.example.co.jp;\r\n\t${m.auth}`]),
    ...headers,
    ...(headers.some((h) => /^message-id:/i.test(h)) ? [] : ['Message-ID: <20211219204750.7C1A2C01D3@sender.example>']),
    'Date: Sun, 19 Dec 2021 20:47:49 +0900',
    `From: ${m.from}`,
    'To: info@example.co.jp',
    'Subject: Hello',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return { headers: lines.join('\r\n') + '\r\n', html: `<html><body>${m.html ?? '<p>Hello.</p>'}</body></html>` };
}

const dmarcPass = (domain: string): string =>
  `spf=pass smtp.mailfrom=${domain};\r\n\tdkim=pass header.d=${domain};\r\n\tdmarc=pass header.from=${domain}`;

const a = (href: string, text = 'here'): string => `<p><a href="${href}">${text}</a></p>`;

function find(r: Report, id: string): Finding | undefined {
  return r.findings.find((f) => f.id === id);
}

const INFRASTRUCTURE_IDS = [
  'sender.no-registrable-domain',
  'sender.hosting-platform',
  'sender.machine-local-part',
  'sender.incoherent-identity',
  'links.throwaway-host',
];

function infrastructureFindings(r: Report): string[] {
  return r.findings.filter((f) => INFRASTRUCTURE_IDS.includes(f.id)).map((f) => `${f.id}:${f.status}`);
}

describe('sender.no-registrable-domain', () => {
  it('fails mail from outside whose From domain nobody can register (aviso@receita)', () => {
    const r = analyze(mail({ from: 'Receita Federal <aviso@receita>' }));
    const f = find(r, 'sender.no-registrable-domain');
    expect(f).to.include({ status: 'fail', section: 'sender' });
    expect(f!.message.params).to.deep.equal({ domain: 'receita' });
    expect(f!.evidence[0]).to.include({ header: 'From', highlight: 'receita', author: 'sender' });
    expect(translate('en', f!.message.key, f!.message.params)).to.include('"receita"');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('receita');
  });

  it('fails a hyphenated single label and an internal-looking suffix alike when the mail came from outside', () => {
    for (const from of ['promo@loyalty-club', 'aviso@gov.local']) {
      expect(find(analyze(mail({ from })), 'sender.no-registrable-domain')?.status, from).to.equal('fail');
    }
  });

  it('only warns when the message never entered from outside (an internal server’s own mail)', () => {
    const r = analyze(mail({ from: 'root@backup01', received: false }));
    expect(find(r, 'sender.no-registrable-domain')?.status).to.equal('warn');
  });

  it('says nothing of a registrable domain, Japanese IDNs and documentation names included', () => {
    for (const from of ['a@example.co.jp', 'a@日本語.jp', 'a@sender.example']) {
      expect(find(analyze(mail({ from })), 'sender.no-registrable-domain'), from).to.equal(undefined);
    }
  });
});

describe('sender.hosting-platform', () => {
  it('warns of a sender on an app-hosting platform’s free subdomain, naming the platform', () => {
    for (const [from, platform] of [
      ['support@secure-login-7f3.web.app', 'web.app'],
      ['no-reply@acct-verify.firebaseapp.com', 'firebaseapp.com'],
      ['it@helpdesk.pages.dev', 'pages.dev'],
      ['admin@mailbox-upgrade.onmicrosoft.com', 'onmicrosoft.com'],
    ] as const) {
      const f = find(analyze(mail({ from })), 'sender.hosting-platform');
      expect(f?.status, from).to.equal('warn');
      expect(f!.message.params).to.deep.include({ platform });
    }
  });

  it('is not raised for Microsoft 365 system mail from the reader’s own tenant (config ownDomains)', () => {
    const options: AnalyzeOptions = { ownDomains: ['example.co.jp', 'contoso.onmicrosoft.com'] };
    const from = 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com';
    const own = analyze(mail({ from, auth: dmarcPass('contoso.onmicrosoft.com') }), options);
    expect(infrastructureFindings(own)).to.deep.equal([]);
    expect(own.verdict).to.equal('no-red-flags');
    // Another tenant's default domain is still a stranger's.
    const other = analyze(mail({ from: 'admin@contoso-it.onmicrosoft.com' }), options);
    expect(find(other, 'sender.hosting-platform')?.status).to.equal('warn');
  });

  it('says nothing of a company’s own domain or of a platform’s own corporate domain', () => {
    for (const from of ['notifications@github.com', 'firebase-noreply@google.com', 'a@web-app.co.jp']) {
      expect(find(analyze(mail({ from })), 'sender.hosting-platform'), from).to.equal(undefined);
    }
  });
});

describe('sender.machine-local-part', () => {
  it('warns of machine-made mailbox names in From', () => {
    for (const from of ['xQtrVbnP@mail-service.example', 'maria_Lee_40213@gmail.com', 'qzvtrkplx@post.example']) {
      const f = find(analyze(mail({ from })), 'sender.machine-local-part');
      expect(f?.status, from).to.equal('warn');
    }
  });

  it('leaves people’s and systems’ ordinary names alone', () => {
    for (const from of [
      'taro.yamada@example.co.jp',
      'JohnSmith@partner.example',
      'john.smith1985@gmail.com',
      'john_smith_1985@gmail.com',
      'noreply@github.com',
      'info@shop.example',
      'McDonaldJ@partner.example',
    ]) {
      expect(find(analyze(mail({ from })), 'sender.machine-local-part'), from).to.equal(undefined);
    }
  });

  it('judges only the From address: a random bounce address (Return-Path) is how ESPs work', () => {
    const r = analyze(
      mail({
        from: 'Shop <news@shop.example>',
        headers: ['Return-Path: <0100018c2d3e4f5a-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab-000000@amazonses.com>'],
      }),
    );
    expect(find(r, 'sender.machine-local-part')).to.equal(undefined);
  });
});

describe('sender.incoherent-identity', () => {
  it('warns when From, Message-ID and the links belong to three unrelated organisations', () => {
    const r = analyze(
      mail({
        from: 'Account Service <service@paypal-notice.example>',
        headers: ['Message-ID: <20211219.4f3a@bakery-hacked.example>'],
        html: a('https://login-check.example/a') + a('https://login-check.example/b'),
      }),
    );
    const f = find(r, 'sender.incoherent-identity');
    expect(f?.status).to.equal('warn');
    expect(f!.message.params).to.deep.equal({
      domains: ['paypal-notice.example', 'bakery-hacked.example', 'login-check.example'],
      count: 3,
    });
    expect(f!.evidence.map((e) => e.header ?? 'link')).to.deep.equal(['From', 'Message-ID', 'link']);
  });

  it('does not count what a mailing list rewrites (Return-Path, its own DKIM signature)', () => {
    const r = analyze(
      mail({
        from: 'Jane Doe <jane@university.example>',
        headers: [
          'Return-Path: <dev-list-bounces@lists.project.example>',
          'DKIM-Signature: v=1; a=rsa-sha256; d=lists.project.example; s=k1; h=From:To; bh=x; b=y',
          'Message-ID: <CAF1a2b3@mail.gmail.com>',
        ],
        html: a('https://github.com/acme/widget/issues/1') + a('https://github.com/acme/widget/issues/2'),
      }),
    );
    expect(find(r, 'sender.incoherent-identity')).to.equal(undefined);
  });

  const esp: [string, string[], string][] = [
    [
      'SendGrid',
      [
        'Return-Path: <bounces+1234567-abcd-info=example.co.jp@em1234.shop.example>',
        'DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=s1; h=From:To; bh=x; b=y',
        'DKIM-Signature: v=1; a=rsa-sha256; d=sendgrid.net; s=smtpapi; h=From:To; bh=x; b=y',
        'Message-ID: <AbCdEfGhIjKlMnOp@geopod-ismtpd-3-1.sendgrid.net>',
      ],
      'https://u1234567.ct.sendgrid.net/ls/click?upn=abc',
    ],
    [
      'Mailchimp',
      [
        'Return-Path: <bounce-mc.us5_12345678.987654-info=example.co.jp@mail123.atl101.mcdlv.net>',
        'DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=k2; h=From:To; bh=x; b=y',
        'DKIM-Signature: v=1; a=rsa-sha256; d=mcsv.net; s=k3; h=From:To; bh=x; b=y',
        'Message-ID: <0a1b2c3d4e5f.7a8b9c0d1e2f.20211219114750.abc123@mail123.atl101.mcdlv.net>',
      ],
      'https://shop.us5.list-manage.com/track/click?u=abc&id=def',
    ],
    [
      'Amazon SES',
      [
        'Return-Path: <0100018c2d3e4f5a-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab-000000@amazonses.com>',
        'DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=ses1; h=From:To; bh=x; b=y',
        'DKIM-Signature: v=1; a=rsa-sha256; d=amazonses.com; s=ug7n; h=From:To; bh=x; b=y',
        'Message-ID: <0100018c2d3e4f5a-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab-000000@email.amazonses.com>',
      ],
      'https://abcd1234.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example%2Fsale/1/abc',
    ],
  ];
  for (const [service, headers, link] of esp) {
    it(`keeps a newsletter sent through ${service} with aligned DKIM clean: the ESP is nobody's identity`, () => {
      const r = analyze(
        mail({
          from: 'Shop News <news@shop.example>',
          auth: dmarcPass('shop.example'),
          headers,
          html: a(link, 'Sale') + a(link + '&n=2', 'More') + a('https://shop.example/', 'Shop'),
        }),
      );
      expect(infrastructureFindings(r)).to.deep.equal([]);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }

  it('counts one brand’s several domains as one organisation', () => {
    const r = analyze(
      mail({
        from: 'Amazon.co.jp <order-update@amazon.co.jp>',
        headers: ['Message-ID: <abc@amazon.com>'],
        html: a('https://www.amazon.co.jp/a') + a('https://www.amazon.co.jp/b'),
      }),
    );
    expect(find(r, 'sender.incoherent-identity')).to.equal(undefined);
  });
});

describe('links.throwaway-host', () => {
  it('warns of links to object storage, free site builders, forms and IPFS gateways', () => {
    for (const [href, service] of [
      ['https://pub-1a2b3c4d5e6f.r2.dev/login.html', 'r2.dev'],
      ['https://storage.googleapis.com/bkt-7f3a/index.html', 'storage.googleapis.com'],
      ['https://firebasestorage.googleapis.com/v0/b/app/o/x.html', 'firebasestorage.googleapis.com'],
      ['https://acct0verify.blob.core.windows.net/web/index.html', 'blob.core.windows.net'],
      ['https://bucket-x.s3.amazonaws.com/a.html', 'amazonaws.com (S3)'],
      ['https://s3.us-east-1.amazonaws.com/bucket-x/a.html', 'amazonaws.com (S3)'],
      ['https://gs-shenbao-a27a.oss-cn-hongkong.aliyuncs.com/index.html', 'aliyuncs.com (OSS)'],
      ['https://bkt-1250000000.cos.ap-guangzhou.myqcloud.com/login.html', 'myqcloud.com (COS)'],
      ['https://mailbox-upgrade.wixsite.com/portal', 'wixsite.com'],
      ['https://secure-mail.weebly.com/', 'weebly.com'],
      ['https://helpdesk-portal.notion.site/Login-1a2b', 'notion.site'],
      ['https://sites.google.com/view/mailbox-quota', 'sites.google.com'],
      ['https://docs.google.com/forms/d/e/1FAIpQLSabc/viewform', 'docs.google.com/forms'],
      ['https://forms.gle/AbCdEf123', 'forms.gle'],
      ['https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi', 'IPFS'],
      ['https://gateway.w3s.link/', 'w3s.link'],
      ['https://cloudflare-ipfs.example/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi', 'IPFS'],
      ['https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/', 'IPFS'],
    ] as const) {
      const f = find(analyze(mail({ from: 'x@sender.example', html: a(href) })), 'links.throwaway-host');
      expect(f?.status, href).to.equal('warn');
      expect(f!.message.params, href).to.deep.include({ service });
      expect(f!.evidence[0], href).to.include({ url: href, author: 'sender' });
    }
  });

  it('says nothing of a platform’s ordinary pages (docs.google.com documents, github.com, www.google.com)', () => {
    for (const href of [
      'https://docs.google.com/document/d/1abc/edit',
      'https://github.com/acme/widget/pull/12',
      'https://www.google.com/search?q=forms',
      'https://www.amazonaws.com/',
      'https://example.co.jp/ipfs-explained',
    ]) {
      expect(find(analyze(mail({ from: 'x@sender.example', html: a(href) })), 'links.throwaway-host'), href).to.equal(
        undefined,
      );
    }
  });

  it('keeps a colleague’s Google Forms invitation from gmail.com a weak sign only: no red flags', () => {
    const r = analyze(
      mail({
        from: 'Hanako Sato <hanako.sato.1990@gmail.com>',
        auth: dmarcPass('gmail.com'),
        headers: ['Message-ID: <CAF1a2b3c4d5e6f7g8h9@mail.gmail.com>'],
        html:
          '<p>Could you fill in the lunch survey by Friday?</p>' +
          a('https://docs.google.com/forms/d/e/1FAIpQLSf-lunch/viewform', 'Lunch survey'),
      }),
    );
    expect(infrastructureFindings(r)).to.deep.equal(['links.throwaway-host:warn']);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('does not count a platform’s own authenticated mail linking to its own service', () => {
    const r = analyze(
      mail({
        from: 'Google Forms <forms-receipts-noreply@google.com>',
        auth: dmarcPass('google.com'),
        html: a('https://docs.google.com/forms/d/e/1FAIpQLSf-lunch/viewform'),
      }),
    );
    expect(find(r, 'links.throwaway-host')).to.equal(undefined);
  });
});

describe('throwaway infrastructure on whole messages', () => {
  it('finds nothing of the kind in a genuine GitHub notification (noreply@github.com, links to github.com)', async () => {
    const r = analyze(await parseMessage(fixture('genuine/github-new-signin.synthetic.eml')));
    expect(infrastructureFindings(r)).to.deep.equal([]);
  });

  it('makes a mailbox-quota lure on a web.app sender with a storage link at least suspicious', () => {
    const r = analyze(
      mail({
        from: 'Mail Administrator <xQtrVbnP@quota-alert.web.app>',
        html: a('https://pub-9f8e7d6c.r2.dev/owa/index.html', 'Keep my messages'),
      }),
    );
    expect(infrastructureFindings(r)).to.include.members([
      'sender.hosting-platform:warn',
      'sender.machine-local-part:warn',
      'links.throwaway-host:warn',
    ]);
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});

describe('throwaway host data', () => {
  it('takes every hosting and storage entry not marked vendor from the Public Suffix List’s private section', () => {
    // The full tldts build (with the private section) is here for the test only; the bundle carries tldts-icann.
    const tldts = createRequire(import.meta.url)('tldts') as typeof import('tldts');
    const missing = [...THROWAWAY_HOSTS].filter(
      (entry) =>
        !VENDOR_SOURCED.includes(entry) && !tldts.parse(`x1.${entry}`, { allowPrivateDomains: true }).isPrivate,
    );
    expect(missing).to.deep.equal([]);
    expect(VENDOR_SOURCED.filter((entry) => !THROWAWAY_HOSTS.has(entry))).to.deep.equal([]);
  });

  it('matches each entry on its own hosts only (a look-alike name is not the platform)', () => {
    expect(throwawayEntry('x.web.app')).to.equal('web.app');
    expect(throwawayEntry('web-app.example')).to.equal(undefined);
    expect(throwawayEntry('notweb.app')).to.equal(undefined);
    // Alibaba's and Tencent's own sites and APIs are not buckets.
    expect(throwawayEntry('www.aliyun.com')).to.equal(undefined);
    expect(throwawayEntry('ecs.aliyuncs.com')).to.equal(undefined);
    expect(throwawayEntry('cloud.tencent.com')).to.equal(undefined);
    expect(throwawayEntry('docs.google.com', '/forms/d/x')).to.equal('docs.google.com/forms');
    expect(throwawayEntry('docs.google.com', '/formsx')).to.equal(undefined);
  });

  // Was a hang: the walk up the labels found no dot left above the registrable domain and never ended.
  it('answers for a From domain the sender mangled into a URL, where no dot is left to walk up to', () => {
    expect(throwawayEntry('withhttps://urldefense.com/v3/__https://')).to.equal(undefined);
    const report = analyze({
      headers: 'From: "K@withhttps://urldefense.com/v3/__https://\r\nTo: taro@example.co.jp\r\n',
    });
    expect(report.verdict).to.be.oneOf(['likely-phishing', 'suspicious', 'no-red-flags']);
  });
});
