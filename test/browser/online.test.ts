/**
 * "Look up online" on the built standalone page (issue #18), in Chromium: the admin's RDAP proxy is on the page's own
 * server (`online.rdapBase`, here the loopback RDAP answers mounted under /rdap/), so the page's CSP (connect-src
 * 'self') lets it through. Nothing is fetched — not even the look-up's code — before the click; the consent lists
 * exactly what will be sent and to whom, and nothing is sent before Send; the findings and the verdict come back.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';
import { ACTION_TIMEOUT_MS, checklistShown, openPage, type Harness, type Opened } from './harness';
import { onlineSuite } from './online-server';

const MESSAGE = readFileSync(join(projectRoot, 'test/fixtures/online-brand-new-domain.synthetic.eml'), 'utf8');

async function checkMessage(harness: Harness): Promise<Opened> {
  const o = await openPage(harness, { path: '/' });
  await o.page.locator('[data-action="check"]').waitFor({ timeout: ACTION_TIMEOUT_MS });
  await o.page.fill('#web-paste', MESSAGE);
  await o.page.click('[data-action="check"]');
  await checklistShown(o.page);
  return o;
}

describe('standalone page: Look up online, through the admin’s RDAP proxy on the same server', function () {
  this.timeout(90_000);
  const suite = onlineSuite((origin) => ({ online: { rdapBase: `${origin}/rdap/` } }));

  it('asks first, listing exactly what goes where; sends only that after Send; shows what came back', async () => {
    const h = suite.harness();
    const o = suite.track(await checkMessage(h));
    expect(
      o.requests.some((u) => u.includes('online-lookup')),
      'no look-up code before the click',
    ).to.equal(false);
    await o.page.click('[data-action="online-lookup"]');
    await o.page.locator('[data-action="online-send"]').waitFor();
    const items = await o.page.locator('[data-online="items"] li').allTextContents();
    expect(items).to.include(`new-brand-login.com (From, link) → ${h.origin}/rdap/domain/new-brand-login.com`);
    expect(items).to.have.length(9);
    expect(h.rdapLog, 'nothing sent before Send').to.deep.equal([]);

    await o.page.click('[data-action="online-send"]');
    await o.page.locator('[data-online="findings"]').waitFor({ timeout: 20_000 });
    const announced = items.map((i) => new URL(i.slice(i.indexOf('→ ') + 2)).pathname).sort();
    expect(h.rdapLog.map((r) => r.path).sort()).to.deep.equal(announced);
    for (const r of h.rdapLog) expect(r.headers.cookie).to.equal(undefined);
    const age = o.page.locator('[data-online="findings"] li[data-id="online.domain-age"][data-status="fail"]');
    expect(await age.textContent()).to.include('new-brand-login.com was registered 7 days ago');
    const texts = (await o.page.locator('[data-online="findings"] li').allTextContents()).join('\n');
    expect(texts).to.include('slow-registry.org could not be looked up').and.include('answered at');
    expect(await o.page.locator('.privacy').textContent()).to.include('only the items listed under "Looked up online"');
    expect(o.outbound, 'nothing left the page’s own server').to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
  });

  it('stops when the reader clicks Stop, and asking again sends only what was not answered, without asking consent again', async () => {
    const h = suite.harness();
    const o = suite.track(await checkMessage(h));
    await o.page.click('[data-action="online-lookup"]');
    // This page's first look-up: the consent again (it is asked once per page, and this is a new page).
    await o.page.click('[data-action="online-send"]');
    await o.page.locator('[data-action="online-stop"]').waitFor();
    const deadline = Date.now() + 5000;
    while (h.rdapLog.length < 9 && Date.now() < deadline) await o.page.waitForTimeout(50);
    await o.page.waitForTimeout(1000); // the loopback answers all but the slow one in milliseconds
    await o.page.click('[data-action="online-stop"]');
    await o.page.locator('[data-online="findings"]').waitFor();
    const texts = (await o.page.locator('[data-online="findings"] li').allTextContents()).join('\n');
    expect(texts).to.include('The look-up of slow-registry.org was cancelled.');
    expect(texts).to.include('new-brand-login.com was registered 7 days ago');

    const sent = h.rdapLog.length;
    await o.page.click('[data-action="online-lookup"]');
    await o.page.locator('[data-action="online-stop"]').waitFor();
    expect(await o.page.locator('[data-action="online-send"]').count(), 'consent is asked once per page').to.equal(0);
    await o.page.locator('[data-online="findings"]').waitFor({ timeout: 20_000 });
    expect(h.rdapLog.slice(sent).map((r) => r.path)).to.deep.equal(['/rdap/domain/slow-registry.org']);
    const again = (await o.page.locator('[data-online="findings"] li').allTextContents()).join('\n');
    expect(again).to.include('slow-registry.org could not be looked up').and.include('did not answer in time');
  });
});

describe('standalone page: Look up online without a proxy, built without PHISH_RDAP_CONNECT', function () {
  this.timeout(60_000);
  const suite = onlineSuite(() => ({}));

  it('says the page is not set up for it and sends nothing anywhere', async () => {
    const o = suite.track(await checkMessage(suite.harness()));
    await o.page.click('[data-action="online-lookup"]');
    await o.page.locator('.web-online p').waitFor();
    expect(await o.page.locator('.web-online p').textContent()).to.include('may connect only to its own server');
    expect(o.outbound).to.deep.equal([]);
    expect(suite.harness().rdapLog).to.deep.equal([]);
  });
});
