/**
 * DocSend as a rented page (checks/link-services.ts `docsend.com/view`, checks/rented-page.ts): a document offered on
 * a DocSend room from a taken-over mailbox, and the everyday deck shared there without an offer, and DocSend's own
 * notice. Synthetic, real-shaped: senders whose own domains pass DKIM, SPF and DMARC.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';

function mail(from: string, subject: string, text: string): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    'Received: from mail-pr3fra01on2071.outbound.protection.outlook.com (mail-pr3fra01on2071.outbound.protection.outlook.com [40.107.24.71])',
    '\tby mx.harlowmech.co.uk (Postfix) with ESMTPS id 4Qx3Cr2No4z9uT',
    '\tfor <accounts@harlowmech.co.uk>; Thu, 13 Nov 2025 08:41:22 +0000 (GMT)',
    `Authentication-Results: mx.harlowmech.co.uk;\r\n\tdkim=pass header.d=${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=quarantine) header.from=${domain}`,
    `Message-ID: <c3d4@${domain}>`,
    'Date: Thu, 13 Nov 2025 08:41:20 +0000',
    `From: ${from}`,
    'To: accounts@harlowmech.co.uk',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text };
}

const rented = (r: Report) => r.findings.find((f) => f.id === 'links.rented-page');

describe('DocSend as a page anyone rents (links.rented-page)', () => {
  it("fails an architect's taken-over mailbox offering 'Consulter le document' on a DocSend room", () => {
    const r = analyze(
      mail(
        'Julien Marchand <j.marchand@atelier-marchand.fr>',
        'Devis actualisé',
        'Bonjour,\n\nJe vous transmets le devis actualisé.\n\nConsulter le document : https://docsend.com/view/x8m2qv4kz7pfw3ny\n\nMerci de vous identifier avec votre adresse e-mail professionnelle.\n\nJulien Marchand\nAtelier Marchand Architectes',
      ),
    );
    expect(rented(r)?.status).to.equal('fail');
    expect(rented(r)?.message.params).to.deep.equal({ host: 'docsend.com', service: 'docsend.com/view' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves a founder's deck shared on DocSend without a document offered, and DocSend's own notice, unflagged", () => {
    const deck = analyze(
      mail(
        'Priya Raman <priya@lumenfold.io>',
        'Lumenfold seed round',
        'Hi Tom,\n\nGreat to meet you at the demo day. Our deck: https://docsend.com/view/q7w2e9r4\n\nHappy to talk next week.\nPriya',
      ),
    );
    expect(rented(deck)).to.equal(undefined);
    expect(deck.verdict).to.equal('no-red-flags');
    const own = analyze(
      mail(
        'DocSend <no-reply@docsend.com>',
        'Tom viewed your document',
        'Tom Hale viewed Lumenfold Seed Deck for 4 minutes.\n\nView the document analytics: https://docsend.com/view/q7w2e9r4/analytics',
      ),
    );
    expect(rented(own)).to.equal(undefined);
  });
});
