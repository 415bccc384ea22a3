/** The core's text helpers (src/core/text.ts): cutting never splits a character; decoding never throws. */
import { expect } from 'chai';
import { charBoundary, cutText, percentDecode, safeDecode, madeOfWords } from '../../src/core/text';

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

describe('madeOfWords', () => {
  const words = new Set(['mail', 'secure', 'box', 'notice']);
  it('reads a label made only of the words, with what is allowed between them', () => {
    expect(madeOfWords('securemail', words, 6)).to.equal(true);
    expect(madeOfWords('secure-mail', words, 6, { hyphens: true })).to.equal(true);
    expect(madeOfWords('mailbox2024', words, 6, { digits: true })).to.equal(true);
    expect(madeOfWords('mail-notices', words, 6, { hyphens: true, plurals: true })).to.equal(true);
  });

  it('refuses a label with anything else in it, or what is not allowed', () => {
    expect(madeOfWords('acmemail', words, 6)).to.equal(false);
    expect(madeOfWords('secure-mail', words, 6)).to.equal(false);
    expect(madeOfWords('mail2024', words, 6)).to.equal(false);
    expect(madeOfWords('', words, 6)).to.equal(false);
    expect(madeOfWords('mail'.repeat(16), words, 6)).to.equal(false); // over 63 characters: no domain label
  });
});
