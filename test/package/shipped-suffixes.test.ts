/**
 * The public-suffix rules in the built bundles (issue #19): the task pane's entry script carries the start-up part
 * scripts/pack-suffix-trie.cjs makes (`?startup`), and its `suffixes` chunk, fetched when a message needs it, carries
 * the whole trie — the very packed labels the CLI and the standalone page carry, so the pane, once it has the chunk,
 * answers from the same data as they do.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
const pack = require('../../scripts/pack-suffix-trie.cjs') as (
  this: { resourcePath: string; resourceQuery?: string; getOptions?: () => object; addDependency?: () => void },
  source: string,
) => string;
const dist = join(projectRoot, 'dist');
const CLI = join(dist, 'cli', 'phish-inspector.cjs');
const TRIE = join(projectRoot, 'node_modules', 'tldts-icann', 'dist', 'es6', 'src', 'data', 'trie.js');
const BRANDS = join(projectRoot, 'src', 'core', 'brands', 'brands.json');

/** The packed label string of the module the loader writes (`unpack(counts, "labels", children)`). */
function packedLabels(resourceQuery: string): string {
  const loader = { resourcePath: TRIE, resourceQuery, getOptions: () => ({ keep: [BRANDS] }), addDependency() {} };
  const module = pack.call(loader, readFileSync(TRIE, 'utf8'));
  const literal = /unpack\(\[[0-9,]*\], ("(?:[^"\\]|\\.)*")/.exec(module)?.[1];
  if (!literal) throw new Error('no packed labels in the loader’s module');
  return JSON.parse(literal) as string;
}

describe('the public-suffix rules in the built bundles', () => {
  before(function () {
    if (!existsSync(CLI)) {
      if (process.env.CI === 'true') throw new Error('CI=true but dist/ is not built');
      console.log('      (skipped: dist/ is not built; run npm run build)');
      this.skip();
    }
  });

  it('start the pane with part of them; its chunk, the page and the CLI hold the whole trie', () => {
    const files = readdirSync(dist);
    const one = (pattern: RegExp) => {
      const found = files.filter((f) => pattern.test(f));
      expect(found, String(pattern)).to.have.length(1);
      return readFileSync(join(dist, found[0]!), 'utf8');
    };
    const whole = packedLabels('');
    const part = packedLabels('?startup');
    expect(part.length).to.be.lessThan(whole.length / 2);
    const entry = one(/^taskpane\.[0-9a-f]{8}\.js$/);
    expect(entry.includes(part), 'the pane’s entry: the start-up part').to.equal(true);
    expect(entry.includes(whole), 'the pane’s entry: the whole trie').to.equal(false);
    expect(one(/^taskpane\.suffixes\.[0-9a-f]{8}\.js$/).includes(whole), 'the pane’s suffixes chunk').to.equal(true);
    expect(one(/^web\.[0-9a-f]{8}\.js$/).includes(whole), 'the page').to.equal(true);
    expect(readFileSync(CLI, 'utf8').includes(whole), 'the CLI').to.equal(true);
  });
});
