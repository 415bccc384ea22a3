/**
 * Content: what the message asks the reader to believe and do. Two checks: the lure wording (content.lure, matched
 * by checks/lure-matcher.ts) and a form inside the body (content.form). Both read only the decoded subject, the
 * visible body text and the forms the parser found.
 */
import type { Evidence } from '../report';
import { finding } from '../findings';
import type { Check } from './check';
import { LURE_FAMILIES } from './lure-phrases';
import { findLures, phraseEvidence } from './lure-matcher';
import type { accountNotice, keptHit, keptLures, signedNotice } from './lure-disclaimer';

/**
 * Only this much of the body is read (UTF-16 units, before normalisation). Lures sit in the first screen of a
 * message; the cap keeps a multi-megabyte newsletter from costing more than a bounded scan.
 */
/** Characters of body text read for lure wording; past it, coverage.ts says the rest was not read. */
export const MAX_LURE_TEXT = 300_000;
const MAX_BODY = MAX_LURE_TEXT;
/** Characters of the subject read for lure wording; past it, coverage.ts says the rest was not read. */
export const MAX_SUBJECT = 2_000;
const MAX_FORM_EVIDENCE = 5;

/**
 * The judging of lure wording inside a safety disclaimer (lure-disclaimer.ts: keptLures, and keptHit for one hit of
 * another check's wording — no-link.ts: a gift-card ask inside "we never ask"), and of a stranger's one-family notice
 * about the mail account (lure-notice.ts: accountNotice, in the same chunk), once loaded.
 */
let keep: typeof keptLures | undefined;
let keepHit: typeof keptHit | undefined;
let notice: typeof accountNotice | undefined;
let strangers: typeof signedNotice | undefined;

/** Loads that judging (a chunk of its own in the browsers); settles once content.lure can use it. */
export const loadLureDisclaimers = (): Promise<void> =>
  import(/* webpackChunkName: "disclaimer" */ './lure-disclaimer').then((m) => {
    keep = m.keptLures;
    keepHit = m.keptHit;
    notice = m.accountNotice;
    strangers = m.signedNotice;
  });

/** That judging for one hit, once loaded (need `disclaimer`): the hit kept, or the next one of its family, or none. */
export const disclaimerKeeper = (): typeof keptHit | undefined => keepHit;

/** An authenticated stranger's notice about the mail account, once loaded (need `disclaimer`; own-org-judge.ts). */
export const signedNoticeJudge = (): typeof signedNotice | undefined => strangers;

/**
 * Forgets that judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetLureDisclaimers(): void {
  keep = keepHit = notice = strangers = undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The checks.

/**
 * content.lure (warn): the wording follows a phishing script — two or more lure families at once, e.g. the KAGOYA
 * mail's 「削除のフラグが付けられています」 (deletion) + 「サーバーのメンテナンス」「アップグレード」 (upgrade), or
 * "Your mailbox will be suspended … verify your account within 24 hours".
 * Attack: pressure (loss of the account, a deadline) joined to a request (verify, log in, pay) is the lure itself;
 * no technical header can show it.
 * Trap: ordinary Japanese business mail is full of 確認, 更新, 期限: the lexicon never lists those bare, and one
 * family alone (a real shop's shipping notice, a maintenance notice) gives no finding at all.
 * A bank's safety disclaimer ("we will never ask for your password") names the lure to warn against it: its ask
 * does not count (lure-disclaimer.ts), while a phish's own lure beside a copied disclaimer still does.
 * Params: `families` lists the families as i18n keys (`content.family.<id>`), translated and joined by the
 * renderer, and `count` their number: the core stays language-free.
 */
const lure: Check = (msg, ctx) => {
  const subject = (msg.subject ?? '').slice(0, MAX_SUBJECT);
  let inSubject = findLures(subject);
  let inBody = findLures((msg.bodyText ?? '').slice(0, MAX_BODY), new Set(inSubject.map((h) => h.family)));
  // An ask inside a safety disclaimer ("we will never ask for your password") does not count: judged once loaded.
  if (keep) {
    inSubject = keep(inSubject);
    inBody = keep(inBody);
  }
  // Asked for by every message (one family may be a stranger's notice about the mail account with a button elsewhere:
  // lure-notice.ts; content.pretext and content.bec-request leave the asking to this check). need-hints.ts names it
  // for every body, so it is in before the first analysis; a message without a body pays a round for it.
  if (!keep) ctx.needs.add('disclaimer');
  if (inSubject.length + inBody.length < 2) return notice?.(msg, ctx, subject, inSubject, inBody);

  // The subject's families are not searched in the body: the two name each family once, in LURE_FAMILIES order.
  const hits = LURE_FAMILIES.flatMap((f) => [...inSubject, ...inBody].filter((h) => h.family === f));
  return finding(
    'content.lure',
    'warn',
    { families: { keys: hits.map((h) => `content.family.${h.family}` as const) }, count: hits.length },
    // The subject as written is read only for the subject (phraseEvidence).
    hits.map((h) => phraseEvidence(inSubject.includes(h) ? 'Subject' : 'Body', subject, h)),
  );
};

/**
 * content.form: the body holds an HTML form (warn), or a password field (fail).
 * Attack: a credential form inside the mail posts what the reader types straight to the attacker; no web page,
 * no URL bar, nothing for a browser's phishing list to block.
 * Trap: surveys and feedback widgets put harmless forms in newsletters, so a form alone is a warning; a password
 * input has no legitimate use in a message body.
 */
const form: Check = (msg) => {
  if (!msg.forms?.length) return undefined;
  const password = msg.forms.some((f) => f.hasPassword);
  const shown = [...msg.forms]
    .sort((a, b) => Number(b.hasPassword) - Number(a.hasPassword))
    .slice(0, MAX_FORM_EVIDENCE);
  const evidence: Evidence[] = shown.map((f) =>
    f.action
      ? { url: f.action, author: 'sender' }
      : { header: 'Body', value: f.hasPassword ? '<input type="password">' : '<form>', author: 'sender' },
  );
  return finding(
    'content.form',
    password ? 'fail' : 'warn',
    { count: msg.forms.length },
    evidence,
    password ? 'content.form.password' : 'content.form',
  );
};

/** Every content check, in report order, with its finding id. */
export const CONTENT_CHECKS: readonly (readonly [string, Check])[] = [
  ['content.lure', lure],
  ['content.form', form],
];
