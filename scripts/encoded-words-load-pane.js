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
    completing ??= import(/* webpackChunkName: "encoded-words" */ 'postal-mime/decode-strings').then(
      useDecoder,
      (error) => {
        completing = undefined; // tried again with the next message
        throw error;
      },
    );
    return completing;
  },
});
