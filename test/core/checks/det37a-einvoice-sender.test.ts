/**
 * VNPT's own e-invoice mail from vnpt-invoice.com.vn (DKIM and DMARC aligned pass) is no look-alike's fail: the brand's
 * label and the invoice word under the brand's own country's suffix, authenticated, only warns (sender.ts with
 * lookalike.ts ownServiceDomain; issue #16, a false alarm on genuine mail). The kits' shapes still fail: the same words
 * under another suffix, the same domain unauthenticated, another word.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';

const BODY =
  'Kính gửi Quý khách hàng CÔNG TY TNHH THƯƠNG MẠI AN PHÁT,\n\n' +
  'VNPT xin trân trọng thông báo: hóa đơn điện tử số 0004817, ký hiệu 1C25TAP, ngày 02/12/2025 đã được phát hành.\n' +
  'Mã số thuế người bán: 0106869738\nTổng tiền thanh toán: 1.650.000 VNĐ\n\n' +
  'Quý khách tra cứu và tải hóa đơn tại: https://0106869738-tt78.vnpt-invoice.com.vn/ với mã tra cứu: A7K2M9Q4.\n\n' +
  'Trân trọng,\nHệ thống hóa đơn điện tử VNPT-Invoice\n';

/** VNPT's e-invoice notice from `domain`, authenticated (aligned DKIM, SPF, DMARC pass) or not. */
function invoiceMail(domain: string, authenticated: boolean): Report {
  const auth = authenticated
    ? [
        `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=vnpt header.b=Xk2m;`,
        ` spf=pass (sender IP is 113.160.248.36) smtp.mailfrom=${domain}; dmarc=pass (p=quarantine) header.from=${domain}`,
        `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=vnpt; h=from:to:subject:date; b=Xk2m`,
      ]
    : [`Authentication-Results: mx.example.net; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=none`];
  const headers = [
    'Delivered-To: ketoan@anphat.example.net',
    `Received: from mail.${domain} (mail.${domain} [113.160.248.36]) by mx.example.net with ESMTPS id 9F2A1;`,
    ' Tue, 2 Dec 2025 09:41:07 +0700',
    ...auth,
    `Message-ID: <20251202094102.4f1c9a@${domain}>`,
    'Date: Tue, 2 Dec 2025 09:41:02 +0700',
    `From: =?UTF-8?B?SMOzYSDEkcahbiDEkWnhu4duIHThu60gVk5QVA==?= <noreply@${domain}>`,
    'To: ketoan@anphat.example.net',
    'Subject: =?UTF-8?B?VGjDtG5nIGLDoW8gcGjDoXQgaMOgbmggaMOzYSDEkcahbiDEkWnhu4duIHThu60=?=',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', text: BODY.replaceAll('vnpt-invoice.com.vn', domain) });
}

const lookalike = (r: Report) => r.findings.find((f) => f.id === 'sender.lookalike-domain');

describe('det37a: VNPT’s own e-invoice mail from vnpt-invoice.com.vn', () => {
  it('only warns about the genuine, authenticated notice, and says no phishing', () => {
    const r = invoiceMail('vnpt-invoice.com.vn', true);
    expect(lookalike(r)?.status).to.equal('warn');
    expect(lookalike(r)?.message.params).to.deep.include({ target: 'vnpt.vn' });
    expect(r.verdict).to.not.equal('likely-phishing');
    expect(r.findings.filter((f) => f.status === 'fail').map((f) => f.id)).to.deep.equal([]);
  });

  it('fails the same domain unauthenticated, and the kits’ other suffixes and words authenticated', () => {
    const cases: [string, boolean][] = [
      ['vnpt-invoice.com.vn', false],
      ['vnpt-invoice.com', true],
      ['vnpt-hoadon.xyz', true],
      ['vnpt-invoice-secure.com.vn', true],
      ['vnptinvoice.com.vn', true],
    ];
    for (const [domain, authenticated] of cases) {
      const r = invoiceMail(domain, authenticated);
      expect(lookalike(r)?.status, domain).to.equal('fail');
      expect(r.verdict, domain).to.not.equal('no-red-flags');
    }
  });
});
