/**
 * The "Look up online" action under the checklist (issue #18), for the hosts that offer it (the standalone page,
 * Thunderbird's popup, Outlook's task pane). Only the button lives in the host's bundle: the look-up's code and words
 * are a chunk of their own, fetched at the first click (online-lookup.ts), so nothing of it loads, and nothing is
 * sent, unless the reader asks. What differs by host — how it fetches, what its policy lets it reach, the permission it must ask for — comes
 * in through OnlineHost.
 */
import type { RdapFetch, Route } from '../core/online';
import type { AnalyzeOptions, Report } from '../core/report';
import type { MessageInput } from '../core/types';
import { addMessages, translate, type Lang } from '../i18n';
import { el } from './dom';

/** What the look-up needs from its host. */
export interface OnlineHost {
  /** The button's label, from the host's own words (loaded before the look-up's). */
  buttonKey: 'web.online.lookup' | 'tb.online.lookup' | 'ui.online.lookup';
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
  /** The host's RDAP fetch (hosts/common/rdap-fetch.ts, or a wrapper of it). */
  fetch: RdapFetch;
  /** Whether the host's policy lets it reach the servers (the page's CSP); false: it says so and sends nothing. */
  mayConnect?(rdapBase: string): boolean;
  /**
   * Called in the click on "Look up online", before anything loads (a user gesture: Thunderbird asks for the
   * permission to read IANA's bootstrap files here); false ends the look-up.
   */
  atClick?(rdapBase: string): Promise<boolean>;
  /** Called in the click on Send, with what is about to be sent (Thunderbird asks for those servers here). */
  beforeSend?(routes: readonly Route[]): Promise<boolean>;
  /** Ask before every look-up, not only the first (a host whose permission request needs the click on Send). */
  askEveryTime?: boolean;
}

export interface OnlineAction {
  /**
   * After every drawing: offered for a report, the panel kept only for the message it belongs to. `looked`: the report
   * includes a look-up, so the pane's "nothing from the message was sent anywhere" is no longer true: it says what was.
   */
  update(report: Report | undefined, input: MessageInput | undefined, looked: boolean): void;
  translateTo(lang: Lang): void;
}

/**
 * The analysis a host's session runs (SessionOptions.analyze), with a look-up's findings for the one message they
 * belong to: every later analysis of that message (the IP table's redo, a language switch) includes them.
 */
export function withLookUps(analyze: (input: MessageInput, options?: AnalyzeOptions) => Report) {
  const inputs = new WeakMap<Report, MessageInput>();
  let looked: { input: MessageInput; judge: NonNullable<AnalyzeOptions['online']> } | undefined;
  return {
    analyze(input: MessageInput, options?: AnalyzeOptions): Report {
      const report = analyze(input, looked?.input === input ? { ...options, online: looked.judge } : options);
      inputs.set(report, input);
      return report;
    },
    /** The message a report was made from. */
    inputOf: (report: Report | undefined) => (report ? inputs.get(report) : undefined),
    /** Whether a report includes the look-up's findings. */
    looked: (report: Report | undefined) => !!report && !!looked && inputs.get(report) === looked.input,
    set(input: MessageInput, judge: NonNullable<AnalyzeOptions['online']>): void {
      looked = { input, judge };
    },
  };
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
  const label = () => (button.textContent = translate(host.lang(), host.buttonKey));
  label();

  button.addEventListener('click', () => {
    const input = host.input();
    if (!input) return;
    button.disabled = true;
    // In the click itself (a user gesture), before the first await: a permission asked later would be refused.
    const rdapBase = (host.config() as { rdapBase?: unknown } | undefined)?.rdapBase;
    const allowed = host.atClick?.(typeof rdapBase === 'string' ? rdapBase : '') ?? Promise.resolve(true);
    void allowed
      .then(async (ok) => (ok ? import(/* webpackChunkName: "online-lookup" */ './online-lookup') : undefined))
      .then((module) => {
        if (!module) return;
        addMessages(module.onlineMessages);
        current = { input, redraw: () => {} };
        return module.lookUpOnline(
          panel,
          host,
          input,
          (redraw) => current?.input === input && (current.redraw = redraw),
        );
      })
      .catch((error: unknown) => {
        panel.replaceChildren(el(doc, 'p', { text: String(error instanceof Error ? error.message : error) }));
      })
      .finally(() => (button.disabled = false));
  });

  return {
    update(report, input, looked) {
      const privacy = doc.querySelector('.privacy');
      if (privacy && looked) privacy.textContent = translate(host.lang(), 'online.privacy');
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
