/**
 * The pane's frame: a live region for the verdict (screen readers hear the result when it arrives), the main
 * landmark with notices and the checklist, and a footer with help. Hosts drive it through three states — checking,
 * a report (with notices about what could not be read), or only notices — and it is never left blank.
 *
 * Buttons are Fluent's web component when it is registered; when it is not (a jsdom test, a WebView that failed to
 * load it, the Thunderbird popup) they are native buttons in the same look, so every state stays readable and
 * operable. Notices and the spinner are our own elements on Fluent's tokens.
 */
import type { Params, Report } from '../core/report';
import { translate, type Lang, type MessageKey } from '../i18n';
import { renderActions, renderFalseAlarm, type PaneActions } from './actions';
import { button, clear, el } from './dom';
import { icon } from './icons';
import { renderChecklist, renderSubject, renderVerdict, type DetailsMemory } from './report-view';

/** Something the pane must say besides the report: what happened, and what that means for the check. */
export interface Notice {
  intent: 'info' | 'warning' | 'error';
  key: MessageKey;
  params?: Params;
  /** A button beside it (e.g. "Check again"). */
  action?: { key: MessageKey; run: () => void };
}

export interface Pane {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  /** "Checking this message…" while the host reads and analyses. */
  checking(): void;
  /** The report, with notices above the checklist (headers missing, body unreadable …). */
  report(report: Report, notices?: readonly Notice[]): void;
  /** No report to show: only what happened and what to do. */
  notices(notices: readonly Notice[]): void;
  /** A line in the footer, e.g. the attribution of data the report used. */
  footnote(key: MessageKey, params?: Params): void;
  /**
   * Report to IT / Copy summary below the checklist and "This looks wrong" beside the verdict (actions.ts); undefined
   * removes them. Cleared by checking() and notices().
   */
  actions(spec: PaneActions | undefined): void;
}

export interface PaneOptions {
  /** Where the help page is, relative to the pane; false: no help link (Thunderbird has no help page). */
  helpUrl?: string | false;
  /** Where "Details for IT" remembers whether the reader keeps it open; by default the page's localStorage. */
  detailsStore?: DetailsStore;
}

/** The reader's choice for "Details for IT" (open or closed), kept per user between messages and sessions. */
interface DetailsStore {
  get(): boolean;
  set(open: boolean): void;
}

/** localStorage key of the "Details for IT" choice. @internal tests seed and read it */
export const DETAILS_KEY = 'phish-inspector.details-for-it';

/**
 * The choice in the page's localStorage: per user and per browser profile (Outlook's WebView, the browser, the
 * Thunderbird profile), with nothing to fetch or save remotely. Storage refused (a privacy mode, a sandbox): closed,
 * and the choice lasts only as long as the pane.
 */
