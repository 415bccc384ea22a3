import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { withQrCodes } from '../../../src/core/qr';
import type { Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';
import { fixture, fixtureText } from '../../helpers';

/** A fixture as the CLI and the standalone page read it: parsed, its images' QR codes read, analysed. */
async function inspect(name: string): Promise<Report> {
  return analyze(await withQrCodes(await parseMessage(fixture(name))));
}

const byId = (report: Report, id: string): Finding[] => report.findings.filter((f) => f.id === id);
const raised = (report: Report) => report.findings.filter((f) => f.status === 'warn' || f.status === 'fail');

/** A message whose text/html says `html` and whose QR code (read elsewhere) says `text`. */
function withQr(from: string, text: string, html = '<p>Scan the code.</p>'): MessageInput {
  return {
    headers: `From: ${from}\r\nTo: sato@example.co.jp\r\nSubject: Hello\r\n`,
    html,
    qr: { codes: [{ image: 'code.png', text }], skipped: [] },
  };
}

describe('core/qr: a link hidden in a QR code is judged as a link of the message', () => {
  it('MFA re-activation lure whose only link is a QR code to a foreign sign-in page: the QR finding, with the URL and the image', async () => {
    const report = await inspect('qr-mfa-reactivate.synthetic.eml');
    expect(report.verdict).to.not.equal('no-red-flags');
    const [qr] = byId(report, 'links.qr-code');
    expect(qr?.status).to.equal('fail');
    expect(qr?.message.key).to.equal('links.qr-code.login');
    expect(qr?.evidence[0]).to.include({
      url: 'https://login.secure-mfa-portal.top/common/oauth2/authorize?u=yamada@example.co.jp',
      value: 'mfa.png',
    });
    // The other link checks see it too: the reader's own address rides in it.
    expect(byId(report, 'links.recipient-in-url')).to.have.length(1);
    expect(translate('en', qr!.message.key, qr!.message.params))
      .to.include('mfa.png')
      .and.include('secure-mfa-portal');
  });

  it('tells the story of a hidden link: the image, where it opens, and not to scan it', async () => {
    const report = await inspect('qr-mfa-reactivate.synthetic.eml');
    expect(report.story.map((s) => s.key)).to.deep.equal(['story.link-qr', 'story.advice.phishing-qr']);
    expect(report.story[0]!.params).to.deep.equal({ host: 'login.secure-mfa-portal.top', image: 'mfa.png' });
  });

  it('the same lure without its images read has no link to judge, only its "scan the QR code" said (links.qr-prompt)', async () => {
    const report = analyze(await parseMessage(fixture('qr-mfa-reactivate.synthetic.eml')));
    const raisedLinks = report.findings.filter((f) => f.section === 'links' && f.status !== 'info');
    expect(raisedLinks.map((f) => [f.id, f.status])).to.deep.equal([['links.qr-prompt', 'warn']]);
    expect(raisedLinks[0]!.evidence[0]?.highlight).to.equal('Scan the QR code');
    // Read, the code is judged where it leads, and the prompt has nothing left to say.
    expect(byId(await inspect('qr-mfa-reactivate.synthetic.eml'), 'links.qr-prompt')).to.deep.equal([]);
  });

  it('"Scan to view the document" in a DocuSign masthead, QR code to another host: likely phishing', async () => {
    const report = await inspect('qr-docusign-document.synthetic.eml');
    expect(report.verdict).to.equal('likely-phishing');
    expect(byId(report, 'links.host-mismatch')[0]?.status).to.equal('fail');
    // No sign-in words in its address: the QR finding warns, the brand's foreign link decides.
    expect(byId(report, 'links.qr-code')[0]).to.include({ status: 'warn' });
    expect(byId(report, 'links.qr-code')[0]?.evidence[0]).to.include({ value: 'cid:doc@docsign' });
  });

  it('twin: an e-ticket whose QR code (a JPEG) leads to the sender’s own site raises nothing, and says where it leads', async () => {
    const report = await inspect('qr-twin-concert-ticket.synthetic.eml');
    expect(report.verdict).to.equal('no-red-flags');
    expect(raised(report)).to.deep.equal([]);
    const [qr] = byId(report, 'links.qr-code');
    expect(qr).to.include({ status: 'info' });
    expect(qr?.message.key).to.equal('links.qr-code.own');
    expect(qr?.evidence[0]?.url).to.equal('https://www.kanazawa-concert-hall.jp/t/8F3K2Q-1411');
  });

  it('twin: a newsletter with a logo and no QR code gets no QR finding at all', async () => {
    const report = await inspect('qr-twin-newsletter-logo.synthetic.eml');
    expect(report.verdict).to.equal('no-red-flags');
    expect(report.findings.filter((f) => f.id.startsWith('links.qr'))).to.deep.equal([]);
  });

  it('a truncated image and one declaring 400 megapixels are each noted as not read, never a crash', async () => {
    const report = await inspect('qr-damaged-images.synthetic.eml');
    expect(byId(report, 'report.check-failed')).to.deep.equal([]);
    expect(report.verdict).to.equal('no-red-flags');
    const notes = byId(report, 'links.qr-unread');
    expect(notes.map((f) => [f.status, f.message.key, f.evidence[0]?.value])).to.have.deep.members([
      ['info', 'links.qr-unread.too-large', 'huge.png'],
      ['info', 'links.qr-unread.unreadable', 'cut.png'],
    ]);
    for (const f of notes) expect(translate('ja', f.message.key, f.message.params)).to.not.match(/links\.qr/);
  });

  it('a QR code to another organisation without sign-in words is a warning, not a failure', () => {
    const report = analyze(
      withQr('Hokuriku Gardens <news@hokuriku-gardens.jp>', 'https://promo-cdn.example.net/spring'),
    );
    expect(byId(report, 'links.qr-code').map((f) => f.status)).to.deep.equal(['warn']);
    expect(report.verdict).to.equal('no-red-flags'); // one sign alone does not make a message suspicious
  });

  it('tells a sign-in page by the words of its address, not by letters inside a token', () => {
    const status = (url: string) =>
      analyze(withQr('Hokuriku Gardens <news@hokuriku-gardens.jp>', url)).findings.find((f) => f.id === 'links.qr-code')
        ?.status;
    expect(status('https://view-doc.r9k2x.xyz/d/8812fa')).to.equal('warn'); // "2fa" inside a token
    expect(status('https://cdn.example.net/author/sato')).to.equal('warn'); // "auth" inside a word
    expect(status('https://m365.example.net/mfa/setup')).to.equal('fail');
    expect(status('https://portal.example.net/common/oauth2/authorize')).to.equal('fail');
    expect(status('https://example.net/Account/SignIn?r=1')).to.equal('fail');
  });

  it('a QR code that holds no web address (a Wi-Fi setting, a vCard, plain text) is no link', () => {
    for (const text of ['WIFI:S:Office;T:WPA;P:secret;;', 'BEGIN:VCARD\nFN:Sato\nEND:VCARD', 'login.evil.example/x']) {
      const report = analyze(withQr('Hokuriku Gardens <news@hokuriku-gardens.jp>', text));
      expect(
        report.findings.filter((f) => f.section === 'links'),
        text,
      ).to.deep.equal([]);
    }
  });
});

describe('core/qr: a QR code to scan that nobody could read (links.qr-prompt)', () => {
  /** An MFA re-enrolment lure whose QR code is drawn where no reader finds it (or not attached at all). */
  const lure = (body: string, from = 'Identity Team <no-reply@secure-authenticator-sync.com>') =>
    [
      `From: ${from}`,
      'To: yamada@example.co.jp',
      'Subject: Multi-factor authentication re-enrollment required',
      'Date: Tue, 14 Oct 2025 09:12:40 +0900',
      'Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=secure-authenticator-sync.com; dkim=none; dmarc=none',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
    ].join('\r\n');

  it('an MFA re-enrolment "scan the QR code below", its code unreadable, from an unauthenticated sender: likely phishing', async () => {
    const report = analyze(
      await withQrCodes(
        await parseMessage(
          lure(
            'All users must re-register Microsoft Authenticator within 48 hours.\n' +
              'Scan the QR code below with your phone camera. Accounts that are not re-enrolled will be locked.',
          ),
        ),
      ),
    );
    expect(byId(report, 'links.qr-prompt').map((f) => f.status)).to.deep.equal(['warn']);
    expect(report.verdict).to.equal('likely-phishing');
    expect(report.story.at(-1)?.key).to.equal('story.advice.phishing-qr');
    const [prompt] = byId(report, 'links.qr-prompt');
    expect(translate('en', prompt!.message.key, prompt!.message.params)).to.include('cannot be checked');
    expect(translate('ja', prompt!.message.key, prompt!.message.params)).to.include('QRコード');
  });

  it('reads the instruction in Chinese and Japanese (扫描下方二维码, QRコードを読み取って)', async () => {
    for (const body of [
      '请于本周内使用手机扫描下方二维码完成申领，逾期视为自动放弃。',
      'スマートフォンで下記のQRコードを読み取って、本人確認を完了してください。',
    ]) {
      const report = analyze(await parseMessage(lure(body)));
      expect(
        byId(report, 'links.qr-prompt').map((f) => f.status),
        body,
      ).to.deep.equal(['warn']);
    }
  });

  it('twin: a ticket that says "scan this code at the entrance" and whose code was read says nothing of it', async () => {
    const raw = fixtureText('qr-twin-concert-ticket.synthetic.eml').replace(
      'Show this code at the entrance.',
      'Scan this code at the entrance.',
    );
    const read = analyze(await withQrCodes(await parseMessage(raw)));
    expect(byId(read, 'links.qr-prompt')).to.deep.equal([]);
    expect(read.verdict).to.equal('no-red-flags');
    // Where no reader ran (a host without the image), the prompt is said, and a warning alone flags nothing.
    const unread = analyze(await parseMessage(raw));
    expect(byId(unread, 'links.qr-prompt').map((f) => f.status)).to.deep.equal(['warn']);
    expect(unread.verdict).to.equal('no-red-flags');
  });

  it('twin: a newsletter asking to scan a code to get its app, without the lure, flags nothing', async () => {
    const report = analyze(
      await parseMessage(
        lure(
          'Our autumn menu is here! Scan the QR code in our shop to download the app and collect stamps.',
          'Cafe Komorebi <news@komorebi-cafe.jp>',
        ),
      ),
    );
    expect(byId(report, 'links.qr-prompt').map((f) => f.status)).to.deep.equal(['warn']);
    expect(report.verdict).to.equal('no-red-flags');
  });
});
