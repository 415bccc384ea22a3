/**
 * det37b: two parcel-and-shop brands the kits wear, with domains checked on public pages (brands.json `source`).
 * - Aramex (verified now: aramex.com, Aramex Australia's aramex.com.au and Aramex New Zealand's aramex.co.nz, the
 *   former Fastway networks): a look-alike kit's notice of a parcel on hold, from its own authenticated domain or from
 *   a host that wears the name as a subdomain, fails; the genuine notices from those domains with DMARC pass stay clean.
 * - Biedronka (Jerónimo Martins' Polish discount chain; its 'Moja Biedronka' loyalty card): claimed by its own phrases
 *   as a name (Sklep Biedronka, Moja Biedronka, Biedronka Polska …) — the bare word is also the Polish for a ladybird,
 *   a surname and a common kindergarten name, so a person, a kindergarten and a nature letter that say it claim
 *   nothing; Biedronka's own newsletter from biedronka.pl stays clean.
 * Synthetic messages written inline with headers as delivered.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { bad, deliveredMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

type Case = [what: string, from: string, subject: string, text: string, authenticated: boolean];

const check = (attacks: Case[], twins: Case[]) => {
  for (const [what, from, subject, text, authenticated] of attacks)
    it(`fails ${what}`, () => {
      const r = deliveredMail(from, subject, { text }, authenticated, { freeMail });
      expect(one(r, 'sender.brand-mismatch')?.status, bad(r).join(' ')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  for (const [what, from, subject, text, authenticated] of twins)
    it(`keeps ${what} clean`, () => {
      const r = deliveredMail(from, subject, { text }, authenticated, { freeMail });
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
};

describe('det37b: Aramex, its domains verified (brands.json)', () => {
  check(
    [
      [
        "a look-alike kit's customs fee from its own authenticated domain",
        'Aramex <notify@aramex-shipping.com>',
        'Your shipment AWB 48213390 is on hold',
        'Dear customer, your Aramex shipment is on hold at customs. Pay the customs fee of AED 12.50 to release it: ' +
          'https://aramex-shipping.com/pay',
        true,
      ],
      [
        'a redelivery fee from a host wearing the name as a subdomain, authenticated',
        'Aramex Express <noreply@aramex.delivery-track.info>',
        'Delivery attempt failed',
        'We could not deliver your parcel. Reschedule delivery and pay the redelivery fee: ' +
          'https://aramex.delivery-track.info/reschedule',
        true,
      ],
      [
        'the same, not authenticated',
        'Aramex Express <noreply@aramex.delivery-track.info>',
        'Delivery attempt failed',
        'We could not deliver your parcel. Reschedule delivery and pay the redelivery fee: ' +
          'https://aramex.delivery-track.info/reschedule',
        false,
      ],
    ],
    [
      [
        "Aramex Australia's own notice from aramex.com.au",
        'Aramex Australia <noreply@aramex.com.au>',
        'Your parcel is on its way',
        'Hi Jordan, your parcel 7Z1234567 from Koala Books is on its way and will be delivered tomorrow. Track it at ' +
          'https://www.aramex.com.au/tools/track?l=7Z1234567',
        true,
      ],
      [
        "Aramex New Zealand's own notice from aramex.co.nz",
        'Aramex New Zealand <noreply@aramex.co.nz>',
        'Your parcel is out for delivery',
        'Kia ora Jordan, your parcel from Kiwi Outdoors is out for delivery today. Track it at ' +
          'https://www.aramex.co.nz/tools/track?l=FP1234',
        true,
      ],
      [
        "Aramex's own delivery notice from aramex.com",
        'Aramex <no-reply@aramex.com>',
        'Shipment 48213390 delivered',
        'Your shipment 48213390 was delivered in Dubai. Details: ' +
          'https://www.aramex.com/ae/en/track/results?ShipmentNumber=48213390',
        true,
      ],
    ],
  );
});

const GIFT =
  'Gratulacje! Zostałeś wybrany do udziału w krótkiej ankiecie (4 pytania). Po jej wypełnieniu otrzymasz bon o ' +
  'wartości 500 zł. Koszt wysyłki karty podarunkowej: 8,99 zł. https://biedronka-nagrody.shop/ankieta';

describe('det37b: Biedronka, claimed by its own phrases as a name (brands.json)', () => {
  check(
    [
      [
        "the shop-anniversary gift signed 'Sklep Biedronka' from the kit's own authenticated domain",
        'Sklep Biedronka <ankieta@biedronka-nagrody.shop>',
        'Gratulacje! Zostałeś wybrany',
        GIFT,
        true,
      ],
      [
        "a 'Moja Biedronka' card said to be blocked, not authenticated",
        'Moja Biedronka <kontakt@mojabiedronka-bon.com>',
        'Twoja karta Moja Biedronka wygasa',
        'Twoja karta Moja Biedronka zostanie zablokowana. Zaloguj się i potwierdź dane: https://mojabiedronka-bon.com/login',
        false,
      ],
    ],
    [
      [
        "Biedronka's own newsletter from biedronka.pl",
        'Moja Biedronka <newsletter@biedronka.pl>',
        'Nowa gazetka: promocje od czwartku',
        'Sprawdź nową gazetkę i promocje z kartą Moja Biedronka: https://www.biedronka.pl/pl/gazetki',
        true,
      ],
      [
        'a person whose surname is Biedronka',
        'Anna Biedronka <anna.biedronka@gmail.com>',
        'Zdjęcia z wycieczki',
        'Cześć, przesyłam zdjęcia z sobotniej wycieczki. Pozdrawiam, Ania',
        true,
      ],
      [
        "a kindergarten named 'Biedronka' writing from its own domain",
        'Przedszkole Biedronka <sekretariat@przedszkole-biedronka.pl>',
        'Zebranie z rodzicami',
        'Szanowni Rodzice, zapraszamy na zebranie we wtorek o 17:00. https://przedszkole-biedronka.pl/aktualnosci',
        true,
      ],
      [
        "a naturalists' letter about the ladybird",
        'Koło Przyrodników <biuro@przyrodnicy-lublin.pl>',
        'Biedronka siedmiokropka w ogrodzie',
        'W tym numerze: biedronka siedmiokropka i inne pożyteczne owady w ogrodzie. Czytaj: ' +
          'https://przyrodnicy-lublin.pl/biuletyn',
        true,
      ],
    ],
  );
});
