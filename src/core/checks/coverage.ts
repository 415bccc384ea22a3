/**
 * Coverage: what could not be checked, said plainly. A missing header block, an unreadable body, a limit we
 * imposed (links examined, body size): each becomes an info finding, never a silent gap.
 */
import type { ParsedMessage } from '../types';
import { finding, type Check } from './check';
import { MAX_LURE_TEXT } from './content';

/** origin.headers-missing: no header block (sent items, some clients): sender and path were not checked. */
export const headersMissing: Check = (msg) =>
  msg.headers.length === 0 || msg.missing.includes('headers')
    ? finding('origin.headers-missing', 'origin', 'info', 'origin.headers-missing', {}, [])
    : undefined;

/** content.body-missing: the body could not be read: links and wording were not checked. */
export const bodyMissing: Check = (msg) =>
  msg.missing.includes('body') ? finding('content.body-missing', 'content', 'info', 'content.body-missing', {}, []) : undefined;

/** links.truncated / content.body-truncated: limits the parser imposed to stay fast on hostile input. */
export const limitsReached: Check = (msg) =>
  msg.limits.flatMap((limit) => {
    const [code, a, b] = limit.split(':');
    if (code === 'links-truncated') return [finding('links.truncated', 'links', 'info', 'links.truncated', { checked: Number(a), total: Number(b) }, [])];
    if (code === 'body-truncated') return [finding('content.body-truncated', 'content', 'info', 'content.body-truncated', {}, [])];
    if (code === 'body-unparsed') return [];
    if (code === 'headers-truncated') return [finding('origin.headers-truncated', 'origin', 'info', 'origin.headers-truncated', {}, [])];
    if (code === 'header-lines-skipped') return [finding('origin.header-lines-skipped', 'origin', 'info', 'origin.header-lines-skipped', {}, [])];
    return [finding('content.limit', 'content', 'info', 'content.limit', { code: code ?? limit }, [])];
  });

/** content.text-truncated: the lure wording was read in the first MAX_LURE_TEXT characters only. */
export const lureTextCut: Check = (msg) =>
  msg.bodyText.length > MAX_LURE_TEXT ? finding('content.text-truncated', 'content', 'info', 'content.text-truncated', { checked: MAX_LURE_TEXT }, []) : undefined;

/** content.unreadable-parts: parts the parsers could not read (malformed mail is a finding, not a crash). */
export const unreadableParts: Check = (msg: ParsedMessage) => {
  const problems = msg.problems.filter((p) => p.code !== 'message-id-malformed');
  if (problems.length === 0) return undefined;
  const codes = [...new Set(problems.map((p) => p.code))].slice(0, 8).join(', ');
  return finding(
    'content.unreadable-parts',
    'content',
    'info',
    'content.unreadable-parts',
    { codes, count: problems.length },
    problems.slice(0, 5).map((p) => ({ header: p.where, value: p.value?.slice(0, 300) })),
  );
};

export const COVERAGE_CHECKS: readonly (readonly [string, Check])[] = [
  ['origin.headers-missing', headersMissing],
  ['content.body-missing', bodyMissing],
  ['limits', limitsReached],
  ['content.text-truncated', lureTextCut],
  ['content.unreadable-parts', unreadableParts],
];
