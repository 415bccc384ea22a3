/**
 * What the actions do once clicked (actions.ts draws their buttons): the confirmation that names where a report goes,
 * the user's own IT address field, opening the draft through the host, the copy fallback, and "This looks wrong"'s
 * confirmation. Built at the first click on a button of theirs (in the task pane, a chunk fetched then:
 * action-flows-loader.ts); what they say waits for its words where those are not in yet (action-kit.ts withWords).
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import type { AddressSave, PaneActions, ReportOutcome } from './actions';
import { actionButton, setDisabled, withWords, type Say } from './action-kit';
import { el, uniqueId } from './dom';
import { errorText } from './error-text';

type ReportAction = NonNullable<PaneActions['report']>;
type FalseAlarmAction = NonNullable<PaneActions['falseAlarm']>;

/** navigator.clipboard first; on refusal the read-only textarea, selected, and a line saying how to copy by hand. */
export async function copySummary(doc: Document, text: string, fallback: HTMLTextAreaElement, say: Say): Promise<void> {
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

/** The Report button's drawn parts: the button, and the address area with its toggle where the host offers one. */
export interface ReportParts {
  section: HTMLElement;
  reportButton: HTMLElement;
  /** Where the confirmation goes: before this node of `section`. */
  before: Node;
  editor?: { area: HTMLElement; toggle: HTMLElement };
}

/**
 * The Report button's confirmation ("Send this message to IT (addr)?") and, where the admin allows it, the user's own
 * address form, put into the drawn section; returns what a click on the Report button and on the address toggle do.
 */
export function reportFlows(
  doc: Document,
  action: ReportAction,
  parts: ReportParts,
  lang: Lang,
  say: Say,
): { report(): void; toggle(): void } {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(lang, key, params);
  const failed = (error: unknown) => say('ui.notice.actions-failed', { error: errorText(error) }, 'error');
  const { section, reportButton } = parts;
  let to = [...action.to];

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
  section.insertBefore(confirm, parts.before);

  const editor =
    action.userAddress && parts.editor
      ? addressEditor(doc, action.userAddress, parts.editor, { t, say }, (next) => (to = next))
      : undefined;

  const closeConfirm = () => {
    confirm.hidden = true;
    reportButton.removeAttribute('aria-expanded');
  };

  // Also a flag, not only `disabled`: a Fluent button may still dispatch a click while disabled.
  let busy = false;

  const report = () => {
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
    withWords(
      lang,
      'ui.report.confirm-question',
      () => {
        question.textContent = t('ui.report.confirm-question', { address: to.join(', ') });
        confirm.hidden = false;
        reportButton.setAttribute('aria-expanded', 'true');
        confirmButton.focus();
      },
      failed,
    );
  };

  cancelButton.addEventListener('click', () => {
    if (busy) return;
    closeConfirm();
    say('ui.report.cancelled');
    reportButton.focus();
  });
  confirm.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') cancelButton.click();
  });

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

  return { report, toggle: () => editor?.toggle() };
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

/** The user's own IT address: a small form beside its drawn toggle, saved through the host. */
function addressEditor(
  doc: Document,
  store: NonNullable<ReportAction['userAddress']>,
  { area, toggle }: { area: HTMLElement; toggle: HTMLElement },
  { t, say }: { t: (key: MessageKey, params?: Record<string, string>) => string; say: Say },
  onChange: (to: string[]) => void,
): { open(): void; toggle(): void } {
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
  area.appendChild(form);

  const show = (visible: boolean) => {
    form.hidden = !visible;
    toggle.setAttribute('aria-expanded', String(visible));
    if (visible) input.focus();
  };

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

  return { open: () => show(true), toggle: () => show(toggle.getAttribute('aria-expanded') !== 'true') };
}

/** "This looks wrong"'s drawn parts: its button, and its status line, before which the confirmation goes. */
export interface FalseAlarmParts {
  section: HTMLElement;
  open: HTMLElement;
  status: HTMLElement;
}

/**
 * "This looks wrong"'s confirmation, which says what will happen (a draft to IT marked as a possible false alarm, or a
 * file to send), put into the drawn section; returns what a click on the button does. As with Report to IT, nothing
 * leaves before the reader confirms and then presses Send.
 */
export function falseAlarmFlow(
  doc: Document,
  action: FalseAlarmAction,
  { section, open, status }: FalseAlarmParts,
  lang: Lang,
  say: Say,
): () => void {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(lang, key, params);
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
  section.insertBefore(confirm, status);
  const close = () => {
    confirm.hidden = true;
    open.removeAttribute('aria-expanded');
  };
  let busy = false;
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
  return () => {
    if (busy) return;
    if ('to' in action && action.to.length === 0) return say('ui.report.no-address', {}, 'error');
    const key = 'to' in action ? 'ui.false-alarm.question' : 'ui.false-alarm.question-save';
    withWords(
      lang,
      key,
      () => {
        question.textContent = t(key, 'to' in action ? { address: action.to.join(', ') } : {});
        confirm.hidden = false;
        open.setAttribute('aria-expanded', 'true');
        confirmButton.focus();
      },
      (error) => say('ui.notice.actions-failed', { error: errorText(error) }, 'error'),
    );
  };
}
