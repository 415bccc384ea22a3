/**
 * content.domain-slam (fail): a "renewal" or "expiration" notice for the reader's own domain, from someone else, that
 * says in its small print it is not a bill — the domain-slamming and search-engine-submission invoice.
 * Attack: "Domain Name Renewal Notice - kerrigan-plumbing.com.au - Due 28/02/2026 … Direct deposit BSB … This is not a
 * bill. You are under no obligation to pay … Renewing with us will transfer your domain", "FINAL NOTICE - DOMAIN
 * SEARCH ENGINE LISTING brightpathdental.com … Expiration … This message is a solicitation": dressed as the
 * registrar's invoice to the person who pays the company's bills, it transfers the domain or sells a worthless
 * "submission"; the disclaimer is the one line the law makes the sender write, and no registrar writes it.
 * Trap: the real registrar's renewal reminder names the domain and its expiry without the disclaimer; Google Search
 * Console names the site with no money at all; a utility's annual statement says "this is not a bill" about no
 * domain of ours; an agency's cold pitch naming our domain has no expiry. All three are needed: our own domain
 * (ctx.ownDomains, never a free mailbox's, not the sender's) named in the subject, an expiry or renewal, and
 * the disclaimer; the domain in the subject, where the notice puts it. Linear: a few substring searches.
 */
import type { Check } from './check';
import { finding } from '../findings';
import { isFreeMail } from './free-mail';
import type { judgeSlam } from './domain-slam-judge';

/** The judging (domain-slam-judge.ts), once loaded. */
let judge: typeof judgeSlam | undefined;

/** Loads the judging (in the "disclaimer" chunk of the browsers); settles once the check can use it. */
export const loadSlamJudge = (): Promise<void> =>
  import(/* webpackChunkName: "disclaimer" */ './domain-slam-judge').then((m) => void (judge ??= m.judgeSlam));

/**
 * Forgets the judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetSlamJudge(): void {
  judge = undefined;
}

/**
 * Whether the subject holds the domain at all: the cheap gate before the judging is worth fetching. The subject
 * only: the notice puts the domain there ("Renewal Notice - kerrigan-plumbing.com.au"), while any footer names the
 * reader's address in the body — the pane would fetch the judging for every such mail.
 */
const names = (subject: string, domain: string) => subject.toLowerCase().includes(domain);

const domainSlam: Check = (msg, ctx) => {
  const from = msg.from?.registrable;
  const subject = msg.subject.slice(0, 2_000);
  const own = ctx.ownDomains.filter((d) => d && d !== from && names(subject, d) && !isFreeMail(d, ctx));
  if (!own.length) return undefined;
  if (!judge) {
    ctx.needs.add('disclaimer');
    return undefined;
  }
  const evidence = judge(msg, own);
  return evidence && finding('content.domain-slam', 'fail', { domain: evidence[0]!.highlight ?? own[0]! }, evidence);
};

/** The check, with its finding id (analyze.ts gathers it). */
export const DOMAIN_SLAM_CHECKS: readonly (readonly [string, Check])[] = [['content.domain-slam', domainSlam]];
