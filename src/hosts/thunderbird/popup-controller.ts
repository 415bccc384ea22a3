/**
 * The popup of the message-display button, on the shared reading session (src/ui/session.ts): this file says only
 * how Thunderbird reads the displayed message (read-message.ts) and how it opens a report (a forward as
 * attachment, report-to-it.ts); the checklist, notices, IP-table redraw, Copy summary and Report to IT with its
 * confirmation are the same as in every host. Takes `messenger` and the container as parameters, so unit tests
 * drive it with a fake and a jsdom document.
 */
import { analyzeOptionsFrom, reportOffered } from '../../core/config';
import type { Report } from '../../core/report';
import { summaryText } from '../../core/summary';
import { addMessages, langFromLocale, loadLanguage, type Lang } from '../../i18n';
import { tbMessages } from '../../i18n/thunderbird';
import type { AddressSave, PaneActions } from '../../ui/actions';
import { errorText } from '../../ui/error-text';
import { ipOwnerSource } from '../../ui/ip-owner-loader';
import type { Notice, Pane } from '../../ui/pane';
import { startSession, type Reading, type Session } from '../../ui/session';
import { displayedMessage, readTbMessage } from './read-message';
import type { Messenger, TbMessageHeader } from './messenger-api';
import { reportToIt } from './report-to-it';
import { loadSettings, saveUserAddress, type TbSettings } from './settings';
import { mountView } from './ui-mount';
import { analyze as coreAnalyze } from '../../core/analyze';
import { IANA_BOOTSTRAP } from '../../core/online/bootstrap';
import type { Route } from '../../core/online';
import { rdapFetch } from '../common/rdap-fetch';
import { mountOnlineAction, withLookUps } from '../../ui/online-action';

export interface Popup {
  pane: Pane;
  session: Session<TbMessageHeader>;
  settings?: TbSettings;
}

/** The IP owner table's folder (index.bin and shards), packed into the extension by scripts/build-thunderbird.ts. */
const IP_TABLE_DIR = 'data/ip-owner/';

export async function runPopup(api: Messenger, container: HTMLElement): Promise<Popup> {
  const lang = langFromLocale(safeUiLanguage(api));
  addMessages(tbMessages);
  // The reader's words, and English for the summary's part for IT.
  await Promise.all([loadLanguage(lang), loadLanguage('en')]);
  const paneRoot = container.ownerDocument.createElement('div');
  paneRoot.className = 'tb-pane';
  // The online look-up's button and panel, under the checklist (issue #18).
  const onlineRoot = container.ownerDocument.createElement('div');
  onlineRoot.className = 'tb-online';
  container.replaceChildren(paneRoot, onlineRoot);
  const pane = mountView(paneRoot, lang);
  pane.checking();
  const settings = await loadSettings(api).catch(() => undefined);
  const config = settings?.config;
  const standing = (settings?.problems ?? []).map((p): Notice => ({
    intent: 'warning',
    key: 'tb.config.invalid',
    params: { field: p.field, problem: { key: p.problem } },
  }));
  const analyzeOptions = config ? analyzeOptionsFrom(config) : {};
  const lookUps = withLookUps(coreAnalyze);
  // Thunderbird reaches a server only with the reader's permission for it, asked in the click that needs it.
  const online = mountOnlineAction(onlineRoot, {
    buttonKey: 'tb.online.lookup',
    lang: () => pane.lang,
    report: () => session.report,
    input: () => lookUps.inputOf(session.report),
    options: () => analyzeOptions,
    config: () => config?.online,
    showAnswers(input, judge) {
      lookUps.set(input, judge);
      session.redraw();
    },
    fetch: rdapFetch,
    atClick: (rdapBase) => (rdapBase ? Promise.resolve(true) : requestOrigins(api, [IANA_BOOTSTRAP.dns])),
    beforeSend: (routes: readonly Route[]) =>
      requestOrigins(
        api,
        routes.flatMap((r) => ('url' in r ? [r.url] : [])),
      ),
    askEveryTime: true,
  });
  const session: Session<TbMessageHeader> = startSession<TbMessageHeader>({
    pane,
    analyzeOptions,
    analyze: (input, opts) => lookUps.analyze(input, opts),
    onShow: (report) => online.update(report, lookUps.inputOf(report), lookUps.looked(report)),
    standingNotices: standing,
    offerReport: (report) => (config ? reportOffered(config, report) : true),
    actions: ({ report, context, lang: shownIn, offerReport }): PaneActions => ({
      copyText: () => summaryText(report(), shownIn),
      report: offerReport && context && settings ? reportAction(api, context, report, settings, shownIn) : undefined,
      // "This looks wrong": the same forward, marked as a possible false alarm (the session offers it or not).
      falseAlarm:
        context && settings
          ? {
              to: settings.reportTo,
              onReport: async () => reportToIt(api, context, report(), await loadSettings(api), shownIn, 'false-alarm'),
            }
          : undefined,
    }),
    ipOwner: ipOwnerSource(IP_TABLE_DIR),
  });
  await session.check(() => readDisplayed(api));
  return { pane, session, settings };
}

/**
 * Asks for the host permission of each server's origin (manifest OPTIONAL_HOSTS): Thunderbird shows its prompt the
 * first time and answers at once after. Called in a click, before any await, as permissions.request requires.
 */
function requestOrigins(api: Messenger, urls: readonly string[]): Promise<boolean> {
  // A match pattern names no port (it covers every port of the host).
  const origins = [...new Set(urls.map((u) => new URL(u)).map((u) => `${u.protocol}//${u.hostname}/*`))];
  if (origins.length === 0) return Promise.resolve(true);
  if (!api.permissions) return Promise.resolve(false);
  return api.permissions.request({ origins }).catch(() => false);
}

/** The displayed message as the session reads it: one message, or a notice saying what to select. */
async function readDisplayed(api: Messenger): Promise<Reading<TbMessageHeader>> {
  let shown;
  try {
    shown = await displayedMessage(api);
    if (shown.kind === 'none') return { notices: [{ intent: 'info', key: 'tb.popup.no-message' }] };
    if (shown.kind === 'many')
      return { notices: [{ intent: 'info', key: 'tb.popup.many-messages', params: { count: shown.count } }] };
    return { input: await readTbMessage(api, shown.header), notices: [], context: shown.header };
  } catch (error) {
    return { notices: [{ intent: 'error', key: 'tb.popup.unreadable', params: { error: errorText(error) } }] };
  }
}

/** Report to IT: the forward as attachment; where the user may, their own address is set right here. */
function reportAction(
  api: Messenger,
  header: TbMessageHeader,
  report: () => Report,
  settings: TbSettings,
  lang: Lang,
): NonNullable<PaneActions['report']> {
  return {
    to: settings.reportTo,
    // Settings are read again at the click: an address saved in the options meanwhile counts.
    onReport: async () => reportToIt(api, header, report(), await loadSettings(api), lang),
    userAddress: settings.userMaySetAddress
      ? { current: settings.userAddress, save: (value) => saveAddress(api, value) }
      : undefined,
  };
}

async function saveAddress(api: Messenger, value: string): Promise<AddressSave> {
  try {
    const result = await saveUserAddress(api, value);
    if (result === 'invalid' || result === 'locked') return { result };
    return { result, to: (await loadSettings(api)).reportTo };
  } catch (error) {
    return { result: 'failed', error: errorText(error) };
  }
}

function safeUiLanguage(api: Messenger): string | undefined {
  try {
    return api.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}
