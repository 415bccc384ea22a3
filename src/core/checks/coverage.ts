/**
 * Coverage: what could not be checked, said plainly. A missing header block, an unreadable body, a limit we
 * imposed (links examined, body size, a header's length): each becomes an info finding, never a silent gap.
 * Info findings carry no weight in the verdict (verdict.ts has no row for them).
 */
import type { Evidence } from '../report';
import type { Limit, ParsedMessage } from '../types';
import { cutText } from '../text';
import { unwrapsFurther, MAX_UNWRAP_DEPTH } from '../parse/unwrap';
import { MAX_URL_INPUT } from '../brands/lookup';
import { finding, type CatalogueFinding } from '../findings';
import type { Check } from './check';
import { MAX_LURE_TEXT, MAX_SUBJECT } from './content';
import { MAX_RECIPIENTS, brandSearchedLinks, pathAndQuery, recipientAddresses, webLinks } from './links';

/** origin.headers-missing: no header block (sent items, some clients): sender and path were not checked. */
const headersMissing: Check = (msg) =>
  msg.headers.length === 0 || msg.missing.includes('headers')
    ? finding('origin.headers-missing', 'info', {}, [])
    : undefined;

/** content.body-missing: the body could not be read: links and wording were not checked. */
const bodyMissing: Check = (msg) =>
  msg.missing.includes('body') ? finding('content.body-missing', 'info', {}, []) : undefined;

/** The header a cap cut, named, with the start of its value (parse/limits.ts keeps 80 characters of it). */
function cutEvidence(l: Limit): Evidence[] {
  return l.header ? [{ header: l.header, value: l.value ?? '' }] : [];
}

/**
 * One info finding per cap code (parse/limits.ts), `a` the cap and `b` how many fields it cut. An id per family, a
 * message per cap. Codes come from the parsers (ParsedMessage.limits), the host (MessageInput.limits) and the
 * shared context (brand names read: CheckContext.limits).
 */
const LIMIT_FINDINGS: Record<string, (l: Limit) => CatalogueFinding | undefined> = {
  'links-truncated': (l) => finding('links.truncated', 'info', { checked: l.cap, total: l.count }, []),
  'body-truncated': () => finding('content.body-truncated', 'info', {}, []),
  'body-unparsed': () => undefined, // content.body-missing says it
  'headers-truncated': () => finding('origin.headers-truncated', 'info', {}, []),
  'header-lines-skipped': () => finding('origin.header-lines-skipped', 'info', {}, []),
  // parse/received.ts
  'received-tokens': (l) =>
    finding(
      'origin.received-truncated',
      'info',
      { checked: l.cap, count: l.count },
      cutEvidence(l),
      'origin.received-truncated.tokens',
    ),
  'received-comment': (l) =>
    finding(
      'origin.received-truncated',
      'info',
      { checked: l.cap, count: l.count },
      cutEvidence(l),
      'origin.received-truncated.comment',
    ),
  // parse/trust.ts
  'hops-seen': (l) => finding('origin.hops-truncated', 'info', { checked: l.cap }, cutEvidence(l)),
  // parse/auth-results.ts: the trusted headers only
  'auth-results-size': (l) =>
    finding(
      'origin.auth-results-truncated',
      'info',
      { checked: l.cap, count: l.count },
      cutEvidence(l),
      'origin.auth-results-truncated.size',
    ),
  'auth-results-results': (l) =>
    finding(
      'origin.auth-results-truncated',
      'info',
      { checked: l.cap, count: l.count },
      cutEvidence(l),
      'origin.auth-results-truncated.results',
    ),
  // parse/org-filter.ts: the tenant's own filter headers only
  'org-filter-size': (l) =>
    finding(
      'origin.org-filter-truncated',
      'info',
      { checked: l.cap },
      cutEvidence(l),
      'origin.org-filter-truncated.size',
    ),
  'org-filter-pairs': (l) =>
    finding(
      'origin.org-filter-truncated',
      'info',
      { checked: l.cap },
      cutEvidence(l),
      'origin.org-filter-truncated.pairs',
    ),
  // parse/index.ts (parse/addresses.ts MAX_ADDRESS_LIST): one finding per header name
  'address-list': (l) =>
    finding(
      'sender.address-list-truncated',
      'info',
      { header: l.header ?? '', checked: l.cap, count: l.count },
      cutEvidence(l),
    ),
  // parse/addresses.ts parseDate: the send time (origin.time-skew) is judged on what was read
  date: (l) => finding('origin.date-truncated', 'info', { checked: l.cap }, cutEvidence(l)),
  // brands/lookup.ts, through analyze.ts claimedBrands
  'brand-name': (l) =>
    finding(
      'sender.claim-truncated',
      'info',
      { header: l.header ?? '', checked: l.cap },
      cutEvidence(l),
      'sender.claim-truncated.name',
    ),
  'brand-hits': (l) =>
    finding(
      'sender.claim-truncated',
      'info',
      { header: l.header ?? '', checked: l.cap },
      cutEvidence(l),
      'sender.claim-truncated.hits',
    ),
  'subject-tags': (l) =>
    finding('sender.claim-truncated', 'info', { checked: l.cap }, cutEvidence(l), 'sender.claim-truncated.subject-tag'),
};

