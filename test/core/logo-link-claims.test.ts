/**
 * A linked logo's alt text (analyze.ts pointsAtBrand, parse/body.ts logoLink): a newsletter's social icon above its
 * first words, linking to the sender's page on the brand's site, claims nothing; a phish's logo linking to a foreign
 * sign-in page, or to the brand's home page beside a foreign button, still claims the brand. Synthetic messages.
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { extractBody } from '../../src/core/parse/body';
import type { Report } from '../../src/core/report';
import type { MessageInput } from '../../src/core/types';

/** An HTML message from `from`, its domain passing DKIM, SPF and DMARC. */
function mail(from: string, html: string): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    'Received: from out.mailhost.example (out.mailhost.example [198.51.100.20])',
    '\tby mx.harlowmech.co.uk (Postfix) with ESMTPS id 4Qx1Zt0Lm2z9sR',
    '\tfor <accounts@harlowmech.co.uk>; Tue, 11 Nov 2025 09:14:07 +0000 (GMT)',
    `Authentication-Results: mx.harlowmech.co.uk;\r\n\tdkim=pass header.d=${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <a1b2@${domain}>`,
    'Date: Tue, 11 Nov 2025 09:14:03 +0000',
    `From: ${from}`,
    'To: accounts@harlowmech.co.uk',
    'Subject: This week',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', html };
}

const claim = (r: Report) => r.findings.find((f) => f.id === 'sender.brand-mismatch');

describe("a linked logo's alt text as a brand claim", () => {
  it("claims nothing from a newsletter's social icons above its first words, linking to its pages on Facebook and Instagram", () => {
    const r = analyze(
      mail(
        'Acme Bakery <news@acmebakery.com>',
        '<table><tr><td><a href="https://www.facebook.com/acmebakery"><img src="https://acmebakery.com/fb.png" alt="Facebook"></a> <a href="https://www.instagram.com/acmebakery"><img alt="Instagram"></a></td></tr></table><p>Our spring menu is here.</p><a href="https://acmebakery.com/menu">See the menu</a>',
      ),
    );
    expect(claim(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("still claims Microsoft from a phish's logo that links to a foreign sign-in page", () => {
    const r = analyze(
      mail(
        'Account Team <it@pemburycole.co.uk>',
        '<a href="https://secure-login-portal.net/x"><img alt="Microsoft"></a><p>Your password expires today.</p><a href="https://secure-login-portal.net/x">Keep password</a>',
      ),
    );
    expect(claim(r)?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("still claims Microsoft from a copied notice whose logo links to Microsoft's home page, beside a foreign button", () => {
    for (const home of ['https://www.microsoft.com/', 'https://www.microsoft.com/en-us/']) {
      const r = analyze(
        mail(
          'Account Team <it@pemburycole.co.uk>',
          `<a href="${home}"><img alt="Microsoft"></a><p>Your password expires today.</p><a href="https://secure-login-portal.net/x">Keep password</a>`,
        ),
      );
      expect(claim(r)?.status, home).to.equal('fail');
    }
  });

  it('records the link around the logo, and none for an unlinked logo', () => {
    expect(extractBody('<a href=" https://x.com/acme "><img alt="X"></a><p>Hi</p>', '').logoLink).to.deep.equal({
      alt: 'X',
      href: 'https://x.com/acme',
    });
    expect(extractBody('<img alt="Acme"><p>Hi</p>', '').logoLink).to.equal(undefined);
  });
});
