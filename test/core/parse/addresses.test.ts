import { expect } from 'chai';
import fc from 'fast-check';
import { addressParser } from 'postal-mime';
import {
  parseAddressList,
  parseDate,
  parseMessageId,
  plainAddressList,
  rewrittenFrom,
} from '../../../src/core/parse/addresses';
import { firstHeader, splitHeaderBlock, splitHeaderBytes } from '../../../src/core/parse/headers';
import { fixture, fixtureText } from '../../helpers';

const headerOf = (file: string, name: string): string =>
  firstHeader(splitHeaderBytes(fixture(file)).headers, name)!.value;

describe('parseAddressList', () => {
  it('reads the KAGOYA From: brand in the name, a third party in the address', () => {
    const from = firstHeader(splitHeaderBlock(fixtureText('kagoya-2021-12.headers.txt')), 'from')!.value;
    const expected = {
      name: 'KAGOYA Inc',
      address: 'sawada@air.linkclub.or.jp',
      domain: 'air.linkclub.or.jp',
      registrable: 'linkclub.or.jp',
    };
    expect(parseAddressList(from)).to.deep.equal([expected]);
    expect(parseAddressList('"KAGOYA Inc" <sawada@air.linkclub.or.jp>')).to.deep.equal([expected]);
  });

  it('decodes an ISO-2022-JP display name rewritten by a list (real jp_sf From and Reply-To)', () => {
    expect(parseAddressList(headerOf('msg-jp-sf-amazon-iso2022jp.eml', 'from'))).to.deep.equal([
      {
        name: 'Amazon.お客様 via Industrypack-devel',
        address: 'industrypack-devel@lists.sourceforge.net',
        domain: 'lists.sourceforge.net',
        registrable: 'sourceforge.net',
      },
    ]);
    expect(parseAddressList(headerOf('msg-jp-sf-amazon-iso2022jp.eml', 'reply-to'))).to.deep.equal([
      { name: 'Amazon.お客様', address: 'service@2cp9jw.cn', domain: '2cp9jw.cn', registrable: '2cp9jw.cn' },
    ]);
  });

  it('reads a display name that arrived as raw Shift_JIS bytes', () => {
    expect(parseAddressList(headerOf('msg-sjis-raw-from.synthetic.eml', 'from'))[0]).to.include({
      name: '三井住友カード',
      domain: 'smbc-card.example.net',
      registrable: 'example.net',
    });
  });

  it('keeps an address-looking display name as the name, never as the address', () => {
    expect(parseAddressList('"support@amazon.co.jp" <x@evil.example>')[0]).to.include({
      name: 'support@amazon.co.jp',
      address: 'x@evil.example',
      domain: 'evil.example',
    });
    expect(parseAddressList('support@amazon.co.jp <x@evil.example>')[0]).to.include({
      name: 'support@amazon.co.jp',
      address: 'x@evil.example',
    });
  });

  it('keeps full-width and zero-width characters in the name as written, and lower-cases the domain only', () => {
    const [a] = parseAddressList('Ａｍａｚｏｎ\u200b <Account-Update@EVIL.Example>');
    expect(a).to.deep.equal({
      name: 'Ａｍａｚｏｎ\u200b',
      address: 'Account-Update@evil.example',
      domain: 'evil.example',
      registrable: 'evil.example',
    });
  });

  it('reads the null sender <> (bounces, Return-Path) as one mailbox with no address', () => {
    expect(parseAddressList('<>')).to.deep.equal([{ name: '', address: '', domain: '', registrable: '' }]);
  });

  it('reads bare addresses, addresses with a comment name, and flattens groups', () => {
    expect(parseAddressList('info@example.co.jp')).to.deep.equal([
      { name: '', address: 'info@example.co.jp', domain: 'example.co.jp', registrable: 'example.co.jp' },
    ]);
    expect(parseAddressList('info@example.co.jp (Info Desk)')[0]).to.include({
      name: 'Info Desk',
      address: 'info@example.co.jp',
    });
    expect(parseAddressList('Team: a@example.com, "B" <b@example.org>;').map((a) => a.address)).to.deep.equal([
      'a@example.com',
      'b@example.org',
    ]);
    expect(parseAddressList('undisclosed-recipients:;')).to.deep.equal([]);
  });

  it('shows punycode domains in Unicode and leaves address literals without a registrable domain', () => {
    expect(parseAddressList('x@XN--WGV71A119E.jp')[0]).to.include({
      domain: '日本語.jp',
      registrable: '日本語.jp',
      address: 'x@xn--wgv71a119e.jp',
    });
    expect(parseAddressList('<a@[192.0.2.1]>')[0]).to.include({ domain: '[192.0.2.1]', registrable: '' });
    expect(parseAddressList('a@b@evil.example')[0]).to.include({ domain: 'evil.example' });
  });

  it('returns something readable for junk, without throwing, and quickly for huge values', () => {
    expect(parseAddressList('')).to.deep.equal([]);
    expect(parseAddressList('KAGOYA Inc')).to.deep.equal([
      { name: 'KAGOYA Inc', address: '', domain: '', registrable: '' },
    ]);
    expect(parseAddressList(undefined as unknown as string)).to.deep.equal([]);
    const t0 = Date.now();
    const many = parseAddressList('=?utf-8?b?QUFB?= '.repeat(60_000) + '<a@example.com>');
    const list = parseAddressList('user@example.com, '.repeat(60_000));
    expect(Date.now() - t0).to.be.lessThan(3000);
    expect(many.length).to.be.lessThanOrEqual(1);
    expect(list.length).to.be.greaterThan(10_000);
    expect(list.every((a) => a.address === 'user@example.com')).to.equal(true);
  });
});

