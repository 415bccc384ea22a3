/**
 * The built Outlook task pane (dist/taskpane.html, the real bundle unmodified) in a real Chromium under a simulated
 * host: the office.js CDN request is answered with a small fake Office (the KAGOYA message as Microsoft 365 gives
 * it: header block, HTML body, display language, theme). Checks what jsdom cannot: layout, the real CSP, real
 * fetch of the IP table, the theme's computed colours; and writes screenshots (en, ja, dark) to artifacts/.
 */
import { expect } from 'chai';
import type { FakeOfficeSpec } from './fake-office-script';
import { OFFICE_JS_URL } from './fake-office-script';
import { browserSuite, checklistShown, expandAll, kagoyaItem, waitForExpression, type Opened } from './harness';
import { rawKeysIn } from '../raw-keys';
import { PANE_VIEWPORT, screenshotPane } from './screenshots';

/** Records the text of every new `.checklist` element as it appears (a redraw makes a new one). */
const RECORD_CHECKLISTS = `window.__checklists = [];
(function () {
  var last = null;
  var observer = new MutationObserver(function () {
    var now = document.querySelector('.checklist');
    if (!now || now === last) return;
    last = now;
    window.__checklists.push(document.body.textContent);
  });
  function start() { observer.observe(document.documentElement, { childList: true, subtree: true }); }
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
})();
void 0;`;

