/**
 * The whole development corpus through the CLI: every message labels.tsv lists is analysed, and nothing else;
 * none is an error. The corpus grows (../shared/corpus/README.md): the list, not a number, says what is in it.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { main } from '../../src/cli/main';
import type { JsonLine } from '../../src/cli/format-json';
import { sharedPath } from '../helpers';

describe('cli: phish-inspector --json ../shared/corpus', function () {
  this.timeout(120_000);

  it('analyses every message labels.tsv lists, each once, with no error line and exit status 0', async function () {
    const corpus = sharedPath(this, 'corpus');
    const listed = readFileSync(join(corpus, 'labels.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t')[0] ?? '')
      .filter(Boolean);
    let stdout = '';
    let stderr = '';
    const code = await main(['--json', corpus], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
    });
    const lines = stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as JsonLine);
    expect(stderr.split('\n').filter((l) => l && !/IP data|ip-owner|table/i.test(l))).to.deep.equal([]);
    expect(code).to.equal(0);
    expect(listed.length).to.be.above(0);
    // A file that opens with an mbox envelope line (the SpamAssassin ones do) is read as a mailbox of one: `x.eml#1`.
    const analysed = lines.map((line) => relative(corpus, line.source.replace(/#1$/, '')).split(sep).join('/'));
    expect([...analysed].sort()).to.deep.equal([...listed].sort());
    for (const line of lines) expect(line.verdict).to.be.oneOf(['likely-phishing', 'suspicious', 'no-red-flags']);
  });
});
