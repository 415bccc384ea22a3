/**
 * The page's "Look up online" action under the checklist (issue #18). Only the button lives in the page's bundle:
 * the look-up's code and words are a chunk of their own, fetched at the first click (online-lookup.ts), so nothing
 * of it loads, and nothing is sent, unless the reader asks.
 */
import type { AnalyzeOptions, Report } from '../../core/report';
import type { MessageInput } from '../../core/types';
import { translate, type Lang } from '../../i18n';
import { el } from '../../ui/dom';

/** What the look-up needs from the page. */
export interface OnlineHost {
  lang(): Lang;
  /** The report on screen, and the message it was made from. */
  report(): Report | undefined;
  input(): MessageInput | undefined;
  /** The analysis options the checklist on screen was made with. */
  options(): AnalyzeOptions;
  /** The admin's `online` settings as config.json has them (read by the look-up's chunk: core/online/config.ts). */
  config(): unknown;
  /** Analyses the message on screen again with the look-up's findings, and draws it. */
  showAnswers(input: MessageInput, judge: NonNullable<AnalyzeOptions['online']>): void;
}

export interface OnlineAction {
  /** After every drawing: offered for a report, the panel kept only for the message it belongs to. */
  update(report: Report | undefined, input: MessageInput | undefined): void;
  translateTo(lang: Lang): void;
}

type Panel = { input: MessageInput; redraw: () => void };

export function mountOnlineAction(container: HTMLElement, host: OnlineHost): OnlineAction {
  const doc = container.ownerDocument;
  const button = el(doc, 'button', {
    className: 'button button--secondary',
    attrs: { type: 'button', 'data-action': 'online-lookup' },
  });
  const panel = el(doc, 'div', { className: 'web-online', attrs: { 'aria-live': 'polite' } });
  container.append(el(doc, 'div', { className: 'web-buttons' }, [button]), panel);
  let current: Panel | undefined;
  const label = () => (button.textContent = translate(host.lang(), 'web.online.lookup'));
  label();

  button.addEventListener('click', () => {
    const input = host.input();
    if (!input) return;
    button.disabled = true;
    void import(/* webpackChunkName: "online-lookup" */ './online-lookup')
      .then(({ lookUpOnline }) => {
        current = { input, redraw: () => {} };
        return lookUpOnline(panel, host, input, (redraw) => current?.input === input && (current.redraw = redraw));
      })
      .catch((error: unknown) => {
        panel.replaceChildren(el(doc, 'p', { text: String(error instanceof Error ? error.message : error) }));
      })
      .finally(() => (button.disabled = false));
  });

  return {
    update(report, input) {
      // Only `allowed: false` hides it before the look-up's code is loaded; anything else odd is said at the click.
      button.hidden = !report || (host.config() as { allowed?: unknown } | undefined)?.allowed === false;
      if (current && current.input !== input) {
        current = undefined;
        panel.replaceChildren();
      }
    },
    translateTo() {
      label();
      current?.redraw();
    },
  };
}
