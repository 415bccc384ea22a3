/**
 * Writes the synthetic QR fixtures (test/fixtures/qr-*.synthetic.eml): quishing lures whose only link is a QR code
 * in an image, their genuine twins (a ticket whose QR code leads to the sender's own site, a newsletter with a logo
 * and no QR code), and damaged and oversized images. Images are drawn here with the libraries the product decodes
 * them with (qr's encoder, fast-png, jpeg-js), so the fixtures are reproducible: `npx tsx scripts/make-qr-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { base64Lines, hugePng, logoPng, qrJpeg, qrPng } from '../test/fixtures/qr-images';

const OUT = 'test/fixtures';

interface Part {
  type: string;
  name: string;
  cid: string;
  bytes: Uint8Array;
}

/** A multipart/related HTML message with inline images, CRLF line ends. */
function message(headers: string[], html: string, parts: Part[]): string {
  const boundary = '----=_qr_fixture_boundary';
  const lines = [
    ...headers,
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"; type="text/html"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    html,
  ];
  for (const p of parts) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${p.type}; name="${p.name}"`,
      'Content-Transfer-Encoding: base64',
      `Content-ID: <${p.cid}>`,
      `Content-Disposition: inline; filename="${p.name}"`,
      '',
      base64Lines(p.bytes),
    );
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}

const write = (name: string, text: string) => writeFileSync(`${OUT}/${name}`, text);

write(
  'qr-mfa-reactivate.synthetic.eml',
  message(
    [
      'Date: Tue, 14 Oct 2025 09:12:40 +0900',
      'From: "IT Service Desk" <no-reply@authnotice-center.com>',
      'To: yamada@example.co.jp',
      'Subject: Action required: re-activate your MFA today',
      'Message-ID: <5c1e7a2b.9f3d@authnotice-center.com>',
    ],
    [
      '<html><body>',
      '<p>Dear user,</p>',
      '<p>Your multi-factor authentication (MFA) expires today. Scan the QR code below with your phone within',
      '24 hours to re-activate it, or your mailbox will be suspended.</p>',
      '<p><img src="cid:mfa-qr@authnotice" alt="Scan me" width="185" height="185"></p>',
      '<p>IT Service Desk</p>',
      '</body></html>',
    ].join('\r\n'),
    [
      {
        type: 'image/png',
        name: 'mfa.png',
        cid: 'mfa-qr@authnotice',
        bytes: qrPng('https://login.secure-mfa-portal.top/common/oauth2/authorize?u=yamada@example.co.jp'),
      },
    ],
  ),
);

write(
  'qr-docusign-document.synthetic.eml',
  message(
    [
      'Date: Wed, 15 Oct 2025 16:03:11 +0000',
      'From: "DocuSign" <dse@docsign-delivery.net>',
      'To: accounts@example.co.jp',
      'Subject: Please review and sign: Q4 payment schedule',
      'Message-ID: <a81f90c2e4@docsign-delivery.net>',
    ],
    [
      '<html><body>',
      '<h2>DocuSign</h2>',
      '<p>You have received a document to review and sign.</p>',
      '<p>Scan the code with your phone camera to view the document.</p>',
      '<p><img src="cid:doc@docsign" alt="" width="175" height="175"></p>',
      '</body></html>',
    ].join('\r\n'),
    [{ type: 'image/png', name: '', cid: 'doc@docsign', bytes: qrPng('https://view-doc.r9k2x.xyz/d/8812fa') }],
  ),
);

write(
  'qr-twin-concert-ticket.synthetic.eml',
  message(
    [
      'Date: Fri, 17 Oct 2025 10:30:00 +0900',
      'From: "Kanazawa Concert Hall" <tickets@kanazawa-concert-hall.jp>',
      'To: sato@example.co.jp',
      'Subject: Your e-ticket: Autumn Symphony, 1 November',
      'Message-ID: <ticket-20251017-88213@kanazawa-concert-hall.jp>',
    ],
    [
      '<html><body>',
      '<p>Thank you for your booking. Show this code at the entrance.</p>',
      '<p><img src="cid:ticket@kch" alt="Your ticket" width="185" height="185"></p>',
      '<p>Seat 14-C. Doors open at 18:00.</p>',
      '<p><a href="https://www.kanazawa-concert-hall.jp/access">Access and parking</a></p>',
      '</body></html>',
    ].join('\r\n'),
    [
      {
        type: 'image/jpeg',
        name: 'ticket.jpg',
        cid: 'ticket@kch',
        bytes: qrJpeg('https://www.kanazawa-concert-hall.jp/t/8F3K2Q-1411'),
      },
    ],
  ),
);

write(
  'qr-twin-newsletter-logo.synthetic.eml',
  message(
    [
      'Date: Mon, 20 Oct 2025 08:00:00 +0900',
      'From: "Hokuriku Gardens" <news@hokuriku-gardens.jp>',
      'To: sato@example.co.jp',
      'Subject: Autumn colours in the garden this week',
      'Message-ID: <nl-2025-42@hokuriku-gardens.jp>',
    ],
    [
      '<html><body>',
      '<p><img src="cid:logo@hg" alt="Hokuriku Gardens" width="240" height="80"></p>',
      '<p>The maples are turning red. The garden is open from 9:00 to 17:00 every day.</p>',
      '<p><a href="https://www.hokuriku-gardens.jp/autumn">See this week\'s photos</a></p>',
      '</body></html>',
    ].join('\r\n'),
    [{ type: 'image/png', name: 'logo.png', cid: 'logo@hg', bytes: logoPng() }],
  ),
);

const truncated = qrPng('https://login.secure-mfa-portal.top/x');
write(
  'qr-damaged-images.synthetic.eml',
  message(
    [
      'Date: Tue, 21 Oct 2025 11:00:00 +0900',
      'From: "Photo Club" <club@hokuriku-gardens.jp>',
      'To: sato@example.co.jp',
      'Subject: Photos from Sunday',
      'Message-ID: <photos-1021@hokuriku-gardens.jp>',
    ],
    '<html><body><p>Two pictures from Sunday.</p></body></html>',
    [
      { type: 'image/png', name: 'cut.png', cid: 'cut@hg', bytes: truncated.subarray(0, truncated.length >> 1) },
      { type: 'image/png', name: 'huge.png', cid: 'huge@hg', bytes: hugePng() },
    ],
  ),
);
