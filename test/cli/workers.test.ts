import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';
import { TIMINGS_PREFIX, type TimingsLine } from '../../src/cli/timings';

const THREE = join('test', 'fixtures', 'cli-three.mbox');
const KAGOYA = join('test', 'fixtures', 'kagoya-2021-12.eml');

/** The built command as a process, with the timings line asked for (it says how many threads analysed). */
function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, PHISH_INSPECTOR_TIMINGS: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = result.stderr.split('\n');
  const timings = lines.find((l) => l.startsWith(TIMINGS_PREFIX));
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: lines.filter((l) => !l.startsWith(TIMINGS_PREFIX)).join('\n'),
    timings: timings ? (JSON.parse(timings.slice(TIMINGS_PREFIX.length)) as TimingsLine) : undefined,
  };
}

describe('cli: --jobs, a folder analysed on several threads (issue #19)', function () {
  // Each run analyses the 121 fixture messages, twice per test; slower on a loaded machine.
  this.timeout(120_000);
  let dir: string;
  before(function () {
    requireBuiltCli(this);
    // Every fixture message, an mbox, and the failures that must keep their place: an empty file, one not mail.
    dir = mkdtempSync(join(tmpdir(), 'phish-jobs-'));
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'empty.eml'), '');
    writeFileSync(join(dir, 'bad', 'not-mail.eml'), 'just some words, no headers at all\n');
    copyFileSync(join(projectRoot, KAGOYA), join(dir, 'bad', 'z-kagoya.eml'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const mode of [['--json'], ['--lang', 'ja']]) {
    it(`prints what one thread prints, in the same order, errors in their place (${mode.join(' ')})`, () => {
      const paths = [join('test', 'fixtures'), THREE, join(dir, 'bad')];
      const one = run(['--jobs', '1', ...mode, ...paths]);
      const three = run(['--jobs', '3', ...mode, ...paths]);
      expect(one.timings?.threads).to.equal(1);
      // Not a run that quietly stayed on one thread: two workers took part.
      expect(three.timings?.threads).to.equal(3);
      expect(three.timings?.messages).to.equal(one.timings?.messages).and.be.above(100);
      expect(three.status).to.equal(1);
      expect(one.status).to.equal(1);
      expect(three.stdout).to.equal(one.stdout);
      expect(three.stderr).to.equal(one.stderr);
      expect(three.stderr).to.include('empty.eml').and.include('not-mail.eml');
    });
  }

  it('starts no worker for a single message, whatever --jobs says', () => {
    const result = run(['--jobs', '4', '--json', KAGOYA]);
    expect(result.status, result.stderr).to.equal(0);
    expect(result.timings?.threads).to.equal(1);
  });

  it('refuses a --jobs that is not a whole number from 1 to 64, with the usage (exit 2)', () => {
    for (const bad of ['0', 'two', '-1', '1.5', '65', '999']) {
      const result = run(['--jobs', bad, KAGOYA]);
      expect(result.status, bad).to.equal(2);
      expect(result.stderr).to.include('--jobs').and.include('Usage: phish-inspector');
    }
  });
});
