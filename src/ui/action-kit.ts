/**
 * What the actions' first drawing (actions.ts) and their click-time flows (action-flows.ts) share: the buttons, the
 * words a click says and the status line that says them.
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import { button, el } from './dom';
import { errorText } from './error-text';
import { loadLateWords } from './late-words';

export type Say = (key: MessageKey, params?: Record<string, string>, intent?: 'info' | 'error') => void;

/** A button (Fluent's or native, dom.ts) that `data-action` names for tests and hosts. */
export function actionButton(doc: Document, label: string, action: string, primary: boolean): HTMLElement {
  const made = button(doc, label, primary ? 'primary' : 'secondary');
  made.setAttribute('data-action', action);
  return made;
}

export function setDisabled(elements: HTMLElement[], disabled: boolean): void {
  for (const e of elements) {
    if (disabled) e.setAttribute('disabled', '');
    else e.removeAttribute('disabled');
  }
}

/**
 * Runs `show` once the words of `key` are in: at once where they are (every dictionary but the task pane's, whose
 * words for what a click says wait with the findings' rarer sentences: ui/late-words.ts), else once fetched; `failed`
 * when they cannot be.
 */
export function withWords(lang: Lang, key: MessageKey, show: () => void, failed: (error: unknown) => void): void {
  if (translate(lang, key) !== key) return show();
  loadLateWords(lang).then(show, failed);
}

/** A live status line and what sets it: the latest line said wins, even over an earlier one still fetching words. */
export function statusLine(doc: Document, className: string, lang: Lang): { status: HTMLElement; say: Say } {
  const status = el(doc, 'p', { className, attrs: { role: 'status', 'aria-live': 'polite' } });
  let said = 0;
  const show = (key: MessageKey, params: Record<string, string>, intent: 'info' | 'error') => {
    status.textContent = translate(lang, key, params);
    status.setAttribute('data-intent', intent);
    status.setAttribute('data-status', key);
  };
  const say: Say = (key, params = {}, intent = 'info') => {
    const mine = ++said;
    withWords(
      lang,
      key,
      () => mine === said && show(key, params, intent),
      (error) => mine === said && show('ui.notice.actions-failed', { error: errorText(error) }, 'error'),
    );
  };
  return { status, say };
}
