import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { loadFreeMail } from '../../src/core/free-mail';
import type { DataNeed } from '../../src/core/report';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';

const fixture = (name: string): string => join('test', 'fixtures', name);
const PROBE = join(projectRoot, 'test', 'cli', 'data-need-probe.ts');

/** One message for each kind of data the command loads by need; each verdict or finding changes with it. */
const NEEDING: [DataNeed, string][] = [
  ['free-mail', fixture('freemail-ceo-giftcards-orange.synthetic.eml')],
  ['extortion', fixture('extortion-sextortion-en.synthetic.eml')],
  ['document-offer', fixture('rented-document-pages-dev.synthetic.eml')],
  ['phrases', fixture('afee-inheritance-ja-yahoo.synthetic.eml')],
  ['own-org', fixture('own-org-password-de.synthetic.eml')],
  ['attachments', fixture('att-zip-exe-purchase-order.synthetic.eml')],
  ['attached-message', fixture('attached-voicemail-wrapper.synthetic.eml')],
  ['tlds', fixture('evasion-paypal-spaced-name.synthetic.eml')],
  ['callback', fixture('nolink-callback-renewal-gmail.synthetic.eml')],
  ['unwrap', fixture('unwrap-safelinks-microsoft-lure.synthetic.eml')],
  ['host-scripts', fixture('idn-apple-cyrillic.synthetic.eml')],
  ['qr-judge', fixture('qr-mfa-reactivate.synthetic.eml')],
  ['lookalike-host', fixture('lookalike-host-egress-securemail.synthetic.eml')],
  ['forwarded', fixture('forward-to-it-outlook-internal.synthetic.eml')],
  ['disclaimer', fixture('lure-disclaimer-points-expiry.synthetic.eml')],
];
const JAPANESE = fixture('afee-inheritance-ja-yahoo.synthetic.eml');
const ENGLISH = fixture('freemail-ceo-giftcards-orange.synthetic.eml');

/** The built command, a process of its own: it starts with no check data loaded. */
function command(args: string[]): string {
  const result = spawnSync(CLI_BIN, args, { cwd: projectRoot, encoding: 'utf8' });
  expect(result.status, result.stderr).to.equal(0);
  return result.stdout;
}

/** The same run in this process, where every check's data is loaded (test/root-hooks.ts) and the free-mail list given. */
async function withEveryData(args: string[]): Promise<string> {
  let stdout = '';
  const freeMail = await loadFreeMail();
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined };
  const previous = process.cwd();
  process.chdir(projectRoot);
  try {
    expect(await main(args, io, { analyzeOptions: { freeMail } })).to.equal(0);
  } finally {
    process.chdir(previous);
  }
  return stdout;
}

describe('cli: the data a message needs is loaded before its report is printed', function () {
  // Processes of their own (about 0.3-0.7 s each, more on a loaded machine).
  this.timeout(120_000);
  beforeEach(function () {
    requireBuiltCli(this);
  });

  for (const [need, file] of NEEDING) {
    it(`reports a message needing ${need}, alone in a run, as it would with every data loaded`, async () => {
      const probe = spawnSync(process.execPath, ['--import', 'tsx', PROBE, file, need], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
      expect(probe.status, probe.stderr).to.equal(0);
      // The message does need it, and its report changes with it: printing it unloaded would fail this test.
      expect(JSON.parse(probe.stdout))
        .to.deep.include({ changed: true })
        .and.have.property('needs')
        .that.includes(need);
      expect(command(['--json', file])).to.equal(await withEveryData(['--json', file]));
      expect(command(['--lang', 'ja', file])).to.equal(await withEveryData(['--lang', 'ja', file]));
    });
  }

  it('reports a message whose attached message needs data of its own (its script’s phrases) as with every data', async () => {
    // Judged with only the attached message's judging loaded, its Japanese lure is not read yet: clean; it is not.
    const file = fixture('attached-wrapper-ja-account.synthetic.eml');
    const json = command(['--json', file]);
    expect(JSON.parse(json).findings.find((f: { id: string }) => f.id === 'content.attached-message')?.status).to.equal(
      'fail',
    );
    expect(json).to.equal(await withEveryData(['--json', file]));
  });

  it('reports a Japanese and an English message in one run, in either order, as each alone', async () => {
    const alone = [command(['--json', JAPANESE]), command(['--json', ENGLISH])];
    expect(command(['--json', JAPANESE, ENGLISH])).to.equal(alone.join(''));
    expect(command(['--json', ENGLISH, JAPANESE])).to.equal(alone.reverse().join(''));
    expect(command(['--json', ENGLISH, JAPANESE])).to.equal(await withEveryData(['--json', ENGLISH, JAPANESE]));
  });
});
