/** The core's text helpers (src/core/text.ts): cutting never splits a character; decoding never throws. */
import { expect } from 'chai';
import { charBoundary, cutText, percentDecode, safeDecode } from '../../src/core/text';

describe('core text helpers', () => {
  it('cuts text at the limit, one unit earlier when the cut would split a surrogate pair', () => {
    expect(cutText('abcdef', 4)).to.equal('abcd');
    expect(cutText('abc', 4)).to.equal('abc');
    expect(cutText('abc😀def', 4)).to.equal('abc'); // 😀 is two units: 3 and 4
    expect(cutText('abc😀def', 5)).to.equal('abc😀');
    expect(charBoundary('ab😀', 3)).to.equal(2);
    expect(charBoundary('ab😀', 2)).to.equal(2);
  });

  it('decodes percent-encoding, and keeps text that is not valid encoding as written (or says it is not)', () => {
    expect(safeDecode('a%20b')).to.equal('a b');
    expect(safeDecode('100%')).to.equal('100%');
    expect(percentDecode('%E3%81%82')).to.equal('あ');
    expect(percentDecode('%E3%81')).to.equal(undefined);
  });
});
