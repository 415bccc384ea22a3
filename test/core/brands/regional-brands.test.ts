/**
 * National brands of Poland, Czechia, Turkey, the Nordics, Belgium, Taiwan and China (issue #16, item 9): each
 * country's most-impersonated brand is read by the name it signs with, its genuine notice from a listed domain passes
 * clean, and the same name from a foreign domain fails (a verified brand) or warns (an unverified one). Synthetic
 * messages, built here.
 */
import { expect } from 'chai';
import { claims, itJudgesEachBrand, type BrandCase } from './national-brand-cases';

const CASES: BrandCase[] = [
  {
    country: 'Poland',
    brand: 'PKO Bank Polski',
    name: 'PKO Bank Polski',
    own: 'ipko.pl',
    foreign: 'pko-weryfikacja.example',
    subject: 'Wyciąg z rachunku za kwiecień',
    genuine: '<p>Dzień dobry, wyciąg z rachunku za kwiecień jest dostępny w serwisie iPKO po zalogowaniu.</p>',
    lure: '<p>Twoje konto zostało zablokowane. <a href="https://pko-weryfikacja.example/login">Zaloguj się</a></p>',
    foreignStatus: 'fail',
  },
  {
    country: 'Czechia',
    brand: 'Česká pošta',
    name: 'Ceska posta',
    own: 'cpost.cz',
    foreign: 'zasilky-doruceni.example',
    subject: 'Informace o zásilce',
    genuine: '<p>Vaše zásilka RR123456789CZ je připravena k vyzvednutí na poště Praha 1.</p>',
    lure: '<p>Zásilku nelze doručit. <a href="https://zasilky-doruceni.example/platba">Zaplaťte 52 Kč</a></p>',
    foreignStatus: 'fail',
  },
  {
    country: 'Turkey',
    brand: 'e-Devlet Kapısı',
    name: 'e-Devlet Kapısı',
    own: 'turkiye.gov.tr',
    foreign: 'edevlet-destek.example',
    subject: 'e-Devlet Kapısı bilgilendirme',
    genuine: '<p>e-Devlet Kapısı şifreniz başarıyla değiştirilmiştir.</p>',
    lure: '<p>Adınıza iade tanımlandı. <a href="https://edevlet-destek.example/iade">Başvurun</a></p>',
    foreignStatus: 'fail',
  },
  {
    country: 'Turkey (unverified)',
    brand: 'PTT',
    name: 'PTT Kargo',
    own: 'ptt.gov.tr',
    foreign: 'kargo-takip.example',
    subject: 'Gönderiniz teslim edildi',
    genuine: '<p>RR123456789TR numaralı gönderiniz teslim edilmiştir.</p>',
    lure: '<p>Gönderiniz bekliyor. <a href="https://kargo-takip.example/ode">Adresinizi güncelleyin</a></p>',
    foreignStatus: 'warn',
  },
  {
    country: 'Sweden (unverified)',
    brand: 'Handelsbanken',
    name: 'Handelsbanken',
    own: 'handelsbanken.se',
    foreign: 'hb-kundservice.example',
    subject: 'Ditt kontoutdrag',
    genuine: '<p>Hej, ditt kontoutdrag för april finns nu i internetbanken.</p>',
    lure: '<p>Ditt konto är spärrat. <a href="https://hb-kundservice.example/bankid">Verifiera med BankID</a></p>',
    foreignStatus: 'warn',
  },
  {
    country: 'Belgium',
    brand: 'KBC',
    name: 'KBC',
    own: 'kbcmail.be',
    foreign: 'kbc-beveiliging.example',
    subject: 'Uw nieuwe debetkaart',
    genuine: '<p>Beste klant, uw nieuwe debetkaart is onderweg en komt deze week met de post.</p>',
    lure: '<p>Uw kaart vervalt. <a href="https://kbc-beveiliging.example/kaart">Vernieuw ze nu</a></p>',
    foreignStatus: 'fail',
  },
  {
    country: 'Taiwan (unverified)',
    brand: '中華郵政',
    name: '中華郵政',
    own: 'post.gov.tw',
    foreign: 'post-tw-pay.example',
    subject: '郵件查詢通知',
    genuine: '<p>您的包裹已送達臺北郵局，請於七日內領取。</p>',
    lure: '<p>您的包裹尚未繳納關稅。<a href="https://post-tw-pay.example/pay">立即繳費</a></p>',
    foreignStatus: 'warn',
  },
  {
    country: 'China (unverified)',
    brand: '顺丰',
    name: '顺丰速运',
    own: 'sf-express.com',
    foreign: 'sf-delivery-cn.example',
    subject: '快件签收通知',
    genuine: '<p>您的快件 SF1234567890 已签收。</p>',
    lure: '<p>您的快件地址不详，无法派送。<a href="https://sf-delivery-cn.example/addr">更新地址</a></p>',
    foreignStatus: 'warn',
  },
];

describe('national brands of Poland, Czechia, Turkey, the Nordics, Belgium, Taiwan and China (issue #16, item 9)', () => {
  itJudgesEachBrand(CASES);
});

describe('national brand names as their brands write them (issue #16, item 9)', () => {
  it('reads Garanti BBVA as Garanti, not as the Spanish BBVA whose domains differ', () => {
    expect(claims('Garanti BBVA')).to.deep.equal(['garanti-bbva']);
    expect(claims('BBVA')).to.deep.equal(['bbva']);
  });

  it('reads the short names (OP, DNB, PTT, KBC, ČSOB, Posti) only as the brands write them', () => {
    expect(claims('OP')).to.deep.equal(['op']);
    expect(claims('DNB')).to.deep.equal(['dnb']);
    expect(claims('PTT')).to.deep.equal(['ptt']);
    expect(claims('KBC')).to.deep.equal(['kbc']);
    expect(claims('ČSOB')).to.deep.equal(['csob']);
    expect(claims('Posti')).to.deep.equal(['posti']);
    for (const name of ['op', 'Op-Ed Weekly', 'ptt', 'kbc', 'Dnb', 'posti', 'Post it notes'])
      expect(claims(name), name).to.deep.equal([]);
  });

  it('does not read newspapers, everyday words or other posts as Posten, Bring, Ziraat or the Czech post', () => {
    for (const name of ['Göteborgs-Posten', 'Aftenposten', 'Bring a friend', 'Ziraat Odası', 'pošta', 'Postbox'])
      expect(claims(name), name).to.deep.equal([]);
  });

  it('reads Turkish, Czech, Polish and Nordic names in their own letters', () => {
    expect(claims('Türkiye İş Bankası')).to.deep.equal(['isbank']);
    expect(claims('Česká spořitelna')).to.deep.equal(['ceska-sporitelna']);
    expect(claims('Poczta Polska')).to.deep.equal(['poczta-polska']);
    expect(claims('MitID')).to.deep.equal(['mitid']);
    expect(claims('Skatteverket')).to.deep.equal(['skatteverket']);
  });
});
