/**
 * content.risky-attachment: an attachment that runs, hides what it is, or is a web page of its own. Invoice and
 * payment lures carry a local phishing page (`.html`, `.shtml`, `.svg`: a sign-in form, a script or a refresh that
 * opens the attacker's site) or an archive or disk image with a program inside. What is judged: the name (its last
 * extension, a second one before it, reversed text), the first bytes (what the file really is, whatever its name
 * and type say), a page's forms, scripts, refresh and links (read by parse/body.ts, as the body is), and a ZIP's
 * member names (its directory, never inflated). Outlook's older clients give the name, type and size only: then the
 * name alone is judged. The bytes are read once by parseMessage (parse/attachment-bytes.ts: type, ZIP members); this
 * judges those facts and reads pages, within bounds: the attachments judged, the page bytes read.
 */
import type { Check } from './check';
import type { JudgeAttachments } from './attachment-judge';
import type { JudgeAttachedMessages } from '../attached-message';

/** Attachments judged per message; past it, an info finding says how many were not. */
export const MAX_ATTACHMENTS = 64;

/**
 * The judging (attachment-judge.ts, some 1.5 KB gzipped) is needed only by a message with attachments: the browsers
 * fetch it then (`needs: ['attachments']`, ui/session.ts) and analyse again before drawing; the command line and the
 * tools load it first.
 */
let judge: JudgeAttachments | undefined;

/** Loads the judging (a chunk of its own in the browsers); settles once the check can use it. */
export const loadAttachmentJudge = (): Promise<void> =>
  import(/* webpackChunkName: "attachments" */ './attachment-judge').then((m) => {
    judge ??= m.judgeAttachments;
  });

/**
 * Forgets the judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetAttachmentJudge(): void {
  judge = undefined;
}

/**
 * content.risky-attachment, one finding per attachment that needs one (see the module comment).
 * Attack: the page or program is the phishing itself, with no link in the body for a filter to judge.
 * Trap: invoices really come as PDFs, photos as ZIPs, signatures as SVG logos: those give nothing; a ZIP whose
 * members are all listed and none runs gives nothing; only what runs, disguises itself or posts to a site counts —
 * or an archive locked with a password the same mail gives (archive-password.ts: a lock kept only from the filters).
 * @internal
 */
export const riskyAttachment: Check = (msg, ctx) => {
  const all = Array.isArray(msg.attachments) ? msg.attachments : [];
  if (all.length === 0) return [];
  if (!judge) {
    ctx.needs.add('attachments');
    return [];
  }
  return judge(all, msg, ctx);
};

/** The judging of attached messages (attached-message.ts), fetched only for a message carrying one. */
let attached: JudgeAttachedMessages | undefined;

/** Loads the judging of attached messages (a chunk of its own in the browsers). */
export const loadAttachedMessageJudge = (): Promise<void> =>
  import(/* webpackChunkName: "attached-message" */ '../attached-message').then((m) => {
    attached ??= m.judgeAttachedMessages;
  });

/**
 * Forgets the judging of attached messages, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetAttachedMessageJudge(): void {
  attached = undefined;
}

/**
 * content.attached-message: a message attached as a file (read by parseMessage into `message`), or one that could
 * not be read (an Outlook `.msg`, one past the bounds), judged as a message of its own (attached-message.ts).
 * @internal
 */
export const attachedMessage: Check = (msg, ctx) => {
  if (
    !msg.attachments.some(
      (a) => a.message || /^message\/(?:rfc822|global)|\.(?:eml|msg)$/i.test(a.mimeType + '\n' + a.filename),
    )
  )
    return [];
  if (!attached) {
    ctx.needs.add('attached-message');
    return [];
  }
  return attached(msg, ctx);
};

export const ATTACHMENT_CHECKS: readonly (readonly [string, Check])[] = [
  ['content.risky-attachment', riskyAttachment],
  ['content.attached-message', attachedMessage],
];
