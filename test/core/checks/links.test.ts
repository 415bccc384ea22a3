/**
 * The link checks (src/core/checks/links.ts) and the link-count limit note (coverage.ts), through analyze() on whole
 * messages: a header block as a plain Postfix mailbox holds it (synthetic, real-shaped after the KAGOYA fixture;
 * `mx.example.co.jp` is the reader's MX, the reader is info@example.co.jp) and an HTML body.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';
import { fixture } from '../../helpers';

interface Mail {
  from: string;
  /** What the reader's MX wrote after `mx.example.co.jp;`; omitted: no Authentication-Results. */
  auth?: string;
  html: string;
  to?: string;
}

/** Synthetic, real-shaped: a Postfix mailbox; the sender's server is the KAGOYA write-up's 52.140.217.90. */
function mail(m: Mail): MessageInput {
  const lines = [
    'Received: from mail.sender.example (mail.sender.example [52.140.217.90])',
    '\tby mx.example.co.jp (Postfix) with ESMTPS id 4JHF2x0Qbcz9sQ',
    '\tfor <info@example.co.jp>; Sun, 19 Dec 2021 20:47:55 +0900 (JST)',
    ...(m.auth === undefined ? [] : [`Authentication-Results: mx.example.co.jp;\r\n\t${m.auth}`]),
    'Message-ID: <20211219204750.7C1A2C01D3@mail.sender.example>',
    'Date: Sun, 19 Dec 2021 20:47:49 +0900',
    `From: ${m.from}`,
    `To: ${m.to ?? 'info@example.co.jp'}`,
    'Subject: =?utf-8?b?44GU5qGI5YaF?=',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return { headers: lines.join('\r\n') + '\r\n', html: `<html><body>${m.html}</body></html>` };
}

const dmarcPass = (domain: string): string =>
  `spf=pass smtp.mailfrom=${domain};\r\n\tdkim=pass header.d=${domain};\r\n\tdmarc=pass header.from=${domain}`;

function find(r: Report, id: string): Finding | undefined {
  return r.findings.find((f) => f.id === id);
}

function say(f: Finding | undefined): string {
  return f ? translate('en', f.message.key, f.message.params) : '';
}

const a = (href: string, text = 'こちら'): string => `<p><a href="${href}">${text}</a></p>`;

describe('links.host-mismatch', () => {
  it('fails links to a host that is neither the claimed brand’s nor the sender’s', () => {
    const r = analyze(
      mail({
        from: '"Amazon.co.jp" <account@notice-mail.example>',
        html: a('https://secure.signin-verify.top/ap/signin'),
      }),
    );
    const f = find(r, 'links.host-mismatch');
    expect(f).to.include({ status: 'fail', section: 'links' });
    expect(f!.message.key).to.equal('links.host-mismatch.brand');
    expect(f!.message.params).to.deep.include({ hosts: ['signin-verify.top'], brand: 'Amazon' });
    expect(f!.evidence[0]).to.include({
      url: 'https://secure.signin-verify.top/ap/signin',
      highlight: 'secure.signin-verify.top',
      author: 'sender',
    });
  });

  it('only warns when no brand is claimed: links to third parties are everyday mail', () => {
    const r = analyze(
      mail({ from: 'Yamada Taro <yamada@partner.co.jp>', html: a('https://www.event-venue.example/access') }),
    );
    const f = find(r, 'links.host-mismatch');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('links.host-mismatch');
    expect(f!.message.params).to.deep.include({ hosts: ['event-venue.example'], sender: 'partner.co.jp' });
  });

  it('counts the sender’s own site as foreign to a brand the mail is not authenticated as: the look-alike’s own page', () => {
    const r = analyze(
      mail({
        from: '"Amazon.co.jp" <account@amazon-refund-desk.example>',
        auth: dmarcPass('amazon-refund-desk.example'),
        html: a('https://www.amazon-refund-desk.example/claim?ref=77104'),
      }),
    );
    const f = find(r, 'links.host-mismatch');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.deep.include({ hosts: ['amazon-refund-desk.example'], brand: 'Amazon' });
    expect(say(f)).to.equal(
      "Links lead to amazon-refund-desk.example, which is not Amazon's: Amazon's own mail links to its own sites.",
    );
    expect(r.verdict).to.equal('likely-phishing');
    // The same sender and link without a brand's name: a shop linking to its own site.
    const plain = analyze(
      mail({
        from: '"Refund Desk" <account@amazon-refund-desk.example>',
        auth: dmarcPass('amazon-refund-desk.example'),
        html: a('https://www.amazon-refund-desk.example/claim?ref=77104'),
      }),
    );
    expect(find(plain, 'links.host-mismatch')).to.equal(undefined);
  });

  it('counts neither the claimed brand’s own domains nor the sender’s own', () => {
    const brand = analyze(
      mail({
        from: '"Amazon.co.jp" <account@notice-mail.example>',
        html: a('https://www.amazon.co.jp/gp/css/order-history') + a('https://www.amazon.com/'),
      }),
    );
    expect(find(brand, 'links.host-mismatch')).to.equal(undefined);
    const own = analyze(
      mail({ from: 'Yamada Taro <yamada@partner.co.jp>', html: a('https://www.partner.co.jp/news/2021/12/') }),
    );
    expect(find(own, 'links.host-mismatch')).to.equal(undefined);
  });

  it('counts the web pages of the free mail a brand runs as the brand’s (account.live.com), not its hosting', () => {
    const from = '"Microsoft account team" <account-security-noreply@accountprotection.microsoft.com>';
    const site = analyze(mail({ from, html: a('https://account.live.com/Activity') + a('http://Outlook.com') }));
    expect(find(site, 'links.host-mismatch')).to.equal(undefined);
    // Anyone can publish on SharePoint: a brand's hosting is never the brand speaking.
    const hosted = analyze(mail({ from, html: a('https://evil-tenant.sharepoint.com/sites/x/login.html') }));
    expect(find(hosted, 'links.host-mismatch')).to.include({ status: 'fail' });
  });

  it('fails an unverified brand’s foreign link once the brand "wrote" from a free mailbox, and only warns otherwise', () => {
    const extraBrands = [
      {
        id: 'fines',
        names: ['Traffic Fines Office'],
        domains: ['fines.example'],
        source: 'test',
        confidence: 'unverified' as const,
      },
    ];
    const html = a('https://fines-payment.sede-notice.example/pay');
    const free = analyze(mail({ from: '"Traffic Fines Office" <fines.notice@gmail.com>', html }), { extraBrands });
    expect(find(free, 'links.host-mismatch')).to.include({ status: 'fail' });
    expect(free.verdict).to.equal('likely-phishing');
    // From an organisation's domain its unverified list may lack, the link may be the brand's too.
    const org = analyze(mail({ from: '"Traffic Fines Office" <notice@fines-office.example>', html }), { extraBrands });
    expect(find(org, 'links.host-mismatch')).to.include({ status: 'warn' });
  });

  it('does not count an authenticated sender’s ESP click-tracking domain (sendgrid.net)', () => {
    const r = analyze(
      mail({
        from: 'Shop News <news@shop.example>',
        auth: dmarcPass('shop.example'),
        html: a('https://u1234567.ct.sendgrid.net/ls/click?upn=abcDEF123-2B456', 'セールを見る'),
      }),
    );
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
  });

  it('does count the same tracking domain when the sender is not authenticated', () => {
    const r = analyze(
      mail({
        from: 'Shop News <news@shop.example>',
        html: a('https://u1234567.ct.sendgrid.net/ls/click?upn=abcDEF123-2B456', 'セールを見る'),
      }),
    );
    expect(find(r, 'links.host-mismatch')!.message.params).to.deep.include({ hosts: ['sendgrid.net'] });
  });

  it('judges a brand that authenticated like any sender: its third-party links only warn', () => {
    const r = analyze(
      mail({
        from: '"Amazon.co.jp" <ship@amazon.co.jp>',
        auth: dmarcPass('amazon.co.jp'),
        html: a('https://www.yamato-tracking.example/track?no=1234'),
      }),
    );
    expect(find(r, 'links.host-mismatch')).to.include({ status: 'warn' });
  });

  // Regression (was a bug): the text part's link finder takes file names whose extension is also a country TLD (`.py` Paraguay, `.md`
  // Moldova, `.sh` Saint Helena) for links, so host-mismatch says "Links lead to downloader.py, readme.md, setup.sh".
  // Real: corpus usrp_users/02493 ("Running uhd_images_downloader.py …"). A scheme-less, `www.`-less match in plain
  // text that looks like a file name is not a link the reader can click.
  it('does not take file names in a plain-text part for link hosts (downloader.py, README.md, setup.sh)', () => {
    const input = mail({ from: 'Yamada Taro <yamada@partner.co.jp>', html: '' });
    const r = analyze({
      headers: input.headers.replace('text/html', 'text/plain'),
      text: 'Please run downloader.py, read README.md, then setup.sh.',
    });
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
  });

  it('says nothing of mailto: links', () => {
    const r = analyze(
      mail({
        from: 'Yamada Taro <yamada@partner.co.jp>',
        html: a('mailto:someone@elsewhere.example', 'someone@elsewhere.example'),
      }),
    );
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
  });
});

describe('links.brand-in-path', () => {
  it('fails a brand domain planted as the subdomain of another host (`amazon.co.jp.signin-verify.xyz`)', () => {
    const r = analyze(
      mail({
        from: 'Info <info@notice-mail.example>',
        html: a('https://amazon.co.jp.signin-verify.xyz/ap/signin?openid=1'),
      }),
    );
    const f = find(r, 'links.brand-in-path');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({
      planted: 'amazon.co.jp',
      brand: 'Amazon',
      host: 'amazon.co.jp.signin-verify.xyz',
    });
    expect(f!.evidence[0]!.highlight).to.equal('amazon.co.jp');
  });

  it('fails a brand domain planted in the path of another host', () => {
    const r = analyze(
      mail({
        from: 'Info <info@notice-mail.example>',
        html: a('https://signin-verify.xyz/www.amazon.co.jp/ap/signin'),
      }),
    );
    const f = find(r, 'links.brand-in-path');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ host: 'signin-verify.xyz' });
    expect(say(f)).to.include('signin-verify.xyz');
  });

  it('does not flag a redirect whose target is the brand’s real site (`?url=https://www.amazon.co.jp/…`)', () => {
    for (const href of [
      'https://click.shop-mailer.example/r?url=https://www.amazon.co.jp/gp/css/order-history',
      'https://click.shop-mailer.example/r?url=https%3A%2F%2Fwww.amazon.co.jp%2Fgp%2Fcss%2Forder-history',
    ]) {
      const r = analyze(mail({ from: 'Shop <news@shop-mailer.example>', html: a(href) }));
      expect(find(r, 'links.brand-in-path'), href).to.equal(undefined);
    }
  });

  // Regression (was a bug): a brand's *name* (not its domain) in the path of an ordinary article link fails brand-in-path (weight 4, with
  // host-mismatch's warn: suspicious). News and shopping mail link to `…/amazon-prime-day-2021.html` all the time;
  // only an authenticated sender's own links are excused. A bare name in a path is far weaker than a planted domain.
  it('does not fail a news link whose article slug names a brand (`/news/articles/2107/amazon-prime-day-2021.html`)', () => {
    const r = analyze(
      mail({
        from: 'ITmedia NEWS <news@itmedia-mail.example>',
        html: a('https://www.itmedia.co.jp/news/articles/2107/amazon-prime-day-2021.html', '記事を読む'),
      }),
    );
    expect(find(r, 'links.brand-in-path')?.status).not.to.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  // Regression (was a bug): a plain-text link written in Markdown, `[https://kb1vc.github.io/SoDaRadio/](https://kb1vc.github.io/…)`, is
  // read as one URL whose path holds its own host again, so "github" is "planted" in the path of kb1vc.github.io and
  // the genuine list mail comes out suspicious. Real: corpus usrp_users/04840 (ham).
  it('does not find a brand planted in a Markdown link that repeats its own github.io address (corpus usrp_users/04840)', async () => {
    const r = analyze(await parseMessage(fixture('chk-links-markdown-github-io.usrp-04840.eml')));
    expect(find(r, 'links.brand-in-path')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('does not flag the brand’s own site, whatever its path', () => {
    const r = analyze(
      mail({ from: 'Info <info@notice-mail.example>', html: a('https://www.amazon.co.jp/amazon.co.jp/ap/signin') }),
    );
    expect(find(r, 'links.brand-in-path')).to.equal(undefined);
  });

  it('does not flag the reader’s own address domain in a query (`?uid=taro@docomo.ne.jp`) as a planted brand', () => {
    const r = analyze(
      mail({
        from: 'Info <info@notice-mail.example>',
        to: 'taro@docomo.ne.jp',
        html: a('https://survey.research-panel.example/start?uid=taro@docomo.ne.jp'),
      }),
    );
    expect(find(r, 'links.brand-in-path')).to.equal(undefined);
  });
});

describe('links.text-mismatch', () => {
  it('fails a link that shows a brand’s address and opens another host', () => {
    const r = analyze(
      mail({
        from: 'Info <info@notice-mail.example>',
        html: a('https://amazon-co-jp.account-verify.top/signin', 'https://www.amazon.co.jp/ap/signin'),
      }),
    );
    const f = find(r, 'links.text-mismatch');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ shown: 'amazon.co.jp', host: 'amazon-co-jp.account-verify.top' });
  });

  it('only warns when the shown domain belongs to no brand (click tracking does the same)', () => {
    const r = analyze(
      mail({
        from: 'Yamada Taro <yamada@partner.co.jp>',
        html: a('https://t.mail-tracker.example/c/abc123', 'www.partner-news.example'),
      }),
    );
    const f = find(r, 'links.text-mismatch');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.params).to.include({ shown: 'partner-news.example', host: 't.mail-tracker.example' });
  });

  it('says nothing of a click tracker whose own query names the shown domain as its destination', () => {
    const tracker = 'http://shopper.news-network.example/go/to?tag=ex.1&destUrl=http%3A%2F%2Fwww%2Eus%2Ebuy%2Ecom%2Fx';
    const r = analyze(mail({ from: 'News <news@letters.newsmail.example>', html: a(tracker, 'buy.com') }));
    expect(find(r, 'links.text-mismatch')).to.equal(undefined);
    // Another destination than the one shown, or a brand shown on a stranger's redirect, still counts.
    const other = tracker.replace('buy%2Ecom', 'cheap-deals%2Eexample');
    expect(
      find(
        analyze(mail({ from: 'News <news@letters.newsmail.example>', html: a(other, 'buy.com') })),
        'links.text-mismatch',
      ),
    ).to.include({ status: 'warn' });
    const brand = 'https://evil-redirect.example/r?u=https://www.amazon.co.jp/';
    expect(
      find(
        analyze(mail({ from: 'Info <info@notice-mail.example>', html: a(brand, 'www.amazon.co.jp') })),
        'links.text-mismatch',
      ),
    ).to.include({ status: 'fail' });
  });

  it('says nothing when the text is not a domain: a file name, "Click here", こちら', () => {
    for (const text of ['report.docx', '議事次第.pdf', 'Click here', 'こちら', 'v1.2.3']) {
      const r = analyze(
        mail({
          from: 'Yamada Taro <yamada@partner.co.jp>',
          html: a('https://files.partner-share.example/d/abc', text),
        }),
      );
      expect(find(r, 'links.text-mismatch'), text).to.equal(undefined);
    }
  });

  it('says nothing when the text and the href are on the same site', () => {
    const r = analyze(
      mail({
        from: 'Yamada Taro <yamada@partner.co.jp>',
        html: a('https://www.partner.co.jp/news/', 'partner.co.jp/news'),
      }),
    );
    expect(find(r, 'links.text-mismatch')).to.equal(undefined);
  });

  // Regression (was a bug): text and href on two domains of the same brand (amazon.co.jp shown, www.amazon.com opened, from
  // Amazon with aligned DMARC) still warn "shows amazon.co.jp but opens www.amazon.com". Brands link across their own
  // domains (smbc-card.com ↔ vpass.ne.jp); a shown domain the opened host's brand also owns is no mismatch.
  it('says nothing when the text and the href are two domains of the same brand', () => {
    const r = analyze(
      mail({
        from: '"Amazon.co.jp" <ship@amazon.co.jp>',
        auth: dmarcPass('amazon.co.jp'),
        html: a('https://www.amazon.com/gp/help', 'amazon.co.jp/help'),
      }),
    );
    expect(find(r, 'links.text-mismatch')).to.equal(undefined);
  });

  it('excuses an authenticated sender’s ESP tracker showing the sender’s own site', () => {
    const r = analyze(
      mail({
        from: 'Shop News <news@shop.example>',
        auth: dmarcPass('shop.example'),
        html: a('https://u1234567.ct.sendgrid.net/ls/click?upn=abc', 'www.shop.example'),
      }),
    );
    expect(find(r, 'links.text-mismatch')).to.equal(undefined);
  });

  it('does not excuse an ESP tracker that shows a brand’s address', () => {
    const r = analyze(
      mail({
        from: 'Shop News <news@shop.example>',
        auth: dmarcPass('shop.example'),
        html: a('https://u1234567.ct.sendgrid.net/ls/click?upn=abc', 'www.amazon.co.jp'),
      }),
    );
    expect(find(r, 'links.text-mismatch')).to.include({ status: 'fail' });
  });
});

describe('links.recipient-in-url', () => {
  const from = 'Info <info@notice-mail.example>';

  it('warns when the reader’s address rides in a link in plain text', () => {
    const r = analyze(mail({ from, html: a('https://login.mailbox-verify.example/?uid=info@example.co.jp') }));
    const f = find(r, 'links.recipient-in-url');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.params).to.include({ address: 'info@example.co.jp', host: 'login.mailbox-verify.example' });
    expect(f!.evidence[0]!.highlight).to.equal('info@example.co.jp');
  });

  it("says nothing of a brand's own site carrying it (a Google Calendar answer link), but warns on a Form or a bucket there", () => {
    const calendar =
      'https://calendar.google.com/calendar/event?action=RESPOND&eid=N2M4&rst=1&email=info@example.co.jp';
    expect(find(analyze(mail({ from, html: a(calendar) })), 'links.recipient-in-url')).to.equal(undefined);
    for (const url of [
      'https://docs.google.com/forms/d/e/1FAIpQLSd/viewform?entry.1=info@example.co.jp',
      'https://storage.cloud.google.com/mail-upgrade-7f3/index.html#info@example.co.jp',
    ])
      expect(find(analyze(mail({ from, html: a(url) })), 'links.recipient-in-url'), url).to.include({ status: 'warn' });
  });

  it('finds it percent-encoded (%40)', () => {
    const r = analyze(mail({ from, html: a('https://login.mailbox-verify.example/?email=info%40example.co.jp') }));
    expect(find(r, 'links.recipient-in-url')).to.include({ status: 'warn' });
  });

  it('finds it base64-encoded, whatever bytes precede it', () => {
    // base64("info@example.co.jp") and base64("email=info@example.co.jp"): two alignments of the same address.
    for (const blob of ['aW5mb0BleGFtcGxlLmNvLmpw', 'ZW1haWw9aW5mb0BleGFtcGxlLmNvLmpw']) {
      const r = analyze(mail({ from, html: a(`https://login.mailbox-verify.example/#${blob}`) }));
      expect(find(r, 'links.recipient-in-url'), blob).to.include({ status: 'warn' });
    }
  });

  it('finds it in URL-safe base64 (`-` for `+`), unpadded, in a path segment', () => {
    // base64("u=~user@example.co.jp") = "dT1+dXNlckBleGFtcGxlLmNvLmpw"; URL-safe: "dT1-dXNlckBleGFtcGxlLmNvLmpw".
    const r = analyze(
      mail({
        from,
        to: '~user@example.co.jp',
        html: a('https://login.mailbox-verify.example/s/dT1-dXNlckBleGFtcGxlLmNvLmpw'),
      }),
    );
    expect(find(r, 'links.recipient-in-url')).to.include({ status: 'warn' });
  });

  it('finds the host-given reader address too, not only To/Cc', () => {
    const input = mail({
      from,
      to: 'undisclosed-recipients:;',
      html: a('https://login.mailbox-verify.example/?uid=keiri@example.co.jp'),
    });
    expect(find(analyze(input), 'links.recipient-in-url')).to.equal(undefined);
    expect(find(analyze({ ...input, recipients: ['keiri@example.co.jp'] }), 'links.recipient-in-url')).to.include({
      status: 'warn',
    });
  });

  it('skips unsubscribe and preference links, which carry the address legitimately', () => {
    for (const [href, text] of [
      ['https://news.shop.example/unsubscribe?email=info@example.co.jp', 'Unsubscribe'],
      ['https://news.shop.example/u?e=info%40example.co.jp', '配信停止はこちら'],
      ['https://news.shop.example/preferences?e=aW5mb0BleGFtcGxlLmNvLmpw', 'メール設定'],
    ]) {
      const r = analyze(mail({ from: 'Shop <news@shop.example>', html: a(href!, text) }));
      expect(find(r, 'links.recipient-in-url'), href).to.equal(undefined);
    }
  });

  it("skips a newsletter's links to manage its subscriptions, which carry the subscriber (issue #16)", () => {
    // Synthetic, after 2002 newsletters' footers: the subscriber's address rides in the subscription pages' links.
    for (const [href, text] of [
      ['http://nl.news.example/servlet/url_login?email=info@example.co.jp&brand=news', 'Manage My Subscriptions'],
      ['http://nl.news.example/acct/newsletters.jsp?email=info@example.co.jp', 'Sign up for more free newsletters'],
    ]) {
      const r = analyze(mail({ from: 'News Daily <dispatch@news.example>', html: a(href!, text) }));
      expect(find(r, 'links.recipient-in-url'), text).to.equal(undefined);
    }
  });

  it('still warns when the address rides in a subscription renewal or an account-settings link', () => {
    // The phishing twin: "renew your subscription" and "account settings" lures pre-fill the login page the same way.
    for (const text of ['Renew your subscription', 'Email Account Settings', 'Update your subscription payment']) {
      const r = analyze(
        mail({ from, html: a('https://login.mailbox-verify.example/?email=info@example.co.jp', text) }),
      );
      expect(find(r, 'links.recipient-in-url'), text).to.include({ status: 'warn' });
    }
  });

  it('says nothing when no link carries the address', () => {
    const r = analyze(mail({ from, html: a('https://login.mailbox-verify.example/?uid=12345') }));
    expect(find(r, 'links.recipient-in-url')).to.equal(undefined);
  });
});

