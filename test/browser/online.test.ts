/**
 * "Look up online" on the built standalone page (issue #18), in Chromium: the admin's RDAP proxy is on the page's own
 * server (`online.rdapBase`, here the loopback RDAP answers mounted under /rdap/), so the page's CSP (connect-src
 * 'self') lets it through. Nothing is fetched — not even the look-up's code — before the click; the consent lists
 * exactly what will be sent and to whom, and nothing is sent before Send; the findings and the verdict come back.
 */
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from '../helpers';
import { rdapHandler, type LoggedRequest } from '../core/online/rdap-server';
import {
  ACTION_TIMEOUT_MS,
  CHROMIUM,
  CHROMIUM_ARGS,
  checklistShown,
  DIST,
  LAUNCH_TIMEOUT_MS,
  openPage,
  requireBuilt,
  requireChromium,
  type Harness,
  type Opened,
} from './harness';

type Handler = Parameters<typeof createServer>[1];
const serveModule = (): Promise<{ createStaticHandler(root: string): Handler }> =>
  import(new URL('../../scripts/serve.js', import.meta.url).href);

const MESSAGE = readFileSync(join(projectRoot, 'test/fixtures/online-brand-new-domain.synthetic.eml'), 'utf8');

/** The built page in a folder of its own, served with the RDAP answers under /rdap/ and `config(origin)` beside it. */
async function serve(config: (origin: string) => unknown): Promise<Harness & { rdapLog: LoggedRequest[] }> {
  const root = mkdtempSync(join(tmpdir(), 'pi-web-online-'));
  const skip = /^(cli|thunderbird|office-js)(\/|$)|\.(map|xpi)$/;
  cpSync(DIST, root, { recursive: true, filter: (source) => !skip.test(relative(DIST, source).split('\\').join('/')) });
  const { createStaticHandler } = await serveModule();
  const files = createStaticHandler(root);
  const rdapLog: LoggedRequest[] = [];
  let origin = '';
  const rdap = rdapHandler(rdapLog, () => `${origin}/rdap/`);
  const server: Server = createServer((req, res) =>
    req.url?.startsWith('/rdap/') ? rdap.handle(req, res) : files?.(req, res),
  );
  const [browser] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS }),
    new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve())),
  ]);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(join(root, 'config.json'), JSON.stringify(config(origin)));
  return {
    browser,
    origin,
    rdapLog,
    async close() {
      rdap.stop();
      await browser.close().catch(() => {});
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

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
  let harness: (Harness & { rdapLog: LoggedRequest[] }) | undefined;
  let opened: Opened | undefined;
  before(async function () {
    requireChromium(this);
    requireBuilt(this);
    harness = await serve((origin) => ({ online: { rdapBase: `${origin}/rdap/` } }));
  });
  after(async () => harness?.close());
  afterEach(async () => opened?.close());

  it('asks first, listing exactly what goes where; sends only that after Send; shows what came back', async () => {
    const h = harness!;
    const o = (opened = await checkMessage(h));
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
    const h = harness!;
    const o = (opened = await checkMessage(h));
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
  let harness: (Harness & { rdapLog: LoggedRequest[] }) | undefined;
  let opened: Opened | undefined;
  before(async function () {
    requireChromium(this);
    requireBuilt(this);
    harness = await serve(() => ({}));
  });
  after(async () => harness?.close());
  afterEach(async () => opened?.close());

  it('says the page is not set up for it and sends nothing anywhere', async () => {
    const o = (opened = await checkMessage(harness!));
    await o.page.click('[data-action="online-lookup"]');
    await o.page.locator('.web-online p').waitFor();
    expect(await o.page.locator('.web-online p').textContent()).to.include('may connect only to its own server');
    expect(o.outbound).to.deep.equal([]);
    expect(harness!.rdapLog).to.deep.equal([]);
  });
});
