import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';

const BIN = CLI_BIN;
const APPLE = join('test', 'fixtures', 'idn-apple-cyrillic.synthetic.eml');

describe('cli: look-alike hosts in the built command’s text', function () {
  this.timeout(60_000);
  beforeEach(function () {
    requireBuiltCli(this);
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
