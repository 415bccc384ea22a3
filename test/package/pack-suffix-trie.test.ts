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
import { lacksSuffixRules } from '../../src/core/parse/suffix-rules';

const require = createRequire(import.meta.url);
const pack = require('../../scripts/pack-suffix-trie.cjs') as (
  this: { resourcePath: string; resourceQuery?: string; getOptions?: () => object; addDependency?: () => void },
  source: string,
) => string;
const FILE = join(projectRoot, 'node_modules', 'tldts-icann', 'dist', 'es6', 'src', 'data', 'trie.js');
const BRANDS = join(projectRoot, 'src', 'core', 'brands', 'brands.json');
const { domainsIn } = require('../../scripts/pack-suffix-trie.cjs') as { domainsIn: (value: unknown) => string[] };

type Lookup = (hostname: string, options: unknown, out: unknown) => void;
interface TldtsCore {
  parseImpl(
    url: string,
    step: number,
    lookup: Lookup,
    options: object,
    result: object,
  ): { publicSuffix: string | null };
  getEmptyResult(): object;
}

/** Every rule of tldts's trie as written in the list (`co.jp`, `*.kawasaki.jp`, `!city.kawasaki.jp`). */
function rulesOf(trie: Record<string, unknown>): string[] {
  const t = trie as { nodeFlags: Uint8Array; edgeStart: Uint16Array; edgeLength: Uint8Array; edgeChild: Uint16Array };
  const text = trie.labelText as string;
  const offsets = [0];
  for (const length of t.edgeLength) offsets.push(offsets[offsets.length - 1]! + length);
  const out: string[] = [];
  const walk = (node: number, below: string, mark: string) => {
    for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
      const name = below
        ? `${text.slice(offsets[e], offsets[e + 1])}.${below}`
        : text.slice(offsets[e], offsets[e + 1]);
      const child = t.edgeChild[e]!;
      if (t.nodeFlags[child]) out.push(mark + name);
      walk(child, name, mark);
    }
  };
  walk(trie.rulesRoot as number, '', '');
  walk(trie.exceptionsRoot as number, '', '!');
  return out;
}

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

  for (const query of ['?startup', '?first'] as const)
    it(`starts the task pane with part of the rules (${query}): every host it answers differently from the whole trie is noted`, async () => {
      const source = readFileSync(FILE, 'utf8');
      const loader = { resourcePath: FILE, resourceQuery: query, getOptions: () => ({ keep: [BRANDS] }) };
      const packed = pack.call({ ...loader, addDependency: () => undefined }, source);
      const lookupFile = join(FILE, '..', '..', 'suffix-trie.js');
      const core = pathToFileURL(join(projectRoot, 'node_modules', 'tldts-core', 'dist', 'es6', 'index.js')).href;
      const punycode = pathToFileURL(join(projectRoot, 'node_modules', 'punycode', 'punycode.js')).href;
      const name = query.slice(1);
      writeFileSync(join(dir, `${name}.mjs`), packed.replace("'punycode/punycode.js'", JSON.stringify(punycode)));
      // tldts's own lookup, over the start-up part (as scripts/suffix-trie-startup.cjs has webpack do).
      const lookupSource = readFileSync(lookupFile, 'utf8')
        .replace("from './data/trie';", `from './${name}.mjs';`)
        .replace("from 'tldts-core';", `from ${JSON.stringify(core)};`);
      writeFileSync(join(dir, `lookup-${name}.mjs`), lookupSource);
      const part = (await import(pathToFileURL(join(dir, `${name}.mjs`)).href)) as {
        cutSuffixes: string[];
        safeNames: string[];
        startupCut?: string[];
        startupSafe?: string[];
      };
      const partLookup = ((await import(pathToFileURL(join(dir, `lookup-${name}.mjs`)).href)) as { default: Lookup })
        .default;
      const wholeLookup = ((await import(pathToFileURL(lookupFile).href)) as { default: Lookup }).default;
      const { parseImpl, getEmptyResult } = (await import(core)) as TldtsCore;
      const suffix = (lookup: Lookup, host: string) => parseImpl(host, 5, lookup, {}, getEmptyResult()).publicSuffix;
      const cut = new Set(part.cutSuffixes);
      const safe = new Set(part.safeNames);
      // Every rule of the whole list, written as hosts at and below it, and every brand domain with a name in front.
      const rules = rulesOf(await import(pathToFileURL(FILE).href));
      const brands = domainsIn(JSON.parse(readFileSync(BRANDS, 'utf8')));
      const hosts = [
        ...rules.flatMap((rule) =>
          [rule, `a.${rule}`, `b.a.${rule}`].map((h) => h.replace(/\*/g, 'x').replace(/^!/, '')),
        ),
        ...brands.flatMap((domain) => [domain, `www.${domain}`]),
      ];
      let noted = 0;
      for (const host of hosts) {
        if (lacksSuffixRules(host, cut, safe)) noted += 1;
        else expect(suffix(partLookup, host), host).to.equal(suffix(wholeLookup, host));
      }
      // Part of the rules was left out, and hosts under it are noted; a brand's own domain never is (its index is built
      // once, with the part), and neither are the names of common mail.
      expect(cut.size).to.be.greaterThan(50);
      expect(noted).to.be.greaterThan(1000);
      expect(brands.filter((domain) => lacksSuffixRules(`www.${domain}`, cut, safe))).to.deep.equal([]);
      for (const host of ['mail.example.co.jp', 'www.city.yokohama.lg.jp', 'www.bbc.co.uk'])
        expect(lacksSuffixRules(host, cut, safe), host).to.equal(false);
      if (query === '?startup') expect(lacksSuffixRules('shop.example.com.br', cut, safe)).to.equal(false);
      // The synthetic fixture's link: another registrant under the city rule `toyota.aichi.jp`, only the whole trie knows.
      expect(lacksSuffixRules('pay-city.toyota.aichi.jp', cut, safe)).to.equal(true);
      expect(suffix(wholeLookup, 'pay-city.toyota.aichi.jp')).to.equal('toyota.aichi.jp');
      expect(suffix(partLookup, 'pay-city.toyota.aichi.jp')).to.equal('aichi.jp');
      expect(packed.length).to.be.lessThan(pack.call({ resourcePath: FILE }, source).length / 2);
      if (query === '?first') {
        // The first part says which hosts the start-up part lacks rules for too (those fetch the whole trie): its lists
        // are the start-up part's.
        const startup = pack.call({ ...loader, resourceQuery: '?startup', addDependency: () => undefined }, source);
        const list = (text: string, name: string) => JSON.parse(new RegExp(`${name} = (\\[.*?\\]);`).exec(text)![1]!);
        expect(part.startupCut).to.deep.equal(list(startup, 'cutSuffixes'));
        expect(part.startupSafe).to.deep.equal(list(startup, 'safeNames'));
        const later = { cut: new Set(part.startupCut), safe: new Set(part.startupSafe) };
        // Left for the start-up part: the top-level domains with many rules directly below them.
        expect(lacksSuffixRules('shop.example.com.ec', cut, safe)).to.equal(true);
        expect(lacksSuffixRules('shop.example.com.ec', later.cut, later.safe)).to.equal(false);
        expect(packed.length).to.be.lessThan(startup.length);
      }
    });

  it('stops the build on a file it cannot read', () => {
    const source = readFileSync(FILE, 'utf8').replace('export const rulesRoot =', 'export let rulesRoot =');
    expect(() => pack.call({ resourcePath: FILE }, source)).to.throw(/cannot read/);
  });
});
