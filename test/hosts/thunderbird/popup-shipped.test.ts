/**
 * The popup and options page of the very .xpi in dist/, in Chromium: the archive is unpacked (as Thunderbird reads
 * it) into a temporary folder and served over loopback HTTP with the extension-page CSP Thunderbird applies to a
 * Manifest V3 extension without its own (`script-src 'self'`), and a stand-in `messenger` API is injected before the
 * page's scripts. Headless Thunderbird cannot press the popup; this proves what the user sees from the shipped
 * files: words (not keys) in English and Japanese, the IP table read from inside the package, nothing fetched from
 * outside it, and the report forwarded to IT in words too. The defect that once shipped (a script loading a chunk the
 * package left out) cannot recur: served with only the popup's own files, the popup still draws everything.
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseMessage } from '../../../src/core/parse-message';
import { analyze } from '../../../src/core/analyze';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import { tbEn, tbJa } from '../../../src/i18n/thunderbird';
import type { Lang } from '../../../src/i18n';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  expandAll,
  LAUNCH_TIMEOUT_MS,
  ACTION_TIMEOUT_MS,
  requireChromium,
  waitForExpression,
} from '../../browser/harness';
import { fixture } from '../../helpers';
import { header } from './fake-messenger';
import { requireXpi } from '../../package/shipped';
import { rawKeysIn } from '../../raw-keys';
import { rawKeysInSummary } from '../../package/summary-words';

const MESSAGE = 'kagoya-2021-12.eml';
const IT_ADDRESS = 'security@example.co.jp';
/** Thunderbird's default extension-page CSP for Manifest V3 (our manifest sets none), less upgrade-insecure-requests. */
const EXTENSION_CSP = "script-src 'self'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.bin': 'application/octet-stream',
};

/** A folder served as an extension's files: what is not in it is a 404, and every miss is recorded. */
async function serveFolder(root: string): Promise<{ server: Server; origin: string; missing: string[] }> {
  const missing: string[] = [];
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(root, path);
    let body: Buffer | undefined;
    try {
      if (file.startsWith(root + sep)) body = readFileSync(file);
    } catch {
      body = undefined;
    }
    if (!body) {
      missing.push(path);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': EXTENSION_CSP,
    });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, missing };
}

/**
 * The stand-in `messenger` (shapes of test/hosts/thunderbird/fake-messenger.ts, Thunderbird 128+): one displayed
 * message whose getRaw is the KAGOYA source as a File, the reader's IMAP account, an admin policy naming the IT
 * address (storage.managed), and compose.beginForward recording what it was given.
 */
function messengerScript(lang: Lang, raw: Uint8Array): string {
  const config = {
    uiLanguage: lang === 'ja' ? 'ja' : 'en-US',
    raw: Buffer.from(raw).toString('base64'),
    header: header(1),
    accounts: [{ id: 'account1', type: 'imap', identities: [{ id: 'id1', email: 'info@example.co.jp' }] }],
    managed: { reportAddresses: [IT_ADDRESS] },
  };
  return `(() => {
    const config = ${JSON.stringify(config)};
    const bytes = Uint8Array.from(atob(config.raw), (c) => c.charCodeAt(0));
    const calls = { getRaw: [], beginForward: [] };
    const local = {};
    window.__messengerCalls = calls;
    window.messenger = {
      tabs: { query: async () => [{ id: 7 }] },
      messageDisplay: { getDisplayedMessages: async () => ({ id: null, messages: [config.header] }) },
      messages: {
        getRaw: async (id, options) => {
          calls.getRaw.push({ id, options });
          if (id !== config.header.id) throw new Error('Message not found: ' + id + '.');
          return new File([bytes], 'message.eml', { type: 'message/rfc822' });
        },
      },
      accounts: {
        get: async (id) => config.accounts.find((a) => a.id === id) || null,
        list: async () => config.accounts,
      },
      compose: {
        beginForward: async (id, type, details) => {
          calls.beginForward.push({ id, type, details });
          return { id: 99, type: 'messageCompose' };
        },
      },
      storage: {
        managed: { get: async () => ({ ...config.managed }) },
        local: {
          get: async (keys) => (typeof keys === 'string' ? (keys in local ? { [keys]: local[keys] } : {}) : { ...local }),
          set: async (items) => { Object.assign(local, items); },
        },
      },
      i18n: { getUILanguage: () => config.uiLanguage },
      runtime: { getURL: (path) => location.origin + '/' + path, openOptionsPage: async () => {} },
    };
    window.browser = window.messenger;
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
    });
  })();`;
}

