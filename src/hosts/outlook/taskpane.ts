/**
 * The Outlook task pane: wait for Office, then run the shared reading session (src/ui/session.ts) on the open
 * message, and again when the selection changes in a pinned pane (ItemChanged). This file says only how Outlook
 * reads a message (read-item.ts, and the whole-message refinement) and what the actions do (pane-actions.ts); the
 * session draws, guards against stale readings, redraws when the IP table arrives and turns failures into notices.
 *
 * Everything Office-specific comes in as `office` (the real global in the bundle, a small fake in tests), and every
 * API newer than the manifest's Mailbox 1.8 is asked for with isSetSupported first.
 *
 * The admin's config.json is fetched at start, beside Office's own start-up; the first analysis waits for it (its
 * own domains and trusted authserv-ids change findings). Below each report: Report to IT and Copy summary, and
 * "Look up online" (issue #18: only the button is here; the look-up, its words, its fetch and the CSP check are a
 * chunk fetched at the click, src/ui/online-lookup.ts with hosts/common/online-host.ts).
 *
 * On Mailbox 1.14 clients the whole message is asked for once the first checklist is on screen, and the checklist
 * is drawn once more from its MIME parts when that says at least as much (refine.ts has the rules).
 */
import { analyzeOptionsFrom, reportOffered } from '../../core/config';
import { withEntityNames } from '../../core/parse/entity-names';
import type { AnalyzeOptions, Report } from '../../core/report';
import type { MessageInput } from '../../core/types';
import { langFromLocale, loadLanguage, type Lang } from '../../i18n';
import type { IpOwnerSource } from '../../ui/ip-owner-loader';
import { mountPane, type Pane } from '../../ui/pane';
import { fetchRememberedNeeds, startSession, type Reading, type Session } from '../../ui/session';
import { configNotices, loadAdminConfig, type LoadedConfig } from '../common/admin-config';
import { outlookActions, type ReportCode } from './pane-actions';
import { canGetWholeMessage, readItem, supports, type OfficeApi } from './read-item';
import { followTheme } from './theme';
import { analyze as coreAnalyze } from '../../core/analyze';
import { mountOnlineAction, withLookUps } from '../../ui/online-action';

/**
 * The whole-message refinement (refine.ts with the MIME reader): a chunk of its own, fetched only by 1.14 clients.
 * @internal tests hand in their own
 */
export type RefineCode = Pick<typeof import('./refine'), 'refineReading'>;

export interface TaskpaneOptions {
  office: OfficeApi;
  /** The element the pane fills (emptied first). */
  container: HTMLElement;
  /** The analysis; tests inject a failing one. */
  analyze?: (input: MessageInput, options?: AnalyzeOptions) => Report;
  /** Applies the light or dark look (Fluent tokens); left out in tests. */
  applyTheme?: (dark: boolean) => void;
  /** The IP owner table's files: a message's shards are fetched before its checklist is drawn. */
  ipOwner?: IpOwnerSource;
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
      if (maybe && typeof maybe.then === 'function')
        maybe.then(
          (info) => resolve(info as ReadyInfo),
          () => resolve(undefined),
        );
    } catch {
      resolve(undefined);
    }
  });
}

/** The pane when office.js itself did not load (blocked CDN, offline): there is no Office to ask for anything. */
export function showOfficeMissing(container: HTMLElement, lang: Lang): Pane {
  const pane = mountPane(container, lang);
  pane.notices([{ intent: 'error', key: 'ui.notice.office-missing' }]);
  return pane;
}

/**
 * localStorage key of the IP table's shards the pane's last messages read (rememberingShards).
 * @internal the benchmark seeds it
 */
export const SHARDS_KEY = 'phish-inspector.ip-shards';
/** As many shards are kept: a message's hops fall in one to three (its sender's, the reader's own servers'). */
const MAX_SHARDS = 3;

/**
 * The IP table's files, with the shards the pane's last messages read asked for as it starts (issue #19): one reader's
 * mail passes the same servers of their own organisation, and an unpinned pane is a fresh page per message, whose
 * shards would otherwise be asked for only once the headers are in. Only a head start: the session fetches what each
 * message's lookups need, and a shard fetched early but not asked for is a download and nothing else. Kept are the
 * shards' file names only (a range of addresses each, `4-05537800.bin`), never an address or anything else of a message.
 */
function rememberingShards(source: IpOwnerSource, store: Pick<Storage, 'getItem' | 'setItem'> | undefined) {
  const early = new Map<string, Promise<ArrayBuffer>>();
  let kept: string[] = [];
  try {
    kept = store!
      .getItem(SHARDS_KEY)!
      .split(' ')
      .filter((f) => /^[46]-[0-9a-f]{1,32}\.bin$/.test(f));
  } catch {
    // nothing kept, or storage refused: each message asks for its own
  }
  for (const file of kept.slice(0, MAX_SHARDS)) {
    const bytes = source.shard(file);
    bytes.catch(() => undefined); // a failure is the session's to say, if a message needs the shard
    early.set(file, bytes);
  }
  return {
    index: () => source.index(),
    shard(file: string): Promise<ArrayBuffer> {
      kept = [file, ...kept.filter((f) => f !== file)].slice(0, MAX_SHARDS);
      try {
        store!.setItem(SHARDS_KEY, kept.join(' '));
      } catch {
        // storage refused
      }
      // A shard asked for early but not had is asked for once more, as it would have been without the head start.
      const bytes = early.get(file)?.catch(() => source.shard(file)) ?? source.shard(file);
      early.delete(file);
      return bytes;
    },
  };
}

