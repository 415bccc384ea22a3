/**
 * The standalone page (dist/index.html) reads the admin's config.json beside it, as the Outlook task pane does, so one
 * organisation gets one answer on both. Each suite serves its own copy of the built page (no source maps, no other
 * products) with or without a config.json, through the project's own static handler, in a real Chromium.
 */
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from '../helpers';
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
  serveModule,
  type Harness,
  type Opened,
} from './harness';

/**
 * Mail from a sister domain of the reader's organisation that fails DMARC: the KAGOYA headers as Microsoft 365 gave
 * them, with From and the DMARC result changed (as in the Outlook pane's test of the same rule). Only the admin's
 * ownDomains make it a forgery of our own domain (sender.spoofed-domain).
 */
function sisterDomainHeaders(): string {
  const headers = readFileSync(join(projectRoot, 'test/fixtures/kagoya-2021-12.m365.headers.txt'), 'utf8')
    .replace('From: KAGOYA Inc <sawada@air.linkclub.or.jp>', 'From: Soumu <soumu@example-group.co.jp>')
    .replace(
      /dmarc=bestguesspass action=none(\r?\n) header\.from=air\.linkclub\.or\.jp;compauth=pass reason=109/,
      'dmarc=fail action=none$1 header.from=example-group.co.jp;compauth=fail reason=000',
    );
  if (!headers.includes('header.from=example-group.co.jp')) throw new Error('the fixture changed: rewrite this test');
  return headers;
}

/** The notices about config.json (the page shows others, e.g. that a pasted header block has no body). */
const CONFIG_NOTICES = '[data-notice="config.invalid"], [data-notice="report.config-unreadable"]';

const OWN_DOMAINS = { ownDomains: ['example.co.jp', 'example-group.co.jp'] };

/** The built page copied to a folder of its own, with `config` as its config.json (a string verbatim) or none. */
function servedCopy(config: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'pi-web-config-'));
  const skip = /^(cli|thunderbird|office-js)(\/|$)|\.(map|xpi)$/;
  cpSync(DIST, root, { recursive: true, filter: (source) => !skip.test(relative(DIST, source).split('\\').join('/')) });
  if (config !== undefined) {
    writeFileSync(join(root, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  }
  return root;
}

/** A Chromium and a server for one served copy; the harness's page helpers work on it. */
async function startOn(root: string): Promise<Harness> {
  const { createStaticHandler } = await serveModule();
  const server: Server = createServer(createStaticHandler(root));
  const [browser] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS }),
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    }),
  ]);
  return {
    browser,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await browser.close().catch(() => {});
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Status of each finding on screen, by id. */
async function statuses(o: Opened): Promise<Record<string, string>> {
  return o.page.evaluate(`Object.fromEntries([...document.querySelectorAll('[data-finding-id]')].map(function (li) {
    return [li.getAttribute('data-finding-id'), (li.className.match(/finding--(\\w+)/) || [])[1]];
  }))`);
}

async function noticeTexts(o: Opened, key: string): Promise<string[]> {
  return o.page.locator(`[data-notice="${key}"]`).allTextContents();
}

/** Opens the page, pastes the headers, checks them, and waits for the checklist. */
async function checkPasted(harness: Harness, headers: string): Promise<Opened> {
  const o = await openPage(harness, { path: '/' });
  await o.page.locator('[data-action="check"]').waitFor({ timeout: ACTION_TIMEOUT_MS });
  await o.page.fill('#web-paste', headers);
  await o.page.click('[data-action="check"]');
  await checklistShown(o.page);
  return o;
}

/** One served copy (with `config`) and its browser for a suite; the test's page is closed after each test. */
function servedSuite(config: unknown): { page(headers: string): Promise<Opened> } {
  let harness: Harness | undefined;
  let current: Opened | undefined;
  before(async function () {
    requireChromium(this);
    requireBuilt(this);
    harness = await startOn(servedCopy(config));
  });
  after(async () => harness?.close());
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    async page(headers) {
      if (!harness) throw new Error('the suite did not start (skipped?)');
      current = await checkPasted(harness, headers);
      return current;
    },
  };
}

describe('standalone page with the admin’s config.json beside it', function () {
  this.timeout(60_000);
  const suite = servedSuite(OWN_DOMAINS);

  it('analyses with the organisation’s own domains: sister-domain mail failing DMARC is forged', async () => {
    const o = await suite.page(sisterDomainHeaders());
    expect(await statuses(o)).to.include({ 'sender.spoofed-domain': 'fail' });
    expect(await o.page.locator(CONFIG_NOTICES).count()).to.equal(0);
    expect(o.requests.map((url) => new URL(url).pathname)).to.include('/config.json');
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });
});

describe('standalone page without a config.json', function () {
  this.timeout(60_000);
  const suite = servedSuite(undefined);

  it('analyses with the defaults and says nothing about the missing file', async () => {
    const o = await suite.page(sisterDomainHeaders());
    expect(await statuses(o)).to.not.have.property('sender.spoofed-domain');
    expect(await o.page.locator(CONFIG_NOTICES).count()).to.equal(0);
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });
});

describe('standalone page with a config.json that has bad fields', function () {
  this.timeout(60_000);
  const suite = servedSuite({ ...OWN_DOMAINS, trustedAuthservIds: 'mx.example.co.jp', ownHosts: [42], colour: 'red' });

  it('names each bad field in a notice, as Outlook does, and still uses the good ones', async () => {
    const o = await suite.page(sisterDomainHeaders());
    const texts = await noticeTexts(o, 'config.invalid');
    expect(texts).to.have.length(2);
    expect(texts.join('\n')).to.include('"ownHosts"').and.include('"colour"').and.include('config.json');
    // ownDomains was valid: it still counts.
    expect(await statuses(o)).to.include({ 'sender.spoofed-domain': 'fail' });
  });
});

describe('standalone page with a config.json that is not JSON', function () {
  this.timeout(60_000);
  const suite = servedSuite('{ "ownDomains": [ ');

  it('says config.json is not a valid object and analyses with the defaults', async () => {
    const o = await suite.page(sisterDomainHeaders());
    expect((await noticeTexts(o, 'config.invalid')).join('\n')).to.include('"config.json"');
    expect(await statuses(o)).to.not.have.property('sender.spoofed-domain');
    expect(await o.page.locator('.verdict-title').count()).to.equal(1);
  });
});
