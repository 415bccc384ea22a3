/**
 * The public-suffix rules in the built bundles (issue #19): the task pane's entry script carries the first part
 * scripts/pack-suffix-trie.cjs makes (`?first`), its `suffixes-startup` chunk the start-up part (`?startup`), and its
 * `suffixes` chunk the whole trie (each fetched when a message needs it) — the very packed labels the standalone page carries. The CLI carries tldts's arrays as tldts ships
 * them (rebuilding them from the packed labels would cost each start ≈ 10 ms), which are what those packed labels
 * rebuild, value for value (the loader refuses to build otherwise, and this test unpacks them again): so the pane,
 * once it has the chunk, answers from the same data as the page and the CLI do.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtCliCode, projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
const pack = require('../../scripts/pack-suffix-trie.cjs') as ((
  this: { resourcePath: string; resourceQuery?: string; getOptions?: () => object; addDependency?: () => void },
  source: string,
) => string) & {
  unpack: (
    counts: number[],
    labels: string,
    children: number[],
  ) => { edgeStart: Uint16Array; edgeLength: Uint8Array; edgeChild: Uint16Array; labelText: string };
  parse: (source: string, file: string) => Record<string, unknown>;
};
const { unpack, parse } = pack;
const dist = join(projectRoot, 'dist');
const CLI = join(dist, 'cli', 'phish-inspector.cjs');
const TRIE = join(projectRoot, 'node_modules', 'tldts-icann', 'dist', 'es6', 'src', 'data', 'trie.js');
const BRANDS = join(projectRoot, 'src', 'core', 'brands', 'brands.json');

/** The module the loader writes (`unpack(counts, "labels", children)`): its three arguments. */
function packedModule(resourceQuery: string): { counts: number[]; labels: string; children: number[] } {
  const loader = { resourcePath: TRIE, resourceQuery, getOptions: () => ({ keep: [BRANDS] }), addDependency() {} };
  const module = pack.call(loader, readFileSync(TRIE, 'utf8'));
  const call = /unpack\((\[[0-9,]*\]), ("(?:[^"\\]|\\.)*"), (\[[0-9,]*\])\)/.exec(module);
  if (!call) throw new Error('no packed labels in the loader’s module');
  return { counts: JSON.parse(call[1]!), labels: JSON.parse(call[2]!), children: JSON.parse(call[3]!) };
}
const packedLabels = (resourceQuery: string): string => packedModule(resourceQuery).labels;

describe('the public-suffix rules in the built bundles', () => {
  before(function () {
    if (!existsSync(CLI)) {
      if (process.env.CI === 'true') throw new Error('CI=true but dist/ is not built');
      console.log('      (skipped: dist/ is not built; run npm run build)');
      this.skip();
    }
  });

  it('start the pane with part of them; its chunk and the page hold the whole trie, packed', () => {
    const files = readdirSync(dist);
    const one = (pattern: RegExp) => {
      const found = files.filter((f) => pattern.test(f));
      expect(found, String(pattern)).to.have.length(1);
      return readFileSync(join(dist, found[0]!), 'utf8');
    };
    const whole = packedLabels('');
    const part = packedLabels('?startup');
    const first = packedLabels('?first');
    expect(part.length).to.be.lessThan(whole.length / 2);
    expect(first.length).to.be.lessThan(part.length);
    const entry = one(/^taskpane\.[0-9a-f]{8}\.js$/);
    expect(entry.includes(first), 'the pane’s entry: the first part').to.equal(true);
    expect(entry.includes(part), 'the pane’s entry: the start-up part').to.equal(false);
    expect(entry.includes(whole), 'the pane’s entry: the whole trie').to.equal(false);
    expect(one(/^taskpane\.suffixes-startup\.[0-9a-f]{8}\.js$/).includes(part), 'its start-up chunk').to.equal(true);
    expect(one(/^taskpane\.suffixes\.[0-9a-f]{8}\.js$/).includes(whole), 'the pane’s suffixes chunk').to.equal(true);
    expect(one(/^web\.[0-9a-f]{8}\.js$/).includes(whole), 'the page').to.equal(true);
  });

  it('ship in the CLI as tldts’s own arrays, which the packed labels of the pane and the page rebuild', () => {
    const cli = builtCliCode();
    const { counts, labels, children } = packedModule('');
    expect(cli.includes(labels), 'the CLI: no packed labels to unpack at start').to.equal(false);
    const source = readFileSync(TRIE, 'utf8');
    const file = parse(source, TRIE);
    const rebuilt = unpack(counts, labels, children);
    for (const name of ['edgeStart', 'edgeLength', 'edgeChild'] as const) {
      const { type, values } = file[name] as { type: string; values: number[] };
      expect([...rebuilt[name]], `${name} rebuilt from the packed labels`).to.deep.equal(values);
      expect(cli.includes(`${name} = /*#__PURE__*/ new ${type}([${values.join(', ')}]);`), `the CLI: ${name}`).to.equal(
        true,
      );
    }
    expect(rebuilt.labelText).to.equal(file.labelText);
    // Its labels past ASCII are escapes in the CLI, which is written in ASCII (scripts/ascii-only-plugin.cjs).
    const shipped = /\blabelText = ("(?:[^"\\\n]|\\.)*");$/m.exec(cli)?.[1];
    expect(shipped && JSON.parse(shipped), 'the CLI: labelText').to.equal(file.labelText);
    const flags = (file.nodeFlags as { values: number[] }).values;
    expect(cli.includes(`nodeFlags = /*#__PURE__*/ new Uint8Array([${flags.join(', ')}]);`), 'nodeFlags').to.equal(
      true,
    );
  });
});
