/**
 * The "your own mail system" kit from an authenticated stranger (issue #16; sender.own-org-impersonation, key
 * sender.own-org-impersonation.notice: own-org-judge.ts signedNotice with lure-notice.ts signedNotice). The kits
 * now send from a freshly registered domain, a compromised business mailbox or a free mailbox that passes SPF, DKIM and
 * DMARC for its own domain, sign as our mail system ("Mail Administrator", "IT Help Desk", 「情報システム部」) and send
 * the reader to another organisation's site. Beside them, genuine mail of the same shape: the provider that hosts the
 * reader's mailbox (it delivered the message), a storage vendor about its own service, Apple about iCloud, our own IT,
 * a colleague forwarding a phish to IT, a partner's IT forwarding one as a warning, a helpdesk's answer in a thread.
 * Every message is synthetic, written inline; the reader's mail is hosted by mailhost-provider.example.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { loadAllCheckData } from '../../../src/core/check-data';

before(() => loadAllCheckData());

const READER = 'k.tanaka@northwind-trading.example';
const HOST = 'mailhost-provider.example';

interface Options {
  /** A passing DMARC for the sender's domain (default), else none recorded. */
  auth?: boolean;
  to?: string;
  /** More header lines (In-Reply-To …). */
  extra?: string[];
  /** A plain-text body instead of HTML. */
  text?: boolean;
}

