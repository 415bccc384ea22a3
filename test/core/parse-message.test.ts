import { expect } from 'chai';
import fc from 'fast-check';
import { joinHeaderFields, looksLikeMail, MAX_BODY_CHARS, parseMessage } from '../../src/core/parse-message';
import {
  decodeEncodedWords,
  firstHeader,
  headerBlockOf,
  headerValues,
  MAX_HEADER_FIELDS,
  readHeaderBlock,
  splitHeaderBlock,
  splitHeaderBytes,
} from '../../src/core/parse/headers';
import { parseAddressList } from '../../src/core/parse/addresses';
import { fixture, fixtureText } from '../helpers';

const KAGOYA_SUBJECT = '【KAGOYA WEBメール】ログインのお知らせ< 1 秒 前",';
const KAGOYA_LINK = 'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp';
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const plain = (fields: { name: string; value: string; index: number }[]) =>
  fields.map(({ name, value, index }) => ({ name, value, index }));

for (const file of ['kagoya-2021-12', 'kagoya-2021-12.m365']) {
  describe(`parseMessage on ${file}.eml`, () => {
    it('decodes the subject, the From name and the HTML body with the phishing link', async () => {
      const input = await parseMessage(fixture(`${file}.eml`));
      const headers = splitHeaderBlock(input.headers);
      expect(decodeEncodedWords(firstHeader(headers, 'subject')!.value)).to.equal(KAGOYA_SUBJECT);
      expect(parseAddressList(firstHeader(headers, 'from')!.value)[0]).to.include({
        name: 'KAGOYA Inc',
        domain: 'air.linkclub.or.jp',
      });
      expect(input.html).to.contain(`href="${KAGOYA_LINK}"`);
      expect(input.html).to.contain('削除のフラグが付けられています');
      expect(input.missing).to.equal(undefined);
      expect(input.limits).to.equal(undefined);
    });

    it("gives the same fields, in the same order with every Received, as Outlook's header string", async () => {
      const input = await parseMessage(fixture(`${file}.eml`));
      const fromEml = splitHeaderBlock(input.headers);
      const fromOutlook = splitHeaderBlock(fixtureText(`${file}.headers.txt`));
      expect(plain(fromEml)).to.deep.equal(plain(fromOutlook));
      expect(headerValues(fromEml, 'received').length).to.be.at.least(2);
      expect(headerValues(fromEml, 'received').at(-1)).to.match(
        /^from \[127\.0\.0\.1\] \(unknown \[52\.140\.217\.90\]\)/,
      );
    });

    it('keeps the original header bytes and reads text input the same as bytes', async () => {
      const raw = fixture(`${file}.eml`);
      const input = await parseMessage(raw);
      expect(new TextDecoder().decode(input.headerBytes)).to.equal(fixtureText(`${file}.headers.txt`));
      const fromText = await parseMessage(fixtureText(`${file}.eml`));
      expect(fromText.headers).to.equal(input.headers);
      expect(fromText.html).to.equal(input.html);
    });
  });
}

