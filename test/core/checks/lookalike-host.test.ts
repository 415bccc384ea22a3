/**
 * links.lookalike-host (src/core/checks/lookalike-host.ts, brands/lookalike.ts brandWordsDomain): a link to a domain
 * made of a brand's name and a phishing page's words, in mail that claims or names the brand — and the brand's own
 * sites, other suffixes, CDNs, resellers, newsletters and prose it must leave alone. Synthetic, real-shaped messages.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';

/** A message from `from` ("Name <address>"), its domain passing DKIM, SPF and DMARC unless `auth` is false. */
function mail(from: string, subject: string, body: { html?: string; text?: string }, auth = true): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const lines = [
    'Received: from mail-db8eur05on2090.outbound.protection.outlook.com (mail-db8eur05on2090.outbound.protection.outlook.com [40.107.20.90])',
    '\tby mx.harlowmech.co.uk (Postfix) with ESMTPS id 4Qx1Zt0Lm2z9sR',
    '\tfor <accounts@harlowmech.co.uk>; Tue, 11 Nov 2025 09:14:07 +0000 (GMT)',
    ...(auth
      ? [
          `Authentication-Results: mx.harlowmech.co.uk;\r\n\tdkim=pass header.d=${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=quarantine) header.from=${domain}`,
        ]
      : []),
    `Message-ID: <20251111091403.4f1c@${domain}>`,
    'Date: Tue, 11 Nov 2025 09:14:03 +0000',
    `From: ${from}`,
    'To: accounts@harlowmech.co.uk',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    `Content-Type: ${body.html ? 'text/html' : 'text/plain'}; charset="utf-8"`,
  ];
  return { headers: lines.join('\r\n') + '\r\n', ...body };
}

const find = (r: Report) => r.findings.find((f) => f.id === 'links.lookalike-host');

describe("a link to a brand's name joined to a phishing page's words (links.lookalike-host)", () => {
  it("fails a taken-over solicitor's 'secure message' naming Egress whose link opens egress-securemail.co", () => {
    const r = analyze(
      mail('Thornfield Lacey Solicitors <conveyancing@thornfieldlacey.co.uk>', 'Secure message', {
        html: '<p><b>Secure message</b></p><p>Thornfield Lacey Solicitors LLP has sent you a secure message.</p><p><a href="https://switch.egress-securemail.co/read?m=7f3e90a1">Read message</a></p><p>This message was protected by Egress. Never share your password.</p>',
      }),
    );
    const f = find(r);
    expect(f).to.include({ status: 'fail' });
    expect(f?.message.params).to.deep.equal({ host: 'switch.egress-securemail.co', brand: 'Egress' });
    expect(f?.evidence[0]?.url).to.equal('https://switch.egress-securemail.co/read?m=7f3e90a1');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('switch.egress-securemail.co');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('switch.egress-securemail.co');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the brand claimed by display name, logo or heading: DocuSign, DHL Express, Microsoft 365', () => {
    const cases: [string, string, string][] = [
      ['DocuSign <dse@pemburycole.co.uk>', '<h1>DocuSign</h1><p>Please review and sign.</p>', 'docusign-review.net'],
      ['DHL Express <noreply@pemburycole.co.uk>', '<p>Your parcel is on hold.</p>', 'dhl-redelivery.info'],
      [
        'IT Desk <it@pemburycole.co.uk>',
        '<img alt="Microsoft"><p>Your password expires.</p>',
        'microsoft365-login.support',
      ],
    ];
    for (const [from, html, host] of cases) {
      const r = analyze(
        mail(from, 'Action required', { html: `${html}<a href="https://${host}/s/a1">Open</a>` }, false),
      );
      expect(find(r)?.message.params, host).to.deep.include({ host });
      expect(r.verdict, host).to.equal('likely-phishing');
    }
  });

  it("leaves a brand's own listed domain, its other suffix and a CDN one letter off alone", () => {
    const own = analyze(
      mail('Orders <orders@harlowshop.co.uk>', 'Shipped with DHL', {
        html: '<p>Your order ships with DHL.</p><a href="https://www.dhl-news.com/track">Track with DHL</a>',
      }),
    );
    const otherSuffix = analyze(
      mail('Orders <orders@harlowshop.co.uk>', 'Your Rakuten order', {
        html: '<p>Thank you for shopping with Rakuten.</p><a href="https://www.rakuten.net/account">Account</a><img src="https://cdn.sstatic.net/a.png" alt="">',
      }),
    );
    expect(find(own)).to.equal(undefined);
    expect(find(otherSuffix)).to.equal(undefined);
    // Sites brands name for their own services: parcel, services, card are no phishing page's words.
    const ownServices = analyze(
      mail('Orders <orders@harlowshop.co.uk>', 'Your order', {
        html: '<p>Shipped with DHL; sold on Amazon; paid with Rakuten Card.</p><a href="https://my.dhlparcel.nl/t/1">DHL</a> <a href="https://sellercentral.amazonservices.com/">Amazon</a> <a href="https://www.rakuten-card.co.jp/">Rakuten</a>',
      }),
    );
    expect(find(ownServices)).to.equal(undefined);
  });

  it('leaves resellers and vendors named for the brand alone: dhl-partner.de, amazon-seller-tools.com', () => {
    const r = analyze(
      mail('Logistik Team <info@harlowshop.de>', 'DHL and Amazon fulfilment', {
        html: '<p>We ship with DHL and sell on Amazon.</p><a href="https://www.dhl-partner.de/">DHL partner</a> <a href="https://amazon-seller-tools.com/">tools</a>',
      }),
    );
    expect(find(r)).to.equal(undefined);
  });

  it("leaves a developer newsletter's hosts written in prose and a digest linking many organisations alone", () => {
    const prose = analyze(
      mail('Dev Weekly <news@devweekly.io>', 'eSignature SDK tips', {
        text: 'DocuSign sandbox tip: our test double listens on docusign-review.net and docusign-api.com in CI.\nRead more: https://devweekly.io/42',
      }),
    );
    expect(find(prose)).to.equal(undefined);
    const sponsors = ['acme.com', 'widgets.org', 'colorpilot.com', 'calculator.com'].map(
      (d) => `<a href="https://www.${d}/">${d}</a>`,
    );
    const digest = analyze(
      mail('Windows Daily <subscriptions@windowsdaily.net>', 'Outlook tips', {
        html: `<p>Microsoft Outlook tips.</p><a href="https://www.outlooksecure.com/">OutlookSecure</a>${sponsors.join(' ')}`,
      }),
    );
    expect(find(digest)).to.equal(undefined);
  });

  it('leaves a link to such a domain alone when the message never names the brand, or the brand sends it', () => {
    const unnamed = analyze(
      mail('Helen Stroud <helen@pemburycole.co.uk>', 'Year end', {
        html: '<p>Draft accounts attached for approval.</p><a href="https://egress-securemail.co/read">Read</a>',
      }),
    );
    expect(find(unnamed)).to.equal(undefined);
    const brandItself = analyze(
      mail('DocuSign <dse@docusign.net>', 'Please review', {
        html: '<p>DocuSign: review the new terms.</p><a href="https://docusign-review.net/terms">Review</a>',
      }),
    );
    expect(find(brandItself)).to.equal(undefined);
  });
});

