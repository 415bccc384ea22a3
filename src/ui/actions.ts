/**
 * What the reader can do once the checklist is read: "Report to IT" and "Copy summary". Host-agnostic: the host says
 * what reporting does (`onReport`, which only opens a draft the user sends) and what to copy; this file owns the
 * buttons, the confirmation, the status line and the copy fallback.
 *
 * Traps:
 * - Nothing may be sent silently: Report first asks, naming the address, and only then calls the host.
 * - The clipboard is often refused in an Office task pane: the pane is an iframe, `clipboard-write` is granted only
 *   where Outlook's frame delegates it, and older WebViews have no async clipboard at all. On any refusal the text is
 *   shown, selected, in a read-only textarea the user can copy from by hand.
 * - The status line is one live region made once: a region inserted together with its text is not announced.
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import { button, el, uniqueId } from './dom';
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

/** A button (Fluent's or native, dom.ts) that `data-action` names for tests and hosts. */
function actionButton(doc: Document, label: string, action: string, primary: boolean): HTMLElement {
  const made = button(doc, label, primary ? 'primary' : 'secondary');
  made.setAttribute('data-action', action);
  return made;
}

function setDisabled(elements: HTMLElement[], disabled: boolean): void {
  for (const e of elements) {
    if (disabled) e.setAttribute('disabled', '');
    else e.removeAttribute('disabled');
  }
}

/** The actions block: buttons, a confirmation shown on Report, the copy fallback, and one status line. */
export function renderActions(doc: Document, spec: PaneActions, lang: Lang): HTMLElement {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(lang, key, params);
  const status = el(doc, 'p', { className: 'actions-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say = (key: MessageKey, params: Record<string, string> = {}, intent: 'info' | 'error' = 'info') => {
    status.textContent = t(key, params);
    status.setAttribute('data-intent', intent);
    status.setAttribute('data-status', key);
  };

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

  if (spec.report) row.appendChild(reportControls(doc, spec.report, section, { t, say }));
  row.appendChild(copyButton);
  section.append(fallback, status);

  copyButton.addEventListener('click', () => {
    let text: string | Promise<string>;
    try {
      text = spec.copyText();
    } catch (error) {
      text = Promise.reject(error);
    }
    if (typeof text === 'string') return void copySummary(doc, text, fallback, say);
    // Made asynchronously: the clipboard may then refuse for want of the click's activation, and the fallback shows.
    text.then(
      (made) => copySummary(doc, made, fallback, say),
      (error: unknown) => say('ui.notice.actions-failed', { error: errorText(error) }, 'error'),
    );
  });
  return section;
}

type Say = (key: MessageKey, params?: Record<string, string>, intent?: 'info' | 'error') => void;
type Tools = { t: (key: MessageKey, params?: Record<string, string>) => string; say: Say };

/** navigator.clipboard first; on refusal the read-only textarea, selected, and a line saying how to copy by hand. */
async function copySummary(doc: Document, text: string, fallback: HTMLTextAreaElement, say: Say): Promise<void> {
  const clipboard = doc.defaultView?.navigator?.clipboard;
  try {
    if (!clipboard || typeof clipboard.writeText !== 'function') throw new Error('no async clipboard');
    await clipboard.writeText(text);
    fallback.hidden = true;
    say('ui.copy.done');
  } catch {
    fallback.value = text;
    fallback.hidden = false;
    fallback.focus();
    fallback.select();
    say('ui.copy.fallback');
  }
}

/**
 * The Report button with its confirmation ("Send this message to IT (addr)?") and, where the admin allows it, the
 * user's own address field. Returns the button; the confirmation and the field go into `section`.
 */
function reportControls(doc: Document, action: ReportAction, section: HTMLElement, { t, say }: Tools): HTMLElement {
  let to = [...action.to];
  const reportButton = actionButton(doc, t('ui.report.button'), 'report', true);

  const questionId = uniqueId('report-confirm');
  const question = el(doc, 'p', { className: 'report-confirm-text', attrs: { id: questionId } });
  const confirmButton = actionButton(doc, t('ui.report.confirm'), 'confirm', true);
  const cancelButton = actionButton(doc, t('ui.report.cancel'), 'cancel', false);
  const confirm = el(
    doc,
    'div',
    { className: 'report-confirm', attrs: { role: 'group', 'aria-labelledby': questionId } },
    [question, el(doc, 'div', { className: 'actions-row' }, [confirmButton, cancelButton])],
  );
  confirm.hidden = true;
  section.appendChild(confirm);

  const editor = action.userAddress
    ? addressEditor(doc, action.userAddress, { t, say }, (next) => (to = next))
    : undefined;
  if (editor) section.appendChild(editor.element);

  const closeConfirm = () => {
    confirm.hidden = true;
    reportButton.removeAttribute('aria-expanded');
  };

  reportButton.addEventListener('click', () => {
    if (busy) return;
    if (to.length === 0) {
      closeConfirm();
      if (editor) {
        say('ui.report.no-address.user', {}, 'error');
        editor.open();
      } else {
        say('ui.report.no-address', {}, 'error');
      }
      return;
    }
    question.textContent = t('ui.report.confirm-question', { address: to.join(', ') });
    confirm.hidden = false;
    reportButton.setAttribute('aria-expanded', 'true');
    confirmButton.focus();
  });

  cancelButton.addEventListener('click', () => {
    if (busy) return;
    closeConfirm();
    say('ui.report.cancelled');
    reportButton.focus();
  });
  confirm.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') cancelButton.click();
  });

  // Also a flag, not only `disabled`: a Fluent button may still dispatch a click while disabled.
  let busy = false;
  confirmButton.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    say('ui.report.opening');
    const outcome = await openDraft(action.onReport, [reportButton, confirmButton, cancelButton]);
    busy = false;
    closeConfirm();
    const noAddress = editor ? 'ui.report.no-address.user' : 'ui.report.no-address';
    sayOutcome(say, outcome, to.join(', '), 'ui.report.opened', noAddress);
    reportButton.focus();
  });

  return reportButton;
}

