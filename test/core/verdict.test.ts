/**
 * The verdict policy table (src/core/verdict.ts): its invariants, and that every (id, status) a check can emit as
 * fail or warn has a row — read statically from src/core/checks/*.ts and confirmed by running analyze() over every
 * fixture and the development corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { Finding, Section, Status } from '../../src/core/report';
import { LIKELY_PHISHING, POLICY, SUSPICIOUS, decideVerdict } from '../../src/core/verdict';
import { projectRoot, sharedPath } from '../helpers';

/** A finding as a check would emit it; only id and status weigh. */
function f(id: string, status: Status): Finding {
  return { id, section: id.split('.')[0] as Section, status, message: { key: 'status.info', params: {} }, evidence: [] };
}

const weight = (id: string, status: Status): number => POLICY.find((r) => r.id === id && r.status === status)!.weight;

/** `finding(` calls in a source file, split into their top-level arguments (quotes, brackets, templates respected). */
function findingCalls(source: string): string[][] {
  const calls: string[][] = [];
  for (let at = source.indexOf('finding('); at >= 0; at = source.indexOf('finding(', at + 1)) {
    if (/[\w.]/.test(source[at - 1] ?? '')) continue; // `someFinding(` or `x.finding(`
    const args: string[] = [];
    let depth = 0;
    let quote = '';
    let start = at + 'finding('.length;
    for (let i = start; i < source.length; i++) {
      const c = source[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) {
          args.push(source.slice(start, i).trim());
          break;
        }
        depth--;
      } else if (c === ',' && depth === 0) {
        args.push(source.slice(start, i).trim());
        start = i + 1;
      }
    }
    if (args.length >= 4) calls.push(args);
  }
  return calls;
}

const CHECKS_DIR = join(projectRoot, 'src', 'core', 'checks');

/** (id, status) pairs the checks can emit, read from their `finding(id, section, status, …)` calls. */
function staticPairs(): Set<string> {
  const pairs = new Set<string>();
  for (const name of readdirSync(CHECKS_DIR).filter((n) => n.endsWith('.ts'))) {
    for (const args of findingCalls(readFileSync(join(CHECKS_DIR, name), 'utf8'))) {
      const id = /^'([a-z]+\.[a-z-]+)'$/.exec(args[0]!)?.[1];
      if (!id) continue; // the helper's own signature (`id: string`)
      for (const m of args[2]!.matchAll(/'(fail|warn|pass|info)'/g)) pairs.add(`${id}:${m[1]}`);
    }
  }
  return pairs;
}

describe('the verdict policy table', () => {
  it('has thresholds in order: 0 < SUSPICIOUS < LIKELY_PHISHING', () => {
    expect(SUSPICIOUS).to.be.greaterThan(0);
    expect(LIKELY_PHISHING).to.be.greaterThan(SUSPICIOUS);
  });

  it('weighs every warn row below SUSPICIOUS: no single warning makes a message suspicious', () => {
    const warns = POLICY.filter((r) => r.status === 'warn');
    expect(warns.length).to.be.greaterThan(10);
    for (const row of warns) expect(row.weight, row.id).to.be.lessThan(SUSPICIOUS).and.greaterThan(0);
  });

  it('gives fail rows positive weight, pass rows negative weight, and info no row at all', () => {
    for (const row of POLICY) {
      if (row.status === 'fail') expect(row.weight, row.id).to.be.greaterThan(0);
      if (row.status === 'pass') expect(row.weight, row.id).to.be.lessThan(0);
      expect(row.status, row.id).not.to.equal('info');
    }
  });

  it('has one row per (id, status) and a reason for every row', () => {
    const keys = POLICY.map((r) => `${r.id}:${r.status}`);
    expect(new Set(keys).size).to.equal(keys.length);
    for (const row of POLICY) expect(row.reason.length, row.id).to.be.greaterThan(20);
  });

  it('weighs a fail above the warn of the same id', () => {
    for (const row of POLICY.filter((r) => r.status === 'warn')) {
      const fail = POLICY.find((r) => r.id === row.id && r.status === 'fail');
      if (fail) expect(fail.weight, row.id).to.be.greaterThan(row.weight);
    }
  });
});