describe('links.obfuscated-host', () => {
  const from = 'Yamada Taro <yamada@partner.co.jp>';
  const check = (href: string): Finding | undefined =>
    find(analyze(mail({ from, html: a(href) })), 'links.obfuscated-host');

  it('fails `http://paypal.com@evil.example/`: the part before @ is a user name, the host is evil.example', () => {
    const f = check('http://paypal.com@evil.example/login');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.key).to.equal('links.obfuscated-host.userinfo');
    expect(f!.message.params).to.include({ userinfo: 'paypal.com', host: 'evil.example' });
  });

  it('fails a host spelt in Cyrillic look-alike letters (`аррӏе.com`), naming its real punycode', () => {
    const f = check('https://аррӏе.com/id');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.key).to.equal('links.obfuscated-host.confusable');
    expect(String(f!.message.params.ascii)).to.match(/^xn--/);
  });

  it('fails a host mixing Latin and Cyrillic letters in one label (`pаypal.com` with a Cyrillic а)', () => {
    expect(check('https://p\u0430ypal.com/')).to.include({ status: 'fail' });
  });

  it('says nothing of a genuine Japanese domain (`日本語.jp`, punycode or not)', () => {
    expect(check('https://日本語.jp/')).to.equal(undefined);
    expect(check('https://xn--wgv71a119e.jp/')).to.equal(undefined);
  });

  it('warns on a bare IP host, including the decimal form a browser still opens', () => {
    const f = check('http://3232235777/admin');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('links.obfuscated-host.ip');
    expect(f!.message.params).to.include({ host: '192.168.1.1' });
    expect(check('http://52.140.217.90/login')).to.include({ status: 'warn' });
  });

  it('warns on a public URL shortener (bit.ly)', () => {
    const f = check('https://bit.ly/3xYzAbC');
    expect(f).to.include({ status: 'warn' });
    expect(f!.message.key).to.equal('links.obfuscated-host.shortener');
  });

  it('fails a `javascript:` link', () => {
    const f = check('javascript:location.href=%27https://evil.example/%27');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.key).to.equal('links.obfuscated-host.script-url');
  });

  it('gives each kind of disguise its own sentence and links, the failing kinds first', () => {
    const r = analyze(mail({ from, html: a('https://bit.ly/3xYzAbC') + a('http://paypal.com@evil.example/') }));
    const all = r.findings.filter((f) => f.id === 'links.obfuscated-host');
    expect(all.map((f) => [f.status, f.message.key, f.evidence.map((e) => e.url)])).to.deep.equal([
      ['fail', 'links.obfuscated-host.userinfo', ['http://paypal.com@evil.example/']],
      ['warn', 'links.obfuscated-host.shortener', ['https://bit.ly/3xYzAbC']],
    ]);
    expect(find(r, 'links.obfuscated-host')).to.equal(all[0]); // the story names the worst
  });

  it('says nothing of ordinary links', () => {
    expect(check('https://www.partner.co.jp/news/')).to.equal(undefined);
  });
});

