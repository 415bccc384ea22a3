import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';

/**
 * The built command keeps answers across the messages of a folder (lookup.ts keptFor: the brands a display name or
 * subject tag claims, what a link's host names), where the brand index was built with the bundle. A message's report
 * must not depend on the messages read before it: each report of a folder run equals the report of its file alone.
 */
describe('cli: answers kept across a folder', function () {
  this.timeout(120_000);
  beforeEach(function () {
    requireBuiltCli(this);
  });

  /** A message with the given From, subject and links (HTML body). */
  const message = (from: string, subject: string, links: string[]) =>
    [
      `From: ${from}`,
      'To: taro@example.co.jp',
      `Subject: ${subject}`,
      'Date: Tue, 8 Dec 2026 04:00:00 +0000',
      'Message-ID: <kept-answers@example.top>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      `<p>Please sign in.</p>${links.map((l) => `<p><a href="${l}">${l}</a></p>`).join('')}`,
      '',
    ].join('\r\n');

  it('gives each message of a folder the report its file alone gets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-answers-'));
    try {
      // The same name, tag and hosts again, with other paths: the later messages are answered from what was kept.
      const files: Record<string, string> = {
        'a1.eml': message('"PayPal Service" <service@paypa1-help.top>', '[PayPal] Your account is on hold', [
          'https://login.secure-check.top/paypal.com/signin',
          'https://www-amazon-co-jp.verify-id.top/x',
        ]),
        'a2.eml': message('"PayPal Service" <service@paypa1-help.top>', '[PayPal] Your account is on hold', [
          'https://login.secure-check.top/account?next=amazon.co.jp',
          'https://www-amazon-co-jp.verify-id.top/other/path',
        ]),
        'a3.eml': message('Mail Team <info@newsletter.example.org>', '[usrp-users] Re: PayPal and amazon', [
          'https://login.secure-check.top/paypal.com/signin',
          'https://www.example.org/kagoya-login/smbc-card.com',
        ]),
        'a4.eml': message('"PayPal Service" <service@paypa1-help.top>', 'Re: [PayPal] Your account is on hold', [
          'https://www-amazon-co-jp.verify-id.top/x',
        ]),
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      copyFileSync(join(projectRoot, 'test', 'fixtures', 'kagoya-2021-12.eml'), join(dir, 'b1.eml'));
      copyFileSync(join(projectRoot, 'test', 'fixtures', 'kagoya-2021-12.eml'), join(dir, 'b2.eml'));
      const run = (path: string) => {
        const result = spawnSync(process.execPath, [CLI_BIN, '--json', '--jobs', '1', path], {
          cwd: projectRoot,
          encoding: 'utf8',
        });
        expect(result.status, result.stderr).to.equal(0);
        return result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { source: string; findings: { id: string }[] });
      };
      const folder = run(dir);
      expect(folder).to.have.length(6);
      for (const name of readdirSync(dir)) {
        const alone = run(join(dir, name));
        expect(alone).to.have.length(1);
        expect(folder.find((r) => r.source === alone[0]!.source)).to.deep.equal(alone[0]);
      }
      // The messages do name brands in their links (the kept readings are not all empty).
      expect(folder.some((r) => r.findings.some((f) => f.id === 'links.brand-in-path'))).to.equal(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