/** Opens the draft through the host, its buttons disabled meanwhile; a thrown error is an outcome like any other. */
async function openDraft(onReport: () => Promise<ReportOutcome>, buttons: HTMLElement[]): Promise<ReportOutcome> {
  setDisabled(buttons, true);
  try {
    return await onReport();
  } catch (error) {
    return { ok: false, reason: 'failed', error: errorText(error) };
  } finally {
    setDisabled(buttons, false);
  }
}

/** Tells the reader how opening the draft to `address` went (Report to IT and "This looks wrong" alike). */
function sayOutcome(
  say: Say,
  outcome: ReportOutcome,
  address: string,
  opened: MessageKey,
  noAddress: MessageKey,
): void {
  if (outcome.ok) say(opened, { address: outcome.to.join(', ') });
  else if (outcome.reason === 'unsupported') say('ui.report.unsupported', { address }, 'error');
  else if (outcome.reason === 'failed') say('ui.report.failed', { address, error: outcome.error }, 'error');
  else say(noAddress, {}, 'error');
}

/** The user's own IT address: a toggle button and a small form, saved through the host. */
function addressEditor(
  doc: Document,
  store: NonNullable<ReportAction['userAddress']>,
  { t, say }: Tools,
  onChange: (to: string[]) => void,
): { element: HTMLElement; open(): void } {
  const inputId = uniqueId('report-address');
  const input = el(doc, 'input', {
    className: 'text-input',
    attrs: { id: inputId, type: 'email', autocomplete: 'email', inputmode: 'email', spellcheck: 'false' },
  });
  input.value = store.current ?? '';
  const save = el(doc, 'button', {
    className: 'button',
    attrs: { type: 'submit', 'data-action': 'save-address' },
    text: t('ui.report.address.save'),
  });
  const form = el(doc, 'form', { className: 'report-address', attrs: { novalidate: '' } }, [
    el(doc, 'label', { attrs: { for: inputId }, text: t('ui.report.address.label') }),
    el(doc, 'div', { className: 'actions-row' }, [input, save]),
  ]);
  form.hidden = true;
  const toggle = actionButton(doc, t('ui.report.address.change'), 'edit-address', false);
  toggle.setAttribute('aria-expanded', 'false');

  const show = (visible: boolean) => {
    form.hidden = !visible;
    toggle.setAttribute('aria-expanded', String(visible));
    if (visible) input.focus();
  };
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));

  form.addEventListener('submit', async (event) => {
    // Never a real submission: the pane's CSP says form-action 'none', and the value goes to the host only.
    event.preventDefault();
    save.disabled = true;
    let saved: AddressSave;
    try {
      saved = await store.save(input.value);
    } catch (error) {
      saved = { result: 'failed', error: errorText(error) };
    }
    save.disabled = false;
    if ('to' in saved) {
      onChange(saved.to);
      show(false);
      if (saved.result === 'saved') say('ui.report.address.saved', { address: saved.to.join(', ') });
      else say(saved.to.length ? 'ui.report.address.cleared' : 'ui.report.address.cleared-none');
    } else if ('error' in saved) {
      say('ui.report.address.failed', { error: saved.error }, 'error');
    } else if (saved.result === 'invalid') {
      say('ui.report.address.invalid', {}, 'error');
      input.focus();
    } else {
      say('ui.report.address.locked', {}, 'error');
    }
  });

  return { element: el(doc, 'div', { className: 'report-address-area' }, [toggle, form]), open: () => show(true) };
}

