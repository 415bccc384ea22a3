import { expect } from 'chai';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { Parser } from 'htmlparser2';
import { CONTENT_CHECKS } from '../../../src/core/checks/content';
import {
  excerpt,
  expandPhrase,
  findLures,
  normaliseAsText,
  normalisePhrase,
} from '../../../src/core/checks/lure-matcher';
import * as NonLatin from '../../../src/core/checks/nonlatin-phrases';
import { LURE_FAMILIES, LURE_PHRASES, type LureFamily } from '../../../src/core/checks/lure-phrases';
import { MAIL_SYSTEM_PHRASES } from '../../../src/core/checks/own-org-phrases';
import { NO_LINK_PHRASES } from '../../../src/core/checks/no-link-phrases';
import { CALLBACK_PHRASES } from '../../../src/core/checks/callback-phrases';
import { ADVANCE_FEE_PHRASES } from '../../../src/core/checks/advance-fee-phrases';
import type { Check, CheckContext } from '../../../src/core/checks/check';
import type { Finding } from '../../../src/core/report';
import type { ParsedMessage } from '../../../src/core/types';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import { fixture, fixtureText } from '../../helpers';
import { expectLinearTime } from '../../linear-time';

/** The fields the content checks read; the rest of a ParsedMessage does not matter to them. */
function message(fields: { subject?: string; bodyText?: string; forms?: ParsedMessage['forms'] }): ParsedMessage {
  return { subject: '', bodyText: '', forms: [], links: [], ...fields } as unknown as ParsedMessage;
}

const ctx = {} as CheckContext;

/** A content check as analyze() runs it: taken from the module's list by its finding id. */
function check(id: string): Check {
  const entry = CONTENT_CHECKS.find(([name]) => name === id);
  if (!entry) throw new Error(`no content check ${id}`);
  return entry[1];
}
const lure = check('content.lure');
const form = check('content.form');

function single(out: Finding | Finding[] | undefined): Finding | undefined {
  expect(Array.isArray(out)).to.equal(false);
  return out as Finding | undefined;
}

/** Subject and visible text of an .eml fixture: postal-mime decodes, htmlparser2 keeps the text outside tags. */
async function readEml(name: string): Promise<{ subject: string; bodyText: string }> {
  const mail = await PostalMime.parse(fixture(name));
  const parts: string[] = [];
  const parser = new Parser({ ontext: (text) => parts.push(text) }, { decodeEntities: true });
  parser.write(mail.html ?? '');
  parser.end();
  return { subject: mail.subject ?? '', bodyText: `${parts.join(' ')}\n${mail.text ?? ''}` };
}

interface Sample {
  families?: string[];
  subject: string;
  body: string;
}

/** Messages of a content-*.synthetic.txt fixture (see the comment at its top for the format). */
function samples(name: string): Sample[] {
  const chunks = fixtureText(name)
    .split(/^=====$/m)
    .slice(1);
  return chunks.map((chunk) => {
    const lines = chunk.replace(/^\n/, '').split('\n');
    const families = lines[0]?.startsWith('families: ')
      ? lines.shift()!.slice('families: '.length).split(',')
      : undefined;
    const subject = (lines.shift() ?? '').replace(/^Subject: /, '');
    return { families, subject, body: lines.join('\n') };
  });
}

/** The family ids of a content.lure finding's `families` parameter (a list of `content.family.<id>` keys). */
function familyIds(param: unknown): string[] {
  const keys = (param as { keys?: string[] } | undefined)?.keys ?? [];
  return keys.map((k) => k.replace('content.family.', ''));
}

