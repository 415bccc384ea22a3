/**
 * Families set22 showed slipping or falsely flagged (issue #16), each beside its twin; every message here is
 * synthetic, written inline:
 * - the reader's own domain named in prose (`kauristudio.co.nz - expires 3 Nov`): registrars, hosts, web agencies
 *   and DMARC reports name it in every notice; it is no link to another organisation (links.ts readerDomainNamed).
 *   The renewal scam beside it still shows its own payment page as foreign.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';

/** A plain-text message to `to` whose sender's domain passes DKIM, SPF and DMARC. */
function mail(from: string, domain: string, to: string, subject: string, text: string): MessageInput {
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

const find = (r: Report, id: string) => r.findings.find((f) => f.id === id);
const hostsOf = (r: Report) =>
  (find(r, 'links.host-mismatch')?.message.params as { hosts?: string[] } | undefined)?.hosts ?? [];

describe("the reader's own domain named in prose (links.host-mismatch)", () => {
  it("a registrar's auto-renewal reminder naming the reader's domain is not a link elsewhere: no red flags", () => {
    const r = analyze(
      mail(
        'Registrar Support <support@registrar.example>',
        'registrar.example',
        'Mere <mere@kauristudio.co.nz>',
        'Auto-renewal notice: kauristudio.co.nz will renew in 30 days',
        'Hi mere_k,\n\nThe following domain in your account is set to auto-renew:\n\n' +
          'kauristudio.co.nz - expires 3 Nov 2025 - renewal: 1 year - $19.98 USD\n\n' +
          'We will charge your default payment method about 3 days before expiry. No action is needed.\n\n' +
          'To turn auto-renew off or change your payment method, log in to your account at ' +
          'https://www.registrar.example/domains/list/\n\nRegistrar Support Team\n',
      ),
    );
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("a web agency's note naming the reader's site with a path, scheme-less, raises nothing either", () => {
    const r = analyze(
      mail(
        'Tane Web <hello@taneweb.example>',
        'taneweb.example',
        'mere@kauristudio.co.nz',
        'Your site update is live',
        'Kia ora Mere,\n\nThe new gallery page is live at kauristudio.co.nz/gallery and the contact form now ' +
          'sends to your inbox. Our notes: https://taneweb.example/clients/kauri\n\nTane\n',
      ),
    );
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
  });

  it("the renewal scam naming the reader's domain still shows its foreign payment page", () => {
    const r = analyze(
      mail(
        'Domain Renewals <notice@renewal-desk.example>',
        'renewal-desk.example',
        'admin@kauristudio.co.nz',
        'FINAL NOTICE: kauristudio.co.nz expires in 2 days',
        'kauristudio.co.nz - Final Expiration Notice\n\nYour website and email will stop working when the ' +
          'domain expires.\n\nRenew now: https://pay-renewals.example/checkout?d=kauristudio\n',
      ),
    );
    expect(find(r, 'links.host-mismatch')?.status).to.equal('warn');
    expect(hostsOf(r)).to.deep.equal(['pay-renewals.example']);
  });

  it("a written https:// link to the reader's domain is still judged as a link", () => {
    const r = analyze(
      mail(
        'Web Host <alerts@webhost.example>',
        'webhost.example',
        'mere@kauristudio.co.nz',
        'Check your site',
        'Your site may be down, open it here: https://kauristudio.co.nz/wp-admin/\n',
      ),
    );
    expect(hostsOf(r)).to.deep.equal(['kauristudio.co.nz']);
  });

  it("a domain named in prose that is not the reader's stays foreign", () => {
    const r = analyze(
      mail(
        'Registrar Support <support@registrar.example>',
        'registrar.example',
        'mere@kauristudio.co.nz',
        'Transfer request',
        'A transfer request was made for othervineyard.nz. Details: https://www.registrar.example/transfers\n',
      ),
    );
    expect(hostsOf(r)).to.deep.equal(['othervineyard.nz']);
  });
});
