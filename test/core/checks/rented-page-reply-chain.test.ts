/**
 * A reply-chain's quotation behind a shortener (checks/document-offer-phrases.ts "please find the revised …",
 * checks/rented-page.ts): a supplier's taken-over mailbox answers a real request with "please find the revised
 * quotation" and a shortened link; the genuine answer attaches the file or links the supplier's own site. Synthetic.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';

function reply(text: string): MessageInput {
  const headers = [
    'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])',
    '\tby mx.sunrisepolymers.in (Postfix) with ESMTPS id 4Rk9Tz3Wq1z7pL',
    '\tfor <nikhil@sunrisepolymers.in>; Fri, 7 Nov 2025 11:05:12 +0530 (IST)',
    'Authentication-Results: mx.sunrisepolymers.in;\r\n\tdkim=pass header.d=vardhanpackaging.in header.s=google;\r\n\tspf=pass smtp.mailfrom=vardhanpackaging.in;\r\n\tdmarc=pass (p=none) header.from=vardhanpackaging.in',
    'Message-ID: <CAF7x9Qe1k2@mail.gmail.com>',
    'Date: Fri, 7 Nov 2025 11:05:09 +0530',
    'From: Suresh Iyer <suresh@vardhanpackaging.in>',
    'To: Nikhil Shetty <nikhil@sunrisepolymers.in>',
    'Subject: Re: Revised rates - corrugated boxes',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text };
}

const QUOTED =
  '\n\nOn Thu, 6 Nov 2025 at 15:20, Nikhil Shetty <nikhil@sunrisepolymers.in> wrote:\n> Dear Suresh ji,\n> Please share revised rates for 5000 nos. corrugated boxes.\n> Regards,\n> Nikhil';
const rented = (r: Report) => r.findings.find((f) => f.id === 'links.rented-page');

describe('a reply offering the revised quotation behind a link (links.rented-page)', () => {
  it('fails "please find the revised quotation" with its only link on a URL shortener', () => {
    const r = analyze(
      reply(
        `Dear Nikhil,\n\nAs discussed, please find the revised quotation and PI for the 2nd lot.\n\nDownload: https://rb.gy/q8x2kn\n\nRegards,\nSuresh Iyer${QUOTED}`,
      ),
    );
    expect(rented(r)?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves the same words alone with the file on the supplier's own site or on Google Drive", () => {
    for (const url of [
      'https://www.vardhanpackaging.in/quotes/VP-2291.pdf',
      'https://drive.google.com/file/d/1aB2cD3eF4/view',
    ]) {
      const r = analyze(
        reply(
          `Dear Nikhil,\n\nAs discussed, please find the revised quotation for the 2nd lot.\n\nDownload: ${url}\n\nRegards,\nSuresh Iyer${QUOTED}`,
        ),
      );
      expect(rented(r), url).to.equal(undefined);
      expect(r.verdict, url).to.equal('no-red-flags');
    }
  });
});
