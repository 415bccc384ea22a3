/**
 * National brands of Romania, Hungary, Greece and Cyprus, Vietnam, Indonesia, Ukraine, the Gulf, Egypt, Morocco, India,
 * Thailand, Israel, Malaysia, the Philippines, Nigeria, Kenya, South Africa and Pakistan (issue #16, brand knowledge):
 * each country's most-impersonated brand is read by the name it signs with, in its own script; its genuine notice from
 * a listed domain passes clean, and the same name from a foreign domain fails (a verified brand) or warns (an
 * unverified one). Names that are ordinary words or people's names claim nothing. Synthetic messages, built here.
 */
import { expect } from 'chai';
import { findClaimedBrands, loadBrands } from '../../../src/core/brands/lookup';
import { claims, itJudgesEachBrand, message, report, type BrandCase } from './national-brand-cases';

const CASES: BrandCase[] = [
  {
    country: 'Romania',
    name: 'Poșta Română',
    own: 'posta-romana.ro',
    foreign: 'posta-romana-notice.example',
    foreignStatus: 'fail',
    subject: 'Coletul dumneavoastră a sosit',
    genuine: '<p>Coletul RR123456789RO vă așteaptă la oficiul poștal București 1.</p>',
    lure: "<p>Coletul nu poate fi livrat. <a href='https://posta-romana-notice.example/plata'>Plătiți taxa de 4,99 lei</a></p>",
  },
  {
    country: 'Hungary',
    name: 'OTP Bank',
    own: 'otpbank.hu',
    foreign: 'otp-bank-notice.example',
    foreignStatus: 'fail',
    subject: 'Számlakivonat',
    genuine: '<p>Tisztelt Ügyfelünk! Áprilisi számlakivonata elérhető az internetbankban.</p>',
    lure: "<p>Fiókját felfüggesztettük. <a href='https://otp-bank-notice.example/belepes'>Jelentkezzen be</a></p>",
  },
  {
    country: 'Greece',
    name: 'ΕΛΤΑ',
    own: 'elta.gr',
    foreign: 'elta-notice.example',
    foreignStatus: 'warn',
    subject: 'Ενημέρωση αποστολής',
    genuine: '<p>Η αποστολή σας παραδόθηκε στο κατάστημα Αθηνών.</p>',
    lure: "<p>Το δέμα σας δεν παραδόθηκε. <a href='https://elta-notice.example/pay'>Πληρώστε 1,99 €</a></p>",
  },
  {
    country: 'Vietnam',
    name: 'Vietcombank',
    own: 'vietcombank.com.vn',
    foreign: 'vietcombank-notice.example',
    foreignStatus: 'fail',
    subject: 'Thông báo giao dịch',
    genuine: '<p>Quý khách vừa thực hiện giao dịch chuyển khoản thành công.</p>',
    lure: "<p>Tài khoản của quý khách sẽ bị khóa. <a href='https://vietcombank-notice.example/xac-thuc'>Xác thực ngay</a></p>",
  },
  {
    country: 'Indonesia',
    name: 'Halo BCA',
    own: 'bca.co.id',
    foreign: 'bca-notice.example',
    foreignStatus: 'fail',
    subject: 'Notifikasi Transaksi',
    genuine: '<p>Transaksi kartu kredit Anda telah berhasil.</p>',
    lure: "<p>Akun Anda diblokir. <a href='https://bca-notice.example/verifikasi'>Verifikasi sekarang</a></p>",
  },
  {
    country: 'Ukraine',
    name: 'ПриватБанк',
    own: 'privatbank.ua',
    foreign: 'privatbank-notice.example',
    foreignStatus: 'fail',
    subject: 'Виписка за рахунком',
    genuine: '<p>Ваша виписка за квітень доступна у застосунку.</p>',
    lure: "<p>Ваш рахунок заблоковано. <a href='https://privatbank-notice.example/login'>Підтвердіть дані</a></p>",
  },
  {
    country: 'Saudi Arabia',
    name: 'مصرف الراجحي',
    own: 'alrajhibank.com.sa',
    foreign: 'al-rajhi-notice.example',
    foreignStatus: 'fail',
    subject: 'إشعار عملية',
    genuine: '<p>تمت عملية التحويل بنجاح.</p>',
    lure: "<p>تم إيقاف حسابك. <a href='https://al-rajhi-notice.example/update'>تحديث البيانات</a></p>",
  },
  {
    country: 'United Arab Emirates',
    name: 'بريد الإمارات',
    own: 'emiratespost.ae',
    foreign: 'emirates-post-notice.example',
    foreignStatus: 'warn',
    subject: 'تحديث الشحنة',
    genuine: '<p>تم تسليم شحنتك بنجاح.</p>',
    lure: "<p>شحنتك معلقة. <a href='https://emirates-post-notice.example/pay'>ادفع رسوم التوصيل</a></p>",
  },
  {
    country: 'Egypt',
    name: 'البنك الأهلي المصري',
    own: 'nbe.com.eg',
    foreign: 'nbe-notice.example',
    foreignStatus: 'warn',
    subject: 'كشف الحساب',
    genuine: '<p>كشف حسابك الشهري متاح الآن.</p>',
    lure: "<p>سيتم إيقاف بطاقتك. <a href='https://nbe-notice.example/card'>تفعيل البطاقة</a></p>",
  },
  {
    country: 'Morocco',
    name: 'Poste Maroc',
    own: 'poste.ma',
    foreign: 'barid-al-maghrib-notice.example',
    foreignStatus: 'warn',
    subject: 'Votre colis',
    genuine: '<p>Votre colis est disponible dans votre agence.</p>',
    lure: "<p>Votre colis est bloqué. <a href='https://barid-al-maghrib-notice.example/frais'>Payez 12 MAD</a></p>",
  },
  {
    country: 'Qatar',
    name: 'QNB',
    own: 'qnb.com',
    foreign: 'qnb-notice.example',
    foreignStatus: 'warn',
    subject: 'Account statement',
    genuine: '<p>Your April statement is ready in QNB Mobile.</p>',
    lure: "<p>Your card is suspended. <a href='https://qnb-notice.example/verify'>Verify now</a></p>",
  },
  {
    country: 'India',
    name: 'भारतीय स्टेट बैंक',
    own: 'sbi.co.in',
    foreign: 'sbi-notice.example',
    foreignStatus: 'fail',
    subject: 'खाता विवरण',
    genuine: '<p>आपका मासिक खाता विवरण संलग्न है।</p>',
    lure: "<p>आपका खाता बंद कर दिया जाएगा। <a href='https://sbi-notice.example/kyc'>KYC अपडेट करें</a></p>",
  },
  {
    country: 'Thailand',
    name: 'ธนาคารกสิกรไทย',
    own: 'kasikornbank.com',
    foreign: 'kasikornbank-notice.example',
    foreignStatus: 'warn',
    subject: 'แจ้งเตือนรายการ',
    genuine: '<p>รายการโอนเงินของท่านสำเร็จแล้ว</p>',
    lure: "<p>บัญชีของท่านถูกระงับ <a href='https://kasikornbank-notice.example/verify'>ยืนยันตัวตน</a></p>",
  },
  {
    country: 'Israel',
    name: 'מזרחי טפחות',
    own: 'mizrahi-tefahot.co.il',
    foreign: 'mizrahi-tefahot-notice.example',
    foreignStatus: 'fail',
    subject: 'עדכון חשבון',
    genuine: '<p>דף החשבון החודשי שלך זמין באתר.</p>',
    lure: "<p>החשבון שלך הוגבל. <a href='https://mizrahi-tefahot-notice.example/login'>לאימות הפרטים</a></p>",
  },
  {
    country: 'Israel (unverified)',
    name: 'דואר ישראל',
    own: 'israelpost.co.il',
    foreign: 'israel-post-notice.example',
    foreignStatus: 'warn',
    subject: 'עדכון משלוח',
    genuine: '<p>החבילה שלך הגיעה לסניף.</p>',
    lure: "<p>החבילה שלך ממתינה לתשלום מכס. <a href='https://israel-post-notice.example/pay'>לתשלום</a></p>",
  },
  {
    country: 'Malaysia',
    name: 'Maybank2u',
    own: 'maybank2u.com.my',
    foreign: 'maybank-notice.example',
    foreignStatus: 'fail',
    subject: 'Penyata akaun',
    genuine: '<p>Penyata akaun anda untuk bulan April telah tersedia.</p>',
    lure: "<p>Akaun anda telah disekat. <a href='https://maybank-notice.example/login'>Log masuk</a></p>",
  },
  {
    country: 'Philippines',
    name: 'GCash',
    own: 'gcash.com',
    foreign: 'gcash-notice.example',
    foreignStatus: 'fail',
    subject: 'Transaction receipt',
    genuine: '<p>Natanggap mo ang ₱500 mula kay Juan.</p>',
    lure: "<p>Na-suspend ang iyong account. <a href='https://gcash-notice.example/verify'>I-verify ngayon</a></p>",
  },
  {
    country: 'Nigeria',
    name: 'GTBank',
    own: 'gtbank.com',
    foreign: 'gtbank-notice.example',
    foreignStatus: 'warn',
    subject: 'Transaction alert',
    genuine: '<p>A debit of NGN 5,000.00 was made on your account.</p>',
    lure: "<p>Your token has expired. <a href='https://gtbank-notice.example/token'>Reactivate it</a></p>",
  },
  {
    country: 'Kenya',
    name: 'M-PESA',
    own: 'safaricom.co.ke',
    foreign: 'safaricom-notice.example',
    foreignStatus: 'fail',
    subject: 'M-PESA statement',
    genuine: '<p>Your M-PESA statement for April is attached.</p>',
    lure: "<p>Your M-PESA account is on hold. <a href='https://safaricom-notice.example/verify'>Confirm your PIN</a></p>",
  },
  {
    country: 'South Africa',
    name: 'SARS eFiling',
    own: 'sars.gov.za',
    foreign: 'sars-notice.example',
    foreignStatus: 'fail',
    subject: 'Notice of assessment',
    genuine: '<p>Your notice of assessment is available on eFiling.</p>',
    lure: "<p>You are due a refund of R3,240. <a href='https://sars-notice.example/refund'>Claim it</a></p>",
  },
  {
    country: 'Pakistan',
    name: 'HBL',
    own: 'hbl.com',
    foreign: 'hbl-notice.example',
    foreignStatus: 'warn',
    subject: 'Account statement',
    genuine: '<p>Your e-statement for April is ready.</p>',
    lure: "<p>Your HBL Mobile access is blocked. <a href='https://hbl-notice.example/unblock'>Unblock</a></p>",
  },
];

