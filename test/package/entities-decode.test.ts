/**
 * The CLI and the other bundles but the task pane decode character references with scripts/entities-decode.js, on
 * postal-mime's table as scripts/pack-html-entities.cjs ships it: unpacked when first read, indexed when the decoder
 * first meets a name (issue #19: neither costs a start whose message names no character). Built here as webpack builds
 * them (the loader's output, the module as written, their imports pointed at each other), each must answer as the
 * table postal-mime's file holds, and the table must wait for a named reference.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DecodingMode, entityTable, type EntityTable } from '../../src/core/parse/entity-decoder';
import { DECODING_MODES, decodeAfterAmp as decode, packEntities, POSTAL_ENTITIES, projectRoot } from '../helpers';

interface Shipped {
  htmlDecodeTree: EntityTable;
  /** How often the decoder's module asked for the unpacked table. */
  unpacked: () => number;
  packed: { htmlEntities: Record<string, string>; unpackHtmlEntities: () => Record<string, string> };
}

describe('the bundles’ entity decoder on the packed table (scripts/entities-decode.js)', () => {
  let dir: string;
  let theirs: Record<string, string>;
  let whole: EntityTable;
  let seq = 0;

  /** A fresh copy of both modules, as webpack links them, with a count of the decoder's calls for the table. */
  async function load(): Promise<Shipped> {
    const at = join(dir, String(seq++));
    writeFileSync(`${at}-packed.mjs`, packEntities());
    writeFileSync(
      `${at}-counted.mjs`,
      `import { unpackHtmlEntities as unpack } from './${seq - 1}-packed.mjs';\n` +
        'export let calls = 0;\nexport const unpackHtmlEntities = () => (calls++, unpack());\n',
    );
    const decoder = readFileSync(join(projectRoot, 'scripts', 'entities-decode.js'), 'utf8')
      .replace("'postal-mime/html-entities'", `'./${seq - 1}-counted.mjs'`)
      .replace(
        "'../src/core/parse/entity-decoder.ts'",
        `'${pathToFileURL(join(projectRoot, 'src/core/parse/entity-decoder.ts')).href}'`,
      );
    expect(decoder, 'the imports were pointed here').to.include('-counted.mjs').and.include('file:');
    writeFileSync(`${at}-decode.mjs`, decoder);
    const counted = (await import(pathToFileURL(`${at}-counted.mjs`).href)) as { calls: number };
    const { htmlDecodeTree } = (await import(pathToFileURL(`${at}-decode.mjs`).href)) as {
      htmlDecodeTree: EntityTable;
    };
    const packed = (await import(pathToFileURL(`${at}-packed.mjs`).href)) as Shipped['packed'];
    return { htmlDecodeTree, unpacked: () => counted.calls, packed };
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entities-decode-'));
    theirs = ((await import(pathToFileURL(POSTAL_ENTITIES).href)) as { htmlEntities: Record<string, string> })
      .htmlEntities;
    whole = entityTable(theirs);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes every name of postal-mime’s table as that table does, in every mode, with and without its semicolon', async function () {
    this.timeout(60_000);
    const { htmlDecodeTree } = await load();
    const names = Object.keys(theirs).map((key) => key.slice(1));
    expect(names.length).to.equal(2231);
    const wrong: string[] = [];
    for (const name of names)
      for (const mode of DECODING_MODES)
        for (const input of [name, `${name} `, `${name}=`, `${name}x`, `${name.replace(/;$/, '')}1;`]) {
          const ours = decode(htmlDecodeTree, mode, input);
          if (ours !== decode(whole, mode, input)) wrong.push(`${input} (mode ${mode}): ${ours}`);
        }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
  });

  it('unpacks the table on its first read and gives postal-mime the same names and characters', async () => {
    const { packed } = await load();
    expect(packed.unpackHtmlEntities()).to.deep.equal(theirs);
    expect(packed.unpackHtmlEntities(), 'unpacked once').to.equal(packed.unpackHtmlEntities());
    // postal-mime's decodeHTMLEntities reads `htmlEntities[match]`: the same answer for every key and for others.
    for (const key of [...Object.keys(theirs), '&nosuchname;', '&amp;x', 'toString'])
      expect(packed.htmlEntities[key], key).to.equal(theirs[key]);
    expect('&amp;' in packed.htmlEntities).to.equal(true);
    expect(Object.entries(packed.htmlEntities)).to.deep.equal(Object.entries(theirs));
  });

  it('waits for the first named reference before it reads the table, and reads it once', async () => {
    const shipped = await load();
    expect(shipped.unpacked(), 'on loading').to.equal(0);
    expect(decode(shipped.htmlDecodeTree, DecodingMode.Legacy, '#65;')).to.equal('65,5 -> 5');
    expect(decode(shipped.htmlDecodeTree, DecodingMode.Legacy, '#x263A;')).to.equal('9786,8 -> 8');
    expect(shipped.unpacked(), 'after numeric references').to.equal(0);
    expect(decode(shipped.htmlDecodeTree, DecodingMode.Legacy, 'eacute;')).to.equal('233,8 -> 8');
    expect(decode(shipped.htmlDecodeTree, DecodingMode.Strict, 'hellip;')).to.equal('8230,8 -> 8');
    expect(shipped.unpacked(), 'after two names').to.equal(1);
  });
});
