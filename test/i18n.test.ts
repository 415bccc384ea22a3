/**
 * The dictionary (src/i18n): English and Japanese say the same things with the same placeholders, `translate`
 * inserts message text literally, and every message key the checks and the story can emit exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { analyze } from '../src/core/analyze';
import { parseMessage } from '../src/core/parse-message';
import { LURE_FAMILIES } from '../src/core/checks/lure-phrases';
import { LANGS, addMessages, langFromLocale, loadLanguage, translate, type MessageKey } from '../src/i18n';
import { cliMessages } from '../src/i18n/cli';
import { en as sharedEn } from '../src/i18n/en';
import { ja as sharedJa } from '../src/i18n/ja';
import { tbEn, tbJa } from '../src/i18n/thunderbird';
import { webMessages } from '../src/i18n/web';
import { onlineMessages } from '../src/i18n/online';
import { hasKey, projectRoot } from './helpers';

const { en: cliEn, ja: cliJa } = cliMessages;
const { en: webEn, ja: webJa } = webMessages;
const { en: onlineEn, ja: onlineJa } = onlineMessages;

/** Every word of every host, as one dictionary per language: what the key, placeholder and copy checks cover. */
const en = { ...sharedEn, ...cliEn, ...tbEn, ...webEn, ...onlineEn } as Record<MessageKey, string>;
const ja = { ...sharedJa, ...cliJa, ...tbJa, ...webJa, ...onlineJa } as Record<MessageKey, string>;

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1]!))].sort();

const enKeys = Object.keys(en).sort();
const jaKeys = Object.keys(ja).sort();

describe('the en and ja dictionaries', () => {
  it('keep each host’s own words out of the shared dictionary the task pane carries', () => {
    for (const key of [...Object.keys(sharedEn), ...Object.keys(sharedJa)])
      expect(key).not.to.match(/^(cli|tb|web|online)\./);
    expect(Object.keys(cliEn).every((k) => k.startsWith('cli.'))).to.equal(true);
    expect(Object.keys(tbEn).every((k) => k.startsWith('tb.'))).to.equal(true);
    expect(Object.keys(webEn).every((k) => k.startsWith('web.'))).to.equal(true);
    expect(Object.keys(onlineEn).every((k) => k.startsWith('online.') || k === 'section.online')).to.equal(true);
  });

  it('have exactly the same keys', () => {
    expect(
      jaKeys.filter((k) => !enKeys.includes(k)),
      'only in ja',
    ).to.deep.equal([]);
    expect(
      enKeys.filter((k) => !jaKeys.includes(k)),
      'only in en',
    ).to.deep.equal([]);
  });

  it('use the same {placeholders} for every key, in both directions', () => {
    for (const key of enKeys as MessageKey[]) {
      expect(placeholders(ja[key]), key).to.deep.equal(placeholders(en[key]));
    }
  });

  it('have a non-empty string for every key, and Japanese that is not just the English copied', () => {
    for (const key of enKeys as MessageKey[]) {
      expect(en[key].trim(), key).not.to.equal('');
      expect(ja[key].trim(), key).not.to.equal('');
    }
    // Terms that are the same in both (section names are not) may coincide; whole sentences must not.
    const copied = enKeys.filter(
      (k) =>
        en[k as MessageKey].includes(' ') &&
        en[k as MessageKey].length > 30 &&
        en[k as MessageKey] === ja[k as MessageKey],
    );
    expect(copied.filter((k) => !k.startsWith('cli.usage'))).to.deep.equal([]);
  });

  it('write placeholders only as {name}: no unbalanced braces a translator could break', () => {
    for (const [lang, dict] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      for (const [key, text] of Object.entries(dict)) {
        const stripped = text.replace(/\{[a-zA-Z0-9_]+\}/g, '');
        expect(stripped, `${lang} ${key}`).not.to.match(/[{}]/);
      }
    }
  });
});

