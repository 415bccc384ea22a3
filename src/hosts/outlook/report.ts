/**
 * "Report to IT" in Outlook: a new message to the IT address, the original attached *as an item* (Exchange attaches
 * it whole, with every header, which a forward loses), the subject `<prefix> <original subject>`, and the analysis
 * as the body. Outlook opens it as a draft and the user presses Send: nothing is sent silently.
 *
 * API: `mailbox.displayNewMessageFormAsync` (Mailbox 1.9), else `displayNewMessageForm` (1.6). Outlook on phones
 * supports Mailbox 1.5 plus a list of later APIs that includes neither, so there the answer is `unsupported` and
 * the pane offers the summary to copy.
 *
 * Traps:
 * - The attachment needs the item's EWS id. Outlook on iOS and Android give `item.itemId` in REST format (Microsoft,
 *   "Use the Outlook REST APIs from an Outlook add-in": "In Outlook Mobile, the value returned by itemId is a
 *   REST-formatted ID"; office-js#1520 for Android), and Outlook on Mac has handed out REST-format ids too
 *   (office-js#754). `convertToEwsId(id, RestVersion.v2_0)` is applied when the id is REST-shaped: EWS ids are
 *   standard base64 (`+`, `/`), REST ids the URL-safe alphabet (`-`, `_`). An EWS id is passed as it is.
 * - `htmlBody` is the only body these APIs take, and Outlook caps it at 32 KB (Office.MessageForm): a longer summary
 *   is cut at a paragraph and says so; the original travels whole as the attachment. Subject and attachment name are
 *   capped at 255 characters, recipients at 100.
 * - The subject comes from the message: before it is reused in the draft's subject and the attachment's name, every
 *   control, bidi, zero-width or other hidden character in it becomes a visible `⟨U+202E⟩` (core/visible-text.ts):
 *   a CR/LF cannot start a header field and `‮moc.lapyap` cannot read as paypal.com. Not defanged: subjects are
 *   not auto-linked, and IT matches them against the original as written.
 */
import type { Report } from '../../core/report';
import { escapeHtml, summaryHtml, summaryText } from '../../core/summary';
import { visibleCut } from '../../core/visible-text';

// What Copy summary copies: with the draft's code, fetched at the first click (pane-actions.ts).
export { summaryText };
import { translate, type Lang } from '../../i18n';
import type { ReportOutcome } from '../../ui/actions';
import { errorText } from '../../ui/error-text';
import { supports, type OfficeApi } from './read-item';

const MAX_SUBJECT = 255;
const MAX_ATTACHMENT_NAME = 255;
const MAX_RECIPIENTS = 100;
/** Office.MessageForm.htmlBody: "limited to a maximum size of 32 KB"; counted in UTF-8 bytes to be safe. */
const MAX_BODY_BYTES = 32 * 1000;
/** How long to wait for displayNewMessageFormAsync's callback before saying Outlook did not answer. */
const ANSWER_TIMEOUT_MS = 30_000;

/** The item fields a report reads. */
export type ReportItem = Pick<Office.MessageRead, 'itemId' | 'subject'>;

/** The enums office.js defines; the fake Office in tests may leave them out, so their string values are the fallback. */
type Enums = { MailboxEnums?: { RestVersion?: { v2_0?: string }; AttachmentType?: { Item?: string } } };

/** The client can open a new-message form: Mailbox 1.9's async form, or 1.6's. */
export function canOpenDraft(office: OfficeApi): boolean {
  const mailbox = office.context?.mailbox;
  if (!mailbox) return false;
  return (
    (supports(office, '1.9') && typeof mailbox.displayNewMessageFormAsync === 'function') ||
    (supports(office, '1.6') && typeof mailbox.displayNewMessageForm === 'function')
  );
}

/** Text from the message for a subject or a file name: one line, hidden characters marked, at most `max` units. */
function fieldText(value: unknown, max: number): string {
  return visibleCut(String(value ?? '').trim(), max);
}

/** A REST-format id: mobile clients give only those; otherwise its URL-safe base64 alphabet gives it away. */
function isRestId(office: OfficeApi, id: string): boolean {
  let host: unknown;
  try {
    host = office.context.mailbox?.diagnostics?.hostName;
  } catch {
    host = undefined;
  }
  return host === 'OutlookIOS' || host === 'OutlookAndroid' || id.includes('-') || id.includes('_');
}

/** The current item's EWS id (converted from REST format where the platform gave that), or undefined. */
export function ewsItemId(office: OfficeApi, itemId: unknown): string | undefined {
  if (typeof itemId !== 'string' || itemId.trim() === '') return undefined;
  const id = itemId.trim();
  const mailbox = office.context.mailbox;
  if (!isRestId(office, id) || typeof mailbox?.convertToEwsId !== 'function') return id;
  const version = (office as OfficeApi & Enums).MailboxEnums?.RestVersion?.v2_0 ?? 'v2.0';
  try {
    const converted: unknown = mailbox.convertToEwsId(id, version);
    return typeof converted === 'string' && converted !== '' ? converted : id;
  } catch {
    return id;
  }
}

/**
 * Why the reader reports: a message they take for phishing, or a result they think is wrong ("This looks wrong"):
 * then the subject and the first line say "Reported as a possible false alarm", so IT can correct the admin config.
 */
