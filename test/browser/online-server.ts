/**
 * The built dist/ in a folder of its own, served over loopback with the test RDAP answers (test/core/online/
 * rdap-server.ts) mounted under /rdap/ — the admin's RDAP proxy on the same server — and the admin's config.json
 * beside the pages, made from the server's origin. For the online look-up's browser tests (issue #18): the page's
 * and the task pane's.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { rdapHandler, type LoggedRequest } from '../core/online/rdap-server';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  DIST,
  LAUNCH_TIMEOUT_MS,
  requireBuilt,
  requireChromium,
  serveModule,
  type Harness,
  type Opened,
} from './harness';

export type OnlineHarness = Harness & { rdapLog: LoggedRequest[] };

export async function serveWithRdap(config: (origin: string) => unknown): Promise<OnlineHarness> {
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

/**
 * The hooks every online suite shares, inside its `describe`: skip (or, under CI, fail) without Chromium or a build,
 * one server with its RDAP log for the suite, the test's page closed after each test. `skip` names a build the suite
 * does not apply to.
 */
export function onlineSuite(
  config: (origin: string) => unknown,
  skip?: () => boolean,
): { harness(): OnlineHarness; track(opened: Opened): Opened } {
  let harness: OnlineHarness | undefined;
  let current: Opened | undefined;
  before(async function () {
    requireChromium(this);
    requireBuilt(this);
    if (skip?.()) return this.skip();
    harness = await serveWithRdap(config);
  });
  after(async () => harness?.close());
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    harness() {
      if (!harness) throw new Error('the online suite did not start (skipped?)');
      return harness;
    },
    track(opened) {
      current = opened;
      return opened;
    },
  };
}
