/**
 * The shipped bundles decode character references with src/core/parse/entity-decoder.ts on postal-mime's table
 * (webpack aliases `entities/decode` to it). htmlparser2's Tokenizer talks to a decoder only through startEntity,
 * write and end, so this holds it to the `entities` package's decoder answer for answer, code point for code point.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { DecodingMode as Modes, EntityDecoder as Trie, htmlDecodeTree, xmlDecodeTree } from 'entities/decode';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DecodingMode, EntityDecoder, entityTable, type EntityTable } from '../../../src/core/parse/entity-decoder';
import { projectRoot } from '../../helpers';

/** postal-mime keeps its table out of its package exports: the bundles reach it by file, and so does this test. */
const TABLE_FILE = join(projectRoot, 'node_modules', 'postal-mime', 'dist', 'esm', 'html-entities.js');

type Mode = (typeof DecodingMode)[keyof typeof DecodingMode];
const MODES: [string, Mode][] = [
  ['text', DecodingMode.Legacy],
  ['attribute', DecodingMode.Attribute],
  ['strict', DecodingMode.Strict],
];

/** What a decoder does with the characters after one `&`, written in pieces as a streaming tokenizer would. */
function run(
  make: (emit: (cp: number, consumed: number) => void) => {
    startEntity(mode: number): void;
    write(input: string, offset: number): number;
    end(): number;
  },
  mode: Mode,
  chunks: string[],
): string[] {
  const log: string[] = [];
  const decoder = make((cp, consumed) => log.push(`emit ${cp} ${consumed}`));
  decoder.startEntity(mode);
  for (const [i, chunk] of chunks.entries()) {
    const taken = decoder.write(chunk, 0);
    log.push(`write ${i} -> ${taken}`);
    if (taken >= 0) return log;
  }
  log.push(`end -> ${decoder.end()}`);
  return log;
}

let html: EntityTable;
let htmlNames: string[];
const xml = entityTable({ '&amp;': '&', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&quot;': '"' }, true);

function same(mode: Mode, chunks: string[], isXml = false): void {
  const table = isXml ? xml : html;
  const ours = run((emit) => new EntityDecoder(table, emit), mode, chunks);
  const theirs = run((emit) => new Trie(isXml ? xmlDecodeTree : htmlDecodeTree, emit), mode, chunks);
  expect(ours, JSON.stringify(chunks)).to.deep.equal(theirs);
}

describe('the character-reference decoder on postal-mime’s table', () => {
  before(async () => {
    const { htmlEntities } = (await import(pathToFileURL(TABLE_FILE).href)) as {
      htmlEntities: Record<string, string>;
    };
    html = entityTable(htmlEntities);
    htmlNames = [...html.values.keys()];
  });

  it('uses the same mode numbers htmlparser2 passes to the entities decoder', () => {
    expect(DecodingMode).to.deep.equal({ Legacy: Modes.Legacy, Strict: Modes.Strict, Attribute: Modes.Attribute });
  });

  it('decodes every WHATWG name as the entities trie does, with and without its semicolon', function () {
    this.timeout(60_000);
    expect(htmlNames.length).to.equal(2125);
    for (const name of htmlNames)
      for (const [, mode] of MODES)
        for (const after of [';', '', ' ', '=', 'x', '1', ';;', '&'])
          (same(mode, [name + after]), same(mode, [name.slice(0, -1), name.slice(-1) + after]));
  });

  it('decodes legacy names without a semicolon in text, and in attributes only before a non-name character', () => {
    const decode = (mode: Mode, input: string) => {
      const out: number[] = [];
      const taken = new EntityDecoder(html, (cp) => out.push(cp));
      taken.startEntity(mode);
      let n = taken.write(input, 0);
      if (n < 0) n = taken.end();
      return [String.fromCharCode(...out), n];
    };
    expect(decode(DecodingMode.Legacy, 'copy2025')).to.deep.equal(['©', 5]);
    expect(decode(DecodingMode.Attribute, 'copy=2')).to.deep.equal(['', 0]);
    expect(decode(DecodingMode.Attribute, 'amp;id=1')).to.deep.equal(['&', 5]);
    expect(decode(DecodingMode.Attribute, 'amp/x')).to.deep.equal(['&', 4]);
    expect(decode(DecodingMode.Legacy, 'notin;')).to.deep.equal(['∉', 7]);
    expect(decode(DecodingMode.Legacy, 'notit;')).to.deep.equal(['¬', 4]);
    expect(decode(DecodingMode.Legacy, 'Afr;')).to.deep.equal(['𝔄', 5]);
    expect(decode(DecodingMode.Legacy, '#x68;ttps')).to.deep.equal(['h', 6]);
    expect(decode(DecodingMode.Legacy, '#128;')).to.deep.equal(['€', 6]);
  });

  it('decodes numeric references as the entities trie does: C1 remapping, surrogates, huge, digitless', () => {
    for (const body of ['#', '#x', '#X', '#;', '#x;', '#0;', '#128', '#x80;', '#xD800;', '#x110000;', '#65', '#x41g'])
      for (const [, mode] of MODES) (same(mode, [body]), same(mode, [body + ';']), same(mode, [body, '1;']));
    same(DecodingMode.Legacy, ['#' + '9'.repeat(400) + ';']);
    same(DecodingMode.Legacy, ['#x' + 'f'.repeat(300)]);
    for (const body of ['#128;', 'amp;', 'apos;', 'copy;', 'amp', '#x41']) same(DecodingMode.Strict, [body], true);
  });

  it('agrees with the entities decoder on any mix of name pieces, digits and punctuation, in any pieces', function () {
    this.timeout(60_000);
    const pieces = ['amp', 'not', 'in', 'copy', 'Afr', 'NotEqual', 'Tilde', 'lt', 'gt', 'quot', 'nbsp', 'x', 'X'];
    const piece = fc.oneof(fc.constantFrom(...pieces, ';', '#', '=', '&', ' ', '0', '9', 'a', 'F', 'é'), fc.string());
    const input = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(input, fc.array(fc.nat(20), { maxLength: 3 }), fc.constantFrom(...MODES), (text, cuts, [, mode]) => {
        const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
        same(mode, chunks.length > 0 ? chunks : [text]);
      }),
      { numRuns: 3000 },
    );
  });
});
