/**
 * MessageInput -> ParsedMessage: every header family read once, by the unit that claims it. Checks read only the
 * result. Never throws: a part that cannot be read leaves its field empty and a ParseProblem behind.
 */
import type { AnalyzeOptions } from '../report';
import type { Address, HeaderField, MessageInput, ParsedMessage, ParseProblem, TrustPath } from '../types';
import { decodeEncodedWords, firstHeader, headerBlockOf } from './headers';
import { DATE_MAX_CHARS, MAX_ADDRESS_LIST, dateWasCut, parseAddressList, parseDate, parseMessageId } from './addresses';
import { parseHops } from './received';
import { readTrustPath } from './trust';
import { parseAuthResults } from './auth-results';
import { readOrgFilter } from './org-filter';
import { extractBody } from './body';
import { LimitNotes, readLimit } from './limits';
import { cutText } from '../text';
import { documentLinks, qrLinks } from '../qr/links';

/** Links examined per message; beyond it the report says how many were skipped. */
const MAX_LINKS = 5000;

export function parse(input: MessageInput, options: AnalyzeOptions = {}): ParsedMessage {
  const problems: ParseProblem[] = [];
  // A host's own limit codes arrive as text (MessageInput.limits); the parsers' own are noted as objects.
  const limits = (input.limits ?? []).map(readLimit);
  // Caps the parsers hit on this message's own input, each reported by checks/coverage.ts (parse/limits.ts).
  const notes = new LimitNotes();
  const block = safely(() => headerBlockOf(input), { headers: [], problems: [] }, 'headers-unreadable', problems);
  const headers = block.headers;
  problems.push(...block.problems);
  // A header string given directly (Outlook) is cut by readHeaderBlock; parseMessage notes its own cut in input.limits.
  if (block.problems.some((p) => p.code === 'headers-truncated') && !input.limits?.includes('headers-truncated')) {
    limits.push(readLimit('headers-truncated'));
  }

  const addresses = (name: string): Address[] =>
    headers
      .filter((h) => h.key === name)
      .flatMap((h) => {
        if (h.value.length > MAX_ADDRESS_LIST) notes.note('address-list', MAX_ADDRESS_LIST, h.name, h.value);
        return safely(() => parseAddressList(h.value), [], 'address-unreadable', problems, h);
      });
  const fromAll = addresses('from');
  const sender = addresses('sender')[0];
  const replyTo = addresses('reply-to');
  const returnPathField = firstHeader(headers, 'return-path');
  const subjectField = firstHeader(headers, 'subject');
  const messageIdField = firstHeader(headers, 'message-id');
  const dateField = firstHeader(headers, 'date');
  // Only the first mailbox of Return-Path is used, but a cut is still said, like the other address fields.
  if (returnPathField && returnPathField.value.length > MAX_ADDRESS_LIST)
    notes.note('address-list', MAX_ADDRESS_LIST, returnPathField.name, returnPathField.value);
  if (dateField && dateWasCut(dateField.value)) notes.note('date', DATE_MAX_CHARS, dateField.name, dateField.value);

  const hops = safely(() => parseHops(headers, notes.note), [], 'received-unreadable', problems);
  const noTrust: TrustPath = { mailbox: 'unknown', internalHops: [] };
  const trust = safely(
    () => readTrustPath(hops, { ownHosts: options.ownHosts, ownDomains: options.ownDomains }, notes.note),
    noTrust,
    'trust-unreadable',
    problems,
  );
  const authResults = safely(
    () => parseAuthResults(headers, hops, trust, { trustedAuthservIds: options.trustedAuthservIds }, notes.note),
    [],
    'auth-results-unreadable',
    problems,
  );
  const orgFilter = safely(
    () => readOrgFilter(headers, trust, authResults, notes.note),
    undefined,
    'org-filter-unreadable',
    problems,
  );

  const html = input.html ?? '';
  const text = input.text ?? '';
  const body = safely(
    () => extractBody(html, text, { maxLinks: MAX_LINKS }),
    { links: [], forms: [], bodyText: text, mastheads: [] },
    'body-unreadable',
    problems,
  );
  if (body.truncated) limits.push({ code: 'links-truncated', cap: MAX_LINKS, count: body.truncated.links });

  const to = addresses('to');
  const cc = addresses('cc');
  const deliveredTo = [...addresses('delivered-to'), ...addresses('x-original-to')];

  const messageId = messageIdField ? parseMessageId(messageIdField.value) : undefined;
  if (messageIdField && !messageId)
    problems.push({ code: 'message-id-malformed', where: 'Message-ID', value: messageIdField.value });

  return {
    headers,
    from: fromAll[0],
    fromAll,
    sender,
    replyTo,
    returnPath: returnPathField
      ? safely(() => parseAddressList(returnPathField.value)[0], undefined, 'address-unreadable', problems)
      : undefined,
    to,
    cc,
    subject: subjectField
      ? safely(() => decodeEncodedWords(subjectField.value), subjectField.value, 'subject-unreadable', problems)
      : '',
    messageId,
    date: dateField ? parseDate(dateField.value) : undefined,
    hops,
    trust,
    authResults,
    orgFilter,
    // A QR code in an image leads somewhere just as a link does (core/qr): every link check judges it.
    // So does a link button in a PDF attachment (core/qr/pdf.ts).
    links: input.qr || input.documents ? [...body.links, ...qrLinks(input), ...documentLinks(input)] : body.links,
    html,
    text,
    bodyText: body.bodyText,
    mastheads: body.mastheads,
    ...(body.logoLink ? { logoLink: body.logoLink } : {}),
    forms: body.forms,
    attachments: input.attachments ?? [],
    ...(input.qr ? { qr: input.qr } : {}),
    ...(input.documents ? { documents: input.documents } : {}),
    recipients: readerAddresses(input.recipients ?? [], deliveredTo, to, cc),
    readers: readerAddresses(input.recipients ?? [], deliveredTo),
    missing: [...(input.missing ?? [])],
    limits: [...limits, ...notes.limits()],
    problems,
  };
}

/**
 * The reader's addresses: what the host knows (mailbox owner, identities) plus the message's To/Cc/Delivered-To,
 * lower-cased, each once, in that order. One loop: a To may hold 100,000 addresses.
 */
function readerAddresses(hostGiven: string[], ...fromHeaders: Address[][]): string[] {
  const out = new Set<string>();
  const add = (raw: string): void => {
    const a = raw.trim().toLowerCase();
    if (a.includes('@') && a.length <= 320) out.add(a);
  };
  for (const a of hostGiven) add(a);
  for (const list of fromHeaders) for (const a of list) add(a.address);
  return [...out];
}

/** Runs one parser; a bug or hostile shape it did not survive becomes a ParseProblem, never an exception. */
function safely<T>(run: () => T, fallback: T, code: string, problems: ParseProblem[], field?: HeaderField): T {
  try {
    return run();
  } catch (error) {
    problems.push({
      code,
      where: field?.name,
      value: cutText(String(error instanceof Error ? error.message : error), 200),
    });
    return fallback;
  }
}
