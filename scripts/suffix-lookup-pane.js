/**
 * The task pane's public-suffix lookup (webpack.config.js puts it in place of tldts-icann's `src/suffix-trie` for that
 * bundle only): tldts's own lookup, first over the start-up part of its rules (`?startup`: scripts/pack-suffix-trie.cjs
 * says which rules wait), then over the whole trie, a chunk of its own, once a message has a host under a suffix whose
 * rules the part lacks (src/core/parse/suffix-rules.ts: the pane loads it before the first draw).
 */
import startupLookup from 'tldts-icann/dist/es6/src/suffix-trie.js?startup';
import { cutSuffixes, safeNames } from 'tldts-icann/dist/es6/src/data/trie.js?startup';
import {
  installPartialSuffixRules,
  lacksSuffixRules,
  noteLackingSuffixRules,
  suffixRulesCompleted,
} from '../src/core/parse/suffix-rules.ts';

const cut = new Set(cutSuffixes);
const safe = new Set(safeNames);
let whole;
let completing;

export default function suffixLookup(hostname, options, out) {
  if (whole) return whole(hostname, options, out);
  if (lacksSuffixRules(hostname, cut, safe)) noteLackingSuffixRules();
  return startupLookup(hostname, options, out);
}

installPartialSuffixRules({
  complete: () => {
    completing ??= import(/* webpackChunkName: "suffixes" */ 'tldts-icann/dist/es6/src/suffix-trie.js').then(
      (full) => {
        whole = full.default;
        suffixRulesCompleted();
      },
      (error) => {
        completing = undefined; // tried again with the next message
        throw error;
      },
    );
    return completing;
  },
});
