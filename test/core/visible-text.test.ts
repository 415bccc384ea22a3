/** The one sanitiser every output uses: hidden and direction-changing characters become visible markers. */
import { expect } from 'chai';
import { isInvisibleCode, jsonVisible, visibleCut, visibleLine, visibleText } from '../../src/core/visible-text';
import { expectLinearTime } from '../linear-time';

const hex = (cp: number) => `⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩`;

describe('visible text', () => {
  it('shows every bidi control, zero-width, format, tag, filler and selector character as a marker', () => {
    const hidden = [
      ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c, 0x200e, 0x200f],
      ...[0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad],
      ...[0xe0001, 0xe0020, 0xe0041, 0xe007f, 0x115f, 0x1160, 0x3164, 0xffa0, 0x034f, 0x180e],
      ...[0xfe00, 0xfe0e, 0xfe0f, 0xe0100, 0xe01ef, 0x2028, 0x2029],
      ...[0x00, 0x01, 0x07, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f],
    ];
    for (const cp of hidden) {
      const text = `a${String.fromCodePoint(cp)}b`;
      expect(visibleLine(text), cp.toString(16)).to.equal(`a${hex(cp)}b`);
      expect(visibleText(text), cp.toString(16)).to.equal(`a${hex(cp)}b`);
    }
  });

  it('turns a reversed host back into what it is: the override is shown, not obeyed', () => {
    expect(visibleLine('Invoice \u202emoc.lapyap\u202c.exe')).to.equal('Invoice ⟨U+202E⟩moc.lapyap⟨U+202C⟩.exe');
    expect(visibleLine('pay\u200bpal.com')).to.equal('pay⟨U+200B⟩pal.com');
  });

  it('keeps TAB and LF on screen, and on one line makes LF and CR markers and a TAB a space', () => {
    expect(visibleText('a\tb\nc\rd')).to.equal('a\tb\nc⟨U+000D⟩d');
    expect(visibleLine('Invoice\r\nBcc: x@y.example\tnow')).to.equal('Invoice⟨U+000D⟩⟨U+000A⟩Bcc: x@y.example now');
  });

  it('leaves Japanese, accented and emoji text exactly as written (the twin of the markers)', () => {
    const legitimate = [
      '【重要】12月のご請求金額のお知らせ',
      'Café Señor Straße ελληνικά русский',
      '家族 👨‍👩‍👧 と ❤️ と 1️⃣ と ☎︎',
      '👩🏽‍💻 👩‍❤️‍💋‍👨 🏳️‍🌈',
      '葛\u{e0100}飾区', // an ideographic variation sequence: a Japanese name's own glyph
      'می\u200cخواهم', // Persian writes ZWNJ between letters
      'क्\u200dष', // Devanagari: ZWJ asks for a half form
      '🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}', // the flag of England: tag letters
      '؀١٢', // U+0600 is a format character that draws a sign over the digits: it stays
    ];
    for (const text of legitimate) {
      expect(visibleLine(text), text).to.equal(text);
      expect(visibleText(text), text).to.equal(text);
    }
  });

  it('marks a joiner or selector where nothing legitimate puts one: between Latin letters, in a run, on a letter', () => {
    expect(visibleLine('pay\u200dpal')).to.equal('pay⟨U+200D⟩pal');
    expect(visibleLine('a\ufe0fb')).to.equal('a⟨U+FE0F⟩b');
    // The "emoji smuggling" trick: bytes hidden as a run of selectors after one emoji.
    expect(visibleLine('😀\u{e0143}\u{e0145}\ufe01')).to.equal('😀⟨U+E0143⟩⟨U+E0145⟩⟨U+FE01⟩');
    expect(visibleLine('❤\ufe0f\ufe0f')).to.equal('❤️⟨U+FE0F⟩');
    // Tag letters anywhere but in the three subdivision flags: hidden ASCII text.
    expect(visibleLine('🏴\u{e0041}\u{e007f}')).to.equal('🏴⟨U+E0041⟩⟨U+E007F⟩');
    expect(visibleLine('hi\u{e0069}\u{e0067}')).to.equal('hi⟨U+E0069⟩⟨U+E0067⟩');
    expect(visibleLine('\u3164\u3164')).to.equal('⟨U+3164⟩⟨U+3164⟩');
  });

  it('agrees with the character set it documents', () => {
    expect(isInvisibleCode('a'.codePointAt(0)!)).to.equal(false);
    expect(isInvisibleCode('の'.codePointAt(0)!)).to.equal(false);
    expect(isInvisibleCode(0x3164)).to.equal(true);
    expect(isInvisibleCode(0x202e)).to.equal(true);
    expect(isInvisibleCode(0x0600)).to.equal(false);
  });

  it('cuts a line to a length without splitting a marker or a character', () => {
    expect(visibleCut('abc\u202edef', 6)).to.equal('abc');
    expect(visibleCut('abc\u202edef', 20)).to.equal('abc⟨U+202E⟩def');
    expect(visibleCut('ab😀', 3)).to.equal('ab');
  });

  it('escapes hidden characters in JSON so it reads true in an editor and parses to the same value', () => {
    const value = { subject: 'x\u202emoc.lapyap\u{e0041}\u0085 ❤️ 👨‍👩‍👧' };
    const json = jsonVisible(JSON.stringify(value));
    expect(json).to.include('\\u202e').and.include('\\udb40\\udc41').and.include('\\u0085');
    expect(json).not.to.match(/[\u202e\u0085]/);
    expect(JSON.parse(json)).to.deep.equal(value);
  });

  it('takes linear time on a megabyte of hostile text', () => {
    const chunk = '👨\u200d\u200d\ufe0f\ufe0f\u202e🏴\u{e0067}a\u200c';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    expectLinearTime((n) => chunk.repeat(n), visibleLine, Math.ceil(1_000_000 / chunk.length));
    const out = visibleLine(big);
    expect(out).to.include('⟨U+202E⟩');
  });
});
