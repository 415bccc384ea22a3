/**
 * The bundles ship tldts-icann's public-suffix trie packed by scripts/pack-suffix-trie.cjs: the module it writes must
 * export the very arrays tldts's file exports (type, length and every value), and a file it cannot read must stop the
 * build rather than ship a different trie.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
const pack = require('../../scripts/pack-suffix-trie.cjs') as (
  this: { resourcePath: string },
  source: string,
) => string;
const FILE = join(projectRoot, 'node_modules', 'tldts-icann', 'dist', 'es6', 'src', 'data', 'trie.js');

describe('the packed public-suffix trie', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'pack-trie-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads as tldts-icann’s trie: the same typed arrays, value for value, and the same label text', async () => {
    const packed = pack.call({ resourcePath: FILE }, readFileSync(FILE, 'utf8'));
    const out = join(dir, 'trie.mjs');
    // Written outside the project, the module finds the punycode it imports by file.
    const punycode = pathToFileURL(join(projectRoot, 'node_modules', 'punycode', 'punycode.js')).href;
    writeFileSync(out, packed.replace("'punycode/punycode.js'", JSON.stringify(punycode)));
    const ours = (await import(pathToFileURL(out).href)) as Record<string, unknown>;
    const theirs = (await import(pathToFileURL(FILE).href)) as Record<string, unknown>;
    expect(Object.keys(ours).sort()).to.deep.equal(Object.keys(theirs).sort());
    for (const [name, value] of Object.entries(theirs)) {
      const mine = ours[name];
      if (ArrayBuffer.isView(value)) {
        expect((mine as object).constructor, name).to.equal(value.constructor);
        expect([...(mine as Uint16Array)], name).to.deep.equal([...(value as Uint16Array)]);
      } else expect(mine, name).to.equal(value);
    }
    expect(packed.length).to.be.lessThan(readFileSync(FILE, 'utf8').length);
    // Internationalised suffixes are shipped once, their xn-- twins computed: both spellings still resolve.
    expect(packed).to.include('みんな').and.not.include('xn--q9jyb4c');
    expect(theirs.labelText as string).to.include('xn--q9jyb4c');
  });

  it('stops the build on a file it cannot read', () => {
    const source = readFileSync(FILE, 'utf8').replace('export const rulesRoot =', 'export let rulesRoot =');
    expect(() => pack.call({ resourcePath: FILE }, source)).to.throw(/cannot read/);
  });
});