describe('plainAddressList (the fast path for lists of bare addresses)', () => {
  // What addressParser makes of the same value: the fast path must give exactly that, or step aside.
  const byParser = (value: string) =>
    addressParser(value, { flatten: true }).map((m) => ({ name: m.name, address: m.address }));
  const byFastPath = (value: string) => plainAddressList(value)?.map((address) => ({ name: '', address }));

  it('reads a To of bare addresses as addressParser does, and steps aside for names, brackets and groups', () => {
    const list = 'u0@d0.example.com, U1@D1.Example.COM,x.y+z@mail-1.example.co.jp';
    expect(byFastPath(list)).to.deep.equal(byParser(list));
    for (const other of [
      '"A" <a@b.example>',
      'a@b.example;c@d.example',
      'Team: a@b.example;',
      'a@b.example,',
      '',
      'a@b.example (x)',
    ]) {
      expect(plainAddressList(other), other).to.equal(undefined);
    }
  });

  it('agrees with addressParser on generated lists, whenever it answers', () => {
    const atom = fc
      .array(fc.constantFrom('a', 'Z', '0', '.', '-', '_', '+'), { minLength: 0, maxLength: 6 })
      .map((c) => c.join(''));
    const bare = fc.tuple(atom, atom).map(([l, d]) => `${l}@${d}`);
    const noise = fc.constantFrom(
      '',
      ' ',
      '  ',
      '"',
      '<',
      '>',
      ';',
      ':',
      '(',
      ')',
      '\t',
      '=?utf-8?B?YQ==?=',
      '@',
      ',',
      ' , ',
    );
    const piece = fc.oneof(bare, noise, atom);
    const local = fc
      .array(fc.constantFrom('a', 'Z', '0', '.', '-', '_', '+'), { minLength: 1, maxLength: 6 })
      .map((c) => c.join(''));
    const domain = fc
      .array(fc.constantFrom('a', 'Z', '0', '.', '-'), { minLength: 1, maxLength: 6 })
      .map((c) => c.join(''));
    const plainList = fc
      .array(fc.tuple(local, domain, fc.constantFrom(',', ', ', ' ,  ')), { minLength: 1, maxLength: 8 })
      .map((p) => ` ${p.map(([l, d, sep]) => `${l}@${d}${sep}`).join('')}`.replace(/[ ,]+$/, ' '));
    const lists = fc.oneof(
      plainList,
      fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
    );
    let answered = 0;
    fc.assert(
      fc.property(lists, (value) => {
        const fast = byFastPath(value);
        if (fast) answered++;
        return fast === undefined || JSON.stringify(fast) === JSON.stringify(byParser(value));
      }),
      { numRuns: 3000 },
    );
    expect(answered).to.be.greaterThan(1000);
  });
});

