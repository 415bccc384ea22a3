/**
 * The lure lexicon in Arabic, Hindi (Devanagari and Hinglish), Hebrew, Ukrainian, Malay and Filipino (with Taglish),
 * and more of Romanian, Hungarian, Greek, Vietnamese, Indonesian and Thai (issue #16): a phishing sample of each
 * language's usual lures and a genuine notice of each that must hold one family at most (fixtures
 * lex-*-s26.synthetic.txt); and the spelling variants lure-matcher.ts folds, so that one phrase matches every way
 * real mail writes it.
 */
import { expect } from 'chai';
import { familiesOf, testSamples } from './lure-samples';
import { findLures, forgetNonLatinPhrases, loadNonLatinPhrases } from '../../../src/core/checks/lure-matcher';

describe('lure lexicon in Arabic, Hindi, Hebrew, Ukrainian, Malay, Filipino and six strengthened languages', () => {
  testSamples('lex-lures-s26.synthetic.txt', 'lex-ordinary-s26.synthetic.txt', { lures: 30, ordinary: 15 });
});

describe('spelling variants the matcher folds before the lexicon is read', () => {
  const same = (a: [string, string], b: [string, string]) => {
    expect(familiesOf(...a)).to.not.equal('');
    expect(familiesOf(...b)).to.equal(familiesOf(...a));
  };

  it('reads Vietnamese written without diacritics, or decomposed (NFD), as the accented lure', () => {
    const accented: [string, string] = [
      'Tài khoản của quý khách sẽ bị khóa',
      'Vui lòng đăng nhập để xác thực trong vòng 24 giờ',
    ];
    same(accented, ['Tai khoan cua quy khach se bi khoa', 'Vui long dang nhap de xac thuc trong vong 24 gio']);
    same(accented, [accented[0].normalize('NFD'), accented[1].normalize('NFD')]);
    // Old-style tone placement (khoá) and capitals read the same.
    same(accented, ['TÀI KHOẢN CỦA QUÝ KHÁCH SẼ BỊ KHOÁ', 'VUI LÒNG ĐĂNG NHẬP ĐỂ XÁC THỰC TRONG VÒNG 24 GIỜ']);
  });

  it('reads Arabic with harakat, tatweel, bare alefs, ى for ي and ه for ة as the plain spelling', () => {
    const plain: [string, string] = ['تم إيقاف حسابك', 'يرجى تأكيد هويتك وفي حالة عدم التحديث سيتم الإغلاق'];
    same(plain, ['تـــم إيقــاف حسـابك', 'يُرجى تَأكِيدُ هُوِيَّتِكَ وفي حاله عدم التحديث']);
    same(plain, ['تم ايقاف حسابك', 'يرجي تاكيد هويتك وفي حاله عدم التحديث']);
  });

  it('reads Arabic-Indic digits as ASCII ones', () => {
    expect(familiesOf('Aramex', 'تعذر توصيل شحنتك. خلال ٢٤ ساعة يرجى دفع رسوم إعادة التوصيل بقيمة ٦ ريال')).to.equal(
      familiesOf('Aramex', 'تعذر توصيل شحنتك. خلال 24 ساعة يرجى دفع رسوم إعادة التوصيل بقيمة 6 ريال'),
    );
  });

  it('reads Hebrew with niqqud, and with gershayim written ״, " or not at all, as the plain spelling', () => {
    same(['התראה', 'ניסיון התחברות חשוד. אמתו את זהותך'], ['הַתְרָאָה', 'נִסָּיוֹן הִתְחַבְּרוּת חָשׁוּד. אַמְּתוּ אֶת זֶהוּתְךָ']);
    const hits = ['דו״ח', 'דו"ח', 'דו”ח', 'דוח'].map((d) => findLures(`${d} חניה שלא שולם`).map((h) => h.family));
    expect(hits).to.deep.equal([['fee'], ['fee'], ['fee'], ['fee']]);
  });

  it('reads Devanagari with or without nukta', () => {
    // फ़्रीज़ (with nukta, as NFKC splits the precomposed letters) against फ्रीज.
    same(
      ['सूचना', 'आपका खाता फ्रीज कर दिया जाएगा। अपनी पहचान सत्यापित करें'],
      ['सूचना', 'आपका खाता फ़्रीज़ कर दिया जाएगा। अपनी पहचान सत्यापित करें'],
    );
  });

  it('reads the Ukrainian apostrophe however it is typed, or left out', () => {
    const forms = ["обов'язкова", 'обов’язкова', 'обовʼязкова', 'обовязкова'].map((w) =>
      findLures(`${w} верифікація картки`).map((h) => h.family),
    );
    expect(forms).to.deep.equal([['verify'], ['verify'], ['verify'], ['verify']]);
  });

  it('folds with the phrases in other scripts: a text read before they loaded is read again with the folds', async () => {
    // As the task pane does: a text in Arabic is read first without those phrases (and their folds), then again.
    const text = 'تـــم إيقــاف حسـابك';
    forgetNonLatinPhrases();
    try {
      expect(findLures(text)).to.deep.equal([]);
    } finally {
      await loadNonLatinPhrases();
    }
    expect(findLures(text).map((h) => h.family)).to.deep.equal(['deletion']);
  });

  it('matches Thai phrases without spaces, as in running Thai text, and across the spaces some writers insert', () => {
    expect(familiesOf('แจ้งเตือน', 'บัญชีของท่านถูกระงับ กรุณายืนยันตัวตน')).to.equal('deletion,verify');
    expect(familiesOf('แจ้งเตือน', 'บัญชี ของท่าน ถูกระงับ กรุณา ยืนยัน ตัวตน')).to.equal('deletion,verify');
  });

  it('twin: a common word alone fires nothing (Arabic حساب, Hebrew חשבון, Hindi खाता, Thai บัญชี, Vietnamese tài khoản)', () => {
    for (const text of [
      'حسابك',
      'חשבונך',
      'आपका खाता',
      'บัญชีของคุณ',
      'tài khoản của bạn',
      'akaun anda',
      'ang iyong account',
    ])
      expect(findLures(text), text).to.deep.equal([]);
  });
});
