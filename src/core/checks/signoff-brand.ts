/**
 * sender.signoff-brand (fail for a verified brand, warn for one whose domains nobody checked): the letter signs off
 * as a brand — a last line that is only "The Google Workspace Team", "Microsoft account team", "PayPal Support",
 * "Das DHL-Team", "L'équipe Netflix", "© 2025 Google LLC" — that the sender is not, and its link leads away from the
 * brand. Attack: the kit's own business-like domain, authenticated, with a neutral display name ("Workspace Admin
 * Notices" <alerts@adminconsole-alerts.com>) and a masthead in styled text rather than a heading: the sign-off is the
 * only place the brand is claimed, and the reader takes the notice as the brand's. Through an ESP's click tracking
 * (SendGrid, Mailgun) the link is the kit's too.
 * Trap: the brand's own mail (any of its domains: its own, its mail's, its hosting), a claim the display name or
 * masthead already made (sender.brand-mismatch tells it), a reseller's or partner's line ("your Google Workspace
 * partner": no team's word), a newsletter's sentence about the brand (a line is read whole), a forwarded or quoted
 * notice (only the sender's own part), and a letter whose links go to the brand itself.
 * The judging is signoff-brand-judge.ts, fetched with the "disclaimer" chunk that every message with a body asks for
 * (need-hints.ts); not loaded, it asks for nothing itself.
 */
import type { Check } from './check';
import type { judgeSignOff } from './signoff-brand-judge';

let judge: typeof judgeSignOff | undefined;

/** Loads the judging (in the "disclaimer" chunk of the browsers); settles once the check can use it. */
export const loadSignOffJudge = (): Promise<void> =>
  import(/* webpackChunkName: "disclaimer" */ './signoff-brand-judge').then((m) => void (judge = m.judgeSignOff));

const signOff: Check = (msg, ctx) => judge?.(msg, ctx);

/** The check, with its finding id (analyze.ts gathers it). */
export const SIGNOFF_BRAND_CHECKS: readonly (readonly [string, Check])[] = [['sender.signoff-brand', signOff]];
