/**
 * The task pane's encoded-word decoding (webpack.config.js puts this module in place of postal-mime's decode-strings
 * for its address parser, and of postal-mime for src/core/parse/headers.ts): postal-mime's own decodeWords and
 * isEncodedWordsOnly once its decoder, a chunk of its own, is in; until then a value without `=?` is answered as
 * postal-mime answers it (no encoded word, nothing to decode), and one with it is noted, so the message is analysed
 * again with the decoder before it is drawn (src/core/parse/encoded-words.ts). What fetches it is
 * scripts/encoded-words-load-pane.js, in the pane's entry only: the whole-message worker, whose MIME parser's address
 * parser gets this module too, may load no script, and keeps no address it reads.
 */
import { noteLackingDecoder } from '../src/core/parse/encoded-words.ts';

let decoder;

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

/** Called by scripts/encoded-words-load-pane.js with postal-mime's decode-strings once it is fetched. */
export function useDecoder(module) {
  decoder = module;
}
