/**
 * links.qr-code: a link hidden in a QR code of an image (parse/index.ts adds the codes' web links to the message's
 * links, so every link check judges them too). Attack ("quishing"): "scan to re-activate your MFA", "scan to view
 * the document" — the only link is in a picture, where neither the reader's eye nor a mail filter reads it, and the
 * phone that scans it is outside the company's protection. Trap: a genuine ticket, invoice or newsletter carries a QR
 * code to the sender's own site (info, no warning); a logo has no QR code at all.
 * links.attachment-link: a PDF attachment's button opens a sign-in page off the sender's site — or a page there with
 * the reader's address in its link, made to greet and prefill (core/qr/pdf.ts reads
 * the buttons; parse/index.ts makes them links, so every link check judges them too). Attack: an "invoice" or a
 * "shared document" whose only content is VIEW DOCUMENT — the body has no link, the PDF's one button opens the
 * fake sign-in page. Trap: a genuine invoice's buttons go to the sender's portal; a paper or a manual cites many
 * sites, a brand's own sign-in page among them: only a document of at most MAX_BUTTONS links is a lure's shape, and
 * a brand's own domain is no lure's page.
 * links.qr-unread: an image that was not read (too large, damaged, past the count), said so the reader knows; so is
 * a PDF attachment not read (encrypted, damaged, past the count) or read only in part (cut to its first bytes).
 */
import type { Check, CheckContext } from '../checks/check';
import { webLinks } from '../checks/links';
import type * as QrJudge from './judge';

/**
 * The judging (judge.ts) is a chunk of its own in the browsers, fetched only for a message with a link read from a QR
 * code or a PDF attachment, or an image or PDF not read (`needs: ['qr-judge']`, ui/session.ts), and analysed again before
 * drawing; the command line and the tools load it first.
 */
let judge: typeof QrJudge | undefined;

/** Loads the judging; settles once the checks can use it. */
export const loadQrJudge = (): Promise<void> =>
  import(/* webpackChunkName: "qr-judge" */ './judge').then((m) => {
    judge ??= m;
  });

/**
 * Forgets the judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetQrJudge(): void {
  judge = undefined;
}

/** The judging, or undefined (and the need noted) until it is loaded. */
function qrJudge(ctx: CheckContext): typeof QrJudge | undefined {
  if (!judge) ctx.needs.add('qr-judge');
  return judge;
}

const qrCode: Check = (msg, ctx) => {
  const links = webLinks(msg).filter((l) => l.source === 'qr');
  return links.length === 0 ? undefined : qrJudge(ctx)?.judgeQrCode(msg, ctx, links);
};

const attachmentLink: Check = (msg, ctx) => {
  const links = webLinks(msg).filter((l) => l.source === 'attachment');
  return links.length === 0 ? undefined : qrJudge(ctx)?.judgeAttachmentLink(msg, ctx, links);
};

const unread: Check = (msg, ctx) =>
  msg.qr?.skipped.length || msg.documents?.skipped.length ? qrJudge(ctx)?.unread(msg.qr, msg.documents) : undefined;

export const QR_CHECKS: readonly (readonly [string, Check])[] = [
  ['links.qr-code', qrCode],
  ['links.attachment-link', attachmentLink],
  ['links.qr-unread', unread],
];
