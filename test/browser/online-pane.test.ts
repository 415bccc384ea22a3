/**
 * "Look up online" in the built Outlook task pane, in Chromium under a simulated Outlook (issue #18). As on the page
 * (online.test.ts), the admin's RDAP proxy is on the pane's own server (`online.rdapBase` in config.json, the loopback
 * answers under /rdap/), which the pane's CSP (connect-src 'self', as built by default) allows. Nothing of the look-up
 * — its code, or any request to a server — before the click; the consent lists what will be sent and to whom, and
 * nothing is sent before Send; only the announced URLs are asked; the findings come back, the privacy line says what
 * was sent, and Report to IT carries what was found.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';
import { ACTION_TIMEOUT_MS, checklistShown, openPage, waitForExpression, type Opened } from './harness';
import type { FakeOfficeItem } from './fake-office-script';
import { onlineSuite, type OnlineHarness } from './online-server';
import { PANE_VIEWPORT } from './screenshots';

/** The synthetic message as Outlook hands it to the pane: the header block and the HTML body apart. */
function item(): FakeOfficeItem {
  const eml = readFileSync(join(projectRoot, 'test/fixtures/online-brand-new-domain.synthetic.eml'), 'utf8');
  const split = eml.indexOf('\n\n');
  return {
    from: { displayName: 'Amazon', emailAddress: 'service@new-brand-login.com' },
    to: [{ displayName: 'Taro', emailAddress: 'taro@example.co.jp' }],
    subject: 'Your account is on hold',
    // Synthetic, EWS-shaped: Report to IT attaches the message by its id.
    itemId: 'AAMkAGI2TG93AAABBBCCC+online=',
    headers: eml.slice(0, split + 1),
    html: eml.slice(split + 2),
  };
}

async function openPane(harness: OnlineHarness): Promise<Opened> {
  const o = await openPage(harness, {
    path: '/taskpane.html',
    office: { item: item(), mailboxVersion: '1.9', userEmail: 'taro@example.co.jp' },
    viewport: PANE_VIEWPORT,
  });
  await checklistShown(o.page);
  return o;
}

describe('Outlook task pane: Look up online, through the admin’s RDAP proxy on the same server', function () {
  this.timeout(90_000);
  const suite = onlineSuite((origin) => ({
    online: { rdapBase: `${origin}/rdap/` },
    reportAddresses: ['soc@example.co.jp'],
  }));

  it('asks first, listing exactly what goes where; sends only that after Send; shows what came back, and reports it to IT', async () => {
    const h = suite.harness();
    const o = suite.track(await openPane(h));
    const { page } = o;
    expect(
      o.requests.some((u) => u.includes('online-lookup')),
      'no look-up code before the click',
    ).to.equal(false);
    expect(await page.locator('.privacy').textContent()).to.include('nothing from the message was sent anywhere');

    await page.click('[data-action="online-lookup"]');
    await page.locator('[data-action="online-send"]').waitFor({ timeout: ACTION_TIMEOUT_MS });
    const items = await page.locator('[data-online="items"] li').allTextContents();
    expect(items).to.include(`new-brand-login.com (From, link) → ${h.origin}/rdap/domain/new-brand-login.com`);
    expect(items.join('\n'), 'never the reader’s own domain').to.not.include('example.co.jp');
    expect(items.join('\n'), 'no full link, no address').to.not.match(/signin|hunter2|taro@/);
    expect(h.rdapLog, 'nothing sent before Send').to.deep.equal([]);

    await page.click('[data-action="online-send"]');
    await page.locator('[data-online="findings"]').waitFor({ timeout: 20_000 });
    const announced = items.filter((i) => i.includes('→ ')).map((i) => new URL(i.slice(i.indexOf('→ ') + 2)).pathname);
    expect(announced).to.have.length.greaterThan(3);
    expect(h.rdapLog.map((r) => r.path).sort()).to.deep.equal(announced.sort());
    for (const r of h.rdapLog) expect(r.headers.cookie).to.equal(undefined);

    // Drawn from the pane's report analysed again with the answers (the checklist leaves the online section to this list).
    const age = page.locator('[data-online="findings"] li[data-id="online.domain-age"][data-status="fail"]');
    expect(await age.textContent()).to.include('new-brand-login.com was registered 7 days ago');
    expect(await page.locator('.privacy').textContent()).to.include('only the items listed under "Looked up online"');

    // Report to IT then carries what the look-up found, with the time each server answered.
    await page.locator('[data-action="report"]').click();
    await page.locator('[data-action="confirm"]').click();
    await waitForExpression(page, 'window.__fakeOffice.state.forms.length === 1');
    const [form] = (await page.evaluate('window.__fakeOffice.state.forms')) as { htmlBody: string }[];
    expect(form!.htmlBody)
      .to.include('Looked up online')
      .and.include('registered 7 days ago')
      .and.include('answered at');

    expect(o.outbound, 'nothing left the pane’s own server').to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
  });
});

describe('Outlook task pane: Look up online turned off by the admin', function () {
  this.timeout(60_000);
  const suite = onlineSuite((origin) => ({ online: { allowed: false, rdapBase: `${origin}/rdap/` } }));

  it('offers no button and sends nothing', async () => {
    const o = suite.track(await openPane(suite.harness()));
    expect(await o.page.locator('[data-action="online-lookup"]').isHidden()).to.equal(true);
    expect(o.requests.some((u) => u.includes('online-lookup'))).to.equal(false);
    expect(suite.harness().rdapLog).to.deep.equal([]);
    expect(o.outbound).to.deep.equal([]);
  });
});

describe('Outlook task pane: Look up online without a proxy, built without PHISH_RDAP_CONNECT', function () {
  this.timeout(60_000);
  // A build with PHISH_RDAP_CONNECT may reach registries directly: this suite is about the default build.
  const suite = onlineSuite(
    () => ({}),
    () => !!process.env.PHISH_RDAP_CONNECT,
  );

  it('says the pane is not set up for it and sends nothing anywhere, not even to IANA', async () => {
    const o = suite.track(await openPane(suite.harness()));
    await o.page.click('[data-action="online-lookup"]');
    await o.page.locator('.web-online p').waitFor();
    expect(await o.page.locator('.web-online p').textContent()).to.include('may connect only to its own server');
    expect(o.outbound).to.deep.equal([]);
    expect(suite.harness().rdapLog).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });
});
