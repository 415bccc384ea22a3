import { expect } from 'chai';
import { getDomain } from 'tldts-icann';
import { decodeWords } from 'postal-mime';
import table from '../../../src/core/brands/brands.json';
import {
  brandDomainRole,
  brandsOwningDomain,
  findBrandInUrlParts,
  findClaimedBrands,
  isBrandDomain,
  loadBrands,
  plainReading,
  subjectBrandTag,
  type BrandIndex,
  type BrandMatch,
} from '../../../src/core/brands/lookup';
import type { BrandDefinition } from '../../../src/core/report';
import { fixtureText } from '../../helpers';
import { expectLinearTime } from '../../linear-time';

const index = loadBrands();

function claimed(text: string, where?: 'name' | 'text'): string[] {
  return findClaimedBrands(index, text, where).map((m) => m.brand.id);
}

function header(block: string, name: string): string {
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(block);
  return (match?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ');
}

function brandIdsIn(matches: BrandMatch[]): string[] {
  return matches.map((m) => m.brand.id);
}

describe('brand table (brands.json) as the index reads it (its shape: table.test.ts)', () => {
  const entries = table as {
    id: string;
    names: string[];
    strictNames?: string[];
    domains: string[];
    mailboxDomains?: string[];
    contentDomains?: string[];
    source: string;
  }[];

  it('writes names half-width: NFKC would not change them', () => {
    for (const e of entries) {
      for (const n of [...e.names, ...(e.strictNames ?? [])]) expect(n.normalize('NFKC'), `${e.id}: ${n}`).to.equal(n);
    }
  });

  it('loads without problems and keeps the built-in index cached', () => {
    // Read now, not at import: another file's test may have completed the suffix rules since, which rebuilds it once.
    const built = loadBrands();
    expect(built.problems).to.deep.equal([]);
    expect(loadBrands()).to.equal(built);
    expect(loadBrands([])).to.equal(built);
  });
});

describe('findClaimedBrands', () => {
  it('finds KAGOYA in the display name of the KAGOYA message (real header)', () => {
    const from = header(fixtureText('kagoya-2021-12.headers.txt'), 'From');
    const name = from.slice(0, from.indexOf('<')).trim();
    const matches = findClaimedBrands(index, name);
    expect(brandIdsIn(matches)).to.deep.equal(['kagoya']);
    expect(matches[0]!.text).to.equal('KAGOYA');
  });

  it('finds brands written in Latin, kana and kanji', () => {
    expect(claimed('Amazon.co.jp')).to.deep.equal(['amazon']);
    expect(claimed('アマゾン カスタマーサービス')).to.deep.equal(['amazon']);
    expect(claimed('カゴヤ・ジャパン')).to.deep.equal(['kagoya']);
    expect(claimed('三井住友カード株式会社')).to.deep.equal(['smbc-card']);
    expect(claimed('えきねっと「JR東日本」')).to.include('eki-net');
    expect(claimed('ゆうちょ銀行')).to.deep.equal(['yucho']);
  });

  it('reads full-width and half-width forms through NFKC and returns the text as written', () => {
    const matches = findClaimedBrands(index, 'ＫＡＧＯＹＡ サポート');
    expect(brandIdsIn(matches)).to.deep.equal(['kagoya']);
    expect(matches[0]!.text).to.equal('ＫＡＧＯＹＡ');
    expect(claimed('ｶｺﾞﾔ')).to.deep.equal(['kagoya']); // half-width kana with a separate voiced mark
    expect(claimed('三菱ＵＦＪニコス Net Branch')).to.deep.equal(['mufg-card']); // real jp_sf display name
  });

  it('ignores case for ordinary Latin names', () => {
    expect(claimed('amazon')).to.deep.equal(['amazon']);
    expect(claimed('KAGOYA JAPAN Inc.')).to.deep.equal(['kagoya']);
  });

  it('sees through invisible characters and a BOM prefix', () => {
    const matches = findClaimedBrands(index, '\ufeffKA\u200bGOYA');
    expect(brandIdsIn(matches)).to.deep.equal(['kagoya']);
    expect(matches[0]!.text).to.equal('KA\u200bGOYA');
    expect(claimed('KA\ufe0fGOYA')).to.deep.equal(['kagoya']); // a variation selector after a letter
  });

  it('reads Cyrillic look-alike letters as Latin and says so', () => {
    // Real jp_sf display name "Аmazon ID" (Cyrillic А).
    const matches = findClaimedBrands(index, '\u0410mazon ID');
    expect(brandIdsIn(matches)).to.deep.equal(['amazon']);
    expect(matches[0]!.confusable).to.equal(true);
  });

  it('matches Latin names as whole words only', () => {
    expect(claimed('online')).to.deep.equal([]);
    expect(claimed('Online Support')).to.deep.equal([]);
    expect(claimed('August newsletter')).to.deep.equal([]);
    expect(claimed('Paul Smith')).to.deep.equal([]);
    expect(claimed('Amazonian Tours')).to.deep.equal([]);
    expect(claimed('Banana Republic')).to.deep.equal([]);
    expect(claimed('etc.')).to.deep.equal([]);
  });

  it('treats a lower-to-upper case change as a word boundary (MyJCB, RakutenRakuma)', () => {
    expect(claimed('MyJcb')).to.deep.equal(['jcb']);
    expect(claimed('RakutenRakuma')).to.deep.equal(['rakuten']);
  });

  it('matches short ambiguous names only with their exact case', () => {
    expect(claimed('LINE Pay')).to.deep.equal(['line']);
    expect(claimed('LINE')).to.deep.equal(['line']);
    expect(claimed('Line Manager')).to.deep.equal([]);
    expect(claimed('auからのお知らせ')).to.deep.equal(['au']);
    expect(claimed('AU Small Finance')).to.deep.equal([]);
    expect(claimed('Apple')).to.deep.equal(['apple']);
    expect(claimed('apple pie')).to.deep.equal([]);
  });

  it('leaves strict names out of free text', () => {
    expect(claimed('LINE', 'text')).to.deep.equal([]);
    expect(claimed('Amazon.co.jpでのご注文の確認', 'text')).to.deep.equal(['amazon']);
  });

  it('prefers the longer name when one brand name lies inside another', () => {
    expect(claimed('楽天カード')).to.deep.equal(['rakuten-card']);
    expect(claimed('Yahoo! JAPAN')).to.deep.equal(['yahoo-japan']);
    expect(claimed('三菱UFJニコス')).to.deep.equal(['mufg-card']);
  });

  it('does not read AEON into ライオン (lion)', () => {
    expect(claimed('ライオン株式会社')).to.deep.equal([]);
  });

  it('returns nothing, without throwing, for empty or non-string input', () => {
    expect(findClaimedBrands(index, '')).to.deep.equal([]);
    expect(findClaimedBrands(index, undefined as unknown as string)).to.deep.equal([]);
  });

  it('stays fast on a long hostile display name', () => {
    for (const piece of ['au', 'ａ\u0301']) {
      expectLinearTime(
        (n) => piece.repeat(n),
        (name) => findClaimedBrands(index, name),
        50_000,
      );
    }
  });
});

describe('subjectBrandTag', () => {
  it('reads the tag of the KAGOYA subject (real header)', () => {
    const subject = decodeWords(header(fixtureText('kagoya-2021-12.headers.txt'), 'Subject'));
    const tag = subjectBrandTag(subject);
    expect(tag).to.equal('KAGOYA WEBメール');
    expect(brandIdsIn(findClaimedBrands(index, tag!))).to.deep.equal(['kagoya']);
  });

  it('reads [..], ＜..＞ and 「..」 tags', () => {
    expect(subjectBrandTag('[Amazon]ご利用の確認お願い致します')).to.equal('Amazon');
    expect(subjectBrandTag('＜三井住友カード＞ご利用確認')).to.equal('三井住友カード');
    expect(subjectBrandTag('「えきねっと」アカウントの自動退会処理について')).to.equal('えきねっと');
  });

  it('skips Re:/Fwd: prefixes, mailing-list tags and tags naming no brand (real jp_sf subjects)', () => {
    expect(subjectBrandTag('[Industrypack-devel] ＜重要＞【三井住友カード】ご利用確認のお願い')).to.equal(
      '三井住友カード',
    );
    expect(subjectBrandTag('Re: [V9fs-developer] [Amazon]ご利用の確認お願い致します')).to.equal('Amazon');
    expect(subjectBrandTag('ＦＷ： 【重要なお知らせ】【MyJCB】ご利用確認のお願い')).to.equal('MyJCB');
    expect(subjectBrandTag('[V9fs-developer] [重要]：【Amazonプライム会費のお支払い方法に問題があります】')).to.equal(
      'Amazonプライム会費のお支払い方法に問題があります',
    );
  });

  it('does not take a mailing-list tag for a brand claim', () => {
    expect(subjectBrandTag('[Industrypack-devel] お問い合わせありがとうございます。')).to.equal(undefined);
    expect(subjectBrandTag('Re: [Usrp-users] B210 clock question')).to.equal(undefined);
    expect(subjectBrandTag('[Proceed Studio] お問い合わせを承りました')).to.equal(undefined);
  });

  it('returns a non-list tag naming no known brand, for an unknown company claim', () => {
    expect(subjectBrandTag('【ヒーリングサロンオーシャン】この度はお問い合わせいただき')).to.equal(
      'ヒーリングサロンオーシャン',
    );
  });

  it('needs the tag at the start', () => {
    expect(subjectBrandTag('ご注文の確認【Amazon】')).to.equal(undefined);
    expect(subjectBrandTag('')).to.equal(undefined);
  });
});

describe('brand domains', () => {
  it('finds several brands sharing one sending service (otp-auth.net)', () => {
    const ids = brandsOwningDomain(index, 'otp-auth.net').map((b) => b.id);
    expect(ids).to.include.members(['smbc-card', 'ja-bank']);
  });

  it('matches a brand domain with its subdomains, and a host given instead of a registrable domain', () => {
    const kagoya = index.brands.find((b) => b.id === 'kagoya')!;
    expect(isBrandDomain(kagoya, 'kagoya.jp')).to.equal(true);
    expect(isBrandDomain(kagoya, 'support.kagoya.jp')).to.equal(true);
    expect(isBrandDomain(kagoya, 'air.linkclub.or.jp')).to.equal(false);
    expect(isBrandDomain(kagoya, 'kagoya.jp.evil.example')).to.equal(false);
    expect(brandsOwningDomain(index, 'mail.vpass.ne.jp').map((b) => b.id)).to.deep.equal(['smbc-card']);
  });

  it('keeps a domain under a brand’s own TLD as the brand’s (mydhl.express.dhl is DHL Express’s portal)', () => {
    expect(brandsOwningDomain(index, 'mydhl.express.dhl').map((b) => b.id)).to.deep.equal(['dhl']);
  });

  it('does not count free mail or customer hosting as the brand sending', () => {
    const microsoft = index.brands.find((b) => b.id === 'microsoft')!;
    expect(isBrandDomain(microsoft, 'outlook.com')).to.equal(false);
    expect(brandDomainRole(microsoft, 'outlook.com')).to.equal('mailbox');
    expect(brandDomainRole(microsoft, 'contoso.sharepoint.com')).to.equal('content');
    expect(brandsOwningDomain(index, 'amazonaws.com')).to.deep.equal([]);
    expect(brandsOwningDomain(index, 'amazonaws.com', ['content']).map((b) => b.id)).to.deep.equal(['amazon']);
  });
});

describe('findBrandInUrlParts', () => {
  function kagoyaLink(): URL {
    // The KAGOYA message's body (base64 in the real-shaped fixture) holds the planted link.
    const eml = fixtureText('kagoya-2021-12.eml');
    const body = eml.slice(eml.search(/\r?\n\r?\n/)).replace(/\s+/g, '');
    const html = Buffer.from(body, 'base64').toString('utf8');
    const href = /href="(https:\/\/santamariasold\.com[^"]*)"/.exec(html)?.[1];
    expect(href, 'link in fixture').to.be.a('string');
    return new URL(href!);
  }

  function inUrl(raw: string, idx: BrandIndex = index): BrandMatch[] {
    const url = new URL(raw);
    return findBrandInUrlParts(idx, {
      host: url.hostname,
      registrable: getDomain(url.hostname) ?? '',
      pathAndQuery: url.pathname + url.search,
    });
  }

  it('finds kagoya.net planted in the path of the KAGOYA link', () => {
    const url = kagoyaLink();
    const matches = findBrandInUrlParts(index, {
      host: url.hostname,
      registrable: 'santamariasold.com',
      pathAndQuery: url.pathname + url.search,
    });
    expect(matches).to.have.length(1);
    expect(matches[0]).to.include({ text: 'kagoya.net', kind: 'domain', where: 'path' });
    expect(matches[0]!.brand.id).to.equal('kagoya');
  });

  it('finds a brand domain in the subdomain labels and a dashed brand domain in the host', () => {
    expect(inUrl('https://amazon.co.jp.signin-verify.xyz/')[0]).to.include({
      text: 'amazon.co.jp',
      kind: 'domain',
      where: 'subdomain',
    });
    expect(inUrl('https://www-amazon-co-jp.example/')[0]).to.include({
      text: 'amazon-co-jp',
      kind: 'domain',
      where: 'host',
    });
    expect(inUrl('https://kagoya-verify.s3.amazonaws.com/index.html')[0]).to.include({
      text: 'kagoya',
      kind: 'name',
      where: 'subdomain',
    });
  });

  it('does not report a brand in links to its own site', () => {
    expect(inUrl('https://www.amazon.co.jp/gp/css/order-history?ref=amazon.co.jp')).to.deep.equal([]);
    expect(inUrl('https://support.kagoya.jp/kagoya.net/manual')).to.deep.equal([]);
    // Real corpus links: Yahoo's own host is no Yahoo! JAPAN claim; えきねっと's own image names its JR East partner.
    expect(inUrl('http://finance.yahoo.com/')).to.deep.equal([]);
    expect(inUrl('https://www.eki-net.com/Personal/member/wb/img/logo_jreast.png')).to.deep.equal([]);
  });

  it('reads only the customer part of a hosting domain', () => {
    expect(inUrl('https://kb1vc.github.io/SoDaRadio/')).to.deep.equal([]);
    expect(inUrl('https://amazon.exsj.cn/')[0]).to.include({ text: 'amazon', kind: 'name', where: 'subdomain' });
  });

  it('does not read a longer word or domain as the brand', () => {
    expect(inUrl('https://example.com/notkagoya.net/')).to.deep.equal([]);
    expect(inUrl('https://example.com/kagoyaland/amazonaws/')).to.deep.equal([]);
    expect(inUrl('https://online-store.example.com/line/apple/')).to.deep.equal([]);
  });

  it('does not read a brand in the ordinary word under its own TLD (express.com is not DHL)', () => {
    expect(inUrl('https://www.express.com/sale')).to.deep.equal([]);
    expect(inUrl('https://example.com/express/')).to.deep.equal([]);
  });

  it('does not take the reader address in a query for a planted brand', () => {
    expect(inUrl('https://example.com/track?uid=taro@docomo.ne.jp')).to.deep.equal([]);
  });

  it('stays fast on a long hostile path', () => {
    expectLinearTime(
      (n) => ({ host: 'a.example.com', registrable: 'example.com', pathAndQuery: '/' + 'a.b-'.repeat(n) }),
      (parts) => findBrandInUrlParts(index, parts),
      100_000,
    );
  });
});

