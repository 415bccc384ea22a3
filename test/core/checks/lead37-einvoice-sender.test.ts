/**
 * sender.lookalike-domain read with a brand's own e-invoice site (lookalike.ts `ownService`, det37a): VNPT's genuine
 * e-invoice notice from vnpt-invoice.com.vn, authenticated for that domain (DMARC pass), is only warned about; the
 * same domain unauthenticated, and the kits' shapes under other suffixes even authenticated, still fail (issue #16).
 */
import { expect } from 'chai';
import { bad, deliveredMail, one } from './authenticated-mail';

const FROM = '"VNPT Invoice" <hoadon@vnpt-invoice.com.vn>';
const SUBJECT = 'Thông báo phát hành hóa đơn điện tử số 0001234';
const body = (site: string) => ({
  html:
    '<p>Kính gửi Quý khách hàng,</p><p>VNPT xin thông báo hóa đơn điện tử số 0001234 đã được phát hành. ' +
    `Quý khách có thể tra cứu hóa đơn tại <a href="https://${site}/tracuu">${site}/tracuu</a> với mã tra cứu ` +
    'AB12CD34.</p><p>Trân trọng,<br>VNPT</p>',
});

describe('lead37: a brand’s own e-invoice site in the sender’s address', () => {
  it('only warns about vnpt-invoice.com.vn when the mail authenticates for it, and draws no likely-phishing', () => {
    const r = deliveredMail(FROM, SUBJECT, body('vnpt-invoice.com.vn'), true);
    expect(one(r, 'sender.lookalike-domain')?.status, bad(r).join(' ')).to.equal('warn');
    expect(r.verdict, bad(r).join(' ')).to.not.equal('likely-phishing');
  });

  it('still fails the same domain when the mail does not authenticate for it', () => {
    const r = deliveredMail(FROM, SUBJECT, body('vnpt-invoice.com.vn'), false);
    expect(one(r, 'sender.lookalike-domain')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('still fails the kit’s shape under another suffix, authenticated for its own domain', () => {
    const r = deliveredMail('"VNPT Invoice" <hoadon@vnpt-invoice.com>', SUBJECT, body('vnpt-invoice.com'), true);
    expect(one(r, 'sender.lookalike-domain')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});
