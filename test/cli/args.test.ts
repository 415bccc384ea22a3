import { expect } from 'chai';
import { parseArgs } from '../../src/cli/args';

describe('cli: command-line arguments', () => {
  it('reads --json, --lang and several paths in any order', () => {
    const parsed = parseArgs(['a.eml', '--lang', 'ja', '--json', 'box.mbox']);
    expect(parsed).to.deep.equal({
      ok: true,
      options: { json: true, lang: 'ja', paths: ['a.eml', 'box.mbox'], help: false },
    });
  });

  it('accepts --lang=ja and defaults to English', () => {
    expect(parseArgs(['--lang=ja', 'x'])).to.nested.include({ 'options.lang': 'ja' });
    expect(parseArgs(['x'])).to.nested.include({ 'options.lang': 'en' });
  });

  it('treats everything after -- as a path, so a file may be named like a flag', () => {
    expect(parseArgs(['--', '--json'])).to.deep.nested.include({ 'options.paths': ['--json'], 'options.json': false });
  });

  it('rejects an unknown flag, naming it', () => {
    expect(parseArgs(['--jsonn', 'a.eml'])).to.deep.include({
      ok: false,
      error: { key: 'cli.error.unknown-option', params: { option: '--jsonn' }, lang: 'en' },
    });
  });

  it('rejects a language it does not have and a --lang without a value', () => {
    expect(parseArgs(['--lang', 'fr', 'a.eml'])).to.nested.include({ 'error.key': 'cli.error.bad-lang' });
    expect(parseArgs(['a.eml', '--lang'])).to.nested.include({ 'error.key': 'cli.error.missing-value' });
  });

  it('needs at least one path, unless --help is asked for', () => {
    expect(parseArgs(['--json'])).to.nested.include({ 'error.key': 'cli.error.no-path' });
    expect(parseArgs(['--help'])).to.nested.include({ 'options.help': true });
    expect(parseArgs(['-h'])).to.nested.include({ 'options.help': true });
  });

  it('shows the usage error in the language already chosen', () => {
    expect(parseArgs(['--lang', 'ja', '--bogus'])).to.nested.include({ 'error.lang': 'ja' });
  });
});
