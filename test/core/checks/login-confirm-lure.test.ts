/**
 * "Re-confirm with your email login here" (issue #16): the credential ask of a renewal notice posted to a mailing
 * list, whose list re-signed it, so nothing about the sender speaks (set14's family); the wording does
 * (lure-phrases.ts, the `verify` family). Its twin: a service's own authenticated notice asking the same on its own
 * site. Every message here is synthetic.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { MessageInput } from '../../../src/core/types';

/** A plain-text message whose sender's domain the reader's mail system authenticated (DKIM, SPF, DMARC pass). */
function mail(from: string, subject: string, text: string): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    'Received: from mail.sender.example (mail.sender.example [198.51.100.40]) by mx.halvorsen-eng.com',
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    `Authentication-Results: mx.halvorsen-eng.com; dkim=pass header.d=${domain} header.s=s1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Ella Marsh <ella.marsh@halvorsen-eng.com>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text };
}

describe('"re-confirm with your email login" (content.lure)', () => {
  it('reads the ask in a renewal notice whose link leads to another organisation', () => {
    const r = analyze(
      mail(
        'Project Admin via Discuss <discuss@lists.orrery-project.example>',
        'Action required: e-mail accounts renewal',
        'All addresses are being renewed on the new mail host. Members who do not re-confirm before Friday will ' +
          'lose access.\n\nRe-confirm with your email login here: https://orrery-project-org.mail-renew.example/c\n',
      ),
    );
    expect(r.findings.find((f) => f.id === 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("leaves a service's own notice asking to confirm with your password on its own site alone", () => {
    const r = analyze(
      mail(
        'Orrery Cloud <no-reply@orrery-cloud.example>',
        'Confirm the new recovery phone',
        'You added a recovery phone to your account. Confirm with your account password at ' +
          'https://account.orrery-cloud.example/security to turn it on.\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});
