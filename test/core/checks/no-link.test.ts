/**
 * Attacks with no link to judge (src/core/checks/no-link.ts): callback phishing (content.callback), CEO fraud from
 * a free mailbox (sender.role-free-mail), task scams (content.job-messenger) and invoice redirection
 * (content.bank-change), through analyze() on whole messages, and the phone-number reader on its own.
 * Fixtures test/fixtures/nolink-*.synthetic.eml are synthetic (issue #16, family 11): the reader is yamada@example.co.jp.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { findPhone, forgetMoneyRouteWording, loadMoneyRouteWording } from '../../../src/core/checks/no-link';
import { translate } from '../../../src/i18n';
import { mountPane } from '../../../src/ui/pane';
import { startSession } from '../../../src/ui/session';
import { fixture, fixtureText } from '../../helpers';
import { expectLinearTime } from '../../linear-time';

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

async function reportOf(raw: string): Promise<Report> {
  return analyze(await parseMessage(raw));
}

const ids = (r: Report, id: string) => r.findings.filter((f) => f.id === id);

describe('callback phishing (content.callback)', () => {
  it('fails a renewal "already charged" from gmail whose only way out is a phone number, and names the number', async () => {
    const r = await report('nolink-callback-renewal-gmail.synthetic.eml');
    const [f] = ids(r, 'content.callback');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.equal({ phone: '+1 (808) 555-0199' });
    expect(f!.evidence.map((e) => e.highlight)).to.include('+1 (808) 555-0199');
    expect(r.verdict).to.equal('likely-phishing');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('+1 (808) 555-0199');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('+1 (808) 555-0199');
  });

  it('reads the same script in Japanese (a toll-free 0120 number) and in Portuguese (a Brazilian number)', async () => {
    const cases = [
      ['nolink-callback-ja-freemail.synthetic.eml', '0120-123-456'],
      ['nolink-callback-pt-freemail.synthetic.eml', '(11) 91234-5678'],
    ] as const;
    for (const [name, phone] of cases) {
      const r = await report(name);
      expect(
        ids(r, 'content.callback').map((f) => [f.status, f.message.params]),
        name,
      ).to.deep.equal([['fail', { phone }]]);
      expect(r.verdict, name).to.equal('likely-phishing');
    }
  });

  it('reads the script in Hungarian: a renewal charged, "if you did not order it, call us"', async () => {
    const raw = fixtureText('nolink-callback-renewal-gmail.synthetic.eml');
    const body = /Dear Customer,[^]*?for a full refund\./;
    const hu =
      'Tisztelt Ügyfelünk!\n\nElőfizetése automatikusan megújult. A bankkártyáján 139 990 Ft terhelés jelenik meg.\n\n' +
      'Ha nem Ön kezdeményezte, és vissza szeretné kapni az összeget, hívja ügyfélszolgálatunkat: +36 1 999 4872';
    const r = await reportOf(raw.replace(body, hu));
    expect(ids(r, 'content.callback').map((f) => [f.status, f.message.params])).to.deep.equal([
      ['fail', { phone: '+36 1 999 4872' }],
    ]);
    // Twin: the vendor's own renewal notice, from its domain, linking to its account page, with its help line.
    const genuine = raw
      .replace(body, hu + '\n\nFiókja: https://www.vendor-hu.example/fiok')
      .replaceAll('gmail.com', 'vendor-hu.example')
      .replace(/^From: .*$/m, 'From: "Vendor HU" <szamlazas@vendor-hu.example>')
      .replace(/^Subject: .*$/m, 'Subject: =?utf-8?q?El=C5=91fizet=C3=A9s?=');
    expect(ids(await reportOf(genuine), 'content.callback')).to.be.empty;
  });

  it('says nothing about a genuine order confirmation with a support number that links to the shop', async () => {
    const r = await report('nolink-genuine-amazon-order.synthetic.eml');
    expect(ids(r, 'content.callback')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("says nothing about a supplier's invoice from its own domain with a phone number and a link to its site", async () => {
    const r = await report('nolink-genuine-supplier-invoice.synthetic.eml');
    expect(ids(r, 'content.callback')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("only warns when the same invoice comes from the supplier's own domain but without any link", async () => {
    const raw = fixtureText('nolink-genuine-supplier-invoice.synthetic.eml');
    const r = await reportOf(raw.replace(/\s+or see <a href="[^"]*">your invoices<\/a>/, ''));
    expect(ids(r, 'content.callback').map((f) => f.status)).to.deep.equal(['warn']);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails the same script told as a withdrawal "you requested", with the number spaced out digit by digit', async () => {
    const raw = fixtureText('nolink-callback-renewal-gmail.synthetic.eml')
      .replace(
        /Your subscription has been renewed[^\n]*\n/,
        'A withdrawal of 0.48 BTC has been requested from your account.\n',
      )
      .replace(
        /If you did not authorize this charge or wish to cancel, call our billing desk at \+1 \(808\) 555-0199/,
        'If you did not make this request, call Support at + 1 - 8 0 8 . 5 5 5 . 0 1 9 9',
      );
    const r = await reportOf(raw);
    expect(ids(r, 'content.callback').map((f) => [f.status, f.message.params])).to.deep.equal([
      ['fail', { phone: '+ 1 - 8 0 8 . 5 5 5 . 0 1 9 9' }],
    ]);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails an order "you did not place" under a brand’s name from a look-alike, the brand named only as text', async () => {
    const raw = fixtureText('nolink-callback-renewal-gmail.synthetic.eml')
      .replace(
        '"Geek Squad Billing" <geeksquad.billing.dept@gmail.com>',
        '"Amazon.com" <order-update@orderdesk-alerts.example>',
      )
      .replace(/Your subscription has been renewed[^\n]*\n/, 'Order Total: $1,499.00\n')
      .replace(
        /If you did not authorize this charge or wish to cancel, call our billing desk at/,
        "Didn't place this order? Call Amazon.com Order Support at",
      );
    const r = await reportOf(raw);
    expect(ids(r, 'content.callback').map((f) => f.status)).to.deep.equal(['fail']);
    // The sender linking to its own site under another's name answers for nothing either.
    const linked = raw.replace('Thank you,', 'Track it at https://www.orderdesk-alerts.example/track\nThank you,');
    expect(ids(await reportOf(linked), 'content.callback').map((f) => f.status)).to.deep.equal(['fail']);
  });

  it('fails a phone-only renewal from an unrelated domain that names a brand the domain is not', async () => {
    const raw = fixtureText('nolink-callback-renewal-gmail.synthetic.eml')
      .replace(/geeksquad\.billing\.dept@gmail\.com/, 'no-reply@dynamic-health.example')
      .replace(/"Geek Squad Billing"/, '"Billing"')
      .replace(/Subject: Your Geek Squad renewal/, 'Subject: Your renewal');
    const r = await reportOf(raw);
    expect(ids(r, 'content.callback').map((f) => f.status)).to.deep.equal(['fail']);
  });

  it("fails the script in the seller's note of a real PayPal invoice: the platform answers for its mail, not the note", async () => {
    const r = await report('nolink-callback-paypal-invoice-note.synthetic.eml');
    const [f] = ids(r, 'content.callback');
    expect(f?.status).to.equal('fail');
    expect(f?.message.key).to.equal('content.callback.relayed');
    expect(f?.message.params).to.deep.equal({ phone: '+1 (888) 207-5931' });
    expect(f!.evidence[0]?.highlight).to.equal('sent you an invoice');
    expect(r.verdict).to.equal('likely-phishing');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('+1 (888) 207-5931');
  });

  it('reads the platform’s national domain linking to its main site as the platform: the note’s script fails', async () => {
    // PayPal UK's invoice mail, authenticated as paypal.co.uk, opening the invoice on paypal.com.
    const uk = fixtureText('nolink-callback-paypal-invoice-note.synthetic.eml')
      .replace(/header\.from=paypal\.com/, 'header.from=paypal.co.uk')
      .replace('"service@paypal.com" <service@paypal.com>', '"service@paypal.co.uk" <service@paypal.co.uk>');
    const r = await reportOf(uk);
    expect(ids(r, 'content.callback').map((f) => f.message.key)).to.deep.equal(['content.callback.relayed']);
    expect(ids(r, 'links.host-mismatch')).to.be.empty;
    const thanks = await reportOf(
      uk.replace(
        /Your PayPal account has been charged[^]*?Do not pay this invoice\./,
        'Thank you for your order of 3 bags of coffee beans! Questions? Call us at +1 (808) 555-0199.',
      ),
    );
    expect(ids(thanks, 'content.callback')).to.be.empty;
    expect(thanks.verdict).to.equal('no-red-flags');
  });

  it("says nothing about the same platform's invoice whose note is the merchant's thanks with its own number", async () => {
    const raw = fixtureText('nolink-callback-paypal-invoice-note.synthetic.eml').replace(
      /Your PayPal account has been charged[^]*?Do not pay this invoice\./,
      'Thank you for your order of 3 bags of coffee beans! Questions? Call us at +1 (808) 555-0199.',
    );
    const r = await reportOf(raw);
    expect(ids(r, 'content.callback')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("says nothing about the platform's own receipt naming a charge and its help line, with no one else's note", async () => {
    const raw = fixtureText('nolink-callback-paypal-invoice-note.synthetic.eml')
      .replace('Subject: Invoice from Secure Billing Dept. (0034)', 'Subject: Receipt for your payment to Spotify')
      .replace(
        /<p>Secure Billing Dept\.[^]*?Do not pay this invoice\.<\/p>/,
        '<p>Your payment of $12.99 USD to Spotify has been processed.</p><p>If you did not authorize this payment, contact us at 1-888-221-1161.</p>',
      );
    const r = await reportOf(raw);
    expect(ids(r, 'content.callback')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails the script in the message of a real DocuSign envelope from a stranger, as in an invoice note', async () => {
    const r = await report('nolink-callback-docusign-envelope.synthetic.eml');
    const [f] = ids(r, 'content.callback');
    expect(f?.status).to.equal('fail');
    expect(f?.message.key).to.equal('content.callback.relayed');
    expect(f?.message.params).to.deep.equal({ phone: '+1 (844) 555-0137' });
    expect(f!.evidence[0]?.highlight).to.equal('sent you a document to review');
    expect(r.verdict).to.equal('likely-phishing');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('signing service');
  });

  it("reads the other platforms' relay wording: a signature requested (Dropbox Sign), a PayPal money request", async () => {
    const envelope = fixtureText('nolink-callback-docusign-envelope.synthetic.eml');
    const cases = [
      envelope.replace('sent you a document to review and sign', 'has requested your signature on Renewal.pdf'),
      fixtureText('nolink-callback-paypal-invoice-note.synthetic.eml')
        .replace('sent you an invoice', 'sent you a request for $649.00 USD')
        .replace('Seller note to customer:', 'Note from Secure Billing Dept.:'),
    ];
    for (const raw of cases) {
      const r = await reportOf(raw);
      expect(ids(r, 'content.callback').map((f) => f.message.key)).to.deep.equal(['content.callback.relayed']);
      expect(r.verdict).to.equal('likely-phishing');
    }
  });

  it("says nothing about a vendor's genuine renewal order form through DocuSign with its account manager's number", async () => {
    const r = await report('nolink-twin-docusign-renewal-order.synthetic.eml');
    expect(ids(r, 'content.callback')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('needs the charge wording: a phone number and "call us" alone are no callback lure', async () => {
    const raw = fixtureText('nolink-callback-renewal-gmail.synthetic.eml')
      .replace(/Subject: .*/, 'Subject: Meeting moved')
      .replace(/Your subscription[\s\S]*?Order date: 14\/01\/2025/, 'The meeting moved to Thursday.');
    const r = await reportOf(raw);
    expect(ids(r, 'content.callback')).to.be.empty;
  });
});