/**
 * Limits imposed to stay fast on hostile input, each said plainly. An unknown code, or a known one without its
 * numbers (a host may write anything in MessageInput.limits), is still said, as content.limit.
 */
const limitsReached: Check = (msg, ctx) =>
  [...msg.limits, ...(ctx?.limits ?? [])].flatMap((l) => {
    const make = Object.prototype.hasOwnProperty.call(LIMIT_FINDINGS, l.code) ? LIMIT_FINDINGS[l.code] : undefined;
    const made = make?.(l);
    if (make && !made) return [];
    if (made && Object.values(made.message.params).every((v) => typeof v !== 'number' || Number.isFinite(v)))
      return [made];
    return [finding('content.limit', 'info', { code: l.code }, [])];
  });

/** The start of a long value as evidence (the whole of it could be megabytes), never half a character. */
const start = (s: string, n: number): string => (s.length > n ? `${cutText(s, n)}…` : s);

/** content.text-truncated: the lure wording was read in the first MAX_LURE_TEXT characters only. */
const lureTextCut: Check = (msg) =>
  msg.bodyText.length > MAX_LURE_TEXT
    ? finding('content.text-truncated', 'info', { checked: MAX_LURE_TEXT }, [])
    : undefined;

/** content.subject-truncated: the lure wording of the subject was read in its first MAX_SUBJECT characters only. */
const subjectCut: Check = (msg) =>
  msg.subject.length > MAX_SUBJECT
    ? finding('content.subject-truncated', 'info', { checked: MAX_SUBJECT }, [
        { header: 'Subject', value: start(msg.subject, 80) },
      ])
    : undefined;

/** links.url-truncated: links brand-in-path searched in their first MAX_URL_INPUT characters only. */
const urlCut: Check = (msg, ctx) => {
  const longest = webLinks(msg).filter(
    (l) => l.url.length > MAX_URL_INPUT && pathAndQuery(l.url).length > MAX_URL_INPUT,
  );
  const long = longest.length > 0 ? brandSearchedLinks(msg, ctx, longest) : [];
  if (long.length === 0) return undefined;
  return finding('links.url-truncated', 'info', { checked: MAX_URL_INPUT, count: long.length }, [
    { url: start(long[0]!.url, 200) },
  ]);
};

/** links.unwrap-truncated: links still wrapped after MAX_UNWRAP_DEPTH layers: where they lead was not judged. */
const unwrapCut: Check = (msg) => {
  const deep = msg.links.filter((l) => l.wrapper && unwrapsFurther(l.url));
  if (deep.length === 0) return undefined;
  return finding('links.unwrap-truncated', 'info', { checked: MAX_UNWRAP_DEPTH, count: deep.length }, [
    { url: start(deep[0]!.url, 200) },
  ]);
};

/** links.recipients-truncated: links searched for the first MAX_RECIPIENTS recipient addresses only ("more than"). */
const recipientsCut: Check = (msg) => {
  if (msg.readers.length + msg.recipients.length <= MAX_RECIPIENTS) return undefined;
  if (recipientAddresses(msg, MAX_RECIPIENTS + 1).length <= MAX_RECIPIENTS || webLinks(msg).length === 0)
    return undefined;
  return finding('links.recipients-truncated', 'info', { checked: MAX_RECIPIENTS }, []);
};

/** content.unreadable-parts: parts the parsers could not read (malformed mail is a finding, not a crash). */
const unreadableParts: Check = (msg: ParsedMessage) => {
  // headers-truncated is a limit, said by origin.headers-truncated (parse/index.ts puts it in msg.limits).
  const problems = msg.problems.filter((p) => p.code !== 'message-id-malformed' && p.code !== 'headers-truncated');
  if (problems.length === 0) return undefined;
  const codes = [...new Set(problems.map((p) => p.code))].slice(0, 8);
  return finding(
    'content.unreadable-parts',
    'info',
    { codes, count: problems.length },
    problems
      .slice(0, 5)
      .map((p) => ({ header: p.where, value: p.value === undefined ? undefined : cutText(p.value, 300) })),
  );
};

export const COVERAGE_CHECKS: readonly (readonly [string, Check])[] = [
  ['origin.headers-missing', headersMissing],
  ['content.body-missing', bodyMissing],
  ['limits', limitsReached],
  ['content.text-truncated', lureTextCut],
  ['content.subject-truncated', subjectCut],
  ['links.url-truncated', urlCut],
  ['links.unwrap-truncated', unwrapCut],
  ['links.recipients-truncated', recipientsCut],
  ['content.unreadable-parts', unreadableParts],
];
