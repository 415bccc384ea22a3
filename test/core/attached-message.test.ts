/**
 * An attached message (src/core/attached-message.ts, parse/attached-messages.ts; issue #16): a lure wrapped in an
 * attached .eml is judged by the body's own checks and told as "the attached message …"; genuine attached messages
 * (a bounce, a digest, a meeting, a newsletter passed on, a DMARC report's file) raise nothing of substance; the
 * reading is bounded and hostile bytes make findings, never a crash. Every message here is synthetic
 * (test/fixtures/attached-*.synthetic.eml, or written inline from them).
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { loadAllCheckData } from '../../src/core/check-data';
import { MAX_ATTACHED_READ } from '../../src/core/parse/attached-messages';
import { POLICY } from '../../src/core/verdict';
import type { Weighed } from '../../src/core/findings';
import type { Finding, Report } from '../../src/core/report';
import { summaryText } from '../../src/core/summary';
import { translate } from '../../src/i18n';
import { fixtureText } from '../helpers';

const analyzeEml = async (eml: string) => analyze(await parseMessage(eml));
const attachedOf = (r: Report) => r.findings.filter((f) => f.id === 'content.attached-message');
const signs = (r: Report) => r.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
const urls = (f: Finding | undefined) => (f?.evidence ?? []).map((e) => e.url).filter(Boolean);

const VOICEMAIL = fixtureText('attached-voicemail-wrapper.synthetic.eml');
const VOICEMAIL_URL = 'https://teams-voicemail-play.pages.dev/listen?user=ella.marsh@halvorsen-eng.com';

/** An outer message from a partner (authenticated as its own domain) carrying `parts` (MIME part texts). */
function carrying(parts: string[], contentType = 'multipart/mixed', boundary = 'b0'): string {
  return [
    'Received: from mail.keystone-supply.example (mail.keystone-supply.example [45.33.12.91]) by mx.halvorsen-eng.com',
    ' with ESMTPS id 7B8C9; Thu, 4 Dec 2025 13:05:12 +0000',
    'Authentication-Results: mx.halvorsen-eng.com; dkim=pass header.d=keystone-supply.example header.s=s1;',
    ' spf=pass smtp.mailfrom=keystone-supply.example; dmarc=pass (p=none) header.from=keystone-supply.example',
    'From: Laura Kim <laura.kim@keystone-supply.example>',
    'To: Ella Marsh <ella.marsh@halvorsen-eng.com>',
    'Subject: Messages',
    'Date: Thu, 4 Dec 2025 13:05:00 +0000',
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'See attached.',
    '',
    ...parts.flatMap((p) => [`--${boundary}`, p]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A message/rfc822 attachment part holding `eml`. */
const rfc822 = (name: string, eml: string) =>
  `Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="${name}"\r\n\r\n${eml}\r\n`;

/** A plain message from `from` whose body is `text`. */
const plain = (from: string, subject: string, text: string) =>
  `From: ${from}\r\nTo: ella.marsh@halvorsen-eng.com\r\nSubject: ${subject}\r\nDate: Thu, 4 Dec 2025 12:00:00 +0000\r\n` +
  `MIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n${text}\r\n`;

const PHISH_TEXT =
  'Your mailbox is full. Verify your account within 24 hours to avoid suspension:\r\n' +
  'https://mailbox-verify-portal.pages.dev/login?u=ella.marsh@halvorsen-eng.com\r\n';

describe('an attached message judged as a message of its own (attached-message.ts)', () => {
  afterEach(() => loadAllCheckData());

  it('calls the voicemail wrapper likely phishing for the attached message’s own link, naming the attachment', async () => {
    const r = await analyzeEml(VOICEMAIL);
    expect(r.verdict).to.equal('likely-phishing');
    const [f] = attachedOf(r);
    expect(f?.status).to.equal('fail');
    expect(f?.message.key).to.equal('content.attached-message.phishing');
    expect(f?.evidence[0]).to.deep.include({ header: 'Attachment', value: 'VoiceMessage_0042.eml' });
    expect(f?.evidence[1]).to.deep.include({ header: 'From', value: 'Microsoft Teams <no-reply@microsoft.com>' });
    expect(urls(f)).to.include(VOICEMAIL_URL);
    // The reader is told in the first sentence that the attachment is the phish, and the link is not the outer mail's.
    expect(r.story[0]?.key).to.equal('story.attached-message');
    expect(
      r.findings.some((x) => x.section === 'links' && x.status !== 'pass' && urls(x).includes(VOICEMAIL_URL)),
    ).to.equal(false);
  });

  it('puts the attached message and its link, defanged, in the report to IT', async () => {
    const text = summaryText(await analyzeEml(VOICEMAIL), 'en');
    expect(text).to.include('The attached message VoiceMessage_0042[.]eml (from no-reply@microsoft[.]com)');
    expect(text).to.include('hxxps://teams-voicemail-play[.]pages[.]dev/');
    expect(text).to.not.include(VOICEMAIL_URL);
  });

  it('names an attached message Outlook also lists by its subject once, as read', async () => {
    const input = await parseMessage(VOICEMAIL);
    // Outlook's item list beside the .eml's parts (hosts/outlook/refine.ts): the same message, name and type only.
    input.attachments!.push({ filename: 'You have a new voicemail', mimeType: 'message/rfc822', size: 2048 });
    const found = attachedOf(analyze(input));
    expect(found.map((f) => f.message.key)).to.deep.equal(['content.attached-message.phishing']);
    // A client that lists it and gives no bytes at all: told it was not read.
    const listed = analyze({ ...input, attachments: [input.attachments![1]!] });
    expect(attachedOf(listed).map((f) => f.message.key)).to.deep.equal(['content.attached-message.unread']);
  });

  it('says what the attached message is in both languages, its own story sentence inside', async () => {
    const f = attachedOf(await analyzeEml(VOICEMAIL))[0]!;
    for (const lang of ['en', 'ja'] as const) {
      const text = translate(lang, f.message.key, f.message.params);
      expect(text).to.include('VoiceMessage_0042.eml');
      expect(text).to.include('pages.dev');
      expect(text).to.not.match(/[{}]/);
    }
  });

  it('gives the attached message’s own Received and Authentication-Results lines no say', async () => {
    // The wrapper's attached message carries a dmarc=pass for microsoft.com that whoever made the file wrote.
    expect(VOICEMAIL).to.include('dmarc=pass (p=reject) header.from=microsoft.com');
    const withoutThem = VOICEMAIL.replace(/^(?:Received|Authentication-Results): .*\n(?: .*\n)*/gm, (line) =>
      line.includes('microsoft') ? '' : line,
    );
    expect(withoutThem).to.not.include('header.from=microsoft.com');
    const [a, b] = await Promise.all([analyzeEml(VOICEMAIL), analyzeEml(withoutThem)]);
    expect(attachedOf(a)[0]?.status).to.equal('fail');
    expect(attachedOf(a).map((f) => f.status)).to.deep.equal(attachedOf(b).map((f) => f.status));
  });

  it('judges the "Fwd: Remittance" wrapper from a supplier’s genuine mailbox by its attached sign-in page', async () => {
    const r = await analyzeEml(fixtureText('attached-remittance-wrapper.synthetic.eml'));
    expect(r.verdict).to.equal('likely-phishing');
    const f = attachedOf(r)[0];
    expect(f?.status).to.equal('fail');
    expect(urls(f)).to.include('https://remit-docs-view.web.app/review?doc=5512');
  });

  it('judges an attached message in another script by its own phrases (a Japanese notice under an English note)', async () => {
    const r = await analyzeEml(fixtureText('attached-wrapper-ja-account.synthetic.eml'));
    const f = attachedOf(r)[0];
    expect(f?.status).to.equal('fail');
    expect(urls(f)).to.include('https://acct-verify-jp.web.app/login');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads an .eml file attached as application/octet-stream as a message, and a PDF named .eml as no message', async () => {
    const eml = plain('IT Service Desk <helpdesk@mailbox-support.example>', 'Mailbox full', PHISH_TEXT);
    const octet = (name: string, body: string) =>
      `Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="${name}"\r\n\r\n${body}\r\n`;
    const r = await analyzeEml(carrying([octet('held message.eml', eml)]));
    expect(attachedOf(r)[0]?.status).to.be.oneOf(['fail', 'warn']);
    const pdf = await analyzeEml(carrying([octet('scan.eml', '%PDF-1.7\r\n1 0 obj\r\n')]));
    expect(attachedOf(pdf)).to.deep.equal([]);
  });

  describe('genuine attached messages (false-alarm twins)', () => {
    const TWINS: [what: string, file: string][] = [
      ['a bounce returning the reader’s own message', 'attached-twin-ndr-returned.synthetic.eml'],
      ['a mailing list digest in MIME digest form', 'attached-twin-mime-digest.synthetic.eml'],
      ['a partner’s forward of a meeting invitation', 'attached-twin-meeting-forward.synthetic.eml'],
      ['a newsletter a colleague passes on to a colleague', 'attached-twin-newsletter-colleague.synthetic.eml'],
      ['a DMARC aggregate report', 'attached-twin-dmarc-aggregate.synthetic.eml'],
      [
        'a brand’s newsletter through its ESP’s tracker, from a customer',
        'attached-twin-newsletter-esp-customer.synthetic.eml',
      ],
      ['a Microsoft sign-in alert attached to a support request', 'attached-twin-signin-alert-ticket.synthetic.eml'],
      ['a shop’s shipping confirmation with the carrier’s link', 'attached-twin-order-confirmation.synthetic.eml'],
    ];
    for (const [what, file] of TWINS) {
      it(`raises no warning of substance on ${what}`, async () => {
        const r = await analyzeEml(fixtureText(file));
        expect(r.verdict).to.equal('no-red-flags');
        for (const f of signs(r)) {
          const row = POLICY[`${f.id}:${f.status}` as Weighed];
          expect(`${f.id}:${f.status} ${row?.substance ?? 'substance'}`).to.match(/ context$/);
        }
        expect(attachedOf(r).every((f) => f.status === 'info')).to.equal(true);
      });
    }

    it('reads the attached messages it carries: the bounce’s, named by its subject; the meeting; the newsletter', async () => {
      const names = async (file: string) =>
        attachedOf(await analyzeEml(fixtureText(file))).map((f) => `${f.message.key} ${String(f.message.params.name)}`);
      expect(await names('attached-twin-ndr-returned.synthetic.eml')).to.deep.equal([
        'content.attached-message.clean Drawings for the bracket revision',
      ]);
      expect(await names('attached-twin-meeting-forward.synthetic.eml')).to.deep.equal([
        'content.attached-message.clean Design review - bracket rev C.eml',
      ]);
      expect(await names('attached-twin-newsletter-colleague.synthetic.eml')).to.deep.equal([
        'content.attached-message.clean Fastening Today - December issue.eml',
      ]);
    });
  });

  describe('a brand’s genuine mail passed on: nothing can authenticate an attached message', () => {
    /** The attached message's own verdict's finding, for a message `inner` carried by a partner's mail. */
    const judged = async (inner: string) => attachedOf(await analyzeEml(carrying([rfc822('passed-on.eml', inner)])))[0];
    const html = (from: string, subject: string, body: string) =>
      plain(from, subject, body).replace('text/plain', 'text/html');

    it('takes the brand’s ESP click tracker as the brand’s, and its carrier’s or social links as context', async () => {
      const news = attachedOf(await analyzeEml(fixtureText('attached-twin-newsletter-esp-customer.synthetic.eml')))[0];
      expect(news?.message.key).to.equal('content.attached-message.clean');
      const order = attachedOf(await analyzeEml(fixtureText('attached-twin-order-confirmation.synthetic.eml')))[0];
      expect(order?.message.key).to.equal('content.attached-message.clean');
    });

    it('does not hold a brand’s notice linking only to the brand’s own site unconfirmed, whatever its wording', async () => {
      // PayPal's own wording of a limited account: the phishing script's words, its link the brand's real site.
      const notice = html(
        'PayPal <service@paypal.com>',
        'Your account access has been limited',
        '<p>We noticed some unusual activity and limited your account access. To restore access, log in to your ' +
          'account and confirm your identity within 10 days, or your account may stay limited.</p>' +
          '<p><a href="https://www.paypal.com/myaccount/security">Log in to PayPal</a></p>',
      );
      expect((await judged(notice))?.status).to.equal('info');
    });

    it('still fails the same script in the brand’s name when its link opens another organisation’s site', async () => {
      const phish = html(
        'PayPal <service@paypal.com>',
        'Your account has been limited',
        '<p>We noticed unusual activity and your account access has been limited. Verify your account and confirm ' +
          'your card details within 24 hours or your account will be suspended.</p>' +
          '<p><a href="https://santamariasold.com/wp-content/secure/index.php">Verify now</a></p>',
      );
      const f = await judged(phish);
      expect(f?.status).to.equal('fail');
      expect(urls(f)).to.include('https://santamariasold.com/wp-content/secure/index.php');
    });

    it('still fails a brand’s name written from another domain with a link elsewhere, lure or not', async () => {
      const phish = html(
        'DocuSign <dse@docu-notify.example>',
        'Remittance advice',
        '<p>Keystone Supply sent you a remittance advice.</p><p><a href="https://santamariasold.com/doc/view">Review</a></p>',
      );
      expect((await judged(phish))?.status).to.equal('fail');
    });
  });

  describe('delivery and feedback reports', () => {
    /** A bounce from a foreign mail system, returning `eml`. */
    const report = (eml: string) =>
      carrying(
        [
          'Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.keystone-supply.example\r\n\r\n' +
            'Final-Recipient: rfc822; ap@keystone-supply.example\r\nAction: failed\r\nStatus: 5.1.1\r\n',
          `Content-Type: message/rfc822\r\n\r\n${eml}\r\n`,
        ],
        'multipart/report; report-type=delivery-status',
      );

    it('lists, without weighing, the signs of a returned message sent in the reader’s name (backscatter)', async () => {
      const r = await analyzeEml(report(plain('Ella Marsh <ella.marsh@halvorsen-eng.com>', 'Mailbox', PHISH_TEXT)));
      const f = attachedOf(r)[0];
      expect(f?.status).to.equal('info');
      expect(f?.message.key).to.equal('content.attached-message.returned');
      expect(urls(f).some((u) => u!.includes('mailbox-verify-portal.pages.dev'))).to.equal(true);
      expect(r.verdict).to.equal('no-red-flags');
    });

    it('still judges a stranger’s phish attached to a made-up delivery report', async () => {
      const r = await analyzeEml(report(plain('IT Helpdesk <it@mailbox-support.example>', 'Mailbox', PHISH_TEXT)));
      expect(attachedOf(r)[0]?.status).to.be.oneOf(['fail', 'warn']);
      expect(r.verdict).to.not.equal('no-red-flags');
    });
  });

  describe('bounds and hostile input', () => {
    it('reads two levels of attached messages and no deeper', async () => {
      const level3 = plain('c@three.example', 'three', 'innermost');
      const level2 = carrying([rfc822('three.eml', level3)], 'multipart/mixed', 'b2').replace('Messages', 'two');
      const level1 = carrying([rfc822('two.eml', level2)], 'multipart/mixed', 'b1').replace('Messages', 'one');
      const input = await parseMessage(carrying([rfc822('one.eml', level1)]));
      const one = input.attachments?.[0]?.message;
      const two = one?.attachments?.[0]?.message;
      expect(one?.headers).to.include('Subject: one');
      expect(two?.headers).to.include('Subject: two');
      expect(two?.attachments?.[0]?.filename).to.equal('three.eml');
      expect(two?.attachments?.[0]?.message).to.equal(undefined);
      expect(() => analyze(input)).to.not.throw();
    });

    it(`reads at most ${MAX_ATTACHED_READ} attached messages and names those it did not read`, async () => {
      const parts = Array.from({ length: MAX_ATTACHED_READ + 3 }, (_, i) =>
        rfc822(`post-${i}.eml`, plain(`p${i}@list.example`, `post ${i}`, 'Minutes of the meeting are attached.')),
      );
      const input = await parseMessage(carrying(parts));
      expect(input.attachments?.filter((a) => a.message)).to.have.length(MAX_ATTACHED_READ);
      const r = analyze(input);
      const unread = attachedOf(r).find((f) => f.message.key === 'content.attached-message.unread');
      expect(unread?.message.params.name).to.deep.equal(['post-8.eml', 'post-9.eml', 'post-10.eml']);
      expect(r.verdict).to.equal('no-red-flags');
    });

    it('tells an Outlook .msg item and damaged bytes it could not read, and never fails on them', async () => {
      const junk = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
      const r = await analyzeEml(
        carrying([
          'Content-Type: application/vnd.ms-outlook\r\nContent-Disposition: attachment; filename="Invoice.msg"\r\n' +
            'Content-Transfer-Encoding: base64\r\n\r\n0M8R4KGxGuEAAAAAAAAAAAAAAAAAAAAAPgADAP7/CQAGAAAAAAAAAAAAAAA=\r\n',
          `Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="broken.eml"\r\n\r\n${junk}\r\n`,
          'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="empty.eml"\r\n\r\n',
          rfc822('cut.eml', 'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-'),
        ]),
      );
      expect(r.findings.map((f) => f.id)).to.not.include('report.check-failed');
      const unread = attachedOf(r).find((f) => f.message.key === 'content.attached-message.unread');
      expect(unread?.message.params.name).to.include.members(['Invoice.msg', 'broken.eml']);
      expect(r.verdict).to.equal('no-red-flags');
    });

    it('reads only the first megabyte of a large attached message, and in time linear in it', async () => {
      const big = plain('news@big.example', 'big', 'All quiet on the project front. '.repeat(100_000));
      const started = Date.now();
      const input = await parseMessage(carrying([rfc822('big.eml', big)]));
      const part = input.attachments?.[0];
      expect(part?.size).to.be.greaterThan(3_000_000);
      expect(part?.message?.text?.length ?? 0).to.be.below(1_100_000);
      analyze(input);
      expect(Date.now() - started).to.be.below(15_000);
    });
  });

  describe('loaded only for a message carrying one', () => {
    it('has the first analysis without the judging ask for it, and hand on the message’s other needs', async () => {
      // One instance of every module, as in a bundle: under mocha a test's static imports are another copy of them.
      const { analyze: analyzeOne } = await import('../../src/core/analyze');
      const { CHECK_DATA } = await import('../../src/core/check-data');
      const attachments = await import('../../src/core/checks/attachments');
      const unwrap = await import('../../src/core/parse/unwrap');
      // A Safe Links-wrapped link in the outer body needs the peeling; the attached message its own judging.
      const wrapped =
        'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.keystone-supply.example%2Forders&data=05';
      const eml = carrying([
        rfc822('held.eml', plain('IT <it@mailbox-support.example>', 'Held mail', PHISH_TEXT)),
      ]).replace('See attached.', `See attached, or ${wrapped}`);
      const input = await parseMessage(eml);
      attachments.forgetAttachedMessageJudge();
      unwrap.forgetUnwrapping();
      const first = analyzeOne(input);
      expect(first.needs).to.include.members(['attached-message', 'unwrap']);
      expect(attachedOf(first)).to.deep.equal([]);
      // Only the judging loaded: the outer link still waits for the peeling, whatever the attached message looked up.
      await CHECK_DATA['attached-message']!();
      const second = analyzeOne(input);
      expect(second.needs ?? []).to.not.include('attached-message');
      expect(second.needs).to.include('unwrap');
      expect(attachedOf(second)[0]?.status).to.be.oneOf(['fail', 'warn']);
      await CHECK_DATA.unwrap!();
    });
  });
});