describe('extra brands', () => {
  it('adds an admin brand and merges one with a built-in id', () => {
    const idx = loadBrands([
      { id: 'acme', names: ['ACME 経理部'], domains: ['acme.example.co.jp'], source: 'admin' },
      { id: 'kagoya', names: ['カゴヤ総務'], domains: ['kagoya-partner.example'], source: '' },
    ]);
    expect(claimed('ACME 経理部')).to.deep.equal([]);
    expect(findClaimedBrands(idx, 'ACME 経理部').map((m) => m.brand.id)).to.deep.equal(['acme']);
    expect(brandsOwningDomain(idx, 'example.co.jp').map((b) => b.id)).to.deep.equal(['acme']);
    const kagoya = idx.brands.find((b) => b.id === 'kagoya')!;
    expect(kagoya.domains).to.include.members(['kagoya.jp', 'kagoya.net', 'kagoya-partner.example']);
  });

  it('skips malformed extras and says why, without throwing', () => {
    const idx = loadBrands([
      { id: '', names: [], domains: [] } as never,
      42 as never,
      { id: 'x', names: ['X社'], domains: ['not a domain'], source: '' },
    ]);
    expect(idx.problems.length).to.be.at.least(3);
    expect(idx.brands.length).to.equal(index.brands.length);
  });
});

