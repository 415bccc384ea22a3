/**
 * The CLI starts with the built-in brand index computed when it was built (src/core/brands/prebuilt.ts): it must be
 * the very index the table gives at run time, or the command would judge brands differently from the task pane.
 */
import { expect } from 'chai';
import {
  findBrandInUrlParts,
  findClaimedBrands,
  loadBrands,
  reviveIndex,
  serializeIndex,
  type BrandIndex,
} from '../../../src/core/brands/lookup';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCliCode, CLI_BIN, fixture, projectRoot, requireBuiltCli } from '../../helpers';

/** Through JSON, as the bundle carries it. */
const roundTrip = (index: BrandIndex): BrandIndex => reviveIndex(JSON.parse(JSON.stringify(serializeIndex(index))));

describe('the brand index computed at build time (prebuilt.ts)', () => {
  const built = loadBrands();

  it('revives to the same brands, domain roles, names and link words as the index built at run time', () => {
    const revived = roundTrip(built);
    expect(revived.brands).to.deep.equal(built.brands);
    expect([...revived.domainRoles]).to.deep.equal([...built.domainRoles]);
    expect(revived.names).to.deep.equal(built.names);
    expect([...revived.urlNames]).to.deep.equal([...built.urlNames]);
    expect(revived.problems).to.deep.equal(built.problems);
  });

  it('shares one object per brand, as the built index does (matches are told apart by brand identity)', () => {
    const revived = roundTrip(built);
    const own = new Set(revived.brands);
    for (const list of revived.domainRoles.values()) for (const e of list) expect(own.has(e.brand)).to.equal(true);
    for (const p of revived.names) expect(own.has(p.brand)).to.equal(true);
    for (const list of revived.urlNames.values()) for (const b of list) expect(own.has(b)).to.equal(true);
    // 楽天 lies inside 楽天カード: the longer name wins only when the two hits' brands compare as different objects.
    const names = (index: BrandIndex, text: string) => findClaimedBrands(index, text).map((m) => m.brand.id);
    for (const text of ['楽天カード株式会社', 'KAGOYA Inc', 'Аmazon.co.jp', '三井住友カード'])
      expect(names(revived, text), text).to.deep.equal(names(built, text));
    const url = {
      host: 'amazon.co.jp.signin-verify.xyz',
      registrable: 'signin-verify.xyz',
      pathAndQuery: '/kagoya.net/',
    };
    const found = (index: BrandIndex) => findBrandInUrlParts(index, url).map((m) => [m.brand.id, m.where, m.kind]);
    expect(found(revived)).to.deep.equal(found(built));
  });

  it('is in the built command, equal to the index the current brand table gives', function () {
    requireBuiltCli(this);
    // The index's JSON text sits in the command's data comment (scripts/cli-code-cache.cjs); builtCliCode puts it back.
    const literal = /\bPREBUILT_INDEX = (\{.*\});$/m.exec(builtCliCode());
    expect(literal, 'the bundle carries the index').to.not.equal(null);
    const shipped: unknown = JSON.parse(literal![1]!);
    expect(shipped).to.deep.equal(JSON.parse(JSON.stringify(serializeIndex(built))));
  });

  it('gives the built command an admin’s extra brands on top of its brands, the table it carries no second copy of', function () {
    requireBuiltCli(this);
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'prebuilt-extras-'));
    try {
      // A brand of the admin's own, claimed from a stranger's domain; a built-in brand's name in the same list.
      const config = join(dir, 'config.json');
      writeFileSync(
        config,
        JSON.stringify({
          extraBrands: [
            { id: 'acmepay', names: ['AcmePay'], domains: ['acmepay.example'], source: 'admin' },
            { id: 'kagoya', names: ['KAGOYA'], domains: ['kagoya-partner.example'], source: 'admin' },
          ],
        }),
      );
      const message = join(dir, 'acmepay.eml');
      writeFileSync(
        message,
        [
          'From: "AcmePay Billing" <billing@acmepay-invoices.example.net>',
          'To: taro@example.co.jp',
          'Subject: Your AcmePay invoice',
          'Date: Tue, 02 Dec 2025 09:12:38 +0900',
          'Message-ID: <1@acmepay-invoices.example.net>',
          'Content-Type: text/plain; charset=UTF-8',
          '',
          'Your invoice is attached.',
          '',
        ].join('\r\n'),
      );
      const kagoya = join(dir, 'kagoya.eml');
      writeFileSync(kagoya, fixture('kagoya-2021-12.eml'));
      const run = (...args: string[]) => {
        const result = spawnSync(process.execPath, [CLI_BIN, '--json', ...args], {
          cwd: projectRoot,
          encoding: 'utf8',
        });
        expect(result.status, result.stderr).to.be.oneOf([0, 1, 2]);
        return JSON.parse(result.stdout) as { verdict: string; findings: { id: string; status: string }[] };
      };
      const mismatch = (line: ReturnType<typeof run>) =>
        line.findings.filter((f) => f.id === 'sender.brand-mismatch').map((f) => f.status);
      expect(mismatch(run('--config', config, message)), 'with the extra brand').to.deep.equal(['fail']);
      expect(mismatch(run(message)), 'without it').to.deep.equal([]);
      // The built-in brands are all there beside the extras: KAGOYA's phish reads as it does without a config.
      const plain = run(kagoya);
      const extended = run('--config', config, kagoya);
      expect(extended.verdict).to.equal(plain.verdict);
      expect(extended.findings.map((f) => [f.id, f.status])).to.deep.equal(plain.findings.map((f) => [f.id, f.status]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
