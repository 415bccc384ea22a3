import { expect } from 'chai';
import {
  decodeEncodedWords,
  decodeHeaderBytes,
  firstHeader,
  headerValues,
  MAX_HEADER_FIELDS,
  readHeaderBlock,
  splitHeaderBlock,
  splitHeaderBytes,
} from '../../../src/core/parse/headers';
import { fixture, fixtureText } from '../../helpers';
import { expectLinearTime } from '../../linear-time';

const KAGOYA_SUBJECT = '【KAGOYA WEBメール】ログインのお知らせ< 1 秒 前",';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const names = (text: string): string[] => splitHeaderBlock(text).map((h) => h.name);

/** Real Received line shape from the KAGOYA fixture, for the synthetic size tests below. */
const RECEIVED =
  'Received: from [127.0.0.1] (unknown [52.140.217.90])\r\n\tby mail.air.linkclub.or.jp (Postfix) with ESMTPA id 7C1A2C01D3\r\n' +
  '\tfor <info@example.co.jp>; Sun, 19 Dec 2021 20:47:55 +0900 (JST)\r\n';

describe('splitHeaderBlock', () => {
  it('reads the KAGOYA header block in order, with both Received lines and their continuations unfolded', () => {
    const headers = splitHeaderBlock(fixtureText('kagoya-2021-12.headers.txt'));
    expect(headers.map((h) => h.name)).to.deep.equal([
      'Return-Path',
      'Delivered-To',
      'Received',
      'Authentication-Results',
      'Received',
      'Message-ID',
      'Date',
      'From',
      'To',
      'Subject',
      'MIME-Version',
      'Content-Type',
      'Content-Transfer-Encoding',
    ]);
    expect(headers.map((h) => h.index)).to.deep.equal([...Array(13).keys()]);
    expect(headers[4]).to.deep.equal({
      name: 'Received',
      key: 'received',
      value:
        'from [127.0.0.1] (unknown [52.140.217.90]) by mail.air.linkclub.or.jp (Postfix) with ESMTPA id 7C1A2C01D3 ' +
        'for <info@example.co.jp>; Sun, 19 Dec 2021 20:47:51 +0900 (JST)',
      index: 4,
    });
    expect(firstHeader(headers, 'FROM')?.value).to.equal('KAGOYA Inc <sawada@air.linkclub.or.jp>');
  });

  it("reads Outlook's Microsoft 365 header string (CRLF, single-space folds) keeping all three internal hops on top", () => {
    const headers = splitHeaderBlock(fixtureText('kagoya-2021-12.m365.headers.txt'));
    const received = headerValues(headers, 'received');
    expect(received.length).to.be.greaterThan(3);
    expect(received[0]).to.equal(
      'from TYWPR01MB10982.jpnprd01.prod.outlook.com (2603:1096:400:3a2::11) by ' +
        'OS3PR01MB8460.jpnprd01.prod.outlook.com with HTTPS; Sun, 19 Dec 2021 11:47:57 +0000',
    );
    expect(firstHeader(headers, 'authentication-results')?.value).to.equal(
      'spf=pass (sender IP is 203.0.113.25) smtp.mailfrom=air.linkclub.or.jp; dkim=none (message not signed) ' +
        'header.d=none;dmarc=bestguesspass action=none header.from=air.linkclub.or.jp;compauth=pass reason=109',
    );
    expect(headers.filter((h) => h.key.startsWith('x-ms-exchange-organization-')).length).to.be.greaterThan(0);
  });

  it('gives the same fields for LF and CRLF line ends', () => {
    const crlf = fixtureText('kagoya-2021-12.m365.headers.txt');
    expect(splitHeaderBlock(crlf.replace(/\r\n/g, '\n'))).to.deep.equal(splitHeaderBlock(crlf));
  });

  it('stops at the first empty line, so the body of an .eml is not read as headers', () => {
    const headers = splitHeaderBlock(fixtureText('kagoya-2021-12.eml'));
    expect(headers.length).to.equal(13);
    expect(headers.at(-1)?.value).to.equal('base64');
  });

  it('drops a leading mbox From line, a UTF-8 BOM and leading empty lines of a pasted block', () => {
    const block = fixtureText('kagoya-2021-12.headers.txt');
    const expected = names(block);
    expect(names('From sawada@air.linkclub.or.jp Sun Dec 19 20:47:55 2021\n' + block)).to.deep.equal(expected);
    expect(names('\ufeff' + block)).to.deep.equal(expected);
    expect(names('\r\n\r\n' + block)).to.deep.equal(expected);
    // obsolete syntax (RFC 5322 §4.5): WSP before the colon is still a field, not an mbox line
    expect(splitHeaderBlock('From : KAGOYA Inc <sawada@air.linkclub.or.jp>\n')[0]).to.include({
      name: 'From',
      value: 'KAGOYA Inc <sawada@air.linkclub.or.jp>',
    });
  });

  it('skips and reports a line that is neither a field nor a continuation, with its own continuations', () => {
    // synthetic: a pasted block where the mail client's preamble line slipped in between fields
    const { headers, problems } = readHeaderBlock(
      'Subject: hello\r\nThis is a multi-part message in MIME format.\r\n continued junk\r\nTo: info@example.co.jp\r\n',
    );
    expect(headers.map((h) => [h.name, h.value, h.index])).to.deep.equal([
      ['Subject', 'hello', 0],
      ['To', 'info@example.co.jp', 1],
    ]);
    expect(problems).to.deep.equal([
      { code: 'header-line-skipped', where: 'line 2', value: 'This is a multi-part message in MIME format.' },
    ]);
    expect(readHeaderBlock('  orphan continuation\nSubject: x\n').problems[0]).to.include({
      code: 'header-line-skipped',
      where: 'line 1',
    });
    expect(readHeaderBlock('Dear customer: your account\n').headers).to.deep.equal([]);
  });

  it("skips the banner line old Outlook puts above pasted headers ('Microsoft Mail Internet Headers Version 2.0')", () => {
    const block = 'Microsoft Mail Internet Headers Version 2.0\r\n' + fixtureText('kagoya-2021-12.headers.txt');
    const { headers, problems } = readHeaderBlock(block);
    expect(headers.map((h) => h.name)).to.deep.equal(names(fixtureText('kagoya-2021-12.headers.txt')));
    expect(problems).to.deep.equal([
      { code: 'header-line-skipped', where: 'line 1', value: 'Microsoft Mail Internet Headers Version 2.0' },
    ]);
  });

  it('keeps the whitespace of a fold as one space and the value otherwise as written', () => {
    const [h] = splitHeaderBlock('Subject: =?utf-8?b?44CQS0FHT1lB?=\r\n\t\t =?utf-8?b?IFdFQg==?=  \r\n');
    expect(h?.value).to.equal('=?utf-8?b?44CQS0FHT1lB?= =?utf-8?b?IFdFQg==?=');
    expect(splitHeaderBlock('X-Note: \u200b\ufeffhidden\u00a0 \n')[0]?.value).to.equal('\u200b\ufeffhidden\u00a0');
  });

  it('returns no fields for an empty string or text that has no header line', () => {
    expect(splitHeaderBlock('')).to.deep.equal([]);
    expect(splitHeaderBlock('\r\n\r\n')).to.deep.equal([]);
    expect(readHeaderBlock('just some words\nand more words\n').problems.map((p) => p.code)).to.deep.equal([
      'header-line-skipped',
      'header-line-skipped',
    ]);
  });

  it('reads a 1 MB single header line whole, in linear time', () => {
    const block = (n: number) => `Subject: ${'x'.repeat(n)}\r\nTo: info@example.co.jp\r\n`;
    expectLinearTime(block, splitHeaderBlock, 1024 * 1024);
    const headers = splitHeaderBlock(block(1024 * 1024));
    expect(headers.map((h) => h.name)).to.deep.equal(['Subject', 'To']);
    expect(headers[0]?.value.length).to.equal(1024 * 1024);
  });

  it('reads 10,000 folded Received lines (a mail loop) in order, in linear time', () => {
    const loop = (n: number) => RECEIVED.repeat(n) + 'From: KAGOYA Inc <sawada@air.linkclub.or.jp>\r\n';
    expectLinearTime(loop, splitHeaderBlock, 10_000);
    const headers = splitHeaderBlock(loop(10_000));
    expect(headerValues(headers, 'received').length).to.equal(10_000);
    expect(headers[9_999]?.value).to.match(/^from \[127\.0\.0\.1\] .* by mail\.air\.linkclub\.or\.jp .* \(JST\)$/);
    expect(headers[10_000]).to.include({ name: 'From', index: 10_000 });
  });

  it(`keeps the first ${MAX_HEADER_FIELDS} fields of a bigger block and says it cut the rest`, () => {
    const { headers, problems } = readHeaderBlock('X-Loop: yes\n'.repeat(MAX_HEADER_FIELDS + 5));
    expect(headers.length).to.equal(MAX_HEADER_FIELDS);
    expect(problems).to.deep.equal([
      { code: 'headers-truncated', where: 'header block', value: `more than ${MAX_HEADER_FIELDS} fields` },
    ]);
    expect(readHeaderBlock('X-Loop: yes\n'.repeat(MAX_HEADER_FIELDS)).problems).to.deep.equal([]);
  });

  it('cuts a header block over 4 MB at a line end and says so', () => {
    const line = `X-Filler: ${'y'.repeat(1000)}\n`;
    const { headers, problems } = readHeaderBlock(line.repeat(4200));
    expect(problems.map((p) => p.code)).to.deep.equal(['headers-truncated']);
    expect(headers.length).to.be.within(4000, 4194);
    expect(headers.every((h) => h.value.length === 1000)).to.equal(true);
  });
});

