/**
 * The verdict policy table (src/core/verdict.ts): its invariants, and how decideVerdict applies it. That the table
 * has a row for every fail, warn and pass a finding can take, and none other, is proved by the compiler (the table's
 * type is keyed by the catalogue's `id:status` pairs; see the compile-time checks at the end).
 */
import { expect } from 'chai';
import { CATALOGUE, finding, type Weighed } from '../../src/core/findings';
import type { Finding, Section, Status } from '../../src/core/report';
import {
  LIKELY_PHISHING,
  POLICY,
  SUSPICIOUS,
  decideVerdict,
  type PolicyRow,
  type PolicyTable,
} from '../../src/core/verdict';

/** A finding as a check would emit it; only id and status weigh. */
function f(id: string, status: Status): Finding {
  return {
    id,
    section: id.split('.')[0] as Section,
    status,
    message: { key: 'status.info', params: {} },
    evidence: [],
  };
}

const weight = (id: string, status: Status): number => POLICY[`${id}:${status}` as Weighed].weight;

/** The table as rows, each with its id and status. */
const ROWS = (Object.entries(POLICY) as [Weighed, PolicyRow][]).map(([pair, row]) => {
  const [id, status] = pair.split(':') as [string, Status];
  return { id, status, ...row };
});

describe('the verdict policy table', () => {
  it('has thresholds in order: 0 < SUSPICIOUS < LIKELY_PHISHING', () => {
    expect(SUSPICIOUS).to.be.greaterThan(0);
    expect(LIKELY_PHISHING).to.be.greaterThan(SUSPICIOUS);
  });

  it('weighs every warn row below SUSPICIOUS: no single warning makes a message suspicious', () => {
    const warns = ROWS.filter((r) => r.status === 'warn');
    expect(warns.length).to.be.greaterThan(10);
    for (const row of warns) expect(row.weight, row.id).to.be.lessThan(SUSPICIOUS).and.greaterThan(0);
  });

  it('gives fail rows positive weight, pass rows negative weight, and info no row at all', () => {
    for (const row of ROWS) {
      if (row.status === 'fail') expect(row.weight, row.id).to.be.greaterThan(0);
      if (row.status === 'pass') expect(row.weight, row.id).to.be.lessThan(0);
      expect(row.status, row.id).not.to.equal('info');
    }
  });

  it('gives every row a reason', () => {
    for (const row of ROWS) expect(row.reason.length, row.id).to.be.greaterThan(20);
  });

  it('has a row for exactly the fail, warn and pass statuses the catalogue allows', () => {
    // The compiler already refuses anything else (below); this says the same at run time, in words.
    const allowed = Object.entries(CATALOGUE).flatMap(([id, e]) =>
      e.statuses.filter((s) => s !== 'info').map((s) => `${id}:${s}`),
    );
    expect(Object.keys(POLICY).sort()).to.deep.equal(allowed.sort());
  });

  it('weighs a fail above the warn of the same id', () => {
    for (const row of ROWS.filter((r) => r.status === 'warn')) {
      const fail = ROWS.find((r) => r.id === row.id && r.status === 'fail');
      if (fail) expect(fail.weight, row.id).to.be.greaterThan(row.weight);
    }
  });
});