export type ReportKind = 'phishing' | 'false-alarm';

/** The draft's body: a line from the reporter, then the summary (reporter's language, then English), cut to fit. */
export function reportBody(report: Report, lang: Lang, kind: ReportKind = 'phishing'): string {
  const key = kind === 'false-alarm' ? 'report.false-alarm.intro' : 'report.body.intro';
  const intro = [`<p>${escapeHtml(translate(lang, key))}</p>`];
  if (lang !== 'en') intro.push(`<p lang="en">${escapeHtml(translate('en', key))}</p>`);
  const html = `<div>${intro.join('')}<br>${summaryHtml(report, lang)}</div>`;
  return fitBody(html, translate(lang, 'report.body.shortened'), MAX_BODY_BYTES);
}

/**
 * `html` when it fits in `maxBytes`; else cut after the last whole paragraph that fits, with `note` and the open
 * <div>s closed. Safe to cut by searching tags: every text inside came through escapeHtml, so `<` is always a tag.
 */
export function fitBody(html: string, note: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(html).length <= maxBytes) return html;
  const tail = `<p>${escapeHtml(note)}</p>`;
  // Room for the note and the closing tags (a few nested <div>s).
  const budget = maxBytes - encoder.encode(tail).length - 64;
  let used = 0;
  let cut = 0;
  for (let at = html.indexOf('</p>'); at >= 0; at = html.indexOf('</p>', cut)) {
    const end = at + '</p>'.length;
    used += encoder.encode(html.slice(cut, end)).length;
    if (used > budget) break;
    cut = end;
  }
  const kept = html.slice(0, cut);
  const open = count(kept, '<div') - count(kept, '</div>');
  return kept + tail + '</div>'.repeat(Math.max(0, open));
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The new-message form: recipients, subject, body, and the original as an item attachment. */
export function reportForm(
  itemId: string,
  subject: unknown,
  report: Report,
  to: readonly string[],
  prefix: string,
  lang: Lang,
  office?: OfficeApi,
  kind: ReportKind = 'phishing',
): Office.MessageForm {
  const original = fieldText(subject, MAX_SUBJECT);
  const marker = kind === 'false-alarm' ? translate(lang, 'report.false-alarm.subject') : '';
  const itemType = (office as (OfficeApi & Enums) | undefined)?.MailboxEnums?.AttachmentType?.Item ?? 'item';
  return {
    toRecipients: to.slice(0, MAX_RECIPIENTS),
    subject: fieldText([fieldText(prefix, MAX_SUBJECT), marker, original].filter(Boolean).join(' '), MAX_SUBJECT),
    htmlBody: reportBody(report, lang, kind),
    attachments: [
      {
        type: itemType,
        itemId,
        name: fieldText(original || translate(lang, 'report.original-name'), MAX_ATTACHMENT_NAME),
      },
    ],
  };
}

/** Shows the form: 1.9's async call with its answer, else 1.6's call (it answers by throwing, or not at all). */
export function openReportDraft(office: OfficeApi, form: Office.MessageForm, lang: Lang): Promise<ReportOutcome> {
  const mailbox = office.context.mailbox;
  const to = (form.toRecipients ?? []).map((r) => (typeof r === 'string' ? r : r.emailAddress));
  if (supports(office, '1.9') && typeof mailbox.displayNewMessageFormAsync === 'function') {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => resolve({ ok: false, reason: 'failed', error: translate(lang, 'report.no-answer') }),
        ANSWER_TIMEOUT_MS,
      );
      const done = (outcome: ReportOutcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      try {
        mailbox.displayNewMessageFormAsync(form, (result) =>
          done(
            result.status === office.AsyncResultStatus.Succeeded
              ? { ok: true, to }
              : { ok: false, reason: 'failed', error: errorText(result.error) },
          ),
        );
      } catch (error) {
        done({ ok: false, reason: 'failed', error: errorText(error) });
      }
    });
  }
  if (supports(office, '1.6') && typeof mailbox.displayNewMessageForm === 'function') {
    try {
      mailbox.displayNewMessageForm(form);
      return Promise.resolve({ ok: true, to });
    } catch (error) {
      return Promise.resolve({ ok: false, reason: 'failed', error: errorText(error) });
    }
  }
  return Promise.resolve({ ok: false, reason: 'unsupported' });
}

/** Opens the report draft for `item`. Never rejects: every outcome is something the pane can say. */
export async function reportToIt(
  office: OfficeApi,
  item: ReportItem,
  report: Report,
  to: readonly string[],
  prefix: string,
  lang: Lang,
  kind: ReportKind = 'phishing',
): Promise<ReportOutcome> {
  if (to.length === 0) return { ok: false, reason: 'no-address' };
  if (!canOpenDraft(office)) return { ok: false, reason: 'unsupported' };
  let itemId: string | undefined;
  try {
    itemId = ewsItemId(office, item.itemId);
  } catch {
    itemId = undefined;
  }
  if (!itemId) return { ok: false, reason: 'failed', error: translate(lang, 'report.no-item-id') };
  return openReportDraft(office, reportForm(itemId, item.subject, report, to, prefix, lang, office, kind), lang);
}
