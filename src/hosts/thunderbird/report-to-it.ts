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

/** The forward's recipients, subject and plain-text body. */
function reportDetails(header: TbMessageHeader, report: Report, settings: TbSettings, lang: Lang): TbComposeDetails {
  const original = cutText(header.subject ?? '', MAX_SUBJECT);
  return {
    to: settings.reportTo.slice(),
    subject: [settings.config.subjectPrefix, original].filter(Boolean).join(' '),
    plainTextBody: reportBody(report, lang),
    isPlainText: true,
  };
}

/** What the user says to IT: they did not act on it, the verdict, the story, and that the original is attached. */
function reportBody(report: Report, lang: Lang): string {
  return [
    translate(lang, 'tb.report.body.intro'),
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
): Promise<ReportOutcome> {
  if (settings.reportTo.length === 0) return { ok: false, reason: 'no-address' };
  try {
    await api.compose.beginForward(header.id, 'forwardAsAttachment', reportDetails(header, report, settings, lang));
    return { ok: true, to: settings.reportTo.slice() };
  } catch (error) {
    return { ok: false, reason: 'failed', error: errorText(error) };
  }
}
