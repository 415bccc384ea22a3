/**
 * content.attached-message: a message attached to the message (parse/attached-messages.ts read it), judged as a
 * message of its own by the very checks that judge the body — its links, its wording, its sender's claim — and told
 * as one line: "the attached message … ".
 * Attack: phishing wraps its lure in an attached .eml ("You have a new voicemail, see the attached message", "Fwd:
 * Remittance"), so that gateways and previews judge only the harmless outer mail; the attached message's links lead to
 * the credential page. Its verdict is what the outer mail delivers: likely phishing of its own makes the message
 * likely phishing (fail); suspicious of its own, a warning of substance.
 * The attached message is the sender's word from its first line to its last: its Received lines and authentication
 * results were written by whoever made the file, so only the headers its author writes anyway are kept (From, the
 * subject, the MIME fields): nothing authenticates it, and no relay of it is anyone's record.
 * So it is judged with its authentication unknowable (AnalyzeOptions.attached): a sign that rests only on its sender
 * not being authenticated would fire on every genuine brand mail passed on as a file (a customer's forwarded
 * newsletter linking through its ESP's tracker, an order confirmation linking to the carrier, a real sign-in alert
 * attached to a support request). Its From is taken at its word for its ESP's trackers (links.ts fromOwnsLinks) and a
 * link to its own site is no sign (verdict.ts, rule 2b), never as a confirmation: a rented or look-alike host, a brand
 * in a path, a brand named from another domain, a lure with a link to another organisation still count.
 * Limit: a phish in a brand's name whose only link is a click tracker of an ESP passes as the brand's own mail would.
 * Trap: a bounce returns the reader's own message, a report its reported one: there (a delivery or feedback report,
 * the attached message from the reader's own organisation) its signs are listed for IT and not weighed; a colleague's
 * forward of a phish to IT (forward as attachment) is folded into content.forwarded (forwarded.ts); a genuine
 * message forwarded as an attachment, a meeting, a newsletter, is judged as it would be on arrival and shows nothing.
 */
import type { MessageParam } from '../i18n';
import type { Evidence, Report } from './report';
import type { AttachmentInfo, MessageInput, ParsedMessage } from './types';
import type { CheckContext } from './checks/check';
import { analyze, takeLackingData } from './analyze';
import { finding, type CatalogueFinding } from './findings';
import { parseAddressList } from './parse/addresses';
import { registrableDomain } from './parse/domains';
import { headerBlockOf } from './parse/headers';
import { isAttachedMessage } from './parse/attached-messages';
import { cutText } from './text';

