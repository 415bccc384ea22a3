/**
 * Tests' builder for a plain-text message from a sender whose domain authenticates (aligned DKIM, SPF and DMARC pass),
 * delivered to Jordan Lee at example.net, and what to read of its report: the shape most content families' tests need
 * (the attack from its own authenticated domain, the twin from an honest one), so only the wording differs.
 */
import { analyze } from '../../../src/core/analyze';
import type { AnalyzeOptions, Report } from '../../../src/core/report';

/** The message's report; `extra` header lines go before MIME-Version (a Reply-To, a List-Unsubscribe …). */
export function authenticatedMail(
  from: string,
  subject: string,
  body: string,
  extra: string[] = [],
  options: AnalyzeOptions = {},
): Report {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    `Received: from mail.${domain} (mail.${domain} [185.70.42.17]) by mx.example.net`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=s1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Jordan Lee <jordan.lee@example.net>',
    `Subject: ${subject}`,
    ...extra,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', text: body }, options);
}

/**
 * The report of a message delivered to Jordan Lee at example.net from `from`, whose domain authenticates (aligned
 * DKIM, SPF and DMARC pass, p=reject) or does not (SPF softfail, no DKIM, no DMARC), with a text or an HTML body:
 * the shape of the link families' tests, an attack sent both ways beside its honest twin.
 */
export function deliveredMail(
  from: string,
  subject: string,
  body: { text?: string; html?: string },
  authenticated: boolean,
  options: AnalyzeOptions = {},
): Report {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const auth = authenticated
    ? [
        `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=s1;`,
        ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=reject) header.from=${domain}`,
      ]
    : [`Authentication-Results: mx.example.net; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=none`];
  const headers = [
    'Delivered-To: jordan.lee@example.net',
    `Received: from mail.${domain} (mail.${domain} [185.70.42.17]) by mx.example.net`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    ...auth,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Jordan Lee <jordan.lee@example.net>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', ...body }, options);
}

/** The report's finding of that id, if any. */
export const one = (r: Report, id: string) => r.findings.find((f) => f.id === id);

/** The ids of the findings that failed or warned. */
export const bad = (r: Report) => r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => f.id);