describe('claims read through disguises (issue #16, family 7)', () => {
  it('claims the brand whatever hides or styles its letters in a display name', () => {
    for (const name of [
      'Pay\u200bPal',
      'Pay\u{e0020}Pal Service',
      'P\ufe0fayPal',
      '𝐏𝐚𝐲𝐏𝐚𝐥',
      'ᴘᴀʏᴘᴀʟ',
      '🅿🅰🆈🅿🅰🅻',
      'ⓅⓐⓨⓅⓐⓛ',
      'Ｐａｙｐａｌ',
      'P a y P a l',
      'РауРаӏ Support',
    ])
      expect(claimed(name), JSON.stringify(name)).to.deep.equal(['paypal']);
    expect(claimed('三 井 住 友 カ ー ド')).to.deep.equal(['smbc-card']);
  });

  it('highlights the claim as written, spaces and invisible characters included', () => {
    expect(findClaimedBrands(index, 'Notice: P a y P a l team')[0]?.text).to.equal('P a y P a l');
    expect(findClaimedBrands(index, 'Pay\u200bPal Service')[0]?.text).to.equal('Pay\u200bPal');
  });

  it('joins spaced letters only within a run of one-letter words, so words around them stay apart', () => {
    expect(claimed('Plan B a la carte')).to.deep.equal([]);
    expect(claimed('Sergei P a y e v')).to.deep.equal([]);
  });

  it('reads a disguised subject tag as its brand', () => {
    expect(subjectBrandTag('【三 井 住 友 カ ー ド】ご利用確認', index)).to.equal('三 井 住 友 カ ー ド');
    expect(subjectBrandTag('[𝐏𝐚𝐲𝐏𝐚𝐥] Account limited', index)).to.equal('𝐏𝐚𝐲𝐏𝐚𝐥');
  });
});

