/**
 * The start-up side of forwarded.ts: the folding of a colleague's forward loads only for mail whose From is of the
 * reader's own organisation (`needs: ['forwarded']`, check-data.ts); the browsers fetch it then and analyse again
 * before drawing, the command line and the tools load it first.
 */
import type { Finding } from './report';
import type { ParsedMessage } from './types';
import type { CheckContext } from './checks/check';
import type { foldForwarded } from './forwarded';

let fold: typeof foldForwarded | undefined;

/** Loads the folding (a chunk of its own in the browsers); settles once analyze can use it. */
export const loadForwardFolding = (): Promise<void> =>
  import(/* webpackChunkName: "forwarded" */ './forwarded').then((m) => {
    fold ??= m.foldForwarded;
  });

/**
 * Forgets the folding, as a fresh pane starts without it.
 * @internal a test hook: the folding is module state
 */
export function forgetForwardFolding(): void {
  fold = undefined;
}

/** The findings, a colleague's forward folded (forwarded.ts); asks for the folding when it could apply. */
export function foldIfForwarded(findings: Finding[], msg: ParsedMessage, ctx: CheckContext): Finding[] {
  if (fold) return fold(findings, msg, ctx);
  if (msg.from?.registrable && ctx.ownDomains.includes(msg.from.registrable)) ctx.needs.add('forwarded');
  return findings;
}
