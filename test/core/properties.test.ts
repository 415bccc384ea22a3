/**
 * Property tests: for arbitrary header blocks, bodies, URLs and encoded words, analyze never throws and returns a
 * well-formed Report (test/fixtures/hostile-arbitraries.ts says what well-formed means). A few hundred cases each,
 * from a fixed seed so that CI is repeatable; `FC_SEED=<n> npx mocha …` explores others, and `npm run fuzz` runs a
 * million cases before a release.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { Report } from '../../src/core/report';
import { PROPERTIES, reportProblems } from '../fixtures/hostile-arbitraries';
import { fixture } from '../helpers';

const SEED = Number(process.env.FC_SEED ?? 20_261_127);
/** Runs per property: the async raw-message one and the URL one cost the most per case. */
const RUNS: Record<string, number> = {
  'message-input': 250,
  urls: 120,
  'encoded-words': 200,
  'any-text': 400,
  'raw-message': 150,
};

describe('property tests: any input gives a well-formed report', function () {
  this.timeout(60_000);

  describe('the report checker (it must be able to fail)', () => {
    let report: Report;
    before(async () => {
      report = analyze(await parseMessage(fixture('kagoya-2021-12.eml')));
    });
    const broken = (change: (r: Report) => void): string[] => {
      const copy = structuredClone(report);
      change(copy);
      return reportProblems(copy);
    };

    it('finds nothing wrong with the report of a real phishing message', () => {
      expect(report.findings.length).to.be.greaterThan(3);
      expect(reportProblems(report)).to.deep.equal([]);
    });

    it('finds a message key that is not in the dictionaries', () => {
      expect(broken((r) => ((r.findings[0]!.message as { key: string }).key = 'no.such.key'))).to.not.be.empty;
    });

    it('finds a placeholder left without its parameter', () => {
      const withParam = report.findings.findIndex((f) => Object.keys(f.message.params).length > 0);
      expect(broken((r) => (r.findings[withParam]!.message.params = {}))).to.not.be.empty;
    });

    it('finds a highlight that is not part of the evidence it marks', () => {
      expect(broken((r) => r.findings[0]!.evidence.push({ header: 'From', value: 'a', highlight: 'b' }))).to.not.be
        .empty;
    });

    it('finds a verdict the policy does not give these findings', () => {
      expect(broken((r) => (r.verdict = r.verdict === 'no-red-flags' ? 'likely-phishing' : 'no-red-flags'))).to.not.be
        .empty;
    });

    it('finds a parser that threw (its problem code in content.unreadable-parts)', () => {
      const unreadable = {
        id: 'content.unreadable-parts',
        section: 'content' as const,
        status: 'info' as const,
        message: { key: 'content.unreadable-parts' as const, params: { codes: ['received-unreadable'], count: 1 } },
        evidence: [],
      };
      expect(broken((r) => r.findings.push(unreadable))).to.not.be.empty;
    });

    it('finds a check that threw', () => {
      const failed = {
        id: 'report.check-failed',
        section: 'content' as const,
        status: 'info' as const,
        message: { key: 'report.check-failed' as const, params: { check: 'x', error: 'TypeError' } },
        evidence: [],
      };
      expect(broken((r) => r.findings.push(failed))).to.not.be.empty;
    });
  });

  for (const property of PROPERTIES) {
    it(property.what, async () => {
      await fc.assert(
        fc.asyncProperty(property.arbitrary, async (value) => {
          await property.check(value);
        }),
        { numRuns: RUNS[property.name] ?? 300, seed: SEED },
      );
    });
  }
});
