import { expect } from 'chai';
import { loadBrands } from '../../../src/core/brands/lookup';
import {
  correspondentLookalike,
  findLookalike,
  oneEditApart,
  signedNameReading,
  skeleton,
  type Lookalike,
} from '../../../src/core/brands/lookalike';
import { isBrandDomain } from '../../../src/core/brands/lookup';
import { expectLinearTime } from '../../linear-time';

const index = loadBrands();

function look(domain: string, own?: string[]): { brand?: string; target: string; technique: string } | undefined {
  const found: Lookalike | undefined = findLookalike(index, domain, own);
  return found && { brand: found.brand?.id, target: found.target, technique: found.technique };
}

describe('findLookalike', () => {
  it('catches look-alike letters in an IDN (Cyrillic а in amazon), Unicode or punycode', () => {
    expect(look('\u0430mazon.co.jp')).to.deep.equal({
      brand: 'amazon',
      target: 'amazon.co.jp',
      technique: 'homoglyph',
    });
    expect(look('xn--mazon-3ve.co.jp')).to.include({ brand: 'amazon', technique: 'homoglyph' });
    expect(look('p\u0430yp\u0430l.com')).to.include({ brand: 'paypal', technique: 'homoglyph' });
  });

  it('catches digits and rn in place of letters', () => {
    expect(look('amaz0n.co.jp')).to.deep.equal({ brand: 'amazon', target: 'amazon.co.jp', technique: 'digit-swap' });
    expect(look('paypa1.com')).to.include({ brand: 'paypal', technique: 'digit-swap' });
    expect(look('arnazon.com')).to.include({ brand: 'amazon', technique: 'digit-swap' });
    expect(look('app1e.com')).to.include({ brand: 'apple', technique: 'digit-swap' });
  });

  it('catches the brand label with lure words added', () => {
    expect(look('kagoya-support.net')).to.include({ brand: 'kagoya', technique: 'extra-words' });
    expect(look('amazon-co-jp.info')).to.include({ brand: 'amazon', technique: 'extra-words' });
    expect(look('smbc-card-security.com')).to.include({ brand: 'smbc-card', technique: 'extra-words' });
    expect(look('amazonjp-update.com')).to.include({ brand: 'amazon', technique: 'extra-words' });
    expect(look('apple-id-support.com')).to.include({ brand: 'apple', technique: 'extra-words' });
  });

  it('reads the lure words of other languages and of money owed: pagos, rimborso, refund', () => {
    expect(look('amazon-pagos.com')).to.include({ brand: 'amazon', technique: 'extra-words' });
    expect(look('paypal-rimborso.com')).to.include({ brand: 'paypal', technique: 'extra-words' });
    expect(look('paypal-refund.com')).to.include({ brand: 'paypal', technique: 'extra-words' });
    // A lure word's plural, even beside a brand whose name is a common word (Ledger).
    expect(look('ledger-notices.com')).to.include({ brand: 'ledger', technique: 'extra-words' });
    expect(look('paypal-refunds.com')).to.include({ brand: 'paypal', technique: 'extra-words' });
    // What a brand's own subsidiaries and branches are named for is no lure.
    for (const real of ['dhlparcel.nl', 'correosexpress.com', 'sparkasse-koelnbonn.de', 'amazon-logistics.com'])
      expect(look(real), real).to.equal(undefined);
  });

  it('catches one-letter typos on labels of five or more characters', () => {
    expect(look('amazom.co.jp')).to.deep.equal({ brand: 'amazon', target: 'amazon.co.jp', technique: 'typo' });
    // Real jp_sf sender: eservation@ekl-net.com posing as えきねっと.
    expect(look('ekl-net.com')).to.deep.equal({ brand: 'eki-net', target: 'eki-net.com', technique: 'typo' });
    expect(look('amzaon.com')).to.include({ brand: 'amazon', technique: 'typo' });
  });

  it('catches the brand label under another TLD', () => {
    expect(look('kagoya.xyz')).to.deep.equal({ brand: 'kagoya', target: 'kagoya.jp', technique: 'tld-swap' });
    expect(look('mercari.shop')).to.include({ brand: 'mercari', technique: 'tld-swap' });
  });

  it('catches imitations of the reader’s own domain', () => {
    expect(look('examp1e.co.jp', ['example.co.jp'])).to.deep.equal({
      brand: undefined,
      target: 'example.co.jp',
      technique: 'digit-swap',
    });
    expect(look('example-co-jp.com', ['mail.example.co.jp'])).to.include({
      target: 'example.co.jp',
      technique: 'extra-words',
    });
    // Its back office glued on: HR, payroll, a staff portal.
    expect(look('stmarys-clinic-hr.com', ['stmarys-clinic.org'])).to.include({ technique: 'extra-words' });
    expect(look('stmarys-clinic-payroll.net', ['stmarys-clinic.org'])).to.include({ technique: 'extra-words' });
    // A brand whose own name is an ordinary word ('Sparkasse', each savings bank at sparkasse-<place>.de) with the
    // bank's second factor glued on; the savings bank of a town stays its own.
    expect(look('sparkasse-pushtan-service.de')).to.include({ technique: 'extra-words' });
    expect(look('sparkasse-hannover.de')).to.equal(undefined);
    // Twin: another organisation whose name only starts the same way.
    expect(look('stmarys-clinic-dental.com', ['stmarys-clinic.org'])).to.equal(undefined);
  });

  it('never flags a brand’s own domains, its free mail or its hosting', () => {
    for (const domain of [
      'amazon.co.jp',
      'kagoya.net',
      'kagoya.jp',
      'smbc-card.com',
      'vpass.ne.jp',
      'yahoo.co.jp',
      'amazonaws.com',
      'outlook.jp',
      'hotmail.co.jp',
      'microsoftonline.com',
      'sharepoint.com',
      'paypay.ne.jp',
      'paypal.com',
      'eki-net.com',
      'mercari-shops.com',
    ]) {
      expect(look(domain), domain).to.equal(undefined);
    }
  });

  it('never flags the reader’s own domain or common unrelated domains', () => {
    expect(look('example.co.jp', ['example.co.jp'])).to.equal(undefined);
    for (const domain of [
      'gmail.com',
      'yahoo.co.uk',
      'nifty.com',
      'linkclub.or.jp',
      'santamariasold.com',
      'github.com',
      'nagoya.com',
      'tesco.com',
      // Germany's and Hungary's big free mail: Free's common-word label `free` and a word (free.fr is its mailbox).
      'freenet.de',
      'freemail.hu',
    ]) {
      expect(look(domain), domain).to.equal(undefined);
    }
  });

  it('still reads a free-mail look-alike made of a brand and a word as one (free-email.cf, kakao-mail.com)', () => {
    expect(look('kakao-mail.com')?.target).to.equal('kakao.com');
    expect(look('free-email.cf')?.target).to.equal('free.fr');
  });

  it('takes no look-alike target from a label under a brand’s own TLD (express.dhl, mabanque.bnpparibas)', () => {
    // The TLD is the brand; `express` and `mabanque` are ordinary words: a clothing store and a French bank's
    // rival are not DHL or BNP Paribas look-alikes. The brand's own look-alikes are still caught.
    for (const domain of ['express.com', 'mabanque.fr', 'mydhl.express.dhl'])
      expect(look(domain), domain).to.equal(undefined);
    expect(look('bnpparibas-securite.com')?.brand).to.equal('bnp-paribas');
  });

  it('leaves ordinary words alone unless written with look-alikes or lure words (applebank.com, apple-farm.jp)', () => {
    expect(look('applebank.com')).to.equal(undefined);
    expect(look('apple-farm.jp')).to.equal(undefined);
    expect(look('sakura.co.jp')).to.equal(undefined);
    expect(look('line-tech.com')).to.equal(undefined);
    expect(look('office.co.jp')).to.equal(undefined);
  });

  it('does not count vendor words as lure words (amazon-seller-tools.com)', () => {
    expect(look('amazon-seller-tools.com')).to.equal(undefined);
  });

  it('does not call one brand a typo of another (paypay vs paypal)', () => {
    expect(look('paypay.com')).to.include({ brand: 'paypay', technique: 'tld-swap' });
  });

  it('ignores labels shorter than four characters and bad input', () => {
    expect(look('jcb-card.com')).to.equal(undefined);
    expect(look('dhl.xyz')).to.equal(undefined);
    expect(look('')).to.equal(undefined);
    expect(look('203.0.113.5')).to.equal(undefined);
    expect(look('localhost')).to.equal(undefined);
  });
});

