/**
 * brands/footer-claims.ts on its own: every headquarters address is found however the footer writes it (capitals,
 * broken across lines, a Kelvin sign for k) — the words it looks for first must not pass by any of them — and a
 * text that prints none claims nothing. The whole finding is tested in test/core/footer-claims.test.ts.
 */
import { expect } from 'chai';
import { footerClaims, MAX_FOOTER_TEXT } from '../../../src/core/brands/footer-claims';
import { loadBrands } from '../../../src/core/brands/lookup';

const brands = loadBrands();
const claims = (text: string) => footerClaims(brands, text).map((m) => [m.brand.id, m.text]);

describe('footerClaims: brands claimed by their headquarters address', () => {
  it('finds each address in capitals, its words broken across lines, as written', () => {
    const footers: [string, string][] = [
      ['microsoft', 'Microsoft Corporation\nONE MICROSOFT\r\n  WAY, Redmond'],
      ['google', 'Google LLC, 1600 AMPHITHEATRE\tPARKWAY, Mountain View'],
      ['apple', 'Apple Inc., One Apple\nPark Way, Cupertino'],
      ['amazon', 'Amazon.com, 410 TERRY AVENUE N., Seattle'],
      ['amazon', 'Amazon.com, 410 Terry Ave. North'],
      ['netflix', 'Netflix, Inc., 121 Albright\nWay, Los Gatos'],
      ['paypal', 'PayPal, 2211 NORTH FIRST STREET, San Jose'],
      ['paypal', 'PayPal, 2211 N. First  Street, San Jose'],
    ];
    for (const [id, footer] of footers) {
      const found = claims(footer);
      expect(
        found.map(([brand]) => brand),
        footer,
      ).to.deep.equal([id]);
      expect(footer.replace(/\s+/g, ' ')).to.include(found[0]![1]);
    }
  });

  it('reads a Kelvin sign as the k it lower-cases to, giving the address as written', () => {
    expect(claims('Apple Inc., One Apple Par\u212A Way')).to.deep.equal([['apple', 'One Apple Par\u212A Way']]);
  });

  it('claims nothing for a text without an address, or with one past the characters read', () => {
    expect(claims('Microsoft Teams: your meeting starts at 10 on Terry Street')).to.deep.equal([]);
    expect(claims(' '.repeat(MAX_FOOTER_TEXT) + 'One Microsoft Way')).to.deep.equal([]);
  });
});