function localDetailsStore(win: (Window & typeof globalThis) | null): DetailsStore {
  let fallback = false;
  const storage = (): Storage | undefined => {
    try {
      return win?.localStorage ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    get() {
      try {
        const stored = storage()?.getItem(DETAILS_KEY);
        return stored === null || stored === undefined ? fallback : stored === 'open';
      } catch {
        return fallback;
      }
    },
    set(open) {
      fallback = open;
      try {
        storage()?.setItem(DETAILS_KEY, open ? 'open' : 'closed');
      } catch {
        // Kept in memory only.
      }
    },
  };
}

/** The icon that says a notice's kind beside its colour (never colour alone), as Fluent's message bar shows it. */
const NOTICE_ICON: Record<Notice['intent'], 'info' | 'warn' | 'fail'> = {
  info: 'info',
  warning: 'warn',
  error: 'fail',
};

/**
 * A notice in the look of Fluent's message bar (tokens, icon, colour by intent), drawn by us: Fluent's own element
 * and its spinner would cost the pane a few KB before its first verdict for what a div and CSS do.
 */
function noticeElement(doc: Document, notice: Notice, lang: Lang): HTMLElement {
  const text = el(doc, 'span', { className: 'notice-text', text: translate(lang, notice.key, notice.params ?? {}) });
  const bar = el(doc, 'div', { attrs: { role: notice.intent === 'error' ? 'alert' : 'status' } }, [
    icon(doc, NOTICE_ICON[notice.intent], 'notice-icon'),
    text,
  ]);
  bar.classList.add('notice', `notice--${notice.intent}`);
  bar.setAttribute('data-notice', notice.key);
  if (notice.action) bar.appendChild(button(doc, translate(lang, notice.action.key), 'primary', notice.action.run));
  return bar;
}

function spinner(doc: Document): HTMLElement {
  return el(doc, 'span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } });
}

/**
 * Builds the frame inside `container` (emptied first) and returns the handle hosts render through.
 * The live region is created once and only its content changes: a region inserted together with its text is not
 * announced by screen readers.
 */
export function mountPane(container: HTMLElement, lang: Lang, options: PaneOptions = {}): Pane {
  const doc = container.ownerDocument;
  clear(container);
  const heading = el(doc, 'div', { className: 'pane-heading' });
  const live = el(doc, 'div', { className: 'live', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  // Beside the verdict but outside its box (and its live region): which message it is, and "This looks wrong".
  const subjectArea = el(doc, 'div', { className: 'subject-area' });
  const verdictActions = el(doc, 'div', { className: 'verdict-actions' });
  const noticeArea = el(doc, 'div', { className: 'notices' });
  const content = el(doc, 'div', { className: 'content' });
  const actionArea = el(doc, 'div', { className: 'actions' });
  const main = el(doc, 'main', { className: 'pane-main' }, [
    heading,
    live,
    subjectArea,
    verdictActions,
    noticeArea,
    content,
    actionArea,
  ]);
  const footer = el(doc, 'footer', { className: 'pane-footer' });
  container.append(main, footer);

  let current: Lang = lang;
  let note: { key: MessageKey; params: Params } | undefined;
  /** A report is on screen: only then may the footer say the check ran here (never before one, nor for a failure). */
  let analysed = false;
  const store = options.detailsStore ?? localDetailsStore(doc.defaultView);
  const memory: DetailsMemory = {
    get open() {
      return store.get();
    },
    remember: (open) => store.set(open),
  };

  function renderFooter(): void {
    clear(footer);
    const help = options.helpUrl ?? 'help.html';
    const link = help
      ? [
          el(doc, 'p', {}, [
            el(doc, 'a', {
              attrs: { href: current === 'ja' ? `${help}#ja` : help, target: '_blank', rel: 'noopener noreferrer' },
              text: translate(current, 'ui.help'),
            }),
          ]),
        ]
      : [];
    footer.append(
      ...(analysed ? [el(doc, 'p', { className: 'privacy', text: translate(current, 'ui.privacy') })] : []),
      ...(note ? [el(doc, 'p', { className: 'footnote', text: translate(current, note.key, note.params) })] : []),
      ...link,
    );
  }

  function setNotices(notices: readonly Notice[]): void {
    clear(noticeArea);
    for (const notice of notices) noticeArea.appendChild(noticeElement(doc, notice, current));
  }

  function setLang(next: Lang): void {
    current = next;
    doc.documentElement.lang = next;
    doc.title = translate(next, 'ui.title');
    renderFooter();
  }

  setLang(lang);

  return {
    get lang() {
      return current;
    },
    setLang,
    checking() {
      main.setAttribute('aria-busy', 'true');
      clear(heading);
      clear(live);
      clear(subjectArea);
      clear(verdictActions);
      analysed = false;
      renderFooter();
      live.append(
        el(doc, 'p', { className: 'checking' }, [
          spinner(doc),
          el(doc, 'span', { text: translate(current, 'ui.loading') }),
        ]),
      );
      setNotices([]);
      clear(content);
      clear(actionArea);
    },
    report(report, notices = []) {
      clear(heading);
      clear(live);
      live.appendChild(renderVerdict(doc, report, current));
      clear(subjectArea);
      subjectArea.appendChild(renderSubject(doc, report, current));
      setNotices(notices);
      clear(content);
      content.appendChild(renderChecklist(doc, report, current, memory));
      main.removeAttribute('aria-busy');
      if (!analysed) {
        analysed = true;
        renderFooter();
      }
    },
    actions(spec) {
      clear(actionArea);
      clear(verdictActions);
      if (spec) actionArea.appendChild(renderActions(doc, spec, current));
      const falseAlarm = spec && renderFalseAlarm(doc, spec, current);
      if (falseAlarm) verdictActions.appendChild(falseAlarm);
    },
    footnote(key, params = {}) {
      note = { key, params };
      renderFooter();
    },
    notices(notices) {
      // No verdict to head the page: the product's name does, and the notices (live themselves) say what happened.
      clear(heading);
      heading.appendChild(el(doc, 'h1', { className: 'pane-title', text: translate(current, 'ui.title') }));
      clear(live);
      clear(subjectArea);
      clear(verdictActions);
      setNotices(notices);
      clear(content);
      clear(actionArea);
      main.removeAttribute('aria-busy');
      analysed = false;
      renderFooter();
    },
  };
}
