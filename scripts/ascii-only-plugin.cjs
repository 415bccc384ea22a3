/* global module */
/**
 * webpack plugin for the CLI bundle: every character past ASCII in the emitted JavaScript written as a `\uXXXX`
 * escape (the Japanese words, the lexicons, the entity names). Node reads an all-ASCII file into a one-byte string
 * and V8 scans it as one; a file holding even one such character is decoded into a two-byte string of its whole
 * 3 MB first: ≈ 10 ms of each start (issue #19). The escape means the same character in a string, a template (its
 * cooked value), a regular expression (with or without the u flag, a surrogate pair's two escapes are its code
 * point), an identifier and a comment; a character escaped by an odd run of backslashes (`\é` in a string or a
 * regular expression without the u flag: é itself) loses that backslash. The file's source map follows the edits.
 */

/** The edits that make `text` all ASCII: [start, end, replacement], in order. */
function asciiEdits(text) {
  const edits = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    let slashes = 0;
    while (i - slashes - 1 >= 0 && text.charCodeAt(i - slashes - 1) === 0x5c) slashes++;
    const escape = `\\u${code.toString(16).padStart(4, '0')}`;
    // `\é` means é: the backslash goes with the character it escaped.
    edits.push(slashes % 2 === 1 ? [i - 1, i + 1, escape] : [i, i + 1, escape]);
  }
  return edits;
}

/** `text` with asciiEdits applied (the plugin applies them to the webpack source, keeping its map). */
function asciiOnly(text) {
  let out = '';
  let at = 0;
  for (const [start, end, replacement] of asciiEdits(text)) {
    out += text.slice(at, start) + replacement;
    at = end;
  }
  return out + text.slice(at);
}

class AsciiOnlyPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('AsciiOnlyPlugin', (compilation) => {
      // Before the source maps are written (PROCESS_ASSETS_STAGE_DEV_TOOLING), so they map the escaped file.
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE;
      compilation.hooks.processAssets.tap({ name: 'AsciiOnlyPlugin', stage }, (assets) => {
        for (const [file, asset] of Object.entries(assets)) {
          if (!/\.c?js$/.test(file)) continue;
          const edits = asciiEdits(asset.source().toString());
          if (edits.length === 0) continue;
          const source = new sources.ReplaceSource(asset);
          // ReplaceSource's end is inclusive.
          for (const [start, end, replacement] of edits) source.replace(start, end - 1, replacement);
          compilation.updateAsset(file, source);
        }
      });
    });
  }
}

module.exports = AsciiOnlyPlugin;
module.exports.asciiOnly = asciiOnly;
