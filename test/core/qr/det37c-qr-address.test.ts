/**
 * det37c: a QR code leading off the sender's site with the reader's own address in its link (links.qr-code.address,
 * fail). Attack: the fax / voicemail / secure-document quishing notice whose one code opens
 * `secure-faxview.com/inbox/#<base64 of the address>` — no sign-in word in the URL, so it only warned and the message
 * said "no red flags". Twins: a registration's code to the sender's own site with the attendee's address (info), a
 * code to another organisation without the address (warn), a code to a brand's real site with it (warn).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';

before(() => loadAllCheckData());

/** A notice delivered to sato@example.co.jp whose only link is a QR code (read elsewhere) saying `text`. */
function withQr(from: string, text: string, body: string): MessageInput {
  return {
    headers:
      'Delivered-To: sato@example.co.jp\r\n' +
      'Received: from mta1.sender.example (mta1.sender.example [194.59.31.118]) by mx.example.co.jp with ESMTPS id 1A;' +
      ' Tue, 14 Oct 2025 12:31:12 +0000\r\n' +
      `From: ${from}\r\nTo: Sato <sato@example.co.jp>\r\nSubject: Notice\r\nDate: Tue, 14 Oct 2025 12:31:02 +0000\r\n`,
    html: `<p>${body}</p><img src="cid:qr1" alt="code">`,
    qr: { codes: [{ image: 'code.gif', text }], skipped: [] },
  };
}

const qrOf = (input: MessageInput) => analyze(input).findings.find((f) => f.id === 'links.qr-code');
const FAX = 'You have received a 3 page fax. For your security the fax is protected: scan the code to open it.';
const base64 = Buffer.from('sato@example.co.jp').toString('base64');

describe("det37c: a QR code to another site carrying the reader's address (links.qr-code.address)", () => {
  for (const url of [
    `https://secure-faxview.com/inbox/#${base64}`,
    'https://doc-view.example.net/d/8812?u=sato%40example.co.jp',
    'https://voice-msg.example.net/play/sato@example.co.jp',
  ])
    it(`fails a fax notice whose code opens ${url.slice(8, 40)}…`, () => {
      const r = analyze(withQr('eFax Corporate <messages@efax-notifications.com>', url, FAX));
      const qr = r.findings.find((f) => f.id === 'links.qr-code');
      expect(qr?.status).to.equal('fail');
      expect(qr?.message.key).to.equal('links.qr-code.address');
      expect(r.verdict).to.not.equal('no-red-flags');
      expect(translate('en', qr!.message.key, qr!.message.params)).to.include('code.gif');
      expect(translate('ja', qr!.message.key, qr!.message.params)).to.not.match(/links\.qr/);
    });

  it("twin: a registration's code to the sender's own site with the attendee's address is the sender's (info)", () => {
    const qr = qrOf(
      withQr(
        'Kanazawa Expo <tickets@kanazawa-expo.jp>',
        'https://www.kanazawa-expo.jp/checkin?email=sato%40example.co.jp',
        'Your entry pass: show this code at the gate.',
      ),
    );
    expect(qr?.status).to.equal('info');
  });

  it('twin: a code to another organisation without the address only warns', () => {
    const qr = qrOf(
      withQr('Hokuriku Gardens <news@hokuriku-gardens.jp>', 'https://promo-cdn.example.net/spring', 'Spring sale.'),
    );
    expect(qr?.status).to.equal('warn');
  });

  it("twin: a code to a brand's real site with the address only warns (a booking's check-in)", () => {
    const qr = qrOf(
      withQr(
        'Hotel Kanazawa <stay@hotel-kanazawa.jp>',
        'https://www.booking.com/mybooking?email=sato%40example.co.jp',
        'Scan to manage your stay.',
      ),
    );
    expect(qr?.status).to.equal('warn');
  });
});
