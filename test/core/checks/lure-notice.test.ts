/**
 * The stranger's notice about the reader's mail account with one pressure and a button elsewhere (issue #16, "your own
 * mail system" phishing: content.lure with key content.lure.notice, lure-notice.ts). The kits of each family — quota,
 * held mail, password expiry, deactivation and upgrade, unusual sign-in, voicemail — in their usual English wordings
 * and in German, French, Spanish, Portuguese, Italian and Japanese, none naming the reader; beside the genuine mail of
 * the same shape: the company's own IT, Google's and Microsoft's own quota and quarantine notices, a helpdesk ticket,
 * a sign-up's confirmation, a list post about a full mailbox with a link. Every message is synthetic, written inline.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { loadAllCheckData } from '../../../src/core/check-data';

before(() => loadAllCheckData());

const READER = 'j.moreau@tellbridge.example';

/** An HTML message to the reader; `auth` a passing DMARC for the sender's domain, else none recorded. */
function html(from: string, subject: string, body: string, auth = false, to = READER): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1).replace(/>.*/, '');
  const headers = [
    `Received: from mail.${domain} (mail.${domain} [203.0.113.48]) by mx.tellbridge.example with ESMTPS id 9F2C1;`,
    ' Tue, 2 Dec 2025 10:12:04 +0000',
    ...(auth
      ? [
          `Authentication-Results: mx.tellbridge.example; dkim=pass header.d=${domain} header.s=s1;`,
          ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=reject) header.from=${domain}`,
        ]
      : []),
    `Message-ID: <6a1e0c33f2@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', html: `<html><body>${body}</body></html>` };
}

const KIT = 'https://kinderhaus-bremen.example.de/css/owa/index.php';
const button = (text: string, href = KIT) => `<p><a href="${href}">${text}</a></p>`;
const lure = (r: Report) => r.findings.find((f) => f.id === 'content.lure');

/** [name, display name and address, subject, body] — each one kit, from a stranger's mailbox, no auth recorded. */
const KITS: [string, string, string, string][] = [
  [
    'quota (storage limit)',
    'Mail Administrator <info@riverton-plumbing.example>',
    'Mailbox storage limit reached',
    '<p>Dear User,</p><p>Your mailbox has reached its storage limit of 2GB.</p>' + button('Increase storage now'),
  ],
  [
    'quota (98 % of the storage)',
    'Webmail Support <info@riverton-plumbing.example>',
    'Storage almost full',
    '<p>You have used 98% of your email storage. Incoming messages will be bounced.</p>' + button('Get more space'),
  ],
  [
    'held messages',
    'Mail Delivery System <info@riverton-plumbing.example>',
    'You have 7 pending messages',
    '<p>You have 7 pending incoming messages that have not been delivered to your inbox.</p>' +
      button('Release Messages'),
  ],
  [
    'undelivered mail',
    'Mailer-Daemon <info@riverton-plumbing.example>',
    'Failed Delivery Notification',
    '<p>We are unable to deliver 4 messages to your inbox. Recover them below.</p>' + button('Recover Messages'),
  ],
  [
    'password expiry (keep the same password)',
    'IT Support <info@riverton-plumbing.example>',
    'Password notice',
    '<p>Your account password will expire on 12/20/2025. Kindly change or retain your password.</p>' +
      button('Retain password'),
  ],
  [
    'password expiry (due to expire)',
    'Account Services <info@riverton-plumbing.example>',
    'Your password will expire in 24 hours',
    '<p>Your email password is due to expire in 24 hours.</p>' + button('Continue with current password'),
  ],
  [
    'webmail upgrade',
    'Webmail Team <info@riverton-plumbing.example>',
    'Upgrade Notice',
    '<p>We are upgrading all webmail accounts to a new version. Please log in to upgrade your account.</p>' +
      button('Upgrade here'),
  ],
  [
    'deactivation request',
    'Email Administrator <info@riverton-plumbing.example>',
    'Account Deactivation',
    '<p>We received a request to deactivate your email account. If this was not you, cancel it.</p>' +
      button('Cancel Request'),
  ],
  [
    'unusual sign-in',
    'Security Team <info@riverton-plumbing.example>',
    'Unusual sign-in activity',
    '<p>We detected an unusual sign-in to your email account from a new device.</p>' + button('Secure Account'),
  ],
  [
    'voicemail behind a sign-in',
    'Voice Mail <info@riverton-plumbing.example>',
    'New voicemail received',
    '<p>You have received a new voicemail message. Duration: 00:47</p>' +
      '<p>Sign in with your email account to listen.</p>' +
      button('Listen to message'),
  ],
  [
    'quota (de)',
    'Postmaster <info@riverton-plumbing.example>',
    'Speicherplatz',
    '<p>Ihr Postfach ist fast voll. Neue Nachrichten können nicht empfangen werden.</p>' +
      button('Speicher jetzt erweitern'),
  ],
  [
    'password expiry (fr)',
    'Support informatique <info@riverton-plumbing.example>',
    'Expiration',
    '<p>Le mot de passe de votre messagerie expire aujourd’hui.</p>' + button('Conserver le même mot de passe'),
  ],
  [
    'quota (es)',
    'Soporte <info@riverton-plumbing.example>',
    'Aviso',
    '<p>Su buzón está casi lleno. No podrá recibir nuevos mensajes.</p>' + button('Aumentar espacio'),
  ],
  [
    'held messages (pt)',
    'Suporte <info@riverton-plumbing.example>',
    'Aviso',
    '<p>Você tem 5 mensagens pendentes na sua caixa de entrada.</p>' + button('Liberar mensagens'),
  ],
  [
    'quota (it)',
    'Assistenza <info@riverton-plumbing.example>',
    'Avviso',
    '<p>La tua casella di posta è quasi piena.</p>' + button('Aumenta lo spazio'),
  ],
  [
    'quota (ja)',
    'システム管理者 <info@riverton-plumbing.example>',
    'お知らせ',
    '<p>メールボックスの容量が上限に達しました。</p>' + button('こちらから容量を確認'),
  ],
];

describe('a stranger’s notice about the reader’s mail account, its button elsewhere (content.lure.notice)', () => {
  for (const [name, from, subject, body] of KITS) {
    it(`is likely phishing: ${name}`, () => {
      const r = analyze(html(from, subject, body));
      expect(lure(r)?.status, name).to.equal('warn');
      expect(r.verdict, name).to.equal('likely-phishing');
    });
  }

  it('is at least suspicious: a voicemail behind a button elsewhere, no sign-in said', () => {
    const r = analyze(
      html(
        'Voice Mail <info@riverton-plumbing.example>',
        'New voicemail received',
        '<p>You have received a new voicemail message. Duration: 00:47</p>' + button('Listen to message'),
      ),
    );
    expect(lure(r)?.message.key).to.equal('content.lure.notice');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('shows the claim and the button’s destination', () => {
    const [, from, subject, body] = KITS[2]!;
    const found = lure(analyze(html(from, subject, body)));
    expect(found?.message.key).to.equal('content.lure.notice');
    expect(found?.evidence.some((e) => e.url === KIT && e.highlight === 'kinderhaus-bremen.example.de')).to.equal(true);
  });

  it('shows a claim said only in the subject as the subject’s', () => {
    const subject = 'Your email password is due to expire';
    const found = lure(
      analyze(
        html(
          'Account Services <info@riverton-plumbing.example>',
          subject,
          '<p>Use the button below.</p>' + button('Continue with current password'),
        ),
      ),
    );
    expect(found?.message.key).to.equal('content.lure.notice');
    expect(found?.evidence[0]).to.include({
      header: 'Subject',
      value: subject,
      highlight: 'password is due to expire',
    });
  });

  it('reads a claim written with disguised letters: an accent on a voicemail, zero-width spaces in a password', () => {
    const kits: [string, string, string][] = [
      ['New Recording', '<p>A caller in your directory left you a message.</p>', 'Listen to Voice Messąge'],
      ['Notice', '<p>Your p\u200bassword is due to exp\u200bire in 24 hours.</p>', 'Continue'],
    ];
    for (const [subject, body, text] of kits) {
      const r = analyze(html('Mail Center <info@riverton-plumbing.example>', subject, body + button(text)));
      expect(lure(r)?.message.key, text).to.equal('content.lure.notice');
    }
  });
});

describe('the same kits from an authenticated look-alike or a real file service: two families of the lexicon', () => {
  it('French held-mail kit from the look-alike of our domain, on a rented page: likely phishing', () => {
    const r = analyze(
      html(
        'Support Messagerie <support@tellbridge-it.example>',
        'Messagerie : 6 messages entrants en attente de validation',
        '<p>Bonjour Claire,</p><p>6 messages qui vous étaient destinés ont été mis en attente.</p>' +
          '<p>Pour les recevoir, merci de valider votre compte depuis la page ci-dessous.</p>' +
          button('Recevoir mes messages', 'https://messagerie-rh.weebly.com/') +
          '<p>Sans validation sous 48 h, ces messages seront supprimés automatiquement.</p>',
        true,
      ),
    );
    expect(lure(r)?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('a share on Adobe’s own site that asks to verify with the reader’s e-mail account: at least suspicious', () => {
    const r = analyze(
      html(
        'Aoife Brennan <aoife@harbourlaw.example>',
        'Completion statement (secure)',
        '<p>Please find the completion statement shared via Adobe below. It is password protected; you will be ' +
          'asked to verify with your e-mail account.</p>' +
          button('Completion_Statement.pdf', 'https://acrobat.adobe.com/id/urn:aaid:sc:EU:4f1b2a77'),
        true,
      ),
    );
    expect(lure(r)?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});

describe('genuine mail of the same shape stays clean', () => {
  it('a forum’s private messages waiting, and a genuine Adobe share without a sign-in ask', () => {
    const forum = analyze(
      html(
        'Forum Cuisine <notifications@forum-cuisine.example>',
        'Vous avez 3 messages en attente',
        '<p>Bonjour Claire, vous avez 3 messages privés en attente de lecture.</p>' +
          button('Lire mes messages', 'https://forum-cuisine.example/messages'),
        true,
      ),
    );
    expect(lure(forum)).to.equal(undefined);
    expect(forum.verdict).to.equal('no-red-flags');
    const adobe = analyze(
      html(
        'Adobe Acrobat <message@adobe.com>',
        'Aoife Brennan shared “Completion_Statement.pdf” with you',
        '<p>Aoife Brennan shared a file via Adobe Acrobat.</p>' +
          button('Open', 'https://acrobat.adobe.com/id/urn:aaid:sc:EU:4f1b2a77'),
        true,
      ),
    );
    expect(adobe.verdict).to.equal('no-red-flags');
  });

  it('our own IT’s quota and password reminders from our own domain (unauthenticated inside, a portal elsewhere)', () => {
    for (const body of [
      '<p>Your mailbox is 98% full. Please archive old mail.</p>' +
        button('Open the archiving guide', 'https://tellbridge.service-portal.example/kb/archive'),
      '<p>Your password expires in 3 days.</p>' +
        button('Change password', 'https://pwreset.hosted-sso.example/tellbridge'),
    ]) {
      const r = analyze(html('IT Service Desk <it-desk@tellbridge.example>', 'Mailbox notice', body));
      expect(lure(r)).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    }
  });

  it('Google’s storage warning and Microsoft’s quarantine notice, authenticated, linking to their own domains', () => {
    const google = analyze(
      html(
        'Google <no-reply@accounts.google.com>',
        'Your Google storage is 98% full',
        '<p>You have used 98% of your storage. Soon you may not be able to send or receive emails in Gmail.</p>' +
          button('Get more storage', 'https://one.google.com/storage'),
        true,
      ),
    );
    expect(lure(google)).to.equal(undefined);
    expect(google.verdict).to.equal('no-red-flags');
    const microsoft = analyze(
      html(
        'Microsoft 365 <quarantine@messaging.microsoft.com>',
        'You have 3 new messages in quarantine',
        '<p>You have 3 quarantined messages waiting. Messages will be deleted after 30 days.</p>' +
          button('Review messages', 'https://security.microsoft.com/quarantine'),
        true,
      ),
    );
    expect(lure(microsoft)).to.equal(undefined);
    expect(microsoft.verdict).to.equal('no-red-flags');
  });

  it('a helpdesk’s ticket about a full mailbox, and a hosting company’s quota warning, from their own domains', () => {
    const ticket = analyze(
      html(
        'Northwind Support <support@northwind-help.example>',
        '[Ticket #4412] Mailbox full',
        '<p>Your request "My mailbox is full" has been updated by an agent.</p>' +
          button('View request', 'https://help.northwind-help.example/requests/4412'),
        true,
      ),
    );
    expect(ticket.verdict).to.equal('no-red-flags');
    const hosting = analyze(
      html(
        'cPanel <cpanel@server12.hostfarm.example>',
        'Disk quota warning',
        '<p>Your email account quota is 95% full.</p>' +
          button('Manage email accounts', 'https://server12.hostfarm.example:2096/'),
      ),
    );
    expect(lure(hosting)).to.equal(undefined);
    expect(hosting.verdict).to.equal('no-red-flags');
  });

  it('a sign-up’s confirmation through its mailing service, authenticated', () => {
    const r = analyze(
      html(
        'Tandem Boards <hello@tandemboards.example>',
        'Confirm your email account',
        '<p>Please verify your email account to finish signing up.</p>' +
          button('Verify my email', 'https://u123.ct.sendgrid.net/ls/click?upn=abc'),
        true,
      ),
    );
    expect(lure(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a list member writing that their mailbox is full, linking to a dashboard (no button that acts)', () => {
    const r = analyze(
      html(
        'Priya Nair <priya@lab-instruments.example>',
        'Re: nightly builds',
        '<p>My mailbox is full of build failures again, see <a href="https://ci.buildfarm.example/job/7">the dashboard</a>.</p>',
      ),
    );
    expect(lure(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