describe('brand names as the index reads them', () => {
  /** normalizeForMatch's lower-case reading of `text`: each character lower-cased unless that changes its length. */
  const lowerOf = (cased: string) =>
    Array.from(cased, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');

  it('reads every name, plain ASCII or not, as the matcher reads text (plainReading), one-letter words spaced too', () => {
    const index = loadBrands([
      {
        id: 'spaced-names',
        names: ['A B C Bank', 'P a y P a l', 'x-y z', 'AB C D E', 'Q 1 2', ' Acme  Co ', 'Ｆｕｌｌ', 'İstanbul Kart'],
        strictNames: ['J C B', 'JcB'],
        domains: ['spaced-names.example'],
        source: 'admin',
      } as BrandDefinition, // strict names too: the index reads them from an extra brand as from the table
    ]);
    const expected = index.brands.flatMap((brand) =>
      [
        ...brand.names.map((name) => lowerOf(plainReading(name.trim()))),
        ...brand.strictNames.map((name) => plainReading(name.trim())),
      ]
        .filter((text) => text.length > 0)
        .map((text) => [brand.id, text]),
    );
    expect(index.names.map((p) => [p.brand.id, p.text])).to.deep.equal(expected);
    // Spaced one-letter words are joined in a name as in the text it is looked for in.
    const spaced = index.names.filter((p) => p.brand.id === 'spaced-names').map((p) => p.text);
    expect(spaced).to.include.members(['abc bank', 'paypal', 'x-y z', 'ab cde', 'q12', 'acme  co', 'JCB', 'JcB']);
    expect(findClaimedBrands(index, 'P a y P a l').map((m) => m.brand.id)).to.include('spaced-names');
  });
});
