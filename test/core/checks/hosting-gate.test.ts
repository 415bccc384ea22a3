/**
 * Issue #19: the task pane asks for the hosting list (hosting-suffixes.json, 16 KB gz) only for a host that may stand
 * under one of its suffixes (hosting-gate.ts, a 2.5 KB pre-filter built by scripts/build-hosting-gate.ts). Before it
 * an unauthenticated From on any subdomain (KAGOYA's `air.linkclub.or.jp`, a mailing list's `lists.example.org`)
 * fetched the list with the first draw. What the reader relies on: the findings and the verdict are those the whole
 * list gives — the filter never says no to a host the list names (every listed suffix is tried) — and plain mail
 * from a subdomain no longer waits for the list.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gate from '../../../src/core/checks/hosting-gate.json';
import data from '../../../src/core/checks/hosting-suffixes.json';
import { buildHostingGate } from '../../../scripts/build-hosting-gate';
import { mayBeHosted } from '../../../src/core/checks/hosting-gate';
import { DOCUMENTATION_SUFFIXES } from '../../../src/core/checks/hosting-suffixes';
import { forgetHostingSuffixes, hostedPage, loadHostingSuffixes } from '../../../src/core/checks/hosted-page';
import { loadAllCheckData } from '../../../src/core/check-data';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { DataNeed, Report } from '../../../src/core/report';
import { rawMail } from './nolink29/mail';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures', name));
const summary = (r: Report) => ({ verdict: r.verdict, findings: r.findings.map((f) => `${f.id}:${f.status}`) });

/** What hostedPage says of a host without the list (whether it asks) and with it (the suffix it names). */
async function both(host: string, sender?: string): Promise<{ asks: boolean; suffix: string | undefined }> {
  forgetHostingSuffixes();
  const needs = new Set<DataNeed>();
  expect(hostedPage(host, '/', sender, needs)).to.equal(undefined);
  await loadHostingSuffixes();
  return { asks: needs.has('hosting-suffixes'), suffix: hostedPage(host, '/', sender, new Set()) };
}

describe('the hosting list’s pre-filter (hosting-gate.ts)', () => {
  after(() => loadAllCheckData());

  it('is what scripts/build-hosting-gate.ts makes of hosting-suffixes.json', () => {
    expect(gate).to.deep.equal(buildHostingGate(data.suffixes));
  });

  it('never says no to a host under a listed suffix the judging names (every suffix tried)', async () => {
    const missed: string[] = [];
    for (const suffix of data.suffixes) {
      // A tenant and a host deeper under it, from no sender and from a stranger's domain.
      for (const host of [`x1.${suffix}`, `a.b-c.${suffix}`]) {
        if (!DOCUMENTATION_SUFFIXES.has(suffix) && !mayBeHosted(host)) missed.push(host);
        for (const sender of [undefined, 'mail.stranger-example.com']) {
          const { asks, suffix: named } = await both(host, sender);
          if (named !== undefined && !asks) missed.push(`${host} from ${sender}`);
        }
      }
    }
    expect(missed).to.deep.equal([]);
  });

  it('passes few hosts under no listed suffix (about one test in 64)', () => {
    const hosts = Array.from({ length: 20000 }, (_, i) => `lists.org${i}-example.${['com', 'org', 'co.jp'][i % 3]}`);
    const passed = hosts.filter(mayBeHosted).length;
    expect(passed / hosts.length).to.be.below(0.03);
  });

  it('stops the list for KAGOYA’s unauthenticated From on a subdomain, with the same findings and verdict', async () => {
    const message = await parseMessage(fixture('kagoya-2021-12.m365.eml'));
    await loadAllCheckData();
    const whole = analyze(message);
    forgetHostingSuffixes();
    const first = analyze(message);
    expect(first.needs ?? []).to.not.include('hosting-suffixes');
    expect(summary(first)).to.deep.equal(summary(whole));
    expect(whole.verdict).to.equal('likely-phishing');
  });

  it('still asks for the list for a sign-in asked from a dynamic-DNS name, which then warns', async () => {
    const message = await parseMessage(
      rawMail({
        lang: 'en',
        from: 'Payroll Team <payroll@hr-payslips.duckdns.org>',
        subject: 'Your December payslip',
        body: 'Hello,\n\nYour payslip is ready. Sign in to your account to view your payslip before Friday.\n\nPayroll Team',
        authenticated: false,
      }),
    );
    forgetHostingSuffixes();
    expect(analyze(message).needs).to.include('hosting-suffixes');
    await loadAllCheckData();
    expect(analyze(message).findings.find((f) => f.id === 'sender.hosting-platform')?.status).to.equal('warn');
  });
});