describe('splitHeaderBytes', () => {
  it('finds the body after the empty line and keeps the header bytes as they were', () => {
    const raw = fixture('kagoya-2021-12.eml');
    const { headers, headerBytes, bodyOffset, problems } = splitHeaderBytes(raw);
    expect(headers).to.deep.equal(splitHeaderBlock(fixtureText('kagoya-2021-12.headers.txt')));
    expect(new TextDecoder().decode(raw.subarray(bodyOffset, bodyOffset + 8))).to.equal('PGh0bWw+');
    expect(new TextDecoder().decode(headerBytes)).to.equal(fixtureText('kagoya-2021-12.headers.txt'));
    expect(problems).to.deep.equal([]);
  });

  it('cuts a raw header block over 4 MB but keeps all of its bytes', () => {
    const raw = utf8(`X-Filler: ${'y'.repeat(1000)}\r\n`.repeat(4200) + '\r\nbody');
    const split = splitHeaderBytes(raw);
    expect(split.problems).to.deep.equal([
      { code: 'headers-truncated', where: 'header block', value: 'more than 4194304 bytes' },
    ]);
    expect(split.headers.length).to.be.within(4000, 4194);
    expect(split.headerBytes.length).to.equal(raw.length - 6);
    expect(split.bodyOffset).to.equal(raw.length - 4);
  });

  it('takes all of a header-only file (no empty line) as the header block', () => {
    const raw = fixture('kagoya-2021-12.m365.headers.txt');
    const split = splitHeaderBytes(raw);
    expect(split.bodyOffset).to.equal(raw.length);
    expect(split.headers.length).to.equal(splitHeaderBlock(fixtureText('kagoya-2021-12.m365.headers.txt')).length);
  });

  it('leaves valid UTF-8 header bytes as they are, with no charset', () => {
    const [h] = splitHeaderBytes(utf8('Subject: 【重要】Amazon.co.jp アカウント\r\n\r\nbody')).headers;
    expect(h).to.deep.equal({ name: 'Subject', key: 'subject', value: '【重要】Amazon.co.jp アカウント', index: 0 });
  });

  it('decodes a From display name written in raw Shift_JIS bytes and says shift_jis', () => {
    // synthetic, real-shaped (see the fixture): a phishing kit writing the name in raw Shift_JIS
    const split = splitHeaderBytes(fixture('msg-sjis-raw-from.synthetic.eml'));
    expect(firstHeader(split.headers, 'from')).to.include({
      value: '三井住友カード <info@smbc-card.example.net>',
      charset: 'shift_jis',
    });
    expect(firstHeader(split.headers, 'subject')?.charset).to.equal(undefined); // an encoded word: plain ASCII
    // the original bytes stay recoverable
    expect(new TextDecoder('shift_jis').decode(split.headerBytes)).to.contain(
      'From: 三井住友カード <info@smbc-card.example.net>',
    );
  });

  it('decodes raw EUC-JP and raw ISO-2022-JP header bytes', () => {
    const euc = splitHeaderBytes(fixture('hdr-eucjp-raw-subject.synthetic.eml')).headers;
    expect(firstHeader(euc, 'subject')).to.include({ value: 'お支払い方法の確認', charset: 'euc-jp' });
    expect(firstHeader(euc, 'from')).to.include({
      value: '楽天カード <support@rakuten-card.example.org>',
      charset: 'euc-jp',
    });
    const jis = splitHeaderBytes(fixture('hdr-iso2022jp-raw-subject.synthetic.eml')).headers;
    expect(firstHeader(jis, 'subject')).to.include({ value: '会議のご案内', charset: 'iso-2022-jp' });
    expect(firstHeader(jis, 'from')).to.include({ value: '山田 太郎 <yamada@example.jp>', charset: 'iso-2022-jp' });
  });

  it('decodes raw Latin-1 subjects of real 2002 spam as windows-1252, after the mbox From line', () => {
    const pound = splitHeaderBytes(fixture('msg-latin1-subject-pound.spamassassin.eml')).headers;
    expect(firstHeader(pound, 'subject')).to.include({
      value: 'Save £5.00 on Creamfields tickets',
      charset: 'windows-1252',
    });
    const seg = splitHeaderBytes(fixture('msg-latin1-subject-seguranca.spamassassin.eml')).headers;
    expect(seg[0]).to.include({ name: 'Return-Path', index: 0 });
    // `ç` + `a` is also a valid Shift_JIS kanji (軋): the Latin reading must win
    expect(firstHeader(seg, 'subject')).to.include({ value: '_Melhore sua segurança_', charset: 'windows-1252' });
  });

  it('returns an empty result for empty input and for binary junk, without throwing', () => {
    expect(splitHeaderBytes(new Uint8Array(0))).to.deep.include({ headers: [], bodyOffset: 0, problems: [] });
    let seed = 7;
    const junk = new Uint8Array(64 * 1024).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
    const split = splitHeaderBytes(junk);
    expect(split.headers).to.deep.equal([]);
    expect(split.problems.length).to.be.greaterThan(0);
    expect(split.problems.every((p) => p.code === 'header-line-skipped')).to.equal(true);
  });
});

