import { expect } from 'chai';
import { parseArgs } from '../../src/cli/args';

describe('cli: command-line arguments', () => {
  it('reads --json, --lang and several paths in any order', () => {
    const parsed = parseArgs(['a.eml', '--lang', 'ja', '--json', 'box.mbox']);
    expect(parsed).to.deep.equal({
      ok: true,
      options: { json: true, lang: 'ja', paths: ['a.eml', 'box.mbox'], help: false, version: false, online: false },
    });
  });

  it('looks nothing up online unless --online is given, and takes no value for it', () => {
    expect(parseArgs(['a.eml'])).to.nested.include({ 'options.online': false });
    expect(parseArgs(['--online', 'a.eml'])).to.nested.include({ 'options.online': true });
    expect(parseArgs(['--online=yes', 'a.eml'])).to.nested.include({ 'error.key': 'cli.error.unknown-option' });
  });

  it('reads --jobs N and --jobs=N, leaves it unset by default, and refuses it without a number', () => {
    expect(parseArgs(['--jobs', '3', 'x'])).to.nested.include({ 'options.jobs': 3 });
    expect(parseArgs(['--jobs=1', 'x'])).to.nested.include({ 'options.jobs': 1 });
    expect(parseArgs(['x'])).to.not.have.nested.property('options.jobs');
    expect(parseArgs(['x', '--jobs'])).to.nested.include({ 'error.key': 'cli.error.missing-value' });
    expect(parseArgs(['--jobs', '0', 'x'])).to.nested.include({ 'error.key': 'cli.error.bad-jobs' });
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

  it('takes a lone - as a path (standard input), wherever it stands', () => {
    expect(parseArgs(['-'])).to.nested.include({ ok: true, 'options.paths[0]': '-' });
    expect(parseArgs(['--json', '-', 'a.eml'])).to.deep.nested.include({ 'options.paths': ['-', 'a.eml'] });
    expect(parseArgs(['--', '-'])).to.deep.nested.include({ 'options.paths': ['-'] });
  });

  it('asks for the version with --version, which needs no path', () => {
    expect(parseArgs(['--version'])).to.deep.nested.include({ ok: true, 'options.version': true, 'options.paths': [] });
    expect(parseArgs(['x'])).to.nested.include({ 'options.version': false });
    expect(parseArgs(['--version=1'])).to.nested.include({ 'error.key': 'cli.error.unknown-option' });
  });

  it('reads --config <file> and --config=<file>, and refuses it without a file', () => {
    expect(parseArgs(['--config', 'config.json', 'a.eml'])).to.deep.nested.include({
      'options.config': 'config.json',
      'options.paths': ['a.eml'],
    });
    expect(parseArgs(['--config=/etc/phish/config.json', '-'])).to.nested.include({
      'options.config': '/etc/phish/config.json',
    });
    expect(parseArgs(['a.eml'])).to.not.have.nested.property('options.config');
    for (const argv of [
      ['a.eml', '--config'],
      ['--config=', 'a.eml'],
    ]) {
      expect(parseArgs(argv)).to.deep.include({
        ok: false,
        error: { key: 'cli.error.missing-value', params: { option: '--config' }, lang: 'en' },
      });
    }
  });

  it('shows the usage error in the language already chosen', () => {
    expect(parseArgs(['--lang', 'ja', '--bogus'])).to.nested.include({ 'error.lang': 'ja' });
  });
});
