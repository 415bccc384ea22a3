/**
 * Brand coverage swept per country (issue #16, item 9; det38a): the marketplaces, telecoms, streaming services and
 * grocery loyalty programmes blind sets kept meeting unnamed (set45 OLX, eMAG, Viaplay, Türk Telekom; set40
 * Esselunga). Each sampled brand's genuine notice from its own domain passes clean, and its name from a foreign domain
 * fails (verified) or warns (unverified). Names that are ordinary words or people's names claim nothing unless written
 * as the brand writes them (strict) or with a word that makes them the brand's ('Coop Supercard', 'Bell Canada').
 */
import { expect } from 'chai';
import { claims, itJudgesEachBrand, message, report, type BrandCase } from './national-brand-cases';

const CASES: BrandCase[] = [
  {
    country: 'Poland',
    name: 'OLX',
    own: 'olx.pl',
    foreign: 'olx-transakcje.example',
    foreignStatus: 'fail',
    subject: 'Nowa wiadomość w sprawie ogłoszenia',
    genuine: '<p>Masz nową wiadomość od kupującego. Odpowiedz w aplikacji OLX.</p>',
    lure: "<p>Kupujący opłacił przedmiot. <a href='https://olx-transakcje.example/odbior'>Odbierz środki</a></p>",
  },
  {
    country: 'Poland',
    name: 'Allegro',
    own: 'allegro.pl',
    foreign: 'allegro-konto.example',
    foreignStatus: 'fail',
    subject: 'Zmiany w regulaminie',
    genuine: '<p>Od 1 lipca zmieniamy regulamin Allegro. Szczegóły znajdziesz na stronie pomocy.</p>',
    lure: "<p>Zaakceptuj regulamin, aby uniknąć blokady. <a href='https://allegro-konto.example/akceptuj'>Akceptuję</a></p>",
  },
  {
    country: 'France',
    name: 'leboncoin',
    own: 'leboncoin.fr',
    foreign: 'leboncoin-paiement.example',
    foreignStatus: 'fail',
    subject: 'Votre annonce est en ligne',
    genuine: '<p>Votre annonce « Vélo de ville » est en ligne pour 60 jours.</p>',
    lure: "<p>L’acheteur a payé. <a href='https://leboncoin-paiement.example/recevoir'>Recevoir les fonds</a></p>",
  },
  {
    country: 'Romania',
    brand: 'eMAG',
    name: 'eMAG Genius',
    own: 'emag.ro',
    foreign: 'emag-recompense.example',
    foreignStatus: 'warn',
    subject: 'Comanda ta a fost livrată',
    genuine: '<p>Comanda ta 412345678 a fost livrată. Mulțumim că ai ales eMAG.</p>',
    lure: "<p>Punctele tale expiră azi. <a href='https://emag-recompense.example/puncte'>Revendică premiul</a></p>",
  },
  {
    country: 'Turkey',
    name: 'Türk Telekom',
    own: 'turktelekom.com.tr',
    foreign: 'turktelekom-fatura.example',
    foreignStatus: 'fail',
    subject: 'Faturanız hazır',
    genuine: '<p>Mayıs dönemi faturanız Online İşlemler’de görüntülenebilir.</p>',
    lure: "<p>Mükerrer tahsilat iadeniz hazır. <a href='https://turktelekom-fatura.example/iade'>İadeyi al</a></p>",
  },
  {
    country: 'Sweden',
    name: 'Viaplay',
    own: 'viaplay.se',
    foreign: 'viaplay-kundinfo.example',
    foreignStatus: 'fail',
    subject: 'Nytt på Viaplay i juni',
    genuine: '<p>Här är månadens nya serier och filmer på Viaplay.</p>',
    lure: "<p>Din betalning misslyckades. <a href='https://viaplay-kundinfo.example/uppdatera'>Uppdatera</a></p>",
  },
  {
    country: 'Italy',
    name: 'Esselunga',
    own: 'esselunga.it',
    foreign: 'fedelta-premi.example',
    foreignStatus: 'fail',
    subject: 'Le offerte della settimana',
    genuine: '<p>Scopri le offerte Fìdaty di questa settimana nel tuo negozio.</p>',
    lure: "<p>I tuoi punti Fìdaty scadono. <a href='https://fedelta-premi.example/premi'>Riscatta</a></p>",
  },
  {
    country: 'Belgium',
    name: 'Carrefour',
    own: 'carrefour.be',
    foreign: 'carrefour-cagnotte.example',
    foreignStatus: 'fail',
    subject: 'Votre ticket de caisse',
    genuine: '<p>Merci pour votre visite. Votre ticket de caisse est disponible dans l’application.</p>',
    lure: "<p>Votre cagnotte expire. <a href='https://carrefour-cagnotte.example/code'>Confirmer</a></p>",
  },
  {
    country: 'Sweden',
    name: 'Lidl',
    own: 'lidl.se',
    foreign: 'lidl-present.example',
    foreignStatus: 'fail',
    subject: 'Veckans erbjudanden',
    genuine: '<p>Här är veckans erbjudanden från Lidl.</p>',
    lure: "<p>Du har vunnit ett presentkort. <a href='https://lidl-present.example/hamta'>Hämta</a></p>",
  },
  {
    country: 'Belgium',
    name: 'Proximus',
    own: 'proximus.be',
    foreign: 'proximus-facture.example',
    foreignStatus: 'warn',
    subject: 'Votre facture',
    genuine: '<p>Votre facture de mai est disponible dans MyProximus.</p>',
    lure: "<p>Votre paiement a échoué. <a href='https://proximus-facture.example/payer'>Payer</a></p>",
  },
  {
    country: 'Poland',
    name: 'ORLEN',
    own: 'orlen.pl',
    foreign: 'orlen-inwestycje24.example',
    foreignStatus: 'fail',
    subject: 'Karta ORLEN Pay: podsumowanie miesiąca',
    genuine: '<p>W maju zebrałeś 320 punktów ORLEN Pay. Dziękujemy, że tankujesz z nami.</p>',
    lure: "<p>Zarabiaj od 8000 zł miesięcznie. <a href='https://orlen-inwestycje24.example/start'>Dołącz</a></p>",
  },
  {
    country: 'Russia',
    name: 'Столото',
    own: 'stoloto.ru',
    foreign: 'stoloto-vyplata.example',
    foreignStatus: 'fail',
    subject: 'Результаты тиража',
    genuine: '<p>Результаты тиража «Русское лото» опубликованы на сайте.</p>',
    lure: "<p>Ваш билет выиграл! <a href='https://stoloto-vyplata.example/vyplata'>Получить выплату</a></p>",
  },
];

