import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { DEFAULT_MAX_LINKS, extractBody } from '../../../src/core/parse/body';
import type { Link } from '../../../src/core/types';
import { fixtureText, sharedPath } from '../../helpers';
import { expectLinearTime } from '../../linear-time';

/** The one link of a body, or a failed test. */
function only(links: Link[]): Link {
  expect(links).to.have.length(1);
  return links[0]!;
}

/** Decoded HTML and text parts of a corpus message, the way the message parser hands them over. */
async function corpusBody(dir: string, name: string): Promise<{ html: string; text: string }> {
  const email = await PostalMime.parse(readFileSync(join(dir, name)));
  return { html: email.html ?? '', text: email.text ?? '' };
}

describe('extractBody: HTML links', () => {
  it('reads the KAGOYA link: foreign host, the brand domain in the path, the recipient in the query', () => {
    // Real (the write-up's body): the HTML part of test/fixtures/kagoya-2021-12.eml, base64-decoded.
    const body = extractBody(fixtureText('link-kagoya-2021-12.html'), '');
    const link = only(body.links);
    expect(link).to.include({
      source: 'html',
      scheme: 'https',
      host: 'santamariasold.com',
      registrable: 'santamariasold.com',
    });
    const url = new URL(link.url);
    expect(url.pathname).to.contain('kagoya.net');
    expect(url.searchParams.get('uid')).to.equal('info@example.co.jp');
    expect(link.text).to.equal(link.href);
    expect(link.wrapper).to.equal(undefined);
  });

  it('keeps the visible text of the KAGOYA body, the lure words included, and nothing from <head>', () => {
    const { bodyText } = extractBody(fixtureText('link-kagoya-2021-12.html'), '');
    expect(bodyText).to.contain('削除のフラグが付けられています');
    expect(bodyText).to.contain('サービスをアップグレードしてください');
    expect(bodyText.split('\n')).to.include('IPアドレス:30.70.11.19');
    expect(bodyText).not.to.contain('charset');
  });

  it('keeps the text that lies about the href: amazon.co.jp shown, evil.example opened', () => {
    const body = extractBody(fixtureText('link-amazon-mismatch.synthetic.html'), '');
    const shown = body.links.find((l) => l.text === 'https://www.amazon.co.jp');
    expect(shown).to.include({ href: 'https://evil.example', host: 'evil.example' });
    // The same href with other text is a second piece of evidence, kept.
    expect(body.links.map((l) => l.text)).to.deep.equal(['https://www.amazon.co.jp', 'アカウントを確認する']);
  });

  it('ignores links inside <script>, comments and <head>, and leaves them out of the visible text', () => {
    const body = extractBody(fixtureText('link-amazon-mismatch.synthetic.html'), '');
    expect(body.links.map((l) => l.host)).to.deep.equal(['evil.example', 'evil.example']);
    expect(body.bodyText).not.to.match(/not shown|hidden|margin|Outlook only/);
    expect(body.bodyText.split('\n')[0]).to.equal('Amazon.co.jp をご利用いただき、ありがとうございます。');
  });

  it('reads a form that asks for a password and posts off-site', () => {
    const body = extractBody(fixtureText('link-login-form.synthetic.html'), '');
    expect(body.forms).to.deep.equal([
      { action: 'https://compromised.example/wp-content/uploads/next.php', hasPassword: true, typedFields: 2 },
    ]);
    expect(only(body.links)).to.include({ form: true, host: 'compromised.example', href: body.forms[0]!.action });
  });

  it('treats type=" password" (not a keyword to a browser) as no password box', () => {
    const body = extractBody('<form action="https://x.example/p"><input type=" password"></form>', '');
    expect(body.forms).to.deep.equal([{ action: 'https://x.example/p', hasPassword: false, typedFields: 1 }]);
  });

  it('counts the fields the reader types into, in each form and outside any', () => {
    const body = extractBody(
      '<input name=q><form action="https://x.example/p"><input type=hidden name=t><input name=a><select></select>' +
        '<textarea></textarea><input type=submit></form><form></form><input type=checkbox>',
      '',
    );
    expect(body.forms.map((f) => f.typedFields)).to.deep.equal([3, undefined]);
    expect(body.looseTypedFields).to.equal(1);
  });

  it("counts a password box outside any form once, and a submit button's formaction as a form target", () => {
    const body = extractBody(
      '<input type=password><input type=password><button formaction="https://drop.example/collect">送信</button>',
      '',
    );
    expect(body.forms).to.deep.equal([{ hasPassword: true }]);
    expect(only(body.links)).to.include({ form: true, host: 'drop.example' });
  });

  it("uses an image's alt as the link text when the anchor has no text (a logo link)", () => {
    const html = `<a title=www.amazon.co.jp href="https://amazon.co.jp" target=_blank>
      <img alt=Amazon.co.jp src="https://m.media-amazon.com/logo.jpg"> </a>`; // real shape: jp_sf 01239
    expect(only(extractBody(html, '').links)).to.include({ text: 'Amazon.co.jp', host: 'amazon.co.jp' });
  });

  it("collects nested tags' text, collapsed, and decodes entities in href and text", () => {
    const html = '<a href="https://evil.example/a?x=1&amp;y=2">\n  <b>Amazon</b>&nbsp;<div>ログイン</div>\n</a>';
    expect(only(extractBody(html, '').links)).to.include({
      href: 'https://evil.example/a?x=1&y=2',
      text: 'Amazon ログイン',
    });
  });

  it('describes user@host by the host after @, keeping the decoy as userinfo', () => {
    const link = only(extractBody('<a href="http://paypal.com@evil.example/">PayPal</a>', '').links);
    expect(link).to.include({ host: 'evil.example', registrable: 'evil.example', userinfo: 'paypal.com' });
  });

  it('reads every IPv4 notation a browser opens, and bracketed IPv6, as an IP host', () => {
    const html = ['http://3232235777/', 'http://0xC0A80001/', 'http://0300.0250.0.1/', 'http://[2001:DB8::1]/login']
      .map((h) => `<a href="${h}">x</a>`)
      .join('');
    const links = extractBody(html, '').links;
    expect(links.map((l) => [l.host, l.ipHost, l.registrable])).to.deep.equal([
      ['192.168.1.1', true, ''],
      ['192.168.0.1', true, ''],
      ['192.168.0.1', true, ''],
      ['2001:db8::1', true, ''],
    ]);
    expect(links[0]!.href).to.equal('http://3232235777/');
  });

  it('shows a punycode host in Unicode and keeps the ASCII form, for a look-alike and a genuine Japanese domain', () => {
    const html =
      '<a href="https://xn--80ak6aa92e.com/">apple</a><a href="https://日本語.jp/">日本語</a><a href="https://xn--wgv71a119e.jp/">x</a>';
    const links = extractBody(html, '').links;
    expect(links.map((l) => [l.host, l.hostAscii, l.registrable])).to.deep.equal([
      ['аррӏе.com', 'xn--80ak6aa92e.com', 'аррӏе.com'],
      ['日本語.jp', 'xn--wgv71a119e.jp', '日本語.jp'],
      ['日本語.jp', 'xn--wgv71a119e.jp', '日本語.jp'],
    ]);
  });

  it('reads hrefs the way a browser repairs them: tabs and newlines, backslashes, full-width dots', () => {
    const html = [
      '<a href=" https://ev&#x09;il.exa\nmple/login ">a</a>',
      '<a href="https:\\\\evil.example\\login">b</a>',
      '<a href="https://evil．example。com/">c</a>',
      '<a href="java&#x09;script:alert(1)">d</a>',
    ].join('');
    const links = extractBody(html, '').links;
    expect(links[0]).to.include({ href: 'https://evil.example/login', host: 'evil.example' });
    expect(links[1]).to.include({ host: 'evil.example' });
    expect(links[2]).to.include({ host: 'evil.example.com', registrable: 'example.com' });
    expect(links[3]).to.include({ href: 'javascript:alert(1)', scheme: 'javascript', host: '' });
  });

  it('keeps mailto:, tel:, data: links with their scheme and drops #anchors and cid: images', () => {
    const html = [
      '#top',
      'cid:logo@01D7',
      'mailto:support@evil.example',
      'tel:0312345678',
      'data:text/html;base64,PGI+',
      '',
    ]
      .map((h) => `<a href="${h}">x</a>`)
      .join('');
    expect(extractBody(html, '').links.map((l) => l.scheme)).to.deep.equal(['mailto', 'tel', 'data']);
  });

  it('resolves relative hrefs against an absolute <base> only, and //host links as webmail opens them', () => {
    const withBase = extractBody('<base href="https://evil.example/kit/"><a href="login.php">ログイン</a>', '');
    expect(only(withBase.links)).to.include({
      href: 'login.php',
      url: 'https://evil.example/kit/login.php',
      host: 'evil.example',
    });
    const relativeBase = extractBody('<base href="/kit/"><a href="login.php">x</a>', '');
    expect(only(relativeBase.links)).to.include({ url: 'login.php', host: '' });
    const protocolRelative = extractBody('<a href="//evil.example/login">x</a>', '');
    expect(only(protocolRelative.links)).to.include({ url: 'https://evil.example/login', host: 'evil.example' });
  });

  it('keeps an href the URL parser rejects, with its scheme and no host', () => {
    expect(only(extractBody('<a href="http://a b.example/">x</a>', '').links)).to.include({
      href: 'http://a b.example/',
      scheme: 'http',
      host: '',
      ipHost: false,
    });
  });

  it('judges the host behind Safe Links and Proofpoint, keeping the wrapper as evidence', () => {
    const safe = `https://jpn01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://santamariasold.com/move/kagoya.net/')}&data=05%7C01&sdata=x&reserved=0`;
    const v3 = 'https://urldefense.com/v3/__https://evil.example/a*b__;Iw!!ORG!sig$';
    const links = extractBody(`<a href="${safe}">x</a><a href="${v3}">y</a>`, '').links;
    expect(links[0]).to.include({
      href: safe,
      url: 'https://santamariasold.com/move/kagoya.net/',
      host: 'santamariasold.com',
    });
    expect(links[0]!.wrapper).to.deep.equal({ kind: 'safelinks', href: safe });
    expect(links[1]).to.include({ url: 'https://evil.example/a#b', host: 'evil.example' });
  });
});

