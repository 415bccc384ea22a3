/**
 * The judging of what QR codes and PDF attachments hold (check.ts says what each finding means and why): a chunk of
 * its own in the browsers, loaded by check.ts only for a message with such a link or a file not read.
 */
import type { Evidence } from '../report';
import type { DocumentReading, Link, ParsedMessage, QrReading } from '../types';
import { finding, type CatalogueFinding } from '../findings';
import { brandsOwningDomain, isBrandDomain } from '../brands/lookup';
import type { CheckContext } from '../checks/check';
import { carriesRecipient, senderLinkDomains } from '../checks/links';

/** Evidence rows per finding. */
const MAX_EVIDENCE = 5;

/** Words of a sign-in page in a URL (host or path): what a credential lure's QR code opens. */
const SIGN_IN =
  /log-?in|sign-?in|log-?on|oauth|(?:^|[^a-z0-9])(?:auth|sso|mfa|2fa|otp|owa)(?:[^a-z0-9]|$)|verif|passw|webmail|adfs/i;

const qrEvidence = (link: Link): Evidence => ({
  url: link.url,
  value: link.image,
  highlight: link.host,
  author: 'sender',
});

/** links.qr-code for the message's links read from QR codes (`links`, one or more). */
export function judgeQrCode(msg: ParsedMessage, ctx: CheckContext, links: Link[]) {
  const senderOwns = senderLinkDomains(msg, ctx);
  const isOwn = (l: Link) =>
    senderOwns(l.registrable) || ctx.claimed.some((m) => isBrandDomain(m.brand, l.host)) || l.host === '';
  const foreign = links.filter((l) => !isOwn(l));
  if (foreign.length === 0) {
    const first = links[0]!;
    const params = { host: first.host, image: first.image ?? '' };
    return finding('links.qr-code', 'info', params, links.slice(0, MAX_EVIDENCE).map(qrEvidence), 'links.qr-code.own');
  }
  const signIn = foreign.filter((l) => SIGN_IN.test(l.url.replace(/^https?:\/\//i, '')));
  const addressed = signIn.length ? [] : foreign.filter((l) => addressedPage(msg, ctx, l));
  const worst = signIn[0] ?? addressed[0] ?? foreign[0]!;
  const params = { host: worst.host, image: worst.image ?? '' };
  const evidence = [worst, ...foreign.filter((l) => l !== worst)].slice(0, MAX_EVIDENCE).map(qrEvidence);
  if (signIn.length) return finding('links.qr-code', 'fail', params, evidence, 'links.qr-code.login');
  if (addressed.length) return finding('links.qr-code', 'fail', params, evidence, 'links.qr-code.address');
  return finding('links.qr-code', 'warn', params, evidence, 'links.qr-code');
}

/**
 * A QR code's link off the sender's site that carries the reader's own address (plain, encoded, base64, in the path,
 * query or fragment), on no brand's domain: a page made to greet and prefill the reader, opened on a phone. Attack: the
 * fax, voicemail and "secure document" quishing notices whose one code opens `secure-faxview.com/inbox/#<base64 of the
 * address>` — no sign-in word in the URL (SIGN_IN), so it only warned. As links.attachment-link does for a PDF's button.
 * Trap: a ticket's or a registration's code to the sender's own site carrying the attendee's address is the sender's
 * (info, never here); a code to a brand's real site (a ticketing or airline brand's check-in) is no kit's page; a
 * newsletter's code to an app store carries no address.
 */
function addressedPage(msg: ParsedMessage, ctx: CheckContext, link: Link): boolean {
  return brandsOwningDomain(ctx.brands, link.registrable).length === 0 && !!carriesRecipient(msg, link);
}

/** Links a lure's document holds: one button, or two (VIEW and DOWNLOAD, say); a real document links far more. */
const MAX_BUTTONS = 3;

/** links.attachment-link for the message's links read from PDF attachments (`links`, one or more). */
export function judgeAttachmentLink(msg: ParsedMessage, ctx: CheckContext, links: Link[]) {
  const perFile = new Map<string, Set<string>>();
  for (const l of links) perFile.set(l.attachment ?? '', (perFile.get(l.attachment ?? '') ?? new Set()).add(l.url));
  const senderOwns = senderLinkDomains(msg, ctx);
  const signIn = (l: Link) => SIGN_IN.test(l.url.replace(/^https?:\/\//i, ''));
  const lure = links.filter(
    (l) =>
      (perFile.get(l.attachment ?? '')?.size ?? 0) <= MAX_BUTTONS &&
      !senderOwns(l.registrable) &&
      !ctx.claimed.some((m) => isBrandDomain(m.brand, l.host)) &&
      brandsOwningDomain(ctx.brands, l.registrable).length === 0 &&
      (signIn(l) || carriesRecipient(msg, l)),
  );
  const worst = lure.find(signIn) ?? lure[0];
  if (!worst) return undefined;
  const evidence = lure.slice(0, MAX_EVIDENCE).map((l): Evidence => ({
    url: l.url,
    highlight: l.host,
    author: 'sender',
    names: [{ key: 'evidence.in-attachment', params: { file: l.attachment ?? '' } }],
  }));
  const params = { host: worst.host, file: worst.attachment ?? '' };
  const key = signIn(worst) ? 'links.attachment-link.login' : 'links.attachment-link.address';
  return finding('links.attachment-link', 'fail', params, evidence, key);
}

/** Why an image (or, `pdf:`, a PDF) was not read, or read in part: the sentence that says so. */
const REASON_KEYS = {
  'too-large': 'links.qr-unread.too-large',
  unreadable: 'links.qr-unread.unreadable',
  'too-many': 'links.qr-unread.too-many',
  'pdf:encrypted': 'links.qr-unread.pdf-encrypted',
  'pdf:cut': 'links.qr-unread.pdf-cut',
  'pdf:unreadable': 'links.qr-unread.pdf-unreadable',
  'pdf:too-many': 'links.qr-unread.pdf-too-many',
} as const;

/** One info finding per reason an image or a PDF was not read: the first such file named, the rest counted. */
export function unread(qr: QrReading | undefined, documents: DocumentReading | undefined): CatalogueFinding[] {
  const skipped = [
    ...(qr?.skipped ?? []).map((s) => [s.reason, s.image]),
    ...(documents?.skipped ?? []).map((s) => ['pdf:' + s.reason, s.file]),
  ];
  const out: CatalogueFinding[] = [];
  for (const [reason, key] of Object.entries(REASON_KEYS)) {
    const names = skipped.filter((s) => s[0] === reason).map((s) => s[1]!);
    if (names.length === 0) continue;
    const evidence = names.slice(0, MAX_EVIDENCE).map((name): Evidence => ({ header: 'Attachment', value: name }));
    out.push(finding('links.qr-unread', 'info', { image: names[0]!, count: names.length }, evidence, key));
  }
  return out;
}
