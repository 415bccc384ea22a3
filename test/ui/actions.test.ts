/**
 * The pane's actions (src/ui/actions.ts), host-agnostic: Report asks first and calls the host only on Confirm,
 * Copy summary uses the clipboard and falls back to selected text the user copies by hand.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import type { Report } from '../../src/core/report';
import { renderActions, renderFalseAlarm, type PaneActions, type ReportOutcome } from '../../src/ui/actions';
import { mountPane } from '../../src/ui/pane';

function setup(spec: PaneActions, lang: 'en' | 'ja' = 'en') {
  const { window } = new JSDOM('<!doctype html><html><body><div id="pane"></div></body></html>');
  const doc = window.document;
  const root = renderActions(doc, spec, lang);
  doc.getElementById('pane')!.appendChild(root);
  const q = (selector: string) => root.querySelector(selector) as HTMLElement | null;
  return {
    window,
    doc,
    root,
    q,
    click: (action: string) => q(`[data-action="${action}"]`)!.click(),
    status: () => q('.actions-status')!,
  };
}

async function until(predicate: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A host's onReport that records its calls and answers what the test says, when the test says. */
function host(outcome: ReportOutcome = { ok: true, to: ['soc@example.co.jp'] }) {
  const calls: number[] = [];
  let release: (o: ReportOutcome) => void = () => {};
  const gate = new Promise<ReportOutcome>((resolve) => (release = resolve));
  return {
    calls,
    release: () => release(outcome),
    onReport: () => {
      calls.push(Date.now());
      return gate;
    },
  };
}

describe('pane actions: Report to IT', () => {
  it('asks first, naming the address, and calls the host only on Confirm', async () => {
    const h = host();
    const ui = setup({ copyText: () => 'summary', report: { to: ['soc@example.co.jp'], onReport: h.onReport } });
    // Nothing asks before the click: the confirmation is made then (in the task pane, fetched then).
    expect(ui.q('.report-confirm:not([hidden])')).to.equal(null);

    ui.click('report');
    const confirm = ui.q('.report-confirm')!;
    expect(confirm.hidden).to.equal(false);
    expect(ui.q('.report-confirm-text')!.textContent).to.equal(
      'Send this message to IT (soc@example.co.jp)? A draft opens with the message attached; nothing is sent until you press Send.',
    );
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(ui.doc.activeElement?.getAttribute('data-action')).to.equal('confirm');
    expect(h.calls).to.have.length(0);

    ui.click('confirm');
    expect(h.calls).to.have.length(1);
    expect(ui.status().getAttribute('data-status')).to.equal('ui.report.opening');
    h.release();
    await until(() => ui.status().getAttribute('data-status') === 'ui.report.opened', 'the outcome');
    expect(ui.status().textContent).to.include('soc@example.co.jp').and.include('press Send');
    expect(confirm.hidden).to.equal(true);
  });

  it('cannot report twice while the host is still opening the draft', async () => {
    const h = host();
    const ui = setup({ copyText: () => '', report: { to: ['soc@example.co.jp'], onReport: h.onReport } });
    ui.click('report');
    ui.click('confirm');
    for (const action of ['report', 'confirm', 'cancel'])
      expect(ui.q(`[data-action="${action}"]`)!.hasAttribute('disabled'), action).to.equal(true);
    ui.click('confirm');
    expect(h.calls).to.have.length(1);
    h.release();
    await until(() => !ui.q('[data-action="report"]')!.hasAttribute('disabled'), 'the buttons back');
  });

  it('sends nothing on Cancel or Escape', () => {
    const h = host();
    const ui = setup({ copyText: () => '', report: { to: ['soc@example.co.jp'], onReport: h.onReport } });
    ui.click('report');
    ui.click('cancel');
    expect(ui.q('.report-confirm')!.hidden).to.equal(true);
    expect(ui.status().textContent).to.equal('Not reported: nothing was sent.');
    expect(ui.doc.activeElement?.getAttribute('data-action')).to.equal('report');

    ui.click('report');
    ui.q('.report-confirm')!.dispatchEvent(new ui.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.q('.report-confirm')!.hidden).to.equal(true);
    expect(h.calls).to.have.length(0);
  });

  it('explains that no IT address is configured instead of asking', () => {
    const h = host();
    const ui = setup({ copyText: () => '', report: { to: [], onReport: h.onReport } }, 'ja');
    ui.click('report');
    expect(ui.q('.report-confirm')!.hidden).to.equal(true);
    expect(ui.status().textContent).to.include('アドレスがまだ設定されていません');
    expect(ui.status().getAttribute('data-intent')).to.equal('error');
    expect(h.calls).to.have.length(0);
  });

  it('says what went wrong when the host fails or throws, with the address to forward to', async () => {
    for (const [onReport, expected] of [
      [
        async (): Promise<ReportOutcome> => ({ ok: false, reason: 'failed', error: 'Internal error (9020)' }),
        'Internal error (9020)',
      ],
      [async (): Promise<ReportOutcome> => Promise.reject(new Error('boom')), 'boom'],
      [async (): Promise<ReportOutcome> => ({ ok: false, reason: 'unsupported' }), 'cannot open a report draft'],
    ] as const) {
      const ui = setup({ copyText: () => '', report: { to: ['soc@example.co.jp'], onReport } });
      ui.click('report');
      ui.click('confirm');
      await until(() => ui.status().getAttribute('data-intent') === 'error', expected);
      expect(ui.status().textContent).to.include(expected).and.include('soc@example.co.jp');
    }
  });

  it('offers the user’s own address field only when the host passes one, and reports to the saved address', async () => {
    const saved: string[] = [];
    const ui = setup({
      copyText: () => '',
      report: {
        to: [],
        onReport: async () => ({ ok: true, to: ['desk@example.co.jp'] }),
        userAddress: {
          save: async (value) => {
            saved.push(value);
            return value.includes('@') ? { result: 'saved', to: [value] } : { result: 'invalid' };
          },
        },
      },
    });
    ui.click('report');
    const form = ui.q('form.report-address')!;
    expect(ui.status().getAttribute('data-status')).to.equal('ui.report.no-address.user');
    expect(form.hidden).to.equal(false);
    const input = form.querySelector('input')!;
    expect(ui.doc.activeElement).to.equal(input);
    expect(ui.root.querySelector(`label[for="${input.id}"]`)?.textContent).to.equal(
      'Your IT team’s address for reports',
    );

    input.value = 'desk';
    form.dispatchEvent(new ui.window.Event('submit', { cancelable: true }));
    await until(() => ui.status().getAttribute('data-status') === 'ui.report.address.invalid', 'the refusal');
    input.value = 'desk@example.co.jp';
    form.dispatchEvent(new ui.window.Event('submit', { cancelable: true }));
    await until(() => ui.status().getAttribute('data-status') === 'ui.report.address.saved', 'the saved address');
    expect(form.hidden).to.equal(true);
    ui.click('report');
    expect(ui.q('.report-confirm-text')!.textContent).to.include('(desk@example.co.jp)');
    expect(saved).to.deep.equal(['desk', 'desk@example.co.jp']);

    const without = setup({
      copyText: () => '',
      report: { to: [], onReport: async () => ({ ok: false, reason: 'no-address' }) },
    });
    expect(without.q('form.report-address')).to.equal(null);
  });
});

