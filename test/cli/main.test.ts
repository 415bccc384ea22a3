import { expect } from 'chai';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import type { JsonLine } from '../../src/cli/format-json';
import { projectRoot } from '../helpers';

const KAGOYA = join(projectRoot, 'test', 'fixtures', 'kagoya-2021-12.eml');
const THREE = join(projectRoot, 'test', 'fixtures', 'cli-three.mbox');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  lines: JsonLine[];
}

async function run(argv: string[], extra: Partial<CliIO> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), ...extra });
  const lines = argv.includes('--json')
    ? stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as JsonLine)
    : [];
  return { code, stdout, stderr, lines };
}

describe('cli: phish-inspector', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'phish-inspector-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints one JSON line for the KAGOYA message: its source, verdict and translated findings', async () => {
    const { code, stdout, stderr, lines } = await run(['--json', KAGOYA]);
    expect(code).to.equal(0);
    expect(stderr).to.equal('');
    expect(stdout.endsWith('\n')).to.equal(true);
    expect(lines).to.have.length(1);
    const [line] = lines;
    expect(line?.source).to.equal(KAGOYA);
    expect(line?.verdict).to.equal('likely-phishing');
    expect(line?.story).to.have.length(3);
    expect(line?.story[0]).to.include('claims to be from KAGOYA');
    expect(line?.findings).to.be.an('array').that.is.not.empty;
    for (const f of line?.findings ?? []) {
      expect(f).to.have.all.keys('id', 'section', 'status', 'message', 'evidence');
      expect(['sender', 'origin', 'links', 'content']).to.include(f.section);
      expect(f.message)
        .to.be.a('string')
        .and.not.match(/^[a-z]+(\.[a-z-]+)+$/, 'a translated text, not a key');
      expect(f.evidence).to.be.an('array');
    }
  });

  it('starts the text report with the story, before the verdict and the checklist', async () => {
    const { code, stdout } = await run([KAGOYA]);
    expect(code).to.equal(0);
    const [heading, first, second] = stdout.split('\n');
    expect(heading).to.include(KAGOYA);
    expect(first).to.match(/^This message claims to be from KAGOYA/);
    expect(second).to.match(/^Its link leads to santamariasold\[\.\]com/);
    expect(stdout.indexOf('Likely phishing')).to.be.greaterThan(stdout.indexOf('report it to IT'));
  });

  it('numbers the messages of an mbox from 1 in their source', async () => {
    const { code, lines } = await run(['--json', THREE]);
    expect(code).to.equal(0);
    expect(lines.map((l) => l.source)).to.deep.equal([`${THREE}#1`, `${THREE}#2`, `${THREE}#3`]);
  });

  it('walks a folder recursively for .eml files (any case) in sorted order and ignores other files', async () => {
    const dir = join(tmp, 'folder');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    for (const name of ['a/b/x.eml', 'a/y.EML', 'c.eml', 'B.eml']) copyFileSync(KAGOYA, join(dir, name));
    writeFileSync(join(dir, 'notes.txt'), 'not a message');
    const { code, lines } = await run(['--json', dir]);
    expect(code).to.equal(0);
    expect(lines.map((l) => l.source)).to.deep.equal(
      ['B.eml', 'a/b/x.eml', 'a/y.EML', 'c.eml'].map((name) => join(dir, name)),
    );
  });

  it('names each unreadable or non-mail file on stderr, still analyses the others, and exits 1', async () => {
    const empty = join(tmp, 'empty.eml');
    const junk = join(tmp, 'picture.eml');
    const missing = join(tmp, 'missing.eml');
    writeFileSync(empty, '');
    // Binary junk: a PNG signature and IHDR chunk, then noise — what a mis-saved attachment looks like.
    const noise = Array.from({ length: 2048 }, (_, i) => (i * 131 + 17) % 256);
    writeFileSync(junk, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...noise]));
    const { code, stderr, lines } = await run(['--json', empty, KAGOYA, junk, missing, THREE]);
    expect(code).to.equal(1);
    expect(lines.map((l) => l.source)).to.deep.equal([KAGOYA, `${THREE}#1`, `${THREE}#2`, `${THREE}#3`]);
    const errors = stderr.trimEnd().split('\n');
    expect(errors).to.have.length(3);
    expect(errors[0]).to.include(empty).and.include('empty');
    expect(errors[1]).to.include(junk).and.include('does not look like an email');
    expect(errors[2]).to.include(missing).and.include('no such file');
  });

  it('names a folder entry that cannot be read (a broken link) and still analyses the rest of the folder', async () => {
    const dir = join(tmp, 'broken-link');
    mkdirSync(dir);
    copyFileSync(KAGOYA, join(dir, 'b.eml'));
    symlinkSync(join(dir, 'gone.eml'), join(dir, 'a.eml'));
    const { code, stderr, lines } = await run(['--json', dir]);
    expect(code).to.equal(1);
    expect(stderr.trimEnd().split('\n')).to.have.length(1);
    expect(stderr).to.include(join(dir, 'a.eml'));
    expect(lines.map((l) => l.source)).to.deep.equal([join(dir, 'b.eml')]);
  });

  it('says a folder without .eml files holds none, and exits 1', async () => {
    const dir = join(tmp, 'no-eml');
    mkdirSync(dir);
    writeFileSync(join(dir, 'readme.txt'), 'x');
    const { code, stderr, stdout } = await run([dir]);
    expect(code).to.equal(1);
    expect(stdout).to.equal('');
    expect(stderr).to.include(dir).and.include('no .eml files');
  });

  it('exits 2 with the usage on stderr for an unknown flag, no path, or a bad --lang', async () => {
    for (const argv of [['--jsno', KAGOYA], [], ['--lang', 'de', KAGOYA]]) {
      const { code, stdout, stderr } = await run(argv);
      expect(code, argv.join(' ')).to.equal(2);
      expect(stdout).to.equal('');
      expect(stderr)
        .to.match(/^phish-inspector: /)
        .and.include('Usage: phish-inspector');
    }
    expect((await run(['--jsno', KAGOYA])).stderr).to.include('--jsno');
  });

  it('prints the usage on stdout for --help and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).to.equal(0);
    expect(stderr).to.equal('');
    expect(stdout).to.include('Usage: phish-inspector').and.include('--json');
  });

  it('writes the findings in Japanese with --lang ja, ids and verdict unchanged', async () => {
    const en = (await run(['--json', KAGOYA])).lines[0];
    const ja = (await run(['--json', '--lang', 'ja', KAGOYA])).lines[0];
    expect(ja?.verdict).to.equal(en?.verdict);
    expect(ja?.findings.map((f) => f.id)).to.deep.equal(en?.findings.map((f) => f.id));
    expect(ja?.findings.some((f) => JAPANESE.test(f.message))).to.equal(true);
    expect(ja?.findings.map((f) => f.message)).not.to.deep.equal(en?.findings.map((f) => f.message));
  });

  it('prints a text report: source, translated verdict, sections with [STATUS] lines and indented evidence', async () => {
    const { code, stdout } = await run([KAGOYA]);
    expect(code).to.equal(0);
    const lines = stdout.split('\n');
    expect(lines[0]).to.equal(`== ${KAGOYA}`);
    const verdictLine = lines.findIndex((l) => l.startsWith('Verdict: '));
    expect(verdictLine).to.equal(1 + 3, 'after the three sentences of the story');
    expect(lines[verdictLine]).to.match(/^Verdict: (Likely phishing|Suspicious|No red flags found)$/);
    expect(lines).to.include('Sender');
    expect(stdout).to.match(/\n {2}\[(FAIL|WARN|PASS|INFO)\] \S/);
    expect(stdout).to.match(/\n {9}\S/);
    const ja = (await run(['--lang', 'ja', KAGOYA])).stdout;
    expect(ja.split('\n')[4]).to.match(/^判定: /);
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    let clock = 0;
    const now = () => (clock += 150);
    const tty = await run(['--json', THREE], { stderrIsTTY: true, now });
    expect(tty.stderr).to.include(`${THREE}: 2 messages read`);
    expect(tty.stderr.endsWith('\r\x1b[K')).to.equal(true, 'the progress line is cleared at the end');
    const pipe = await run(['--json', THREE], { stderrIsTTY: false, now });
    expect(pipe.stderr).to.equal('');
  });

  it('streams a large mbox through the whole command, one message at a time', async () => {
    const count = 300;
    const path = join(tmp, 'large.mbox');
    const one = (n: number) =>
      `From news@lists.example.org Mon Nov 23 09:00:00 2026\n` +
      'Received: from mail.lists.example.org (mail.lists.example.org [198.51.100.7])\n' +
      `\tby mx.example.co.jp (Postfix) with ESMTPS id 4KP${n}\n` +
      '\tfor <info@example.co.jp>; Mon, 23 Nov 2026 18:00:00 +0900 (JST)\n' +
      `From: News <news@lists.example.org>\nTo: info@example.co.jp\nSubject: Issue ${n}\n` +
      `Message-ID: <issue-${n}@lists.example.org>\n\nIssue ${n}.\n>From the archive.\n\n`;
    writeFileSync(path, Array.from({ length: count }, (_, i) => one(i + 1)).join(''));
    let out = '';
    const code = await main(
      ['--json', path],
      { stdout: (t) => void (out += t), stderr: () => {} },
      { chunkBytes: 4096 },
    );
    const lines = out.split('\n').filter(Boolean);
    expect(code).to.equal(0);
    expect(lines).to.have.length(count);
    expect(JSON.parse(lines[count - 1] ?? '{}')).to.include({ source: `${path}#${count}` });
  });

  it('skips a message over the size bound with an error naming it and keeps going', async () => {
    let out = '';
    let err = '';
    const code = await main(
      ['--json', THREE],
      { stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
      { maxMessageBytes: 3000 },
    );
    expect(code).to.equal(1);
    expect(err).to.include(`${THREE}#2`).and.include('larger than');
    expect(
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as JsonLine).source),
    ).to.deep.equal([`${THREE}#1`, `${THREE}#3`]);
  });
});
