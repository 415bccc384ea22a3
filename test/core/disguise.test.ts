/**
 * Letters in disguise (src/core/disguise.ts): the hidden-character set, styled letters read as plain ones, and where
 * a display name or subject hides its letters — with the genuine text that looks similar (issue #16, family 7).
 */
import { expect } from 'chai';
import { isHiddenCode, plainLetter, spacedRun } from '../../src/core/disguise';
import { findDisguise } from '../../src/core/checks/disguise-judge';
import { expectLinearTime } from '../linear-time';

describe('hidden characters', () => {
  it("are exactly Unicode's Default_Ignorable_Code_Point set, over every code point (the fast path skips none)", () => {
    const ignorable = /\p{Default_Ignorable_Code_Point}/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isHiddenCode(cp) !== ignorable.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    }
    expect(wrong).to.deep.equal([]);
  });

  it('are the characters that draw nothing, from zero-width spaces to tag characters, and no visible ones', () => {
    const hidden = [0xad, 0x34f, 0x115f, 0x1160, 0x3164, 0xffa0, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060];
    hidden.push(0x2061, 0x2064, 0xfe00, 0xfe0f, 0xfeff, 0xe0001, 0xe0020, 0xe007f, 0xe0100, 0xe01ef);
    for (const cp of hidden) expect(isHiddenCode(cp), cp.toString(16)).to.equal(true);
    for (const cp of [0x20, 0x41, 0xa0, 0x3000, 0x30fc, 0x2013, 0x20e3, 0x1f600, 0x3099])
      expect(isHiddenCode(cp), cp.toString(16)).to.equal(false);
  });
});

describe('styled letters NFKC leaves alone', () => {
  it('reads small capitals and negative circled and squared capitals as their Latin letters', () => {
    const read = (text: string) =>
      Array.from(text, (ch) => String.fromCharCode(plainLetter(ch.codePointAt(0)!) || 0x3f)).join('');
    expect(read('ᴘᴀʏᴘᴀʟ')).to.equal('paypal');
    expect(read('ꜱᴍʙᴄ')).to.equal('smbc');
    expect(read('🅿🅰🆈🅿🅰🅻')).to.equal('PAYPAL');
    expect(read('🅐🅩')).to.equal('AZ');
    expect(plainLetter('a'.codePointAt(0)!)).to.equal(0);
    expect(plainLetter(0x1f16a)).to.equal(0); // 🅪 (a raised MC sign) between the two ranges is no letter
  });
});

describe('findDisguise', () => {
  const kind = (text: string, japanese = false) => findDisguise(text, japanese)?.kind;

  it('finds invisible characters inside a word, and highlights the word as written', () => {
    for (const hidden of ['\u200b', '\u200d', '\u2060', '\u00ad', '\u034f', '\ufeff', '\u{e0020}', '\ufe0f', '\u3164'])
      expect(findDisguise(`Pay${hidden}Pal Service`, false), JSON.stringify(hidden)).to.deep.equal({
        kind: 'hidden',
        text: `Pay${hidden}Pal`,
      });
    expect(findDisguise('三井\u200b住友カード', true)).to.deep.equal({ kind: 'hidden', text: '三井\u200b住友カード' });
  });

  it('leaves hidden characters that do a job: emoji presentation, kanji variants, joiners between emoji', () => {
    expect(kind('🎉\ufe0f Summer sale ☀\ufe0f ends Sunday')).to.equal(undefined);
    expect(kind('👩\u200d💻 Dev news')).to.equal(undefined);
    expect(kind('葛\u{e0100}飾 太郎', true)).to.equal(undefined);
    expect(kind('Announcing NEWSDR on \u200bFriday June 3')).to.equal(undefined); // after a space, not in a word
    expect(kind('1\ufe0f\u20e3 Step one')).to.equal(undefined);
  });

  it('leaves soft hyphens in long words, which mark where they may break, but not in a short brand name', () => {
    expect(kind('Datenschutz\u00adgrund\u00adverordnung: Ihre Rechte')).to.equal(undefined);
    expect(kind('Pay\u00adPal')).to.equal('hidden');
  });

  it('finds styled letters: mathematical, small capitals, circled, squared, full-width outside Japanese mail', () => {
    expect(findDisguise('𝐏𝐚𝐲𝐏𝐚𝐥 Security', false)).to.deep.equal({ kind: 'styled', text: '𝐏𝐚𝐲𝐏𝐚𝐥' });
    expect(kind('ᴀᴍᴀᴢᴏɴ')).to.equal('styled');
    expect(kind('ⓅⓐⓨⓅⓐⓛ')).to.equal('styled');
    expect(kind('🅿🅰🆈🅿🅰🅻')).to.equal('styled');
    expect(kind('Ｐａｙｐａｌ Support')).to.equal('styled');
    expect(kind('Meeting ⓘ notes')).to.equal(undefined); // one decorated letter is not a word in disguise
    expect(kind('2ª via do boleto, 1º aviso, ℹ️ info')).to.equal(undefined); // ordinals and the info sign are genuine
  });

  it('takes full-width Latin in Japanese mail as ordinary typing', () => {
    expect(kind('【ＫＡＧＯＹＡ】メンテナンスのお知らせ', true)).to.equal(undefined);
    expect(kind('ＫＡＧＯＹＡ', true)).to.equal(undefined);
    expect(kind('𝐏𝐚𝐲𝐏𝐚𝐥', true)).to.equal('styled'); // mathematical letters are never typed by accident
  });

  it('finds letters spaced apart, in Latin and in Japanese, but not a short run or initials', () => {
    expect(findDisguise('P a y P a l', false)).to.deep.equal({ kind: 'spaced', text: 'P a y P a l' });
    expect(findDisguise('【重要】三 井 住 友 カ ー ド', true)).to.deep.equal({
      kind: 'spaced',
      text: '三 井 住 友 カ ー ド',
    });
    expect(kind('Notice from A m a z o n team')).to.equal('spaced');
    expect(kind('D H L Express')).to.equal(undefined);
    expect(kind('J. R. R. Tolkien Society')).to.equal(undefined);
    expect(kind('S A L E')).to.equal(undefined);
  });

  it('finds Cyrillic or Greek look-alikes inside a Latin word, never an all-Cyrillic or all-Greek name', () => {
    expect(findDisguise('Аmazon Support', false)).to.deep.equal({ kind: 'mixed-script', text: 'Аmazon' });
    expect(kind('Micrоsoft')).to.equal('mixed-script');
    expect(kind('Сергей Попов')).to.equal(undefined);
    expect(kind('Рома Попов')).to.equal(undefined);
    expect(kind('Υποστήριξη Alpha')).to.equal(undefined);
  });

  it('is fast on long hostile runs (every scan is linear)', () => {
    for (const piece of ['a\u200b', 'a ', '\u200b\u200b', 'a\u00ad']) {
      expectLinearTime(
        (n) => piece.repeat(n),
        (text) => findDisguise(text, false),
        50_000,
      );
    }
  });
});

describe('spacedRun', () => {
  it('finds the first run of enough one-letter words one space apart, from a given position', () => {
    const cps = Array.from('Plan B a la P a y');
    expect(spacedRun(cps, 3)).to.deep.equal({ from: 12, to: 17 }); // `B a` is two, `la` a word
    expect(spacedRun(cps, 2)).to.deep.equal({ from: 5, to: 8 });
    expect(spacedRun(cps, 3, 17)).to.equal(undefined);
  });
});