describe('decideVerdict', () => {
  it('finds no red flags in an empty report, and ignores info findings', () => {
    expect(decideVerdict([])).to.deep.equal({ verdict: 'no-red-flags', reasons: [] });
    const infos = ['origin.entry-hop', 'origin.sender-ip', 'sender.return-path', 'sender.message-id', 'origin.helo-loopback'].map((id) => f(id, 'info'));
    expect(decideVerdict(infos)).to.deep.equal({ verdict: 'no-red-flags', reasons: [] });
  });

  it('keeps each single warning at no-red-flags', () => {
    for (const row of POLICY.filter((r) => r.status === 'warn')) {
      expect(decideVerdict([f(row.id, 'warn')]).verdict, row.id).to.equal('no-red-flags');
    }
  });

  it('calls sender.spoofed-domain alone likely phishing: the reader’s own system says the From domain is forged', () => {
    expect(decideVerdict([f('sender.spoofed-domain', 'fail')])).to.deep.equal({ verdict: 'likely-phishing', reasons: ['sender.spoofed-domain:fail'] });
  });

  it('lets no other single finding reach likely phishing: a brand claim or a bad link needs another sign', () => {
    for (const row of POLICY.filter((r) => r.id !== 'sender.spoofed-domain')) {
      expect(decideVerdict([f(row.id, row.status)]).verdict, `${row.id}:${row.status}`).not.to.equal('likely-phishing');
    }
  });

  it('counts each id once, at its highest row, however often it is reported', () => {
    const once = decideVerdict([f('links.host-mismatch', 'fail')]);
    const repeated = decideVerdict([f('links.host-mismatch', 'warn'), f('links.host-mismatch', 'fail'), f('links.host-mismatch', 'fail'), f('links.host-mismatch', 'warn')]);
    expect(repeated).to.deep.equal(once);
    expect(repeated.reasons).to.deep.equal(['links.host-mismatch:fail']);
    // Three warnings of one kind are still one warning.
    expect(decideVerdict([f('content.lure', 'warn'), f('content.lure', 'warn'), f('content.lure', 'warn')]).verdict).to.equal('no-red-flags');
  });

  it('adds different ids up: two warnings can make a message suspicious where neither does alone', () => {
    const lure = weight('content.lure', 'warn');
    const ip = weight('links.obfuscated-host', 'warn');
    expect(lure + ip).to.be.at.least(SUSPICIOUS);
    expect(decideVerdict([f('content.lure', 'warn'), f('links.obfuscated-host', 'warn')]).verdict).to.equal('suspicious');
  });

  it('lowers the sum with pass rows: a confirmed sender takes a borderline message back to no red flags', () => {
    const signs = [f('content.lure', 'warn'), f('links.host-mismatch', 'warn')];
    expect(weight('content.lure', 'warn') + weight('links.host-mismatch', 'warn')).to.be.at.least(SUSPICIOUS);
    expect(decideVerdict(signs).verdict).to.equal('suspicious');
    const confirmed = decideVerdict([...signs, f('sender.authentication', 'pass')]);
    expect(confirmed.verdict).to.equal('no-red-flags');
    expect(confirmed.reasons).to.include('sender.authentication:pass');
  });

  it('does not let a confirmation cancel a forged domain or a planted brand', () => {
    const passes = POLICY.filter((r) => r.status === 'pass').map((r) => f(r.id, 'pass'));
    expect(decideVerdict([f('sender.spoofed-domain', 'fail'), ...passes]).verdict).not.to.equal('no-red-flags');
    expect(decideVerdict([f('links.brand-in-path', 'fail'), f('links.host-mismatch', 'fail'), ...passes]).verdict).not.to.equal('no-red-flags');
  });

  it('lists its reasons heaviest first, as `id:status`', () => {
    const { reasons } = decideVerdict([f('content.lure', 'warn'), f('sender.brand-mismatch', 'fail'), f('origin.time-skew', 'warn'), f('links.host-mismatch', 'fail')]);
    expect(reasons).to.deep.equal(['sender.brand-mismatch:fail', 'links.host-mismatch:fail', 'content.lure:warn', 'origin.time-skew:warn']);
  });

  it('ignores ids the table does not know', () => {
    expect(decideVerdict([f('sender.something-new', 'fail')]).verdict).to.equal('no-red-flags');
  });
});

describe('the table covers every check', () => {
  const pairs = staticPairs();

  it('reads the checks’ (id, status) pairs from src/core/checks', () => {
    // The scanner must see the checks it is meant to read, ternary statuses included.
    for (const known of ['sender.brand-mismatch:fail', 'sender.brand-mismatch:pass', 'sender.lookalike-domain:warn', 'links.obfuscated-host:warn', 'content.form:fail', 'origin.org-filter:info']) {
      expect(pairs, known).to.include(known);
    }
  });

  it('has a row for every fail and warn a check can emit', () => {
    const missing = [...pairs].filter((p) => /:(fail|warn)$/.test(p)).filter((p) => !POLICY.some((r) => `${r.id}:${r.status}` === p));
    expect(missing).to.deep.equal([]);
  });

  it('has a row for every pass a check can emit, so a confirmation is not silently ignored', () => {
    const missing = [...pairs].filter((p) => p.endsWith(':pass')).filter((p) => !POLICY.some((r) => `${r.id}:${r.status}` === p));
    expect(missing).to.deep.equal([]);
  });

  it('has no row for an (id, status) that no check emits: a stale row weighs nothing and misleads', () => {
    const stale = POLICY.map((r) => `${r.id}:${r.status}`).filter((p) => !pairs.has(p));
    expect(stale).to.deep.equal([]);
  });

  it('has a row for every fail and warn emitted on the fixtures and the corpus, and the static read saw them all', async function () {
    this.timeout(120_000);
    const files: string[] = [];
    const fixtures = join(projectRoot, 'test', 'fixtures');
    for (const n of readdirSync(fixtures, { recursive: true }) as string[]) if (n.endsWith('.eml')) files.push(join(fixtures, n));
    const corpus = sharedPath(this, 'corpus');
    const labels = readFileSync(join(corpus, 'labels.tsv'), 'utf8').trim().split('\n').slice(1);
    for (const line of labels) files.push(join(corpus, line.split('\t')[0]!));
    const emitted = new Set<string>();
    for (const file of files) {
      const r = analyze(await parseMessage(new Uint8Array(readFileSync(file))));
      for (const finding of r.findings) emitted.add(`${finding.id}:${finding.status}`);
    }
    expect(emitted.size).to.be.greaterThan(25);
    const unseen = [...emitted].filter((p) => !pairs.has(p));
    expect(unseen, 'emitted but not found by the static read').to.deep.equal([]);
    const missing = [...emitted].filter((p) => /:(fail|warn|pass)$/.test(p)).filter((p) => !POLICY.some((r) => `${r.id}:${r.status}` === p));
    expect(missing).to.deep.equal([]);
  });
});
