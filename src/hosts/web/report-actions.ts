/**
 * What a user takes away from the standalone page as files: the full Report as JSON (for IT's tools) and the
 * summary as text (core/summary.ts: defanged, the reader's language plus English). Files are made in the page (a
 * Blob URL) and saved by the browser: nothing is sent anywhere. (Copy summary is the pane's own, src/ui/actions.ts.)
 */
import type { Report } from '../../core/report';
import { jsonVisible } from '../../core/visible-text';
import { summaryText } from '../../core/summary';
import { translate, type Lang } from '../../i18n';

/**
 * The Report exactly as `analyze` returned it (report.ts is its documented shape), indented for people; hidden and
 * direction-changing characters written as `\u202e` escapes, so the file reads true in an editor and parses the same.
 */
export function reportJson(report: Report): string {
  return `${jsonVisible(JSON.stringify(report, null, 2))}\n`;
}

/**
 * `phish-inspector-report-2026-11-27.json`: the date (local) and what it is, never the subject — a name made from
 * the sender's text could carry path separators, control characters or a misleading extension.
 */
export function downloadName(kind: 'report' | 'summary' | 'false-alarm', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `phish-inspector-${kind}-${date}.${kind === 'report' ? 'json' : 'txt'}`;
}

/**
 * "This looks wrong" on the page, where there is no mail client to open a draft: the summary, headed "Reported as a
 * possible false alarm" (the reader's language, then English for IT), for the reader to send to IT.
 */
export function falseAlarmText(report: Report, lang: Lang): string {
  const intro = [translate(lang, 'report.false-alarm.intro')];
  if (lang !== 'en') intro.push(translate('en', 'report.false-alarm.intro'));
  return [...intro, '', summaryText(report, lang)].join('\n');
}

/** Saves `text` as a file through a temporary Blob URL and `<a download>` (the link is ours, never message text). */
export function saveText(doc: Document, text: string, fileName: string, type: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the click; the URL is released a moment later (revoking at once can cancel it).
    win.setTimeout(() => win.URL.revokeObjectURL(url), 10_000);
  }
}