describe('extractBody: text part', () => {
  it('finds URLs with and without a scheme in the text part', () => {
    const text =
      'ログイン：https://evil.example/signin\nwww.example.com をご覧ください\n詳細は example.co.jp/path?a=1 まで';
    const links = extractBody('', text).links;
    expect(links.map((l) => [l.href, l.url, l.host, l.source])).to.deep.equal([
      ['https://evil.example/signin', 'https://evil.example/signin', 'evil.example', 'text'],
      ['www.example.com', 'http://www.example.com', 'www.example.com', 'text'],
      ['example.co.jp/path?a=1', 'http://example.co.jp/path?a=1', 'example.co.jp', 'text'],
    ]);
    expect(links[0]!.text).to.equal(undefined);
  });

  it('does not take e-mail addresses for links', () => {
    expect(extractBody('', '連絡先: info@example.co.jp').links).to.deep.equal([]);
  });

  it('ends a URL where the Japanese sentence resumes', () => {
    const text = 'こちらhttps://evil.example/loginからどうぞ（https://amazon.co.jp.evil.example/ap）Amazon.co.jpより';
    const links = extractBody('', text).links;
    expect(links.map((l) => l.href).slice(0, 2)).to.deep.equal([
      'https://evil.example/login',
      'https://amazon.co.jp.evil.example/ap',
    ]);
    expect(links[1]!.registrable).to.equal('evil.example');
  });

  it('keeps one link per source when the HTML and text parts carry the same URL, and no duplicates within one', () => {
    const href = 'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp';
    const body = extractBody(`<a href="${href}">${href}</a><a href="${href}">${href}</a>`, `${href}\n\n${href}\n`);
    expect(body.links.map((l) => l.source)).to.deep.equal(['html', 'text']);
  });

  it('adds the text part to the visible text unless it says the same as the HTML', () => {
    const same = extractBody('<p>お客さま各位</p><p>ご確認ください</p>', 'お客さま各位\r\nご確認ください\r\n');
    expect(same.bodyText).to.equal('お客さま各位\nご確認ください');
    const other = extractBody('<p>お客さま各位</p>', 'アカウントが停止されました');
    expect(other.bodyText).to.equal('お客さま各位\n\nアカウントが停止されました');
  });
});

