/**
 * The lure lexicon in the languages of the corpus's list phishing beyond the nine (Czech, Polish, Turkish,
 * Russian), and the casino, investment and survey families outside English and Japanese (issue #16, item 10),
 * each with genuine notices in the same languages that hold one family at most. Fixtures lex-*.synthetic.txt.
 */
import { expect } from 'chai';
import { familiesOf, samples } from './lure-samples';

describe('lure lexicon beyond the nine languages', () => {
  const lures = samples('lex-lures-more.synthetic.txt');
  const ordinary = samples('lex-ordinary-more.synthetic.txt');

  it('has samples to read', () => {
    expect(lures.length).to.be.at.least(9);
    expect(ordinary.length).to.be.at.least(5);
  });

  for (const sample of lures) {
    it(`finds ${sample.families} in "${sample.subject}"`, () => {
      expect(familiesOf(sample.subject, sample.body)).to.equal(sample.families);
    });
  }

  for (const sample of ordinary) {
    it(`leaves the genuine notice alone: "${sample.subject}"`, () => {
      expect(familiesOf(sample.subject, sample.body)).to.equal('');
    });
  }
});
