/**
 * What the shipped bundles load for `entities/decode` (webpack.config.js aliases it here): htmlparser2's Tokenizer
 * imports the decoder and its two tables from that module. The HTML table is postal-mime's html-entities.js (the
 * WHATWG list the bundles carry anyway; scripts/pack-html-entities.cjs packs it, and its `unpackHtmlEntities()` is
 * the object), read by src/core/parse/entity-decoder.ts; the XML one is its five names.
 */
import { unpackHtmlEntities } from 'postal-mime/html-entities';
import { DecodingMode, EntityDecoder, entityTable } from '../src/core/parse/entity-decoder.ts';

/**
 * The table `entityTable(entries())` builds, built when the decoder first reads a name: it reads `values`, `legacy`
 * and `prefixes` only at a named reference, and indexing 2,231 names and their prefixes is ≈ 3 ms of every start of
 * the command line (issue #19), spent for nothing on a message that names no character.
 */
function indexedOnFirstName(entries) {
  let table;
  const index = () => (table ??= entityTable(entries()));
  return {
    get values() {
      return index().values;
    },
    get legacy() {
      return index().legacy;
    },
    get prefixes() {
      return index().prefixes;
    },
    xml: false,
  };
}

export const htmlDecodeTree = indexedOnFirstName(unpackHtmlEntities);
export const xmlDecodeTree = entityTable(
  { '&amp;': '&', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&quot;': '"' },
  true,
);
export { DecodingMode, EntityDecoder };
