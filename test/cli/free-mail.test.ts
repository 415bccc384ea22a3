/**
 * The built command analyses with the maintained free-mail list always (it is bundled in: size does not matter on a
 * server). Fixtures test/fixtures/freemail-*.synthetic.eml are synthetic (issue #16).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';

const BIN = CLI_BIN;

interface Line {
  verdict: string;
  findings: { id: string; status: string }[];
  needs?: string[];
}

function inspect(fixture: string): Line {
  const result = spawnSync(BIN, ['--json', join('test', 'fixtures', fixture)], { cwd: projectRoot, encoding: 'utf8' });
  expect(result.status, result.stderr).to.equal(0);
  return JSON.parse(result.stdout) as Line;
}

describe('cli: free mail from the maintained list', function () {
  this.timeout(60_000);
  beforeEach(function () {
    requireBuiltCli(this);
  });

  it('fails CEO fraud from an orange.fr mailbox (not in the built-in list) and says no data was missing', () => {
    const line = inspect('freemail-ceo-giftcards-orange.synthetic.eml');
    expect(line.findings.filter((f) => f.id === 'sender.role-free-mail').map((f) => f.status)).to.deep.equal(['fail']);
    expect(line.verdict).to.equal('likely-phishing');
    expect(line.needs).to.equal(undefined);
  });

  it("says nothing about the same CEO from the company's own domain", () => {
    const line = inspect('freemail-twin-ceo-own-domain.synthetic.eml');
    expect(line.findings.map((f) => f.id)).to.not.include('sender.role-free-mail');
    expect(line.verdict).to.equal('no-red-flags');
  });
});
