import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';
import { TIMINGS_PREFIX, type TimingsLine } from '../../src/cli/timings';
import { main } from '../../src/cli/main';
import { threadsFromReadings, type CpuReading } from '../../src/cli/workers';

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

  it('keeps its worker busy: a second thread analyses a fair share of a folder, not the odd message', () => {
    // The fixtures four times over (~600 messages). The worker's answers must be let in as they come: when they
    // waited for the main thread to pause, it took ~10 % of them (the main thread the rest); now ~40-50 %.
    const fixtures = join('test', 'fixtures');
    const result = run(['--jobs', '2', '--json', fixtures, fixtures, fixtures, fixtures]);
    expect(result.timings?.threads).to.equal(2);
    expect(result.timings?.byWorkers).to.be.above(result.timings!.messages / 4);
  });

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

/** Two readings `ms` apart: the machine's idle time and this process's CPU time grown by `idle` and `own` ms. */
function readings(ms: number, idle: number, own: number): [CpuReading, CpuReading] {
  const first = { at: 1000, idleMs: 5_000_000, ownMs: 300 };
  return [first, { at: first.at + ms, idleMs: first.idleMs + idle, ownMs: first.ownMs + own }];
}

describe('cli: the default number of threads, from the cores found free as the run begins (issue #19)', () => {
  it('uses both cores of a quiet 2-core machine, whatever its last minute was (no load average is read)', () => {
    // The main thread kept one core busy, the other was idle but for a little background work.
    const [a, b] = readings(150, 135, 150);
    const chosen = threadsFromReadings(a, b, 2);
    expect(chosen.threads).to.equal(2);
    expect(chosen.free).to.be.closeTo(1.9, 1e-9);
  });

  it('counts the cores this process kept busy itself (V8 compiling beside the main thread) as its own', () => {
    // 0.4 of the second core went to V8's helper threads: idle 0.6, this process 1.4.
    const [a, b] = readings(200, 120, 280);
    expect(threadsFromReadings(a, b, 2).threads).to.equal(2);
  });

  it('stays on one thread when another program keeps the other core busy, or half of it', () => {
    expect(threadsFromReadings(...readings(150, 3, 147), 2).threads).to.equal(1);
    expect(threadsFromReadings(...readings(150, 75, 150), 2).threads).to.equal(1);
    // A busy machine where this run got only part of a core.
    expect(threadsFromReadings(...readings(150, 0, 80), 2).threads).to.equal(1);
  });

  it('takes a core that was three quarters free or more', () => {
    expect(threadsFromReadings(...readings(200, 150, 200), 2).threads).to.equal(2);
    expect(threadsFromReadings(...readings(200, 140, 200), 2).threads).to.equal(1);
  });

  it('never uses more threads than the cores this process may use', () => {
    // 8 idle cores seen, 4 of them this process's (CPU affinity).
    expect(threadsFromReadings(...readings(150, 7 * 150, 150), 4).threads).to.equal(4);
    expect(threadsFromReadings(...readings(150, 2 * 150, 150), 8).threads).to.equal(3);
  });

  it('stays on one thread when the readings say nothing (taken at the same moment, or the clock went back)', () => {
    expect(threadsFromReadings(...readings(0, 0, 0), 2).threads).to.equal(1);
    expect(threadsFromReadings(...readings(-5, 100, 100), 2).threads).to.equal(1);
  });
});

describe('cli: a folder run on the threads found free, with the output of one thread (issue #19)', function () {
  this.timeout(180_000);
  before(function () {
    requireBuiltCli(this);
  });

  /** main in-process on the fixtures, its workers the built command, the machine's CPU times as `readCpus` says. */
  async function runMain(argv: string[], readCpus: () => CpuReading) {
    let stdout = '';
    let stderr = '';
    const code = await main([...argv, join(projectRoot, 'test', 'fixtures'), join(projectRoot, THREE)], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      timings: true,
      workers: { script: CLI_BIN, cores: 2, readCpus },
    });
    const lines = stderr.split('\n');
    const timings = lines.find((l) => l.startsWith(TIMINGS_PREFIX));
    return {
      code,
      stdout,
      stderr: lines.filter((l) => !l.startsWith(TIMINGS_PREFIX)).join('\n'),
      timings: JSON.parse(timings!.slice(TIMINGS_PREFIX.length)) as TimingsLine,
    };
  }
  /** A machine whose every core is idle (the idle time grows with the clock on each) but this process's one. */
  const quiet = (): CpuReading => ({ at: performance.now(), idleMs: performance.now(), ownMs: performance.now() });
  /** A machine some other program keeps busy: nothing idle, this process on part of a core. */
  const busy = (): CpuReading => ({ at: performance.now(), idleMs: 0, ownMs: performance.now() / 2 });

  it('starts a worker once a second core was found free, and prints what --jobs 1 prints', async () => {
    let read = 0;
    const one = await runMain(['--json', '--jobs', '1'], () => (read++, quiet()));
    expect(read, '--jobs 1 reads no CPU times').to.equal(0);
    expect(one.timings.threadsBy).to.equal('--jobs 1');
    const free = await runMain(['--json'], quiet);
    expect(free.timings.threads).to.equal(2);
    expect(free.timings.threadsBy).to.equal('free 2.00 of 2 cores');
    expect(free.timings.messages).to.equal(one.timings.messages).and.be.above(100);
    expect(free.code).to.equal(one.code);
    expect(free.stdout).to.equal(one.stdout);
    expect(free.stderr).to.equal(one.stderr);
  });

  it('stays on the main thread when no core was free, with the same output', async () => {
    const one = await runMain(['--lang', 'ja', '--jobs', '1'], quiet);
    const busyRun = await runMain(['--lang', 'ja'], busy);
    expect(busyRun.timings.threads).to.equal(1);
    expect(busyRun.timings.threadsBy).to.match(/^free 0\.\d\d of 2 cores$/);
    expect(busyRun.stdout).to.equal(one.stdout);
  });

  it('the built command, by default: a folder printed as --jobs 1 prints it, a single message on one thread', () => {
    const paths = [join('test', 'fixtures'), THREE];
    const one = run(['--jobs', '1', '--json', ...paths]);
    const chosen = run(['--json', ...paths]);
    expect(chosen.timings?.threadsBy).to.match(/^(free \d+\.\d\d of \d+ cores|one core)$/);
    expect(chosen.stdout).to.equal(one.stdout);
    expect(chosen.stderr).to.equal(one.stderr);
    const single = run(['--json', KAGOYA]);
    expect(single.timings?.threads).to.equal(1);
    expect(single.timings?.threadsBy).to.be.oneOf(['run too short', 'one core']);
  });
});