/**
 * "This looks wrong", drawn beside the verdict (pane.ts): a quiet button, a confirmation that says what will happen
 * (a draft to IT marked as a possible false alarm, or a file to send), and its own status line. Undefined when the
 * host offers none. As with Report to IT, nothing leaves before the reader confirms and then presses Send.
 */
export function renderFalseAlarm(doc: Document, spec: PaneActions, lang: Lang): HTMLElement | undefined {
  const action = spec.falseAlarm;
  if (!action) return undefined;
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(lang, key, params);
  const status = el(doc, 'p', { className: 'false-alarm-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say: Say = (key, params = {}, intent = 'info') => {
    status.textContent = t(key, params);
    status.setAttribute('data-intent', intent);
    status.setAttribute('data-status', key);
  };
  const open = actionButton(doc, t('ui.false-alarm.button'), 'false-alarm', false);
  const questionId = uniqueId('false-alarm-confirm');
  const question = el(doc, 'p', { className: 'false-alarm-question', attrs: { id: questionId } });
  const confirmButton = actionButton(
    doc,
    t('save' in action ? 'ui.false-alarm.save' : 'ui.report.confirm'),
    'confirm-false-alarm',
    true,
  );
  const cancelButton = actionButton(doc, t('ui.report.cancel'), 'cancel-false-alarm', false);
  const confirm = el(
    doc,
    'div',
    { className: 'false-alarm-confirm', attrs: { role: 'group', 'aria-labelledby': questionId } },
    [question, el(doc, 'div', { className: 'actions-row' }, [confirmButton, cancelButton])],
  );
  confirm.hidden = true;
  const close = () => {
    confirm.hidden = true;
    open.removeAttribute('aria-expanded');
  };
  let busy = false;
  open.addEventListener('click', () => {
    if (busy) return;
    if ('to' in action && action.to.length === 0) return say('ui.report.no-address', {}, 'error');
    question.textContent =
      'to' in action
        ? t('ui.false-alarm.question', { address: action.to.join(', ') })
        : t('ui.false-alarm.question-save');
    confirm.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    confirmButton.focus();
  });
  cancelButton.addEventListener('click', () => {
    if (busy) return;
    close();
    say('ui.report.cancelled');
    open.focus();
  });
  confirm.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') cancelButton.click();
  });
  confirmButton.addEventListener('click', async () => {
    if (busy) return;
    if ('save' in action) {
      close();
      try {
        action.save();
        say('ui.false-alarm.saved');
      } catch (error) {
        say('ui.notice.actions-failed', { error: errorText(error) }, 'error');
      }
      return open.focus();
    }
    busy = true;
    say('ui.report.opening');
    const outcome = await openDraft(action.onReport, [open, confirmButton, cancelButton]);
    busy = false;
    close();
    sayOutcome(say, outcome, action.to.join(', '), 'ui.false-alarm.opened', 'ui.report.no-address');
    open.focus();
  });
  return el(doc, 'section', { className: 'false-alarm', attrs: { 'aria-label': t('ui.false-alarm.label') } }, [
    el(doc, 'div', { className: 'actions-row' }, [open]),
    confirm,
    status,
  ]);
}
