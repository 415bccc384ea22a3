/**
 * `npm run eval -- <folder>` (scripts/eval.ts): a missing folder is named as such; the frozen held-back half; both halves
 * side by side; per-check firing counts on phishing and ham.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isHeldBack } from '../../scripts/corpus-files';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { fixture, projectRoot, sharedPath } from '../helpers';

function evalScript(args: string[]) {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, [join('scripts', 'eval.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });
}

describe('npm run eval: the corpus folder argument', function () {
  this.timeout(30_000);

  it('says the folder is missing, naming it, and exits 2', () => {
    const result = evalScript(['/missing-corpus']);
    expect(result.status).to.equal(2);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.match(
      /^eval: \/missing-corpus: no such folder\. Give the folder that holds the \.eml files/,
    );
  });

  it('says a file is not a folder, and that no folder was given, each in its own words', () => {
    expect(evalScript(['package.json']).stderr).to.match(/^eval: package\.json is a file, not a folder/);
    expect(evalScript(['--strip-filters']).stderr).to.match(/^eval: no corpus folder given\nusage: /);
  });

  it('reads the folder after --show’s value, and evaluates it', () => {
    const result = evalScript(['--show', 'ham:suspicious', join('test', 'fixtures', 'genuine')]);
    expect(result.status, result.stderr).to.equal(0);
    const count = readdirSync(join(projectRoot, 'test', 'fixtures', 'genuine')).filter((n) =>
      n.endsWith('.eml'),
    ).length;
    expect(result.stdout).to.match(new RegExp(`\\n${count} messages in [\\d.]+ s\\n$`));
  });
});

describe('npm run eval: the frozen held-back half', function () {
  // Pinned from sha256 of each name: if the rule changes, every note's "held-back" figures stop being comparable.
  const pinned: [string, boolean][] = [
    ['jp_sf/industrypack-00078-d06c7ff4193c.eml', true], // sha256 starts 0xef
    ['spamassassin/easy_ham/00544.5a9365cf80100b89b50656045cb8b80c.eml', true],
    ['usrp_users/08062-d226a69c12bb.eml', true],
    ['en_sf/industrypack-01164-2c6f4068283b.eml', false],
  ];

  it('holds back exactly the files whose sha256(relative path) has an odd first byte, whatever the slashes', () => {
    for (const [path, held] of pinned) {
      expect(isHeldBack(path), path).to.equal(held);
      expect(isHeldBack(path.replaceAll('/', '\\')), path).to.equal(held);
    }
    for (let i = 0; i < 200; i++) {
      const name = `folder/${i}.eml`;
      expect(isHeldBack(name)).to.equal((createHash('sha256').update(name).digest()[0]! & 1) === 1);
    }
  });

  it('holds back about half of any set of names', () => {
    const names = Array.from({ length: 4000 }, (_, i) => `src/${i.toString(36)}.eml`);
    const held = names.filter(isHeldBack).length / names.length;
    expect(held).to.be.within(0.47, 0.53);
  });

  it('holds back about half of each source of the shared corpus', function () {
    const root = sharedPath(this, 'corpus');
    const bySource = new Map<string, { held: number; all: number }>();
    for (const line of readFileSync(join(root, 'labels.tsv'), 'utf8').trim().split('\n').slice(1)) {
      const [path = '', , source = ''] = line.split('\t');
      const top = source.split('/')[0]!;
      const row = bySource.get(top) ?? { held: 0, all: 0 };
      row.all++;
      if (isHeldBack(path)) row.held++;
      bySource.set(top, row);
    }
    for (const [source, { held, all }] of bySource) expect(held / all, source).to.be.within(0.4, 0.6);
  });
});

describe('npm run eval: both halves and the per-check table on a labelled folder', function () {
  this.timeout(60_000);
  let root: string;
  // Each fixture under a name chosen for its half, so that both halves hold phishing and ham.
  const plan: { fixture: string; label: string; held: boolean }[] = [
    { fixture: 'amazon-spoofed-dmarc-fail.synthetic.eml', label: 'phishing', held: true },
    { fixture: 'kagoya-2021-12.eml', label: 'phishing', held: false },
    { fixture: 'msg-jp-sf-amazon-iso2022jp.eml', label: 'phishing', held: true },
    { fixture: 'genuine/amazon-co-jp-shipment.synthetic.eml', label: 'ham', held: false },
    { fixture: 'genuine/github-new-signin.synthetic.eml', label: 'ham', held: true },
    { fixture: 'genuine/kagoya-maintenance.synthetic.eml', label: 'ham', held: false },
    { fixture: 'msg-attachment-signature.usrp.eml', label: 'ham', held: true },
    { fixture: 'partner-m365-to-m365.synthetic.eml', label: 'spam', held: false },
  ];
  const files: { rel: string; label: string; held: boolean; fixture: string }[] = [];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'eval-halves-'));
    let i = 0;
    for (const step of plan) {
      let rel: string;
      do rel = `${step.label}/m${i++}.eml`;
      while (isHeldBack(rel) !== step.held);
      mkdirSync(join(root, step.label), { recursive: true });
      writeFileSync(join(root, rel), fixture(step.fixture));
      files.push({ rel, ...step });
    }
    // One file left out of labels.tsv: it counts as "unknown", never as phishing or ham.
    writeFileSync(join(root, 'stray.eml'), fixture('genuine/github-new-signin.synthetic.eml'));
    const rows = files.map((f) => `${f.rel}\t${f.label}\tsynthetic/${f.label}\t0\t2026-01-01`);
    writeFileSync(join(root, 'labels.tsv'), ['path\tlabel\tsource\tjp\tdate', ...rows].join('\n') + '\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** The fail/warn ids of each planned file, by analysing it here. */
  async function expectedFirings(label: string, held: boolean): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const f of files.filter((f) => f.label === label && f.held === held)) {
      const report = analyze(await parseMessage(fixture(f.fixture)));
      const ids = report.findings.filter((x) => x.status === 'fail' || x.status === 'warn');
      for (const id of new Set(ids.map((x) => `${x.id}:${x.status}`))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  it('counts, per check, the phishing and ham messages it fires on in each half, from labels.tsv', async () => {
    const result = evalScript([root]);
    expect(result.status, result.stderr).to.equal(0);
    const out = result.stdout;
    expect(out).to.match(/^\s+check\s+phishing tune \(1\)\s+phishing held \(2\)\s+ham tune \(2\)\s+ham held \(2\)$/m);
    const expected = await Promise.all([
      expectedFirings('phishing', false),
      expectedFirings('phishing', true),
      expectedFirings('ham', false),
      expectedFirings('ham', true),
    ]);
    const ids = new Set(expected.flatMap((m) => [...m.keys()]));
    expect(ids.size, 'the fixtures fire some checks').to.be.greaterThan(0);
    for (const id of ids) {
      const row = out.split('\n').find((l) => l.trim().split(/\s+/)[0] === id);
      expect(row, `a row for ${id}`).to.be.a('string');
      const counts = [...row!.matchAll(/(\d+)\s+(?:[\d.]+ %|—)/g)].map((m) => Number(m[1]));
      expect(counts, id).to.deep.equal(expected.map((m) => m.get(id) ?? 0));
    }
    expect(out).to.match(/\n9 messages in [\d.]+ s\n$/);
  });

  it('reports each source and label with the tune half and the held-back half side by side', () => {
    const out = evalScript([root, '--strip-filters']).stdout;
    expect(out).to.match(/^\s+tune half\s+held-back half$/m);
    expect(out).to.match(/^ {2}synthetic\/phishing \(phishing\)\s+1\s+[\d.]+ %\s+[\d.]+ %\s+2\s+[\d.]+ %\s+[\d.]+ %$/m);
    expect(out).to.match(/^ {2}synthetic\/ham \(ham\)\s+2\s+[\d.]+ %\s+[\d.]+ %\s+2\s+[\d.]+ %\s+[\d.]+ %$/m);
    expect(out).to.match(/^ {2}unknown \(unknown\)\s+0\s+—\s+—\s+1\s/m);
    expect(out).to.include('(filter verdict headers removed)');
  });

  it('evaluates only the chosen half with --half, and lists it with --list', () => {
    const held = evalScript([root, '--half', 'held']);
    expect(held.status, held.stderr).to.equal(0);
    expect(held.stdout).not.to.include('tune half');
    expect(held.stdout).to.match(/^\s+check\s+phishing held \(2\)\s+ham held \(2\)$/m);
    expect(held.stdout).to.match(/\n5 messages in [\d.]+ s\n$/);
    const listed = evalScript(['--half', 'tune', '--list', root]).stdout.trim().split('\n').sort();
    const tune = files.filter((f) => !f.held).map((f) => `${f.rel}\t${f.label}\tsynthetic/${f.label}\ttune`);
    expect(listed).to.deep.equal(tune.sort());
    expect(evalScript([root, '--half', 'all']).stderr).to.match(/^eval: --half takes tune, held or both, not all\n/);
  });
});