describe('skeleton and oneEditApart', () => {
  it('maps full-width, accents, Cyrillic and digit look-alikes to one form', () => {
    expect(skeleton('ａｍａｚｏｎ')).to.equal('amazon');
    expect(skeleton('amazön')).to.equal('amazon');
    expect(skeleton('\u0430maz0n')).to.equal('amazon');
    expect(skeleton('rnercari')).to.equal('mercari');
  });

  it('counts one insertion, deletion, substitution or swap, and no more', () => {
    expect(oneEditApart('amazon', 'amazom')).to.equal(true);
    expect(oneEditApart('amazon', 'amazoon')).to.equal(true);
    expect(oneEditApart('amazon', 'amzon')).to.equal(true);
    expect(oneEditApart('amazon', 'amzaon')).to.equal(true);
    expect(oneEditApart('amazon', 'amazon')).to.equal(false);
    expect(oneEditApart('amazon', 'amzaom')).to.equal(false);
  });
});

describe('three-letter brand labels (ADP, IRS): a whole token beside lure words, nothing else', () => {
  it('catches the label as its own token with only lure words beside it', () => {
    expect(look('adp-benefitsportal.com')).to.deep.equal({ brand: 'adp', target: 'adp.com', technique: 'extra-words' });
    expect(look('irs-online-refunds.org')).to.include({ brand: 'irs', technique: 'extra-words' });
    expect(look('secure-adp-login.net')).to.include({ brand: 'adp', technique: 'extra-words' });
  });

  it('twin: glued, beside a word that is no lure, a typo or another suffix is somebody else', () => {
    expect(look('adpsupport.com')).to.equal(undefined);
    expect(look('adp-logistics.com')).to.equal(undefined);
    expect(look('adq-payroll.com')).to.equal(undefined);
    expect(look('adp.net')).to.equal(undefined);
  });

  it("twin: beside its own product words only (jcb-card, dhl-shop) it may be the brand's own site", () => {
    expect(look('jcb-card.com')).to.equal(undefined);
    expect(look('dhl-shop.com')).to.equal(undefined);
    expect(look('dhl-shop-refund.com')).to.include({ brand: 'dhl', technique: 'extra-words' });
  });

  it('twin: a label that is a word or a name (Duo, WEB.DE, Ana) is never guarded at three letters', () => {
    expect(look('duo-security.com')).to.equal(undefined);
    expect(look('web-services.com')).to.equal(undefined);
    expect(look('ana-shop.jp')).to.equal(undefined);
  });
});