describe('links.truncated', () => {
  it('says how many links were checked when the body holds more than the parser examines', function () {
    this.timeout(60_000);
    const many = Array.from({ length: 5200 }, (_, i) => `<a href="https://cdn${i}.partner.co.jp/p/${i}">${i}</a>`).join(
      ' ',
    );
    const r = analyze(mail({ from: 'Yamada Taro <yamada@partner.co.jp>', html: many }));
    const f = find(r, 'links.truncated');
    expect(f).to.include({ status: 'info', section: 'links' });
    expect(f!.message.params).to.deep.equal({ checked: 5000, total: 5200 });
    expect(say(f)).to.equal('Only the first 5000 of 5200 links were checked.');
  });

  it('reports a limit the host imposed the same way', () => {
    const input = {
      ...mail({ from: 'Yamada Taro <yamada@partner.co.jp>', html: a('https://www.partner.co.jp/') }),
      limits: ['links-truncated:200:350'],
    };
    expect(find(analyze(input), 'links.truncated')!.message.params).to.deep.equal({ checked: 200, total: 350 });
  });

  it('is absent when every link was checked', () => {
    expect(
      find(
        analyze(mail({ from: 'Yamada Taro <yamada@partner.co.jp>', html: a('https://www.partner.co.jp/') })),
        'links.truncated',
      ),
    ).to.equal(undefined);
  });
});