describe('decodeHeaderBytes (charset detection)', () => {
  const cases: [string, string, number[]][] = [
    ['Shift_JIS kanji', 'shift_jis', [0x93, 0x63, 0x92, 0x86]], // 田中
    ['Shift_JIS half-width katakana', 'shift_jis', [0xb1, 0xcf, 0xbf, 0xde, 0xdd]], // ｱﾏｿﾞﾝ
    ['EUC-JP katakana', 'euc-jp', [0xa5, 0xa2, 0xa5, 0xab, 0xa5, 0xa6, 0xa5, 0xf3, 0xa5, 0xc8]], // アカウント
    ['Latin-1 accents', 'windows-1252', [0x4e, 0x6f, 0xeb, 0x6c, 0x20, 0x47, 0x72, 0xf6, 0xdf, 0x65]], // Noël Größe
  ];
  for (const [label, charset, bytes] of cases) {
    it(`reads ${label} as ${charset}`, () => {
      const out = decodeHeaderBytes(new Uint8Array(bytes));
      expect(out.charset).to.equal(charset);
      expect(out.text).to.equal(new TextDecoder(charset).decode(new Uint8Array(bytes)));
    });
  }
});

describe('decodeEncodedWords', () => {
  it('joins the two adjacent UTF-8 B words of the KAGOYA subject', () => {
    const subject = firstHeader(splitHeaderBlock(fixtureText('kagoya-2021-12.eml')), 'subject')!.value;
    expect(decodeEncodedWords(subject)).to.equal(KAGOYA_SUBJECT);
  });

  it('decodes the real ISO-2022-JP subject of a jp_sf Amazon phish, list tag kept', () => {
    const subject = firstHeader(splitHeaderBytes(fixture('msg-jp-sf-amazon-iso2022jp.eml')).headers, 'subject')!.value;
    expect(decodeEncodedWords(subject)).to.equal('[Industrypack-devel] 重要ヒント：お支払い方法の情報を更新');
  });

  it('decodes Shift_JIS, EUC-JP and Q-encoded words', () => {
    const subject = firstHeader(splitHeaderBytes(fixture('msg-sjis-raw-from.synthetic.eml')).headers, 'subject')!.value;
    expect(subject).to.match(/^=\?Shift_JIS\?B\?/);
    expect(decodeEncodedWords(subject)).to.equal('【重要】カードご利用確認のお願い');
    expect(decodeEncodedWords('=?EUC-JP?B?pKKkq6SmpPOkyA==?=')).to.equal('あかうんと');
    expect(decodeEncodedWords('=?utf-8?Q?Caf=C3=A9_au_lait?= ok')).to.equal('Café au lait ok');
    // a multi-byte char split across two adjacent words (mailers fold at a byte count)
    expect(decodeEncodedWords('=?UTF-8?Q?=E3=81?=\r\n =?UTF-8?Q?=82?=')).to.equal('あ');
  });

  it('never throws: plain text, junk words and unknown charsets come back readable', () => {
    expect(decodeEncodedWords('plain subject')).to.equal('plain subject');
    expect(decodeEncodedWords('=?utf-8?b?!!!?= tail')).to.equal(' tail');
    expect(decodeEncodedWords('=?x-unknown?q?abc?=')).to.equal('abc');
    expect(decodeEncodedWords('=?utf-8?q?unterminated')).to.equal('=?utf-8?q?unterminated');
    expect(decodeEncodedWords(undefined as unknown as string)).to.equal('');
  });

  it('decodes a 1 MB run of adjacent B words in linear time (postal-mime alone is quadratic there)', () => {
    const word = '=?utf-8?b?44GC?= '; // あ
    const t0 = Date.now();
    const out = decodeEncodedWords(word.repeat(60_000).trim());
    expect(Date.now() - t0).to.be.lessThan(3000);
    expect(out).to.equal('あ'.repeat(60_000));
    expect(decodeEncodedWords('=?utf-8?b?44GC?='.repeat(60_000))).to.equal('あ'.repeat(60_000));
  });
});
