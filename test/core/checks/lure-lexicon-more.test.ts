/**
 * The lure lexicon in the languages of the corpus's list phishing beyond the nine (Czech, Polish, Turkish,
 * Russian), and the casino, investment and survey families outside English and Japanese (issue #16, item 10),
 * each with genuine notices in the same languages that hold one family at most. Fixtures lex-*.synthetic.txt.
 */
import { testSamples } from './lure-samples';

describe('lure lexicon beyond the nine languages', () => {
  testSamples('lex-lures-more.synthetic.txt', 'lex-ordinary-more.synthetic.txt', { lures: 9, ordinary: 5 });
});
