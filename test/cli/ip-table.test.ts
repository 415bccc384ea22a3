import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultIpTablePath, loadIpTable } from '../../src/cli/ip-table';
import { main, type MainSettings } from '../../src/cli/main';
import { projectRoot } from '../helpers';
import { decodeIpOwnerIndex } from '../../src/core/ip-owner/table';
import { FULL_TABLE_PATH, SAMPLE_DATE, sampleBuild, writeSampleTable } from '../fixtures/ip-tables';

const KAGOYA = join(projectRoot, 'test', 'fixtures', 'kagoya-2021-12.eml');
const THREE = join(projectRoot, 'test', 'fixtures', 'cli-three.mbox');
const BIN = join(projectRoot, 'dist', 'cli', 'phish-inspector.cjs');

async function run(argv: string[], settings: MainSettings): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, settings);
  return { code, stdout, stderr };
}

describe('cli: the IP owner table', () => {
  let tmp: string;
  let sample: string;
  let missing: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'phish-inspector-ip-'));
    sample = writeSampleTable(join(tmp, 'ip-owner'));
    missing = join(tmp, 'none', 'ip-owner');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('looks for dist/data/ip-owner/ when run from the source tree', () => {
    expect(defaultIpTablePath()).to.equal(FULL_TABLE_PATH);
  });

  it('loads a table and reports a missing or broken one as a reason, never as an exception', () => {
    const loaded = loadIpTable(sample);
    expect(loaded.ok && loaded.table.lookup('52.140.217.90')?.asn).to.equal(8075);
    const gone = loadIpTable(missing);
    expect(gone).to.include({ ok: false });
    expect(!gone.ok && gone.reason)
      .to.include(missing)
      .and.include('npm run build:ip');
    const junk = join(tmp, 'junk');
    mkdirSync(junk);
    writeFileSync(join(junk, 'index.bin'), '<!doctype html><title>Not found</title>');
    const broken = loadIpTable(junk);
    expect(!broken.ok && broken.reason).to.include('not an IP owner index');
  });

  it('reads no shard until an IP is looked up, then only the one that IP falls in, once', () => {
    const dir = writeSampleTable(join(tmp, 'lazy'));
    const loaded = loadIpTable(dir);
    if (!loaded.ok) throw new Error(loaded.reason);
    const index = decodeIpOwnerIndex(sampleBuild().index);
    expect(index.files().length).to.be.above(4);
    expect(loaded.shardsRead).to.deep.equal([]);
    expect(loaded.table.lookup('52.140.217.90')?.asn).to.equal(8075);
    expect(loaded.table.lookup('52.140.217.91')?.asn).to.equal(8075);
    expect(loaded.shardsRead).to.deep.equal([index.shardOf('52.140.217.90')]);
  });

  it('a shard gone from the folder leaves that owner out of the checklist, and the rest of it intact', async () => {
    const dir = writeSampleTable(join(tmp, 'holey'));
    rmSync(join(dir, decodeIpOwnerIndex(sampleBuild().index).shardOf('52.140.217.90')!));
    const { code, stdout } = await run([KAGOYA], { ipTablePath: dir });
    expect(code).to.equal(0);
    expect(stdout).to.include('Likely phishing').and.include('52[.]140[.]217[.]90').and.not.include('AS8075');
    expect(stdout).to.not.include('not in the IP network data');
  });

  it('names the network owners in the text report and prints the data attribution once per run', async () => {
    const { code, stdout, stderr } = await run([KAGOYA, THREE], { ipTablePath: sample });
    expect(code).to.equal(0);
    expect(stderr).to.equal('');
    expect(stdout).to.include('52[.]140[.]217[.]90 (Microsoft Corporation, AS8075, JP;');
    const attribution = `IP network data: RouteViews + DB-IP (db-ip.com) + NRO (CC BY 4.0), as of ${SAMPLE_DATE}.`;
    expect(stdout.split('\n').filter((line) => line === attribution)).to.have.length(1);
    expect(stdout.trimEnd().endsWith(attribution)).to.equal(true);
  });

  it('prints no attribution when no message was analysed (only errors, or only files that are not mail)', async () => {
    const notMail = join(tmp, 'notes.eml');
    writeFileSync(notMail, 'shopping list: milk, eggs\n');
    const { code, stdout, stderr } = await run([notMail, join(tmp, 'absent.eml')], { ipTablePath: sample });
    expect(code).to.equal(1);
    expect(stdout).to.equal('');
    expect(stderr.trimEnd().split('\n')).to.have.length(2);
  });

  it('without the table: one note on stderr, and the same checklist without owners (text)', async () => {
    const { code, stdout, stderr } = await run([KAGOYA], { ipTablePath: missing });
    expect(code).to.equal(0);
    expect(stderr.trimEnd().split('\n')).to.have.length(1);
    expect(stderr)
      .to.match(/^phish-inspector: IP network data not loaded/)
      .and.include(missing);
    expect(stdout).to.include('Likely phishing').and.include('52[.]140[.]217[.]90').and.not.include('AS8075');
    expect(stdout).to.not.include('IP network data:');
  });

  it('without the table in JSON mode: stderr stays clean and the findings still come', async () => {
    const { code, stdout, stderr } = await run(['--json', KAGOYA], { ipTablePath: missing });
    expect(code).to.equal(0);
    expect(stderr).to.equal('');
    expect((JSON.parse(stdout) as { verdict: string }).verdict).to.equal('likely-phishing');
  });

  it('uses a lookup the caller injects instead of reading a table', async () => {
    const ipOwner = (ip: string) =>
      ip === '52.140.217.90' ? { asn: 64500, org: 'Injected Net', country: 'ZZ' } : undefined;
    const { stdout, stderr } = await run([KAGOYA], { ipTablePath: missing, analyzeOptions: { ipOwner } });
    expect(stderr).to.equal('');
    expect(stdout).to.include('Injected Net, AS64500, ZZ');
  });

  it('the built command finds dist/data/ip-owner/ beside its bundle', function () {
    if (!existsSync(BIN) || !existsSync(FULL_TABLE_PATH)) {
      if (process.env.CI === 'true')
        throw new Error(`CI=true but ${BIN} or ${FULL_TABLE_PATH} is missing: run npm run build first`);
      console.log('      (skipped: dist/cli or dist/data is not built; run npm run build)');
      this.skip();
    }
    this.timeout(60_000);
    const result = spawnSync(process.execPath, [BIN, KAGOYA], { cwd: tmp, encoding: 'utf8' });
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stderr).to.equal('');
    expect(result.stdout)
      .to.match(/Microsoft Corporation, AS8075/)
      .and.match(/IP network data: .*CC BY 4\.0.*as of \d{4}-\d{2}-\d{2}\./);
  });
});
