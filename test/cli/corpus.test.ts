/** The whole development corpus through the CLI: every message analysed, none an error (issue: foundation). */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { JsonLine } from '../../src/cli/format-json';
import { sharedPath } from '../helpers';

describe('cli: phish-inspector --json ../shared/corpus', function () {
  this.timeout(120_000);

  it('analyses all labelled messages of the corpus with no error line and exit status 0', async function () {
    const corpus = sharedPath(this, 'corpus');
    const labelled = readFileSync(join(corpus, 'labels.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).length;
    let stdout = '';
    let stderr = '';
    const code = await main(['--json', corpus], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    const lines = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonLine);
    expect(stderr.split('\n').filter((l) => l && !/IP data|ip-owner|table/i.test(l))).to.deep.equal([]);
    expect(code).to.equal(0);
    expect(lines).to.have.length(labelled);
    expect(labelled).to.equal(926);
    for (const line of lines) expect(line.verdict).to.be.oneOf(['likely-phishing', 'suspicious', 'no-red-flags']);
  });
});