// Issue #16: Mimecast's current link protection keeps the target on its server and only declares its domain
// (`url.<region>.m.mimecastprotect.com/s/<token>?domain=<target>`); a genuine reply carrying such links was told its
// links planted a brand and lied about their target, and came out likely-phishing.
describe('link-protection wrappers that only declare their target', () => {
  const mimecast = (token: string, domain: string): string =>
    `https://url.uk.m.mimecastprotect.com/s/${token}?domain=${domain}`;

  it('takes a genuine reply’s Mimecast links for the domains they declare: no planted brand, no lying text', async () => {
    const r = analyze(await parseMessage(fixture('links-mimecast-reply.synthetic.eml')));
    expect(find(r, 'links.brand-in-path')).to.equal(undefined);
    expect(find(r, 'links.text-mismatch')).to.equal(undefined);
    // The declared domains are judged as the targets: amazon.co.uk is a third party, the partner's portal is its own.
    expect(find(r, 'links.host-mismatch')?.message.params).to.deep.include({ hosts: ['amazon.co.uk'] });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails a wrapped link whose text shows a brand’s address but whose declared target is another host', () => {
    const r = analyze(
      mail({
        from: 'Info <info@notice-mail.example>',
        html: a(mimecast('AbCdEfGh12', 'amazon-co-jp.account-verify.top'), 'https://www.amazon.co.jp/ap/signin'),
      }),
    );
    const f = find(r, 'links.text-mismatch');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ shown: 'amazon.co.jp' });
  });

  it('still fails a brand planted in another parameter of a wrapped link, or behind a look-alike wrapper host', () => {
    const planted = analyze(
      mail({
        from: 'Info <info@notice-mail.example>',
        html: a(mimecast('AbCdEfGh12', 'signin-verify.top') + '&next=amazon.co.jp'),
      }),
    );
    expect(find(planted, 'links.brand-in-path')).to.include({ status: 'fail' });
    const lookalike = analyze(
      mail({
        from: 'Info <info@notice-mail.example>',
        html: a('https://url.uk.m.mimecastprotect.com.signin-verify.top/s/AbCd?domain=amazon.co.jp'),
      }),
    );
    expect(find(lookalike, 'links.brand-in-path')).to.include({ status: 'fail' });
  });

  it('judges a claimed brand’s wrapped link by the domain it declares: a foreign declared target fails', () => {
    const r = analyze(
      mail({
        from: '"Amazon.co.jp" <account@notice-mail.example>',
        html: a(mimecast('AbCdEfGh12', 'signin-verify.top')),
      }),
    );
    expect(find(r, 'links.host-mismatch')).to.include({ status: 'fail' });
    expect(find(r, 'links.host-mismatch')!.message.params).to.deep.include({ hosts: ['signin-verify.top'] });
  });
});

