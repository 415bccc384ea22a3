/**
 * Real-browser harness: Debian's Chromium (`/usr/bin/chromium`, installed by .ci/run) driven by playwright-core,
 * which never downloads a browser of its own. The built dist/ is served over loopback HTTP by the project's own
 * static handler (scripts/serve.js: same MIME types and security headers as `npm start`); every other request is
 * recorded and refused, except the office.js CDN URL, answered with a fake Office (fake-office-script.ts).
 * Each page records its requests, CSP violations (a `securitypolicyviolation` listener installed before any page
 * script), dialogs and uncaught errors. Every wait is bounded.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../helpers';
import { fakeOfficeScript, OFFICE_JS_URL, type FakeOfficeSpec } from './fake-office-script';

export const CHROMIUM = '/usr/bin/chromium';
export const DIST = join(projectRoot, 'dist');
export const ARTIFACTS = join(projectRoot, 'artifacts');

/** Bounds: launching Chromium, one page action, one test's page states. */
export const LAUNCH_TIMEOUT_MS = 30_000;
export const ACTION_TIMEOUT_MS = 10_000;

/** Without Chromium: a one-line skip, or a failure under CI (where .ci/run installs it). */
export function requireChromium(ctx: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM} is missing (.ci/run installs chromium)`);
  console.log(`      (skipped: ${CHROMIUM} is not installed; apt-get install chromium fonts-ipafont-gothic)`);
  ctx.skip();
}

/** The built page and pane (`npm run build`): skipped when absent, a failure under CI (the build step runs first). */
export function requireBuilt(ctx: Mocha.Context): void {
  const built =
    existsSync(join(DIST, 'taskpane.html')) && readdirSync(DIST).some((f) => /^web\.[0-9a-f]{8}\.js$/.test(f));
  if (built) return;
  if (process.env.CI === 'true')
    throw new Error('CI=true but dist/ has no built task pane and page: the build step must run first');
  console.log('      (skipped: dist/ is not built; run npm run build)');
  ctx.skip();
}

// scripts/serve.js is plain JavaScript (run by node directly); imported by URL so tsc does not need its types.
type Handler = Parameters<typeof createServer>[1];
export const serveModule = (): Promise<{ createStaticHandler(root: string): Handler }> =>
  import(new URL('../../scripts/serve.js', import.meta.url).href);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  browser: Browser;
  /** `http://127.0.0.1:<port>`: dist/ served as `npm start` serves it (loopback is a secure context). */
  origin: string;
  close(): Promise<void>;
}

/** One Chromium (playwright gives each launch a fresh temporary profile) and one server for a whole suite. */
export async function startHarness(): Promise<Harness> {
  const { createStaticHandler } = await serveModule();
  const server: Server = createServer(createStaticHandler(DIST));
  const [browser] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS }),
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    }),
  ]);
  const { port } = server.address() as AddressInfo;
  return {
    browser,
    origin: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close().catch(() => {});
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface OpenOptions {
  /** Path under the origin, e.g. `/` or `/taskpane.html`. */
  path: string;
  /** Answer office.js with this fake (the task pane); without it the CDN request is refused like any other. */
  office?: FakeOfficeSpec;
  /** The browser's language (navigator.language). */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** For axe-core, injected as an inline script the page's CSP would (rightly) refuse. */
  bypassCSP?: boolean;
  permissions?: string[];
  /** More scripts to run before the page's own (e.g. the benchmark's first-draw observer). */
  initScripts?: string[];
}

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, in order (own assets included). */
  requests: string[];
  /** Requests to anywhere but the served origin and the faked office.js (refused). */
  outbound: string[];
  dialogs: string[];
  errors: string[];
  violations(): Promise<CspViolation[]>;
  close(): Promise<void>;
}

/** Runs in the page before its own scripts (DevTools injection: not subject to the page's CSP). */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample || '' });
  });
`;

export async function openPage(harness: Harness, options: OpenOptions): Promise<Opened> {
  const context = await harness.browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    viewport: options.viewport ?? { width: 420, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
    permissions: options.permissions ?? [],
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  const requests: string[] = [];
  const outbound: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === OFFICE_JS_URL && options.office) {
      await route.fulfill({
        status: 200,
        contentType: 'text/javascript; charset=utf-8',
        body: fakeOfficeScript(options.office),
      });
    } else if (url.startsWith(`${harness.origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) {
      await route.continue();
    } else {
      outbound.push(url);
      await route.abort('blockedbyclient');
    }
  });
  for (const content of [RECORD_VIOLATIONS, ...(options.initScripts ?? [])]) await context.addInitScript({ content });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('websocket', (ws) => outbound.push(ws.url()));
  await page.goto(`${harness.origin}${options.path}`, { waitUntil: 'load' });
  return {
    page,
    context,
    requests,
    outbound,
    dialogs,
    errors,
    violations: () => page.evaluate('window.__cspViolations || []') as Promise<CspViolation[]>,
    close: () => context.close(),
  };
}

