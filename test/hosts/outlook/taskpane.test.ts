import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/core/analyze';
import type { AnalyzeOptions, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import * as reportModule from '../../../src/hosts/outlook/report';
import {
  SHARDS_KEY,
  showOfficeMissing,
  startTaskpane,
  type TaskpaneOptions,
} from '../../../src/hosts/outlook/taskpane';
import { ipOwnerSource, type FetchLike } from '../../../src/ui/ip-owner-loader';
import { fixtureText } from '../../helpers';
import { sampleTableFiles } from '../../fixtures/ip-tables';
import { fakeOffice, type FakeItem, MEETING_NOTES_HEADERS } from './fake-office';

// The KAGOYA message as Outlook on Microsoft 365 hands it over: the header block of getAllInternetHeadersAsync (real
// shapes, test/fixtures/kagoya-2021-12.m365.headers.txt) and the decoded HTML body.
const KAGOYA: FakeItem = {
  from: { displayName: 'KAGOYA Inc', emailAddress: 'sawada@air.linkclub.or.jp' },
  to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
  subject: '【KAGOYA WEBメール】ログインのお知らせ',
  internetMessageId: '<a498e5a6-ba65-f4c9-22b9-4a3d45829663@air.linkclub.or.jp>',
  headers: fixtureText('kagoya-2021-12.m365.headers.txt'),
  html: fixtureText('link-kagoya-2021-12.html'),
};

// Synthetic: an ordinary internal notice, headers and body consistent with its sender.
const PLAIN: FakeItem = {
  from: { displayName: 'Sato Hanako', emailAddress: 'sato@example.co.jp' },
  to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
  subject: 'Meeting notes',
  headers: MEETING_NOTES_HEADERS,
  text: 'Notes from today are attached to the team site.',
  html: '<p>Notes from today are on the team site.</p>',
};

const HOSTILE = '<img src=x onerror=alert(1)>';

function dom() {
  const jsdom = new JSDOM('<!doctype html><html><head><title></title></head><body><div id="pane"></div></body></html>');
  const container = jsdom.window.document.getElementById('pane') as HTMLElement;
  return { window: jsdom.window, document: jsdom.window.document, container };
}

/** Waits (bounded) for the pane to reach a state: Office answers asynchronously. */
async function until(predicate: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function start(container: HTMLElement, office: TaskpaneOptions['office'], extra: Partial<TaskpaneOptions> = {}) {
  // The actions' module as the test imports it: see report.test.ts on import() under tsx.
  return startTaskpane({
    office,
    container,
    readyTimeoutMs: 60_000,
    loadReportCode: () => Promise.resolve(reportModule),
    ...extra,
  });
}

function text(container: HTMLElement, selector: string): string {
  return container.querySelector(selector)?.textContent ?? '';
}

describe('Outlook task pane', () => {
  it('shows the KAGOYA message as likely phishing, with its failing items and their evidence', async () => {
    const { container } = dom();
    await start(container, fakeOffice({ item: KAGOYA }).office);

    expect(text(container, '.verdict-title')).to.equal('Likely phishing');
    expect(container.querySelector('[aria-live="polite"] .verdict')).to.exist;
    const brand = container.querySelector('[data-finding-id="sender.brand-mismatch"]')!;
    expect(brand.querySelector('.status-label')?.textContent).to.equal('Fail');
    expect(brand.querySelector('.finding-message')?.textContent).to.include('air.linkclub.or.jp');

    const inPath = container.querySelector('[data-finding-id="links.brand-in-path"]')!;
    const button = inPath.querySelector('button.expander') as HTMLButtonElement;
    const panel = container.ownerDocument.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    button.click();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(panel.querySelector('.evidence-value')?.textContent).to.equal(
      'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp',
    );
    expect(panel.querySelector('mark')?.textContent).to.equal('kagoya.net');
    expect(panel.querySelector('.evidence-author')?.textContent).to.equal("the sender's own word");
  });

  it('hands analyze the header block, the HTML body and the reader’s own address with To and Cc', async () => {
    const { container } = dom();
    const seen: MessageInput[] = [];
    const spy = (input: MessageInput, options?: AnalyzeOptions): Report => (seen.push(input), analyze(input, options));
    const item = { ...KAGOYA, cc: [{ displayName: 'Desk', emailAddress: 'desk@example.co.jp' }] };
    await start(container, fakeOffice({ item, userEmail: 'me@example.co.jp' }).office, { analyze: spy });

    // One reading, analysed once its data is in (and maybe once ahead of it: ui/session.ts).
    expect(new Set(seen).size).to.equal(1);
    expect(seen[0]!.headers).to.equal(KAGOYA.headers);
    expect(seen[0]!.html).to.equal(KAGOYA.html);
    expect(seen[0]!.missing).to.deep.equal([]);
    expect(seen[0]!.recipients).to.deep.equal(['me@example.co.jp', 'info@example.co.jp', 'desk@example.co.jp']);
  });

  it('says what happened when Outlook gives no headers, and checks what the item itself shows', async () => {
    const { container } = dom();
    const seen: MessageInput[] = [];
    const spy = (input: MessageInput, options?: AnalyzeOptions): Report => (seen.push(input), analyze(input, options));
    await start(container, fakeOffice({ item: { ...KAGOYA, headers: '' } }).office, { analyze: spy });

    expect(seen[0]!.missing).to.deep.equal(['headers']);
    expect(seen[0]!.headers).to.include('From: "KAGOYA Inc" <sawada@air.linkclub.or.jp>');
    const notice = container.querySelector('[data-notice="ui.notice.headers-empty"]');
    expect(notice?.textContent).to.include('Sent Items');
    expect(notice?.textContent).to.include('the path of the message were not');
    // What is available is still checked: the brand in the name and the link.
    expect(container.querySelector('[data-finding-id="sender.brand-mismatch"]')).to.exist;
    expect(container.querySelector('[data-finding-id="links.brand-in-path"]')).to.exist;
    expect(container.querySelector('[data-finding-id="origin.headers-missing"]')).to.exist;
  });

  it('reports a failed header call in words and still checks the rest', async () => {
    const { container } = dom();
    const item = { ...KAGOYA, headers: { error: 'The internet headers could not be retrieved.', code: 9020 } };
    await start(container, fakeOffice({ item }).office);

    const notice = container.querySelector('[data-notice="ui.notice.headers-failed"]');
    expect(notice?.textContent).to.include('The internet headers could not be retrieved. (9020)');
    expect(text(container, '.verdict-title')).to.not.equal('');
    expect(container.querySelector('[data-finding-id="links.brand-in-path"]')).to.exist;
  });

  it('says the body was not checked when neither HTML nor text can be read', async () => {
    const { container } = dom();
    const item = { ...PLAIN, html: { error: 'html failed' }, text: { error: 'Body is too large.' } };
    await start(container, fakeOffice({ item }).office);

    expect(text(container, '[data-notice="ui.notice.body-failed"]')).to.include('Body is too large.');
    expect(container.querySelector('[data-finding-id="content.body-missing"]')).to.exist;
  });

  it('falls back to the text body when the HTML body fails', async () => {
    const { container } = dom();
    const seen: MessageInput[] = [];
    const spy = (input: MessageInput, options?: AnalyzeOptions): Report => (seen.push(input), analyze(input, options));
    await start(container, fakeOffice({ item: { ...PLAIN, html: { error: 'no html' } } }).office, { analyze: spy });

    expect(seen[0]!.html).to.equal(undefined);
    expect(seen[0]!.text).to.equal(PLAIN.text);
    expect(container.querySelector('[data-notice]')).to.equal(null);
  });

  it('explains that an Outlook below Mailbox 1.8 gives no headers, and checks what is available', async () => {
    const { container } = dom();
    const fake = fakeOffice({ item: { ...KAGOYA, headers: 'missing' }, mailboxVersion: '1.7' });
    await start(container, fake.office);

    expect(text(container, '[data-notice="ui.notice.headers-unsupported"]')).to.include('1.8');
    expect(container.querySelector('[data-finding-id="sender.brand-mismatch"]')).to.exist;
  });

  it('does not call getAllInternetHeadersAsync when the client says it lacks Mailbox 1.8', async () => {
    const { container } = dom();
    const fake = fakeOffice({ item: KAGOYA, mailboxVersion: '1.7' });
    await start(container, fake.office);
    expect(container.querySelector('[data-notice="ui.notice.headers-unsupported"]')).to.exist;
    expect(fake.calls).to.deep.equal(['body.getAsync(html)']);
  });

  it('checks the newly selected message when a pinned pane sees ItemChanged', async () => {
    const { container } = dom();
    const fake = fakeOffice({ item: KAGOYA });
    await start(container, fake.office);
    expect(text(container, '.verdict-title')).to.equal('Likely phishing');

    fake.selectItem(PLAIN);
    await until(() => text(container, '.message-subject').includes('Meeting notes'), 'the new report');
    expect(text(container, '.verdict-title')).to.equal('No red flags found');
    expect(text(container, '.verdict-caveat')).to.include('does not prove');
  });

  it('shows only the newest selection when the reader moves on before Outlook answers', async () => {
    const { container } = dom();
    const fake = fakeOffice({ item: PLAIN });
    await start(container, fake.office);
    // Outlook answers for the first selection after the second one: its report must not replace the newer one.
    fake.selectItem({ ...KAGOYA, delayMs: 60 });
    fake.selectItem(PLAIN);
    await until(() => !container.querySelector('main')?.hasAttribute('aria-busy'), 'the last report');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(text(container, '.message-subject')).to.include('Meeting notes');
    expect(text(container, '.verdict-title')).to.equal('No red flags found');
  });

  it('asks for a message when nothing is selected', async () => {
    const { container } = dom();
    await start(container, fakeOffice({ item: null }).office);
    expect(text(container, '[data-notice="ui.notice.no-item"]')).to.equal('Select a message to check it.');
    expect(text(container, 'h1')).to.equal('Phish Inspector');
  });

  it('speaks Japanese when Outlook’s display language is Japanese', async () => {
    const { container, document } = dom();
    await start(container, fakeOffice({ item: KAGOYA, displayLanguage: 'ja-JP' }).office);

    expect(document.documentElement.lang).to.equal('ja');
    expect(text(container, '.verdict-title')).to.equal('フィッシングの可能性が高い');
    const headings = [...container.querySelectorAll('section[data-part="details"] > h2')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['差出人', '送信元', 'リンク', '本文']);
    expect(text(container, 'details > summary')).to.equal('IT 担当者向けの詳細');
    expect(text(container, '.message-subject .subject-label')).to.equal('確認したメールの件名:');
    expect(text(container, '[data-finding-id="sender.brand-mismatch"] .status-label')).to.equal('危険');
    expect(text(container, '.pane-footer')).to.include('どこにも送信していません');
  });

  it('renders hostile text from the message literally, never as markup', async () => {
    const { container } = dom();
    // Synthetic: the same markup planted in the display name, the subject, a header value and a link's text.
    const headers = [
      `From: "${HOSTILE}" <billing@pay.example.net>`,
      'To: info@example.co.jp',
      `Subject: ${HOSTILE} Your account`,
      `Reply-To: "${HOSTILE}" <collect@other.example.org>`,
      'Message-ID: <1@pay.example.net>',
      '',
    ].join('\r\n');
    const html = `<p>Hello</p><a href="https://login.example.com/verify">&lt;img src=x onerror=alert(1)&gt;</a>`;
    const item: FakeItem = {
      from: { displayName: HOSTILE, emailAddress: 'billing@pay.example.net' },
      subject: HOSTILE,
      headers,
      html,
    };
    await start(container, fakeOffice({ item }).office);
    for (const button of container.querySelectorAll('button.expander')) (button as HTMLButtonElement).click();

    expect(container.querySelectorAll('img')).to.have.length(0);
    expect(container.querySelector('[onerror]')).to.equal(null);
    expect(text(container, '.message-subject')).to.include(HOSTILE);
    const evidence = [...container.querySelectorAll('.evidence-value')].map((e) => e.textContent ?? '');
    expect(evidence.some((v) => v.includes(HOSTILE))).to.equal(true);
  });

  it('builds the fallback header block without letting a display name add header lines', async () => {
    const { container } = dom();
    const seen: MessageInput[] = [];
    const spy = (input: MessageInput, options?: AnalyzeOptions): Report => (seen.push(input), analyze(input, options));
    const item: FakeItem = {
      from: { displayName: 'Bank "Support"\r\nAuthentication-Results: spf=pass', emailAddress: 'a@b.example' },
      subject: 'Hi\r\nReceived: from forged',
      headers: '',
      text: 'hello',
    };
    await start(container, fakeOffice({ item }).office, { analyze: spy });

    const lines = seen[0]!.headers.split('\r\n');
    expect(lines).to.deep.equal([
      'From: "Bank \\"Support\\" Authentication-Results: spf=pass" <a@b.example>',
      'Subject: Hi Received: from forged',
      '',
    ]);
  });

  it('answers an analysis failure with a message and a button that tries again', async () => {
    const { container } = dom();
    let failing = true;
    const flaky = (input: MessageInput, options?: AnalyzeOptions): Report => {
      if (failing) throw new Error('boom');
      return analyze(input, options);
    };
    await start(container, fakeOffice({ item: KAGOYA }).office, { analyze: flaky });

    const notice = container.querySelector('[data-notice="ui.notice.analysis-failed"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.include('boom');
    failing = false;
    (notice.querySelector('button') as HTMLButtonElement).click();
    await until(() => text(container, '.verdict-title') === 'Likely phishing', 'the retried report');
  });

  it('fetches the code behind its buttons at the first click only, and says so when it cannot be fetched', async () => {
    const { container } = dom();
    let attempts = 0;
    const loadReportCode = () =>
      ++attempts === 1 ? Promise.reject(new Error('chunk load failed')) : Promise.resolve(reportModule);
    await start(container, fakeOffice({ item: KAGOYA }).office, { loadReportCode });
    expect(container.querySelector('[data-action="copy"]')).to.exist;
    expect(container.querySelector('[data-action="report"]')).to.exist;
    expect(attempts, 'nothing fetched before a click').to.equal(0);

    const copy = container.querySelector('[data-action="copy"]') as HTMLElement;
    const status = () => container.querySelector('.actions-status')!;
    copy.click();
    await until(() => status().getAttribute('data-status') === 'ui.notice.actions-failed', 'the failure');
    expect(status().textContent).to.include('chunk load failed');
    expect(text(container, '.verdict-title')).to.equal('Likely phishing');

    // jsdom has no clipboard: the summary is shown selected, to copy by hand.
    copy.click();
    await until(() => status().getAttribute('data-status') === 'ui.copy.fallback', 'the summary');
    expect((container.querySelector('.copy-fallback') as HTMLTextAreaElement).value).to.include('KAGOYA');
    expect(attempts).to.equal(2);
  });

  it('says it needs Outlook when opened outside Office', async () => {
    const { container } = dom();
    await start(container, fakeOffice({ host: null, noMailbox: true }).office);
    expect(text(container, '[data-notice="ui.notice.not-outlook"]')).to.include('inside Outlook');
  });

  it('says office.js did not load when there is no Office object', () => {
    const { container } = dom();
    showOfficeMissing(container, 'ja');
    expect(text(container, '[data-notice="ui.notice.office-missing"]')).to.include('office.js');
  });

  it('follows Outlook’s dark theme from Mailbox 1.14 and its changes', async () => {
    const { container } = dom();
    const applied: boolean[] = [];
    const fake = fakeOffice({ item: PLAIN, officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
    await start(container, fake.office, { applyTheme: (dark) => applied.push(dark) });
    fake.fire('officeThemeChanged', { type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor: '#ffffff' } });
    expect(applied).to.deep.equal([true, false]);
  });

  it('uses the system colour scheme on clients before Mailbox 1.14', async () => {
    const { container } = dom();
    const applied: boolean[] = [];
    const fake = fakeOffice({ item: PLAIN, mailboxVersion: '1.13', officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
    await start(container, fake.office, { applyTheme: (dark) => applied.push(dark) });
    // jsdom has no matchMedia: the system is taken as light, and the 1.14-only theme is not read.
    expect(applied).to.deep.equal([false]);
    expect(fake.handlers.has('officeThemeChanged')).to.equal(false);
  });

  it('draws its first checklist with the IP owners already in, from the pane’s own data folder, and names the sources', async () => {
    const { container } = dom();
    const files = sampleTableFiles();
    const requested: string[] = [];
    const fetchFn: FetchLike = async (url) => {
      requested.push(url);
      const bytes = files.get(url.replace(/^data\//, ''));
      return { ok: !!bytes, status: bytes ? 200 : 404, arrayBuffer: async () => bytes!.slice().buffer };
    };
    const options: (AnalyzeOptions | undefined)[] = [];
    const spy = (input: MessageInput, o?: AnalyzeOptions): Report => (options.push(o), analyze(input, o));
    await start(container, fakeOffice({ item: KAGOYA }).office, {
      analyze: spy,
      ipOwner: ipOwnerSource(undefined, fetchFn),
    });
    // start resolves at the first drawing: the owner of the login IP is in it.
    expect(text(container, '.checklist')).to.include('Microsoft Corporation, AS8075');
    expect(text(container, '.footnote')).to.include('2026-06-17');
    expect(options.every((o) => typeof o?.ipOwner === 'function')).to.equal(true);
    expect(requested[0]).to.equal('data/ip-owner/index.bin');
    expect(requested.every((url) => url.startsWith('data/ip-owner/'))).to.equal(true);
  });

  it('says the network owners are not named when the IP table fails to load', async () => {
    const { container } = dom();
    const missing: FetchLike = async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) });
    await start(container, fakeOffice({ item: KAGOYA }).office, { ipOwner: ipOwnerSource(undefined, missing) });
    expect(
      container.querySelector('[data-notice="ip.unavailable"]'),
      'the IP notice, in the first drawing',
    ).to.not.equal(null);
    expect(text(container, '.verdict-title')).to.equal('Likely phishing');
  });
});

describe('Outlook task pane: the IP table’s shards the last messages read, asked for as the next pane starts (issue #19)', () => {
  /** A page with storage of its own (jsdom gives an opaque origin none), its pane's container made anew per pane. */
  function page() {
    const jsdom = new JSDOM('<!doctype html><html><body><div id="pane"></div></body></html>', {
      url: 'https://addin.example/taskpane.html',
    });
    const fresh = () => {
      const container = jsdom.window.document.createElement('div');
      jsdom.window.document.body.replaceChildren(container);
      return container as unknown as HTMLElement;
    };
    return { window: jsdom.window, fresh };
  }

  /** The table's sample files, each request logged with the Office calls made before it. */
  function loggedFiles(calls: () => readonly string[]) {
    const files = sampleTableFiles();
    const log: { url: string; afterHeaders: boolean }[] = [];
    const fetchFn: FetchLike = async (url) => {
      log.push({ url, afterHeaders: calls().includes('getAllInternetHeadersAsync') });
      const bytes = files.get(url.replace(/^data\//, ''));
      return { ok: !!bytes, status: bytes ? 200 : 404, arrayBuffer: async () => bytes!.slice().buffer };
    };
    return { log, fetchFn };
  }

  const seen = (container: HTMLElement) => [
    text(container, '.verdict-title'),
    [...container.querySelectorAll('[data-finding-id]')].map(
      (f) => `${f.getAttribute('data-finding-id')}:${f.querySelector('.status-label')?.textContent}`,
    ),
  ];

  it('asks for the shards the last message read as the next pane starts, and draws what the message gives alone', async () => {
    const { window, fresh } = page();
    const first = fakeOffice({ item: KAGOYA });
    const one = loggedFiles(() => first.calls);
    const alone = fresh();
    await start(alone, first.office, { ipOwner: ipOwnerSource(undefined, one.fetchFn) });
    const shards = one.log.filter((r) => !r.url.endsWith('index.bin'));
    expect(shards.length).to.be.greaterThan(0);
    expect(shards.every((r) => r.afterHeaders)).to.equal(true);
    const kept = window.localStorage.getItem(SHARDS_KEY)!.split(' ');
    expect(kept.map((f) => `data/ip-owner/${f}`)).to.have.members(shards.map((r) => r.url));

    const next = fakeOffice({ item: KAGOYA });
    const two = loggedFiles(() => next.calls);
    const container = fresh();
    await start(container, next.office, { ipOwner: ipOwnerSource(undefined, two.fetchFn) });
    const early = two.log.filter((r) => !r.url.endsWith('index.bin'));
    expect(early.map((r) => r.url)).to.have.members(shards.map((r) => r.url));
    expect(
      early.every((r) => !r.afterHeaders),
      'each shard asked for once, before the headers',
    ).to.equal(true);
    expect(seen(container)).to.deep.equal(seen(alone));
    expect(text(container, '.checklist')).to.include('Microsoft Corporation, AS8075');
  });

  it('ignores a kept name that is no shard, and a shard that fails early is asked for again', async () => {
    const { window, fresh } = page();
    const files = sampleTableFiles();
    const warm = fakeOffice({ item: KAGOYA });
    await start(fresh(), warm.office, { ipOwner: ipOwnerSource(undefined, loggedFiles(() => warm.calls).fetchFn) });
    const shard = window.localStorage.getItem(SHARDS_KEY)!.split(' ')[0]!;
    window.localStorage.setItem(SHARDS_KEY, `../config.json https://evil.example/x.bin ${shard}`);
    const requested: string[] = [];
    let failOnce = true;
    const fetchFn: FetchLike = async (url) => {
      requested.push(url);
      const bytes = files.get(url.replace(/^data\//, ''));
      if (url.endsWith(shard) && failOnce) {
        failOnce = false;
        return { ok: false, status: 503, arrayBuffer: async () => new ArrayBuffer(0) };
      }
      return { ok: !!bytes, status: bytes ? 200 : 404, arrayBuffer: async () => bytes!.slice().buffer };
    };
    const container = fresh();
    await start(container, fakeOffice({ item: KAGOYA }).office, { ipOwner: ipOwnerSource(undefined, fetchFn) });
    expect(requested.every((url) => url.startsWith('data/ip-owner/') && !url.includes('..'))).to.equal(true);
    expect(requested.filter((url) => url.endsWith(shard))).to.have.length(2);
    expect(container.querySelector('[data-notice="ip.unavailable"]')).to.equal(null);
    expect(text(container, '.checklist')).to.include('Microsoft Corporation, AS8075');
  });
});
