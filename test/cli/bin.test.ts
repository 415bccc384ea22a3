import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';
import { rawKeysIn } from '../raw-keys';
import { GROUP_CONFIG, OWN_DOMAIN_SPOOF } from './config-fixture';

const BIN = CLI_BIN;
const THREE = join('test', 'fixtures', 'cli-three.mbox');
const KAGOYA = join('test', 'fixtures', 'kagoya-2021-12.eml');

/** The command as `npx phish-inspector …` runs it: the bundle as a process of its own, from the project folder. */
function phishInspector(args: string[], input?: string | Buffer) {
  return spawnSync(BIN, args, { cwd: projectRoot, encoding: 'utf8', input: input ?? '' });
}

interface Line {
  source: string;
  verdict: string;
  findings: { id: string; status: string }[];
}

describe('cli: the built phish-inspector command', function () {
  // Each test starts the command as a process (about 0.3 s each, more on a loaded machine); the raw-key test 16.
  this.timeout(60_000);
  beforeEach(function () {
    requireBuiltCli(this);
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

  it('prints its version, the one in package.json, and exits 0 — also when copied away from the project', () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const result = phishInspector(['--version']);
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.equal(`phish-inspector ${version}\n`);
    expect(result.stderr).to.equal('');
    // The version is inside the bundle, not read from a package.json beside it.
    const alone = mkdtempSync(join(tmpdir(), 'phish-inspector-alone-'));
    try {
      copyFileSync(BIN, join(alone, 'phish-inspector.cjs'));
      const copied = spawnSync(process.execPath, [join(alone, 'phish-inspector.cjs'), '--version'], {
        cwd: alone,
        encoding: 'utf8',
      });
      expect(copied.stdout).to.equal(`phish-inspector ${version}\n`);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('shows words, never a raw message key, in its reports, usage and errors, in both languages', () => {
    const kagoya = readFileSync(join(projectRoot, KAGOYA));
    for (const lang of ['en', 'ja']) {
      const runs = [
        phishInspector(['--lang', lang, '-'], kagoya),
        phishInspector(['--lang', lang, THREE]),
        phishInspector(['--lang', lang, '--help']),
        phishInspector(['--lang', lang, '--bogus']),
        phishInspector(['--lang', lang, '-']),
        phishInspector(['--lang', lang, 'no-such-file.eml', 'package.json']),
        phishInspector(['--lang', lang, '--config', 'package.json', '-'], kagoya),
        phishInspector(['--lang', lang, '--config', 'no-such-config.json', '-'], kagoya),
      ];
      for (const result of runs) {
        expect(result.stdout + result.stderr).to.not.equal('');
        expect(rawKeysIn(result.stdout), `${lang}: ${result.stdout}`).to.deep.equal([]);
        expect(rawKeysIn(result.stderr), `${lang}: ${result.stderr}`).to.deep.equal([]);
      }
    }
  });

  it('reads one message piped into - (cat message.eml | phish-inspector -)', () => {
    const result = phishInspector(['-'], readFileSync(join(projectRoot, KAGOYA)));
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout.split('\n')[0]).to.equal('== -');
    expect(result.stdout).to.include('Verdict: Likely phishing');
    expect(result.stdout.trimEnd().split('\n').pop()).to.match(/^IP network data: /);
  });

  it('reads an mbox piped into - in JSON mode', () => {
    const result = phishInspector(['--json', '-'], readFileSync(join(projectRoot, THREE)));
    expect(result.status, result.stderr).to.equal(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Line).source),
    ).to.deep.equal(['-#1', '-#2', '-#3']);
  });

  it('prints nothing on stdout, not even the IP data attribution, when nothing could be analysed', () => {
    const empty = phishInspector(['-']);
    expect(empty.status).to.equal(1);
    expect(empty.stdout).to.equal('');
    expect(empty.stderr).to.include('standard input (-) is empty');
    const missing = phishInspector([join('test', 'fixtures', 'no-such-message.eml')]);
    expect(missing.status).to.equal(1);
    expect(missing.stdout).to.equal('');
  });

  describe('with --config, the add-in’s config.json', () => {
    let tmp: string;
    before(() => {
      tmp = mkdtempSync(join(tmpdir(), 'phish-inspector-bin-'));
      writeFileSync(join(tmp, 'config.json'), JSON.stringify(GROUP_CONFIG));
      writeFileSync(join(tmp, 'bad-field.json'), JSON.stringify({ ...GROUP_CONFIG, ownDomains: 'not a domain' }));
      writeFileSync(join(tmp, 'broken.json'), '{ "ownDomains": [');
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('gives the findings the organisation’s config changes: its own domain forged, its filter trusted', () => {
      const without = phishInspector(['--json', '-'], OWN_DOMAIN_SPOOF);
      const withConfig = phishInspector(['--json', '--config', join(tmp, 'config.json'), '-'], OWN_DOMAIN_SPOOF);
      expect(withConfig.status, withConfig.stderr).to.equal(0);
      expect(withConfig.stderr).to.equal('');
      const before = JSON.parse(without.stdout) as Line;
      const after = JSON.parse(withConfig.stdout) as Line;
      expect(before.verdict).to.equal('no-red-flags');
      expect(before.findings.map((f) => f.id)).to.not.include('sender.spoofed-domain');
      expect(after.verdict).to.equal('likely-phishing');
      const spoofed = after.findings.filter((f) => f.id === 'sender.spoofed-domain');
      expect(spoofed.map((f) => f.status)).to.deep.equal(['fail']);
    });

    it('names a bad field on stderr and goes on with its default; a broken file is exit 2', () => {
      const bad = phishInspector(['--json', '--config', join(tmp, 'bad-field.json'), '-'], OWN_DOMAIN_SPOOF);
      expect(bad.status).to.equal(0);
      expect(bad.stderr).to.equal(
        `phish-inspector: ${join(tmp, 'bad-field.json')}: "ownDomains": it must hold domain names. Its default is used.\n`,
      );
      expect((JSON.parse(bad.stdout) as Line).findings.map((f) => f.id)).to.not.include('sender.spoofed-domain');
      const broken = phishInspector(['--config', join(tmp, 'broken.json'), KAGOYA]);
      expect(broken.status).to.equal(2);
      expect(broken.stdout).to.equal('');
      expect(broken.stderr).to.match(/^phish-inspector: .*broken\.json: not a valid configuration \(.+\)\. Fix it/);
    });
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