/** The KAGOYA message as Outlook's M365 read mode gives it: the header block and the HTML body separately. */
/** A suite's browser and the page its current test opened. */
export interface BrowserSuite {
  readonly harness: Harness;
  /** Opens a page; it is closed after the test. */
  open(options: OpenOptions): Promise<Opened>;
}

/**
 * The hooks every browser suite shares: skip (or, under CI=true, fail) without Chromium or a build, one browser for
 * the suite, the test's page closed after each test. Call it inside `describe`.
 */
export function browserSuite(): BrowserSuite {
  let harness: Harness | undefined;
  let current: Opened | undefined;
  before(async function () {
    requireChromium(this);
    requireBuilt(this);
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const started = (): Harness => {
    if (!harness) throw new Error('the browser suite did not start (skipped?)');
    return harness;
  };
  return {
    get harness() {
      return started();
    },
    async open(options) {
      current = await openPage(started(), options);
      return current;
    },
  };
}

export function kagoyaItem(): FakeOfficeSpec['item'] {
  const fixture = (name: string) => readFileSync(join(projectRoot, 'test', 'fixtures', name), 'utf8');
  return {
    from: { displayName: 'KAGOYA Inc', emailAddress: 'sawada@air.linkclub.or.jp' },
    to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
    subject: '【KAGOYA WEBメール】ログインのお知らせ',
    headers: fixture('kagoya-2021-12.m365.headers.txt'),
    html: fixture('link-kagoya-2021-12.html'),
  };
}

/**
 * A synthetic message (test/fixtures/suffix-city-lookalike-link) whose link lies under a public-suffix rule the task
 * pane's start-up part lacks (`toyota.aichi.jp`): the pane fetches the whole list before its first draw.
 */
export function suffixCityItem(): FakeOfficeSpec['item'] {
  const message = readFileSync(join(projectRoot, 'test/fixtures/suffix-city-lookalike-link.synthetic.eml'), 'utf8');
  const [headers, html] = message.split(/\r?\n\r?\n/, 2) as [string, string];
  return {
    from: { displayName: 'Toyota City tax office', emailAddress: 'zei@city.toyota.aichi.jp' },
    to: [{ displayName: 'Yamada', emailAddress: 'yamada@example.co.jp' }],
    subject: 'Payment notice',
    headers: `${headers}\r\n`,
    html,
  };
}

/** Waits (bounded) until the checklist is drawn. */
export async function checklistShown(page: Page): Promise<void> {
  await page.locator('.checklist').waitFor({ state: 'visible', timeout: ACTION_TIMEOUT_MS });
}

/**
 * Waits until `expression` is true in the page. Polled from here with page.evaluate (which the page's CSP does not
 * govern): Playwright's waitForFunction builds its polling predicate with eval inside the page, which our strict
 * CSP (no 'unsafe-eval') refuses whenever the condition is not already true at the first look.
 */
export async function waitForExpression(page: Page, expression: string, timeoutMs = ACTION_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens every evidence and hop-table expander, so what they hide is rendered and checked too. */
export async function expandAll(page: Page): Promise<void> {
  await page.evaluate(
    `document.querySelectorAll('button[aria-expanded="false"][aria-controls]').forEach(function (b) { b.click(); })`,
  );
}

export function artifactPath(...parts: string[]): string {
  const path = join(ARTIFACTS, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  return path;
}

/**
 * The standalone page as a reader uses it: opened in `locale`, the fixture `file` chosen in the file dialog, every
 * disclosure opened, Copy summary pressed. Answers the page, its text on screen and what reached the clipboard.
 */
export async function checkFileAndCopy(
  suite: BrowserSuite,
  file: string,
  locale = 'en-US',
): Promise<{ o: Opened; screen: string; copied: string }> {
  const o = await suite.open({ path: '/', locale, permissions: ['clipboard-read', 'clipboard-write'] });
  await o.page.locator('[data-action="check"]').waitFor();
  const [chooser] = await Promise.all([o.page.waitForEvent('filechooser'), o.page.click('[data-action="choose"]')]);
  const buffer = readFileSync(join(projectRoot, 'test', 'fixtures', file));
  await chooser.setFiles({ name: file, mimeType: 'message/rfc822', buffer });
  await checklistShown(o.page);
  await o.page.evaluate(`document.querySelectorAll('details').forEach(function (d) { d.open = true; })`);
  await expandAll(o.page);
  // The async clipboard wants the page focused (another page of the run may have had it).
  await o.page.bringToFront();
  await o.page.click('[data-action="copy"]');
  await o.page.locator('.actions-status[data-status="ui.copy.done"]').waitFor();
  const copied = (await o.page.evaluate('navigator.clipboard.readText()')) as string;
  const screen = (await o.page.evaluate('document.body.innerText')) as string;
  return { o, screen, copied };
}
