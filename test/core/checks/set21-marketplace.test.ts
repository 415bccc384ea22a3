/**
 * The marketplace seller scam's other wordings (issue #16, set21's Carousell family): the buyer "has paid" in ro cs hu
 * uk ru, the payout behind a card form ("aby otrzymać pieniądze podaj dane karty", "щоб отримати кошти введіть дані
 * картки", en es pt de fr ro). Not the buyer's courier said to collect the item: the marketplace's own "the buyer has
 * paid, the courier collects tomorrow" would be two families (the twin below). Twins: that notice and a carrier's
 * pickup booking stay clean. Every message here is synthetic, written inline.
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

/** The same message, its sender's domain not authenticated (no DKIM, SPF softfail, no DMARC). */
function unauthenticated(from: string, domain: string, to: string, subject: string, text: string): MessageInput {
  const m = mail(from, domain, to, subject, text);
  return {
    ...m,
    headers: m.headers.replace(
      /Authentication-Results: [^]*?header\.from=[^\r]*\r\n/,
      `Authentication-Results: mx.reader.example; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=none header.from=${domain}\r\n`,
    ),
  };
}

const find = (r: Report, id: string) => r.findings.find((f) => f.id === id);

describe('set21: the marketplace payout behind a card form, in the languages of the OLX and Vinted kits', () => {
  for (const [subject, text] of [
    [
      'Kupujący opłacił Twój przedmiot',
      'Kupujący opłacił zakup wraz z dostawą. Kurier odbierze przesyłkę jutro.\n' +
        'Aby otrzymać pieniądze, podaj dane karty: https://olx-wyplata.pages.dev/oferta/5512\n',
    ],
    [
      'Покупець оплатив ваш товар',
      'Покупець оплатив товар разом з доставкою. Щоб отримати кошти введіть дані картки:\n' +
        'https://olx-vyplata.pages.dev/5512\n',
    ],
    [
      'Your item has been paid for',
      'Good news: the buyer has paid. The courier will collect the item from you tomorrow. To receive the payment, ' +
        'enter your card details: https://safe-delivery.pages.dev/5512\n',
    ],
  ] as const) {
    it(`${subject}: from an unauthenticated look-alike, the page on a rented host: likely phishing`, () => {
      const r = analyze(
        unauthenticated('Marketplace <noreply@market-safe.com>', 'market-safe.com', 'ola@wp.pl', subject, text),
      );
      expect(find(r, 'content.lure')?.status).to.equal('warn');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  it("the marketplace's own 'the buyer has paid, the courier collects tomorrow' notice stays clean", () => {
    const r = analyze(
      mail(
        'Marketplace <powiadomienia@market.example>',
        'market.example',
        'ola@wp.pl',
        'Kupujący opłacił Twój przedmiot',
        'Kupujący opłacił zakup wraz z dostawą. Kurier odbierze przesyłkę jutro między 9 a 17. Pieniądze ' +
          'przekażemy na konto podane w ustawieniach. Szczegóły: https://www.market.example/moje-transakcje\n',
      ),
    );
    expect(find(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("a carrier's pickup booking ('the courier will collect the parcel from your address') stays clean", () => {
    const r = analyze(
      mail(
        'Parcel Pickups <pickups@carrier.example>',
        'carrier.example',
        'ola@wp.pl',
        'Your pickup is booked',
        'Your collection is booked for Tuesday. The courier will collect the parcel from your address between 9:00 ' +
          'and 17:00. Manage it at https://www.carrier.example/pickups\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});
