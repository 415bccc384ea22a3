/**
 * A brand's own e-invoice site (`vnpt-invoice.com.vn` beside vnpt.vn): the shape of a look-alike — the brand's label,
 * a hyphen and a word — under a suffix of the brand's own country, which lookalike.ts marks `ownService` so that mail
 * authenticating for it is only warned about (issue #16: a false alarm on VNPT's genuine e-invoice mail). The kits
 * take the same words under other suffixes, other words, or the label in look-alike letters: still look-alikes, and
 * none of them marked.
 */
import { expect } from 'chai';
import { loadBrands } from '../../../src/core/brands/lookup';
import { findLookalike } from '../../../src/core/brands/lookalike';

const lookalike = (domain: string) => findLookalike(loadBrands(), domain);

describe('det37a: a brand label and an e-invoice word under the brand’s own country suffix', () => {
  it('marks vnpt-invoice.com.vn (VNPT’s e-invoice site, vnpt.vn) as the brand’s own service shape', () => {
    for (const domain of ['vnpt-invoice.com.vn', 'vnpt-hoadon.vn', 'vnpt-invoices.com.vn']) {
      const found = lookalike(domain);
      expect(found?.technique, domain).to.equal('extra-words');
      expect(found?.target, domain).to.equal('vnpt.vn');
      expect(found?.ownService, domain).to.equal(true);
    }
  });

  it('leaves the kits’ shapes unmarked: another suffix, another word, more words, glued, look-alike letters', () => {
    for (const domain of [
      'vnpt-invoice.com',
      'vnpt-invoice.net',
      'vnpt-invoice.co',
      'vnpt-invoice.com.co',
      'vnpt-invoice-login.com.vn',
      'vnpt-secure.com.vn',
      'vnpt-support.vn',
      'vnptinvoice.com.vn',
      'xn--vnt-invoice-l6i.com.vn',
      'invoice-vnpt.com.vn',
    ]) {
      expect(lookalike(domain)?.ownService, domain).to.equal(undefined);
    }
    // Still look-alikes: only the brand's own country's suffix and the invoice word mark it.
    for (const domain of ['vnpt-invoice.com', 'vnpt-invoice-login.com.vn', 'vnpt-secure.com.vn'])
      expect(lookalike(domain)?.technique, domain).to.equal('extra-words');
  });
});
