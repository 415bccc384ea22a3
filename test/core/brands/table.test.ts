/**
 * The brand table's shape and the names it matches (issue #16, item 9): every brand says where its domains come from
 * and how sure that is, and no new name fires on the ordinary words and names genuine mail is full of.
 */
import { expect } from 'chai';
import { getDomain } from 'tldts-icann';
import table from '../../../src/core/brands/brands.json';
import { findClaimedBrands, loadBrands } from '../../../src/core/brands/lookup';

interface Entry {
  id: string;
  names: string[];
  strictNames?: string[];
  domains: string[];
  mailboxDomains?: string[];
  contentDomains?: string[];
  source: string;
  confidence: string;
}

const entries = table as Entry[];
const index = loadBrands();
/** Brand ids a display name (or subject tag, heading, logo alt) claims. */
const claims = (name: string) => findClaimedBrands(index, name).map((m) => m.brand.id);

/**
 * Own domains deliberately shared: one company running several brands, or one sending service serving two. Each
 * pair is a real arrangement (see the brands' sources), not a copy-paste slip.
 */
const SHARED_OWN: Record<string, string[]> = {
  'lycorp.co.jp': ['line', 'yahoo-japan'], // LINE and Yahoo! JAPAN are one company, LY Corporation
  'rakuten.co.jp': ['rakuten', 'rakuten-card', 'rakuten-mobile'], // 楽天 group mail (mkrm.rakuten.co.jp)
  'otp-auth.net': ['ja-bank', 'smbc-card'], // a one-time-password sending service both use
  'jreast.co.jp': ['eki-net', 'view-card'], // JR East runs えきねっと and ビューカード
  'mufg.jp': ['mufg-bank', 'mufg-card'], // the MUFG group domain
  'gov.hu': ['nav-hu', 'ugyfelkapu'], // Hungary's government domain: the tax office (nav.gov.hu), the login (kau.gov.hu)
  'dccard.co.jp': ['mufg-bank', 'mufg-card'], // bkmail.dccard.co.jp sends for the bank
  'japanpost.jp': ['japanpost', 'yucho'], // 日本郵便 and ゆうちょ銀行 (jp-bank.japanpost.jp)
  'dhl.de': ['deutsche-post', 'dhl'], // Deutsche Post's mail comes from deutschepost.de or dhl.de (one group)
  'my.gov.au': ['ato', 'services-australia'], // myGov, run by Services Australia, carries the ATO's mail too
  'facebookmail.com': ['facebook', 'whatsapp'], // Meta's account mail, WhatsApp Business notices included
};

describe('brand table: size, sources and confidence (issue #16, item 9)', () => {
  it('holds at least 300 brands, each with its own id, a name, a domain, a source and a confidence', () => {
    expect(entries.length).to.be.at.least(300);
    expect(new Set(entries.map((e) => e.id)).size).to.equal(entries.length);
    for (const e of entries) {
      expect(e.id, JSON.stringify(e)).to.match(/^[a-z0-9][a-z0-9-]*$/);
      expect(e.names.length, e.id).to.be.at.least(1);
      expect(e.domains.length, e.id).to.be.at.least(1);
      expect(e.source.trim(), e.id).to.not.equal('');
      expect(e.confidence, e.id).to.be.oneOf(['verified', 'unverified']);
    }
  });

  it('names the checked source of every verified brand, and says so when a brand is unverified', () => {
    for (const e of entries) {
      if (e.confidence === 'verified') expect(e.source, e.id).to.not.match(/^common knowledge/);
      else expect(e.source, e.id).to.match(/unverified/);
    }
  });

  it('lists every domain as a registrable domain, in lower case, once per brand', () => {
    for (const e of entries) {
      const all = [...e.domains, ...(e.mailboxDomains ?? []), ...(e.contentDomains ?? [])];
      for (const d of all) expect(getDomain(d), `${e.id}: ${d}`).to.equal(d.toLowerCase());
      expect(new Set(all).size, e.id).to.equal(all.length);
    }
  });

  it('gives no domain to two brands as their own, except the shared ones listed here', () => {
    const owners = new Map<string, string[]>();
    for (const e of entries) for (const d of e.domains) owners.set(d, [...(owners.get(d) ?? []), e.id]);
    const shared = Object.fromEntries(
      [...owners].filter(([, ids]) => ids.length > 1).map(([d, ids]) => [d, ids.sort()]),
    );
    expect(shared).to.deep.equal(SHARED_OWN);
  });

  it('keeps the built-in confidence in the index and treats an admin’s extra brand as verified', () => {
    expect(index.brands.find((b) => b.id === 'canada-post')?.confidence).to.equal('unverified');
    expect(index.brands.find((b) => b.id === 'hmrc')?.confidence).to.equal('verified');
    const extra = loadBrands([
      { id: 'acme', names: ['ACME Bank'], domains: ['acme-bank.example'], source: 'admin' },
      { id: 'canada-post', names: ['Canada Post Corporation'], domains: ['canadapost.ca'], source: 'admin' },
    ]);
    expect(extra.brands.find((b) => b.id === 'acme')?.confidence).to.equal('verified');
    // The admin named this built-in brand's domains: their word settles it.
    expect(extra.brands.find((b) => b.id === 'canada-post')?.confidence).to.equal('verified');
  });
});

