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
import { visibleCut } from '../../core/visible-text';
import { translate, type Lang } from '../../i18n';
import type { ReportOutcome } from '../../ui/actions';
import { errorText } from '../../ui/error-text';
import type { Messenger, TbComposeDetails, TbMessageHeader } from './messenger-api';
import type { TbSettings } from './settings';

/** Longest original subject copied into the report's subject line. */
const MAX_SUBJECT = 200;
/** Longest attachment name written back (file systems take 255). */
const MAX_ATTACHMENT_NAME = 255;

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
  // One line, every hidden or direction-changing character a visible marker (core/visible-text.ts), as in the body.
  const original = visibleCut((header.subject ?? '').trim(), MAX_SUBJECT);
  const marker = kind === 'false-alarm' ? translate(lang, 'report.false-alarm.subject') : '';
  return {
    to: settings.reportTo.slice(),
    subject: [settings.config.subjectPrefix, marker, original].filter(Boolean).join(' '),
    plainTextBody: reportBody(report, lang, kind),
    isPlainText: true,
  };
}

/**
 * What the user says to IT: they did not act on it (or think the result wrong), the verdict, the story, and that the
 * original is attached. The opening line is in the reader's language and, for a Japanese reader, in English too, as
 * Outlook's draft has it: IT may not read the reader's language.
 */
function reportBody(report: Report, lang: Lang, kind: ReportKind): string {
  const key = kind === 'false-alarm' ? 'report.false-alarm.intro' : 'tb.report.body.intro';
  return [
    translate(lang, key),
    ...(lang === 'en' ? [] : [translate('en', key)]),
    '',
    summaryText(report, lang),
    translate(lang, 'tb.report.body.attached'),
    '',
  ].join('\n');
}

/**
 * Thunderbird names the forwarded original after its subject (`<subject>.eml`), so a U+202E in the subject would turn
 * the file's name around for IT (`…‮lmth.eml`). A name with hidden characters is renamed to its visible form, the
 * sanitiser's markers included; the attachment's content — the evidence — is not touched. Best effort: on a
 * Thunderbird without these calls, or if one fails, the draft stays open with Thunderbird's name.
 */
async function visibleAttachmentNames(api: Messenger, tab: unknown): Promise<void> {
  const tabId = (tab as { id?: unknown } | null)?.id;
  const compose = api.compose;
  if (typeof tabId !== 'number' || !compose.listAttachments || !compose.updateAttachment) return;
  try {
    for (const attachment of await compose.listAttachments(tabId)) {
      const name = visibleCut(attachment.name, MAX_ATTACHMENT_NAME);
      if (name !== attachment.name) await compose.updateAttachment(tabId, attachment.id, { name });
    }
  } catch {
    // The draft is open and the reader can still send it: only the file keeps the name Thunderbird gave it.
  }
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
    const tab = await api.compose.beginForward(
      header.id,
      'forwardAsAttachment',
      reportDetails(header, report, settings, lang, kind),
    );
    await visibleAttachmentNames(api, tab);
    return { ok: true, to: settings.reportTo.slice() };
  } catch (error) {
    return { ok: false, reason: 'failed', error: errorText(error) };
  }
}