describe('link-protection wrappers that carry their target', () => {
  // Synthetic, in each vendor's documented shape (sources in src/core/parse/unwrap.ts); the targets are a phishing host.
  const target = 'https://amazon-co-jp.account-verify.top/signin';
  const wrapped: Record<string, string> = {
    barracuda: `https://linkprotect.cudasvc.com/url?a=${encodeURIComponent(target)}&c=E,1,AbCdEf,,&typo=1`,
    trendmicro: `https://ddec1-0-en-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=${encodeURIComponent(target)}&umid=1&auth=2`,
    cisco: `https://secure-web.cisco.com/1VqOjcxMgKL3XZfH1RVFk4flLL/${encodeURIComponent(target)}`,
    sophos: `https://eu-west-1.protection.sophos.com?d=account-verify.top&u=${btoa(target)}&i=1&t=2&h=3`,
  };
  for (const [kind, href] of Object.entries(wrapped)) {
    it(`opens ${kind}’s wrapper and fails the brand-showing text that leads elsewhere`, () => {
      const r = analyze(
        mail({ from: 'Info <info@notice-mail.example>', html: a(href, 'https://www.amazon.co.jp/ap/signin') }),
      );
      expect(find(r, 'links.text-mismatch')).to.include({ status: 'fail' });
      expect(find(r, 'links.text-mismatch')!.message.params).to.include({ host: 'amazon-co-jp.account-verify.top' });
    });
  }
});

