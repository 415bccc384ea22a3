/**
 * Lure wording of two set38 families in more languages (lure-phrases.ts, content.lure; issue #16): the gift a
 * retailer's "anniversary survey" gives for its postage alone (Romanian "plătiți doar costul de livrare", Czech and
 * Slovak "zaplaťte pouze poštovné"), and the investment ad's passive income and AI trading system (Turkish "pasif
 * gelir", "yapay zekâ destekli işlem sistemi", the same promise in other languages) with its few places left. Twins:
 * a shop's own delivery terms, a bank's seminar with limited places, a broker's product news naming its AI platform.
 */
import { expect } from 'chai';
import { authenticatedMail, one } from './authenticated-mail';

const families = (r: ReturnType<typeof authenticatedMail>) =>
  (one(r, 'content.lure')?.message.params?.families as { keys: string[] } | undefined)?.keys ?? [];

describe('det36b: postage-only gifts and passive-income ads in more languages', () => {
  it('reads the prize and the postage of a Romanian anniversary survey, and a Czech one', () => {
    const ro = authenticatedMail(
      'Kaufland Romania <oferte@kaufland-aniversare.shop>',
      'Felicitări Andreea! Ați câștigat un set de oale',
      'Răspundeți la un scurt chestionar de 30 de secunde. Plătiți doar costul de livrare (9,99 lei).\n' +
        'https://storage.googleapis.com/kfl-chestionar-ro/index.html',
    );
    expect(one(ro, 'content.lure')?.status).to.equal('warn');
    expect(families(ro)).to.include.members(['content.family.prize', 'content.family.fee']);
    const cs = authenticatedMail(
      'Lidl CZ <akce@lidl-vyroci.shop>',
      'Vyhrál jste robotický vysavač',
      'Gratulujeme! Vyhrál jste robotický vysavač. Zaplaťte pouze poštovné 39 Kč.\nhttps://lidl-vyroci.shop/dárek',
    );
    expect(families(cs)).to.include.members(['content.family.prize', 'content.family.fee']);
  });

  it('reads the passive income, the AI trading system and the last places of a Turkish investment ad', () => {
    const r = authenticatedMail(
      'THY Yatırım Programı <bilgi@finans-haber24.com>',
      'Sadece 8.500 TL ile aylık gelir – son kontenjan',
      'Ayda 45.000 TL pasif gelir! Yapay zekâ destekli işlem sistemiyle düzenli gelir elde edebilirsiniz. ' +
        'Kontenjan sınırlıdır.\nhttps://thy-yatirim-2025.tilda.ws/kayit',
    );
    expect(one(r, 'content.lure')?.status).to.equal('warn');
    expect(families(r)).to.include.members(['content.family.investment', 'content.family.urgency']);
    const es = authenticatedMail(
      'Programa Nacional <info@inversion-noticias.com>',
      'Ingresos pasivos desde 250 €',
      'Genere ingresos pasivos con nuestra plataforma. Plazas limitadas.\nhttps://inversion-noticias.com/alta',
    );
    expect(families(es)).to.include.members(['content.family.investment', 'content.family.urgency']);
  });

  it("keeps quiet for a shop's delivery terms, a bank's seminar with limited places, a broker's product news", () => {
    const shop = authenticatedMail(
      'Librăria Cărturești <comenzi@carturesti-online.ro>',
      'Comanda dvs. nr. 48213 a fost confirmată',
      'Vă mulțumim pentru comandă. Pentru comenzile sub 150 lei plătiți doar costul de livrare, 15 lei.\n' +
        'https://carturesti-online.ro/comenzi/48213',
    );
    expect(one(shop, 'content.lure')).to.equal(undefined);
    expect(shop.verdict).to.equal('no-red-flags');
    const seminar = authenticatedMail(
      'Anadolu Yatırım <etkinlik@anadoluyatirim.com.tr>',
      'Borsa semineri: 12 Mart, İzmir',
      'Değerli müşterimiz, 12 Mart semineri için kayıtlar açıldı. Kontenjan sınırlıdır.\n' +
        'https://anadoluyatirim.com.tr/seminer',
    );
    expect(one(seminar, 'content.lure')).to.equal(undefined);
    expect(seminar.verdict).to.equal('no-red-flags');
    const broker = authenticatedMail(
      'Kestrel Markets <news@kestrelmarkets.co.uk>',
      'What is new this quarter',
      'Our AI-powered trading platform now supports limit orders on ETFs. Read the release notes.\n' +
        'https://kestrelmarkets.co.uk/notes',
    );
    expect(one(broker, 'content.lure')).to.equal(undefined);
    expect(broker.verdict).to.equal('no-red-flags');
  });
});
