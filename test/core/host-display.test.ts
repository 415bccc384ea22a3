import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { displayHost, hostParam, safeText } from '../../src/core/host-display';
import { parseMessage } from '../../src/core/parse-message';
import type { Finding, Report } from '../../src/core/report';
import { summaryHtml, summaryText } from '../../src/core/summary';
import { formatText } from '../../src/cli/format-text';
import { translate, type Lang, type Param } from '../../src/i18n';
import { fixture } from '../helpers';

const CYRILLIC_APPLE = '\u0430pple.com'; // аpple.com, the first letter Cyrillic
const ALL_CYRILLIC_APPLE = '\u0430\u0440\u0440\u04cf\u0435.com'; // аррӏе.com
/** The disguise as a reader would take it: a Cyrillic а right before `pple`, in any output, defanged or not. */
const DISGUISE = /\u0430pple/;

const say = (lang: Lang, p: Param): string => translate(lang, 'story.link-disguised', { host: p });

describe('host-display: which host names may be shown as written', () => {
  it('shows a host mixing Latin and Cyrillic letters in punycode, marking the Cyrillic letter', () => {
    const d = displayHost(CYRILLIC_APPLE);
    expect(d).to.deep.include({ shown: 'xn--pple-43d.com', ascii: 'xn--pple-43d.com', written: CYRILLIC_APPLE });
    expect(d.marks).to.deep.equal([{ at: 0, char: '\u0430', kind: 'cyrillic', latin: 'a' }]);
  });

  it('shows an all-Cyrillic whole-script confusable of a Latin name in punycode, every letter marked', () => {
    const d = displayHost(ALL_CYRILLIC_APPLE);
    expect(d.shown).to.equal('xn--80ak6aa92e.com');
    expect(d.marks.map((m) => m.latin).join('')).to.equal('apple');
    expect(d.marks.every((m) => m.kind === 'cyrillic')).to.equal(true);
  });

  it('shows genuine Cyrillic and Greek names as written under their own countries, and a real Russian word anywhere', () => {
    expect(displayHost(`${ALL_CYRILLIC_APPLE.slice(0, 5)}.ru`).marks).to.deep.equal([]);
    expect(displayHost('пример.рф').shown).to.equal('пример.рф');
    expect(displayHost('москва.com').shown).to.equal('москва.com'); // м, в have no Latin twin
  });

  it('shows genuine Japanese, Chinese and accented Latin IDNs as written', () => {
    for (const host of [
      '日本語.jp',
      '例え.テスト',
      'お名前.com',
      'eコマース.jp',
      '北京大學.cn',
      'cuillère.fr',
      'ドメイン名例.jp',
    ])
      expect(displayHost(host), host).to.deep.include({ shown: host, marks: [] });
    expect(displayHost('xn--wgv71a119e.jp')).to.deep.include({ shown: '日本語.jp', ascii: 'xn--wgv71a119e.jp' });
  });

  it('leaves pure ASCII hosts as they are, lower-cased', () => {
    expect(displayHost('Mail.Example.co.jp')).to.deep.equal({
      shown: 'mail.example.co.jp',
      ascii: 'mail.example.co.jp',
      written: 'mail.example.co.jp',
      marks: [],
    });
  });

  it('never shows invisible characters, Latin letters drawn as others, or Cyrillic mixed with Japanese', () => {
    expect(displayHost('pay\u200dpal.com').marks).to.deep.equal([
      { at: 3, char: '\u200d', kind: 'invisible', latin: undefined },
    ]);
    expect(displayHost('paypa\u0131.com').marks[0]).to.include({ kind: 'latin', latin: 'i' }); // dotless ı
    expect(displayHost('\u1d00pple.com').marks[0]).to.include({ kind: 'latin', latin: 'a' }); // small capital ᴀ
    expect(displayHost('アップル\u0430.jp').marks[0]).to.include({ kind: 'cyrillic' });
  });

  it('explains a marked host in the reader’s language: its ASCII form, the letters bracketed, and what they are', () => {
    const p = hostParam(`support@${CYRILLIC_APPLE}`);
    expect(say('en', p)).to.equal(
      'A link disguises where it goes: it really opens support@xn--pple-43d.com ' +
        '(shown as support@[а]pple.com: its letter а is Cyrillic, not the Latin a).',
    );
    expect(say('ja', p)).to.contain(
      'support@xn--pple-43d.com(表示は support@[а]pple.com。「а」はラテン文字の「a」ではなくキリル文字です)',
    );
    expect(say('en', hostParam(ALL_CYRILLIC_APPLE))).to.contain(
      'xn--80ak6aa92e.com (shown as [аррӏе].com: the letters in brackets are Cyrillic, not plain Latin letters)',
    );
    expect(say('en', hostParam('pay\u200dpal.com'))).to.contain('[U+200D]');
    expect(hostParam('日本語.jp')).to.equal('日本語.jp');
    expect(hostParam('—')).to.equal('—');
  });

  it('rewrites look-alike hosts inside evidence text to ASCII, and names a genuine IDN’s ASCII form after @ or //', () => {
    const mixed = safeText(`"Apple" <support@${CYRILLIC_APPLE}>, https://日本語.jp/x 東京.jp`);
    expect(mixed.text).to.equal('"Apple" <support@xn--pple-43d.com>, https://日本語.jp/x 東京.jp');
    expect(mixed.names.map((n) => translate('en', n.key, n.params))).to.deep.equal([
      'xn--pple-43d.com (shown as [а]pple.com: its letter а is Cyrillic, not the Latin a)',
      '日本語.jp is xn--wgv71a119e.jp in plain ASCII letters',
    ]);
    expect(safeText('【重要】お知らせ.次へ ご確認ください').names).to.deep.equal([]); // no TLD: not a host
    // As mail usually carries it: in punycode already, which a mail app shows as аpple.com. It is explained too.
    const punycode = safeText('Apple <support@xn--pple-43d.com>');
    expect(punycode.text).to.equal('Apple <support@xn--pple-43d.com>');
    expect(punycode.names.map((n) => translate('en', n.key, n.params))).to.deep.equal([
      'xn--pple-43d.com (shown as [а]pple.com: its letter а is Cyrillic, not the Latin a)',
    ]);
  });

  it('ends a sentence once when the name it ends with has its own period (Apple Inc.)', () => {
    expect(translate('en', 'story.claims-brand', { brand: 'Apple Inc.', domain: 'evil.example' })).to.equal(
      'This message claims to be from Apple Inc., but it was sent from evil.example, which is not Apple Inc.',
    );
  });
});

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

