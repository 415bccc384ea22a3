/**
 * Issue #19: the command line's finders answer from what they found once per text (lure-matcher.ts Forms.found), and
 * scan only the word starts that pass every scanned finder's sieves merged (wordStarts). Neither may change a hit:
 * these pin the answers that depend on what was asked before — another finder first, the same finder with other
 * families skipped, a finder whose trie joined the merged sieves after the text's places were found.
 */
import { expect } from 'chai';
import { phraseFinder } from '../../../src/core/checks/lure-matcher';

// The finders below take the families of checks' own finders (document-offer.ts, domain-slam-judge.ts,
// rental-deposit-judge.ts) over phrases of their own, as phrase-table-limit.test.ts does: a finder of new families
// would be one the built command lacks (test/package/prebuilt-tries.test.ts lists every finder made).

/** Hits as plain values (family and span), in the order given. */
const spans = (hits: { family: string; start: number; end: number }[]) =>
  hits.map(({ family, start, end }) => `${family}:${start}-${end}`);

describe('lure-matcher scans (issue #19)', () => {
  it('finds the same hits for a finder asked after another finder read the text', () => {
    const text = 'Please alpha beta now, then gamma delta and zeta eta at once.';
    const first = phraseFinder(['offer'] as const, { offer: ['alpha beta'] });
    // Made after the text's places were found for `first`: its trie joins the merged sieves on its first scan.
    expect(spans(first(text))).to.deep.equal(['offer:7-17']);
    const second = phraseFinder(['not-a-bill', 'expiry'] as const, {
      'not-a-bill': ['gamma delta'],
      expiry: ['zeta eta'],
    });
    expect(spans(second(text))).to.deep.equal(['not-a-bill:28-39', 'expiry:44-52']);
    expect(spans(first(text))).to.deep.equal(['offer:7-17']);
  });

  it('answers a second question with families skipped as a fresh scan would', () => {
    const find = phraseFinder(['absent', 'keys-sent', 'pay-first'] as const, {
      absent: ['wire the', 'pay now'],
      'keys-sent': ['pay now please'],
      'pay-first': ['not in this text'],
    });
    const text = 'Kindly pay now please, and wire the fee today.';
    expect(spans(find(text))).to.deep.equal(['absent:27-35', 'keys-sent:7-21']);
    expect(spans(find(text, new Set(['keys-sent'])))).to.deep.equal(['absent:27-35']);
    expect(spans(find(text, new Set(['absent'])))).to.deep.equal(['keys-sent:7-21']);
    // A place's hit is its longest phrase, skipped or not: with the later 'wire the' gone, 'pay now' is not read
    // out of 'pay now please'.
    expect(spans(find('Kindly pay now please.', new Set(['keys-sent'])))).to.deep.equal([]);
    expect(spans(find(text))).to.deep.equal(['absent:27-35', 'keys-sent:7-21']);
  });

  it('finds the first hit of each family when every family is found early', () => {
    const find = phraseFinder(['offer'] as const, { offer: ['reset link', 'reset link now'] });
    expect(spans(find('a reset link now, then reset link'))).to.deep.equal(['offer:2-16']);
  });
});
