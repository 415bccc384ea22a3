/**
 * Brand claims by a corporate footer (brands/footer-claims.ts, analyze.ts): a copied SharePoint or Google notice sent
 * from a person's mailbox claims the brand whose headquarters address it prints, and the genuine mail that carries
 * such a footer stays quiet — the brand's own domains, a gmail user's Google share, a forwarded notice. Synthetic
 * messages (issue #16, item 9); the reader is yamada@example.co.jp.
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { Report } from '../../src/core/report';

const FOOTER = 'Microsoft respects your privacy.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052';

/** A share notice with `body`, from `from` (authenticated as its own domain), its button to `link`. */
async function share(
  from: string,
  body: string,
  link = 'https://millwork-my.docs-secureview.example/:b:/g/x',
): Promise<Report> {
  const domain = from.slice(from.indexOf('@') + 1).replace('>', '');
  const raw = [
    'Delivered-To: yamada@example.co.jp',
    'Received: from mail.sender.example (mail.sender.example [198.51.100.20])',
    '\tby mx.example.co.jp (Postfix) with ESMTPS id 4JHF2x0Qbcz9sQ; Tue, 14 Jan 2025 10:47:55 +0900',
    `Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`,
    `From: ${from}`,
    'To: yamada@example.co.jp',
    'Subject: Amy Henley shared "Project Proposal.pdf" with you',
    'Date: Tue, 14 Jan 2025 10:47:49 +0900',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p>Amy Henley shared a file with you</p><p><a href="${link}">Open</a></p><p>${body.replace(/\n/g, '<br>')}</p>`,
  ].join('\r\n');
  return analyze(await parseMessage(raw));
}

const mismatch = (r: Report) => r.findings.find((f) => f.id === 'sender.brand-mismatch');

describe('brand claims by a corporate footer', () => {
  it("reads Microsoft's address in a share notice from a company's own mailbox as a claim: likely phishing", async () => {
    const r = await share('Amy Henley <ahenley@millwork.example>', FOOTER);
    const f = mismatch(r);
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.include({ brand: 'Microsoft', claimed: 'One Microsoft Way' });
    expect(f?.evidence.map((e) => e.highlight)).to.include('One Microsoft Way');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('says nothing when the footer is below a forwarded message, or the brand itself or its hosting sends it', async () => {
    const forwarded = await share(
      'Ken Ito <ken@millwork.example>',
      `FYI, see below.\n---------- Forwarded message ---------\nFrom: SharePoint Online\n${FOOTER}`,
    );
    expect(mismatch(forwarded)).to.equal(undefined);
    const own = await share(
      'Amy Henley <no-reply@sharepointonline.com>',
      FOOTER,
      'https://millwork-my.sharepoint.com/:b:/g/x',
    );
    expect(mismatch(own)?.status).to.not.equal('fail');
    const docs = await share(
      'Amy Henley <amy.henley@gmail.com>',
      'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043',
      'https://docs.google.com/document/d/1x/edit',
    );
    expect(mismatch(docs)).to.equal(undefined);
  });
});
