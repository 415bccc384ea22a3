/**
 * Hostile markup in a real browser, under the real CSP: a message whose display name, subject, header values, link
 * texts and hrefs carry `<script>`, `<img onerror>`, `<svg onload>`, `javascript:` and `data:` URLs, `</title>` and
 * `<style>` breakouts (test/browser/fixtures/hostile-markup.synthetic.eml, synthetic). Pasted into the standalone page
 * and given to the task pane by a fake Outlook: nothing runs (no dialog, no flag set), nothing is injected (no
 * element the renderer does not make, no inline style or handler, no request to the attacker's hosts), the CSP
 * reports no violation at all (so nothing even tried), and the text is shown exactly as written.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';
import { browserSuite, checklistShown, expandAll, type Opened } from './harness';

const RAW = readFileSync(join(projectRoot, 'test', 'browser', 'fixtures', 'hostile-markup.synthetic.eml'), 'utf8');
/** What Outlook hands over separately: the header block and the HTML body. */
const HEADER_BLOCK = RAW.slice(0, RAW.indexOf('\n\n') + 1);
const HTML_BODY = RAW.slice(RAW.indexOf('\n\n') + 2);

const DISPLAY_NAME = 'PayPal <img src=x onerror=window.__pwned=1>';
const SUBJECT = "<script>alert('subject')</script> Your account </title><style>*{display:none}</style> is limited";
/** Strings from the message that the checklist must show literally (after opening every expander). */
const SHOWN_LITERALLY = [
  SUBJECT,
  DISPLAY_NAME,
  `"<svg onload=alert('replyto')>" <collect@evil.example>`,
  `<"><script>alert('mid')</script>@paypal-secure.example>`,
  `from <b>helo</b><img src=x onerror=alert('helo')> (unknown [203.0.113.66])`,
  "javascript:alert('href')",
];

/**
 * Everything inside the pane's root is an element the renderer makes, with its own class where the tag could also
 * come from markup; no handler attribute, no style attribute, no link but the help page. Returns what is not.
 */
const AUDIT_PANE = `(function () {
  var root = document.getElementById('pane');
  var plain = 'main div h1 h2 p span ul li section button code mark table caption thead tbody tr th td footer label path details summary q'.split(' ');
  var byClass = { svg: /-icon\\b/, textarea: /\\bcopy-fallback\\b/, form: /\\breport-address\\b/, input: /\\btext-input\\b/ };
  var bad = [];
  root.querySelectorAll('*').forEach(function (e) {
    var tag = e.tagName.toLowerCase();
    if (tag === 'a') {
      if (!/^help\\.html(#ja)?$/.test(e.getAttribute('href') || '')) bad.push('a href=' + e.getAttribute('href'));
    } else if (byClass[tag]) {
      if (!byClass[tag].test(e.getAttribute('class') || '')) bad.push(tag + ' without our class');
    } else if (plain.indexOf(tag) < 0 && tag.indexOf('fluent-') !== 0) {
      bad.push('unexpected <' + tag + '>');
    }
    for (var i = 0; i < e.attributes.length; i++) {
      var name = e.attributes[i].name.toLowerCase();
      if (name.indexOf('on') === 0 || name === 'style' || name === 'srcdoc' || name === 'formaction') bad.push(tag + '[' + name + ']');
    }
  });
  return bad;
})()`;

/** Elements that load or run something, anywhere in the document: counted before and after the message is shown. */
const COUNT_ACTIVE = `(function () {
  var out = {};
  'script style iframe frame img link object embed base meta form input'.split(' ').forEach(function (t) {
    out[t] = Array.prototype.filter.call(document.getElementsByTagName(t), function (el) {
      // Our own lazy chunks (the IP table's decoder, a language's words) arrive as script elements of this origin.
      return !(t === 'script' && /^\\/(web|taskpane)\\.[\\w-]+\\.[0-9a-f]{8}\\.js$/.test(new URL(el.src || 'x:', location.href).pathname) && new URL(el.src, location.href).origin === location.origin);
    }).length;
  });
  return out;
})()`;

describe('hostile markup in Chromium (page and task pane)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  let opened: Opened;

  before(() => {
    expect(HEADER_BLOCK).to.include('Subject:');
    expect(HTML_BODY).to.include('<html>');
  });

  async function expectNothingRanOrInjected(o: Opened, before: Record<string, number>, title: string): Promise<void> {
    await checklistShown(o.page);
    await expandAll(o.page);
    // Give a late handler (an image's onerror, a style's url()) time to fire if anything had been injected.
    await o.page.waitForTimeout(300);
    expect(o.dialogs, 'dialogs').to.deep.equal([]);
    expect(await o.page.evaluate('window.__pwned'), 'window.__pwned').to.equal(undefined);
    expect(await o.violations(), 'CSP violations').to.deep.equal([]);
    expect(o.outbound, 'requests off the machine').to.deep.equal([]);
    expect(
      o.requests.filter((u) => u.includes('evil.example')),
      'requests to the attacker',
    ).to.deep.equal([]);
    expect(await o.page.evaluate(AUDIT_PANE), 'elements in the pane').to.deep.equal([]);
    expect(await o.page.evaluate(COUNT_ACTIVE), 'active elements in the document').to.deep.equal(before);
    expect(await o.page.title()).to.equal(title);
    expect(await o.page.evaluate('getComputedStyle(document.body).display')).to.equal('block');
    const text = (await o.page.locator('#pane').textContent()) ?? '';
    for (const literal of SHOWN_LITERALLY) expect(text, literal).to.include(literal);
    expect(o.errors).to.deep.equal([]);
  }

  it('shows a pasted hostile message on the standalone page as text, running and injecting nothing', async () => {
    opened = await suite.open({ path: '/' });
    await opened.page.locator('#web-paste').waitFor();
    const before = (await opened.page.evaluate(COUNT_ACTIVE)) as Record<string, number>;
    await opened.page.fill('#web-paste', RAW);
    await opened.page.click('[data-action="check"]');
    await expectNothingRanOrInjected(opened, before, 'Phish Inspector: check a suspicious message');
    expect(await opened.page.locator('.message-subject .subject-text').textContent()).to.equal(SUBJECT);
  });

  it('shows the same message in the task pane, from a fake Outlook, as text, running and injecting nothing', async () => {
    opened = await suite.open({
      path: '/taskpane.html',
      viewport: { width: 360, height: 760 },
      office: {
        item: {
          from: { displayName: DISPLAY_NAME, emailAddress: 'service@paypal-secure.example' },
          to: [{ displayName: '<b>info</b>', emailAddress: 'info@example.co.jp' }],
          subject: SUBJECT,
          headers: HEADER_BLOCK,
          html: HTML_BODY,
        },
      },
    });
    // The pane draws as soon as the page loads, so what it had before is read from the served HTML itself.
    const html = readFileSync(join(projectRoot, 'dist', 'taskpane.html'), 'utf8');
    const before = Object.fromEntries(
      'script style iframe frame img link object embed base meta form input'
        .split(' ')
        .map((t) => [t, html.split(`<${t}`).length - 1]),
    );
    await expectNothingRanOrInjected(opened, before, 'Phish Inspector');
    expect(await opened.page.locator('.message-subject .subject-text').textContent()).to.equal(SUBJECT);
  });
});
