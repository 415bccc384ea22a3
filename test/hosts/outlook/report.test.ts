/**
 * Report to IT in the Outlook task pane, end to end on a fake Office: config.json → analysis → Report →
 * confirmation → the new-message form Outlook is asked to open (recipients, subject, the original as an item
 * attachment, the summary as htmlBody). Nothing is sent by the add-in: Outlook only shows a draft.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { startTaskpane, type TaskpaneOptions } from '../../../src/hosts/outlook/taskpane';
import * as reportModule from '../../../src/hosts/outlook/report';
import { ewsItemId, fitBody, reportForm } from '../../../src/hosts/outlook/report';

/**
 * The pane fetches the code behind its actions with import() (its own chunk in the bundle). Under tsx a dynamic import gets
 * module instances of its own, without the languages the test loaded, so tests hand it the module they import; the
 * built pane (built-pane.test.ts) and the browser tests run the real chunk.
 */
const loadActions = () => Promise.resolve(reportModule);
import { loadAdminConfig, type ConfigFetch } from '../../../src/hosts/common/admin-config';
import type { Report } from '../../../src/core/report';
import { fixtureText } from '../../helpers';
import { fakeOffice, type FakeItem, type FakeOffice, MEETING_NOTES_HEADERS } from './fake-office';

// The KAGOYA message as Outlook on Microsoft 365 hands it over (real shapes, as in taskpane.test.ts).
const KAGOYA: FakeItem = {
  from: { displayName: 'KAGOYA Inc', emailAddress: 'sawada@air.linkclub.or.jp' },
  to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
  subject: '【KAGOYA WEBメール】ログインのお知らせ',
  headers: fixtureText('kagoya-2021-12.m365.headers.txt'),
  html: fixtureText('link-kagoya-2021-12.html'),
};

/** An .eml fixture as Outlook hands it over: the header block as text, the decoded subject and HTML body. */
function itemFrom(name: string, subject: string, from: FakeItem['from']): FakeItem {
  const [headers, body] = fixtureText(name).split('\r\n\r\n');
  return {
    from,
    to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
    subject,
    headers: `${headers}\r\n`,
    html: Buffer.from(body!, 'base64').toString('utf8'),
  };
}

// Synthetic: a subject reversed by U+202E and broken by zero-width characters, from evil.example (issue #17).
const HOSTILE_SUBJECT = 'Your account \u202emoc.lapyap\u202c is on h\u200bold\u2060 \u2066now\u2069';
const HOSTILE = itemFrom('hostile-disguise-subject.synthetic.eml', HOSTILE_SUBJECT, {
  displayName: 'Pay\u200bPal Security',
  emailAddress: 'service@evil.example',
});
const HOSTILE_SHOWN = 'Your account ⟨U+202E⟩moc.lapyap⟨U+202C⟩ is on h⟨U+200B⟩old⟨U+2060⟩ ⟨U+2066⟩now⟨U+2069⟩';

// Its twin: Japanese, emoji with joiners and a kanji's variation selector, all legitimate.
const TWIN_SUBJECT = '【重要】12月のご請求金額のお知らせ 👨\u200d👩\u200d👧 ❤\ufe0f 葛\u{e0100}飾区';

// Synthetic: an ordinary internal notice, consistent with its sender.
const PLAIN: FakeItem = {
  from: { displayName: 'Sato Hanako', emailAddress: 'sato@example.co.jp' },
  to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
  subject: 'Meeting notes',
  headers: MEETING_NOTES_HEADERS,
  html: '<p>Notes from today are on the team site.</p>',
};

// An EWS item id as Outlook on the web and on Windows give it (standard base64), and the same id in REST format
// (URL-safe alphabet) as Outlook on Android gives it: the shapes reported in office-js#1520.
const EWS_ID =
  'AAMkADYyOWViNTEzLTNkMmItNDBiMC05NDcyLThmZTBiN2FjMjI2NQBGAAAAAADwmiZ0cOqgTb7+Fs7DzKlyBwC6KBvAkVoERJgOYFuMJLI7AAAAAAEMAAC6KBvAkVoERJgOYFuMJLI7AAENeLqQAAA=';
