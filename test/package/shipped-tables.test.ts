/**
 * What the built bundles carry of the data tables (webpack.config.js): one table of HTML character references
 * (postal-mime's; htmlparser2's decoder reads it through scripts/entities-decode.js, not the `entities` trie), and the
 * brand table without its maintainers' `source` notes in the task pane and the page, with them in the CLI.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTING_NETWORKS } from '../../src/core/ip-owner/hosting-asns';
import { packEntities, projectRoot } from '../helpers';

const dist = join(projectRoot, 'dist');
const CLI = join(dist, 'cli', 'phish-inspector.cjs');

/** The opening of the `entities` package's packed trie, as its generated file spells it. */
function trieSample(): string {
  const file = join(projectRoot, 'node_modules', 'entities', 'dist', 'generated', 'decode-data-html.js');
  const packed = /decodeTrieDict\("([^"]{40})/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!packed) throw new Error(`no packed trie found in ${file}`);
  return packed;
}

describe('the data tables in the built bundles', () => {
  let browserJs: string[];
  before(function () {
    if (!existsSync(CLI)) {
      if (process.env.CI === 'true') throw new Error('CI=true but dist/ is not built');
      console.log('      (skipped: dist/ is not built; run npm run build)');
      this.skip();
    }
    browserJs = readdirSync(dist).filter((f) => /^(taskpane|web)\..*\.js$/.test(f));
  });

  it('hold one HTML entity table: postal-mime’s, with no entities trie, in the pane, the page and the CLI', () => {
    const sample = trieSample();
    const pane = browserJs.filter((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
    expect(pane, 'the pane’s entry script').to.have.length(1);
    // The pane's entry starts with the table's common part; the whole table is its chunk, fetched when a message
    // names a character outside that part (scripts/entities-decode-pane.js).
    const rest = browserJs.filter((f) => /^taskpane\.html-entities\.[0-9a-f]{8}\.js$/.test(f));
    expect(rest, 'the pane’s chunk of character names').to.have.length(1);
    for (const file of [...browserJs.map((f) => join(dist, f)), CLI])
      expect(readFileSync(file, 'utf8').includes(sample), file).to.equal(false);
    // postal-mime's table, as scripts/pack-html-entities.cjs packs it: the opening of its string of names.
    const opening = (resourceQuery: string) => /unpack\(("[^"]{60})/.exec(packEntities(resourceQuery))?.[1];
    const names = opening('');
    const common = opening('?common');
    expect(names, 'the packed names').to.be.a('string');
    expect(common, 'the packed common names').to.be.a('string').and.not.equal(names);
    for (const shipped of [join(dist, rest[0]!), CLI])
      expect(readFileSync(shipped, 'utf8'), shipped).to.include(names!);
    const entry = readFileSync(join(dist, pane[0]!), 'utf8');
    expect(entry).to.include(common!);
    expect(entry).not.to.include(names!);
  });

  it('leave the brands’ source notes out of the pane and the page, and keep them in the CLI', () => {
    const brands = JSON.parse(readFileSync(join(projectRoot, 'src', 'core', 'brands', 'brands.json'), 'utf8')) as {
      source?: string;
    }[];
    // A run of plain characters from each note: the bundles hold the table as a JSON string inside a JS literal,
    // which escapes quotes and backslashes.
    const samples = brands
      .map((b) => (b.source ?? '').match(/[A-Za-z0-9 .,:;()/@-]{20,}/g)?.sort((a, b) => b.length - a.length)[0])
      .filter((s): s is string => s !== undefined)
      .map((s) => s.slice(0, 30))
      // A phrase many notes share ("common knowledge, unverified") may be in other tables' own notes.
      .filter((sample, _, all) => all.filter((other) => other === sample).length === 1);
    expect(samples.length, 'brands with a source note').to.be.greaterThan(10);
    for (const file of browserJs) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const sample of samples) expect(text.includes(sample), `${file}: ${sample}`).to.equal(false);
    }
    // The CLI keeps the table as JSON text in its data comment, where every '/' is written '\\/' (a comment ends at '*/').
    const cli = readFileSync(CLI, 'utf8').replaceAll('\\/', '/');
    expect(samples.filter((sample) => !cli.includes(sample))).to.deep.equal([]);
  });

  it('leave the hosting networks’ source notes out of the pane and the page, and keep them in the CLI', () => {
    const notes = [...new Set(HOSTING_NETWORKS.map((n) => n.source))].filter((s) => /^PeeringDB AS\d+/.test(s));
    expect(notes.length).to.be.greaterThan(5);
    for (const file of browserJs) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const note of notes) expect(text.includes(note), `${file}: ${note}`).to.equal(false);
    }
    const cli = readFileSync(CLI, 'utf8');
    expect(notes.filter((note) => !cli.includes(note))).to.deep.equal([]);
  });

  // The CLI carries tldts's arrays as they are, not rebuilt at each start (shipped-suffixes.test.ts).
  it('hold tldts’s suffix trie packed in the browsers: none of its run-together label text ships', () => {
    const file = join(projectRoot, 'node_modules', 'tldts-icann', 'dist', 'es6', 'src', 'data', 'trie.js');
    const text = /export const labelText = "([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    expect(text.length).to.be.greaterThan(10_000);
    const samples = [0, 0.25, 0.5, 0.75].map((at) => text.slice(text.length * at, text.length * at + 40));
    for (const shipped of browserJs.map((f) => join(dist, f))) {
      const js = readFileSync(shipped, 'utf8');
      expect(
        samples.filter((sample) => js.includes(sample)),
        shipped,
      ).to.deep.equal([]);
    }
  });
});
