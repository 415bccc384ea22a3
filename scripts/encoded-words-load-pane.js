/**
 * Installs how the task pane fetches the encoded-word decoder (src/core/parse/encoded-words.ts): postal-mime's
 * decode-strings, a chunk of its own, handed to the stand-in (scripts/encoded-words-pane.js). The first item of the
 * pane's entry (webpack.config.js), so it runs before any message is read; the whole-message worker never imports it.
 */
import { useDecoder } from './encoded-words-pane.js';
import { installPartialDecoder } from '../src/core/parse/encoded-words.ts';

let completing;

installPartialDecoder({
  complete: () => {
    completing ??= Promise.all([
      import(/* webpackChunkName: "encoded-words" */ 'postal-mime/decode-strings'),
      import(/* webpackChunkName: "encoded-words" */ '../src/core/parse/charset-labels.ts'),
    ]).then(
      // Labels TextDecoder does not know (Python's `eucgb2312_cn` …) are mended here: the pane's headers.ts and
      // addresses.ts get an identity stand-in for charset-labels.ts (scripts/charset-labels-pane.js).
      ([words, labels]) =>
        useDecoder({
          decodeWords: (str) => words.decodeWords(labels.mendEncodedWordLabels((str || '').toString())),
          isEncodedWordsOnly: words.isEncodedWordsOnly,
        }),
      (error) => {
        completing = undefined; // tried again with the next message
        throw error;
      },
    );
    return completing;
  },
});