describe('phone numbers (findPhone)', () => {
  it('reads the written forms of US, UK, Japanese, Brazilian, German and French numbers', () => {
    const numbers = [
      '+1 (808) 555-0199',
      '1-888-555-0199',
      '(808) 555-0199',
      '808-555-0199',
      '+1(747)-124-1114',
      '+44 20 7946 0000',
      '020 7946 0000',
      '0800 123 4567',
      '03-1234-5678',
      '0120-123-456',
      '090-1234-5678',
      '+81 3-1234-5678',
      '(11) 91234-5678',
      '+55 11 91234-5678',
      '030/1234567',
      '+49 30 1234567',
      '01 23 45 67 89',
      '01.23.45.67.89',
      '+33 1 23 45 67 89',
    ];
    for (const n of numbers) expect(findPhone(`Call ${n} today.`)?.text, n).to.equal(n);
  });

  it('reads a number spaced out digit by digit, as callback scams write it to slip past filters', () => {
    for (const n of ['+ 1 - 8 0 8 . 5 5 5 . 0 1 6 2', '8 0 8 5 5 5 0 1 9 9', '+1 8 0 8 5 5 5 0 1 9 9'])
      expect(findPhone(`reach us at ${n} now`)?.text, n).to.equal(n);
    for (const t of ['pages 1 2 3 4 5', 'items 1 2 3 4 5 6 7 8 9 10', '+ 1 more'])
      expect(findPhone(t), t).to.equal(undefined);
  });

  it('does not take order numbers, dates, IP addresses, prices or bare digit runs for phone numbers', () => {
    const others = [
      'order 112-1234567-1234567',
      'sent 2024-01-05 12:30',
      'from 192.168.100.200',
      'total $1,234.56',
      'ref INV-0001-2345-67',
      'order 0012345678',
      'code 12345 67890',
      'id 20250114104750',
    ];
    for (const t of others) expect(findPhone(t), t).to.equal(undefined);
  });

  it('reads a hostile run of digits and separators in linear time', () => {
    const hostile = (n: number) => '1 '.repeat(2 * n) + '(('.repeat(n) + '+-'.repeat(n);
    expect(findPhone(hostile(100_000))).to.equal(undefined);
    expectLinearTime(hostile, findPhone, 100_000);
  });
});

