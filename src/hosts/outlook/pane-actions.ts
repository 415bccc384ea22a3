/**
 * The pane's actions in Outlook: Copy summary always, Report to IT where the session's offer rule says so. The buttons are drawn
 * with the checklist; their code (the draft, the summary: report.ts) and, for a Japanese reader, the English words
 * of the summary's part for IT are fetched at the first click, so a reader who only reads downloads neither.
 */
import type { AdminConfig } from '../../core/config';
import type { Report } from '../../core/report';
import { loadLanguage, type Lang } from '../../i18n';
import type { PaneActions, ReportOutcome } from '../../ui/actions';
import type { OfficeApi } from './read-item';
import type { ReportItem } from './report';
import { errorText } from '../../ui/error-text';
import { loadLateWords } from '../../ui/late-words';
import { reportSettings } from './settings';

/** The code behind the buttons (report.ts, its own chunk in the bundle). */
export type ReportCode = Pick<typeof import('./report'), 'reportToIt' | 'summaryText'>;

export interface OutlookActionsOptions {
  office: OfficeApi;
  item: ReportItem;
  config: AdminConfig;
  /** The report on screen, read at each click (the pane redoes it when the IP table arrives). */
  report: () => Report;
  /** Report to IT is offered (core/config.ts reportOffered, applied by the session). */
  offerReport: boolean;
  lang: () => Lang;
  /** Fetches the code behind the buttons (tests hand in the module they import). */
  loadCode: () => Promise<ReportCode>;
}

export function outlookActions(options: OutlookActionsOptions): PaneActions {
  const { office, item, config } = options;
  // The code and the English words, once: a failed fetch is tried again at the next click.
  let ready: Promise<ReportCode> | undefined;
  const code = (): Promise<ReportCode> => {
    ready ??= Promise.all([options.loadCode(), loadLanguage('en')]).then(([loaded]) => loaded);
    ready.catch(() => (ready = undefined));
    // The draft's and summary's words, in English (the part for IT) and the reader's language (ui/late-words.ts).
    const words = Promise.all([loadLateWords('en'), loadLateWords(options.lang())]);
    return Promise.all([ready, words]).then(([loaded]) => loaded);
  };
  const copyText = async () => (await code()).summaryText(options.report(), options.lang());
  const settings = reportSettings(office, config);
  // Settings are read again at the click: an address saved meanwhile counts.
  const open = async (kind: 'phishing' | 'false-alarm'): Promise<ReportOutcome> => {
    let loaded: ReportCode;
    try {
      loaded = await code();
    } catch (error) {
      return { ok: false, reason: 'failed', error: errorText(error) };
    }
    const { reportTo } = reportSettings(office, config);
    return loaded.reportToIt(office, item, options.report(), reportTo, config.subjectPrefix, options.lang(), kind);
  };
  // "This looks wrong" goes to the same address, marked as a possible false alarm (the session offers it or not).
  const falseAlarm = {
    get to() {
      return reportSettings(office, config).reportTo;
    },
    onReport: () => open('false-alarm'),
  };
  if (!options.offerReport) return { copyText, falseAlarm };
  return {
    copyText,
    falseAlarm,
    report: {
      to: settings.reportTo,
      onReport: () => open('phishing'),
      userAddress: settings.userMaySetAddress
        ? {
            current: settings.userAddress,
            // Fetched at the first save, with the code behind the buttons (save-address.ts).
            save: (value) =>
              import(/* webpackChunkName: "report" */ './save-address').then(
                (m) => m.saveUserAddress(office, config, value),
                (error: unknown) => ({ result: 'failed' as const, error: errorText(error) }),
              ),
          }
        : undefined,
    },
  };
}
