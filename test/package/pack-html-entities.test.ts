/**
 * The browser bundles and the CLI ship postal-mime's entity table packed by scripts/pack-html-entities.cjs: the
 * module it writes must rebuild the very object postal-mime's file exports, and a file it cannot read must stop the
 * build rather than ship a shorter table.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packEntities, POSTAL_ENTITIES as FILE } from '../helpers';

describe('the packed HTML entity table', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'pack-entities-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads as postal-mime’s table: the same names, in the same order, with the same characters', async () => {
    const packed = packEntities();
    const out = join(dir, 'packed.mjs');
    writeFileSync(out, packed);
    const ours = (await import(pathToFileURL(out).href)) as { htmlEntities: Record<string, string> };
    const theirs = (await import(pathToFileURL(FILE).href)) as { htmlEntities: Record<string, string> };
    expect(Object.entries(ours.htmlEntities)).to.deep.equal(Object.entries(theirs.htmlEntities));
    expect(ours.htmlEntities['&amp']).to.equal('&');
    expect(ours.htmlEntities['&Afr;']).to.equal('𝔄');
    expect(packed.length).to.be.lessThan(readFileSync(FILE, 'utf8').length / 2);
  });

  it('stops the build on an entry it cannot read', () => {
    const source = readFileSync(FILE, 'utf8').replace("'&amp;': '\\u0026',", '\'&amp;\': "&",');
    expect(() => packEntities(undefined, source)).to.throw(/cannot read/);
  });
});
