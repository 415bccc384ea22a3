import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';

const BIN = join(projectRoot, 'dist', 'cli', 'phish-inspector.cjs');
const APPLE = join('test', 'fixtures', 'idn-apple-cyrillic.synthetic.eml');

/** The built command exists only after `npm run build`; CI always builds first, so there its absence fails. */
function requireBuilt(ctx: Mocha.Context): void {
  if (existsSync(BIN)) return;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${BIN} is missing: run npm run build first`);
  console.log('      (skipped: dist/cli/phish-inspector.cjs is not built; run npm run build)');
  ctx.skip();
}

describe('cli: look-alike hosts in the built command’s text', function () {
  this.timeout(60_000);
  beforeEach(function () {
    requireBuilt(this);
  });

  for (const lang of ['en', 'ja']) {
    it(`never prints a Cyrillic look-alike of apple.com as written, only its punycode with the letter marked (${lang})`, () => {
      const out = spawnSync(BIN, ['--lang', lang, APPLE], { cwd: projectRoot, encoding: 'utf8' });
      expect(out.status, out.stderr).to.equal(0);
      expect(out.stdout).not.to.match(/\u0430pple/);
      expect(out.stdout).to.contain('xn--pple-43d[.]com');
      expect(out.stdout).to.contain('[а]pple[.]com');
    });
  }
});
