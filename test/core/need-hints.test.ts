/**
 * The session's hint of what a message's first analysis will need of the checks' lazy data (src/core/need-hints.ts):
 * asked for with the message's other data, so a message in Japanese, Russian … is analysed once, not twice.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { forgetLateBrandNames, loadBrandNames } from '../../src/core/brands/lookup';
import { forgetNonLatinPhrases, loadNonLatinPhrases } from '../../src/core/checks/lure-matcher';
import { forgetLureDisclaimers, loadLureDisclaimers } from '../../src/core/checks/content';
import { forgetMailSystemWording, loadMailSystemWording, mayNameRole } from '../../src/core/checks/own-org';
import { MAIL_SYSTEM_PHRASES } from '../../src/core/checks/own-org-phrases';
import { MAIL_SYSTEM_PHRASES_NONLATIN } from '../../src/core/checks/own-org-phrases-nonlatin';
import { expandPhrase } from '../../src/core/checks/lure-matcher';
import { parseMessage } from '../../src/core/parse-message';
import { hintedHeaderNeeds, hintedNeeds, mayHideLetters } from '../../src/core/need-hints';
import { findDisguise } from '../../src/core/checks/disguise-judge';
import { forgetDisguiseJudge, loadDisguiseJudge } from '../../src/core/checks/disguise';
import { confusableToLatin } from '../../src/core/brands/lookalike';
import { isHiddenCode, plainLetter } from '../../src/core/disguise';
import { CHECK_DATA } from '../../src/core/check-data';
import { fixture, projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
const { splitLateNames } = require('../../scripts/brand-names-pane.cjs') as {
  splitLateNames: (brands: unknown[]) => Parameters<typeof forgetLateBrandNames>[0];
};

const english = (body: string) => ({ headers: 'From: a@example.com\r\nSubject: Invoice\r\n', html: body });

describe('core: the lazy data a message shows it needs (need-hints.ts)', () => {
  it('hints the phrases and brand names in other scripts for a body in Japanese, Russian or Greek', async () => {
    expect(hintedNeeds(await parseMessage(fixture('kagoya-2021-12.eml')))).to.include.members([
      'phrases',
      'brand-names',
    ]);
    expect(hintedNeeds({ headers: '', text: 'Ваш аккаунт будет заблокирован' })).to.include.members([
      'phrases',
      'brand-names',
    ]);
    expect(hintedNeeds(english('<body><p>Ο λογαριασμός σας</p></body>'))).to.include('phrases');
  });

  it("hints no other script's data for English mail, whatever its markup names in other scripts", () => {
    const otherScripts = (needs: string[]) => needs.filter((n) => n === 'phrases' || n === 'brand-names');
    expect(otherScripts(hintedNeeds(english('<p>Your invoice is attached.</p>')))).to.deep.equal([]);
    // A Japanese PC's English mail: the head's styles name fonts in Japanese; an image's alt in an attribute.
    const styled =
      '<html><head><style>p { font-family: "ＭＳ 明朝"; }</style></head>' +
      '<body><p>Thanks — see <img alt="地図" src="cid:map"> the map.</p></body></html>';
    expect(otherScripts(hintedNeeds(english(styled)))).to.deep.equal([]);
    expect(hintedNeeds({ headers: '' })).to.deep.equal([]);
    // Only the body's first 64 KB are read: a hint needs no more, and the scan stays short.
    expect(otherScripts(hintedNeeds(english(`<body>${'a '.repeat(40_000)}日本語</body>`)))).to.deep.equal([]);
    expect(otherScripts(hintedNeeds(english(`<body>${'<'.repeat(100_000)}</body>`)))).to.deep.equal([]);
  });

  it("hints the mail-system wording for a body naming the reader's address or domain, not for one that does not", () => {
    const to = (body: string) => ({ ...english(body), recipients: ['Yamada@Example.co.jp'] });
    expect(hintedNeeds(to('<p>Your mailbox yamada@example.co.jp is full.</p>'))).to.include('own-org');
    expect(hintedNeeds(to('<p>Dear EXAMPLE.CO.JP user, verify now.</p>'))).to.include('own-org');
    // Full-width letters read as own-org.ts reads them (NFKC).
    expect(hintedNeeds(to('<p>ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ 様</p>'))).to.include('own-org');
    // The address only inside a tag (a link's URL) is not in the text the checks read as the body.
    expect(hintedNeeds(to('<p><a href="https://x.example/?u=yamada@example.co.jp">Open</a></p>'))).to.not.include(
      'own-org',
    );
    expect(hintedNeeds(to('<p>Your invoice is attached.</p>'))).to.not.include('own-org');
    expect(hintedNeeds(english('<p>Your mailbox yamada@example.co.jp is full.</p>'))).to.not.include('own-org');
  });

  it('hints the judging of lures inside a safety disclaimer for any body with text', () => {
    expect(hintedNeeds(english('<p>Verify your account within 24 hours or it will be deleted.</p>'))).to.include(
      'disclaimer',
    );
    expect(hintedNeeds(english('<body> <br> </body>'))).to.not.include('disclaimer');
  });

  it('hints what the analysis of a fresh pane then asks for itself: with the hinted data, it is analysed once', async function () {
    this.timeout(60_000); // five analyses of a fresh pane, the brand index rebuilt for each: seconds under load
    // The task pane's start: the phrases in other scripts, the brands' late names, the mail-system wording and the
    // disclaimer judging out.
    const table = JSON.parse(readFileSync(join(projectRoot, 'src/core/brands/brands.json'), 'utf8')) as unknown[];
    const forget: Partial<Record<string, () => void>> = {
      phrases: forgetNonLatinPhrases,
      'brand-names': () => forgetLateBrandNames(splitLateNames(table)),
      'own-org': forgetMailSystemWording,
      disclaimer: forgetLureDisclaimers,
    };
    const kagoya = { ...(await parseMessage(fixture('kagoya-2021-12.eml'))), recipients: ['info@example.co.jp'] };
    const hinted = hintedNeeds(kagoya);
    expect(hinted).to.have.members(['phrases', 'brand-names', 'own-org', 'disclaimer']);
    try {
      // Each hint is needed: without it (and the rest loaded), the analysis asks for it.
      for (const need of hinted) {
        forget[need]!();
        expect(analyze(kagoya).needs ?? [], need).to.include(need);
        await CHECK_DATA[need]!();
      }
      // And they are all it needs: loaded together, as the session loads them, one analysis asks for nothing more.
      for (const need of hinted) forget[need]!();
      await Promise.all(hinted.map((need) => CHECK_DATA[need]!()));
      expect(analyze(kagoya).needs ?? []).to.deep.equal([]);
    } finally {
      await Promise.all([loadNonLatinPhrases(), loadBrandNames(), loadMailSystemWording(), loadLureDisclaimers()]);
    }
  });
});

describe('core: the gates of the families whose check waits (need-hints.ts)', () => {
  /** Every code point the disguise gate passes over, in Japanese text or not (surrogates aside). */
  const passedOver = (japanese: boolean): number[] => {
    const out: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++)
      if ((cp < 0xd800 || cp > 0xdfff) && !mayHideLetters(String.fromCharCode(cp), japanese)) out.push(cp);
    return out;
  };

  it('lets no character through unread that could make a disguise: hidden, styled, a look-alike', () => {
    for (const japanese of [false, true]) {
      const over = passedOver(japanese);
      expect(over.length).to.be.above(20_000);
      for (const cp of over) {
        const ch = String.fromCharCode(cp);
        expect(isHiddenCode(cp), `U+${cp.toString(16)}`).to.equal(false);
        expect(plainLetter(cp), `U+${cp.toString(16)}`).to.equal(0);
        // What the brand matcher reads it as (NFKC) holds no Cyrillic, Greek or IPA look-alike.
        for (const c of ch.normalize('NFKC')) expect(confusableToLatin(c), `U+${cp.toString(16)}`).to.equal(undefined);
        // A styled letter past U+1FFF folds to one ASCII letter: only full-width ones do, passed over in Japanese only.
        if (cp >= 0x2000 && /^[A-Za-z]$/.test(ch.normalize('NFKC'))) expect(japanese && cp >= 0xff01).to.equal(true);
        // And the judging, between Latin letters, in a word of its own three times, after kana, finds nothing.
        for (const text of [`Pay${ch}Pal`, `${ch}${ch}${ch} Support`, `お知らせ${ch}${ch}${ch}`])
          if (!mayHideLetters(text, japanese)) expect(findDisguise(text, japanese), text).to.equal(undefined);
      }
    }
  });

  it('passes every disguise the judging finds, and plain names and subjects in English and Japanese pass over', () => {
    for (const text of [
      'P a y P a l',
      'Pay\u200bPal',
      '𝐏𝐚𝐲𝐏𝐚𝐥',
      'ᴘᴀʏᴘᴀʟ',
      'Аmazon',
      'ＰａｙＰａｌ',
      'Pay\u00adPal',
      '三 井 住 友 カ ー ド',
    ])
      expect(mayHideLetters(text, false), text).to.equal(true);
    expect(mayHideLetters('【ＫＡＧＯＹＡ】ログインのお知らせ', true)).to.equal(false);
    expect(mayHideLetters('Your invoice (No. 4471) — overdue', false)).to.equal(true); // an em dash: past U+00FF
    expect(mayHideLetters('Réunion de l’équipe', false)).to.equal(true);
    expect(mayHideLetters('Meeting notes from Tuesday', false)).to.equal(false);
    expect(mayHideLetters('Crème brûlée à la carte', false)).to.equal(false);
  });

  it('hints the disguise judging from the From and Subject lines, decoded, and nothing for plain ones', async () => {
    expect(hintedHeaderNeeds({ headers: 'From: "P a y P a l" <x@example.com>\r\nSubject: Hello\r\n' })).to.deep.equal([
      'disguise',
    ]);
    // =?UTF-8?B?0JBtYXpvbg==?= is "Аmazon" with a Cyrillic А.
    expect(hintedHeaderNeeds({ headers: 'From: =?UTF-8?B?0JBtYXpvbg==?= <x@example.com>\r\n' })).to.deep.equal([
      'disguise',
    ]);
    expect(hintedHeaderNeeds({ headers: 'From: Tom <tom@example.com>\r\nSubject: Notes\r\n' })).to.deep.equal([]);
    expect(hintedHeaderNeeds(await parseMessage(fixture('kagoya-2021-12.eml')))).to.deep.equal([]);
    // What the hint names, a fresh analysis asks for itself; with it loaded, nothing more.
    const spaced = await parseMessage(fixture('evasion-paypal-spaced-name.synthetic.eml'));
    expect(hintedHeaderNeeds(spaced)).to.deep.equal(['disguise']);
    forgetDisguiseJudge();
    try {
      expect(analyze(spaced).needs ?? []).to.include('disguise');
    } finally {
      await loadDisguiseJudge();
    }
    expect(analyze(spaced).needs ?? []).to.not.include('disguise');
  });

  it('passes every name the own-org checks read as a role of ours, and asks for their wording only behind it', async () => {
    // The gate's proof: every expansion of every role phrase, in both scripts, as a name, with words around it, spaced
    // out by invisible characters and written in full-width letters.
    const roles = [...MAIL_SYSTEM_PHRASES.role, ...MAIL_SYSTEM_PHRASES_NONLATIN.role].flatMap(expandPhrase);
    expect(roles.length).to.be.greaterThan(100);
    for (const role of roles) {
      expect(mayNameRole(role), role).to.equal(true);
      expect(mayNameRole(`Northmere ${role.toUpperCase()} (Mail)`), role).to.equal(true);
      expect(mayNameRole([...role].join('\u200b')), role).to.equal(true);
      expect(mayNameRole(role.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))), role).to.equal(
        true,
      );
    }
    for (const name of ['Tom Baker', 'Yamada Taro', '山田 太郎', 'Acme Weekly', 'Jane Doe via LinkedIn']) {
      expect(mayNameRole(name), name).to.equal(false);
    }
    // The list mail that names the reader's address in its footer, from a person: no wording fetched, no finding.
    const footer = (from: string) =>
      `From: ${from}\r\nTo: yamada@example.co.jp\r\nSubject: Re: build times\r\n` +
      'Content-Type: text/plain\r\n\r\n' +
      'The build takes 4 minutes here too. '.repeat(12) +
      '\r\n\r\n' +
      '--\r\nYou are subscribed as yamada@example.co.jp. To unsubscribe, reply with "unsubscribe".\r\n';
    const person = { ...(await parseMessage(footer('Jane Doe <jane@lists.example.org>'))), recipients: [] };
    const desk = {
      ...(await parseMessage(footer('IT Help Desk <desk@lists.example.org>'))),
      recipients: ['yamada@example.co.jp'],
    };
    const readerPerson = { ...person, recipients: ['yamada@example.co.jp'] };
    expect(hintedNeeds(readerPerson)).to.not.include('own-org');
    expect(hintedNeeds(desk)).to.include('own-org');
    forgetMailSystemWording();
    try {
      expect(analyze(readerPerson).needs ?? []).to.not.include('own-org');
      expect(analyze(desk).needs ?? []).to.include('own-org');
    } finally {
      await loadMailSystemWording();
    }
    expect(analyze(readerPerson).findings.filter((f) => f.id === 'sender.own-org-impersonation')).to.deep.equal([]);
  });

  it('hints the extortion judging for a body holding the shape of a Bitcoin address, not for plain mail', () => {
    expect(hintedNeeds(english('<p>Send 0.1 BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq now.</p>'))).to.include(
      'extortion',
    );
    expect(hintedNeeds(english('<p>BTC: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2</p>'))).to.include('extortion');
    expect(hintedNeeds(english('<p>Your invoice is attached.</p>'))).to.not.include('extortion');
  });
});
