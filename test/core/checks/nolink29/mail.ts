/**
 * Messages for the no-link family probes (issue #16 items 6 and 11): a whole message as delivered — the receiving
 * server's Received and Authentication-Results (the free mailbox's or the throwaway domain's own pass, as real
 * campaigns show), From, an optional Reply-To, a UTF-8 subject as an encoded word and a plain text body. Every message
 * built here is synthetic, written from the shape of the real campaigns the family's test file names.
 */
import { analyze } from '../../../../src/core/analyze';
import { parseMessage } from '../../../../src/core/parse-message';
import { loadFreeMail } from '../../../../src/core/free-mail';
import type { Report } from '../../../../src/core/report';

export interface Probe {
  /** The language and, for English, Portuguese and Spanish, the country (en-NG, pt-BR, es-MX). */
  lang: string;
  from: string;
  replyTo?: string;
  subject: string;
  body: string;
  /** The sender's domain authenticates as itself (default); false: no DMARC pass (a throwaway domain). */
  authenticated?: boolean;
  /** The reader's address (default ella.marsh@halvorsen-eng.com). */
  to?: string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const encoded = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${b64(s)}?=`);

/** The From or Reply-To header: its display name as an encoded word when it is not ASCII. */
function mailbox(value: string): string {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(value);
  if (!m) return value;
  const name = m[1]!.replace(/^"|"$/g, '');
  return /^[\x20-\x7e]*$/.test(name) ? `"${name}" <${m[2]}>` : `${encoded(name)} <${m[2]}>`;
}

/** The raw message of a probe. */
export function rawMail(p: Probe): string {
  const address = /<([^>]+)>/.exec(p.from)?.[1] ?? p.from;
  const domain = address.slice(address.indexOf('@') + 1);
  const auth =
    p.authenticated === false
      ? [
          `Authentication-Results: mx.halvorsen-eng.com; dkim=none; spf=pass smtp.mailfrom=${domain};`,
          ` dmarc=none header.from=${domain}`,
        ]
      : [
          `Authentication-Results: mx.halvorsen-eng.com; dkim=pass header.d=${domain} header.s=s1;`,
          ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
        ];
  const headers = [
    `Received: from mail-sor-f41.${domain} (mail-sor-f41.${domain} [209.85.220.41]) by mx.halvorsen-eng.com`,
    ' with ESMTPS id 4Q2kLm; Tue, 2 Dec 2025 10:12:04 +0000',
    ...auth,
    `Message-ID: <CAH7x${b64(p.subject)
      .slice(0, 12)
      .replace(/[^A-Za-z0-9]/g, 'x')}@mail.${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${mailbox(p.from)}`,
    ...(p.replyTo ? [`Reply-To: ${mailbox(p.replyTo)}`] : []),
    `To: ${p.to ?? 'Ella Marsh <ella.marsh@halvorsen-eng.com>'}`,
    `Subject: ${encoded(p.subject)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
  ];
  const body = b64(p.body.replace(/\n/g, '\r\n')).replace(/.{76}/g, '$&\r\n');
  return headers.join('\r\n') + '\r\n\r\n' + body + '\r\n';
}

let freeMail: ReturnType<typeof loadFreeMail> | undefined;

/**
 * The report of a probe as the command line gives it: every check's data loaded (the root hooks) and the maintained
 * free-mail list, which names the national providers (wp.pl, seznam.cz, libero.it) the core's own short list lacks.
 */
export async function reportOf(p: Probe): Promise<Report> {
  freeMail ??= loadFreeMail();
  return analyze(await parseMessage(rawMail(p)), { freeMail: await freeMail });
}