const text = (lang: Lang, f: Finding): string => translate(lang, f.message.key, f.message.params);

describe('host-display: what the reader sees of a look-alike sender and link (idn-apple-cyrillic)', () => {
  let r: Report;
  before(async () => {
    r = await report('idn-apple-cyrillic.synthetic.eml');
  });

  it('is still likely phishing, its story naming the sender in punycode with the Cyrillic letter explained', () => {
    expect(r.verdict).to.equal('likely-phishing');
    const story = r.story.map((s) => translate('en', s.key, s.params));
    expect(story[0]).to.equal(
      'This message claims to be from Apple Inc., but it was sent from xn--pple-43d.com ' +
        '(shown as [а]pple.com: its letter а is Cyrillic, not the Latin a), which is not Apple Inc.',
    );
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`never shows the look-alike unmarked in the story, findings, evidence, summary or CLI text (${lang})`, () => {
      const outputs = [
        ...r.story.map((s) => translate(lang, s.key, s.params)),
        ...r.findings.map((f) => text(lang, f)),
        ...r.findings.flatMap((f) => f.evidence.flatMap((e) => [e.value ?? '', e.url ?? '', e.raw ?? ''])),
        ...r.findings.flatMap((f) =>
          f.evidence.flatMap((e) => (e.names ?? []).map((n) => translate(lang, n.key, n.params))),
        ),
        r.about.from,
        summaryText(r, lang),
        summaryHtml(r, lang),
        formatText('idn-apple-cyrillic.synthetic.eml', r, lang),
      ];
      for (const out of outputs) expect(out).not.to.match(DISGUISE);
      // Every sentence that names the host in punycode also says what it was made to look like.
      for (const f of r.findings) {
        const said = text(lang, f);
        if (said.includes('xn--pple-43d.com')) expect(said, f.id).to.contain('[а]pple.com');
      }
    });
  }

  it('names the look-alike in each finding that judges it: brand, look-alike domain, shown-vs-opened link, reply address', () => {
    const said = (id: string) => r.findings.filter((f) => f.id === id).map((f) => text('en', f));
    expect(said('sender.lookalike-domain')[0]).to.match(
      /^The sender domain xn--pple-43d\.com \(shown as \[а\]pple\.com/,
    );
    expect(said('links.text-mismatch')[0]).to.match(/^A link shows apple\.com but opens xn--pple-43d\.com \(shown as/);
    const from = r.findings.find((f) => f.id === 'sender.lookalike-domain')!.evidence[0]!;
    expect(from).to.include({ header: 'From', value: '"Apple Inc." <support@xn--pple-43d.com>' });
    expect(from.names!.map((n) => translate('ja', n.key, n.params))).to.deep.equal([
      'xn--pple-43d.com(表示は [а]pple.com。「а」はラテン文字の「a」ではなくキリル文字です)',
    ]);
  });

  it('gives each kind of link disguise its own sentence: look-alike letters, a name before @, a script link', () => {
    const kinds = r.findings.filter((f) => f.id === 'links.obfuscated-host');
    expect(kinds.map((f) => [f.status, f.message.key])).to.deep.equal([
      ['fail', 'links.obfuscated-host.confusable'],
      ['fail', 'links.obfuscated-host.userinfo'],
      ['fail', 'links.obfuscated-host.script-url'],
    ]);
    expect(kinds[0]!.evidence.map((e) => e.url)).to.deep.equal([
      'https://xn--pple-43d.com/signin',
      'https://user:p4ss@xn--pple-43d.com/signin',
    ]);
    expect(kinds.map((f) => text('en', f))).to.deep.equal([
      'A link goes to xn--pple-43d.com (shown as [а]pple.com: its letter а is Cyrillic, not the Latin a): ' +
        'its name is written with look-alike letters.',
      'A link starts with "www.paypal.com@" so that it looks like that site, but it really opens evil.example.',
      'A link runs a script or embedded page (javascript:) instead of opening a site.',
    ]);
    expect(text('ja', kinds[2]!)).to.contain('javascript:');
  });
});

describe('host-display: a genuine Japanese IDN sender (idn-twin-japanese-shop)', () => {
  it('shows 例え.jp as written, with its ASCII form beside it in the evidence, and raises nothing', async () => {
    const r = await report('idn-twin-japanese-shop.synthetic.eml');
    expect(r.verdict).to.equal('no-red-flags');
    expect(r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => f.id)).to.deep.equal([]);
    expect(translate('ja', r.story[0]!.key, r.story[0]!.params)).to.contain('例え.jp');
    const bounce = r.findings.find((f) => f.id === 'sender.return-path')!;
    expect(text('en', bounce)).to.contain('info@例え.jp');
    expect(bounce.evidence[0]!.value).to.equal('<info@例え.jp>');
    expect(bounce.evidence[0]!.names!.map((n) => translate('en', n.key, n.params))).to.deep.equal([
      '例え.jp is xn--r8jz45g.jp in plain ASCII letters',
    ]);
  });
});

describe('encoded sender names in the evidence (encoded-name-rakuten-card)', () => {
  it('shows the From name decoded with the claimed brand highlighted, the header as written beside it', async () => {
    const r = await report('encoded-name-rakuten-card.synthetic.eml');
    const f = r.findings.find((x) => x.id === 'sender.brand-mismatch')!;
    expect(f.status).to.equal('fail');
    expect(f.evidence[0]).to.deep.include({
      header: 'From',
      value: '楽天カード <info@card-notice-center.net>',
      highlight: '楽天カード',
      raw: '=?UTF-8?B?5qW95aSp44Kr44O844OJ?= <info@card-notice-center.net>',
    });
    const cli = formatText('x.eml', r, 'ja');
    expect(cli).to.contain('From: 楽天カード <info@card-notice-center[.]net>');
    expect(cli).to.contain('メール上の元の表記: =?UTF-8?B?5qW95aSp44Kr44O844OJ?= <info@card-notice-center[.]net>');
  });
});
