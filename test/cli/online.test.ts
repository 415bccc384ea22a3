/**
 * `--online` (issue #18) against a loopback RDAP server named as the admin's proxy in a --config file, so no
 * internet is needed: what will be sent is printed to stderr first, only that is sent, only with --online; the
 * findings and the timeouts come out in the report. One test runs the shipped command (dist/cli).
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { JsonLine } from '../../src/cli/format-json';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';
import { startRdapServer, type RdapServer } from '../core/online/rdap-server';

const MESSAGE = join(projectRoot, 'test', 'fixtures', 'online-brand-new-domain.synthetic.eml');
const BIN = CLI_BIN;

async function run(argv: string[], timeoutMs = 600) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    // The offline table's answer, fixed: the built table may be absent, and its data changes.
    {
      online: { timeoutMs },
      analyzeOptions: { ipOwner: () => ({ org: 'Microsoft Corporation', asn: 8075, country: 'JP' }) },
    },
  );
  return { code, stdout, stderr };
}

describe('cli: --online looks up public registration data, only when asked', function () {
  this.timeout(30_000);
  let server: RdapServer;
  let tmp: string;
  let config: string;
  beforeEach(async () => {
    server = await startRdapServer();
    tmp = mkdtempSync(join(tmpdir(), 'phish-inspector-online-'));
    config = join(tmp, 'config.json');
    writeFileSync(config, JSON.stringify({ online: { rdapBase: server.base } }));
  });
  afterEach(async () => {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('sends nothing at all without --online', async () => {
    const { code, stderr } = await run(['--config', config, '--json', MESSAGE]);
    expect(code).to.equal(0);
    expect(stderr).to.equal('');
    expect(server.log).to.deep.equal([]);
  });

  it('says what will be sent and to whom before sending, and sends exactly that', async () => {
    let announcedBeforeFirstRequest = '';
    const original = server.log.push.bind(server.log);
    let stderrSoFar = '';
    server.log.push = (...entries) => {
      if (!announcedBeforeFirstRequest) announcedBeforeFirstRequest = stderrSoFar || 'nothing';
      return original(...entries);
    };
    const code = await main(
      ['--config', config, '--online', '--json', MESSAGE],
      { stdout: () => {}, stderr: (t) => void (stderrSoFar += t) },
      { online: { timeoutMs: 600 } },
    );
    expect(code).to.equal(0);
    const announced = [...stderrSoFar.matchAll(/→ (\S+)/g)].map((m) => new URL(m[1]!).pathname);
    expect(announced).to.have.length(9);
    expect(announcedBeforeFirstRequest).to.include('online look-up: sending only these');
    expect(announcedBeforeFirstRequest).to.include(
      `new-brand-login.com (From, link) → ${server.base}domain/new-brand-login.com`,
    );
    expect(server.log.map((r) => r.path).sort()).to.deep.equal(announced.sort());
    for (const never of ['example.co.jp', 'evil.example', 'taro', 'hunter2', 'signin', '192.0.2.10', '10.0.0.5'])
      expect(stderrSoFar + server.log.map((r) => r.path).join(' '), never).not.to.include(never);
  });

  it('reports the week-old domain behind the brand claim, the old brand domain, the network, and each failure', async () => {
    const { code, stdout } = await run(['--config', config, '--online', '--json', MESSAGE]);
    expect(code).to.equal(0);
    const line = JSON.parse(stdout) as JsonLine;
    const online = line.findings.filter((f) => f.section === 'online');
    const said = online.map((f) => `${f.status} ${f.message}`);
    expect(said).to.include.members([
      'fail new-brand-login.com was registered 7 days ago (' +
        new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10) +
        '), and the claim to be Amazon rests on it: phishing domains are often only days old.',
      'info new-brand-login.com is registered through Cheap Names LLC.',
      'info The registry says 52.140.217.90 belongs to the network MSFT (NET-52-145-0-0-1, US); the offline table says Microsoft Corporation, AS8075, JP.',
      `info busy-registry.net could not be looked up: ${server.base.slice(0, -1)} asked us to wait (too many requests).`,
      `info ${server.base.slice(0, -1)} has no record of missing-domain.com.`,
      `info slow-registry.org could not be looked up: ${server.base.slice(0, -1)} did not answer in time.`,
      `info broken-json.info could not be looked up: ${server.base.slice(0, -1)} sent an answer that is not RDAP.`,
      `info huge-answer.biz could not be looked up: the answer of ${server.base.slice(0, -1)} was too large to read.`,
    ]);
    expect(online.find((f) => f.message.startsWith('amazon.com'))?.status).to.equal('info');
    const age = online.find((f) => f.id === 'online.domain-age' && f.status === 'fail')!;
    expect(age.evidence[0]).to.include({ header: 'RDAP', url: `${server.base}domain/new-brand-login.com` });
    expect(Date.parse(age.evidence[0]!.at!)).to.be.closeTo(Date.now(), 60_000);
    expect(line.verdict).to.equal('likely-phishing');
  });

  it('prints the look-up in the text report with the server asked and the time, in Japanese too', async () => {
    const { stdout } = await run(['--config', config, '--online', '--lang', 'ja', MESSAGE]);
    expect(stdout).to.include('オンラインで調べた結果');
    expect(stdout).to.match(/\[FAIL\] new-brand-login\[\.\]com は 7 日前/);
    expect(stdout).to.match(
      /RDAP hxxp:\/\/127\[\.\]0\[\.\]0\[\.\]1:\d+\/domain\/new-brand-login\[\.\]com: registration /,
    );
    expect(stdout).to.include('時点の応答');
  });

  it("refuses --online when the admin's config turns it off, sending nothing", async () => {
    writeFileSync(config, JSON.stringify({ online: { allowed: false, rdapBase: server.base } }));
    const { code, stderr } = await run(['--config', config, '--online', MESSAGE]);
    expect(code).to.equal(2);
    expect(stderr).to.include('online look-ups are turned off');
    expect(server.log).to.deep.equal([]);
  });

  it('works in the shipped command: announces, looks up, and times out the slow server', async function () {
    requireBuiltCli(this);
    const child = spawn(BIN, ['--config', config, '--online', '--json', MESSAGE], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const start = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).to.equal(0);
    expect(Date.now() - start, 'the slow server is given a few seconds, not its 20').to.be.below(15_000);
    expect(stderr).to.include('online look-up: sending only these');
    const line = JSON.parse(stdout) as JsonLine;
    const ids = line.findings.filter((f) => f.section === 'online').map((f) => `${f.id}:${f.status}`);
    expect(ids).to.include.members(['online.domain-age:fail', 'online.ip-owner:info', 'online.unavailable:info']);
    expect(line.findings.some((f) => f.message.includes('slow-registry.org could not be looked up'))).to.equal(true);
    expect(server.log.length).to.equal(9);
  });
});