describe('links.fake-attachment', () => {
  const from = 'Greg Hollis <sales@pinecrest-machining.example>';
  const auth = dmarcPass('pinecrest-machining.example');

  it('warns on a link dressed as an attached file that opens another organisation’s page, through a redirect too', () => {
    // Bing's click redirect, its target in base64 after `a1` (unwrapped as the reader's browser would go).
    const target = Buffer.from('https://rfq-files.pinecrest-transfer.example/rfq/').toString('base64url');
    for (const href of [
      'https://rfq-files.pinecrest-transfer.example/rfq/',
      `https://www.bing.com/ck/a?!&&p=7a1c&ptn=3&u=a1${target}&ntb=1`,
    ]) {
      const r = analyze(mail({ from, auth, html: a(href, 'RFQ_PM-2026-1187.xlsx (84 KB)') }));
      const f = find(r, 'links.fake-attachment');
      expect(f, href).to.include({ status: 'warn' });
      expect(f!.message.params).to.deep.equal({
        file: 'RFQ_PM-2026-1187.xlsx',
        host: 'rfq-files.pinecrest-transfer.example',
      });
      expect(say(f)).to.include('RFQ_PM-2026-1187.xlsx');
    }
  });

  it('says nothing of a real share (SharePoint), the sender’s own file, a sentence or a web address as the text', () => {
    for (const [href, text] of [
      ['https://pinecrest-my.sharepoint.com/:x:/g/personal/greg/EbT4x', 'RFQ_PM-2026-1187.xlsx'],
      ['https://www.pinecrest-machining.example/files/catalogue-2026.pdf', 'catalogue-2026.pdf'],
      ['https://rfq-files.pinecrest-transfer.example/rfq/', 'Please see the attached RFQ and send us your price.'],
      ['https://rfq-files.pinecrest-transfer.example/rfq/', 'https://rfq-files.pinecrest-transfer.example/rfq.pdf'],
    ] as const)
      expect(find(analyze(mail({ from, auth, html: a(href, text) })), 'links.fake-attachment'), text).to.equal(
        undefined,
      );
  });
});

