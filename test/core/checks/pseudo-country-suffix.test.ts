/**
 * Issue #16: pseudo-country second levels (`de.com`, `us.com`, `uk.com`, `jpn.com`, `com.de` — CentralNic's and their
 * like, in the Public Suffix List's private section) were read as one organisation's domain: a sender at
 * `sparkasse-pushtan-verifizierung.de.com` belonged to `de.com`, so no look-alike check read its label. Now a name under
 * one is its holder's own (parse/domains.ts PSEUDO_SUFFIXES), and the look-alike checks read its label as they read any
 * other's (pseudoLabel): the sender's look-alike fails, and a link to `paypal-login.us.com` keeps failing
 * links.brand-in-path (or links.lookalike-host when the mail names PayPal) as it did when `us.com` was the domain.
 * Twins: a company that holds its name under `us.com` or `jpn.com`, authenticated and linking to its own hosts, stays
 * clean; two holders under the same pseudo suffix are two organisations. Synthetic messages.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { registrableDomain } from '../../../src/core/parse/domains';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** A message as delivered: the receiving server's Received and Authentication-Results, a plain text body. */
function mail(from: string, subject: string, body: string, authenticated = true): string {
  const domain = /@([^>]+)>/.exec(from)![1]!;
  return [
    `Received: from mail.${domain} (mail.${domain} [198.51.100.0]) by mx.halvorsen-eng.com with ESMTPS id 4Q2kLm;`,
    ' Tue, 2 Dec 2025 10:12:04 +0000',
    authenticated
      ? `Authentication-Results: mx.halvorsen-eng.com; dkim=pass header.d=${domain}; spf=pass smtp.mailfrom=${domain}; dmarc=pass header.from=${domain}`
      : `Authentication-Results: mx.halvorsen-eng.com; dkim=none; spf=none smtp.mailfrom=${domain}; dmarc=none header.from=${domain}`,
    `Message-ID: <a1b2c3@mail.${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Ella Marsh <ella.marsh@halvorsen-eng.com>',
    `Subject: =?UTF-8?B?${b64(subject)}?=`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(body),
  ].join('\r\n');
}

const report = async (raw: string) => analyze(await parseMessage(raw));
type R = Awaited<ReturnType<typeof report>>;
const status = (r: R, id: string) => r.findings.find((f) => f.id === id)?.status;

describe('a name under a pseudo-country suffix is its holder’s own', () => {
  it('reads the registrable domain under de.com, us.com, uk.net, jpn.com and com.de', () => {
    expect(registrableDomain('sparkasse-pushtan-verifizierung.de.com')).to.equal(
      'sparkasse-pushtan-verifizierung.de.com',
    );
    expect(registrableDomain('secure.paypal-login.us.com')).to.equal('paypal-login.us.com');
    expect(registrableDomain('www.royalmail-redelivery.uk.net')).to.equal('royalmail-redelivery.uk.net');
    expect(registrableDomain('mail.kyoto-trading.jpn.com')).to.equal('kyoto-trading.jpn.com');
    expect(registrableDomain('login.sparkasse.com.de')).to.equal('sparkasse.com.de');
  });

  it('reads the bare suffix as itself, and ordinary .com and .co.uk names as before', () => {
    expect(registrableDomain('de.com')).to.equal('de.com');
    expect(registrableDomain('www.de.com')).to.equal('www.de.com');
    expect(registrableDomain('mail.hp.com')).to.equal('hp.com');
    expect(registrableDomain('news.bbc.co.uk')).to.equal('bbc.co.uk');
  });
});

describe('the look-alike checks read the label under a pseudo-country suffix', () => {
  it('fails the Sparkasse pushTAN kit from sparkasse-pushtan-verifizierung.de.com as a look-alike sender', async () => {
    const r = await report(
      mail(
        'Sparkasse <info@sparkasse-pushtan-verifizierung.de.com>',
        'pushTAN-Verfahren: Bestätigung erforderlich',
        'Sehr geehrter Kunde,\n\nIhr pushTAN-Verfahren muss bis morgen neu bestätigt werden, sonst wird Ihr Online-Banking gesperrt:\nhttps://sparkasse-pushtan-verifizierung.de.com/login\n\nIhre Sparkasse',
      ),
    );
    expect(status(r, 'sender.lookalike-domain')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails an Amazon kit from amazon-verify.uk.com, authenticated for itself', async () => {
    const r = await report(
      mail(
        'Amazon <account@amazon-verify.uk.com>',
        'Your order has been cancelled',
        'Your Amazon order was cancelled. Verify your account within 24 hours: https://amazon-verify.uk.com/signin',
      ),
    );
    expect(status(r, 'sender.lookalike-domain')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('keeps links.brand-in-path on a link to paypal-login.us.com from a mailer naming nobody', async () => {
    const r = await report(
      mail(
        'Service <notice@mailer-x7.com>',
        'Account notice',
        'Your account is limited. Confirm your details: https://paypal-login.us.com/signin',
      ),
    );
    expect(status(r, 'links.brand-in-path')).to.equal('fail');
  });

  it('fails the same link as a look-alike host when the mail names PayPal', async () => {
    const r = await report(
      mail(
        'Service <notice@mailer-x7.com>',
        'Your PayPal account is limited',
        'Your PayPal account is limited. Confirm your details: https://paypal-login.us.com/signin\n\nPayPal',
      ),
    );
    expect(status(r, 'links.lookalike-host')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe('its false-alarm twins', () => {
  it('a company that holds its name under us.com, linking to its own hosts, stays clean', async () => {
    const r = await report(
      mail(
        'Acme Widgets <news@acme-widgets.us.com>',
        'Our spring catalogue',
        'Our spring catalogue is out: https://www.acme-widgets.us.com/catalogue\nOrder online: https://shop.acme-widgets.us.com/',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
    expect(r.findings.filter((f) => f.status === 'fail')).to.deep.equal([]);
  });

  it('a Japanese trading company under jpn.com sending a map of its own site stays clean', async () => {
    const r = await report(
      mail(
        '京都トレーディング <info@kyoto-trading.jpn.com>',
        '明日の打ち合わせ',
        '明日10時の打ち合わせの地図です。https://www.kyoto-trading.jpn.com/access',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a holder under us.com linking another holder there is linking another organisation, nothing more', async () => {
    const r = await report(
      mail('Acme <news@acme.us.com>', 'A deal', 'Our partner has a deal this week: https://other-shop.us.com/deal'),
    );
    expect(status(r, 'links.host-mismatch')).to.equal('warn');
    expect(r.verdict).to.equal('no-red-flags');
  });
});