const REST_ID =
  'AAMkADYyOWViNTEzLTNkMmItNDBiMC05NDcyLThmZTBiN2FjMjI2NQBGAAAAAADwmiZ0cOqgTb7-Fs7DzKlyBwC6KBvAkVoERJgOYFuMJLI7AAAAAAEMAAC6KBvAkVoERJgOYFuMJLI7AAENeLqQAAA=';

interface ReportingSpec {
  itemId?: string;
  hostName?: string;
  /** displayNewMessageFormAsync answers with this error. */
  failWith?: string;
  /** What the user stored in roaming settings before. */
  stored?: Record<string, unknown>;
}

interface ReportingLog {
  forms: { api: string; form: Office.MessageForm }[];
  converted: { id: string; version: string }[];
  roaming: Map<string, unknown>;
  saves: number;
}

/** Adds what reporting uses to the fake mailbox: the item id, diagnostics, the two form APIs, id conversion, roaming settings. */
function reporting(fake: FakeOffice, spec: ReportingSpec = {}): ReportingLog {
  const log: ReportingLog = { forms: [], converted: [], roaming: new Map(Object.entries(spec.stored ?? {})), saves: 0 };
  const context = fake.office.context as unknown as Record<string, unknown>;
  const mailbox = context.mailbox as Record<string, unknown>;
  (mailbox.item as Record<string, unknown>).itemId = spec.itemId ?? EWS_ID;
  mailbox.diagnostics = { hostName: spec.hostName ?? 'OutlookWebApp', hostVersion: '15.20.7000.0' };
  mailbox.convertToEwsId = (id: string, version: string) => {
    log.converted.push({ id, version });
    return id.replace(/-/g, '+').replace(/_/g, '/');
  };
  mailbox.displayNewMessageFormAsync = (form: Office.MessageForm, callback: (r: unknown) => void) => {
    log.forms.push({ api: 'displayNewMessageFormAsync', form });
    setTimeout(() =>
      callback(
        spec.failWith
          ? { status: 'failed', error: { name: 'GenericResponseError', message: spec.failWith, code: 9020 } }
          : { status: 'succeeded' },
      ),
    );
  };
  mailbox.displayNewMessageForm = (form: Office.MessageForm) => log.forms.push({ api: 'displayNewMessageForm', form });
  context.roamingSettings = {
    get: (name: string) => log.roaming.get(name),
    set: (name: string, value: unknown) => log.roaming.set(name, value),
    remove: (name: string) => log.roaming.delete(name),
    saveAsync: (callback: (r: unknown) => void) => {
      log.saves += 1;
      setTimeout(() => callback({ status: 'succeeded' }));
    },
  };
  return log;
}

/** config.json as the pane's fetch sees it: an object or text served with 200, or a 404. */
function serve(config: unknown | 404): ConfigFetch {
  return async () =>
    config === 404
      ? { ok: false, status: 404, text: async () => '' }
      : { ok: true, status: 200, text: async () => (typeof config === 'string' ? config : JSON.stringify(config)) };
}

function dom() {
  const jsdom = new JSDOM('<!doctype html><html><head><title></title></head><body><div id="pane"></div></body></html>');
  return { window: jsdom.window, container: jsdom.window.document.getElementById('pane') as HTMLElement };
}