describe('parseMessage on other real and real-shaped mail', () => {
  it('decodes the ISO-2022-JP text/html and text/plain parts of a real jp_sf Amazon phish', async () => {
    const input = await parseMessage(fixture('msg-jp-sf-amazon-iso2022jp.eml'));
    expect(input.html).to.contain('にご登録のアカウント（名前、パスワード、その他個人情報）の確認');
    expect(input.text).to.contain('残念ながら、Аmazon のアカウントを更新できませんでした。'); // Cyrillic А, as sent
    expect(input.html).to.not.contain('\ufffd');
  });

  it('decodes a raw Shift_JIS From, a Shift_JIS encoded subject and an 8-bit Shift_JIS HTML body', async () => {
    // synthetic, real-shaped (a card-brand phish from a Japanese kit)
    const input = await parseMessage(fixture('msg-sjis-raw-from.synthetic.eml'), {
      recipients: ['info@example.co.jp'],
    });
    const headers = splitHeaderBlock(input.headers);
    expect(parseAddressList(firstHeader(headers, 'from')!.value)[0]?.name).to.equal('三井住友カード');
    expect(decodeEncodedWords(firstHeader(headers, 'subject')!.value)).to.equal('【重要】カードご利用確認のお願い');
    expect(input.html).to.contain('三井住友カード会員のお客様');
    expect(input.html).to.contain('href="https://smbc-card.example.net/login?id=info@example.co.jp"');
    expect(input.recipients).to.deep.equal(['info@example.co.jp']);
    // the raw bytes stay recoverable, and the per-field charset is in the byte splitter's result
    expect(firstHeader(splitHeaderBytes(input.headerBytes!).headers, 'from')?.charset).to.equal('shift_jis');
  });

  it('reads a real 2002 mbox-style file: From line skipped, Latin-1 subject, ISO-8859-1 HTML body', async () => {
    const input = await parseMessage(fixture('msg-latin1-subject-seguranca.spamassassin.eml'));
    const headers = splitHeaderBlock(input.headers);
    expect(headers[0]?.name).to.equal('Return-Path');
    expect(firstHeader(headers, 'subject')?.value).to.equal('_Melhore sua segurança_');
    expect(input.html).to.contain('<html>');
  });

  it('lists attachments by name, type and size, with their first bytes for a later look at the content', async () => {
    const input = await parseMessage(fixture('msg-attachment-signature.usrp.eml'));
    const [signature, ...rest] = input.attachments ?? [];
    expect(rest).to.deep.equal([]);
    expect(signature).to.deep.include({ filename: 'signature.asc', mimeType: 'application/pgp-signature', size: 489 });
    expect(new TextDecoder().decode(signature!.head)).to.match(/^-----BEGIN PGP SIGNATURE-----/);
    expect(signature!.head!.byteLength).to.equal(489);
    expect(input.text).to.contain('Olivier R');
  });
});

describe('parseMessage on malformed input', () => {
  it('returns no headers and says so for an empty file', async () => {
    for (const empty of ['', new Uint8Array(0)]) {
      const input = await parseMessage(empty);
      expect(input).to.deep.equal({ headers: '', headerBytes: new Uint8Array(0), missing: ['headers'] });
      expect(looksLikeMail(input)).to.equal(false);
    }
  });

  it('returns no headers for random binary junk, and the CLI helper calls it not a mail', async () => {
    let seed = 42;
    const junk = new Uint8Array(256 * 1024).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
    const input = await parseMessage(junk);
    expect(input.headers).to.equal('');
    expect(input.missing).to.deep.equal(['headers']);
    expect(input.limits).to.deep.equal(['header-lines-skipped']);
    expect(looksLikeMail(input)).to.equal(false);
  });

  it('keeps a 1 MB header line and still decodes the body', async () => {
    const long = `X-Junk: ${'a'.repeat(1024 * 1024)}\r\n`;
    const input = await parseMessage(bytes(long + fixtureText('kagoya-2021-12.eml')));
    const headers = splitHeaderBlock(input.headers);
    expect(headers[0]?.value.length).to.equal(1024 * 1024);
    expect(headers.length).to.equal(14);
    expect(input.html).to.contain(KAGOYA_LINK);
  });

  it("keeps 10,000 Received lines (past postal-mime's own header limit) and still decodes the body", async () => {
    const received = headerValues(splitHeaderBlock(fixtureText('kagoya-2021-12.eml')), 'received')[1];
    const loop = `Received: ${received}\r\n`.repeat(10_000);
    const input = await parseMessage(bytes(loop + fixtureText('kagoya-2021-12.eml')));
    expect(headerValues(splitHeaderBlock(input.headers), 'received').length).to.equal(10_002);
    expect(input.html).to.contain(KAGOYA_LINK);
    expect(input.limits).to.equal(undefined);
  });

  it(`notes headers-truncated when a block has more than ${MAX_HEADER_FIELDS} fields`, async () => {
    const input = await parseMessage(
      bytes('X-Loop: 1\r\n'.repeat(MAX_HEADER_FIELDS + 1) + fixtureText('kagoya-2021-12.eml')),
    );
    expect(input.limits).to.deep.equal(['headers-truncated']);
    expect(splitHeaderBlock(input.headers).length).to.equal(MAX_HEADER_FIELDS);
    // the Content-Type was among the fields cut, so the body reads as plain text: shown, not lost
    expect(input.text).to.contain('PGh0bWw+PGhlYWQ+');
  });

  it('truncates a body over 5 MB and notes body-truncated', async () => {
    const text = 'x'.repeat(MAX_BODY_CHARS + 100);
    const input = await parseMessage(`From: a@example.com\r\nSubject: big\r\nContent-Type: text/plain\r\n\r\n${text}`);
    expect(input.text?.length).to.equal(MAX_BODY_CHARS);
    expect(input.limits).to.deep.equal(['body-truncated']);
  });

  it('marks the body missing when postal-mime rejects it (MIME nested past its limit)', async () => {
    // synthetic: 300 nested multipart/mixed parts, past postal-mime's default depth of 256
    const parts: string[] = ['From: a@example.com\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n'];
    for (let i = 1; i <= 300; i++) parts.push(`--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`);
    const input = await parseMessage(parts.join(''));
    expect(input.missing).to.deep.equal(['body']);
    expect(input.limits).to.deep.equal(['body-unparsed']);
    expect(looksLikeMail(input)).to.equal(true);
  });
});

