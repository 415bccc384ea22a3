/**
 * The marketplace seller scam's other wordings (issue #16, set21's Carousell family): the buyer "has paid" in ro cs hu
 * uk ru, the payout behind a card form ("aby otrzymać pieniądze podaj dane karty", "щоб отримати кошти введіть дані
 * картки", en es pt de fr ro). Not the buyer's courier said to collect the item: the marketplace's own "the buyer has
 * paid, the courier collects tomorrow" would be two families (the twin below). Twins: that notice and a carrier's
 * pickup booking stay clean. Every message here is synthetic, written inline.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { mail, unauthenticated, find } from './family-mail';

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
