/**
 * The judging of coverage.ts's rarer notes: a limit reached (every cap of the parsers, the host and the brand reading)
 * and parts the parsers could not read. A chunk of its own in the task pane, fetched only for a message that reached
 * a limit or holds such a part (none of the corpus's tuning half); everywhere else loaded with the other checks' data.
 */
import type { Evidence } from '../report';
import type { Limit, ParsedMessage } from '../types';
import { cutText } from '../text';
import { finding, type CatalogueFinding } from '../findings';
import type { Check } from './check';

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
export const limitsReached: Check = (msg, ctx) =>
  [...msg.limits, ...(ctx?.limits ?? [])].flatMap((l) => {
    const make = Object.prototype.hasOwnProperty.call(LIMIT_FINDINGS, l.code) ? LIMIT_FINDINGS[l.code] : undefined;
    const made = make?.(l);
    if (make && !made) return [];
    if (made && Object.values(made.message.params).every((v) => typeof v !== 'number' || Number.isFinite(v)))
      return [made];
    return [finding('content.limit', 'info', { code: l.code }, [])];
  });

/** content.unreadable-parts: parts the parsers could not read (malformed mail is a finding, not a crash). */
export const unreadableParts = (problems: ParsedMessage['problems']) => {
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
