/* global module */
/**
 * webpack loader for tldts-icann's lookup (src/suffix-trie.js) imported with `?startup` or `?first` by the task pane
 * (scripts/suffix-lookup-pane.js): the same code, reading the start-up part of the rules (data/trie.js?startup,
 * scripts/pack-suffix-trie.cjs) instead of the whole trie. A file without that import stops the build.
 */
module.exports = function suffixTrieStartup(source) {
  const from = "from './data/trie';";
  if (source.split(from).length !== 2)
    throw new Error(`suffix-trie-startup: ${this.resourcePath} does not import ./data/trie once as expected`);
  // `?first`: the pane's first part, over the trie's first part (the same query).
  const part = /\bfirst\b/.test(this.resourceQuery ?? '') ? 'first' : 'startup';
  return source.replace(from, `from './data/trie?${part}';`);
};