describe('looksLikeMail', () => {
  it('is true for the KAGOYA headers alone and false for text without a mail header', () => {
    expect(looksLikeMail({ headers: fixtureText('kagoya-2021-12.m365.headers.txt') })).to.equal(true);
    expect(looksLikeMail({ headers: 'Title: my notes\nAuthor: me\n' })).to.equal(false);
    expect(looksLikeMail({ headers: 'Subject:\n' })).to.equal(false);
  });
});

describe('header text round trip (property)', () => {
  // Header-ish bytes: field lines, folds, blank lines, colons, CR/LF, ESC, and high bytes (raw Shift_JIS / Latin-1).
  const headerish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'From: ',
          'Received: ',
          'Subject: ',
          'X-A:',
          '\r\n',
          '\n',
          '\r\n\t',
          '\n ',
          ':',
          ' ',
          '\x1b$B',
          '\x1b(B',
        ),
        fc.uint8Array({ maxLength: 8 }).map((b) => String.fromCharCode(...b)),
      ),
      { maxLength: 40 },
    )
    .map((parts) => Uint8Array.from(parts.join(''), (c) => c.charCodeAt(0) & 0xff));

  it('re-splitting the joined header text gives back the same fields, for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(headerish, async (raw) => {
        const fields = splitHeaderBytes(raw).headers;
        expect(plain(splitHeaderBlock(joinHeaderFields(fields)))).to.deep.equal(plain(fields));
        const input = await parseMessage(raw);
        expect(input.headers).to.equal(joinHeaderFields(fields));
        expect(input.missing?.includes('headers') ?? false).to.equal(fields.length === 0);
        // analyze reads the fields parseMessage kept instead of splitting the string again: they must be the same.
        expect(headerBlockOf(input)).to.deep.equal(readHeaderBlock(input.headers));
      }),
      { numRuns: 300 },
    );
  });

  it('analyze reads the fields parseMessage carried only while the header string is the one made of them', async () => {
    for (const file of [
      'kagoya-2021-12.eml',
      'msg-jp-sf-amazon-iso2022jp.eml',
      'msg-sjis-raw-from.synthetic.eml',
      'hdr-eucjp-raw-subject.synthetic.eml',
    ]) {
      const input = await parseMessage(fixture(file));
      const block = headerBlockOf(input);
      expect(block, file).to.deep.equal(readHeaderBlock(input.headers));
      expect(
        block.headers.some((f) => 'charset' in f),
        file,
      ).to.equal(false);
      expect(input.headerFields?.fields.length, file).to.equal(block.headers.length);
      expect(headerBlockOf({ ...input }), 'a copy carries the fields and reads the same').to.deep.equal(block);
      // The carried fields are read, not the string: given none for this very string, none are read.
      expect(
        headerBlockOf({ headers: input.headers, headerFields: { text: input.headers, fields: [] } }).headers,
      ).to.deep.equal([]);
      input.headers += 'X-Added: 1\r\n'; // a host that edits the string: the carried fields no longer apply
      expect(headerBlockOf(input).headers.at(-1)).to.include({ name: 'X-Added', value: '1' });
    }
  });
});
