/**
 * The extension in a real Thunderbird (Debian's `thunderbird`, installed by .ci/run): headless, fresh profile,
 * the test build imports the KAGOYA message into Local Folders and runs the popup's analysis on it through the real
 * MailExtension APIs (messages.import, messages.getRaw as a File, accounts' identities). Skips with a one-line
 * reason where Thunderbird is not installed; under CI=true its absence fails. Bounded: 90 s for Thunderbird.
 */
import { expect } from 'chai';
import { fixture } from '../../helpers';
import { builtExtension } from './built';
import { findThunderbird, runInThunderbird, type RunResult } from './harness';

const TIMEOUT_MS = 90_000;
const IDENTITY = 'reader@example.co.jp';

interface Posted {
  error?: string;
  browser?: { name: string; version: string };
  verdict?: string;
  findings?: { id: string; status: string }[];
  recipients?: string[];
  strippedLines?: number;
}

describe('in a real Thunderbird (headless)', function () {
  this.timeout(TIMEOUT_MS + 120_000);
  let run: RunResult;
  let posted: Posted;

  before(async function () {
    const binary = findThunderbird();
    if (!binary) {
      if (process.env.CI === 'true') throw new Error('CI=true but thunderbird is not installed (.ci/run installs it)');
      console.log('      (skipped: thunderbird is not installed; apt-get install thunderbird)');
      this.skip();
    }
    const { testDir } = await builtExtension();
    run = await runInThunderbird(binary!, { testDir, message: fixture('kagoya-2021-12.eml'), identity: IDENTITY, timeoutMs: TIMEOUT_MS });
    console.log(`      (Thunderbird ${String(run.result?.browser && (run.result.browser as { version: string }).version)}: ${(run.elapsedMs / 1000).toFixed(1)} s)`);
    posted = (run.result ?? {}) as Posted;
  });

  it('runs the test build and gets a result back over loopback', () => {
    expect(run.failure, `${run.failure}\n${run.output}`).to.equal(undefined);
    expect(posted.error).to.equal(undefined);
    expect(posted.browser?.name).to.equal('Thunderbird');
  });

  it('finds the imported KAGOYA message likely phishing, with the findings the fixture must produce', () => {
    expect(posted.verdict).to.equal('likely-phishing');
    const status = Object.fromEntries((posted.findings ?? []).map((f) => [f.id, f.status]));
    expect(status).to.include({
      'sender.brand-mismatch': 'fail',
      'links.host-mismatch': 'fail',
      'links.brand-in-path': 'fail',
      'links.recipient-in-url': 'warn',
      'content.lure': 'warn',
      'origin.helo-loopback': 'info',
      'origin.sender-ip': 'info',
    });
  });

  it("reads the source Thunderbird stored, without its own X-Mozilla lines, and the account's identity", () => {
    expect(posted.strippedLines).to.be.greaterThan(0);
    expect(posted.recipients).to.include.members([IDENTITY, 'info@example.co.jp']);
  });

  it('sends nothing off the machine', () => {
    expect(run.outbound).to.deep.equal([]);
  });
});
