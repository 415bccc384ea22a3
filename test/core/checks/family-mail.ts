/**
 * The plain-text message the family tests (set21-*, set22-families) judge: delivered to a reader's MX, its sender's
 * domain authenticated or not. One builder, so each test file holds only its families.
 */
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';

/** A plain-text message to `to` whose sender's domain passes DKIM, SPF and DMARC. */
export function mail(from: string, domain: string, to: string, subject: string, text: string): MessageInput {
  const headers = [
    'Received: from out.mailhost.example (out.mailhost.example [198.51.100.20])',
    '\tby mx.reader.example (Postfix) with ESMTPS id 4Qx1Zt0Lm2z9sR',
    `\tfor <${to.replace(/.*</, '').replace(/>.*/, '')}>; Mon, 1 Sep 2025 09:30:04 +0000 (UTC)`,
    `Authentication-Results: mx.reader.example; dkim=pass header.d=${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <c41f7a2e90@mail.${domain}>`,
    'Date: Mon, 1 Sep 2025 09:30:00 +0000',
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text };
}

/** The same message, its sender's domain not authenticated (no DKIM, SPF softfail, no DMARC). */
export function unauthenticated(from: string, domain: string, to: string, subject: string, text: string): MessageInput {
  const m = mail(from, domain, to, subject, text);
  return {
    ...m,
    headers: m.headers.replace(
      /Authentication-Results: [^]*?header\.from=[^\r]*\r\n/,
      `Authentication-Results: mx.reader.example; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=none header.from=${domain}\r\n`,
    ),
  };
}

/** The finding of that id in a report, if any. */
export const find = (r: Report, id: string) => r.findings.find((f) => f.id === id);