describe('parseMessageId', () => {
  it('returns the id without angle brackets', () => {
    const value = firstHeader(splitHeaderBlock(fixtureText('kagoya-2021-12.headers.txt')), 'message-id')!.value;
    expect(parseMessageId(value)).to.equal('a498e5a6-ba65-f4c9-22b9-4a3d45829663@air.linkclub.or.jp');
    expect(parseMessageId(' (comment) <20020808135752.6D55E2940C8@xent.com> ')).to.equal(
      '20020808135752.6D55E2940C8@xent.com',
    );
  });

  it('accepts a bare id@host and rejects what cannot be an id', () => {
    expect(parseMessageId('52edbf1ea4225ea49544edc36ee95885@yen-group.com')).to.equal(
      '52edbf1ea4225ea49544edc36ee95885@yen-group.com',
    );
    for (const bad of ['', '<>', '<a b@c>', '<unclosed@x', 'no-at-sign', '<a"b@c>'])
      expect(parseMessageId(bad), bad).to.equal(undefined);
  });
});

describe('parseDate', () => {
  it('reads RFC 5322 dates with numeric zones and trailing (JST) comments', () => {
    expect(parseDate('Sun, 19 Dec 2021 11:47:49 +0000')).to.equal(Date.UTC(2021, 11, 19, 11, 47, 49));
    expect(parseDate('Sun, 19 Dec 2021 20:47:55 +0900 (JST)')).to.equal(Date.UTC(2021, 11, 19, 11, 47, 55));
    expect(parseDate('Sat, 19 Jun 2021 05:24:35 +0200 (CEST)')).to.equal(Date.UTC(2021, 5, 19, 3, 24, 35));
    expect(parseDate('Sun, 19 Dec 2021 20:47:55 +0900 (東京 (標準時))')).to.equal(Date.UTC(2021, 11, 19, 11, 47, 55));
  });

  it('reads obsolete forms: no zone, zone names, two-digit years, no seconds, no weekday, extra spaces', () => {
    expect(parseDate('Thu, 8 Aug 2002 11:08:32')).to.equal(Date.UTC(2002, 7, 8, 11, 8, 32)); // real spamassassin Date
    expect(parseDate('Thu,  8 Aug 2002 10:02:33 -0400 (EDT)')).to.equal(Date.UTC(2002, 7, 8, 14, 2, 33));
    expect(parseDate('8 Aug 02 06:59 PDT')).to.equal(Date.UTC(2002, 7, 8, 13, 59));
    expect(parseDate('Mon, 7 Mar 2022 18:01:00 JST')).to.equal(Date.UTC(2022, 2, 7, 9, 1));
    expect(parseDate('1 Jan 99 00:00:00 GMT')).to.equal(Date.UTC(1999, 0, 1));
  });

  it('reads asctime and ISO 8601 forms some mailers write', () => {
    expect(parseDate('Sun Dec 19 20:47:55 2021')).to.equal(Date.UTC(2021, 11, 19, 20, 47, 55));
    expect(parseDate('2021-12-19T20:47:55+09:00')).to.equal(Date.UTC(2021, 11, 19, 11, 47, 55));
  });

  it('returns undefined for impossible or missing dates', () => {
    for (const bad of [
      '',
      'garbage',
      'Mon, 30 Feb 2022 10:00:00 +0000',
      'Mon, 7 Mar 2022 25:00:00 +0000',
      '7 Mar 10:00:00',
    ]) {
      expect(parseDate(bad), bad).to.equal(undefined);
    }
  });
});

describe('rewrittenFrom', () => {
  it('reads a list’s or group’s rewritten From (`Ana Lima via Devel`), in any case', () => {
    expect(rewrittenFrom('Ana Lima via Devel')).to.equal(true);
    expect(rewrittenFrom('Ana Lima VIA Google Groups')).to.equal(true);
  });

  it('needs a name on both sides: a name that only mentions "via" is no rewrite', () => {
    expect(rewrittenFrom('via Devel')).to.equal(false);
    expect(rewrittenFrom('Ana Lima via ')).to.equal(false);
    expect(rewrittenFrom('Viasat Billing')).to.equal(false);
    expect(rewrittenFrom('')).to.equal(false);
  });
});
