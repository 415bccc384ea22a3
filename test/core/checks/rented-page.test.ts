/**
 * links.rented-page (src/core/checks/rented-page.ts): a document offered behind a link to a page anyone
 * rents, from a sender that authenticates — the taken-over mailbox's phish — and the genuine shares, downloads,
 * forms, previews and newsletters it must leave alone. Synthetic, real-shaped: a small firm on Microsoft 365 writing
 * to a Postfix mailbox that checked DKIM, SPF and DMARC for it.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';

/** A message from `sender` (its own domain passing DKIM, SPF and DMARC), with an HTML or a plain-text body. */
function fromFirm(sender: string, subject: string, body: { html?: string; text?: string }): MessageInput {
  const domain = sender.slice(sender.indexOf('@') + 1);
  const lines = [
    'Received: from mail-db8eur05on2090.outbound.protection.outlook.com (mail-db8eur05on2090.outbound.protection.outlook.com [40.107.20.90])',
    '\tby mx.harlowmech.co.uk (Postfix) with ESMTPS id 4Qx1Zt0Lm2z9sR',
    '\tfor <accounts@harlowmech.co.uk>; Tue, 11 Nov 2025 09:14:07 +0000 (GMT)',
    `Authentication-Results: mx.harlowmech.co.uk;\r\n\tdkim=pass header.d=${domain} header.s=selector1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=quarantine) header.from=${domain}`,
    'Received: from AM9PR02MB7123.eurprd02.prod.outlook.com (2603:10a6:20b:3a1::14)',
    '\tby AM9PR02MB7123.eurprd02.prod.outlook.com with HTTPS; Tue, 11 Nov 2025 09:14:05 +0000',
    `Message-ID: <AM9PR02MB71230F3C2B1E@AM9PR02MB7123.eurprd02.prod.outlook.com>`,
    'Date: Tue, 11 Nov 2025 09:14:03 +0000',
    `From: Helen Stroud <${sender}>`,
    'To: accounts@harlowmech.co.uk',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    `Content-Type: ${body.html ? 'text/html' : 'text/plain'}; charset="utf-8"`,
  ];
  return { headers: lines.join('\r\n') + '\r\n', ...body };
}

const find = (r: Report) => r.findings.find((f) => f.id === 'links.rented-page');

