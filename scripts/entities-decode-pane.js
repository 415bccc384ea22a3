/**
 * The task pane's `entities/decode` (webpack.config.js aliases it here for that bundle only): like
 * scripts/entities-decode.js, on postal-mime's table, but starting with its common part (`?common`:
 * scripts/pack-html-entities.cjs says which names) and adding the rest, a chunk of its own, when a message names one
 * of them (src/core/parse/entity-names.ts: the pane awaits it before the first draw). `?whole`: that chunk's table is
 * unpacked as it loads (pack-html-entities.cjs), as the whole of it is read at once.
 */
import { htmlEntities } from 'postal-mime/html-entities?common';
import { installPartialEntityTable } from '../src/core/parse/entity-names.ts';
import { DecodingMode, EntityDecoder, entityTable } from '../src/core/parse/entity-decoder.ts';

export const htmlDecodeTree = entityTable(htmlEntities);
export const xmlDecodeTree = entityTable(
  { '&amp;': '&', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&quot;': '"' },
  true,
);
export { DecodingMode, EntityDecoder };

let completing;
installPartialEntityTable({
  has: (name) => htmlDecodeTree.values.has(name),
  complete: () => {
    completing ??= import(/* webpackChunkName: "html-entities" */ 'postal-mime/html-entities?whole').then(
      // The decoder reads the table's maps at each reference: filled in place, every later parse has every name.
      (full) => {
        const whole = entityTable(full.htmlEntities);
        for (const [name, value] of whole.values) htmlDecodeTree.values.set(name, value);
        for (const name of whole.legacy) htmlDecodeTree.legacy.add(name);
        for (const prefix of whole.prefixes) htmlDecodeTree.prefixes.add(prefix);
      },
      (error) => {
        completing = undefined; // tried again with the next message
        throw error;
      },
    );
    return completing;
  },
});
