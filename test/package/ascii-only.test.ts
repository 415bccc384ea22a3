/**
 * The CLI bundle is written all in ASCII (scripts/ascii-only-plugin.cjs: Node reads it and V8 scans it faster at each
 * start, issue #19). Each character past ASCII becomes an escape that must mean the very same character wherever it
 * stands: in strings, templates, regular expressions with and without the u flag, identifiers.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { CLI_BIN, requireBuiltCli } from '../helpers';

const require = createRequire(import.meta.url);
const { asciiOnly } = require('../../scripts/ascii-only-plugin.cjs') as { asciiOnly: (text: string) => string };

/** Snippets of code past ASCII, each evaluating to a value that shows what it means. */
const SNIPPETS = [
  `'ログイン確認'`,
  `"vérifiez \\u00e9"`,
  // A character escaped by a backslash (é itself), one after an escaped backslash, and a run of three.
  `'\\é' + '\\\\é' + '\\\\\\é'`,
  '`テンプレート ${1 + 1} ü`',
  `[/[é-ü]+/.exec('xéüy')[0], /ー+/.test('メーール')]`,
  `[/[😀-😎]/u.test('😃'), /^.$/u.test('🅿'), /^..$/.test('🅿'), '🅿'.length]`,
  `[/\\p{Script=Han}/u.test('漢'), /[\\u3041-\\u3096]/.test('ぁ')]`,
  `(() => { const café = 'ok'; return café; })()`,
  `'\\u2028 and \u2028 and \u2029'`,
  `/* コメント */ 'after a comment' // 行末`,
];

describe('the CLI bundle in ASCII (ascii-only-plugin.cjs)', () => {
  it('writes each snippet in ASCII alone, meaning the same values', () => {
    for (const snippet of SNIPPETS) {
      const ascii = asciiOnly(snippet);
      expect(/^[^\u0080-\uffff]*$/.test(ascii), ascii).to.equal(true);
      expect(runInNewContext(ascii), snippet).to.deep.equal(runInNewContext(snippet));
    }
  });

  it('leaves ASCII text as it is', () => {
    const text = `const a = '\\\\'; /[a-z]\\//.test(a) // done\n`;
    expect(asciiOnly(text)).to.equal(text);
  });

  it('is how the built command ships', function () {
    requireBuiltCli(this);
    const cli = readFileSync(CLI_BIN, 'utf8');
    const past = /[\u0080-\uffff]/.exec(cli);
    expect(past && cli.slice(past.index - 40, past.index + 40), 'a character past ASCII').to.equal(null);
  });
});
