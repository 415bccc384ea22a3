/**
 * The command as `npx phish-inspector` runs it (package.json `bin`: node dist/cli/phish-inspector.cjs, the built
 * file, from the package folder) prints words, not dictionary keys, in English and Japanese — its language chunks are
 * inside the one file, and this would show it if they were not.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { projectRoot } from '../helpers';
import { rawKeysIn } from '../raw-keys';

const run = promisify(execFile);
const BIN = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> })
  .bin['phish-inspector']!;
const MESSAGE = 'test/fixtures/kagoya-2021-12.eml';

describe('the built CLI’s text output', function () {
  this.timeout(30_000);
  before(function () {
    if (existsSync(join(projectRoot, BIN))) return;
    if (process.env.CI === 'true') throw new Error(`CI=true but ${BIN} is not built: the build step must run first`);
    console.log(`      (skipped: ${BIN} is not built; run npm run build)`);
    this.skip();
  });

  for (const [lang, words] of [
    ['en', en],
    ['ja', ja],
  ] as const) {
    it(`speaks in words, not keys (${lang}): verdict, story and checklist`, async () => {
      const args = lang === 'en' ? [BIN, MESSAGE] : [BIN, MESSAGE, '--lang', 'ja'];
      const { stdout } = await run(process.execPath, args, { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
      expect(stdout).to.include(words['verdict.likely-phishing']);
      expect(stdout).to.include(words['story.advice.phishing-link']);
      expect(stdout).to.include(words['section.sender']);
      expect(rawKeysIn(stdout), 'dictionary keys in the output').to.deep.equal([]);
    });
  }
});
