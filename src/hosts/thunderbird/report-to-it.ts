/**
 * "Report to IT" in Thunderbird: a forward of the message *as an attachment* (IT gets every original header, which
 * an inline forward loses) to the configured address, with what Phish Inspector found in the body. The draft opens
 * in a compose window and the user presses Send: nothing leaves without the user's say.
 *
 * The body is the shared summary (story, verdict, each red flag with its evidence, defanged), in the reader's
 * language and in English for IT.
 */
import type { Report } from '../../core/report';
import { summaryText } from '../../core/summary';
import { cutText } from '../../core/text';
import { translate, type Lang } from '../../i18n';
import type { ReportOutcome } from '../../ui/actions';
import { errorText } from '../../ui/error-text';
import type { Messenger, TbComposeDetails, TbMessageHeader } from './messenger-api';
import type { TbSettings } from './settings';

/** Longest original subject copied into the report's subject line. */
const MAX_SUBJECT = 200;

/** Why the reader reports: phishing, or a result they think is wrong ("This looks wrong": marked for IT). */
export type ReportKind = 'phishing' | 'false-alarm';

/** The forward's recipients, subject and plain-text body. */
function reportDetails(
  header: TbMessageHeader,
  report: Report,
  settings: TbSettings,
  lang: Lang,
  kind: ReportKind,
): TbComposeDetails {
  const original = cutText(header.subject ?? '', MAX_SUBJECT);
  const marker = kind === 'false-alarm' ? translate(lang, 'report.false-alarm.subject') : '';
  return {
    to: settings.reportTo.slice(),
    subject: [settings.config.subjectPrefix, marker, original].filter(Boolean).join(' '),
    plainTextBody: reportBody(report, lang, kind),
    isPlainText: true,
  };
}

/** What the user says to IT: they did not act on it, the verdict, the story, and that the original is attached. */
function reportBody(report: Report, lang: Lang, kind: ReportKind): string {
  return [
    translate(lang, kind === 'false-alarm' ? 'report.false-alarm.intro' : 'tb.report.body.intro'),
    '',
    summaryText(report, lang),
    translate(lang, 'tb.report.body.attached'),
    '',
  ].join('\n');
}

/** Opens the report draft. Never throws: the popup shows what happened. */
export async function reportToIt(
  api: Messenger,
  header: TbMessageHeader,
  report: Report,
  settings: TbSettings,
  lang: Lang,
  kind: ReportKind = 'phishing',
): Promise<ReportOutcome> {
  if (settings.reportTo.length === 0) return { ok: false, reason: 'no-address' };
  try {
    await api.compose.beginForward(
      header.id,
      'forwardAsAttachment',
      reportDetails(header, report, settings, lang, kind),
    );
    return { ok: true, to: settings.reportTo.slice() };
  } catch (error) {
    return { ok: false, reason: 'failed', error: errorText(error) };
  }
}