describe('brand names that must not fire on ordinary words (issue #16, item 9)', () => {
  it('does not read English words and names as Chase, Box, Citi, Ledger, Target or Discover', () => {
    for (const name of [
      'Chase Smith',
      'Box Office Tickets',
      'The Ledger',
      'Target Audience Weekly',
      'Discover more',
      'Citizens Bank',
      'Wise Owl Tutors',
      'Block Party',
      'Cash Flow Weekly',
      'Free Webinar',
      'Booking confirmation',
      'Nationwide News',
      'Medicare Advantage Plans',
    ])
      expect(claims(name), name).to.deep.equal([]);
  });

  it('reads the Australian and Canadian banks by their names, not regional teams, trade shows or union talks', () => {
    expect(claims('CommBank')).to.deep.equal(['commbank']);
    expect(claims('ANZ Internet Banking')).to.deep.equal(['anz']);
    expect(claims('National Australia Bank')).to.deep.equal(['nab']);
    expect(claims('RBC Royal Bank')).to.deep.equal(['rbc']);
    expect(claims('BMO')).to.deep.equal(['bmo']);
    expect(claims('Bmo')).to.deep.equal([]);
    for (const name of ['Acme ANZ Team', 'NAB Show 2026', 'CBA negotiations update', 'Royal Bank Plaza tenants'])
      expect(claims(name), name).to.deep.equal([]);
  });

  it('reads toll agencies and charities by their full names, not the words they are made of', () => {
    expect(claims('TxTag')).to.deep.equal(['txtag']);
    expect(claims('The Toll Roads')).to.deep.equal(['the-toll-roads']);
    expect(claims('Via Verde')).to.deep.equal(['via-verde']);
    expect(claims('American Red Cross')).to.deep.equal(['red-cross']);
    expect(claims('UNICEF USA')).to.deep.equal(['unicef']);
    for (const name of ['Kenya Red Cross Society', 'Campus Red Cross Club', 'Vía Verde del Aceite', 'toll roads news'])
      expect(claims(name), name).to.deep.equal([]);
    // A greenway mentioned in free text is no claim of the toll company.
    expect(findClaimedBrands(index, 'Walking the via verde this weekend', 'text')).to.deep.equal([]);
  });

  it('reads Korean brands in Hangul and Latin (우체국, KB국민은행, 국세청, 한국도로공사); 우체국 stays unverified, so it only warns', () => {
    expect(claims('우체국택배')).to.deep.equal(['koreapost']);
    expect(claims('[KB국민은행] 보안 안내')).to.deep.equal(['kb-kookmin']);
    expect(claims('국세청 환급 안내')).to.deep.equal(['nts-kr']);
    expect(claims('한국도로공사')).to.deep.equal(['korea-expressway']);
    expect(index.brands.find((b) => b.id === 'koreapost')?.confidence).to.equal('unverified');
  });

  it('does not read German, French, Spanish, Portuguese or Italian words as a post office, a bank or a tax office', () => {
    for (const name of [
      'Post vom Verein',
      'Posteingang',
      'Die Post',
      'Caixa de entrada cheia',
      'Meus correios',
      'Poste restante',
      'Atención Telefónica',
      'Seguridad Social',
      'Assurance Maladie',
      'Finances Publiques',
      'Inter Milan',
      'Claro que sí',
    ])
      expect(claims(name), name).to.deep.equal([]);
  });

  it('does not read Japanese surnames and everyday words as a shop, a lender or a bank', () => {
    for (const name of [
      'Yamada Taro',
      'YAMADA Taro',
      'Matsui Hanako',
      'Nitori Akihiro',
      'ニトリル手袋のご案内',
      'キャリアプラス通信',
      'アイフルホーム',
      'プロミスリング特集',
      'マイナンバーカードの申請',
      '西濃地方のお知らせ',
    ])
      expect(claims(name), name).to.deep.equal([]);
  });

  it('matches the short and generic brand names only as written by the brand (ING, CHASE, Citi, CAIXA)', () => {
    expect(claims('ING')).to.deep.equal(['ing']);
    expect(claims('ing')).to.deep.equal([]);
    expect(claims('CHASE')).to.deep.equal(['chase']);
    expect(claims('Chase Bank Alerts')).to.deep.equal(['chase']);
    expect(claims('Citi Cards')).to.deep.equal(['citi']);
    expect(claims('CAIXA')).to.deep.equal(['caixa']);
    // Wordmarks phishers sign with: the plain words stay free ("The Ledger", above).
    expect(claims('LEDGER')).to.deep.equal(['ledger']);
    expect(claims('Proton')).to.deep.equal(['proton']);
    expect(claims('NORTON')).to.deep.equal(['norton']);
    expect(claims('Caixa Econômica Federal')).to.deep.equal(['caixa']);
    // Strict names are display-name words: a sentence in free text does not claim them.
    expect(findClaimedBrands(index, 'please send the ING report', 'text')).to.deep.equal([]);
  });

  it('finds the new brands in their usual display names, in every script', () => {
    expect(claims('Royal Mail')).to.deep.equal(['royal-mail']);
    expect(claims('Poste Italiane')).to.deep.equal(['poste-italiane']);
    expect(claims('Receita Federal')).to.deep.equal(['receita-federal']);
    expect(claims('Agenzia delle Entrate')).to.deep.equal(['agenzia-entrate']);
    expect(claims('impots.gouv.fr')).to.deep.equal(['dgfip']);
    expect(claims('Itaú Unibanco')).to.deep.equal(['itau']);
    expect(claims('【住信SBIネット銀行】')).to.deep.equal(['netbk']);
    expect(claims('西濃運輸')).to.deep.equal(['seino']);
    expect(claims('ｱｺﾑ')).to.deep.equal(['acom']);
  });
});
