/**
 * links.brand-in-path and a brand's own national e-invoicing site (lookalike.ts `ownService`, links.ts
 * sendersOwnService): VNPT's genuine invoice notice from vnpt-invoice.com.vn, linking the customer's lookup portal on
 * that same domain, delivered where the reader's system left no verdict the checks may read, is not likely phishing —
 * the domain is judged once, by sender.lookalike-domain. The kit's shape under another suffix, a trusted verdict that
 * does not pass, and the brand planted in another host are all still read (issue #16, set44 g-vi-01).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { bad, deliveredMail, one } from './authenticated-mail';

const SUBJECT = 'Thông báo phát hành hóa đơn điện tử số 00004127';
const html = (site: string) =>
  '<p>Kính gửi: CÔNG TY TNHH LOGISTICS MINH PHÁT</p><p>Công ty Cổ phần Thiết bị Văn phòng Hòa Bình vừa phát hành ' +
  'hóa đơn điện tử số 00004127, tổng tiền 18.645.000 VNĐ, mã tra cứu HB8Q2K7M4X. Quý khách vui lòng truy cập ' +
  `<a href="https://${site}/">https://${site}/</a> và nhập mã tra cứu để xem hóa đơn.</p><p>Trân trọng cảm ơn!</p>`;

/** The notice with no Authentication-Results the checks may trust (the reader's MX wrote none). */
function unverified(domain: string, site: string) {
  const headers = [
    'Delivered-To: nguyen.thanh@minhphat-logistics.vn',
    `Received: from mail02.${domain} (mail02.${domain} [113.160.225.72]) by mx1.minhphat-logistics.vn`,
    ' with ESMTPS id 8T8QD3K7X5F; Mon, 12 May 2025 16:08:38 +0700',
    `Message-ID: <600FDtO5EUjJ@${domain}>`,
    'Date: Mon, 12 May 2025 16:08:31 +0700',
    `From: VNPT-Invoice <hoadon@${domain}>`,
    'To: nguyen.thanh@minhphat-logistics.vn',
    `Subject: ${SUBJECT}`,
    'MIME-Version: 1.0',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', html: html(site) });
}

describe('det37e: a brand’s own e-invoice portal linked from its own e-invoice domain', () => {
  it('does not read the sender’s own lookup portal as a planted brand when no verdict can be read', () => {
    const r = unverified('vnpt-invoice.com.vn', 'hoabinhoffice-tt78.vnpt-invoice.com.vn');
    expect(one(r, 'links.brand-in-path'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict, bad(r).join(' ')).to.not.equal('likely-phishing');
  });

  it('still reads the brand planted in the link when the kit uses the shape under another suffix', () => {
    const r = unverified('vnpt-invoice.com', 'hoabinhoffice-tt78.vnpt-invoice.com');
    expect(one(r, 'links.brand-in-path')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('still reads the brand planted in another host linked from the e-invoice domain', () => {
    const r = unverified('vnpt-invoice.com.vn', 'vnpt-invoice.com.vn.tracuu-hoadon.top');
    expect(one(r, 'links.brand-in-path')?.status, bad(r).join(' ')).to.equal('fail');
  });

  it('still reads it when the reader’s system says the domain did not authenticate', () => {
    const r = deliveredMail(
      'VNPT-Invoice <hoadon@vnpt-invoice.com.vn>',
      SUBJECT,
      { html: html('hoabinhoffice-tt78.vnpt-invoice.com.vn') },
      false,
    );
    expect(one(r, 'links.brand-in-path')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });
});
