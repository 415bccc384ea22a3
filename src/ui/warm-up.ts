/**
 * The task pane analyses a small message once as its bundle starts, while it waits for the admin's config, Office and
 * the first message's headers, and drops the report: a fresh pane's first analysis was mostly making what every
 * analysis reads — the brand index and its look-alike targets, the phrase finders' tries, the code of the parser and
 * the checks compiled on first call — on the click's path (issue #19). With what every message loads only (the tries,
 * and the disclaimer judging need-hints.ts names for every body), the built-in brands (an admin's extra brands make an
 * index of their own), and never once a message's analysis has begun (ui/session.ts), which makes them itself. What
 * the core keeps between analyses is pure look-ups and what its data makes, so no verdict changes. In the chunk of
 * the tries every message reads (webpackChunkName "tries"), not in the pane's counted first download. The standalone
 * page does the same once it has painted, while the reader pastes or chooses a message (hosts/web/index.ts).
 */
import { analyze } from '../core/analyze';
import { CHECK_DATA } from '../core/check-data';
import type { MessageInput } from '../core/types';

/**
 * The message: a sender with a display name and authentication results, a Received hop, a subject, an HTML body with
 * a lure and a link — what every message reads.
 */
const WARM_UP: MessageInput = {
  headers: [
    'Received: from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.org; Mon, 7 Dec 2026 09:00:00 +0000',
    'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; ' +
      'dmarc=pass header.from=example.com',
    'From: "Example Support" <support@example.com>',
    'To: reader@example.org',
    'Subject: Your account',
    'Date: Mon, 7 Dec 2026 09:00:00 +0000',
    'Message-ID: <warm-up@example.com>',
    'Content-Type: text/html; charset=utf-8',
  ].join('\r\n'),
  html: '<p>Please verify your account within 24 hours: <a href="https://www.example.com/login">sign in</a></p>',
};

/** The performance mark set once the message is analysed (the browser tests wait for it). @internal */
export const WARMED_UP_MARK = 'phish-inspector.warmed-up';

/** Analyses the message once the tries are in, a task later (the pane's own requests leave first), unless `begun()`. */
export async function warmUp(begun: () => boolean): Promise<void> {
  await Promise.all([CHECK_DATA.tries?.(), CHECK_DATA.disclaimer?.()]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (begun()) return;
  analyze(WARM_UP);
  performance.mark(WARMED_UP_MARK);
}
