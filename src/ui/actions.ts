/**
 * What the reader can do once the checklist is read: "Report to IT" and "Copy summary". Host-agnostic: the host says
 * what reporting does (`onReport`, which only opens a draft the user sends) and what to copy; this file owns the
 * buttons, the confirmation, the status line and the copy fallback. This file draws the buttons; what they do once
 * clicked is action-flows.ts, built at the first click (the task pane fetches it then: action-flows-loader.ts).
 *
 * Traps:
 * - Nothing may be sent silently: Report first asks, naming the address, and only then calls the host.
 * - The clipboard is often refused in an Office task pane: the pane is an iframe, `clipboard-write` is granted only
 *   where Outlook's frame delegates it, and older WebViews have no async clipboard at all. On any refusal the text is
 *   shown, selected, in a read-only textarea the user can copy from by hand.
 * - The status line is one live region made once: a region inserted together with its text is not announced.
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import { actionButton, statusLine } from './action-kit';
import { withActionFlows, type ActionFlows } from './action-flows-loader';
import { el } from './dom';
import { errorText } from './error-text';

/** What opening a report draft came to. `unsupported`: this client has no API for it (phones, old versions). */
export type ReportOutcome =
  | { ok: true; to: string[] }
  | { ok: false; reason: 'no-address' }
  | { ok: false; reason: 'unsupported' }
  | { ok: false; reason: 'failed'; error: string };

/** What saving the user's own IT address came to; `to` is where reports go afterwards. */
export type AddressSave =
  | { result: 'saved' | 'cleared'; to: string[] }
  | { result: 'invalid' | 'locked' }
  | { result: 'failed'; error: string };

interface ReportAction {
  /** Where a report goes, named in the confirmation. Empty: the button explains that no IT address is configured. */
  to: readonly string[];
  /** Opens the draft, after the user confirmed. Should not reject; a rejection is shown as a failure. */
  onReport(): Promise<ReportOutcome>;
  /** Present only where the admin lets users set their own IT address: an address field is offered. */
  userAddress?: { current?: string; save(value: string): Promise<AddressSave> };
}

/**
 * "This looks wrong" beside the verdict: the reader tells IT the result seems mistaken, so IT can correct the admin
 * configuration (own domains, extra brands, trusted senders) — never a switch that silences a check for this user.
 * Through a mail client: the same report-to-IT draft, marked as a possible false alarm (`to`, `onReport`). Without one
 * (the standalone page): the same summary, marked so, saved as a file to send (`save`).
 */
type FalseAlarmAction = { to: readonly string[]; onReport(): Promise<ReportOutcome> } | { save(): void };

export interface PaneActions {
  /**
   * The summary "Copy summary" copies, made at the click (a report redone meanwhile is what gets copied). A promise
   * where its code or words are fetched then (the Outlook pane); a rejection is said in the status line.
   */
  copyText(): string | Promise<string>;
  /** "Report to IT"; left out, there is no Report button (e.g. a clean message where the admin said so). */
  report?: ReportAction;
  /** "This looks wrong"; the session keeps it only for a report that flags something (session.ts). */
  falseAlarm?: FalseAlarmAction;
}

/** The actions block: buttons, a confirmation shown on Report, the copy fallback, and one status line. */
export function renderActions(doc: Document, spec: PaneActions, lang: Lang): HTMLElement {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(lang, key, params);
  const { status, say } = statusLine(doc, 'actions-status', lang);
  const failed = (error: unknown) => say('ui.notice.actions-failed', { error: errorText(error) }, 'error');
  const flows = (run: (loaded: ActionFlows) => void) => withActionFlows(run, failed);

  const row = el(doc, 'div', { className: 'actions-row' });
  const section = el(
    doc,
    'section',
    { className: 'pane-actions', attrs: { 'aria-label': t('ui.report.actions-label') } },
    [row],
  );

  const copyButton = actionButton(doc, t('ui.copy.button'), 'copy', !spec.report);
  const fallback = el(doc, 'textarea', {
    className: 'copy-fallback',
    attrs: { readonly: '', rows: '8', spellcheck: 'false', 'aria-label': t('ui.copy.fallback-label') },
  });
  fallback.hidden = true;

  const action = spec.report;
  if (action) {
    const reportButton = actionButton(doc, t('ui.report.button'), 'report', true);
    row.appendChild(reportButton);
    // The user's own IT address: its toggle now, its form with the rest at the first click.
    const toggle = action.userAddress && actionButton(doc, t('ui.report.address.change'), 'edit-address', false);
    toggle?.setAttribute('aria-expanded', 'false');
    const area = toggle && el(doc, 'div', { className: 'report-address-area' }, [toggle]);
    if (area) section.appendChild(area);
    let made: ReturnType<ActionFlows['reportFlows']> | undefined;
    const controls = (run: (made: ReturnType<ActionFlows['reportFlows']>) => void) =>
      flows((loaded) => {
        const parts = { section, reportButton, before: area ?? fallback, editor: toggle && area && { area, toggle } };
        run((made ??= loaded.reportFlows(doc, action, parts, lang, say)));
      });
    reportButton.addEventListener('click', () => controls((c) => c.report()));
    toggle?.addEventListener('click', () => controls((c) => c.toggle()));
  }
  row.appendChild(copyButton);
  section.append(fallback, status);

  copyButton.addEventListener('click', () => {
    let text: string | Promise<string>;
    try {
      text = spec.copyText();
    } catch (error) {
      text = Promise.reject(error);
    }
    // Made asynchronously: the clipboard may then refuse for want of the click's activation, and the fallback shows.
    if (typeof text === 'string') {
      const made = text;
      return flows((loaded) => void loaded.copySummary(doc, made, fallback, say));
    }
    text.then((made) => flows((loaded) => void loaded.copySummary(doc, made, fallback, say)), failed);
  });
  return section;
}

/**
 * "This looks wrong", drawn beside the verdict (pane.ts): a quiet button, a confirmation that says what will happen
 * (a draft to IT marked as a possible false alarm, or a file to send), and its own status line. Undefined when the
 * host offers none. As with Report to IT, nothing leaves before the reader confirms and then presses Send.
 */
export function renderFalseAlarm(doc: Document, spec: PaneActions, lang: Lang): HTMLElement | undefined {
  const action = spec.falseAlarm;
  if (!action) return undefined;
  const { status, say } = statusLine(doc, 'false-alarm-status', lang);
  const open = actionButton(doc, translate(lang, 'ui.false-alarm.button'), 'false-alarm', false);
  const section = el(
    doc,
    'section',
    { className: 'false-alarm', attrs: { 'aria-label': translate(lang, 'ui.false-alarm.label') } },
    [el(doc, 'div', { className: 'actions-row' }, [open]), status],
  );
  let flow: (() => void) | undefined;
  open.addEventListener('click', () =>
    withActionFlows(
      (loaded) => (flow ??= loaded.falseAlarmFlow(doc, action, { section, open, status }, lang, say))(),
      (error) => say('ui.notice.actions-failed', { error: errorText(error) }, 'error'),
    ),
  );
  return section;
}
