/**
 * The standalone page: the user pastes headers or a whole message, chooses or drops an .eml, or tries the sample;
 * the page analyses it right here and shows the same checklist as the Outlook task pane (src/ui/pane.ts), with
 * the pane's Copy summary, and offers the result as files. The IP owner table loads after the first check, as in
 * the pane, and the report is redone when it arrives. The admin's config.json beside the page (the Outlook add-in's
 * file, loaded and validated by the same code) sets what it changes in the analysis — own domains and hosts, trusted
 * authserv-ids, extra brands — so the page and Outlook give one organisation one answer; a bad field is named in a
 * notice beside every result, a missing file changes nothing. Everything from the browser comes in through `root`'s
 * document and the options, so tests drive it the same way the bundle does.
 */
import { analyzeOptionsFrom } from '../../core/config';
import type { AnalyzeOptions, Report } from '../../core/report';
import { summaryText } from '../../core/summary';
import type { MessageInput } from '../../core/types';
import { addMessages, loadLanguage, translate, type Lang } from '../../i18n';
import { webMessages } from '../../i18n/web';
import type { IpOwnerSource } from '../../ui/ip-owner-loader';
import { mountPane, type Pane } from '../../ui/pane';
import { startSession, type Reading, type Session } from '../../ui/session';
import { configNotices, loadAdminConfig, type LoadedConfig } from '../common/admin-config';
import { buildPageView, type PageView } from './page-view';
import { readFiles, readPasted, readSample, type FetchBytes, type FileLike } from './read-input';
import { downloadName, falseAlarmText, reportJson, saveText } from './report-actions';
import { analyze as coreAnalyze } from '../../core/analyze';
import { mountOnlineAction, withLookUps } from '../../ui/online-action';
import { pageMayConnect, pageRdapFetch } from '../common/online-host';

export interface WebPageOptions {
  lang: Lang;
  /** Loads the sample (the page's own origin). */
  fetchBytes: FetchBytes;
  /** The IP owner table's files: a message's shards are fetched before its checklist is drawn. */
  ipOwner?: IpOwnerSource;
  analyze?: (input: MessageInput, options?: AnalyzeOptions) => Report;
  /** The admin's config.json beside the page (index.ts fetches it); without this option, the defaults. */
  loadConfig?: () => Promise<LoadedConfig>;
}

export interface WebPage {
  view: PageView;
  pane: Pane;
  readonly lang: Lang;
  /** Shows the page in `lang` once its words are loaded (Japanese is fetched the first time). */
  setLang(lang: Lang): Promise<void>;
  checkText(text: string): Promise<void>;
  checkFiles(files: readonly FileLike[]): Promise<void>;
  checkSample(): Promise<void>;
  /** The report on screen, if any. */
  readonly report: Report | undefined;
  /** Whether a check has been asked for since the page started (the warm-up, index.ts, is then left out). */
  readonly begun: boolean;
}

