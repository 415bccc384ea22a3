/**
 * The task pane's public-suffix lookup (webpack.config.js puts it in place of tldts-icann's `src/suffix-trie` for that
 * bundle only): tldts's own lookup over three parts of its rules, each a superset of the one before
 * (scripts/pack-suffix-trie.cjs says which rules each leaves out): the first part in the pane's download (`?first`),
 * the start-up part (`?startup`: the rules directly under the top-level domains the first part leaves out, `br`, `pl`,
 * `us`, …), a chunk of its own, and the whole trie, another. A message with a host under a suffix whose rules the part
 * in use lacks makes the pane fetch the smallest part that has them before its first draw
 * (src/core/parse/suffix-rules.ts).
 */
import firstLookup from 'tldts-icann/dist/es6/src/suffix-trie.js?first';
import { cutSuffixes, safeNames, startupCut, startupSafe } from 'tldts-icann/dist/es6/src/data/trie.js?first';
import {
  installPartialSuffixRules,
  lacksSuffixRules,
  noteLackingSuffixRules,
  suffixRulesCompleted,
} from '../src/core/parse/suffix-rules.ts';

const first = { cut: new Set(cutSuffixes), safe: new Set(safeNames) };
const startup = { cut: new Set(startupCut), safe: new Set(startupSafe) };
let middle;
let whole;
/** A host lacked rules the start-up part lacks too: the whole trie is what to fetch. */
let needsWhole = false;
let completing;

export default function suffixLookup(hostname, options, out) {
  if (whole) return whole(hostname, options, out);
  // Each part answers the hosts it has every rule for (the first part keeps some deeper rules the start-up part
  // leaves out: those a brand's domain lies under).
  if (!lacksSuffixRules(hostname, first.cut, first.safe)) return firstLookup(hostname, options, out);
  const lacksStartup = lacksSuffixRules(hostname, startup.cut, startup.safe);
  if (middle && !lacksStartup) return middle(hostname, options, out);
  if (lacksStartup) needsWhole = true;
  noteLackingSuffixRules();
  return firstLookup(hostname, options, out);
}

const fetchPart = () =>
  needsWhole
    ? import(/* webpackChunkName: "suffixes" */ 'tldts-icann/dist/es6/src/suffix-trie.js').then((full) => {
        whole = full.default;
      })
    : import(/* webpackChunkName: "suffixes-startup" */ 'tldts-icann/dist/es6/src/suffix-trie.js?startup').then(
        (part) => {
          middle = part.default;
        },
      );

installPartialSuffixRules({
  complete: () => {
    completing ??= fetchPart().then(
      () => {
        completing = undefined; // a later host may need the next part
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