describe('extractBody: real Japanese phishing from the corpus', () => {
  it("finds the fake order button's host in an Amazon.co.jp lure (jp_sf industrypack-01239)", async function () {
    const dir = sharedPath(this, 'corpus', 'jp_sf');
    const { html, text } = await corpusBody(dir, 'industrypack-01239-e6a324ce9307.eml');
    const links = extractBody(html, text).links.filter((l) => l.source === 'html');
    expect(links.map((l) => [l.host, l.text])).to.deep.equal([
      ['amazon.co.jp', 'Amazon.co.jp'],
      ['amazon.qqttq.cn', '注文の詳細を表示する'],
    ]);
    expect(links[1]!.registrable).to.equal('qqttq.cn');
  });

  it('finds the link in a text-only JCB lure (jp_sf v9fs-00229)', async function () {
    const dir = sharedPath(this, 'corpus', 'jp_sf');
    const { html, text } = await corpusBody(dir, 'v9fs-00229-758f316eb901.eml');
    expect(html).to.equal('');
    const link = extractBody(html, text).links[0]!;
    expect(link).to.include({ source: 'text', host: 'jcb-safety.eso-safe.com', registrable: 'eso-safe.com' });
  });

  it('reads every message in jp_sf without throwing, and gives each http(s) href a host', async function () {
    const dir = sharedPath(this, 'corpus', 'jp_sf');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
      const { html, text } = await corpusBody(dir, name);
      const body = extractBody(html, text);
      for (const link of body.links.filter((l) => /^https?:\/\/[a-z0-9]/i.test(l.url))) {
        expect(link.host, `${name}: ${link.href}`).not.to.equal('');
      }
    }
  });
});