describe('a document offered on a page anyone rents (links.rented-page)', () => {
  it("fails a taken-over firm's 'VIEW SECURE DOCUMENT' opening a pages.dev page, and says so with both pieces of evidence", () => {
    const r = analyze(
      fromFirm('helen@pemburycole.co.uk', 'Year End Accounts - Draft for Approval', {
        html: '<p>Please review and approve the draft accounts by Thursday.</p><p><a href="https://pc-clientportal-7c1e2.pages.dev/share/view?id=a81f33">VIEW SECURE DOCUMENT</a></p><p>Helen Stroud<br>Pembury &amp; Cole Accountants</p>',
      }),
    );
    const f = find(r);
    expect(f).to.include({ status: 'fail' });
    expect(f?.message.params).to.deep.equal({ host: 'pc-clientportal-7c1e2.pages.dev', service: 'pages.dev' });
    expect(f?.evidence.map((e) => e.url ?? e.value)).to.include(
      'https://pc-clientportal-7c1e2.pages.dev/share/view?id=a81f33',
    );
    expect(f?.evidence[0]?.value?.toLowerCase()).to.include('view secure document');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('pc-clientportal-7c1e2.pages.dev');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('pc-clientportal-7c1e2.pages.dev');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads a plain-text offer before a bare URL, in German, and a voicemail behind a shortener', () => {
    const de = analyze(
      fromFirm('s.weber@kanzlei-weber-stb.de', 'Unterlagen Jahresabschluss 2025', {
        text: 'Sehr geehrte Damen und Herren,\n\nDokument öffnen: https://kanzlei-weber-portal.web.app/dokumente?id=JA2025\n\nMit freundlichen Grüßen\nSabine Weber',
      }),
    );
    expect(find(de)?.message.params).to.deep.include({ service: 'web.app' });
    expect(de.verdict).to.equal('likely-phishing');
    const voicemail = analyze(
      fromFirm('frontdesk@parksidefamilydental.com', 'New Voicemail Received (00:47)', {
        text: 'You have received a new voicemail message.\nDuration: 00:47\nPlay Voice Message: https://tinyurl.com/3yk8vm2p',
      }),
    );
    expect(find(voicemail)?.message.params).to.deep.include({ service: 'tinyurl.com' });
  });

  it('twin: a real share on a file service, and a file in a bucket to download, are no rented pages', () => {
    const share = analyze(
      fromFirm('helen@pemburycole.co.uk', 'Year End Accounts', {
        html: '<p>Helen Stroud shared a document with you.</p><a href="https://pemburycole-my.sharepoint.com/:b:/g/personal/helen/EZk2v9Wq7M">Open document</a>',
      }),
    );
    expect(find(share)).to.equal(undefined);
    const download = analyze(
      fromFirm('helen@pemburycole.co.uk', 'Year End Accounts', {
        text: 'Download the document: https://pemburycole-files.s3.eu-west-2.amazonaws.com/2025/year-end-accounts.pdf',
      }),
    );
    expect(find(download)).to.equal(undefined);
    expect(download.verdict).to.not.equal('likely-phishing');
  });

  it("twin: a school's permission form on Google Forms, and a developer's preview on netlify.app, offer no document", () => {
    const form = analyze(
      fromFirm('office@oakridge-elementary.org', 'Field trip permission form', {
        text: 'Please read the document and complete the permission form by Wednesday: https://docs.google.com/forms/d/e/1FAIpQLSf/viewform',
      }),
    );
    expect(find(form)).to.equal(undefined);
    const preview = analyze(
      fromFirm('dev@brooklinesigns.com', 'New site preview', {
        text: 'The preview of the new site is up: https://deploy-preview-42--brookline-site.netlify.app/ - feedback welcome.',
      }),
    );
    expect(find(preview)).to.equal(undefined);
    expect(preview.verdict).to.equal('no-red-flags');
  });

  it('fails a letter said to be shared via SharePoint that opens a Microsoft Form, and a share behind LinkedIn’s redirect', () => {
    const form = analyze(
      fromFirm('newsletter@riverbendfoodbank.org', 'Salary Review 2026 - Acknowledgment Required', {
        text: 'Dear Staff,\nYour updated compensation letter has been shared with you via SharePoint.\nView Compensation Letter: https://forms.office.com/Pages/ResponsePage.aspx?id=Xq3v9kLmP0aR7tYz',
      }),
    );
    expect(find(form)?.message.params).to.deep.include({ service: 'forms.office.com' });
    const redirect = analyze(
      fromFirm('hr@northgate-staffing.com', 'Please DocuSign: Staffing_Agreement_2027.pdf', {
        html: '<p>Northgate Staffing sent you a document to review and sign.</p><a href="https://www.linkedin.com/slink?code=e7QpM3xF">REVIEW DOCUMENT</a>',
      }),
    );
    expect(find(redirect)?.message.params).to.deep.include({ service: 'linkedin.com' });
  });

  it('twin: a newsletter offering a document among links to many organisations is not one document’s mail', () => {
    const links = ['linkedin.com', 'facebook.com', 'x.com', 'youtube.com']
      .map((d) => `<a href="https://www.${d}/pembury">${d}</a>`)
      .join(' ');
    const r = analyze(
      fromFirm('news@pemburycole.co.uk', 'Autumn newsletter', {
        html: `<p>Download the document with our tax tips: <a href="https://pembury-tips.netlify.app/">here</a></p><p>${links}</p>`,
      }),
    );
    expect(find(r)).to.equal(undefined);
  });

  it('fails an account or parcel script on a rented page too, and says which (one family of the lexicon is enough)', () => {
    const r = analyze(
      fromFirm('office@staidans.herts.sch.uk', 'Mailbox notice', {
        text: 'Your mailbox has reached its storage limit. Incoming messages are being held.\nIncrease storage: https://mbx-quota-7f3.r2.dev/owa/quota.html',
      }),
    );
    expect(find(r)?.message.key).to.equal('links.rented-page.account');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("twin: a small shop's own page on a site builder, telling of an order shipped, asks for no account or payment", () => {
    const r = analyze(
      fromFirm('orders@brightwater-candles.com', 'Your order has shipped', {
        text: 'Thank you for your order! It left our workshop today. See our new autumn range: https://brightwater-candles.wixsite.com/shop',
      }),
    );
    expect(find(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a warning about a phish, quoting its wording and URL below the warner’s words, is not the phish', () => {
    const r = analyze(
      fromFirm('security@westbrookstate.edu', 'Heads up: "Mailbox Storage Full" phish today', {
        text: [
          'All,',
          'About 40 of these landed this hour. Block the sending domain and the pub-*.r2.dev host if you can.',
          '',
          '----- Forwarded message -----',
          'From: Mail Server Administrator <no-reply@westbrookstate-edu.mailsvc-notify.com>',
          '> Your mailbox has reached 99% of its storage limit. Incoming messages are being held.',
          '> Increase storage for free: https://pub-4c9e1f0a7b2d.r2.dev/mbx/quota.html',
        ].join('\n'),
      }),
    );
    expect(find(r)).to.equal(undefined);
  });
});
