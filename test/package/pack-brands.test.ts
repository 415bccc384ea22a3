/**
 * The pane and the page ship the brand table packed by scripts/pack-brands.cjs: the module it writes must rebuild
 * the very objects brands.json holds, minus each brand's `source` note, and a brand it cannot write must stop the
 * build rather than ship a different table.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
type LoaderContext = { resourcePath: string; resourceQuery?: string; getOptions?: () => { lateNames?: boolean } };
const pack = require('../../scripts/pack-brands.cjs') as (this: LoaderContext, source: string) => string;
const FILE = join(projectRoot, 'src', 'core', 'brands', 'brands.json');

describe('the packed brand table', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'pack-brands-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function load(source: string): Promise<unknown> {
    const out = join(dir, `brands-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(out, pack.call({ resourcePath: FILE }, source));
    return ((await import(pathToFileURL(out).href)) as { default: unknown }).default;
  }

  it('loads as brands.json without the source notes: the same brands, keys in the same order, the same strings', async () => {
    const source = readFileSync(FILE, 'utf8');
    const file = JSON.parse(source) as Record<string, unknown>[];
    const expected = file.map((brand) => Object.fromEntries(Object.entries(brand).filter(([k]) => k !== 'source')));
    const ours = (await load(source)) as Record<string, unknown>[];
    // deep.equal ignores key order; the JSON text does not.
    expect(ours).to.deep.equal(expected);
    expect(JSON.stringify(ours)).to.equal(JSON.stringify(expected));
    expect(JSON.stringify(ours)).not.to.include('"source"');
    expect(pack.call({ resourcePath: FILE }, source).length).to.be.lessThan(source.length / 2);
  });

  it('keeps a brand whose names and domains repeat its id, an empty list, and keys in an unusual order', async () => {
    const brands = [
      {
        id: 'acme',
        names: ['Acme', 'ACME', 'acme pay'],
        domains: ['acme.example', 'my-acme.example'],
        confidence: 'x',
      },
      { id: 'zeta', confidence: 'verified', domains: [], names: ['Zeta Zeta'], source: 'a note' },
    ];
    expect(await load(JSON.stringify(brands))).to.deep.equal([
      brands[0],
      { id: 'zeta', confidence: 'verified', domains: [], names: ['Zeta Zeta'] },
    ]);
  });

  it('starts the task pane’s table without the brands and names left for later, and writes them as a module of their own', async () => {
    const source = readFileSync(FILE, 'utf8');
    const pane = { resourcePath: FILE, getOptions: () => ({ lateNames: true }) };
    const start = pack.call(pane, source);
    expect(start).to.include('伊予銀行').and.not.include('いよぎん');
    // A national brand waits whole: its id, names and domains.
    expect(start).to.not.include('magyar-posta').and.not.include('Magyar Posta').and.not.include('posta.hu');
    expect(start).to.include('import(/* webpackChunkName: "brand-names" */ "./brands.json?names")');
    const late = pack.call({ ...pane, resourceQuery: '?names' }, source);
    const { late: entries, rows } = JSON.parse(late.replace(/^export default /, '').replace(/;\n$/, '')) as {
      late: [number, string[]][];
      rows: [number, { id: string }][];
    };
    const file = JSON.parse(source) as { id: string; names: string[] }[];
    for (const [at, names] of entries) expect(names).to.deep.equal(file[at]!.names);
    expect(entries.some(([, names]) => names.includes('いよぎん'))).to.equal(true);
    expect(rows.map(([at, row]) => [file[at]!.id, row.id]).filter(([a, b]) => a !== b)).to.deep.equal([]);
    // The start-up module, its table completed as lookup.ts completes it, is the file's table without the notes.
    const out = join(dir, `pane-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(out, start.replace(/table\.lateNames = .*\n/, ''));
    const table = ((await import(pathToFileURL(out).href)) as { default: { names: string[] }[] }).default;
    for (const [at, row] of rows) table.splice(at, 0, row as never);
    for (const [at, names] of entries) table[at]!.names = names;
    const expected = file.map((brand) => Object.fromEntries(Object.entries(brand).filter(([k]) => k !== 'source')));
    expect(JSON.stringify(table)).to.equal(JSON.stringify(expected));
  });

  for (const [what, brand] of [
    ['a name holding a character the packing gives a meaning', { id: 'a', names: ['A|B'], domains: ['a.example'] }],
    ['a number', { id: 'a', names: ['A'], domains: ['a.example'], rank: 3 }],
    ['an empty string in a list', { id: 'a', names: [''], domains: ['a.example'] }],
    ['a brand whose first key is not its id', { names: ['A'], id: 'a', domains: ['a.example'] }],
  ] as const)
    it(`stops the build on ${what}`, () => {
      expect(() => pack.call({ resourcePath: FILE }, JSON.stringify([brand]))).to.throw(/pack-brands: brand 0/);
    });
});
