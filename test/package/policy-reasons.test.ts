/**
 * The verdict policy's reasons are for whoever maintains the table: every row has one in the source, the CLI keeps
 * them, and the browser bundles ship the weights without the prose (scripts/strip-policy-reasons.cjs).
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY } from '../../src/core/verdict';
import { projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
const { REASON } = require('../../scripts/strip-policy-reasons.cjs') as { REASON: RegExp };
const { asciiOnly } = require('../../scripts/ascii-only-plugin.cjs') as { asciiOnly: (text: string) => string };
const dist = join(projectRoot, 'dist');

describe('the verdict policy’s reasons', () => {
  it('are written for every row, and the browser loader finds every one of them in the source', () => {
    const rows = Object.entries(POLICY);
    for (const [pair, row] of rows) expect(row.reason.length, pair).to.be.greaterThan(20);
    const source = readFileSync(join(projectRoot, 'src', 'core', 'verdict.ts'), 'utf8');
    expect(source.match(REASON)?.length).to.equal(rows.length);
  });

  it('stay out of the task pane and the page, and in the CLI', function () {
    if (!existsSync(join(dist, 'cli', 'phish-inspector.cjs'))) {
      if (process.env.CI === 'true') throw new Error('CI=true but dist/ is not built');
      console.log('      (skipped: dist/ is not built; run npm run build)');
      this.skip();
    }
    const browserJs = readdirSync(dist).filter((f) => /^(taskpane|web)\..*\.js$/.test(f));
    expect(browserJs.length).to.be.greaterThan(2);
    const samples = Object.values(POLICY).map((row) => row.reason.slice(0, 40));
    for (const file of browserJs) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const sample of samples) expect(text.includes(sample), `${file}: ${sample}`).to.equal(false);
    }
    // The CLI is written in ASCII: a reason's characters past it are escapes there (scripts/ascii-only-plugin.cjs).
    const cli = readFileSync(join(dist, 'cli', 'phish-inspector.cjs'), 'utf8');
    expect(samples.filter((sample) => !cli.includes(asciiOnly(sample)))).to.deep.equal([]);
  });
});