describe('pane actions: Copy summary', () => {
  function clipboard(ui: ReturnType<typeof setup>, writeText: (text: string) => Promise<void>): void {
    Object.defineProperty(ui.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
  }

  it('copies the text the host gives at the click through navigator.clipboard', async () => {
    let summary = 'first';
    const ui = setup({ copyText: () => summary });
    const written: string[] = [];
    clipboard(ui, async (text) => void written.push(text));
    summary = 'the report redone';
    ui.click('copy');
    await until(() => ui.status().getAttribute('data-status') === 'ui.copy.done', 'the copy');
    expect(written).to.deep.equal(['the report redone']);
    expect((ui.q('textarea.copy-fallback') as HTMLTextAreaElement).hidden).to.equal(true);
    expect(ui.q('[data-action="report"]')).to.equal(null);
  });

  it('shows the summary selected in a read-only field when the clipboard is refused', async () => {
    const ui = setup({ copyText: () => 'Verdict: Likely phishing\nhxxps://evil[.]example/' });
    clipboard(ui, () => Promise.reject(new ui.window.DOMException('Write permission denied.', 'NotAllowedError')));
    ui.click('copy');
    await until(() => ui.status().getAttribute('data-status') === 'ui.copy.fallback', 'the fallback');
    const area = ui.q('textarea.copy-fallback') as HTMLTextAreaElement;
    expect(area.hidden).to.equal(false);
    expect(area.readOnly).to.equal(true);
    expect(area.value).to.equal('Verdict: Likely phishing\nhxxps://evil[.]example/');
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    expect(ui.doc.activeElement).to.equal(area);
    expect(area.getAttribute('aria-label')).to.equal('Summary of the check');
    expect(ui.status().textContent).to.include('Ctrl+C');
  });

  it('falls back the same way where there is no async clipboard at all', async () => {
    const ui = setup({ copyText: () => 'summary' }, 'ja');
    ui.click('copy');
    await until(() => ui.status().getAttribute('data-status') === 'ui.copy.fallback', 'the fallback');
    expect((ui.q('textarea.copy-fallback') as HTMLTextAreaElement).value).to.equal('summary');
    expect(ui.q('[data-action="copy"]')!.textContent).to.equal('概要をコピー');
  });
});

describe('pane actions in the shared pane', () => {
  const report: Report = {
    verdict: 'suspicious',
    verdictReasons: [],
    story: [],
    hops: [],
    about: { from: 'a@b.example', subject: 's' },
    findings: [],
  };

  it('sit below the checklist, survive a redone report, and go with checking() and notices()', () => {
    const { window } = new JSDOM('<!doctype html><html><body><div id="pane"></div></body></html>');
    const container = window.document.getElementById('pane')!;
    const pane = mountPane(container, 'en');
    pane.report(report);
    pane.actions({
      copyText: () => 'x',
      report: { to: ['soc@example.co.jp'], onReport: async () => ({ ok: true, to: [] }) },
    });
    const main = container.querySelector('main')!;
    expect(main.lastElementChild!.querySelector('section.pane-actions')).to.not.equal(null);
    expect(
      main.querySelector('.content')!.compareDocumentPosition(main.querySelector('.pane-actions')!) &
        window.Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    expect(container.querySelector('.pane-actions')!.getAttribute('aria-label')).to.equal(
      'What to do with this message',
    );

    pane.report(report);
    expect(container.querySelector('[data-action="report"]')).to.not.equal(null);
    pane.checking();
    expect(container.querySelector('.pane-actions')).to.equal(null);
    pane.report(report);
    pane.actions({ copyText: () => 'x' });
    pane.notices([{ intent: 'info', key: 'ui.notice.no-item' }]);
    expect(container.querySelector('.pane-actions')).to.equal(null);
    pane.report(report);
    pane.actions({ copyText: () => 'x' });
    pane.actions(undefined);
    expect(container.querySelector('.pane-actions')).to.equal(null);
  });
});

describe('pane actions: "This looks wrong" (a possible false alarm)', () => {
  function setupFalseAlarm(spec: PaneActions, lang: 'en' | 'ja' = 'en') {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const root = renderFalseAlarm(window.document, spec, lang)!;
    window.document.body.appendChild(root);
    const q = (selector: string) => root.querySelector(selector) as HTMLElement | null;
    return { root, q, click: (action: string) => q(`[data-action="${action}"]`)!.click() };
  }

  it('is drawn only when the host offers it', () => {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    expect(renderFalseAlarm(window.document, { copyText: () => '' }, 'en')).to.equal(undefined);
  });

  it('asks first, saying the draft is marked as a possible false alarm, and reports only on Confirm', async () => {
    const h = host();
    const ui = setupFalseAlarm({
      copyText: () => '',
      falseAlarm: { to: ['soc@example.co.jp'], onReport: h.onReport },
    });
    expect(ui.q('[data-action="false-alarm"]')!.textContent).to.equal('This looks wrong');
    ui.click('false-alarm');
    expect(ui.q('.false-alarm-confirm')!.hidden).to.equal(false);
    expect(ui.q('.false-alarm-question')!.textContent).to.include('soc@example.co.jp');
    expect(ui.q('.false-alarm-question')!.textContent).to.include('possible false alarm');
    expect(h.calls).to.have.length(0);
    ui.click('cancel-false-alarm');
    expect(h.calls).to.have.length(0);
    ui.click('false-alarm');
    ui.click('confirm-false-alarm');
    expect(h.calls).to.have.length(1);
    h.release();
    await until(() => ui.q('.false-alarm-status')!.getAttribute('data-status') === 'ui.false-alarm.opened', 'opened');
    expect(ui.q('.false-alarm-status')!.textContent).to.include('marked as a possible false alarm');
  });

  it('saves the marked summary where there is no mail client, after the reader confirms', () => {
    let saved = 0;
    const ui = setupFalseAlarm({ copyText: () => '', falseAlarm: { save: () => saved++ } }, 'ja');
    ui.click('false-alarm');
    expect(saved).to.equal(0);
    expect(ui.q('.false-alarm-question')!.textContent).to.include('誤検知の可能性');
    ui.click('confirm-false-alarm');
    expect(saved).to.equal(1);
    expect(ui.q('.false-alarm-status')!.getAttribute('data-status')).to.equal('ui.false-alarm.saved');
  });
});
