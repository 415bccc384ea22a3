/**
 * The Korean health-insurance refund lure by QR code (issue #16): "[국민건강보험] 미수령 환급금" from a free mailbox,
 * asking the reader to scan a code with the phone's camera ("QR코드를 휴대폰 카메라로 스캔하여") that nobody can read
 * — the National Health Insurance Service (nhis.or.kr) claimed from elsewhere, and links.qr-prompt's Korean wording
 * with the phone named between the code and the verb. Twins: the agency's own authenticated mail, and a request for a
 * photo taken with the phone's camera. Every message here is synthetic, written inline.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';

/** A Korean HTML message from `from`, its domain authenticated (DKIM, SPF, DMARC pass) by the reader's system. */
function mail(from: string, subject: string, html: string): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    'Received: from mail.sender.example (mail.sender.example [198.51.100.23]) by mx.hanbit-dental.co.kr',
    ' with ESMTPS id 4AB1C; Tue, 2 Dec 2025 10:12:04 +0900',
    `Authentication-Results: mx.hanbit-dental.co.kr; dkim=pass header.d=${domain} header.s=s1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <a81f2c9e41@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0900',
    `From: ${from}`,
    'To: 김지은 <jieun.kim@hanbit-dental.co.kr>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', html };
}

const statusOf = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;
const SCAN =
  '<p>고객님 앞으로 미수령 환급금 92,300원이 확인되었습니다.</p>' +
  '<p>아래 QR코드를 휴대폰 카메라로 스캔하여 환급 신청을 완료해 주십시오.</p><p><img src="cid:qr1" alt="QR"></p>';

describe('the health-insurance refund by QR code, in Korean (sender.brand-mismatch, links.qr-prompt)', () => {
  it('flags the agency claimed from a free mailbox asking to scan a code with the phone camera', () => {
    const r = analyze(mail('국민건강보험공단 <nhis_refund@naver.com>', '[국민건강보험] 미수령 환급금 안내', SCAN));
    expect(statusOf(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(statusOf(r, 'links.qr-prompt')).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("leaves the agency's own authenticated notice alone", () => {
    const r = analyze(
      mail(
        '국민건강보험공단 <noreply@nhis.or.kr>',
        '건강검진 안내',
        '<p>올해 건강검진 대상자입니다. 가까운 검진기관에서 받으실 수 있습니다.</p>',
      ),
    );
    expect(statusOf(r, 'sender.brand-mismatch')).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('does not read a request for a photo taken with the phone camera as a code to scan', () => {
    const r = analyze(
      mail(
        '박서준 <seojun.park@hanbit-lab.co.kr>',
        '보철물 사진 요청',
        '<p>보철물 상태를 휴대폰 카메라로 촬영하여 회신해 주시면 확인 후 연락드리겠습니다.</p>',
      ),
    );
    expect(statusOf(r, 'links.qr-prompt')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