export async function startTaskpane(options: TaskpaneOptions): Promise<Taskpane> {
  const { office, container } = options;
  const loadCode = options.loadReportCode ?? (() => import(/* webpackChunkName: "report" */ './report'));
  const loadRefine = options.loadRefineCode ?? (() => import(/* webpackChunkName: "whole-message" */ './refine'));
  const win = container.ownerDocument.defaultView ?? undefined;
  // What each message needed, fetched by the next pane as it starts (session.ts catches a throwing localStorage).
  const store = win && {
    getItem: (key: string) => win.localStorage.getItem(key),
    setItem: (key: string, value: string) => win.localStorage.setItem(key, value),
  };
  fetchRememberedNeeds(store);
  const ipOwner = options.ipOwner && rememberingShards(options.ipOwner, store);
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
  const timer = win?.setTimeout(
    () => pane.notices([{ intent: 'info', key: 'ui.notice.not-outlook' }]),
    options.readyTimeoutMs ?? 15000,
  );
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
  const analyzeOptions = analyzeOptionsFrom(config);
  // The online look-up's button under the checklist, above the footer; the look-up's findings join every later
  // analysis of their message. The page's fetch and CSP check ride in the look-up's chunk, loaded in the click.
  const lookUps = withLookUps(options.analyze ?? coreAnalyze);
  const onlineRoot = container.ownerDocument.createElement('div');
  container.insertBefore(onlineRoot, container.querySelector(':scope > footer'));
  let browserHost: typeof import('../common/online-host') | undefined;
  const online = mountOnlineAction(onlineRoot, {
    buttonKey: 'ui.online.lookup',
    lang: () => pane.lang,
    report: () => session.report,
    input: () => lookUps.inputOf(session.report),
    options: () => analyzeOptions,
    config: () => config.online,
    showAnswers(input, judge) {
      lookUps.set(input, judge);
      session.redraw();
    },
    atClick: () =>
      import(/* webpackChunkName: "online-lookup" */ '../common/online-host').then((host) => !!(browserHost = host)),
    fetch: (url, signal, max) => browserHost!.pageRdapFetch(() => pane.lang)(url, signal, max),
    mayConnect: (rdapBase) => browserHost!.pageMayConnect(container.ownerDocument, rdapBase),
  });
  online.update(undefined, undefined, false); // hidden until a report is drawn
  const session: Session<Office.MessageRead> = startSession<Office.MessageRead>({
    pane,
    analyzeOptions,
    standingNotices: configNotices(loadedConfig),
    offerReport: (report) => reportOffered(config, report),
    actions: ({ report, context, offerReport }) =>
      context &&
      outlookActions({ office, item: context, config, report, offerReport, lang: () => pane.lang, loadCode }),
    ipOwner,
    needsStore: store,
    analyze: (input, opts) => lookUps.analyze(input, opts),
    onShow: (report) => online.update(report, lookUps.inputOf(report), lookUps.looked(report)),
  });

  /** The selected item, its first reading, and on 1.14 clients the whole message's (refine.ts) to follow. */
  async function readSelected(current: () => boolean): Promise<Reading<Office.MessageRead>> {
    const item = office.context.mailbox.item as Office.MessageRead | null | undefined;
    if (!item) return { notices: [{ intent: 'info', key: 'ui.notice.no-item' }] };
    const read = await readItem(office, item);
    // A body naming a rare character waits for the rest of the entity table (core/parse/entity-names.ts).
    const first = { ...read, input: await withEntityNames(read.input) };
    const reading: Reading<Office.MessageRead> = { ...first, context: item };
    if (!canGetWholeMessage(office, item)) return reading;
    // Not awaited by the first draw: the .eml can take seconds, and the reader must not wait for it.
    const refined = (async () => {
      const code = await loadRefine();
      if (!current()) return undefined;
      const whole = await code.refineReading({
        office,
        item,
        first,
        judge: (input) => session.analyze(input),
        current,
      });
      return whole && { ...whole, context: item };
    })();
    return { ...reading, refined };
  }

  const refresh = () => session.check(readSelected);

  // Pinned panes stay open while the reader moves on: ItemChanged (Mailbox 1.5) says the item is another one now.
  if (supports(office, '1.5')) {
    try {
      mailbox.addHandlerAsync(office.EventType.ItemChanged, () => void refresh());
    } catch {
      // Without the event an unpinned pane is reopened per message anyway.
    }
  }

  await refresh();
  return { pane, refresh, refinement: () => session.idle() };
}
