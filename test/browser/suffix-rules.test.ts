/**
 * The task pane's public-suffix rules in three parts (issue #19), in a real Chromium: the first part has every rule
 * most mail needs; a message with a host under a suffix whose rules it lacks fetches the start-up part (`com.ec`) or
 * the whole trie (a city under Japan's prefecture rules), each a chunk of its own, before the checklist is drawn, so
 * the first drawing is the report the whole list gives. Fixture suffix-city-lookalike-link is synthetic.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { browserSuite, checklistShown, kagoyaItem, suffixCityItem, type Opened } from './harness';

const FILE = join(projectRoot, 'test/fixtures/suffix-city-lookalike-link.synthetic.eml');
const MESSAGE = readFileSync(FILE, 'utf8');
const BODY = MESSAGE.split(/\r?\n\r?\n/, 2)[1]!;

/** The requests for the whole trie's chunk (`taskpane.suffixes.<hash>.js`). */
const trieChunks = (o: Opened) => o.requests.filter((url) => /\/taskpane\.suffixes\.[0-9a-f]{8}\.js$/.test(url));

/** The rows the checklist shows, as `id:status`, in order. */
async function rows(o: Opened): Promise<string[]> {
  return o.page
    .locator('[data-finding-id]')
    .evaluateAll((nodes) =>
      nodes.map((n) => `${n.getAttribute('data-finding-id')}:${/finding--(\w+)/.exec(n.className)?.[1] ?? ''}`),
    );
}

describe('public-suffix rules in the built task pane (Chromium)', function () {
  this.timeout(60_000);
  const suite = browserSuite();

  it('a host under a city rule fetches the whole list before the first drawing, which shows the whole list’s report', async () => {
    const o = await suite.open({
      path: '/taskpane.html',
      viewport: { width: 360, height: 760 },
      office: { item: suffixCityItem() },
    });
    await checklistShown(o.page);
    // Read at once: the first drawing. pay-city.toyota.aichi.jp is another registrant than the city's own host only
    // by the rule `toyota.aichi.jp`, which the start-up part lacks.
    const first = await rows(o);
    expect(first).to.include('links.text-mismatch:warn');
    expect(trieChunks(o)).to.have.length(1);
    // The whole list's report, as the CLI and the page make it, row for row (the pane's own input: headers + HTML).
    const whole = analyze({ ...(await parseMessage(MESSAGE)), html: BODY });
    const expected = whole.findings.map((f) => `${f.id}:${f.status}`);
    expect(first.filter((row) => row.startsWith('links.'))).to.deep.equal(
      expected.filter((row) => row.startsWith('links.')),
    );
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('a host under a top-level domain with many rules below it fetches only the start-up part, before the first drawing', async () => {
    // Synthetic: `com.ec` is a rule the pane's first part leaves to the start-up part (Ecuador has many below `ec`, none
    // under a brand's domain: a brand's, like Vietcombank's `com.vn`, stays in the first part).
    const headers = [
      'From: "PayPal" <service@paypal-verify.com.ec>',
      'To: yamada@example.co.jp',
      'Subject: Account notice',
      'Date: Mon, 1 Dec 2025 09:00:00 +0900',
      'Message-ID: <notice-1@paypal-verify.com.ec>',
      'Content-Type: text/html; charset=UTF-8',
    ].join('\r\n');
    const html =
      '<p>Please sign in: <a href="https://login.paypal-verify.com.ec/pp">https://www.paypal.com/signin</a></p>';
    const o = await suite.open({
      path: '/taskpane.html',
      office: {
        item: {
          from: { displayName: 'PayPal', emailAddress: 'service@paypal-verify.com.ec' },
          to: [{ displayName: 'Yamada', emailAddress: 'yamada@example.co.jp' }],
          subject: 'Account notice',
          headers: `${headers}\r\n`,
          html,
        },
      },
    });
    await checklistShown(o.page);
    const first = await rows(o);
    const startupChunks = o.requests.filter((url) => /\/taskpane\.suffixes-startup\.[0-9a-f]{8}\.js$/.test(url));
    expect(startupChunks).to.have.length(1);
    expect(trieChunks(o)).to.deep.equal([]);
    const whole = analyze({ ...(await parseMessage(`${headers}\r\n\r\n${html}`)), html });
    const expected = whole.findings.map((f) => `${f.id}:${f.status}`);
    for (const section of ['links.', 'sender.'])
      expect(first.filter((row) => row.startsWith(section))).to.deep.equal(
        expected.filter((row) => row.startsWith(section)),
      );
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('the KAGOYA sample never fetches the whole list', async () => {
    const o = await suite.open({ path: '/taskpane.html', office: { item: kagoyaItem() } });
    await checklistShown(o.page);
    expect(trieChunks(o)).to.deep.equal([]);
    // Nor later: the refined reading and the IP data analyse it again.
    await o.page.waitForTimeout(1000);
    expect(trieChunks(o)).to.deep.equal([]);
  });
});
