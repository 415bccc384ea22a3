/** The summary for IT: escaped, defanged, in the reporter's language plus English. */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { defang, escapeHtml, summaryHtml, summaryText } from '../../src/core/summary';
import { fixture } from '../helpers';

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
    expect(text).to.include('Origin IP: 52.140.217.90');
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
});