async function until(predicate: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function start(
  item: FakeItem,
  config: unknown | 404,
  spec: ReportingSpec & { mailboxVersion?: string } = {},
  extra: Partial<TaskpaneOptions> = {},
) {
  const { container, window } = dom();
  const fake = fakeOffice({ item, mailboxVersion: spec.mailboxVersion });
  const log = reporting(fake, spec);
  await startTaskpane({
    office: fake.office,
    container,
    readyTimeoutMs: 60_000,
    loadConfig: () => loadAdminConfig(serve(config)),
    loadReportCode: loadActions,
    ...extra,
  });
  await actionsShown(container);
  return { container, window, log };
}

/** The actions follow the checklist (their code is fetched after it): Copy summary is always one of them. */
async function actionsShown(container: HTMLElement): Promise<void> {
  await until(() => container.querySelector('[data-action="copy"]'), 'the actions under the checklist');
}

const $ = (container: HTMLElement, selector: string) => container.querySelector(selector) as HTMLElement | null;
const click = (container: HTMLElement, action: string) => $(container, `[data-action="${action}"]`)!.click();
const statusKey = (container: HTMLElement) => $(container, '.actions-status')?.getAttribute('data-status');

/** Report → the confirmation → Confirm, as the user does it; waits for the line that says what happened. */
async function reportAndConfirm(container: HTMLElement): Promise<void> {
  click(container, 'report');
  expect($(container, '.report-confirm')!.hidden).to.equal(false);
  click(container, 'confirm');
  await until(() => statusKey(container) !== 'ui.report.opening' && statusKey(container), 'the report outcome');
}

const IT = { reportAddresses: ['soc@example.co.jp'], subjectPrefix: '[Phish]' };

/** The body's text as a reader sees it (tags dropped, entities decoded). */
function bodyText(html: string): string {
  return new JSDOM(`<body>${html}</body>`).window.document.body.textContent ?? '';
}

describe('Report to IT (Outlook)', () => {
  it('opens a draft to IT with the original attached as an item, the prefixed subject and every red flag, defanged', async () => {
    const { container, log } = await start(KAGOYA, IT);
    await reportAndConfirm(container);

    expect(log.forms).to.have.length(1);
    const { api, form } = log.forms[0]!;
    expect(api).to.equal('displayNewMessageFormAsync');
    expect(form.toRecipients).to.deep.equal(['soc@example.co.jp']);
    expect(form.subject).to.equal('[Phish] 【KAGOYA WEBメール】ログインのお知らせ');
    expect(form.attachments).to.deep.equal([
      { type: 'item', itemId: EWS_ID, name: '【KAGOYA WEBメール】ログインのお知らせ' },
    ]);
    expect(log.converted, 'an EWS id is used as it is').to.deep.equal([]);

    const flagged = [...container.querySelectorAll('[data-finding-id]')].filter((f) =>
      ['Fail', 'Warning'].includes(f.querySelector('.status-label')?.textContent ?? ''),
    );
    expect(flagged.length).to.be.greaterThan(2);
    for (const finding of flagged) expect(form.htmlBody).to.include(finding.getAttribute('data-finding-id')!);
    const text = bodyText(form.htmlBody!);
    expect(text).to.include('santamariasold[.]com');
    expect(text).to.not.match(/https?:\/\//i);
    // No bare host left for a mail client to make clickable: every dot between host labels is bracketed.
    expect(text.match(/[a-z0-9-]+\.(?:[a-z0-9-]+\.)*(?:com|net|jp|org)\b/gi) ?? []).to.deep.equal([]);
    expect(form.htmlBody).to.not.match(/<a[\s>]/i);
    expect(statusKey(container)).to.equal('ui.report.opened');
    expect($(container, '.actions-status')!.textContent).to.include('soc@example.co.jp');
  });

  it('"This looks wrong" opens, after the reader confirms, the same draft marked as a possible false alarm', async () => {
    const { container, log } = await start(KAGOYA, IT);
    click(container, 'false-alarm');
    expect(log.forms).to.have.length(0);
    expect($(container, '.false-alarm-question')!.textContent).to.include('soc@example.co.jp');
    click(container, 'confirm-false-alarm');
    await until(() => log.forms.length > 0, 'the draft');
    const { form } = log.forms[0]!;
    expect(form.toRecipients).to.deep.equal(['soc@example.co.jp']);
    expect(form.subject).to.equal(
      '[Phish] [Reported as a possible false alarm] 【KAGOYA WEBメール】ログインのお知らせ',
    );
    expect(bodyText(form.htmlBody!)).to.match(/^Reported as a possible false alarm/);
    expect(form.htmlBody).to.include('sender.brand-mismatch');
    expect(form.attachments?.[0]).to.include({ itemId: EWS_ID });
  });

  it('writes the body in the reader’s language, then English for IT', async () => {
    const { container: c } = dom();
    const fake = fakeOffice({ item: KAGOYA, displayLanguage: 'ja-JP' });
    const log = reporting(fake);
    await startTaskpane({
      office: fake.office,
      container: c,
      readyTimeoutMs: 60_000,
      loadConfig: () => loadAdminConfig(serve(IT)),
      loadReportCode: loadActions,
    });
    await actionsShown(c);
    await reportAndConfirm(c);
    const html = log.forms[0]!.form.htmlBody!;
    expect(html.indexOf('フィッシングの可能性が高い')).to.be.greaterThan(-1);
    expect(html.indexOf('Likely phishing')).to.be.greaterThan(html.indexOf('フィッシングの可能性が高い'));
  });

  it('attaches the EWS id when the platform gave a REST-format id (Outlook on mobile or Mac), converted with REST v2.0', async () => {
    const { container, log } = await start(KAGOYA, IT, { itemId: REST_ID });
    await reportAndConfirm(container);
    expect(log.converted).to.deep.equal([{ id: REST_ID, version: 'v2.0' }]);
    expect(log.forms[0]!.form.attachments![0]!.itemId).to.equal(EWS_ID);
  });

  it('converts every id on Outlook for iOS and Android, whose itemId is always REST-formatted', () => {
    const fake = fakeOffice({ item: KAGOYA });
    const log = reporting(fake, { hostName: 'OutlookAndroid' });
    const plain = 'AAkALgAAAAAAHYQDEapmEc2byACqAC';
    expect(ewsItemId(fake.office, plain)).to.equal(plain);
    expect(log.converted).to.deep.equal([{ id: plain, version: 'v2.0' }]);
    expect(ewsItemId(fake.office, '')).to.equal(undefined);
    expect(ewsItemId(fake.office, undefined)).to.equal(undefined);
  });

  it('uses displayNewMessageForm (Mailbox 1.6) below Mailbox 1.9, with the same draft', async () => {
    const { container, log } = await start(KAGOYA, IT, { mailboxVersion: '1.8' });
    await reportAndConfirm(container);
    expect(log.forms.map((f) => f.api)).to.deep.equal(['displayNewMessageForm']);
    const form = log.forms[0]!.form;
    expect(form.toRecipients).to.deep.equal(['soc@example.co.jp']);
    expect(form.attachments).to.deep.equal([
      { type: 'item', itemId: EWS_ID, name: '【KAGOYA WEBメール】ログインのお知らせ' },
    ]);
    expect(form.htmlBody).to.include('sender.brand-mismatch');
    expect(statusKey(container)).to.equal('ui.report.opened');
  });

  it('says clearly when this Outlook has no draft API (phones, old versions), and the summary can still be copied', async () => {
    const { container, log } = await start(KAGOYA, IT, { mailboxVersion: '1.5' });
    await reportAndConfirm(container);
    expect(log.forms).to.deep.equal([]);
    expect(statusKey(container)).to.equal('ui.report.unsupported');
    expect($(container, '.actions-status')!.textContent).to.include('soc@example.co.jp').and.include('phones');

    // jsdom has no clipboard: the summary is shown, selected, to copy by hand.
    click(container, 'copy');
    await until(() => statusKey(container) === 'ui.copy.fallback', 'the copy fallback');
    const area = $(container, 'textarea.copy-fallback') as HTMLTextAreaElement;
    expect(area.hidden).to.equal(false);
    expect(area.value).to.include('sender.brand-mismatch').and.include('santamariasold[.]com');
  });

  it('says what Outlook answered when it could not open the draft', async () => {
    const { container } = await start(KAGOYA, IT, { failWith: 'The operation failed.' });
    await reportAndConfirm(container);
    expect(statusKey(container)).to.equal('ui.report.failed');
    expect($(container, '.actions-status')!.textContent).to.include('The operation failed. (9020)');
    expect($(container, '[data-action="copy"]')!.hasAttribute('disabled')).to.equal(false);
  });

  it('sends nothing when the user cancels at the confirmation, which names the address', async () => {
    const { container, log } = await start(KAGOYA, IT);
    click(container, 'report');
    expect($(container, '.report-confirm-text')!.textContent).to.include('soc@example.co.jp');
    click(container, 'cancel');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.forms).to.deep.equal([]);
    expect($(container, '.report-confirm')!.hidden).to.equal(true);
    expect(statusKey(container)).to.equal('ui.report.cancelled');
  });

  it('shows the hidden characters of a hostile subject as markers in the draft’s subject, attachment name and body, defanged', async () => {
    const { container, log } = await start(HOSTILE, IT);
    await reportAndConfirm(container);
    const { form } = log.forms[0]!;
    expect(form.subject).to.equal(`[Phish] ${HOSTILE_SHOWN}`);
    expect(form.attachments![0]!.name).to.equal(HOSTILE_SHOWN);
    const text = bodyText(form.htmlBody!);
    expect(text).to.include(HOSTILE_SHOWN.replace('moc.lapyap', 'moc[.]lapyap'));
    expect(text).to.include('smtp.mailfrom=evil[.]example').and.include('52[.]140[.]217[.]90');
    expect(text).to.include('javascript[:]alert(');
    const sent = [form.subject!, form.attachments![0]!.name, form.htmlBody!].join('\n');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(sent).not.to.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/);
    expect(text).not.to.match(/evil\.example|52\.140\.|javascript:|https?:\/\//i);
  });

  it('keeps a Japanese subject with emoji and joiners as written in the draft (the twin)', async () => {
    const { container, log } = await start({ ...PLAIN, subject: TWIN_SUBJECT }, IT);
    await reportAndConfirm(container);
    const { form } = log.forms[0]!;
    expect(form.subject).to.equal(`[Phish] ${TWIN_SUBJECT}`);
    expect(form.attachments![0]!.name).to.equal(TWIN_SUBJECT);
  });

  it('offers no Report on a clean message when the admin set reportOnClean to false, and still offers Copy summary', async () => {
    const off = await start(PLAIN, { ...IT, reportOnClean: false });
    expect($(off.container, '.verdict-title')!.textContent).to.equal('No red flags found');
    expect($(off.container, '[data-action="report"]')).to.equal(null);
    expect($(off.container, '[data-action="copy"]')).to.not.equal(null);

    const on = await start(PLAIN, IT);
    expect($(on.container, '[data-action="report"]')).to.not.equal(null);
    const phishing = await start(KAGOYA, { ...IT, reportOnClean: false });
    expect($(phishing.container, '[data-action="report"]')).to.not.equal(null);
  });

  it('explains that no IT address is configured when config.json is missing, and opens nothing', async () => {
    const { container, log } = await start(KAGOYA, 404);
    expect(container.querySelector('[data-notice]')).to.equal(null);
    click(container, 'report');
    expect($(container, '.report-confirm')!.hidden).to.equal(true);
    expect(statusKey(container)).to.equal('ui.report.no-address');
    expect($(container, '[data-action="edit-address"]')).to.equal(null);
    expect(log.forms).to.deep.equal([]);
  });

  it('lets the user set their own IT address where the admin allows it, kept in roaming settings', async () => {
    const { container, log } = await start(KAGOYA, { ...IT, userMaySetAddress: true });
    click(container, 'edit-address');
    const input = $(container, '.report-address input') as HTMLInputElement;
    input.value = 'desk@example.co.jp';
    $(container, 'form.report-address')!.dispatchEvent(
      new input.ownerDocument.defaultView!.Event('submit', { cancelable: true }),
    );
    await until(() => statusKey(container) === 'ui.report.address.saved', 'the saved address');
    expect(log.roaming.get('reportAddress')).to.equal('desk@example.co.jp');
    expect(log.saves).to.equal(1);

    await reportAndConfirm(container);
    expect(log.forms[0]!.form.toRecipients).to.deep.equal(['desk@example.co.jp']);
  });

  it('ignores a stored address and offers no address field where the admin does not allow it', async () => {
    const { container, log } = await start(KAGOYA, IT, { stored: { reportAddress: 'me@elsewhere.example' } });
    expect($(container, '[data-action="edit-address"]')).to.equal(null);
    await reportAndConfirm(container);
    expect(log.forms[0]!.form.toRecipients).to.deep.equal(['soc@example.co.jp']);
  });

  it('names each bad field of config.json and analyses with the defaults', async () => {
    const { container } = await start(KAGOYA, {
      reportAddresses: ['soc@example.co.jp'],
      ownDomains: ['not a domain'],
      reportOnClean: 'yes',
    });
    const notices = [...container.querySelectorAll('[data-notice="config.invalid"]')].map((n) => n.textContent ?? '');
    expect(notices).to.have.length(2);
    expect(notices[0]).to.include('"ownDomains"');
    expect(notices[1]).to.include('"reportOnClean"').and.include('true or false');
    expect($(container, '.verdict-title')!.textContent).to.equal('Likely phishing');
    expect($(container, '[data-action="report"]')).to.not.equal(null);
  });

  it('says so when config.json is not valid JSON', async () => {
    const { container } = await start(KAGOYA, '{ "reportAddresses": [ ');
    expect($(container, '[data-notice="config.invalid"]')!.textContent).to.include('"config.json"');
  });

  it('analyses with the admin’s own domains: mail forging a sister domain becomes a failure', async () => {
    // Synthetic from the KAGOYA headers: From a group domain that is not the reader's, failing Microsoft's DMARC check.
    const headers = String(KAGOYA.headers)
      .replace('From: KAGOYA Inc <sawada@air.linkclub.or.jp>', 'From: Soumu <soumu@example-group.co.jp>')
      .replace(
        /dmarc=bestguesspass action=none(\r?\n) header\.from=air\.linkclub\.or\.jp;compauth=pass reason=109/,
        'dmarc=fail action=none$1 header.from=example-group.co.jp;compauth=fail reason=000',
      );
    expect(headers).to.include('header.from=example-group.co.jp');
    const item: FakeItem = {
      ...PLAIN,
      from: { displayName: 'Soumu', emailAddress: 'soumu@example-group.co.jp' },
      subject: 'Notice',
      headers,
    };

    const without = await start(item, IT);
    expect($(without.container, '[data-finding-id="sender.spoofed-domain"]')).to.equal(null);
    const withOwn = await start(item, { ...IT, ownDomains: ['example.co.jp', 'example-group.co.jp'] });
    const forged = $(withOwn.container, '[data-finding-id="sender.spoofed-domain"]');
    expect(forged?.querySelector('.status-label')?.textContent).to.equal('Fail');
  });
});

describe('the report draft', () => {
  const report: Report = {
    verdict: 'suspicious',
    verdictReasons: [],
    story: [],
    hops: [],
    about: { from: 'a@b.example', subject: 's' },
    findings: Array.from({ length: 400 }, (_, i) => ({
      id: `links.text-mismatch`,
      section: 'links' as const,
      status: 'warn' as const,
      message: {
        key: 'links.text-mismatch' as const,
        params: { shown: `shown-${i}.example.com`, host: 'x'.repeat(300) },
      },
      evidence: [],
    })),
  };

  it('fits the body into Outlook’s 32 KB at a paragraph, closes what it opened, and says it was shortened', () => {
    const form = reportForm(EWS_ID, 's', report, ['soc@example.co.jp'], '[Phish]', 'ja');
    const html = form.htmlBody!;
    expect(new TextEncoder().encode(html).length).to.be.at.most(32_000);
    expect(html).to.include('メールに収めるため概要を途中までにしています');
    expect(html.endsWith('</p></div></div></div>')).to.equal(true);
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    expect(doc.body.innerHTML).to.equal(html, 'well-formed: parsing changes nothing');
  });

  it('leaves a body that fits as it is', () => {
    expect(fitBody('<div><p>a</p></div>', 'note', 1000)).to.equal('<div><p>a</p></div>');
  });

  it('shows line breaks in the subject as markers and keeps subject and attachment name within 255 characters', () => {
    const long = `Invoice\r\nBcc: x@y.example ${'請'.repeat(300)}`;
    const form = reportForm(EWS_ID, long, report, ['soc@example.co.jp'], '[Phish]', 'en');
    expect(form.subject).to.match(/^\[Phish\] Invoice⟨U\+000D⟩⟨U\+000A⟩Bcc: x@y\.example 請+$/);
    expect(form.subject!.length).to.equal(255);
    expect(form.attachments![0]!.name.length).to.equal(255);
    expect(reportForm(EWS_ID, '', report, ['soc@example.co.jp'], '', 'ja').attachments![0]!.name).to.equal(
      '報告するメール',
    );
  });
});
