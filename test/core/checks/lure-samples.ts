/**
 * Lure-lexicon samples for the lexicon tests (lure-lexicon-*.test.ts): the families content.lure names for a
 * subject and body, and `=====`-separated sample files.
 */
import { expect } from 'chai';
import { CONTENT_CHECKS } from '../../../src/core/checks/content';
import type { CheckContext } from '../../../src/core/checks/check';
import type { Finding } from '../../../src/core/report';
import type { ParsedMessage } from '../../../src/core/types';
import { fixtureText } from '../../helpers';

const lure = CONTENT_CHECKS.find(([id]) => id === 'content.lure')![1];

/** The lure families content.lure names for this subject and body, joined by commas ('' when it does not fire). */
export function familiesOf(subject: string, bodyText: string): string {
  const msg = { subject, bodyText, forms: [], links: [] } as unknown as ParsedMessage;
  const f = lure(msg, {} as CheckContext) as Finding | undefined;
  const keys = (f?.message.params.families as { keys?: string[] } | undefined)?.keys ?? [];
  return keys.map((k) => k.replace('content.family.', '')).join(',');
}

/** `=====`-separated samples: an optional `families:` line, the Subject line, then the body. */
export function samples(name: string): { families: string; subject: string; body: string }[] {
  return fixtureText(name)
    .split(/^=====$/m)
    .slice(1, -1)
    .map((chunk) => {
      const lines = chunk.replace(/^\n/, '').split('\n');
      const families = lines[0]?.startsWith('families: ') ? lines.shift()!.slice('families: '.length) : '';
      return { families, subject: (lines.shift() ?? '').replace(/^Subject: /, ''), body: lines.join('\n') };
    });
}

/**
 * The tests of a pair of sample files: each phishing sample gets exactly its families, each genuine notice none;
 * at least `least` of each, so an emptied file fails.
 */
export function testSamples(lureFile: string, ordinaryFile: string, least: { lures: number; ordinary: number }): void {
  const lures = samples(lureFile);
  const ordinary = samples(ordinaryFile);

  it('has samples to read', () => {
    expect(lures.length).to.be.at.least(least.lures);
    expect(ordinary.length).to.be.at.least(least.ordinary);
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
}
