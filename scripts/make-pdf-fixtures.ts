/**
 * Writes the synthetic PDF fixtures (test/fixtures/pdf-*.synthetic.eml): lures whose only link is inside a PDF
 * attachment — a "DocuSign" invoice whose button opens a foreign sign-in page, an invoice whose QR code does — and
 * their genuine twins: a supplier's invoice whose buttons and QR code lead to its own site, and a draft paper sent by
 * a colleague that cites many third-party sites. Every name, address and host is made up. The PDFs are drawn with the
 * tests' own writer (test/fixtures/pdf-builder.ts), so the fixtures are reproducible:
 * `npx tsx scripts/make-pdf-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import { buildPdf, linkAnnotation, linkPdf, literal } from '../test/fixtures/pdf-builder';
import { base64Lines, qrPixels } from '../test/fixtures/qr-images';

const OUT = 'test/fixtures';

/** A multipart/mixed message: a plain-text body and one PDF attachment, CRLF line ends. */
function message(headers: string[], text: string[], file: string, pdf: Uint8Array): string {
  const boundary = '----=_pdf_fixture_boundary';
  return [
    ...headers,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    ...text,
    '',
    `--${boundary}`,
    `Content-Type: application/pdf; name="${file}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${file}"`,
    '',
    base64Lines(pdf),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A page with text, link buttons and a QR code image (8-bit grey, Flate-compressed). */
function pageWithQr(lines: string[], uris: string[], qrText: string): Uint8Array {
  const { width, height, grey } = qrPixels(qrText, 4);
  const text = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 18} Td ${literal(l)} Tj ET`).join('\n');
  const draw = `${text}\nq ${width} 0 0 ${height} 72 300 cm /Im1 Do Q\n`;
  const annots = uris.map((_, i) => `${6 + i} 0 R`).join(' ');
  return buildPdf([
    { text: '<< /Type /Catalog /Pages 2 0 R >>' },
    { text: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      text:
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> ' +
        `/Contents 4 0 R /Annots [${annots}] >>`,
    },
    { text: '<< /Filter /FlateDecode >>', stream: zlibSync(new TextEncoder().encode(draw)) },
    {
      text: `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`,
      stream: zlibSync(grey),
    },
    ...uris.map((u) => ({ text: linkAnnotation(literal(u)) })),
  ]);
}

const write = (name: string, text: string) => writeFileSync(`${OUT}/${name}`, text);

// The lure: a "DocuSign" notice from a foreign domain; the body has no link, the PDF's one button opens a sign-in page.
write(
  'pdf-docusign-button.synthetic.eml',
  message(
    [
      'Return-Path: <notify@esign-docs-center.com>',
      'Received: from mail.esign-docs-center.com (unknown [203.0.113.45])',
      '\tby mx.example.co.jp (Postfix) with ESMTP id 4Pq7Lx2Vb9z1',
      '\tfor <keiri@example.co.jp>; Tue, 18 Nov 2025 08:41:12 +0900 (JST)',
      'Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=esign-docs-center.com; dkim=none; dmarc=none',
      'Date: Tue, 18 Nov 2025 08:41:07 +0900',
      'From: "DocuSign" <notify@esign-docs-center.com>',
      'To: keiri@example.co.jp',
      'Subject: Completed: Invoice INV-88213 - please review and sign',
      'Message-ID: <20251118084107.5e21@esign-docs-center.com>',
    ],
    [
      'DocuSign',
      '',
      'You have received a document to review and sign: Invoice INV-88213.',
      'Open the attached PDF and click REVIEW DOCUMENT to view and sign it.',
      '',
      'This message was sent to keiri@example.co.jp.',
    ],
    'Invoice_INV-88213.pdf',
    linkPdf(
      ['https://secure-docview.top/auth/login?doc=INV-88213&email=keiri%40example.co.jp'],
      'DocuSign - Invoice INV-88213 - click REVIEW DOCUMENT to view and sign',
    ),
  ),
);

// The quishing lure: an "invoice" whose PDF carries a QR code to a sign-in page, and no link anywhere else.
write(
  'pdf-qr-invoice.synthetic.eml',
  message(
    [
      'Return-Path: <ap@nordic-freight-lines.com>',
      'Received: from smtp.nordic-freight-lines.com (smtp.nordic-freight-lines.com [198.51.100.23])',
      '\tby mx.example.co.jp (Postfix) with ESMTPS id 4Qa1Mz3Kc7y2',
      '\tfor <keiri@example.co.jp>; Wed, 19 Nov 2025 14:02:55 +0900 (JST)',
      'Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=nordic-freight-lines.com; dkim=pass ' +
        'header.d=nordic-freight-lines.com; dmarc=pass header.from=nordic-freight-lines.com',
      'Date: Wed, 19 Nov 2025 14:02:50 +0900',
      'From: "Accounts Payable" <ap@nordic-freight-lines.com>',
      'To: keiri@example.co.jp',
      'Subject: Outstanding invoice - payment details updated',
      'Message-ID: <a7c3e9d1f0@nordic-freight-lines.com>',
    ],
    [
      'Hello,',
      '',
      'Our payment details have changed. The attached invoice holds the new details: scan the QR code in it',
      'with your phone and sign in with your work account to view them.',
      '',
      'Accounts Payable',
    ],
    'Invoice-2025-1147.pdf',
    pageWithQr(
      ['INVOICE 2025-1147', 'Scan to view the updated payment details'],
      [],
      'https://m365-payments.example-auth.top/common/login?u=keiri@example.co.jp',
    ),
  ),
);

// Twin: a supplier's own invoice, authenticated; its buttons and its QR code lead to the supplier's own site.
write(
  'pdf-twin-genuine-invoice.synthetic.eml',
  message(
    [
      'Return-Path: <billing@partner-trading.example>',
      'Received: from mail.partner-trading.example (mail.partner-trading.example [198.51.100.77])',
      '\tby mx.example.co.jp (Postfix) with ESMTPS id 4Lq2Zx8Kd1z9sU',
      '\tfor <keiri@example.co.jp>; Wed, 11 Jun 2025 10:21:05 +0900 (JST)',
      'Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=partner-trading.example; dkim=pass ' +
        'header.d=partner-trading.example; dmarc=pass header.from=partner-trading.example',
      'Date: Wed, 11 Jun 2025 10:21:01 +0900',
      'From: "Partner Trading Billing" <billing@partner-trading.example>',
      'To: keiri@example.co.jp',
      'Subject: Invoice INV-2025-0611 for May',
      'Message-ID: <20250611102101.77A2@mail.partner-trading.example>',
    ],
    [
      'Dear customer,',
      '',
      'Please find attached our invoice INV-2025-0611 for May. You can also view it in our customer portal,',
      'or pay by scanning the QR code on the invoice.',
      '',
      'Kind regards,',
      'Hanako Sato',
      'Partner Trading Co., Ltd.',
    ],
    'INV-2025-0611.pdf',
    pageWithQr(
      ['INVOICE INV-2025-0611', 'Partner Trading Co., Ltd.', 'View online or scan to pay'],
      ['https://portal.partner-trading.example/invoices/INV-2025-0611', 'https://www.partner-trading.example/contact'],
      'https://pay.partner-trading.example/i/INV-2025-0611',
    ),
  ),
);

// Twin: a colleague's draft paper citing a dozen third-party sites, one of them a brand's own sign-in page.
const citations = [
  'https://arxiv.org/abs/2101.00001',
  'https://doi.org/10.1145/3372297.3417232',
  'https://github.com/example-lab/phish-corpus',
  'https://www.w3.org/TR/WCAG21/',
  'https://en.wikipedia.org/wiki/Phishing',
  'https://apwg.org/trendsreports/',
  'https://support.google.com/mail/answer/81126',
  'https://login.microsoftonline.com/',
  'https://www.usenix.org/conference/usenixsecurity24',
  'https://datatracker.ietf.org/doc/html/rfc7489',
  'https://www.ipa.go.jp/security/',
  'https://www.jpcert.or.jp/',
];
write(
  'pdf-twin-paper-citations.synthetic.eml',
  message(
    [
      'Return-Path: <k.watanabe@cs.example-univ.ac.jp>',
      'Received: from mail.cs.example-univ.ac.jp (mail.cs.example-univ.ac.jp [192.0.2.80])',
      '\tby mx.example.co.jp (Postfix) with ESMTPS id 4Rb8Nw1Jd3x4',
      '\tfor <yamada@example.co.jp>; Thu, 20 Nov 2025 17:30:41 +0900 (JST)',
      'Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=cs.example-univ.ac.jp; dkim=pass ' +
        'header.d=cs.example-univ.ac.jp; dmarc=pass header.from=cs.example-univ.ac.jp',
      'Date: Thu, 20 Nov 2025 17:30:36 +0900',
      'From: "Kenji Watanabe" <k.watanabe@cs.example-univ.ac.jp>',
      'To: yamada@example.co.jp',
      'Subject: Draft of our workshop paper',
      'Message-ID: <3f9a1c77-2b1e@cs.example-univ.ac.jp>',
    ],
    [
      'Yamada-san,',
      '',
      'Attached is the current draft of our workshop paper. The related-work section is new; could you check',
      'the references before Friday?',
      '',
      'Thanks,',
      'Kenji',
    ],
    'draft-phishing-study.pdf',
    linkPdf(citations, 'A Study of Link Lures in Japanese Corporate Mail - draft'),
  ),
);