describe('one link, one sentence: links.lookalike-host owns its link over links.brand-in-path', () => {
  const ids = (r: Report) => r.findings.filter((f) => f.status === 'fail').map((f) => f.id);
  const envelope = (links: string) =>
    mail(
      'DocuSign <notice@parcel-desk.example.net>',
      'Please review and sign',
      {
        html: `<p><b>DocuSign</b></p><p>Please review and sign your document. Confirm your account to open it.</p>${links}`,
      },
      false,
    );

  it("says a brand's name joined to a phishing page's words once, as the look-alike domain", () => {
    const r = analyze(envelope('<p><a href="https://docusign-review.net/s/9921">Review document</a></p>'));
    expect(ids(r)).to.include('links.lookalike-host');
    expect(ids(r)).to.not.include('links.brand-in-path');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("keeps brand-in-path for the message's other link that plants the brand elsewhere", () => {
    const r = analyze(
      envelope(
        '<p><a href="https://docusign-review.net/s/9921">Review document</a></p>' +
          '<p><a href="https://files.parcel-desk.example.net/docusign.com/sign">Sign</a></p>',
      ),
    );
    const planted = r.findings.find((f) => f.id === 'links.brand-in-path');
    expect(ids(r)).to.include('links.lookalike-host');
    expect(planted?.evidence.map((e) => e.url)).to.deep.equal([
      'https://files.parcel-desk.example.net/docusign.com/sign',
    ]);
  });

  it('keeps brand-in-path alone where no look-alike domain owns the link (the brand planted as a subdomain)', () => {
    const r = analyze(envelope('<p><a href="https://docusign.com.sign-portal.example.org/sign">Sign</a></p>'));
    expect(ids(r)).to.include('links.brand-in-path');
    expect(ids(r)).to.not.include('links.lookalike-host');
  });
});