describe('content.lure', () => {
  it('flags the KAGOYA message: deletion flag, maintenance and upgrade, with the phrases as evidence', async () => {
    const msg = message(await readEml('kagoya-2021-12.eml'));
    const f = single(lure(msg, ctx));
    expect(f).to.include({ id: 'content.lure', section: 'content', status: 'warn' });
    const families = familyIds(f!.message.params.families);
    expect(families).to.include.members(['deletion', 'upgrade']);
    expect(f!.message.params.count).to.equal(families.length).and.be.at.least(2);
    const highlights = f!.evidence.map((e) => e.highlight);
    expect(highlights).to.include('削除のフラグ');
    expect(highlights.some((h) => h === 'メンテナンス' || h === 'アップグレード')).to.equal(true);
  });

  it('leaves the partner meeting mail alone although it says 確認', async () => {
    const msg = message(await readEml('partner-m365-to-m365.synthetic.eml'));
    expect(msg.bodyText).to.include('確認');
    expect(lure(msg, ctx)).to.equal(undefined);
  });

  for (const sample of samples('content-lures.synthetic.txt')) {
    it(`finds ${sample.families!.join(' + ')} in "${sample.subject}"`, () => {
      const f = single(lure(message({ subject: sample.subject, bodyText: sample.body }), ctx));
      expect(familyIds(f?.message.params.families).join(',')).to.equal(sample.families!.join(','));
    });
  }

  for (const sample of samples('content-ordinary-mail.synthetic.txt')) {
    it(`says nothing about ordinary mail: "${sample.subject}"`, () => {
      expect(lure(message({ subject: sample.subject, bodyText: sample.body }), ctx)).to.equal(undefined);
    });
  }

  it('gives no finding for one family alone, however often it is repeated', () => {
    const body = 'お客様のアカウントは停止されました。アカウントを凍結しました。Your account has been suspended.';
    expect(lure(message({ subject: 'アカウント停止のお知らせ', bodyText: body }), ctx)).to.equal(undefined);
  });

  it('never counts 確認 or 更新 on their own', () => {
    const text = '確認 ご確認ください 確認しました 更新 更新しました 期限 削除 停止 ログイン';
    expect(findLures(text)).to.deep.equal([]);
  });

  it('reads through inserted spaces, full-width letters, half-width katakana and zero-width characters', () => {
    const families = (text: string) => findLures(text).map((h) => h.family);
    expect(families('ア カ ウ ン ト を 停 止')).to.deep.equal(['deletion']);
    expect(families('ｱｶｳﾝﾄを停止')).to.deep.equal(['deletion']);
    expect(families('ア\u200bカウントを\u200c停止')).to.deep.equal(['deletion']);
    expect(families('ＶＥＲＩＦＹ　ＹＯＵＲ　ＡＣＣＯＵＮＴ')).to.deep.equal(['verify']);
    expect(families('メ一ルボックスの容量が不足')).to.deep.equal(['mailbox']);
  });

  it('reads through styled letters and the hidden characters NFKC keeps (issue #16, family 7)', () => {
    const families = (text: string) => findLures(text).map((h) => h.family);
    expect(families('𝐕𝐞𝐫𝐢𝐟𝐲 𝐲𝐨𝐮𝐫 𝐚𝐜𝐜𝐨𝐮𝐧𝐭')).to.deep.equal(['verify']);
    expect(families('ᴠᴇʀɪꜰʏ ʏᴏᴜʀ ᴀᴄᴄᴏᴜɴᴛ')).to.deep.equal(['verify']);
    expect(families('🆅🅴🆁🅸🅵🆈 your account')).to.deep.equal(['verify']);
    expect(families('ver\u{e0020}ify your acc\ufe0fount')).to.deep.equal(['verify']);
    expect(families('ア\u2064カウントを\u180e停止')).to.deep.equal(['deletion']);
  });

  it('matches English phrases only at a word boundary', () => {
    expect(findLures('unverify your account')).to.deep.equal([]);
    expect(findLures('please verify your account')).to.have.length(1);
  });

  it('points the evidence at the subject when the phrase is there, and keeps the highlight inside the value', () => {
    const f = single(
      lure(message({ subject: 'ｱｶｳﾝﾄは停止されました', bodyText: '24時間以内にご対応ください。' }), ctx),
    )!;
    expect(f.evidence[0]).to.include({ header: 'Subject', highlight: 'アカウントは停止' });
    expect(f.evidence[1]).to.include({ header: 'Body', highlight: '24時間以内' });
    for (const e of f.evidence) expect(e.value).to.include(e.highlight);
  });

  it('shows the subject as written when the phrase appears in it unchanged', () => {
    const subject = '【重要】あなたのアカウントは停止されました';
    const f = single(lure(message({ subject, bodyText: '24時間以内にログインしてください' }), ctx))!;
    expect(f.evidence[0]).to.deep.include({ header: 'Subject', value: subject });
  });

  it('quotes about 80 characters of body around the phrase', () => {
    const filler = 'これは本文の前置きです。'.repeat(20);
    const body = `${filler}お客様のアカウントを停止しました。${filler}24時間以内にご確認がない場合は削除します。${filler}`;
    const f = single(lure(message({ bodyText: body }), ctx))!;
    for (const e of f.evidence) {
      expect(e.header).to.equal('Body');
      expect(e.value!.length).to.be.within(20, 100);
      expect(e.value).to.include(e.highlight);
      expect(e.value!.startsWith('…')).to.equal(true);
    }
  });

  it('stays within time on a hostile megabyte of near-matches, and never throws', function () {
    this.timeout(5000);
    const hostile = (n: number) =>
      message({
        subject: 'アカウント'.repeat(n / 20),
        bodyText: 'アカウントを'.repeat(n) + 'verify your '.repeat(n / 4),
      });
    expect(() => lure(hostile(200_000), ctx)).not.to.throw();
    expectLinearTime(hostile, (m) => lure(m, ctx), 200_000);
  });

  it('never throws and always highlights part of the shown value, whatever the text', () => {
    const pieces = fc.constantFrom(
      'アカウント',
      'を',
      '停止',
      '24時間以内',
      ' ',
      '\u200b',
      'ｱｶｳﾝﾄ',
      '\ud83d',
      '\ude00',
      'verify your account',
      '確認',
      'x',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.array(pieces, { maxLength: 40 }), (s, b) => {
        const f = single(lure(message({ subject: s.join(''), bodyText: b.join('') }), ctx));
        for (const e of f?.evidence ?? []) expect(e.value).to.include(e.highlight);
      }),
    );
  });
});