describe('decideVerdict', () => {
  it('finds no red flags in an empty report, and ignores info findings', () => {
    expect(decideVerdict([])).to.deep.equal({ verdict: 'no-red-flags', reasons: [] });
    const infos = [
      'origin.entry-hop',
      'origin.sender-ip',
      'sender.return-path',
      'sender.message-id',
      'origin.helo-loopback',
    ].map((id) => f(id, 'info'));
    expect(decideVerdict(infos)).to.deep.equal({ verdict: 'no-red-flags', reasons: [] });
  });

  it('keeps each single warning at no-red-flags', () => {
    for (const row of ROWS.filter((r) => r.status === 'warn')) {
      expect(decideVerdict([f(row.id, 'warn')]).verdict, row.id).to.equal('no-red-flags');
    }
  });

  it('calls sender.spoofed-domain alone likely phishing: the reader’s own system says the From domain is forged', () => {
    expect(decideVerdict([f('sender.spoofed-domain', 'fail')])).to.deep.equal({
      verdict: 'likely-phishing',
      reasons: ['sender.spoofed-domain:fail'],
    });
  });

  it('lets no other single finding reach likely phishing: a brand claim or a bad link needs another sign', () => {
    for (const row of ROWS.filter((r) => r.id !== 'sender.spoofed-domain')) {
      expect(decideVerdict([f(row.id, row.status)]).verdict, `${row.id}:${row.status}`).not.to.equal('likely-phishing');
    }
  });

  it('counts each id once, at its highest row, however often it is reported', () => {
    const once = decideVerdict([f('links.host-mismatch', 'fail')]);
    const repeated = decideVerdict([
      f('links.host-mismatch', 'warn'),
      f('links.host-mismatch', 'fail'),
      f('links.host-mismatch', 'fail'),
      f('links.host-mismatch', 'warn'),
    ]);
    expect(repeated).to.deep.equal(once);
    expect(repeated.reasons).to.deep.equal(['links.host-mismatch:fail']);
    // Three warnings of one kind are still one warning.
    expect(
      decideVerdict([f('content.lure', 'warn'), f('content.lure', 'warn'), f('content.lure', 'warn')]).verdict,
    ).to.equal('no-red-flags');
  });

  it('adds different ids up: two warnings can make a message suspicious where neither does alone', () => {
    const lure = weight('content.lure', 'warn');
    const ip = weight('links.obfuscated-host', 'warn');
    expect(lure + ip).to.be.at.least(SUSPICIOUS);
    expect(decideVerdict([f('content.lure', 'warn'), f('links.obfuscated-host', 'warn')]).verdict).to.equal(
      'suspicious',
    );
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
    const passes = ROWS.filter((r) => r.status === 'pass').map((r) => f(r.id, 'pass'));
    expect(decideVerdict([f('sender.spoofed-domain', 'fail'), ...passes]).verdict).not.to.equal('no-red-flags');
    expect(
      decideVerdict([f('links.brand-in-path', 'fail'), f('links.host-mismatch', 'fail'), ...passes]).verdict,
    ).not.to.equal('no-red-flags');
  });

  it('lists its reasons heaviest first, as `id:status`', () => {
    const { reasons } = decideVerdict([
      f('content.lure', 'warn'),
      f('sender.brand-mismatch', 'fail'),
      f('origin.time-skew', 'warn'),
      f('links.host-mismatch', 'fail'),
    ]);
    expect(reasons).to.deep.equal([
      'sender.brand-mismatch:fail',
      'links.host-mismatch:fail',
      'content.lure:warn',
      'origin.time-skew:warn',
    ]);
  });

  it('ignores ids the table does not know', () => {
    expect(decideVerdict([f('sender.something-new', 'fail')]).verdict).to.equal('no-red-flags');
  });
});

describe('the table is proved complete by the compiler', () => {
  it('refuses a table without a row for a warning a finding can give', () => {
    const { 'content.lure:warn': dropped, ...rest } = POLICY;
    // @ts-expect-error content.lure can warn: a table without its row does not compile.
    const missing: PolicyTable = rest;
    expect(dropped.weight).to.be.greaterThan(0);
    expect(Object.keys(missing)).not.to.include('content.lure:warn');
  });

  it('refuses a row for a status the finding never takes, or for an id that does not exist', () => {
    const extra: PolicyTable = {
      ...POLICY,
      // @ts-expect-error sender.spoofed-domain only fails: a warn row for it does not compile.
      'sender.spoofed-domain:warn': { weight: 1, reason: 'no check gives it' },
    };
    const unknown: PolicyTable = {
      ...POLICY,
      // @ts-expect-error no finding has this id.
      'sender.no-such-finding:fail': { weight: 1, reason: 'no such finding' },
    };
    // Whatever a stale row says, decideVerdict only ever meets what the checks give.
    expect(decideVerdict([f('sender.spoofed-domain', 'warn')]).verdict).to.equal('no-red-flags');
    expect(Object.keys(extra).length).to.equal(Object.keys(unknown).length);
  });

  it('refuses a finding with a status, key or parameters its catalogue entry does not allow', () => {
    const ok = finding('content.form', 'warn', { count: 1 }, []);
    expect(ok).to.deep.equal({
      id: 'content.form',
      section: 'content',
      status: 'warn',
      message: { key: 'content.form', params: { count: 1 } },
      evidence: [],
    });
    // Compiled, never run: each line is a type error the compiler must report.
    const refused = () => [
      // @ts-expect-error content.lure never fails.
      finding('content.lure', 'fail', { families: { keys: [] }, count: 0 }, []),
      // @ts-expect-error a key of another finding.
      finding('content.form', 'warn', { count: 1 }, [], 'content.lure'),
      // @ts-expect-error the form finding counts forms, it names no host.
      finding('content.form', 'warn', { host: 'a.example' }, []),
      // @ts-expect-error origin.received-truncated has no key of its own name: the key must be said.
      finding('origin.received-truncated', 'info', { checked: 1, count: 2 }, []),
      // @ts-expect-error no finding has this id.
      finding('sender.no-such-finding', 'info', {}, []),
    ];
    expect(refused).to.be.a('function');
  });
});
