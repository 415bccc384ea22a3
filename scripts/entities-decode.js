/**
 * What the shipped bundles load for `entities/decode` (webpack.config.js aliases it here): htmlparser2's Tokenizer
 * imports the decoder and its two tables from that module. The HTML table is postal-mime's html-entities.js (the
 * WHATWG list the bundles carry anyway), read by src/core/parse/entity-decoder.ts; the XML one is its five names.
 */
import { htmlEntities } from 'postal-mime/html-entities';
import { DecodingMode, EntityDecoder, entityTable } from '../src/core/parse/entity-decoder.ts';

export const htmlDecodeTree = entityTable(htmlEntities);
export const xmlDecodeTree = entityTable(
  { '&amp;': '&', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&quot;': '"' },
  true,
);
export { DecodingMode, EntityDecoder };
