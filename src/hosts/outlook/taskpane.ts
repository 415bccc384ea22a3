/**
 * The Outlook task pane: wait for Office, read the open message, analyse, render; again when the selection changes
 * in a pinned pane (ItemChanged), and again when the IP owner table arrives. Every path ends in something on screen:
 * a report, a report with notices about what could not be read, or a notice saying what happened and what to do.
 *
 * Everything Office-specific comes in as `office` (the real global in the bundle, a small fake in tests), and every
 * API newer than the manifest's Mailbox 1.8 is asked for with isSetSupported first.
 *
 * The admin's config.json is fetched at start, beside Office's own start-up; the first analysis waits for it (its
 * own domains and trusted authserv-ids change findings). Below each report: Report to IT and Copy summary.
 *
 * On Mailbox 1.14 clients the whole message is asked for once the first checklist is on screen, and the checklist
 * is drawn once more from its MIME parts when that says at least as much (refine.ts has the rules).
 */
import { attachIpOwner, type IpOwnerData, type IpOwnerState } from '../../ui/ip-owner-loader';
import { analyze as coreAnalyze } from '../../core/analyze';
import { analyzeOptionsFrom } from '../../core/config';
import type { AnalyzeOptions, Report } from '../../core/report';
import type { MessageInput } from '../../core/types';
import { langFromLocale, loadLanguage, type Lang } from '../../i18n';
import { mountPane, type Notice, type Pane } from '../../ui/pane';
import { canGetWholeMessage, readItem, type OfficeApi } from './read-item';
import { outlookActions, type ReportCode } from './pane-actions';
import type { ReportItem } from './report';
import { configNotices, loadAdminConfig, offerReport, type LoadedConfig } from './settings';
import { followTheme } from './theme';

/** The part of the IP owner table the pane uses: the lookup the core calls, and what the attribution names. */
export type { IpOwnerData };

/** The whole-message refinement (refine.ts with the MIME reader): a chunk of its own, fetched only by 1.14 clients. */
export type RefineCode = Pick<typeof import('./refine'), 'refineReading'>;

export interface TaskpaneOptions {
  office: OfficeApi;
  /** The element the pane fills (emptied first). */
  container: HTMLElement;
  /** The analysis; tests inject a failing one. */
  analyze?: (input: MessageInput, options?: AnalyzeOptions) => Report;
  /** Applies the light or dark look (Fluent tokens); left out in tests. */
  applyTheme?: (dark: boolean) => void;
  /** Loads the IP owner table after the first render; the report is redone with it when it arrives. */
  loadIpOwner?: () => Promise<IpOwnerData>;
  /** How long to wait for Office.onReady before saying this is not Outlook (it keeps waiting after). */
  readyTimeoutMs?: number;
  /** Loads the admin's config.json; by default fetched beside the pane (no fetch, as in jsdom: the defaults). */
  loadConfig?: () => Promise<LoadedConfig>;
  /** Loads the code behind Report to IT and Copy summary at their first click (its own chunk); tests hand it in. */
  loadReportCode?: () => Promise<ReportCode>;
  /** Loads the whole-message refinement (Mailbox 1.14; its own chunk, with the MIME parser); tests may hand it in. */
  loadRefineCode?: () => Promise<RefineCode>;
}

export interface Taskpane {
  pane: Pane;
  /** Reads and analyses the selected message again (ItemChanged, "Check again"). */
  refresh(): Promise<void>;
  /** Settles when the selected message's whole-message look has ended: redrawn, kept as it was, or not available. */
  refinement(): Promise<void>;
}

type ReadyInfo = { host: Office.HostType | null; platform: Office.PlatformType | null } | undefined;

/** office.onReady as a promise, whichever of its two forms the client's office.js honours. */
function whenReady(office: OfficeApi): Promise<ReadyInfo> {
  return new Promise((resolve) => {
    try {
      const maybe = office.onReady((info) => resolve(info as ReadyInfo));
      if (maybe && typeof maybe.then === 'function') maybe.then((info) => resolve(info as ReadyInfo), () => resolve(undefined));
    } catch {
      resolve(undefined);
    }
  });
}