interface Loaded {
  page: Page;
  /** Requests to anywhere but the served package (refused). */
  outbound: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

async function load(browser: Browser, origin: string, path: string, lang: Lang, raw: Uint8Array): Promise<Loaded> {
  const context = await browser.newContext({
    locale: lang === 'ja' ? 'ja-JP' : 'en-US',
    viewport: { width: 500, height: 900 },
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const outbound: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) await route.continue();
    else {
      outbound.push(url);
      await route.abort('blockedbyclient');
    }
  });
  await context.addInitScript({ content: messengerScript(lang, raw) });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  return { page, outbound, consoleErrors, close: () => context.close() };
}

/** The fixed words of a dictionary template (the text around its {placeholders}) that must appear on screen. */
function templateWords(template: string): string[] {
  return template
    .split(/\{[^}]*\}/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 4);
}

const DICTIONARY = { en: { ...en, ...tbEn }, ja: { ...ja, ...tbJa } } as const;

describe('the shipped .xpi’s popup and options page in Chromium (stand-in messenger)', function () {
  this.timeout(90_000);
  const raw = fixture(MESSAGE);
  let browser: Browser | undefined;
  const folders: string[] = [];
  const servers: Server[] = [];
  let served: { origin: string; missing: string[] };
  let current: Loaded | undefined;

  /** The .xpi's entries written to a temporary folder, optionally without some of them, and served. */
  async function unpackAndServe(entries: Map<string, Buffer>, leaveOut: string[] = []) {
    const dir = mkdtempSync(join(tmpdir(), 'phish-xpi-'));
    folders.push(dir);
    for (const [name, data] of entries) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    for (const name of leaveOut) unlinkSync(join(dir, name));
    const started = await serveFolder(dir);
    servers.push(started.server);
    return started;
  }

  let entries: Map<string, Buffer>;
  before(async function () {
    requireChromium(this);
    entries = requireXpi(this);
    served = await unpackAndServe(entries);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: LAUNCH_TIMEOUT_MS,
    });
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  after(async () => {
    await browser?.close().catch(() => {});
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  /** The popup with the KAGOYA message, once the IP table has been read and the checklist redrawn with it. */
  async function openPopup(lang: Lang, origin = served.origin): Promise<Loaded> {
    current = await load(browser!, origin, 'popup.html', lang, raw);
    await waitForExpression(
      current.page,
      'document.querySelector(".checklist") && document.querySelector(".footnote")',
      15_000,
    );
    await expandAll(current.page);
    return current;
  }

  for (const lang of ['en', 'ja'] as const) {
    const words = DICTIONARY[lang];

    it(`shows the verdict, the story and the checklist in words (${lang}), with the networks from the packed IP table`, async () => {
      const { page, outbound, consoleErrors } = await openPopup(lang);
      const text = (await page.evaluate('document.body.innerText')) as string;
      expect(rawKeysIn(text), 'dictionary keys on screen').to.deep.equal([]);
      expect(await page.locator('.verdict-title').textContent()).to.equal(words['verdict.likely-phishing']);
      // The story's sentences, as the core tells it for this message, in the reader's words.
      const report = analyze(await parseMessage(raw, { recipients: ['info@example.co.jp'] }));
      expect(report.story.length).to.be.greaterThan(0);
      for (const sentence of report.story) {
        for (const part of templateWords(words[sentence.key as keyof typeof words]))
          expect(text, sentence.key).to.include(part);
      }
      // The origin IP's network, which only the IP table in the package can name (Microsoft's AS8075): an
      // information line, under "Details for IT".
      await page.locator('details.it-details > summary').click();
      const origin = await page.locator('[data-finding-id="origin.sender-ip"]').innerText();
      expect(origin).to.include('52.140.217.90').and.include('AS8075');
      expect(await page.locator('.footnote').innerText()).to.include(lang === 'en' ? 'IP network data' : 'IP');
      expect(await page.locator('[data-action="report"]').innerText()).to.equal(words['ui.report.button']);
      // Chromium asks every page's origin for /favicon.ico; Thunderbird's popup does not.
      expect(
        served.missing.filter((path) => path !== 'favicon.ico'),
        'requests for files not in the package',
      ).to.deep.equal([]);
      expect(outbound, 'requests outside the package').to.deep.equal([]);
      expect(consoleErrors, 'console errors').to.deep.equal([]);
      expect(await page.evaluate('window.__cspViolations'), 'CSP violations').to.deep.equal([]);
    });

    it(`forwards the message to IT with a report body in words (${lang}), not keys`, async () => {
      const { page, consoleErrors } = await openPopup(lang);
      // Report asks first, naming the address; only Confirm opens the forward.
      await page.locator('[data-action="report"]').click();
      expect(await page.locator('.report-confirm-text').innerText()).to.include(IT_ADDRESS);
      await page.locator('[data-action="confirm"]').click();
      await waitForExpression(page, 'window.__messengerCalls.beginForward.length === 1');
      const [forward] = (await page.evaluate('window.__messengerCalls.beginForward')) as {
        id: number;
        type: string;
        details: { to: string[]; plainTextBody: string };
      }[];
      expect(forward!.id).to.equal(1);
      expect(forward!.type).to.equal('forwardAsAttachment');
      expect(forward!.details.to).to.deep.equal([IT_ADDRESS]);
      const body = forward!.details.plainTextBody;
      // Each red flag is labelled with its finding id for IT (`- [Fail] sender.brand-mismatch: …`), then its words.
      expect(rawKeysInSummary(body), 'dictionary keys in the report').to.deep.equal([]);
      expect(body).to.include(words['tb.report.body.intro']).and.include(words['verdict.likely-phishing']);
      // The part for IT is always in English too.
      expect(body).to.include(en['verdict.likely-phishing']);
      await waitForExpression(page, 'document.querySelector(".actions-status")?.dataset.status === "ui.report.opened"');
      expect(await page.locator('.actions-status').innerText()).to.include(IT_ADDRESS);
      expect(consoleErrors).to.deep.equal([]);
    });

    it(`shows the options page in words (${lang}), with the admin's address`, async () => {
      current = await load(browser!, served.origin, 'options.html', lang, raw);
      const { page, outbound, consoleErrors } = current;
      await waitForExpression(page, `document.body.innerText.includes(${JSON.stringify(IT_ADDRESS)})`);
      const text = (await page.evaluate('document.body.innerText')) as string;
      expect(rawKeysIn(text)).to.deep.equal([]);
      expect(text).to.include(words['tb.options.title']);
      expect(outbound).to.deep.equal([]);
      expect(consoleErrors).to.deep.equal([]);
      expect(await page.evaluate('window.__cspViolations')).to.deep.equal([]);
    });
  }

  it('needs no file but those its page names: its script carries both languages and the IP decoder', async () => {
    // The defect that once shipped was a script loading a chunk the package left out. Served with nothing but the
    // popup's page, its script and styles and the IP table, the popup must still draw everything in words.
    const named = new Set(['popup.html', 'popup.js', 'popup.css', 'ui.css', 'details.css', 'fluent-tokens.css']);
    const leaveOut = [...entries.keys()].filter((path) => !named.has(path) && !path.startsWith('data/ip-owner/'));
    expect(leaveOut).to.include.members(['options.js', 'manifest.json']);
    const bare = await unpackAndServe(entries, leaveOut);
    current = await load(browser!, bare.origin, 'popup.html', 'ja', raw);
    await waitForExpression(current.page, 'document.querySelector(".footnote") !== null', 15_000);
    const text = (await current.page.evaluate('document.body.innerText')) as string;
    expect(text).to.include(ja['verdict.likely-phishing']).and.include('AS8075');
    expect(rawKeysIn(text)).to.deep.equal([]);
    expect(bare.missing.filter((path) => path !== 'favicon.ico')).to.deep.equal([]);
    expect(current.consoleErrors).to.deep.equal([]);
  });
});
