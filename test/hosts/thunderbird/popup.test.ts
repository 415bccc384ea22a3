/** The popup and options page as a user sees them, on a jsdom page with a fake messenger. */
import { expect } from 'chai';
import { translate } from '../../../src/i18n';
import { JSDOM } from 'jsdom';
import { runOptions } from '../../../src/hosts/thunderbird/options-page';
import { runPopup } from '../../../src/hosts/thunderbird/popup-controller';
import { USER_ADDRESS_KEY } from '../../../src/hosts/thunderbird/settings';
import { ja } from '../../../src/i18n/ja';
import { fixture } from '../../helpers';
import { fakeMessenger, header, READER_ACCOUNTS, type FakeOptions } from './fake-messenger';

function page(): HTMLElement {
  const dom = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  return dom.window.document.getElementById('app')!;
}

/** Waits for an async click handler to finish changing `node` (bounded). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

function click(container: HTMLElement, action: string): void {
  container.querySelector<HTMLElement>(`[data-action="${action}"]`)!.click();
}

const KAGOYA: FakeOptions = {
  displayed: { id: null, messages: [header(1)] },
  raw: { 1: fixture('tb-kagoya-2021-12.getraw.eml') },
  accounts: READER_ACCOUNTS,
};

describe('Thunderbird popup', () => {
  it('shows the KAGOYA message as likely phishing, with its story and the failing checks', async () => {
    const container = page();
    const { api } = fakeMessenger(KAGOYA);
    const result = await runPopup(api, container);
    expect(result.session.report?.verdict).to.equal('likely-phishing');
    const text = container.textContent ?? '';
    expect(text).to.include('Likely phishing').and.include('This message claims to be from KAGOYA');
    const shown = [...container.querySelectorAll('[data-finding-id]')].map((n) => n.getAttribute('data-finding-id'));
    expect(shown).to.include.members([
      'sender.brand-mismatch',
      'links.host-mismatch',
      'links.brand-in-path',
      'content.lure',
    ]);
    // The task pane's help page is about Outlook and is not in the extension: no link to it.
    expect(container.querySelector('a[href^="help.html"]')).to.equal(null);
  });

  it('speaks Japanese when Thunderbird does', async () => {
    const container = page();
    await runPopup(fakeMessenger({ ...KAGOYA, uiLanguage: 'ja' }).api, container);
    expect(container.textContent).to.include('フィッシングの可能性が高い');
    expect(container.querySelector('[data-action="report"]')?.textContent).to.equal(ja['ui.report.button']);
  });

  it('"Report to IT" asks first, naming the address, then opens the forward and tells the user to press Send', async () => {
    const container = page();
    const { api, calls } = fakeMessenger({ ...KAGOYA, managed: { reportAddresses: ['soc@example.co.jp'] } });
    await runPopup(api, container);
    click(container, 'report');
    expect(container.querySelector('.report-confirm-text')?.textContent).to.include('soc@example.co.jp');
    expect(calls.beginForward).to.deep.equal([]);
    click(container, 'confirm');
    const status = container.querySelector('.actions-status')!;
    await until(() => status.getAttribute('data-status') === 'ui.report.opened');
    expect(calls.beginForward.map((c) => [c.id, c.type])).to.deep.equal([[1, 'forwardAsAttachment']]);
    expect(status.textContent).to.include('soc@example.co.jp').and.include('press Send');
  });

  it('"This looks wrong" forwards the message after the reader confirms, marked as a possible false alarm', async () => {
    const container = page();
    const { api, calls } = fakeMessenger({ ...KAGOYA, managed: { reportAddresses: ['soc@example.co.jp'] } });
    await runPopup(api, container);
    click(container, 'false-alarm');
    expect(calls.beginForward).to.deep.equal([]);
    click(container, 'confirm-false-alarm');
    await until(() => calls.beginForward.length > 0);
    const details = calls.beginForward[0]!.details!;
    expect(details.to).to.deep.equal(['soc@example.co.jp']);
    expect(details.subject).to.include('[Reported as a possible false alarm]');
    expect(details.plainTextBody).to.match(/^Reported as a possible false alarm/);
  });

  it("opens a Japanese reader's false-alarm report in Japanese, then in English for IT", async () => {
    const container = page();
    const { api, calls } = fakeMessenger({
      ...KAGOYA,
      uiLanguage: 'ja',
      managed: { reportAddresses: ['soc@example.co.jp'] },
    });
    await runPopup(api, container);
    click(container, 'false-alarm');
    click(container, 'confirm-false-alarm');
    await until(() => calls.beginForward.length > 0);
    const [first, second] = calls.beginForward[0]!.details!.plainTextBody!.split('\n');
    expect(first).to.equal(translate('ja', 'report.false-alarm.intro'));
    expect(second).to.equal(translate('en', 'report.false-alarm.intro'));
  });

  it('without an address, asks for one right there instead of opening a draft, and uses it once saved', async () => {
    const container = page();
    const { api, calls } = fakeMessenger(KAGOYA);
    await runPopup(api, container);
    click(container, 'report');
    const status = container.querySelector('.actions-status')!;
    expect(status.textContent).to.include('No IT address is set yet');
    expect(calls.beginForward).to.deep.equal([]);
    const input = container.querySelector<HTMLInputElement>('.report-address input')!;
    input.value = 'security@example.co.jp';
    container.querySelector<HTMLFormElement>('.report-address')!.requestSubmit();
    await until(() => status.getAttribute('data-status') === 'ui.report.address.saved');
    expect(calls.localSet).to.deep.equal([{ [USER_ADDRESS_KEY]: 'security@example.co.jp' }]);
    click(container, 'report');
    click(container, 'confirm');
    await until(() => calls.beginForward.length > 0);
    expect(calls.beginForward[0]!.details!.to).to.deep.equal(['security@example.co.jp']);
  });

  it('uses an address saved in the options after the popup opened', async () => {
    const container = page();
    const { api, calls } = fakeMessenger({
      ...KAGOYA,
      managed: { reportAddresses: ['soc@example.co.jp'], userMaySetAddress: true },
    });
    await runPopup(api, container);
    await api.storage.local.set({ [USER_ADDRESS_KEY]: 'security@example.co.jp' });
    click(container, 'report');
    click(container, 'confirm');
    await until(() => calls.beginForward.length > 0);
    expect(calls.beginForward[0]!.details!.to).to.deep.equal(['security@example.co.jp']);
  });

  it('offers no report button on a clean message when the admin turned that off, and still Copy summary', async () => {
    const container = page();
    const partner = { 2: fixture('partner-m365-to-m365.synthetic.eml') };
    const options = { displayed: { id: null, messages: [header(2)] }, raw: partner, managed: { reportOnClean: false } };
    const result = await runPopup(fakeMessenger(options).api, container);
    expect(result.session.report?.verdict).to.equal('no-red-flags');
    expect(container.querySelector('[data-action="report"]')).to.equal(null);
    expect(container.querySelector('[data-action="copy"]')).to.not.equal(null);
  });

  it('asks for one message when none or several are shown, and reads none', async () => {
    const none = page();
    const empty = fakeMessenger({ displayed: { id: null, messages: [] } });
    await runPopup(empty.api, none);
    expect(none.textContent).to.include('No message is shown');
    const many = page();
    await runPopup(fakeMessenger({ displayed: { id: null, messages: [header(1), header(2)] } }).api, many);
    expect(many.textContent).to.include('2 messages are selected');
    expect(empty.calls.getRaw).to.deep.equal([]);
  });

  it('says what went wrong when the source cannot be read, never a blank popup', async () => {
    const container = page();
    await runPopup(fakeMessenger({ ...KAGOYA, getRawError: 'Error reading message 1' }).api, container);
    expect(container.textContent).to.include('The message could not be read (Error reading message 1)');
  });

  it('names a bad field of the admin policy above the report', async () => {
    const container = page();
    await runPopup(fakeMessenger({ ...KAGOYA, managed: { reportAddresses: ['nope'] } }).api, container);
    expect(container.textContent).to.include('"reportAddresses": it must hold e-mail addresses');
  });
});

describe('Thunderbird options page', () => {
  it('saves the address the user types, and refuses one that is not an address', async () => {
    const container = page();
    const { api, calls } = fakeMessenger();
    await runOptions(api, container);
    const input = container.querySelector('input')!;
    const form = container.querySelector('form')!;
    const status = container.querySelector('[role=status]')!;
    input.value = 'security@example.co.jp';
    form.requestSubmit();
    await until(() => Boolean(status.textContent));
    expect(calls.localSet).to.deep.equal([{ [USER_ADDRESS_KEY]: 'security@example.co.jp' }]);
    expect(status.textContent).to.equal('Saved.');
    input.value = 'security at example';
    form.requestSubmit();
    await until(() => status.textContent !== 'Saved.');
    expect(status.textContent).to.equal('This is not an e-mail address: security at example');
  });

  it("shows the admin's address and no field when the admin manages the setting", async () => {
    const container = page();
    await runOptions(
      fakeMessenger({ managed: { reportAddresses: ['soc@example.co.jp'] }, uiLanguage: 'ja' }).api,
      container,
    );
    expect(container.querySelector('input')).to.equal(null);
    expect(container.textContent)
      .to.include('管理者が設定済み: soc@example.co.jp')
      .and.include('この設定は管理者が管理しています。');
  });
});