/** A message delivered to the reader by the reader's provider: its MX, its LMTP delivery, its Authentication-Results. */
function message(from: string, subject: string, body: string, options: Options = {}): MessageInput {
  const { auth = true, to = READER, extra = [], text = false } = options;
  const domain = from.slice(from.lastIndexOf('@') + 1).replace(/>.*/, '');
  const headers = [
    `Delivered-To: ${to}`,
    ...(auth
      ? [
          `Authentication-Results: mx01.${HOST}; dkim=pass header.d=${domain} header.s=s1;`,
          ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=reject) header.from=${domain}`,
        ]
      : []),
    `Received: from mx01.${HOST} (mx01.${HOST} [198.51.100.7]) by mbox03.${HOST} with LMTP id 51AA;`,
    ' Tue, 2 Dec 2025 10:12:05 +0000',
    `Received: from mail.${domain} (mail.${domain} [203.0.113.48]) by mx01.${HOST} with ESMTPS id 9F2C1;`,
    ' Tue, 2 Dec 2025 10:12:04 +0000',
    `Message-ID: <6a1e0c33f2@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    ...extra,
    'MIME-Version: 1.0',
    `Content-Type: text/${text ? 'plain' : 'html'}; charset="utf-8"`,
  ];
  return {
    headers: headers.join('\r\n') + '\r\n',
    ...(text ? { text: body } : { html: `<html><body>${body}</body></html>` }),
  };
}

const KIT = 'https://mailbox-storage.portal-kit.example/owa/index.php';
const button = (text: string, href = KIT) => `<p><a href="${href}">${text}</a></p>`;
const impersonation = (r: Report) => r.findings.find((f) => f.id === 'sender.own-org-impersonation');

/** [name, display name and address, subject, body, plain text] — each one kit, authenticated for its own domain. */
const KITS: [string, string, string, string, boolean?][] = [
  [
    'quota, from a freshly registered domain',
    'Mail Administrator <alerts@mailbox-servicedesk.example>',
    'Mailbox storage limit reached',
    '<p>Dear User,</p><p>Your mailbox has used 98% of its storage. Incoming mail will be paused.</p>' +
      button('Increase storage'),
  ],
  [
    'password expiry, from a compromised business mailbox',
    'IT Help Desk <j.parker@riverton-plumbing.example>',
    'Password expiry notice',
    '<p>Your email password will expire today. You can keep your current password below.</p>' +
      button('Keep current password'),
  ],
  [
    'held mail, plain text with the address written out',
    'Postmaster <postmaster@mail-queue-notice.example>',
    '4 incoming messages held',
    'Dear user,\n\n4 incoming messages are pending on our mail server until your mailbox is validated.\n' +
      `Release them here: ${KIT}?u=k.tanaka\n\nMail Administrator`,
    true,
  ],
  [
    'quota (ja), a department name',
    '情報システム部 メール管理 <mail-admin@nw-kanri-center.example>',
    'メールボックス容量超過のお知らせ',
    '田中 様\n\nご利用中のメールボックスが容量上限の95%に達しております。\n' +
      `下記ページより容量の拡張申請を行ってください。\n${KIT}?uid=k.tanaka\n\n情報システム部`,
    true,
  ],
  [
    'quota (de)',
    'E-Mail-Administrator <admin@postfach-dienst.example>',
    'Ihr Postfach ist fast voll',
    '<p>Ihr Postfach ist fast voll. Neue Nachrichten können nicht empfangen werden.</p>' +
      button('Speicher jetzt erweitern'),
  ],
  [
    'deactivation, from a free mailbox (authenticated as gmail.com)',
    'Email Administrator <mail.admin.desk@gmail.com>',
    'Notice: mailbox scheduled for deactivation',
    '<p>Your mailbox is scheduled for deactivation on Friday. Any mail received afterwards will bounce.</p>' +
      button('Cancel deactivation'),
  ],
];

describe('an authenticated stranger speaking as our mail system (sender.own-org-impersonation, .notice)', () => {
  for (const [name, from, subject, body, text] of KITS) {
    it(`fails and is likely phishing: ${name}`, () => {
      const report = analyze(message(from, subject, body, { text }));
      expect(impersonation(report), name).to.deep.include({ status: 'fail' });
      expect(impersonation(report)!.message.key).to.equal('sender.own-org-impersonation.notice');
      expect(report.verdict, name).to.equal('likely-phishing');
    });
  }

  it('shows the role it signs as, the claim, the button and the sender', () => {
    const [, from, subject, body] = KITS[0]!;
    const f = impersonation(analyze(message(from, subject, body)))!;
    expect(f.message.params).to.deep.equal({ named: 'Mail Administrator', domain: 'mailbox-servicedesk.example' });
    expect(f.evidence.map((e) => e.header ?? e.url)).to.deep.equal(['From', 'Subject', KIT, 'From']);
    expect(f.evidence[2]).to.include({ value: 'Increase storage', highlight: 'mailbox-storage.portal-kit.example' });
  });

  it('leaves an unauthenticated kit to the lure (content.lure.notice), as before', () => {
    const [, from, subject, body] = KITS[0]!;
    const report = analyze(message(from, subject, body, { auth: false }));
    expect(impersonation(report)).to.equal(undefined);
    expect(report.findings.find((f) => f.id === 'content.lure')?.message.key).to.equal('content.lure.notice');
  });
});

describe('genuine notices about a mailbox from authenticated senders stay clean', () => {
  const clean = (input: MessageInput, why: string) => {
    const report = analyze(input);
    expect(impersonation(report), why).to.equal(undefined);
    expect(report.verdict, why).to.equal('no-red-flags');
  };

  it('the provider that hosts our mailbox (it delivered the message), linking to its control panel elsewhere', () => {
    clean(
      message(
        `Mail Administrator <support@${HOST}>`,
        'Mailbox almost full',
        `<p>Your mailbox ${READER} has used 95% of its storage. Incoming mail will be refused once it is full.</p>` +
          button('Increase storage', 'https://cp.mailhost-panel.example/quota'),
      ),
      'host',
    );
  });

  it('a mail vendor about its own service, through its mailing service or to its own site', () => {
    const body = (href: string) =>
      '<p>Your Acme Mail mailbox has used 90% of its storage. New mail will be held when it is full.</p>' +
      button('Upgrade storage', href);
    const from = 'Acme Mail Support <no-reply@acmemail.example>';
    clean(message(from, 'Your mailbox is almost full', body('https://u123.ct.sendgrid.net/ls/click?upn=a')), 'ESP');
    clean(message(from, 'Your mailbox is almost full', body('https://www.acmemail.example/plans')), 'own site');
  });

  it('a vendor that signs as itself about its own storage, linking to its app on another domain', () => {
    clean(
      message(
        'MailVault <notify@mailvault-mail.example>',
        'Your archive is almost full',
        '<p>Your MailVault archive of your mailbox has used 90% of its storage.</p>' +
          button('Upgrade plan', 'https://app.mailvault.example/billing'),
      ),
      'vendor',
    );
  });

  it('Apple about iCloud storage and iCloud Mail, authenticated as itself', () => {
    clean(
      message(
        'iCloud <noreply@email.apple.com>',
        'Your iCloud storage is full',
        '<p>Your iCloud storage is full. iCloud Mail cannot send or receive email until you free up space.</p>' +
          button('Upgrade to iCloud+', 'https://www.icloud.com/settings/'),
      ),
      'iCloud',
    );
  });

  it('our own IT from our own domain, linking to a password portal elsewhere', () => {
    clean(
      message(
        'IT Help Desk <helpdesk@northwind-trading.example>',
        'Your password expires in 5 days',
        '<p>Your email password will expire in 5 days. Change it on the self-service portal.</p>' +
          button('Change password', 'https://sso.idp-vendor.example/northwind'),
      ),
      'own IT',
    );
  });

  it('a colleague forwarding the phish to IT', () => {
    const [, from, subject, body] = KITS[0]!;
    clean(
      message(
        'Kenji Sato <k.sato@northwind-trading.example>',
        `Fwd: ${subject}`,
        '<p>Is this real? I did not click.</p><p>---------- Forwarded message ---------<br>' +
          `From: ${from.replace('<', '&lt;').replace('>', '&gt;')}<br>Subject: ${subject}</p>${body}`,
        { to: 'it-security@northwind-trading.example' },
      ),
      'colleague',
    );
  });

  it("a partner's IT forwarding the phish as a warning, and a helpdesk's answer in a ticket thread", () => {
    const [, from, subject, body] = KITS[0]!;
    const partner = analyze(
      message(
        'Partner Co IT Help Desk <helpdesk@partner-co.example>',
        `Warning: ${subject}`,
        '<p>FYI: this phish is going around our shared customers; please warn your staff.</p>' +
          `<p>---------- Forwarded message ---------<br>From: ${from.replace('<', '&lt;').replace('>', '&gt;')}</p>${body}`,
      ),
    );
    expect(impersonation(partner), 'partner').to.equal(undefined);
    clean(
      message(
        'IT Service Desk <support@msp-helpdesk.example>',
        'Re: my mailbox is full',
        '<p>We have raised your mailbox storage limit to 100 GB. Reply to this message if it is still full.</p>' +
          button('View request', 'https://msp.ticket-portal.example/requests/4411'),
        { extra: ['In-Reply-To: <CAK1x9@northwind-trading.example>'] },
      ),
      'thread',
    );
  });
});
