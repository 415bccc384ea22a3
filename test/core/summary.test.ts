/** The summary for IT: escaped, defanged, in the reporter's language plus English. */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { defang, escapeHtml, summaryHtml, summaryText } from '../../src/core/summary';
import { fixture } from '../helpers';

/** Controls but LF, bidi, zero-width and word-joiner characters: none may reach IT raw. */
// eslint-disable-next-line no-control-regex -- asserting their absence
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

describe('the summary for IT', () => {
  it('defangs URLs, hosts, addresses and IPs so nothing is clickable, and leaves prose alone', () => {
    expect(defang('https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp')).to.equal(
      'hxxps://santamariasold[.]com/move/kagoya[.]net/?uid=info@example[.]co[.]jp',
    );
    expect(defang('Its link leads to santamariasold.com.')).to.equal('Its link leads to santamariasold[.]com.');
    expect(defang('from 52.140.217.90 on version 1.2')).to.equal('from 52[.]140[.]217[.]90 on version 1.2');
    expect(defang('HTTP://EVIL.EXAMPLE')).to.equal('hxxp://EVIL[.]EXAMPLE');
    expect(defang('from x ([203.0.113.25]) by y')).to.equal('from x ([203[.]0[.]113[.]25]) by y');
  });

  it('defangs the hosts inside Authentication-Results, keeping its property names readable', () => {
    expect(
      defang('spf=pass (domain of a@evil.example designates 52.140.217.90) smtp.mailfrom=evil.example; dkim=none'),
    ).to.equal(
      'spf=pass (domain of a@evil[.]example designates 52[.]140[.]217[.]90) smtp.mailfrom=evil[.]example; dkim=none',
    );
    expect(defang('dmarc=fail header.from=paypal.com header.d=mail.paypal.co.jp')).to.equal(
      'dmarc=fail header.from=paypal[.]com header.d=mail[.]paypal[.]co[.]jp',
    );
  });

  it('makes script and data URLs inert, and a URL or host anywhere in a word', () => {
    expect(defang('javascript:alert(document.domain)')).to.equal('javascript[:]alert(document[.]domain)');
    expect(defang('JaVaScRiPt:void(0) vbscript:x')).to.equal('JaVaScRiPt[:]void(0) vbscript[:]x');
    expect(defang('data:text/html;base64,PHNjcmlwdD4= data:image/svg+xml,x')).to.equal(
      'data[:]text/html;base64,PHNjcmlwdD4= data[:]image/svg+xml,x',
    );
    expect(defang('url=https://evil.example/x 1http://evil.example')).to.equal(
      'url=hxxps://evil[.]example/x 1hxxp://evil[.]example',
    );
    expect(defang('ログインはevil.exampleへ')).to.equal('ログインはevil[.]exampleへ');
    expect(defang('pay\u200bpal.com')).to.equal('pay\u200bpal[.]com', 'a hidden character does not hide the host');
    expect(defang('Your data: is safe; metadata:x; version 1.2.3; sender.brand-mismatch')).to.equal(
      'Your data: is safe; metadata:x; version 1.2.3; sender.brand-mismatch',
    );
  });

  it('defangs a megabyte of dots, letters and schemes in linear time', () => {
    const big = 'a.b.https://x.'.repeat(80_000) + 'javascript:'.repeat(10_000);
    const started = performance.now();
    expect(defang(big)).to.include('hxxps://');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('escapes markup', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).to.equal(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });

  it('opens with the story, then the verdict, origin IP, link hosts and each fail/warn finding with its evidence', async () => {
    const r = analyze(await parseMessage(fixture('kagoya-2021-12.eml')));
    const text = summaryText(r, 'en');
    const lines = text.split('\n');
    expect(lines[0]).to.match(/^This message claims to be from KAGOYA/);
    expect(text).to.include('Verdict: Likely phishing');
    expect(text).to.include('Origin IP: 52[.]140[.]217[.]90');
    expect(text).to.include('Link hosts: santamariasold[.]com');
    expect(text).to.include('sender.brand-mismatch').and.include('links.brand-in-path');
    expect(text).not.to.include('origin.entry-hop', 'info findings are left out');
    expect(text).not.to.match(/https?:\/\//);
    expect(text).not.to.include('santamariasold.com');
  });

  it('adds English for IT after the reporter’s Japanese', async () => {
    const r = analyze(await parseMessage(fixture('kagoya-2021-12.eml')));
    const text = summaryText(r, 'ja');
    expect(text.indexOf('判定')).to.be.lessThan(text.indexOf('---- English ----'));
    expect(text).to.include('Verdict: Likely phishing');
  });

  it('builds an HTML body where message text is escaped and no element but our own appears', async () => {
    const raw = [
      'From: "<script>alert(1)</script>" <a@evil.example>',
      'To: info@example.co.jp',
      'Subject: <img src=x onerror=alert(1)> KAGOYA',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<a href="https://evil.example/kagoya.net/">javascript:alert(1)</a>',
    ].join('\r\n');
    const html = summaryHtml(analyze(await parseMessage(raw)), 'ja');
    expect(html).not.to.match(/<(script|img|a)\b/i);
    expect(html).to.include('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.to.match(/href=/i);
    const tags = new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).to.deep.equal(['br', 'div', 'hr', 'p']);
  });

  it('never repeats a disguise or a live host: hidden characters are markers, hosts and IPs defanged', async () => {
    const r = analyze(await parseMessage(fixture('hostile-disguise-subject.synthetic.eml')));
    for (const lang of ['en', 'ja'] as const) {
      const text = summaryText(r, lang);
      expect(text).to.include('Subject: Your account ⟨U+202E⟩moc[.]lapyap⟨U+202C⟩ is on h⟨U+200B⟩old⟨U+2060⟩');
      expect(text).to.include('Pay⟨U+200B⟩Pal Security <service@evil[.]example>');
      expect(text).to.include('Origin IP: 52[.]140[.]217[.]90');
      expect(text).to.include('smtp.mailfrom=evil[.]example').and.include('header.from=evil[.]example');
      expect(text).to.include('javascript[:]alert(').and.include('hxxp://52[.]140[.]217[.]90/login');
      expect(text).not.to.match(HIDDEN);
      expect(text).not.to.match(/evil\.example|52\.140|javascript:|https?:\/\//i);
      expect(summaryHtml(r, lang)).not.to.match(/[\u200b\u202e]|evil\.example/);
    }
  });

  it('keeps a Japanese subject and emoji with joiners exactly as written (the twin)', async () => {
    const r = analyze(await parseMessage(fixture('hostile-disguise-twin-ja-emoji.synthetic.eml')));
    const text = summaryText(r, 'ja');
    expect(text).to.include('件名: 【重要】12月のご請求金額のお知らせ 👨\u200d👩\u200d👧 ❤\ufe0f 葛\u{e0100}飾区');
    expect(text).to.include('経理部 👩\u200d💻');
    expect(text).not.to.include('⟨U+');
  });
});
