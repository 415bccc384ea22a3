/**
 * The built command keeps V8's compiled code between runs (scripts/cli-code-cache.cjs, issue #19): under
 * $XDG_CACHE_HOME/phish-inspector, one file per bundle and Node. The cache changes how fast it starts, never what it
 * prints: a missing, damaged, foreign or unwritable cache is a full compile, silently.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';

const MESSAGE = join(projectRoot, 'test', 'fixtures', 'kagoya-2021-12.eml');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The command on KAGOYA (JSON, then Japanese text), its cache under `cacheHome`; `env` adds variables. */
function runs(cacheHome: string, env: Record<string, string> = {}): Run[] {
  return [
    ['--json', MESSAGE],
    ['--lang', 'ja', MESSAGE],
  ].map((args) => {
    const run = spawnSync(process.execPath, [CLI_BIN, ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, PHISH_INSPECTOR_NO_CODE_CACHE: '', ...env },
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  });
}

/** The cache files the command wrote under `cacheHome`. */
function cacheFiles(cacheHome: string): string[] {
  try {
    return readdirSync(join(cacheHome, 'phish-inspector')).map((name) => join(cacheHome, 'phish-inspector', name));
  } catch {
    return [];
  }
}

describe('the built CLI’s code cache', function () {
  this.timeout(60_000);
  let home: string;
  let plain: Run[];
  before(function () {
    requireBuiltCli(this);
    const off = mkdtempSync(join(tmpdir(), 'phish-inspector-no-cache-'));
    try {
      plain = runs(off, { PHISH_INSPECTOR_NO_CODE_CACHE: '1' });
      expect(cacheFiles(off), 'PHISH_INSPECTOR_NO_CODE_CACHE=1 writes nothing').to.deep.equal([]);
    } finally {
      rmSync(off, { recursive: true, force: true });
    }
    expect(plain.map((r) => r.status)).to.deep.equal([0, 0]);
  });
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'phish-inspector-cache-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('writes one cache file at the first run and prints the same with it as without it', () => {
    expect(runs(home)).to.deep.equal(plain);
    const files = cacheFiles(home);
    expect(files).to.have.length(1);
    expect(files[0]).to.match(new RegExp(`-node${process.versions.node}-${process.arch}\\.v8cache$`));
    const written = readFileSync(files[0]!);
    // Read, not rewritten: V8 took it.
    expect(runs(home)).to.deep.equal(plain);
    expect(readFileSync(files[0]!).equals(written), 'the accepted cache is left as it was').to.equal(true);
  });

  it('ignores a damaged cache file (cut short, a byte changed, garbage) and writes a good one again', () => {
    runs(home);
    const [file] = cacheFiles(home);
    const good = readFileSync(file!);
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1]! ^= 0xff;
    for (const damaged of [good.subarray(0, good.length >> 1), flipped, Buffer.from('not a cache'), Buffer.alloc(0)]) {
      writeFileSync(file!, damaged);
      expect(runs(home)).to.deep.equal(plain);
      const rewritten = readFileSync(file!);
      expect(crc32(rewritten.subarray(4))).to.equal(rewritten.readUInt32LE(0));
    }
  });

  it('falls back when V8 rejects the cache (another script’s code, as another Node would write)', () => {
    runs(home);
    const [file] = cacheFiles(home);
    // The cache file's shape: [CRC-32 of the rest][what the writing run analysed: 0 nothing, 1 a few messages, 2 a
    // folder][V8's data].
    const foreign = Buffer.concat([Buffer.from([1]), new Script('1 + 1').createCachedData()]);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(crc32(foreign), 0);
    writeFileSync(file!, Buffer.concat([head, foreign]));
    expect(runs(home)).to.deep.equal(plain);
    expect(readFileSync(file!).length, 'rewritten with the bundle’s code').to.be.greaterThan(foreign.length + 4);
  });

  it('rewrites a cache a run without a message wrote (--version) at the first run on one, then keeps it', () => {
    const version = spawnSync(process.execPath, [CLI_BIN, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: home, PHISH_INSPECTOR_NO_CODE_CACHE: '' },
    });
    expect(version.status).to.equal(0);
    const [file] = cacheFiles(home);
    const bare = readFileSync(file!);
    expect(bare[4], 'written by a run that analysed nothing').to.equal(0);
    expect(runs(home)).to.deep.equal(plain);
    const warm = readFileSync(file!);
    expect(warm[4]).to.equal(1);
    expect(warm.length, 'it holds the message’s code too').to.be.greaterThan(bare.length);
    expect(runs(home)).to.deep.equal(plain);
    expect(readFileSync(file!).equals(warm)).to.equal(true);
  });

  it('rewrites a cache a run on one message wrote at the first run on a folder (50 messages here), then keeps it', () => {
    runs(home);
    const [file] = cacheFiles(home);
    const one = readFileSync(file!);
    expect(one[4], 'written by a run on one message').to.equal(1);
    const folder = mkdtempSync(join(tmpdir(), 'phish-inspector-folder-'));
    try {
      const bytes = readFileSync(MESSAGE);
      for (let i = 0; i < 50; i++) writeFileSync(join(folder, `m${String(i).padStart(2, '0')}.eml`), bytes);
      const onFolder = () =>
        spawnSync(process.execPath, [CLI_BIN, '--json', '--jobs', '1', folder], {
          encoding: 'utf8',
          env: { ...process.env, XDG_CACHE_HOME: home, PHISH_INSPECTOR_NO_CODE_CACHE: '' },
        });
      const first = onFolder();
      expect(first.status).to.equal(0);
      const wide = readFileSync(file!);
      expect(wide[4], 'written again by the run on a folder').to.equal(2);
      expect(onFolder().stdout).to.equal(first.stdout);
      expect(readFileSync(file!).equals(wide), 'kept by the next run on a folder').to.equal(true);
      // A later run on one message keeps the folder's cache (it holds that message's code too).
      expect(runs(home)).to.deep.equal(plain);
      expect(readFileSync(file!).equals(wide)).to.equal(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps the four newest cache files when it writes one (older builds’ go), others’ files untouched', () => {
    const dir = join(home, 'phish-inspector');
    mkdirSync(dir);
    const old = ['a', 'b', 'c', 'd', 'e'].map((name, i) => {
      const path = join(dir, `0.0.${i}-${name}-node0-x64.v8cache`);
      writeFileSync(path, 'an older build’s cache');
      utimesSync(path, 1_000_000 + i, 1_000_000 + i);
      return path;
    });
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    expect(runs(home)).to.deep.equal(plain);
    const left = readdirSync(dir).sort();
    expect(left).to.include('notes.txt');
    expect(left.filter((name) => name.endsWith('.v8cache'))).to.have.length(4);
    // The newest three older ones stay beside this build's own.
    expect(old.filter((path) => existsSync(path))).to.deep.equal(old.slice(2));
  });

  it('runs as ever when the cache folder cannot be made (XDG_CACHE_HOME is a file)', () => {
    const notAFolder = join(home, 'file');
    writeFileSync(notAFolder, '');
    expect(runs(notAFolder)).to.deep.equal(plain);
    expect(readdirSync(home)).to.deep.equal(['file']);
  });
});