function supports(office: OfficeApi, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/** The pane when office.js itself did not load (blocked CDN, offline): there is no Office to ask for anything. */
export function showOfficeMissing(container: HTMLElement, lang: Lang): Pane {
  const pane = mountPane(container, lang);
  pane.notices([{ intent: 'error', key: 'ui.notice.office-missing' }]);
  return pane;
}

export async function startTaskpane(options: TaskpaneOptions): Promise<Taskpane> {
  const { office, container } = options;
  const analyze = options.analyze ?? coreAnalyze;
  const loadCode = options.loadReportCode ?? (() => import(/* webpackChunkName: "report" */ './report'));
  const loadRefine = options.loadRefineCode ?? (() => import(/* webpackChunkName: "whole-message" */ './refine'));
  const win = container.ownerDocument.defaultView ?? undefined;
  const fetchFn = typeof win?.fetch === 'function' ? win.fetch.bind(win) : undefined;
  // Caught at once: a loader that rejects means the defaults, never an unhandled rejection.
  const configLoad = (options.loadConfig ?? (() => loadAdminConfig(fetchFn)))().catch(() => loadAdminConfig(undefined));
  const ready = whenReady(office);
  // "Checking…" in the browser's language while Office gets ready: most readers' browser and Outlook agree.
  const early = langFromLocale(win?.navigator?.language);
  await loadLanguage(early);
  const pane = mountPane(container, early);
  pane.checking();

  // Outside Office (the page opened in a browser) onReady may never come: say so, and carry on if it does.
  const timer = win?.setTimeout(() => pane.notices([{ intent: 'info', key: 'ui.notice.not-outlook' }]), options.readyTimeoutMs ?? 15000);
  const info = await ready;
  if (timer !== undefined) win?.clearTimeout(timer);

  const mailbox = office.context?.mailbox;
  // Outlook's display language, not the browser's; Japanese arrives as its own small file, fetched only for it.
  const lang = langFromLocale(office.context?.displayLanguage);
  await loadLanguage(lang);
  pane.setLang(lang);
  if (options.applyTheme) followTheme(office, win, options.applyTheme);
  if (!mailbox || (info?.host && info.host !== office.HostType.Outlook)) {
    pane.notices([{ intent: 'info', key: 'ui.notice.not-outlook' }]);
    return { pane, refresh: async () => {}, refinement: async () => {} };
  }

  const loadedConfig = await configLoad;
  const config = loadedConfig.config;
  const configNotes = configNotices(loadedConfig);
  const coreOptions = analyzeOptionsFrom(config);

  let generation = 0;
  /** The IP table's lookup once loaded, or the notice said with every report when it failed. */
  const ip: IpOwnerState = {};
  let last: { input: MessageInput; notices: Notice[]; generation: number; item: ReportItem } | undefined;
  /** The report on screen, and for which selection and offer the actions below it were made. */
  let shown: { report: Report; generation: number } | undefined;
  /** The current selection's whole-message look (settled at once when there is none). */
  let refining: Promise<void> = Promise.resolve();
  let offered: { generation: number; report: boolean } | undefined;
  const retry: Notice['action'] = { key: 'ui.retry', run: () => void refresh() };

  const analyzeNow = (input: MessageInput): Report => analyze(input, ip.lookup ? { ...coreOptions, ipOwner: ip.lookup } : coreOptions);

  /** Analyses and draws `read`; `done` is its report when the caller already made it with the same options. */
  function render(read: NonNullable<typeof last>, done?: Report): void {
    const notices = [...configNotes, ...read.notices, ...(ip.notice ? [ip.notice] : [])];
    let report: Report;
    try {
      report = done ?? analyzeNow(read.input);
      pane.report(report, notices);
    } catch (error) {
      // analyze never throws by contract; if it does, the reader still gets a sentence and a way to retry.
      offered = undefined;
      shown = undefined;
      pane.notices([...notices, { intent: 'error', key: 'ui.notice.analysis-failed', params: { error: errorText(error) }, action: retry }]);
      return;
    }
    shown = { report, generation: read.generation };
    // Made again only for a new selection or a changed offer: a redo (IP table) must not close an open confirmation.
    const withReport = offerReport(config, report);
    if (offered?.generation === read.generation && offered.report === withReport) return;
    offered = { generation: read.generation, report: withReport };
    pane.actions(outlookActions({ office, item: read.item, config, report: () => shown?.report ?? report, lang: () => pane.lang, loadCode }));
  }

  /**
   * The whole-message look for selection `mine`, after its first draw (refine.ts). Whatever it meets (a failed call,
   * a slow one overtaken by another selection, an unreadable .eml) leaves the checklist as drawn.
   */
  async function refine(mine: number, item: Office.MessageRead): Promise<void> {
    const first = last;
    if (!first || first.generation !== mine) return;
    const isCurrent = () => mine === generation && last === first;
    let code: RefineCode;
    try {
      code = await loadRefine();
    } catch {
      return; // the chunk did not load (offline, a blocked file): the first draw stays
    }
    if (!isCurrent()) return;
    const refined = await code.refineReading({ office, item, first, judge: analyzeNow, current: isCurrent });
    // A selection moved on, or its first draw failed: nothing to refine on screen.
    if (!refined || !isCurrent() || shown?.generation !== mine) return;
    let report: Report;
    try {
      report = analyzeNow(refined.input);
    } catch {
      return;
    }
    const before = shown.report;
    last = { ...first, ...refined };
    // Drawn again only when it shows something new: a redraw closes what the reader had opened.
    if (JSON.stringify(report) !== JSON.stringify(before) || refined.notices.length !== first.notices.length) render(last, report);
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    // Settled by this selection's own whole-message look, or at once when there is none (every return below).
    let settle: () => void = () => {};
    refining = new Promise<void>((resolve) => (settle = resolve));
    const item = office.context.mailbox.item as Office.MessageRead | null | undefined;
    if (await draw(mine, item) && item && canGetWholeMessage(office, item)) {
      // Not awaited: the .eml can take seconds, and the IP table (and the reader) must not wait for it.
      void refine(mine, item).catch(() => undefined).then(settle);
    } else {
      settle();
    }
  }

  /** Reads and draws the selected item; true when its checklist is on screen for selection `mine`. */
  async function draw(mine: number, item: Office.MessageRead | null | undefined): Promise<boolean> {
    pane.checking();
    if (!item) {
      pane.notices([{ intent: 'info', key: 'ui.notice.no-item' }]);
      return false;
    }
    let read;
    try {
      read = await readItem(office, item);
    } catch (error) {
      if (mine === generation) {
        pane.notices([{ intent: 'error', key: 'ui.notice.analysis-failed', params: { error: errorText(error) }, action: retry }]);
      }
      return false;
    }
    // The selection moved on while Outlook answered: the newer call renders, this one would show the wrong message.
    if (mine !== generation) return false;
    last = { ...read, generation: mine, item };
    render(last);
    return shown?.generation === mine;
  }

  // Pinned panes stay open while the reader moves on: ItemChanged (Mailbox 1.5) says the item is another one now.
  if (supports(office, '1.5')) {
    try {
      mailbox.addHandlerAsync(office.EventType.ItemChanged, () => void refresh());
    } catch {
      // Without the event an unpinned pane is reopened per message anyway.
    }
  }

  await refresh();

  if (options.loadIpOwner) {
    // After the first render: the table is megabytes, and the checklist must not wait for it.
    const redo = () => {
      // The current report again, the message not read again (a refresh under way renders on its own).
      if (last && last.generation === generation) render(last);
    };
    attachIpOwner(pane, options.loadIpOwner, ip, redo);
  }

  return { pane, refresh, refinement: () => refining };
}