/** The headers an attached message's author writes: who it is from and to, what it is about, its MIME structure. */
const AUTHOR_FIELDS = new Set([
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

/** Evidence kept per attached message: its name and sender, then its signs' (IT reads every URL in them). */
const MAX_EVIDENCE = 24;

/** A part that says the message is a delivery or feedback report: its attached message is the returned one. */
const REPORT_PART = /^message\/(?:global-)?(?:delivery-status|disposition-notification|feedback-report)$/;

/** Outlook's own file format: a compound file postal-mime cannot read. */
const OUTLOOK_ITEM = /\.msg$/i;

/** The attached message as its author wrote it: only the headers the author writes, and the reader's addresses. */
function authorsOwn(input: MessageInput, readers: string[]): MessageInput {
  const fields = headerBlockOf(input)
    .headers.filter((f) => AUTHOR_FIELDS.has(f.key))
    .map((f, index) => ({ ...f, index }));
  const headers = fields.map((f) => `${f.name}: ${f.value}\r\n`).join('');
  const out: MessageInput = { headers, ...(fields.length ? { headerFields: { text: headers, fields } } : {}) };
  if (input.html !== undefined) out.html = input.html;
  if (input.text !== undefined) out.text = input.text;
  if (input.attachments) out.attachments = input.attachments;
  if (input.missing) out.missing = input.missing;
  if (input.limits) out.limits = input.limits;
  if (readers.length) out.recipients = readers;
  return out;
}

/** The attached message's From line as written, its address (else that line) and the address's registrable domain. */
function senderOf(input: MessageInput): { line: string; shown: string; domain: string } {
  const field = input.headers ? headerBlockOf(input).headers.find((f) => f.key === 'from') : undefined;
  if (!field) return { line: '', shown: '', domain: '' };
  const address = parseAddressList(field.value)[0];
  return {
    line: field.value,
    shown: cutText(address?.address || field.value, 200),
    domain: address?.domain ? registrableDomain(address.domain) : '',
  };
}

/**
 * The attached message's report: analysed as a message of its own, with the reader's organisation and brands. The
 * data lookups found missing so far belong to the message around it: they are handed to its needs first, as the
 * attached message's own are after (analyze clears them as it starts and ends).
 */
function reportOf(input: MessageInput, msg: ParsedMessage, ctx: CheckContext): Report {
  for (const need of takeLackingData()) ctx.needs.add(need);
  const { extraBrands, freeMail } = ctx.options;
  const report = analyze(authorsOwn(input, msg.readers), {
    attached: true,
    ...(ctx.ownDomains.length ? { ownDomains: ctx.ownDomains } : {}),
    ...(extraBrands ? { extraBrands } : {}),
    ...(freeMail ? { freeMail } : {}),
  });
  for (const need of report.needs ?? []) ctx.needs.add(need);
  return report;
}

/** The first sentence of the attached message's story that says what it is (not the advice, not a clean bill). */
function saidOf(report: Report): MessageParam {
  const s = report.story.find((x) => !/^story\.(?:advice|clean)\./.test(x.key));
  return s ? { key: s.key, params: s.params } : { key: 'content.attached-message.see-evidence' };
}

/** The attachment's name, then the attached message's From line, then the evidence of each of its signs, each once. */
function evidenceOf(name: string, line: string, report: Report): Evidence[] {
  const out: Evidence[] = [{ header: 'Attachment', value: name, author: 'sender' }];
  if (line) out.push({ header: 'From', value: line, author: 'sender' });
  const seen = new Set(out.map((e) => JSON.stringify([e.header, e.value, e.url])));
  for (const f of report.findings) {
    if ((f.status !== 'fail' && f.status !== 'warn') || f.section === 'origin') continue;
    for (const e of f.evidence) {
      const key = JSON.stringify([e.header, e.value, e.url]);
      if (seen.has(key) || out.length >= MAX_EVIDENCE) continue;
      seen.add(key);
      // Every word of an attached message is its sender's, whoever the inner analysis took for its author.
      out.push({ ...e, author: 'sender' });
    }
  }
  return out;
}

/** One attached message's finding (see the module comment). */
function judgeOne(a: AttachmentInfo, returned: boolean, msg: ParsedMessage, ctx: CheckContext): CatalogueFinding {
  const input = a.message!;
  const { line, shown, domain } = senderOf(input);
  const report = reportOf(input, msg, ctx);
  // A bounce's returned message has no file name: its subject names it.
  const name = nameOf(a) || cutText(report.about.subject, 255) || String(a.mimeType);
  const from = shown || name;
  const evidence = evidenceOf(name, line, report);
  const p = { name, from, said: saidOf(report) };
  if (report.verdict === 'no-red-flags')
    return finding('content.attached-message', 'info', { name, from }, evidence.slice(0, 2), KEY.clean);
  // A bounce or report returning our own organisation's message: its signs are what was sent, told, not weighed.
  if (returned && !!domain && ctx.ownDomains.includes(domain))
    return finding('content.attached-message', 'info', p, evidence, KEY.returned);
  return report.verdict === 'likely-phishing'
    ? finding('content.attached-message', 'fail', p, evidence, KEY.phishing)
    : finding('content.attached-message', 'warn', p, evidence, KEY.suspicious);
}

const nameOf = (a: AttachmentInfo) => cutText(String(a.filename ?? ''), 255);

/** The findings for a message's attached messages: one per message read, one for those that could not be. */
export function judgeAttachedMessages(msg: ParsedMessage, ctx: CheckContext): CatalogueFinding[] {
  const returned = msg.attachments.some((a) => REPORT_PART.test(String(a.mimeType ?? '').toLowerCase()));
  const out: CatalogueFinding[] = [];
  const unread: string[] = [];
  // Outlook adds the items it lists beside the parts of the .eml it gave (by another name: the subject): once a part
  // was read as a message, a listed name without bytes is that part again.
  const listedAgain = msg.attachments.some((a) => a.message);
  for (const a of msg.attachments) {
    // Bytes with no header block are no message, whatever the part says: read, not judged.
    if (a.message && !a.message.missing?.includes('headers')) out.push(judgeOne(a, returned, msg, ctx));
    else if (listedAgain && !a.head) continue;
    else if (a.message || isAttachedMessage(a) || OUTLOOK_ITEM.test(nameOf(a).trim()))
      unread.push(nameOf(a) || String(a.mimeType));
  }
  if (unread.length)
    out.push(
      finding(
        'content.attached-message',
        'info',
        { name: unread.slice(0, 5) },
        unread.slice(0, 5).map((value) => ({ header: 'Attachment', value, author: 'sender' as const })),
        KEY.unread,
      ),
    );
  return out;
}

export type JudgeAttachedMessages = typeof judgeAttachedMessages;

const KEY = {
  phishing: 'content.attached-message.phishing',
  suspicious: 'content.attached-message.suspicious',
  returned: 'content.attached-message.returned',
  clean: 'content.attached-message.clean',
  unread: 'content.attached-message.unread',
} as const;