describe('brand rows for set7 (ADP, PayPal abroad, HMRC online services, Egress)', () => {
  const brand = (id: string) => index.brands.find((b) => b.id === id)!;

  it("reads PayPal's country domains as its own, not as look-alikes of paypal.com", () => {
    for (const d of ['paypal.com.au', 'paypal.co.uk', 'paypal.de']) {
      expect(isBrandDomain(brand('paypal'), `service@${d}`.split('@')[1]!), d).to.equal(true);
      expect(look(d), d).to.equal(undefined);
    }
  });

  it("reads HMRC's online-services mail (confirmation.tax.service.gov.uk) as HMRC's", () => {
    expect(isBrandDomain(brand('hmrc'), 'confirmation.tax.service.gov.uk')).to.equal(true);
  });

  it("twin: the word 'service' in someone else's domain imitates nobody, HMRC included", () => {
    expect(look('service-help.com')).to.equal(undefined);
    expect(look('service.co')).to.equal(undefined);
    expect(look('servlce.net')).to.equal(undefined);
  });

  it('catches egress-securemail.co as Egress with lure words; twin: egress as a plain word is nobody', () => {
    expect(look('egress-securemail.co')).to.include({ brand: 'egress', technique: 'extra-words' });
    expect(look('egress-networks.com')).to.equal(undefined);
    expect(look('egress.io')).to.equal(undefined);
  });
});