describe('the lure lexicon', () => {
  it('compiles every phrase to something at least two characters long, in one family only', () => {
    const owner = new Map<string, LureFamily>();
    for (const family of LURE_FAMILIES) {
      for (const pattern of LURE_PHRASES[family]) {
        for (const variant of expandPhrase(pattern)) {
          const phrase = normalisePhrase(variant);
          expect(phrase.length, variant).to.be.at.least(2);
          const other = owner.get(phrase);
          expect(other === undefined || other === family, `${variant} is in ${other} and ${family}`).to.equal(true);
          owner.set(phrase, family);
        }
      }
    }
  });

  it('compiles a plain-ASCII phrase exactly as the text path would (its fast path changes no phrase)', () => {
    const tables = [
      LURE_PHRASES,
      MAIL_SYSTEM_PHRASES,
      NO_LINK_PHRASES,
      CALLBACK_PHRASES,
      ADVANCE_FEE_PHRASES,
    ] as Record<string, readonly string[]>[];
    let checked = 0;
    for (const table of tables)
      for (const variant of [
        ...Object.values(table).flat().flatMap(expandPhrase),
        // What an admin's own phrase may look like: capitals, doubled and edge spaces, punctuation.
        ' Verify  Your ACCOUNT ',
        'Pay-Now: 24h!',
      ]) {
        if (!/^[\x20-\x7e]*$/.test(variant)) continue;
        // A zero-width space is dropped by the text path, and keeps the phrase off the fast path.
        expect(normalisePhrase(variant), variant).to.equal(normalisePhrase(` ${variant}\u200b `));
        checked++;
      }
    expect(checked).to.be.above(5000);
  });

  it('compiles a kana, kanji or Chinese phrase exactly as the text path would (its fast path changes no phrase)', () => {
    const tables = Object.values(NonLatin) as Record<string, readonly string[]>[];
    let fast = 0;
    for (const table of tables)
      for (const variant of [
        ...Object.values(table).flat().flatMap(expandPhrase),
        // Off the fast path: 一 after katakana is read as ー, a space is dropped, full-width letters fold.
        'メ一ル',
        'アカウント 停止',
        'ＩＤ停止',
      ]) {
        expect(normalisePhrase(variant), variant).to.equal(normaliseAsText(variant));
        if (/^[a-z0-9\u3041-\u3096\u30a1-\u30fa\u30fc\u4e01-\u9fff]+$/.test(variant)) fast++;
      }
    expect(normalisePhrase('メ一ル')).to.equal('メール');
    expect(fast).to.be.above(1000);
  });

  it('holds no everyday business word on its own', () => {
    const everyday = [
      '確認',
      'ご確認',
      '更新',
      '期限',
      '削除',
      '停止',
      '第三者',
      'ログイン',
      'お支払い',
      'verify',
      'update',
      'payment',
    ];
    const all = LURE_FAMILIES.flatMap((f) => LURE_PHRASES[f].flatMap(expandPhrase).map(normalisePhrase));
    for (const word of everyday) expect(all, word).not.to.include(normalisePhrase(word));
  });

  it('has a label in both languages for every family', () => {
    for (const family of LURE_FAMILIES) {
      const key = `content.family.${family}`;
      expect(en, key).to.have.property(key);
      expect(ja, key).to.have.property(key);
    }
  });

  it('cuts excerpts without splitting a surrogate pair', () => {
    // The odd 'a' puts both cut points on the second half of an emoji.
    const text = 'a' + '😀'.repeat(40) + 'アカウントを停止' + 'a' + '😀'.repeat(40);
    const start = text.indexOf('アカウント');
    const cut = excerpt(text, start, start + 8);
    expect(cut).to.include('アカウントを停止');
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(cut)).to.equal(false);
  });
});

