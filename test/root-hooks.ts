/**
 * Mocha root hooks (.mocharc.json `require`). Each host loads the reader's language before it shows anything (the
 * built-pane and browser tests prove that on the real bundles); unit tests render both languages directly, so both
 * are loaded once before any test. One file alone: `npx mocha --no-config -n import=tsx -r test/root-hooks.ts <file>`.
 */
import { loadLanguage } from '../src/i18n';
import { loadAllCheckData } from '../src/core/check-data';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The command line keeps V8's compiled code in the user's cache folder (scripts/cli-code-cache.cjs): the commands the
// tests start keep theirs in a folder of this run instead, never in the home folder of whoever runs the tests.
const codeCacheHome = process.env.XDG_CACHE_HOME ? undefined : mkdtempSync(join(tmpdir(), 'phish-test-cache-'));
if (codeCacheHome) process.env.XDG_CACHE_HOME = codeCacheHome;

export const mochaHooks = {
  async beforeAll(): Promise<void> {
    const ok = await Promise.all([loadLanguage('en'), loadLanguage('ja')]);
    if (!ok.every(Boolean)) throw new Error('the shared dictionaries (src/i18n/en.ts, ja.ts) could not be loaded');
    // What checks read only for some messages, loaded as the command line does (a host fetches it for a message).
    await loadAllCheckData();
    // Under tsx a test's static imports and the checks' dynamic ones (a chunk's module: callback.ts, bec.ts, …) are
    // two instances of each module: the latter's phrase tables and brand names are loaded through their own instance.
    await (await import('../src/core/check-data')).loadAllCheckData();
  },
  afterAll(): void {
    if (codeCacheHome) rmSync(codeCacheHome, { recursive: true, force: true });
  },
};