describe('Outlook task pane in Chromium (simulated host)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  let opened: Opened;

  async function open(
    office: Partial<FakeOfficeSpec>,
    options: { colorScheme?: 'light' | 'dark'; locale?: string } = {},
  ) {
    opened = await suite.open({
      path: '/taskpane.html',
      office: { item: kagoyaItem(), ...office },
      viewport: PANE_VIEWPORT,
      ...options,
    });
    return opened;
  }

  it('shows the KAGOYA checklist: likely phishing, the failing items, office.js first and no CSP violation', async () => {
    const o = await open({});
    await checklistShown(o.page);
    expect(o.requests[1]).to.equal(OFFICE_JS_URL);
    expect(await o.page.locator('.verdict-title').textContent()).to.equal('Likely phishing');
    for (const id of ['sender.brand-mismatch', 'links.host-mismatch', 'links.brand-in-path']) {
      const item = o.page.locator(`[data-finding-id="${id}"]`);
      expect(await item.getAttribute('class'), id).to.include('finding--fail');
      expect(await item.isVisible(), id).to.equal(true);
    }
    expect(await o.page.locator('.static-fallback').count()).to.equal(0);
    // The IP table's shards came before the first drawing: the report names its source.
    expect(await o.page.locator('.footnote').textContent()).to.include('IP network data');
    await screenshotPane(o.page, 'artifacts', 'taskpane-en');
    await expandAll(o.page);
    expect(
      rawKeysIn((await o.page.evaluate('document.body.innerText')) as string),
      'dictionary keys on screen',
    ).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('draws its first checklist with the origin network already named, and never redraws it for the table', async () => {
    opened = await suite.open({
      path: '/taskpane.html',
      office: { item: kagoyaItem() },
      viewport: PANE_VIEWPORT,
      initScripts: [RECORD_CHECKLISTS],
    });
    await checklistShown(opened.page);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // time for anything late to arrive (nothing should)
    const drawn = (await opened.page.evaluate('window.__checklists')) as string[];
    expect(drawn, 'checklists drawn').to.have.length(1);
    expect(drawn[0]).to.include('Microsoft Corporation, AS8075');
    expect(await opened.page.locator('.footnote').textContent()).to.include('IP network data');
    expect(opened.errors).to.deep.equal([]);
  });

  it('says the headers came back empty, and still checks what the item gives', async () => {
    const o = await open({ item: { ...kagoyaItem(), headers: '' } });
    await checklistShown(o.page);
    const notice = o.page.locator('[data-notice="ui.notice.headers-empty"]');
    expect(await notice.isVisible()).to.equal(true);
    expect(await notice.textContent()).to.match(/header/i);
    expect(await o.page.locator('[data-finding-id="sender.brand-mismatch"]').count()).to.equal(1);
  });

  it('follows a dark Outlook theme (Mailbox 1.14 body colour) with dark colours on screen', async () => {
    const o = await open({ officeTheme: { bodyBackgroundColor: '#292929' } });
    await checklistShown(o.page);
    expect(await o.page.evaluate('document.documentElement.dataset.theme')).to.equal('dark');
    const [bg, fg] = (await o.page.evaluate(
      '[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]',
    )) as string[];
    expect(bg).to.not.equal('rgb(255, 255, 255)');
    expect(fg).to.not.equal('rgb(36, 36, 36)');
    await o.page.locator('.footnote').waitFor();
    await screenshotPane(o.page, 'artifacts', 'taskpane-dark');
  });

  it('follows the system dark mode where Outlook cannot say its theme (before Mailbox 1.14)', async () => {
    const o = await open({ mailboxVersion: '1.8' }, { colorScheme: 'dark' });
    await checklistShown(o.page);
    expect(await o.page.evaluate('document.documentElement.dataset.theme')).to.equal('dark');
  });

  it('renders in Japanese for a Japanese Outlook, with Japanese glyphs drawn', async () => {
    const o = await open({ displayLanguage: 'ja-JP' });
    await checklistShown(o.page);
    expect(await o.page.evaluate('document.documentElement.lang')).to.equal('ja');
    expect(await o.page.locator('.verdict-title').textContent()).to.equal('フィッシングの可能性が高い');
    expect(await o.page.locator('.section-title').first().textContent()).to.equal('差出人');
    // A font with kana is installed and used: the title is not drawn as empty boxes of one width.
    const widths = (await o.page.evaluate(`(function () {
      var c = document.createElement('canvas').getContext('2d');
      c.font = getComputedStyle(document.querySelector('.verdict-title')).font;
      return [c.measureText('フ').width, c.measureText('\\u{10FFFD}').width];
    })()`)) as number[];
    expect(widths[0]).to.be.greaterThan(0);
    expect(widths[0]).to.not.equal(widths[1]);
    await o.page.locator('.footnote').waitFor();
    await screenshotPane(o.page, 'artifacts', 'taskpane-ja');
    await expandAll(o.page);
    expect(
      rawKeysIn((await o.page.evaluate('document.body.innerText')) as string),
      'dictionary keys on screen',
    ).to.deep.equal([]);
  });

  it('sends nothing off the machine: its own files, office.js (answered here) and the IP table only', async () => {
    const o = await open({});
    await checklistShown(o.page);
    await o.page.locator('.footnote').waitFor();
    // ItemChanged: a pinned pane checks the next message; that analysis must not add a request either.
    const before = o.requests.length;
    await o.page.evaluate('window.__fakeOffice.fire("olkItemSelectedChanged")');
    await waitForExpression(
      o.page,
      'document.querySelector(".checklist") && window.__fakeOffice.state.calls.length >= 4',
      10_000,
    );
    await checklistShown(o.page);
    expect(o.outbound).to.deep.equal([]);
    expect(o.requests.slice(before)).to.deep.equal([]);
    // Every request but office.js is to the pane's own origin (its files, the IP table, the admin's config.json).
    const paths = o.requests
      .filter((u) => u !== OFFICE_JS_URL)
      .map((u) => {
        expect(u.startsWith(`${suite.harness.origin}/`), u).to.equal(true);
        return new URL(u).pathname.replace(/\.[0-9a-f]{8}\./, '.#.');
      });
    expect(paths).to.include.members([
      '/data/ip-owner/index.bin',
      '/taskpane.#.css',
      '/taskpane.#.js',
      '/taskpane.html',
    ]);
    // Of the table, only the index and the shards of the message's IPs: never the whole of it.
    const shards = paths.filter((p) => /^\/data\/ip-owner\/[46]-[0-9a-f]+\.bin$/.test(p));
    expect(shards.length).to.be.within(1, 4);
    expect(paths.filter((p) => p.startsWith('/data/') && !shards.includes(p))).to.deep.equal([
      '/data/ip-owner/index.bin',
    ]);
  });
});