describe('translate', () => {
  before(async () => {
    addMessages(cliMessages);
    expect(await loadLanguage('ja')).to.equal(true);
  });

  it('fills placeholders with the parameter values', () => {
    expect(translate('en', 'links.text-mismatch', { shown: 'amazon.co.jp', host: 'evil.example' })).to.equal(
      'A link shows amazon.co.jp but opens evil.example.',
    );
    expect(translate('ja', 'links.text-mismatch', { shown: 'amazon.co.jp', host: 'evil.example' }))
      .to.include('amazon.co.jp')
      .and.include('evil.example');
  });

  it('inserts message text literally: a value holding `{x}` or markup stays as written', () => {
    const out = translate('en', 'links.text-mismatch', { shown: '{host}', host: '<b>evil</b>.example' });
    expect(out).to.equal('A link shows {host} but opens <b>evil</b>.example.');
    const ja1 = translate('ja', 'sender.display-name-address', {
      shown: '{domain}',
      domain: '<img src=x onerror=alert(1)>',
    });
    expect(ja1).to.include('{domain}').and.include('<img src=x onerror=alert(1)>');
    expect(translate('en', 'cli.error.prefix', { error: '$& $1 $$' })).to.equal('phish-inspector: $& $1 $$');
  });

  it('leaves a placeholder whose parameter is missing visible rather than inventing text', () => {
    expect(translate('en', 'links.text-mismatch', { shown: 'a.example' })).to.equal(
      'A link shows a.example but opens {host}.',
    );
  });

  it('uses only the parameters’ own properties, never inherited ones', () => {
    const inherited = Object.create({ shown: 'inherited.example', host: 'inherited.example' }) as Record<
      string,
      string
    >;
    expect(translate('en', 'links.text-mismatch', inherited)).to.equal('A link shows {shown} but opens {host}.');
  });

  it('translates a `{ key }` parameter into the reader’s language', () => {
    const en1 = translate('en', 'sender.lookalike-domain', {
      domain: 'amaz0n.co.jp',
      target: 'amazon.co.jp',
      technique: { key: 'sender.lookalike.digit-swap' },
    });
    expect(en1).to.equal(
      `The sender domain amaz0n.co.jp imitates amazon.co.jp (${en['sender.lookalike.digit-swap']}).`,
    );
    const ja1 = translate('ja', 'sender.lookalike-domain', {
      domain: 'amaz0n.co.jp',
      target: 'amazon.co.jp',
      technique: { key: 'sender.lookalike.digit-swap' },
    });
    expect(ja1).to.include(ja['sender.lookalike.digit-swap']).and.not.include(en['sender.lookalike.digit-swap']);
  });

  it('joins a `{ keys }` list with ", " in English and "、" in Japanese', () => {
    const families = { keys: ['content.family.deletion', 'content.family.upgrade'] as MessageKey[] };
    expect(translate('en', 'content.lure', { count: 2, families })).to.include(
      `(${en['content.family.deletion']}, ${en['content.family.upgrade']})`,
    );
    expect(translate('ja', 'content.lure', { count: 2, families })).to.include(
      `${ja['content.family.deletion']}、${ja['content.family.upgrade']}`,
    );
  });

  it('prints numbers as numbers', () => {
    expect(translate('en', 'links.truncated', { checked: 5000, total: 7001 })).to.equal(
      'Only the first 5000 of 7001 links were checked.',
    );
  });

  it('picks Japanese for ja locales and English for everything else', () => {
    expect(langFromLocale('ja-JP')).to.equal('ja');
    expect(langFromLocale('ja')).to.equal('ja');
    for (const other of ['en-US', 'de', 'jav', '', undefined])
      expect(langFromLocale(other), String(other)).to.equal('en');
    expect(LANGS).to.deep.equal(['en', 'ja']);
  });

  it('loads each language’s shared words once', async () => {
    const first = loadLanguage('ja');
    expect(loadLanguage('ja')).to.equal(first);
    expect(await first).to.equal(true);
    expect(translate('ja', 'verdict.likely-phishing')).to.equal(ja['verdict.likely-phishing']);
  });

  it('knows its keys', () => {
    expect(hasKey('sender.brand-mismatch')).to.equal(true);
    expect(hasKey('sender.no-such-key')).to.equal(false);
    expect(hasKey('toString')).to.equal(false);
  });
});

/** Template-literal prefixes in a source file that look like message keys (`content.family.${family}`). */
function keyPrefixes(source: string): string[] {
  return [...new Set([...source.matchAll(/`([a-z0-9.-]+\.)\$\{/g)].map((m) => m[1]!))];
}

/** The string members of a `type X = 'a' | 'b'` or an inline `key: 'a' | 'b'` union in a source file. */
function unionMembers(source: string, declaration: RegExp): string[] {
  const line = declaration.exec(source)?.[1] ?? '';
  return [...line.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
}

describe('message keys the core can emit', () => {
  const dir = join(projectRoot, 'src', 'core');
  const sources = [
    ...readdirSync(join(dir, 'checks')).map((n) => join(dir, 'checks', n)),
    join(dir, 'story.ts'),
    join(dir, 'analyze.ts'),
  ]
    .filter((p) => p.endsWith('.ts'))
    .map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
  // Every literal key is typed (MessageKey, and each finding's keys in the catalogue, src/core/findings.ts): the
  // compiler proves those exist. Keys built from a template at run time are what a test must still check.

  it('exist for every key built from a template: lookalike techniques, obfuscated-host kinds, lure families', () => {
    const all = sources.flatMap((s) => keyPrefixes(s.text));
    expect(all).to.include.members(['sender.lookalike.', 'links.obfuscated-host.', 'content.family.']);
    for (const prefix of all)
      expect(
        enKeys.some((k) => k.startsWith(prefix)),
        prefix,
      ).to.equal(true);

    const lookalike = readFileSync(join(dir, 'brands', 'lookalike.ts'), 'utf8');
    const techniques = unionMembers(lookalike, /^type LookalikeTechnique =([^;]+);/m);
    expect(techniques.length).to.be.greaterThan(3);
    for (const t of techniques) expect(hasKey(`sender.lookalike.${t}`), t).to.equal(true);

    const links = sources.find((s) => s.path.endsWith(join('checks', 'links.ts')))!.text;
    const kinds = unionMembers(links, /key: ('[a-z-]+'(?: \| '[a-z-]+')+)/);
    expect(kinds).to.include.members(['userinfo', 'confusable', 'ip', 'shortener', 'script-url']);
    for (const k of kinds) expect(hasKey(`links.obfuscated-host.${k}`), k).to.equal(true);

    for (const family of LURE_FAMILIES) expect(hasKey(`content.family.${family}`), family).to.equal(true);
  });

  it('fill every placeholder, in both languages, for every finding and story sentence on the fixtures', async () => {
    const fixtures = join(projectRoot, 'test', 'fixtures');
    const files = (readdirSync(fixtures, { recursive: true }) as string[]).filter((n) => n.endsWith('.eml'));
    expect(files.length).to.be.greaterThan(10);
    for (const name of files) {
      const r = analyze(await parseMessage(new Uint8Array(readFileSync(join(fixtures, name)))));
      const messages = [...r.findings.map((f) => f.message), ...r.story];
      for (const m of messages) {
        for (const lang of LANGS) {
          expect(translate(lang, m.key, m.params), `${name} ${m.key} (${lang})`).not.to.match(/\{[a-zA-Z0-9_]+\}/);
        }
      }
    }
  });
});
