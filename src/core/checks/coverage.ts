/**
 * Coverage: what could not be checked, said plainly. A missing header block, an unreadable body, a limit we
 * imposed (links examined, body size, a header's length): each becomes an info finding, never a silent gap.
 * Info findings carry no weight in the verdict (verdict.ts has no row for them).
 */
import { cutText } from '../text';
import { unwrapsFurther, MAX_UNWRAP_DEPTH } from '../parse/unwrap';
import { MAX_URL_INPUT } from '../brands/lookup';
import { finding } from '../findings';
import type { Check } from './check';
import type * as CoverageNotes from './coverage-notes';
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

/**
 * The rarer notes (coverage-notes.ts: a limit reached, a part not read) wait behind their gates: the judging is
 * asked for (`needs: ['coverage']`) only for a message that reached a limit or holds such a part.
 */
let notes: typeof CoverageNotes | undefined;

/** Loads the rarer notes (a chunk of its own in the browsers); settles once the checks can use them. */
export const loadCoverageNotes = (): Promise<void> =>
  import(/* webpackChunkName: "coverage" */ './coverage-notes').then((m) => void (notes ??= m));

/**
 * Forgets the rarer notes, as a fresh pane starts without them.
 * @internal a test hook: the notes are module state
 */
export function forgetCoverageNotes(): void {
  notes = undefined;
}

/** Limits imposed to stay fast on hostile input, each said plainly (coverage-notes.ts). */
const limitsReached: Check = (msg, ctx) => {
  if (msg.limits.length === 0 && !ctx?.limits.length) return undefined;
  if (notes) return notes.limitsReached(msg, ctx);
  ctx.needs.add('coverage');
};

/** content.unreadable-parts: parts the parsers could not read (malformed mail is a finding, not a crash). */
const unreadableParts: Check = (msg, ctx) => {
  // headers-truncated is a limit, said by origin.headers-truncated (parse/index.ts puts it in msg.limits).
  const problems = msg.problems.filter((p) => p.code !== 'message-id-malformed' && p.code !== 'headers-truncated');
  if (problems.length === 0) return undefined;
  if (notes) return notes.unreadableParts(problems);
  ctx.needs.add('coverage');
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
