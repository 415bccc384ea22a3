import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';
import { TIMINGS_PREFIX, type TimingsLine } from '../../src/cli/timings';

const BIN = CLI_BIN;
const THREE = join('test', 'fixtures', 'cli-three.mbox');

function run(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [BIN, '--json', THREE], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(result.status, result.stderr).to.equal(0);
  return result;
}

describe('cli: PHISH_INSPECTOR_TIMINGS, the per-message timings line (issue #19)', function () {
  this.timeout(60_000);
  beforeEach(function () {
    requireBuiltCli(this);
  });

  it('prints the per-message times of the run on stderr and leaves stdout as it is without it', () => {
    const plain = run({ PHISH_INSPECTOR_TIMINGS: '' });
    const timed = run({ PHISH_INSPECTOR_TIMINGS: '1' });
    expect(timed.stdout).to.equal(plain.stdout);
    expect(plain.stderr).to.equal('');
    const lines = timed.stderr.trimEnd().split('\n');
    expect(lines).to.have.length(1);
    expect(lines[0]!.startsWith(TIMINGS_PREFIX)).to.equal(true);
    const figures = JSON.parse(lines[0]!.slice(TIMINGS_PREFIX.length)) as TimingsLine;
    expect(figures.messages).to.equal(3);
    expect(figures.p50Ms).to.be.greaterThan(0);
    expect(figures.p95Ms).to.be.at.least(figures.p50Ms);
    expect(figures.maxMs).to.be.at.least(figures.p95Ms);
    expect(figures.totalMs).to.be.at.least(figures.maxMs);
    expect(figures.startupMs).to.be.greaterThan(0);
  });

  it('stays off when the variable is 0', () => {
    expect(run({ PHISH_INSPECTOR_TIMINGS: '0' }).stderr).to.equal('');
  });
});
