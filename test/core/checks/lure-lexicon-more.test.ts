/**
 * The lure lexicon in the languages of the corpus's list phishing beyond the nine (Czech, Polish, Turkish,
 * Russian), and the casino, investment and survey families outside English and Japanese (issue #16, item 10),
 * each with genuine notices in the same languages that hold one family at most. Fixtures lex-*.synthetic.txt.
 */
import { expect } from 'chai';
import { CONTENT_CHECKS } from '../../../src/core/checks/content';
import type { CheckContext } from '../../../src/core/checks/check';
import type { Finding } from '../../../src/core/report';
import type { ParsedMessage } from '../../../src/core/types';
import { fixtureText } from '../../helpers';

const lure = CONTENT_CHECKS.find(([id]) => id === 'content.lure')![1];

function familiesOf(subject: string, bodyText: string): string {
  const msg = { subject, bodyText, forms: [], links: [] } as unknown as ParsedMessage;
  const f = lure(msg, {} as CheckContext) as Finding | undefined;
  const keys = (f?.message.params.families as { keys?: string[] } | undefined)?.keys ?? [];
  return keys.map((k) => k.replace('content.family.', '')).join(',');
}

/** `=====`-separated samples: an optional `families:` line, the Subject line, then the body. */
function samples(name: string): { families: string; subject: string; body: string }[] {
  return fixtureText(name)
    .split(/^=====$/m)
    .slice(1, -1)
    .map((chunk) => {
      const lines = chunk.replace(/^\n/, '').split('\n');
      const families = lines[0]?.startsWith('families: ') ? lines.shift()!.slice('families: '.length) : '';
      return { families, subject: (lines.shift() ?? '').replace(/^Subject: /, ''), body: lines.join('\n') };
    });
}

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