describe('a role on a free mailbox (sender.role-free-mail)', () => {
  it('fails "CEO" on gmail asking whether the reader is available and for gift cards', async () => {
    const r = await report('nolink-ceo-giftcards-gmail.synthetic.eml');
    const [f] = ids(r, 'sender.role-free-mail');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.equal({ role: 'CEO', domain: 'gmail.com' });
    expect(f!.evidence.map((e) => e.header)).to.deep.equal(['From', 'Subject']);
    expect(r.verdict).to.equal('likely-phishing');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('CEO');
  });

  it('fails 代表取締役 on gmail asking for an urgent LINE group', async () => {
    const r = await report('nolink-ceo-ja-line-gmail.synthetic.eml');
    const [f] = ids(r, 'sender.role-free-mail');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.include({ role: '代表取締役' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('only warns about a director on gmail who asks for nothing but a talk', async () => {
    const r = await report('nolink-director-gmail-no-ask.synthetic.eml');
    expect(ids(r, 'sender.role-free-mail').map((f) => f.status)).to.deep.equal(['warn']);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('says nothing about a colleague on gmail asking whether the reader is available for lunch', async () => {
    const r = await report('nolink-colleague-lunch-gmail.synthetic.eml');
    expect(ids(r, 'sender.role-free-mail')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("says nothing about a newsletter signed by the company's CEO from its own domain", async () => {
    const r = await report('nolink-newsletter-ceo-signed.synthetic.eml');
    expect(ids(r, 'sender.role-free-mail')).to.be.empty;
    expect(ids(r, 'content.callback')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('reads a Latin title as a whole word: "Directory Services" on gmail claims no role', async () => {
    const raw = fixtureText('nolink-ceo-giftcards-gmail.synthetic.eml').replace(
      '"Robert Hale, CEO"',
      '"Directory Services"',
    );
    const r = await reportOf(raw);
    expect(ids(r, 'sender.role-free-mail')).to.be.empty;
  });
});

describe('task and job scams moved to a messenger (content.job-messenger)', () => {
  it('fails pay per task and a daily payout with a Telegram link from a free mailbox, and says why', async () => {
    const r = await report('job-task-telegram-outlook.synthetic.eml');
    const [f] = ids(r, 'content.job-messenger');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.equal({ domain: 'outlook.com' });
    expect(f!.evidence.map((e) => e.highlight ?? e.url)).to.deep.equal([
      'commission per task',
      'minutes a day',
      'https://t.me/northstar_hr_desk',
    ]);
    expect(r.verdict).to.equal('likely-phishing');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('outlook.com');
  });

  it('reads the messenger in words too ("contact our HR on WhatsApp"), and in Spanish', async () => {
    const raw = fixtureText('job-task-telegram-outlook.synthetic.eml');
    const cases = [
      raw.replace('https://t.me/northstar_hr_desk', 'please contact our HR coordinator on WhatsApp, +81 90 5555 0101'),
      raw
        .replace(/Our marketing agency[^]*?15,000 yen\./, 'Trabajo sencillo desde el móvil, con pago diario.')
        .replace('Send "JOB" to our coordinator: https://t.me/northstar_hr_desk', 'Escríbenos por WhatsApp.'),
    ];
    for (const text of cases) {
      expect(ids(await reportOf(text), 'content.job-messenger').map((f) => f.status)).to.deep.equal(['fail']);
    }
  });

  it("fails the offer from a recruiter's own domain too when the work is minutes a day or paid in USDT", async () => {
    const raw = fixtureText('job-task-telegram-outlook.synthetic.eml')
      .replaceAll('outlook.com', 'northstar-media.example')
      .replace('mail-os0jpn01olkn2010.outbound.protection.northstar-media.example', 'mail.northstar-media.example');
    const usdt = raw
      .replace(/The work takes 20 minutes a day\s+on your phone, and you/, 'You')
      .replace('daily payout of 5,000 to 15,000 yen', 'daily payout paid in USDT');
    for (const text of [raw, usdt]) {
      expect(ids(await reportOf(text), 'content.job-messenger').map((f) => f.status)).to.deep.equal(['fail']);
    }
  });

  it('only warns when an organisation that answers for its domain offers day-paid work (a staffing agency)', async () => {
    const raw = fixtureText('job-task-telegram-outlook.synthetic.eml')
      .replace(/The work takes 20 minutes a day\s+on your phone, and you/, 'You')
      .replaceAll('outlook.com', 'northstar-media.example')
      .replace('mail-os0jpn01olkn2010.outbound.protection.northstar-media.example', 'mail.northstar-media.example');
    const r = await reportOf(raw);
    expect(ids(r, 'content.job-messenger').map((f) => f.status)).to.deep.equal(['warn']);
  });

  it("says nothing about a recruiter's part-time role paid by the hour, happy to talk on WhatsApp", async () => {
    const r = await report('job-twin-recruiter-hourly.synthetic.eml');
    expect(ids(r, 'content.job-messenger')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('reads the script in Romanian, Tagalog and Persian (the messenger named in Persian letters too)', async () => {
    const raw = fixtureText('job-task-telegram-outlook.synthetic.eml');
    const body = /Our marketing agency[^]*?Send "JOB" to our coordinator: https:\/\/t\.me\/northstar_hr_desk/;
    const cases = [
      'Căutăm colaboratori pentru aprecieri la videoclipuri: 150-500 lei pe zi, plata zilnică. Scrieți-ne pe Telegram.',
      'Part-time online staff: 1-2 oras kada araw, bayad agad sa GCash. Mag-message sa aming Telegram.',
      'کار ساده با گوشی، درآمد روزانه ۲۰ تا ۶۰ دلار. برای شروع در تلگرام پیام دهید.',
    ];
    for (const text of cases) {
      const r = await reportOf(raw.replace(body, text));
      expect(ids(r, 'content.job-messenger').map((f) => f.status)).to.deep.equal(['fail'], text);
    }
  });

  it('says nothing about a Romanian guesthouse’s price per day with its owner on WhatsApp, or a monthly salary', async () => {
    const raw = fixtureText('job-task-telegram-outlook.synthetic.eml');
    const body = /Our marketing agency[^]*?Send "JOB" to our coordinator: https:\/\/t\.me\/northstar_hr_desk/;
    const cases = [
      'Camera dublă costă 250 lei pe zi, parcarea 20 lei pe zi. Pentru rezervare scrieți-ne pe WhatsApp.',
      'Post de contabil, salariu lunar 6.500 lei, program 8 ore. Detalii pe WhatsApp.',
    ];
    for (const text of cases) {
      expect(ids(await reportOf(raw.replace(body, text)), 'content.job-messenger')).to.deep.equal([], text);
    }
  });

  it('says nothing about daily pay from a free mailbox that keeps the talk in mail', async () => {
    const raw = fixtureText('job-task-telegram-outlook.synthetic.eml').replace(
      'Send "JOB" to our coordinator: https://t.me/northstar_hr_desk',
      'Reply to this mail with your CV.',
    );
    expect(ids(await reportOf(raw), 'content.job-messenger')).to.be.empty;
  });
});

describe("a payee's new bank account (content.bank-change)", () => {
  it("fails a supplier's authenticated mailbox asking, in a real thread, to pay future invoices to a new bank", async () => {
    const r = await report('bank-change-supplier-thread.synthetic.eml');
    const [f] = ids(r, 'content.bank-change');
    expect(f?.status).to.equal('fail');
    expect(f!.evidence.map((e) => e.highlight)).to.deep.equal(['changed our banking provider', 'all future payments']);
    expect(r.verdict).to.equal('suspicious');
    expect(r.story.map((s) => s.key)).to.include('story.bank-change');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('number you already have');
  });

  it("gives a supplier's genuine bank change the same advice: suspicious, never likely phishing on its own", async () => {
    // Nothing in a genuine change differs from a compromised mailbox's: the advice (call a known number) is the check.
    const raw = fixtureText('bank-change-supplier-thread.synthetic.eml')
      .replace('Harbour Commercial Bank (Hong Kong)', 'Tokai Commercial Bank, Nagoya')
      .replace(/-----Original Message-----[^]*$/, '');
    const r = await reportOf(raw);
    expect(ids(r, 'content.bank-change').map((f) => f.status)).to.deep.equal(['fail']);
    expect(r.verdict).to.equal('suspicious');
  });

  it('reads the script in German, with the account "under audit", and as changed escrow wiring', async () => {
    const raw = fixtureText('bank-change-supplier-thread.synthetic.eml');
    const cases = [
      raw.replace(
        /Please note that[^]*?to the account below:/,
        'Unsere Bankverbindung hat sich geändert. Bitte überweisen Sie künftige Zahlungen auf das folgende Konto:',
      ),
      raw.replace(
        /Please note that[^]*?to the account below:/,
        'Our usual account is currently under audit, so please remit KM-2291 to the following account instead:',
      ),
      // Escrow wire fraud: the closing funds to "our alternate trust account".
      raw.replace(
        /Please note that[^]*?to the account below:/,
        'Our escrow account is under audit, please wire the closing funds to our alternate trust account below:',
      ),
    ];
    for (const text of cases) {
      expect(ids(await reportOf(text), 'content.bank-change').map((f) => f.status)).to.deep.equal(['fail']);
    }
  });

  it('says nothing about a receipt quoting the account on file with a warning never to pay a new account', async () => {
    const r = await report('bank-change-twin-remittance-on-file.synthetic.eml');
    expect(ids(r, 'content.bank-change')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("says nothing about a title company's first wiring instructions that ask the reader to verify them by phone", async () => {
    const raw = fixtureText('bank-change-supplier-thread.synthetic.eml').replace(
      /Thank you for confirming[^]*?to the account below:/,
      'Attached are our wiring instructions for Friday. Before wiring, call our office on a number you know.',
    );
    expect(ids(await reportOf(raw), 'content.bank-change')).to.be.empty;
  });

  it('says nothing about an invoice footer listing the bank account, nor a payroll reminder', async () => {
    for (const name of [
      'bank-change-twin-invoice-footer.synthetic.eml',
      'bank-change-twin-payroll-reminder.synthetic.eml',
    ]) {
      const r = await report(name);
      expect(ids(r, 'content.bank-change'), name).to.be.empty;
      expect(r.verdict, name).to.equal('no-red-flags');
    }
  });
});

describe('the task-scam and bank-change wording, fetched by need', () => {
  afterEach(() => loadMoneyRouteWording());

  it('is asked for by a message naming a bank account or a messenger, and the finding follows once it is in', async () => {
    forgetMoneyRouteWording();
    for (const name of ['bank-change-supplier-thread.synthetic.eml', 'job-task-telegram-outlook.synthetic.eml']) {
      const before = await report(name);
      expect(before.needs, name).to.include('money-route');
      expect(
        before.findings.map((f) => f.id),
        name,
      ).not.to.include.members(['content.bank-change']);
    }
    await loadMoneyRouteWording();
    expect(ids(await report('bank-change-supplier-thread.synthetic.eml'), 'content.bank-change')).to.have.length(1);
  });

  it('is not asked for by a message naming neither', async () => {
    forgetMoneyRouteWording();
    const raw = fixtureText('job-twin-recruiter-hourly.synthetic.eml').replace(
      /Thank you for your application[^]*?5678\./,
      'The interview moved to Thursday at ten.',
    );
    expect((await reportOf(raw)).needs ?? []).not.to.include('money-route');
  });
});

describe('no-link checks in the reading session', () => {
  it('are in the first drawing: the verdict never changes when late data arrives', async () => {
    const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
    const pane = mountPane(window.document.getElementById('app')!, 'en');
    const session = startSession<string>({ pane });
    const message = await parseMessage(fixture('nolink-callback-renewal-gmail.synthetic.eml'));
    await session.check(async () => ({ input: message, notices: [] }));
    expect(session.report?.findings.map((f) => f.id)).to.include('content.callback');
    expect(window.document.body.textContent).to.include('+1 (808) 555-0199');
  });
});
