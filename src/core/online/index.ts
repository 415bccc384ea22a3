/**
 * The online look-up (issue #18), for hosts: plan what may be sent, route it (the reader sees the routes before
 * anything is sent), look it up, and analyse again with the answers. Only hosts that offer the look-up import this.
 */
import type { AnalyzeOptions, Report } from '../report';
import type { MessageInput } from '../types';
import { analyze } from '../analyze';
import { lookupPlan, type LookupItem } from './plan';
import { onlineJudge } from './judge';
import type { OnlineAnswer } from './session';

export { OnlineSession, type RdapFetch, type Route, type OnlineAnswer } from './session';
export { serverOf } from './judge';
export type { LookupItem } from './plan';

/**
 * The items a look-up of this message would send, planned with the reader's own domains exactly as analyze decides
 * them (the configured ones, else the reader's address domains).
 */
export function planLookups(input: MessageInput, options: AnalyzeOptions = {}): LookupItem[] {
  let plan: LookupItem[] = [];
  analyze(input, {
    ...options,
    online: (msg, ctx) => {
      plan = lookupPlan(msg, ctx.ownDomains);
      return [];
    },
  });
  return plan;
}

/** The report with what the look-up found: the same analysis, then the answers judged with its context. */
export function analyzeWithAnswers(
  input: MessageInput,
  options: AnalyzeOptions,
  answers: readonly OnlineAnswer[],
): Report {
  return analyze(input, { ...options, online: onlineJudge(answers) });
}