export function startWebPage(root: HTMLElement, options: WebPageOptions): WebPage {
  addMessages(webMessages);
  const view = buildPageView(root);
  const pane = mountPane(view.paneRoot, options.lang);
  // The download bar belongs under the checklist and its Copy summary, above the pane's footer (privacy, help).
  view.paneRoot.insertBefore(view.actions, view.paneRoot.querySelector(':scope > footer'));
  let lang = options.lang;
  // The online look-up (issue #18): its findings join every later analysis of the message they belong to.
  const lookUps = withLookUps(options.analyze ?? coreAnalyze);
  let analyzeOptions: AnalyzeOptions = {};
  let onlineConfig: unknown;
  const online = mountOnlineAction(view.actions, {
    buttonKey: 'web.online.lookup',
    lang: () => lang,
    report: () => session?.report,
    input: () => lookUps.inputOf(session?.report),
    options: () => analyzeOptions,
    config: () => onlineConfig,
    showAnswers(input, judge) {
      lookUps.set(input, judge);
      session?.redraw();
    },
    fetch: pageRdapFetch(() => lang),
    mayConnect: (rdapBase) => pageMayConnect(root.ownerDocument, rdapBase),
  });
  // The session starts once the admin's config is read (at once; every check waits for it). Never rejects.
  let session: Session<never> | undefined;
  const sessionReady = (options.loadConfig ?? (() => loadAdminConfig(undefined)))()
    .catch(() => loadAdminConfig(undefined))
    .then((loaded) => {
      analyzeOptions = analyzeOptionsFrom(loaded.config);
      onlineConfig = loaded.config.online;
      session = startSession<never>({
        pane,
        analyzeOptions,
        standingNotices: configNotices(loaded),
        // Copy summary, the pane's own action as in every host; the page has no mail client to report through.
        actions: ({ report, lang: shownIn }) => ({
          copyText: () => summaryText(report(), shownIn),
          // "This looks wrong": the summary marked as a possible false alarm, saved for the reader to send to IT.
          falseAlarm: {
            save: () =>
              saveText(
                root.ownerDocument,
                falseAlarmText(report(), shownIn),
                downloadName('false-alarm'),
                'text/plain;charset=utf-8',
              ),
          },
        }),
        ipOwner: options.ipOwner,
        analyze: (input, opts) => lookUps.analyze(input, opts),
        onShow: (report) => {
          view.actions.hidden = !report;
          online.update(report, lookUps.inputOf(report), lookUps.looked(report));
        },
      });
      return session;
    });

  let begun = false;
  async function run(read: () => Promise<Reading<never>>): Promise<void> {
    begun = true;
    view.actions.hidden = true;
    pane.checking();
    const ready = await sessionReady;
    await ready.check(read);
    if (ready.report) revealResult();
  }

  /** On a small screen the verdict lands below the paste box: bring it up (screen readers hear it from the live region). */
  function revealResult(): void {
    const win = root.ownerDocument.defaultView;
    const top = view.paneRoot.getBoundingClientRect?.().top;
    if (win && top !== undefined && top > win.innerHeight * 0.6) view.paneRoot.scrollIntoView?.({ block: 'start' });
  }

  let asked = lang;
  async function setLang(next: Lang): Promise<void> {
    asked = next;
    await loadLanguage(next);
    // The reader clicked the other language while this one loaded: theirs wins.
    if (asked !== next) return;
    lang = next;
    pane.setLang(next);
    view.translateTo(next);
    online.translateTo(next);
    root.ownerDocument.title = translate(next, 'web.title');
    session?.redraw();
  }

  const page: WebPage = {
    view,
    pane,
    get lang() {
      return lang;
    },
    setLang,
    checkText: (text) => run(() => readPasted(text)),
    checkFiles: (files) => run(() => readFiles(files)),
    checkSample: () => run(() => readSample(options.fetchBytes)),
    get report() {
      return session?.report;
    },
    get begun() {
      return begun;
    },
  };

  view.check.addEventListener('click', () => void page.checkText(view.paste.value));
  view.sample.addEventListener('click', () => void page.checkSample());
  view.choose.addEventListener('click', () => view.file.click());
  view.file.addEventListener('change', () => {
    const files = [...(view.file.files ?? [])];
    // Cleared, so choosing the same file again (after editing it) fires `change` again.
    view.file.value = '';
    if (files.length > 0) void page.checkFiles(files);
  });
  for (const [l, b] of view.langButtons) b.addEventListener('click', () => void setLang(l));

  view.downloadReport.addEventListener('click', () => {
    const report = session?.report;
    if (report) saveText(root.ownerDocument, reportJson(report), downloadName('report'), 'application/json');
  });
  view.downloadSummary.addEventListener('click', () => {
    const report = session?.report;
    if (report)
      saveText(root.ownerDocument, summaryText(report, lang), downloadName('summary'), 'text/plain;charset=utf-8');
  });

  listenForDrops(root.ownerDocument, page);
  void setLang(lang);
  return page;
}

/**
 * Files dropped anywhere on the page are checked (a browser would otherwise open the file in place of the page);
 * dropped text goes into the paste box and is checked. While a file is dragged over, the page says where to drop.
 */
function listenForDrops(doc: Document, page: WebPage): void {
  const body = doc.body;
  const carriesFiles = (e: DragEvent) => Boolean(e.dataTransfer && [...e.dataTransfer.types].includes('Files'));
  doc.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    if (carriesFiles(e)) body.classList.add('web-dragging');
  });
  doc.addEventListener('dragleave', (e) => {
    // relatedTarget is null only when the pointer leaves the window.
    if (!e.relatedTarget) body.classList.remove('web-dragging');
  });
  doc.addEventListener('drop', (e) => {
    e.preventDefault();
    body.classList.remove('web-dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) {
      void page.checkFiles(files);
      return;
    }
    const text = e.dataTransfer?.getData('text/plain') ?? '';
    if (text) {
      page.view.paste.value = text;
      void page.checkText(text);
    }
  });
}