describe('det38a brand sweep: marketplaces, telecoms, streaming, grocery loyalty', () => {
  itJudgesEachBrand(CASES);

  it('passes Lidl’s mail from a country domain the table leaves to the national reading (DMARC pass)', async () => {
    for (const [name, domain] of [
      ['Lidl', 'lidl.co.uk'],
      ['Lidl', 'lidl.nl'],
    ] as const) {
      const genuine = await report(
        message(name, domain, 'Your receipt', '<p>Thank you for shopping with us.</p>', true),
      );
      expect(
        genuine.findings.find((f) => f.id === 'sender.brand-mismatch'),
        domain,
      ).to.include({ status: 'pass' });
      expect(genuine.verdict, domain).to.equal('no-red-flags');
      // The same domain unauthenticated is no national site of the brand's.
      const spoof = await report(
        message(name, domain, 'Your receipt', '<p>Thank you for shopping with us.</p>', false),
      );
      expect(
        spoof.findings.find((f) => f.id === 'sender.brand-mismatch'),
        domain,
      ).to.include({ status: 'fail' });
    }
  });

  it('reads the longer name as its own brand (Türk Telekom and A1 Telekom are not Deutsche Telekom)', () => {
    expect(claims('Türk Telekom')).to.deep.equal(['turk-telekom']);
    expect(claims('A1 Telekom Austria')).to.deep.equal(['a1-telekom']);
    expect(claims('Allegro MicroSystems')).to.deep.equal(['allegro-micro']);
    expect(claims('Esselunga Fìdaty')).to.deep.equal(['esselunga']);
    expect(claims('eMAG Genius')).to.deep.equal(['emag']);
  });

  it('claims a brand whose name is a word or a person’s name only as the brand writes it', () => {
    expect(claims('Allegro')).to.deep.equal(['allegro']);
    expect(claims('Lidl')).to.deep.equal(['lidl']);
    expect(claims('FINN.no')).to.deep.equal(['finn-no']);
    expect(claims('Coop Supercard')).to.deep.equal(['coop-ch']);
    expect(claims('Orange Messagerie')).to.deep.equal(['orange']);
    for (const name of [
      'allegro ma non troppo',
      'EMAG GmbH',
      'Park Slope Food Coop',
      'Orange County Library',
      'Coop',
      'Sunrise Senior Living',
      'Elisa Rossi',
      'Finn Jensen',
      'Ricardo Alves',
      'Bell Labs',
      'Jumbo Tours',
      'consegna subito',
      'Rossmann & Partners',
      'invalidly',
    ])
      expect(claims(name), name).to.deep.equal([]);
  });
});
