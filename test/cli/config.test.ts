import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeOptionsFrom, readConfig } from '../../src/core/config';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { readConfigFile } from '../../src/cli/config';
import { main } from '../../src/cli/main';
import type { JsonLine } from '../../src/cli/format-json';
import { GROUP_CONFIG, OWN_DOMAIN_SPOOF } from './config-fixture';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const failsAndWarns = (line: JsonLine | { findings: { id: string; status: string }[] }) =>
  line.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => `${f.id}:${f.status}`);

describe('cli: --config, the add-in’s config.json', () => {
  let tmp: string;
  let message: string;
  const file = (name: string, text: string | Buffer) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'phish-inspector-config-'));
    message = file('own-domain-spoof.eml', OWN_DOMAIN_SPOOF);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('finds the forgery of the organisation’s own domain only with its ownDomains and trusted authserv-id', async () => {
    const without = await run(['--json', message]);
    const config = file('config.json', JSON.stringify(GROUP_CONFIG));
    const withConfig = await run(['--json', '--config', config, message]);
    expect(without.code).to.equal(0);
    expect(withConfig.code).to.equal(0);
    expect(withConfig.stderr).to.equal('');
    const before = JSON.parse(without.stdout) as JsonLine;
    const after = JSON.parse(withConfig.stdout) as JsonLine;
    expect(before.verdict).to.equal('no-red-flags');
    expect(failsAndWarns(before)).to.not.include('sender.spoofed-domain:fail');
    expect(after.verdict).to.equal('likely-phishing');
    expect(failsAndWarns(after)).to.include('sender.spoofed-domain:fail').and.include('sender.authentication:warn');
    // Each field alone is not enough: both reach the analysis.
    const onlyTrust = file('trust-only.json', JSON.stringify({ trustedAuthservIds: GROUP_CONFIG.trustedAuthservIds }));
    const partial = JSON.parse((await run(['--json', '--config', onlyTrust, message])).stdout) as JsonLine;
    expect(failsAndWarns(partial))
      .to.include('sender.authentication:warn')
      .and.not.include('sender.spoofed-domain:fail');
  });

  it('gives the findings the Outlook add-in gives for the same config (the core’s reading of it)', async () => {
    const config = file('config-outlook.json', JSON.stringify(GROUP_CONFIG));
    const cli = JSON.parse((await run(['--json', '--config', config, message])).stdout) as JsonLine;
    // What the task pane does with config.json (hosts/outlook/taskpane.ts): readConfig, then analyzeOptionsFrom.
    const outlook = analyze(await parseMessage(OWN_DOMAIN_SPOOF), analyzeOptionsFrom(readConfig(GROUP_CONFIG).config));
    expect(cli.verdict).to.equal(outlook.verdict);
    expect(cli.findings.map((f) => `${f.id}:${f.status}`)).to.deep.equal(
      outlook.findings.map((f) => `${f.id}:${f.status}`),
    );
  });

  it('names each bad field on stderr in the core’s words, uses its default, and still analyses (exit 0)', async () => {
    const config = file(
      'half-bad.json',
      JSON.stringify({ ...GROUP_CONFIG, trustedAuthservIds: 'two words', colour: 'red' }),
    );
    const { code, stdout, stderr } = await run(['--json', '--config', config, message]);
    expect(code).to.equal(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).to.have.length(2);
    expect(lines).to.include(`phish-inspector: ${config}: "colour": this setting is unknown. Its default is used.`);
    expect(lines).to.include(`phish-inspector: ${config}: "trustedAuthservIds": it must be text. Its default is used.`);
    // The default (no trusted authserv-id) applies, the valid ownDomains still counts.
    const line = JSON.parse(stdout) as JsonLine;
    expect(failsAndWarns(line)).to.not.include('sender.spoofed-domain:fail');
    const ja = await run(['--json', '--lang', 'ja', '--config', config, message]);
    expect(ja.stderr).to.include('「colour」: 未知の設定項目です。この項目は既定値を使います。');
  });

  it('stops with exit 2 and a clear message, before reading any message, when the file is missing or not JSON', async () => {
    const cases: [string, RegExp][] = [
      [join(tmp, 'absent.json'), /absent\.json: no such configuration file\. Check the path given to --config\.$/],
      [tmp, /: the configuration cannot be read \(EISDIR\)/],
      [
        file('syntax.json', '{ "ownDomains": ["example.co.jp",] }'),
        /syntax\.json: not a valid configuration \(.*JSON.*\)/,
      ],
      [file('array.json', '["example.co.jp"]'), /array\.json: not a valid configuration \(it must be an object\)/],
      [
        file('huge.json', `{"_note": "${'x'.repeat(300 * 1024)}"}`),
        /huge\.json: not a valid configuration \(larger than 256 KB\)/,
      ],
    ];
    for (const [config, expected] of cases) {
      const { code, stdout, stderr } = await run(['--json', '--config', config, message]);
      expect(code, config).to.equal(2);
      expect(stdout, config).to.equal('');
      expect(stderr.trimEnd().split('\n'), config).to.have.length(1);
      expect(stderr.trimEnd(), config)
        .to.match(/^phish-inspector: /)
        .and.match(expected);
    }
  });

  it('reads a file saved with a byte order mark (Windows Notepad), as the add-in does', async () => {
    const bom = file(
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(GROUP_CONFIG))]),
    );
    const read = await readConfigFile(bom);
    expect(read).to.deep.include({ ok: true, problems: [] });
    expect(read.ok && read.config.ownDomains).to.deep.equal(GROUP_CONFIG.ownDomains);
  });
});