describe('links.brand-in-path: a SharePoint share link copied onto another host', () => {
  const from = 'Amy Henley <ahenley@millwork.example>';

  it('fails a OneDrive sharing path (/:b:/g/personal/…) on a host that is not Microsoft’s', () => {
    const r = analyze(
      mail({ from, html: a('https://millwork-my.docs-secureview.example/:b:/g/personal/ahenley/EbT4x', 'Open') }),
    );
    const f = find(r, 'links.brand-in-path');
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.deep.include({ brand: 'Microsoft', planted: '/:b:/g' });
  });

  it('says nothing of the same share on SharePoint itself, or of an ordinary path', () => {
    for (const url of [
      'https://millwork-my.sharepoint.com/:b:/g/personal/ahenley/EbT4x',
      'https://docs-secureview.example/b/g/personal/ahenley',
    ])
      expect(find(analyze(mail({ from, html: a(url, 'Open') })), 'links.brand-in-path'), url).to.equal(undefined);
  });
});

describe('an authenticated brand’s own links under another name: its ESP’s click tracker, its national site', () => {
  const tracked = a(
    'https://u2281034.ct.sendgrid.net/ls/click?upn=u001.Kp1qz3hZ9Ut-2BvmGSe4ZrDy0yM-3D',
    'help.amazon.co.jp',
  );

  it('leaves alone the brand’s own domain shown by the brand itself, authenticated, through its ESP’s tracker', () => {
    const r = analyze(
      mail({ from: 'Amazon.co.jp <no-reply@amazon.co.jp>', auth: dmarcPass('amazon.co.jp'), html: tracked }),
    );
    expect(find(r, 'links.text-mismatch')).to.equal(undefined);
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails the same tracker link when the brand’s mail is not authenticated, or shows another brand', () => {
    const spoofed = analyze(mail({ from: 'Amazon.co.jp <no-reply@amazon.co.jp>', html: tracked }));
    expect(find(spoofed, 'links.text-mismatch')?.status).to.equal('fail');
    const other = analyze(
      mail({
        from: 'Shop <news@shop.example>',
        auth: dmarcPass('shop.example'),
        html: a('https://u2281034.ct.sendgrid.net/ls/click?upn=u001.Kp1q', 'www.amazon.co.jp'),
      }),
    );
    expect(find(other, 'links.text-mismatch')?.status).to.equal('fail');
  });

  it('takes the authenticated brand’s same name under another country’s suffix for its own site', () => {
    const r = analyze(
      mail({
        from: 'Mercado Pago <info@mercadopago.com>',
        auth: dmarcPass('mercadopago.com'),
        html: a('https://www.mercadopago.com.ar/activities/detail/123', 'Ver detalle'),
      }),
    );
    expect(find(r, 'links.brand-in-path')).to.equal(undefined);
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
  });

  it('reads the name under two-level suffixes on both sides (paypal.co.uk’s own paypal.co.za), not their `co`', () => {
    const from = 'PayPal <service@paypal.co.uk>';
    const auth = dmarcPass('paypal.co.uk');
    const own = analyze(mail({ from, auth, html: a('https://www.paypal.co.za/myaccount/summary', 'View') }));
    expect(find(own, 'links.host-mismatch')).to.equal(undefined);
    expect(find(own, 'links.brand-in-path')).to.equal(undefined);
    const other = analyze(mail({ from, auth, html: a('https://www.payments-help.co.za/myaccount', 'View') }));
    expect(find(other, 'links.host-mismatch')).to.not.equal(undefined);
  });

  it('still fails that name under another suffix from a sender that is not the brand’s own domain', () => {
    const r = analyze(
      mail({
        from: 'Mercado Pago <avisos@mercadopago-avisos.example>',
        auth: dmarcPass('mercadopago-avisos.example'),
        html: a('https://www.mercadopago.com.ar/activities/detail/123', 'Ver detalle'),
      }),
    );
    expect(find(r, 'links.brand-in-path')?.status).to.equal('fail');
    const spoofed = analyze(
      mail({
        from: 'Mercado Pago <info@mercadopago.com>',
        html: a('https://www.mercadopago.com.ar/activities/detail/123', 'Ver detalle'),
      }),
    );
    expect(find(spoofed, 'links.brand-in-path')?.status).to.equal('fail');
  });
});