describe('correspondentLookalike: one letter off a domain the conversation shows', () => {
  it('catches a letter dropped, changed or drawn alike', () => {
    expect(correspondentLookalike('harborvewtitle.com', ['harborviewtitle.com'])).to.deep.equal({
      target: 'harborviewtitle.com',
      technique: 'typo',
    });
    expect(correspondentLookalike('ridgelinetitie.com', ['brightkey.com', 'ridgelinetitle.com'])).to.include({
      target: 'ridgelinetitle.com',
    });
    expect(correspondentLookalike('n0rthwlnd.com', ['northwind.com'])).to.deep.equal({
      target: 'northwind.com',
      technique: 'digit-swap',
    });
  });

  it('twin: the same domain, the same name under another suffix, a word apart, a numbered series', () => {
    expect(correspondentLookalike('harborviewtitle.com', ['harborviewtitle.com'])).to.equal(undefined);
    expect(correspondentLookalike('bluepeakfarms.co.uk', ['bluepeakfarms.com'])).to.equal(undefined);
    expect(correspondentLookalike('bluepeakfoods.com', ['bluepeakfarms.com'])).to.equal(undefined);
    expect(correspondentLookalike('school21.org', ['school22.org'])).to.equal(undefined);
  });

  it('twin: short names sit one letter apart by chance (acme, acne)', () => {
    expect(correspondentLookalike('acne.com', ['acme.com'])).to.equal(undefined);
  });
});

describe('signedNameReading: i and l read as one letter', () => {
  const read = (domain: string, text: string) => {
    const span = signedNameReading(domain, text);
    return span && text.slice(span.start, span.end);
  };

  it('reads thornburysteeI.co.uk (capital I for l) as "Thornbury Steel", its rn as written', () => {
    expect(read('thornburysteeI.co.uk', 'Kind regards,\nThornbury Steel Ltd')).to.equal('Thornbury Steel');
    expect(read('ridgelinetitie.com', 'Escrow Officer | Ridgeline Title & Escrow')).to.equal('Ridgeline Title');
  });

  it('twin: the real domain, or an i/l reading that ends inside a word ("Acme LLC" for acme-il.com)', () => {
    expect(read('thornburysteel.co.uk', 'Thornbury Steel Ltd')).to.equal(undefined);
    expect(read('ridgelinetitle.com', 'Ridgeline Title & Escrow')).to.equal(undefined);
    expect(read('acme-il.com', 'Regards, Acme LLC')).to.equal(undefined);
  });

  it('gives the name as written after letters that fold to several, full-width letters and emoji', () => {
    const text = 'Acme™ … 😀 ﬃ ㎒ Regards, Ａｃｍｅ Ｆａｓｔｅｎｅｒｓ Inc.';
    expect(read('acrnefasteners.com', text)).to.equal('Ａｃｍｅ Ｆａｓｔｅｎｅｒｓ');
    expect(read('acrnefasteners.com', 'Ａｃｍｅ 😀Fasteners')).to.equal('Ａｃｍｅ 😀Fasteners');
  });

  it('finds the name far into a long body, across any boundary of its letters, in linear time', () => {
    for (const before of [8_000, 4_090, 4_095, 4_096]) {
      const text = 'x'.repeat(before) + ' Acme Fasteners Inc.';
      expect(read('acrnefasteners.com', text), String(before)).to.equal('Acme Fasteners');
    }
    expect(read('acrnefasteners.com', 'Acme Fastener '.repeat(20_000))).to.equal(undefined);
    expectLinearTime(
      (n) => 'Acme Fastener '.repeat(n),
      (text) => read('acrnefasteners.com', text),
      20_000,
    );
  });
});
