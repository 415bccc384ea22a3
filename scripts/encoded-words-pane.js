/**
 * The task pane's encoded-word decoding (webpack.config.js puts this module in place of postal-mime's decode-strings
 * for its address parser, and of postal-mime for src/core/parse/headers.ts): postal-mime's own decodeWords and
 * isEncodedWordsOnly once its decoder, a chunk of its own, is in; until then a value without `=?` is answered as
 * postal-mime answers it (no encoded word, nothing to decode), and one with it is noted, so the message is analysed
 * again with the decoder before it is drawn (src/core/parse/encoded-words.ts).
 */
import { installPartialDecoder, noteLackingDecoder } from '../src/core/parse/encoded-words.ts';

let decoder;
let completing;

const mayHoldWords = (text) => text.includes('=?');

export function decodeWords(str) {
  if (decoder) return decoder.decodeWords(str);
  const text = (str || '').toString();
  if (mayHoldWords(text)) noteLackingDecoder();
  return text;
}

export function isEncodedWordsOnly(str) {
  if (decoder) return decoder.isEncodedWordsOnly(str);
  if (mayHoldWords(String(str))) noteLackingDecoder();
  return false;
}

installPartialDecoder({
  complete: () => {
    completing ??= import(/* webpackChunkName: "encoded-words" */ 'postal-mime/decode-strings').then(
      (module) => {
        decoder = module;
      },
      (error) => {
        completing = undefined; // tried again with the next message
        throw error;
      },
    );
    return completing;
  },
});
