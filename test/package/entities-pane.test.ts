/**
 * The task pane starts with the common part of postal-mime's entity table (scripts/pack-html-entities.cjs with
 * `?common`, read by scripts/entities-decode-pane.js) and fetches the rest when a message names a character outside
 * it (src/core/parse/entity-names.ts). That is honest only if the part decodes every reference exactly as the whole
 * table does, except a `&name;` whose name the part lacks, which is what makes the pane fetch the rest.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { entityTable, type EntityTable } from '../../src/core/parse/entity-decoder';
import {
  COMMON_ENTITY_NAMES,
  DECODING_MODES,
  decodeAfterAmp as decode,
  packEntities,
  POSTAL_ENTITIES,
} from '../helpers';

/** A reference only the whole table can decode: `name;` at the start, the name outside the part. */
const needsWhole = (part: EntityTable, input: string) => {
  const m = /^([A-Za-z][A-Za-z0-9]*);/.exec(input);
  return !!m && !part.values.has(m[1]!);
};

describe('the task pane’s common part of the entity table', () => {
  let dir: string;
  let whole: Record<string, string>;
  let common: Record<string, string>;
  let packedCommon: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entities-pane-'));
    packedCommon = packEntities('?common');
    writeFileSync(join(dir, 'common.mjs'), packedCommon);
    common = ((await import(pathToFileURL(join(dir, 'common.mjs')).href)) as { htmlEntities: typeof common })
      .htmlEntities;
    whole = ((await import(pathToFileURL(POSTAL_ENTITIES).href)) as { htmlEntities: typeof whole }).htmlEntities;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the common names and every legacy name, as the whole table has them', () => {
    const entries = Object.entries(common);
    // The same entries in the same order: a subsequence of the whole table.
    expect(entries).to.deep.equal(Object.entries(whole).filter(([key]) => key in common));
    for (const name of COMMON_ENTITY_NAMES) expect(common[`&${name};`], name).to.equal(whole[`&${name};`]);
    const legacy = Object.keys(whole).filter((key) => !key.endsWith(';'));
    expect(legacy.length).to.be.greaterThan(100);
    for (const key of legacy) expect(common[key], key).to.equal(whole[key]);
    expect(common['&not']).to.equal('¬');
    expect(common['&Afr;']).to.equal(undefined);
    expect(gzipSync(packedCommon).length).to.be.lessThan(gzipSync(readFileSync(POSTAL_ENTITIES)).length / 4);
  });

  it('decodes every name of the whole table as the whole table does, unless it is a `name;` the part lacks', function () {
    this.timeout(60_000);
    const part = entityTable(common);
    const all = entityTable(whole);
    let differs = 0;
    for (const name of all.values.keys())
      for (const mode of DECODING_MODES)
        for (const after of [';', '', ' ', '=', 'x', '1', ';;', '&', '"']) {
          const input = name + after;
          if (needsWhole(part, input)) differs++;
          else expect(decode(part, mode, input), `${mode} ${input}`).to.equal(decode(all, mode, input));
        }
    expect(differs).to.be.greaterThan(1000);
  });

  it('agrees with the whole table on any mix of name pieces that names no character outside the part', function () {
    this.timeout(60_000);
    const part = entityTable(common);
    const all = entityTable(whole);
    const pieces = ['amp', 'not', 'in', 'inv', 'copy', 'Afr', 'gt', 'lt', 'rdot', 'times', 'para', 'llel', 'nbsp', 'E'];
    const piece = fc.oneof(fc.constantFrom(...pieces, ';', '#', '=', '&', ' ', '0', 'a', 'x', 'é'), fc.string());
    const input = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(input, fc.constantFrom(...DECODING_MODES), (text, mode) => {
        if (needsWhole(part, text)) return;
        expect(decode(part, mode, text), JSON.stringify(text)).to.equal(decode(all, mode, text));
      }),
      { numRuns: 5000 },
    );
  });
});