describe('content.form', () => {
  it('fails a password field inside the mail and names where it posts', () => {
    const msg = message({ forms: [{ action: 'https://login-kagoya.example.net/post.php', hasPassword: true }] });
    const f = single(form(msg, ctx))!;
    expect(f).to.include({ id: 'content.form', status: 'fail' });
    expect(f.message.key).to.equal('content.form.password');
    expect(f.evidence[0]).to.include({ url: 'https://login-kagoya.example.net/post.php' });
  });

  it('warns about a survey form without a password field', () => {
    const msg = message({ forms: [{ action: 'https://survey.example.com/answer', hasPassword: false }] });
    const f = single(form(msg, ctx))!;
    expect(f).to.include({ id: 'content.form', status: 'warn' });
    expect(f.message.key).to.equal('content.form');
    expect(f.message.params.count).to.equal(1);
  });

  it('shows the password form first when a mail holds several', () => {
    const forms = [{ action: 'https://survey.example.com/answer', hasPassword: false }, { hasPassword: true }];
    const f = single(form(message({ forms }), ctx))!;
    expect(f.status).to.equal('fail');
    expect(f.evidence[0]).to.include({ header: 'Body', value: '<input type="password">' });
  });

  it('says nothing when the body has no form', () => {
    expect(form(message({}), ctx)).to.equal(undefined);
  });
});

describe('content checks', () => {
  it('are listed under their finding ids', () => {
    expect(CONTENT_CHECKS.map(([id]) => id)).to.deep.equal(['content.lure', 'content.form']);
  });
});