describe('extractBody: limits', () => {
  it('stops at the link cap and reports how many links there were', () => {
    const html = Array.from(
      { length: DEFAULT_MAX_LINKS + 1000 },
      (_, i) => `<a href="https://h${i}.example/">${i}</a>`,
    ).join('');
    const body = extractBody(html, '');
    expect(body.links).to.have.length(DEFAULT_MAX_LINKS);
    expect(body.truncated).to.deep.equal({ links: DEFAULT_MAX_LINKS + 1000 });
  });

  it('takes a smaller cap from the caller and counts the text part too', () => {
    const body = extractBody(
      '<a href="https://a.example/">a</a><a href="https://b.example/">b</a>',
      'https://c.example/ https://d.example/',
      { maxLinks: 3 },
    );
    expect(body.links.map((l) => l.host)).to.deep.equal(['a.example', 'b.example', 'c.example']);
    expect(body.truncated).to.deep.equal({ links: 4 });
  });

  it('reports no truncation when every link fits', () => {
    expect(extractBody(fixtureText('link-kagoya-2021-12.html'), '').truncated).to.equal(undefined);
  });

  it('stays fast on 100,000 links and on a 100 KB URL', () => {
    const many = (n: number) =>
      '<a href="https://x.example/p">x</a>'.repeat(n) + '<a href="https://y.example/q">y</a>'.repeat(n);
    expect(extractBody(many(50_000), '').links).to.have.length(2);
    expectLinearTime(many, (html) => extractBody(html, ''), 50_000);
    const anchor = (n: number) => {
      const long = `https://evil.example/${'a'.repeat(n)}`;
      return { html: `<a href="${long}">${long}</a>`, text: long };
    };
    const { html, text } = anchor(100_000);
    expect(extractBody(html, text).links.map((l) => l.host)).to.deep.equal(['evil.example', 'evil.example']);
    expectLinearTime(anchor, (a) => extractBody(a.html, a.text), 100_000);
  });

  it('stays fast on deep unclosed nesting, which makes an element-stack parser quadratic', () => {
    expectLinearTime(
      (n) => '<div><p>'.repeat(n) + '<a href="https://x.example/">x</a>' + '</b>'.repeat(n),
      (html) => extractBody(html, ''),
      100_000,
    );
  });

  it('never throws, whatever the body holds', () => {
    const markup = fc.constantFrom(
      '<a href="',
      '">',
      '</a>',
      '<form action=',
      '<input type=password>',
      '<base href=',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '&#x',
      ';',
      'http://',
      '[::1]',
      '%',
      '\\',
      '\t',
      'example.jp',
      'ログイン',
    );
    const body = fc.array(fc.oneof(markup, fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(body, body, (html, text) => {
        const out = extractBody(html, text, { maxLinks: 5 });
        expect(out.links.length).to.be.at.most(5);
      }),
      { numRuns: 300 },
    );
  });
});
