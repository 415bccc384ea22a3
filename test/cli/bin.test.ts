import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';

const BIN = join(projectRoot, 'dist', 'cli', 'phish-inspector.cjs');
const THREE = join('test', 'fixtures', 'cli-three.mbox');

/** The built command exists only after `npm run build`; CI always builds first, so there its absence fails. */
function requireBuilt(ctx: Mocha.Context): void {
  if (existsSync(BIN)) return;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${BIN} is missing: run npm run build first`);
  console.log('      (skipped: dist/cli/phish-inspector.cjs is not built; run npm run build)');
  ctx.skip();
}

describe('cli: the built phish-inspector command', () => {
  beforeEach(function () {
    requireBuilt(this);
  });

  it('is an executable file starting with a node shebang', () => {
    expect(statSync(BIN).mode & 0o111).to.not.equal(0);
    const head = spawnSync('head', ['-c', '20', BIN], { encoding: 'utf8' }).stdout;
    expect(head.startsWith('#!/usr/bin/env node\n')).to.equal(true);
  });

  it('runs as a process: one JSON line per mbox message, exit 0', () => {
    const result = spawnSync(BIN, ['--json', THREE], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status, result.stderr).to.equal(0);
    const sources = result.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { source: string }).source);
    expect(sources).to.deep.equal([`${THREE}#1`, `${THREE}#2`, `${THREE}#3`]);
  });

  it('exits 2 with the usage on stderr for an unknown flag', () => {
    const result = spawnSync(process.execPath, [BIN, '--frobnicate', THREE], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).to.equal(2);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.include('--frobnicate').and.include('Usage: phish-inspector');
  });

  it('stops quietly when the reader of its output goes away (piped into head)', async () => {
    // The same mailbox many times over, so output is still being written when the pipe closes.
    const args = ['--json', ...Array.from({ length: 400 }, () => THREE)];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const firstLine = await new Promise<string>((resolve) => {
      let buffered = '';
      child.stdout.on('data', (d: Buffer) => {
        buffered += d.toString();
        const nl = buffered.indexOf('\n');
        if (nl !== -1) {
          child.stdout.destroy(); // what `head -1` does after its line
          resolve(buffered.slice(0, nl));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(JSON.parse(firstLine)).to.include({ source: `${THREE}#1` });
    expect(stderr).to.equal('');
    expect(code).to.equal(0);
  });
});