describe('national brands of more countries, in their own scripts (issue #16, brand knowledge)', () => {
  itJudgesEachBrand(CASES);
});

describe('the national brands’ online banking on a domain of its own (issue #16, brand knowledge)', () => {
  // Genuine notices link to the bank's online banking, which lives on another domain than its mail: State Bank of
  // India's under its own top-level domain (`.sbi`), Al Rajhi's Al Mubasher. A link there is the brand's own.
  const cases = [
    ['State Bank of India', 'sbi.co.in', 'https://retail.onlinesbi.sbi/retail/login.htm'],
    ['Al Rajhi Bank', 'alrajhibank.com.sa', 'https://www.almubasher.com.sa/'],
  ] as const;
  for (const [name, own, link] of cases) {
    it(`passes ${name}'s notice linking to ${new URL(link).hostname} clean`, async () => {
      const html = `<p>Your statement is ready. <a href='${link}'>Sign in</a></p>`;
      const r = await report(message(name, own, 'Statement', html, true));
      // (The fixture's documentation IP warns in the origin row: not the brand's business.)
      const raised = r.findings
        .filter((f) => (f.status === 'fail' || f.status === 'warn') && !f.id.startsWith('origin.'))
        .map((f) => f.id);
      expect(raised).to.deep.equal([]);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe('the new national brands’ names as people write them (issue #16, brand knowledge)', () => {
  it('reads Greek, Cyrillic, Arabic, Devanagari, Thai, Hebrew and Vietnamese names', () => {
    expect(claims('ΕΛΤΑ Courier')).to.deep.equal(['elta']);
    expect(claims('Ελληνικά Ταχυδρομεία')).to.deep.equal(['elta']);
    expect(claims('ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ')).to.deep.equal(['nbg']);
    expect(claims('Приват24')).to.deep.equal(['privatbank']);
    expect(claims('Монобанк')).to.deep.equal(['monobank']);
    expect(claims('مصرف الراجحي')).to.deep.equal(['al-rajhi']);
    expect(claims('भारतीय स्टेट बैंक')).to.deep.equal(['sbi']);
    expect(claims('ธนาคารกสิกรไทย')).to.deep.equal(['kasikornbank']);
    expect(claims('דואר ישראל')).to.deep.equal(['israel-post']);
    expect(claims('Vietcombank')).to.deep.equal(['vietcombank']);
    expect(claims('Posta Romana')).to.deep.equal(['posta-romana']);
  });

  it('reads the short names only as the brands write them, and only in a name', () => {
    expect(claims('BCA')).to.deep.equal(['bca']);
    expect(claims('bca')).to.deep.equal([]);
    expect(claims('SARS')).to.deep.equal(['sars']);
    expect(findClaimedBrands(loadBrands(), 'SARS outbreak report', 'text')).to.deep.equal([]);
    expect(claims('Дія')).to.deep.equal(['diia']);
    expect(claims('дія')).to.deep.equal([]);
    expect(claims('hbl')).to.deep.equal([]);
  });

  it('does not read ordinary words, other companies or people’s names as one of them', () => {
    for (const name of [
      'Private equity group update',
      'Public Bank Holiday hours',
      'Access bank statements online',
      'BDO LLP',
      'BSI Group',
      'Dana Scully',
      'Maya Angelou',
      'Salik Khan',
      'Nadra Ahmed',
      'TCS Careers',
      'SBIホールディングス',
      'Mandiri Consulting',
      'same day courier',
      'Erste Schritte',
      'Fab Five',
      'mashreq region',
      'landbank news',
      'מבזק חדשות',
      'أبشر',
      'بنك مصري',
      'กรุงศรี',
      'فوري',
      'سمسار',
      'परिवहन',
      'нова пошта',
      'Raiffeisenlandesbank Tirol',
    ])
      expect(claims(name), name).to.deep.equal([]);
  });
});
