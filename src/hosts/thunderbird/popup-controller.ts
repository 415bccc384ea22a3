/**
 * The popup of the message-display button: finds the displayed message, analyses it (analyze-message.ts), shows
 * the checklist and offers "Report to IT". Every step that can fail ends in a notice saying what happened and what
 * to do; the popup is never left blank. Takes `messenger` and the container as parameters, so unit tests drive it
 * with a fake and a jsdom document.
 */
import { summaryText } from '../../core/summary';
import { analyze } from '../../core/analyze';
import { attachIpOwner, loadIpOwner, type IpOwnerState } from '../../ui/ip-owner-loader';
import { analyzeOptionsFrom } from '../../core/config';
import { addMessages, langFromLocale, loadLanguage, translate, type Lang, type MessageKey } from '../../i18n';
import { tbMessages } from '../../i18n/thunderbird';
import { analyzeTbMessage, displayedMessage, type TbAnalysis } from './analyze-message';
import type { Messenger } from './messenger-api';
import { errorText, reportToIt, type ReportOutcome } from './report-to-it';
import { loadSettings, type TbSettings } from './settings';
import { mountView, type PopupNotice, type PopupView } from './ui-mount';

export interface PopupResult {
  view: PopupView;
  analysis?: TbAnalysis;
  settings?: TbSettings;
  /** Runs "Report to IT" as the button does; undefined when no button is offered. */
  report?: () => Promise<ReportOutcome>;
}

/** The IP owner table, packed into the extension by scripts/build-thunderbird.ts. */
const IP_TABLE_URL = 'data/ip-owner.bin';

export async function runPopup(api: Messenger, container: HTMLElement): Promise<PopupResult> {
  const lang = langFromLocale(safeUiLanguage(api));
  addMessages(tbMessages);
  // The reader's words, and English for the summary's part for IT (both inside this one-file bundle).
  await Promise.all([loadLanguage(lang), loadLanguage('en')]);
  const doc = container.ownerDocument;
  const paneRoot = doc.createElement('div');
  paneRoot.className = 'tb-pane';
  const actions = doc.createElement('div');
  actions.className = 'tb-actions';
  actions.hidden = true;
  container.replaceChildren(paneRoot, actions);

  const view = mountView(paneRoot, lang);
  view.checking();
  let settings: TbSettings;
  let analysis: TbAnalysis;
  try {
    const [shown, loaded] = await Promise.all([displayedMessage(api), loadSettings(api)]);
    settings = loaded;
    if (shown.kind === 'none') return done(view, [{ intent: 'info', key: 'tb.popup.no-message' }]);
    if (shown.kind === 'many') return done(view, [{ intent: 'info', key: 'tb.popup.many-messages', params: { count: shown.count } }]);
    analysis = await analyzeTbMessage(api, shown.header, analyzeOptionsFrom(settings.config));
  } catch (error) {
    return done(view, [{ intent: 'error', key: 'tb.popup.unreadable', params: { error: errorText(error) } }]);
  }

  const notices = settings.problems.map(
    (p): PopupNotice => ({ intent: 'warning', key: 'tb.config.invalid', params: { field: p.field, problem: { key: p.problem } } }),
  );
  view.report(analysis.report, notices);
  // Copy summary, as in every host; Thunderbird's report goes through its own bar below (forward as attachment).
  view.actions({ copyText: () => summaryText(analysis.report, lang) });
  const result: PopupResult = { view, analysis, settings };
  // The IP network table ships inside the extension: once read, the checklist names the networks behind the IPs as
  // in Outlook (and origin.sender-network can speak); without it the popup says the networks are not named.
  const ip: IpOwnerState = {};
  attachIpOwner(view, () => loadIpOwner(IP_TABLE_URL), ip, () => {
    const options = analyzeOptionsFrom(settings.config);
    analysis = { ...analysis, report: analyze(analysis.input, ip.lookup ? { ...options, ipOwner: ip.lookup } : options) };
    result.analysis = analysis;
    view.report(analysis.report, ip.notice ? [...notices, ip.notice] : notices);
    view.actions({ copyText: () => summaryText(analysis.report, lang) });
  });
  if (settings.config.reportOnClean || analysis.report.verdict !== 'no-red-flags') {
    // Settings are read again at the click: an address saved in the options meanwhile counts.
    result.report = async () => reportToIt(api, analysis.header, analysis.report, await loadSettings(api), lang);
    renderReportBar(api, actions, lang, settings, result.report);
  }
  return result;
}

function done(view: PopupView, notices: PopupNotice[]): PopupResult {
  view.notices(notices);
  return { view };
}

/** The "Report to IT" button and the line that says what it did, kept below the checklist (sticky, see CSS). */
function renderReportBar(
  api: Messenger,
  bar: HTMLElement,
  lang: Lang,
  settings: TbSettings,
  report: () => Promise<ReportOutcome>,
): void {
  const doc = bar.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'button tb-report';
  button.textContent = translate(lang, 'tb.report.button');
  const status = doc.createElement('p');
  status.className = 'tb-report-status';
  status.setAttribute('role', 'status');
  bar.replaceChildren(button, status);
  bar.hidden = false;

  const say = (key: MessageKey, params: Record<string, string> = {}) => {
    status.textContent = translate(lang, key, params);
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    const outcome = await report();
    button.disabled = false;
    if (outcome.ok) return say('tb.report.opened', { address: outcome.to.join(', ') });
    if (outcome.reason === 'failed') return say('tb.report.failed', { error: outcome.error });
    say(settings.userMaySetAddress ? 'tb.report.no-address' : 'tb.report.no-address.admin');
    if (settings.userMaySetAddress && api.runtime?.openOptionsPage) {
      const open = doc.createElement('button');
      open.type = 'button';
      open.className = 'button tb-open-options';
      open.textContent = translate(lang, 'tb.report.open-options');
      open.addEventListener('click', () => void api.runtime?.openOptionsPage?.());
      status.append(' ', open);
    }
  });
}

function safeUiLanguage(api: Messenger): string | undefined {
  try {
    return api.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}
