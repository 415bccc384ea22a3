/**
 * Four scams with nothing to click but a reply, a number or a payment (content.pretext, reply-scam-judge.ts): the
 * fake police summons for child abuse material from a free mailbox (content.pretext.police-summons), the 架空請求
 * civil-lawsuit notice (content.pretext.fake-lawsuit), the prize paid out after a fee (content.pretext.prize-fee), the
 * job offer whose candidate pays the visa fee (content.pretext.job-fee), the directory's "data update" form that is a
 * paid listing (content.pretext.directory-form); each beside its genuine twins and the warnings
 * that quote its words. Synthetic messages, the sender authenticated for its own domain.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, bad, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });
const key = (r: ReturnType<typeof mail>) => one(r, 'content.pretext')?.message.key;

describe('the reply-only scams (content.pretext)', () => {
  const attacks: [string, string, string, string, string][] = [
    [
      'fr: the Gendarmerie "convocation" for child abuse material from Gmail',
      'Brigade des mineurs <brigade.mineurs.convocation@gmail.com>',
      'CONVOCATION - Réf. BPM/2025/4471',
      "Suite à une saisie informatique effectuée dans le cadre d'une enquête judiciaire, vous êtes convoqué. " +
        'Faites-nous parvenir vos justifications par retour de courriel sous 72 heures, sinon vous serez fiché comme ' +
        'délinquant sexuel.\n',
      'content.pretext.police-summons',
    ],
    [
      'en: a "digital" summons for child pornography from Outlook.com',
      'Cyber Crime Unit <cybercrime.unit.notice@outlook.com>',
      'Summons to appear',
      'A criminal investigation has been opened against you for viewing child pornography. Reply within 48 hours ' +
        'with your justification.\n',
      'content.pretext.police-summons',
    ],
    [
      'ja: the 架空請求 civil-lawsuit final notice, phone only',
      '民事訴訟管理センター <info@minji-kanri-center.com>',
      '【重要】民事訴訟最終告知のお知らせ',
      '契約不履行による民事訴訟として訴状が提出されました事をご通知致します。取り下げ期日を過ぎますと、給与差し押さえ' +
        'を執行させて頂きます。取り下げ等のご相談は下記窓口まで。\nお問い合わせ窓口：03-6910-3852\n',
      'content.pretext.fake-lawsuit',
    ],
    [
      'en: a final notice of civil lawsuit, withdrawn by calling',
      'Legal Notice Center <notices@civil-claims-centre.com>',
      'Final notice of civil lawsuit',
      'A civil lawsuit has been filed against you by a former service provider. To withdraw the lawsuit before ' +
        'Friday, call 0800 555 0199; otherwise wage garnishment will follow.\n',
      'content.pretext.fake-lawsuit',
    ],
    [
      'ru: a Stoloto win paid after a transfer commission',
      'Столото <info@stoloto-vyplata.ru>',
      'Ваш билет выиграл!',
      'Поздравляем! Ваш электронный билет стал выигрышным. Сумма выигрыша: 287 400 ₽. Комиссия за межбанковский ' +
        'перевод составляет 390 ₽.\nhttps://stoloto-vyplata.ru/lk/confirm\n',
      'content.pretext.prize-fee',
    ],
    [
      'en: a lottery win with a release fee',
      'Euro Millions Claims <claims@euromillions-award.com>',
      'Winning notification',
      'Your email address has won EUR 850,000 in our annual draw. A processing fee of EUR 190 must be paid before ' +
        'the transfer.\n',
      'content.pretext.prize-fee',
    ],
    [
      'ar: an Aramco offer whose candidate pays the visa fee',
      'أرامكو <hr@aramcocareers-sa.com>',
      'عرض وظيفي رسمي',
      'يسعدنا إبلاغكم بأنه قد تم اختياركم لشغل وظيفة مهندس. يتحمل المرشح رسوم معالجة التأشيرة (1,450 دولاراً) وتسترد ' +
        'كاملة مع أول راتب.\n',
      'content.pretext.job-fee',
    ],
    [
      'en: an offer letter with a refundable work-permit fee',
      'Gulf Energy Careers <hr@gulfenergy-careers.com>',
      'Offer letter - Senior Technician',
      'Congratulations, you have been selected for the position of Senior Technician. The work permit fee of USD ' +
        '980 will be refunded with your first salary.\n',
      'content.pretext.job-fee',
    ],
    [
      'de: a "Gewerbeauskunft" data update to sign and fax back',
      'Gewerbeauskunft-Zentrale <service@gewerbe-auskunftszentrale.de>',
      'Erfassung gewerblicher Einträge',
      'Zur Aktualisierung der Angaben in unserem Verzeichnis gewerblicher Unternehmen bitten wir Sie, die Daten Ihres ' +
        'Betriebes zu prüfen. Bitte senden Sie den Bogen unterschrieben per Fax an 0341 / 392 871 09 zurück.\n',
      'content.pretext.directory-form',
    ],
    [
      'en: a "Global Trade Register" company-data form to sign and return',
      'Global Trade Register <update@globaltrade-register.eu>',
      'Update of your company data',
      'In order to keep your company listing in the Global Trade Register up to date, please check the data we hold ' +
        'on the attached form, sign the form and return it by e-mail within 10 days.\n',
      'content.pretext.directory-form',
    ],
  ];
  for (const [what, from, subject, body, want] of attacks)
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      expect(key(r), bad(r).join(' ')).to.equal(want);
      expect(r.verdict).to.equal('likely-phishing');
    });
});

describe('their false-alarm twins stay clean', () => {
  const twins: [string, string, string, string][] = [
    [
      'a police force’s warning about the fake convocation, from its own domain',
      'Gendarmerie <communication@gendarmerie-alertes.fr>',
      'Alerte arnaque',
      'Attention : une fausse convocation de la Brigade de protection des mineurs circule par courriel, vous accusant ' +
        'de pédopornographie. Ne répondez pas.\n',
    ],
    [
      'a friend on Gmail forwarding that warning',
      'Claire <claire.martin54@gmail.com>',
      'Fw: arnaque',
      'Regarde, une arnaque : une fausse convocation pour pédopornographie, soi-disant du procureur de la République.\n',
    ],
    [
      'a club’s AGM convocation from Gmail',
      'Tennis Club <tennisclub.vernon@gmail.com>',
      'Convocation à l’assemblée générale',
      "Vous êtes convoqué à l'assemblée générale du club le 12 mars à 19 h.\n",
    ],
    [
      'a consumer centre’s warning quoting the 架空請求 words',
      '消費生活センター <info@shohi-center-news.jp>',
      '架空請求にご注意',
      '「民事訴訟最終告知」などと称し、訴訟取り下げの相談を電話で求め、給与差し押さえをほのめかす架空請求の詐欺メールが' +
        '増えています。電話しないでください。\n',
    ],
    [
      'a genuine lottery’s prize notice with no fee',
      'The National Lottery <noreply@lottery-results-uk.co.uk>',
      'You have a prize',
      'Good news: your ticket for Saturday’s draw has won a prize. Log in to your account to see it.\n',
    ],
    [
      'a bank’s advert: "you won’t pay a transfer fee of any kind"',
      'Harbour Bank <offers@harbour-bank-news.co.uk>',
      'Send money abroad for free',
      "With the new account you won’t pay a transfer fee of any kind, and you won't wait: transfers arrive today.\n",
    ],
    [
      'a food app’s prize with a delivery fee',
      'Deli Rider <hello@delirider-app.com>',
      'You won a free lunch!',
      'You won a free lunch in our Friday draw. A delivery fee of €1.99 applies as usual.\n',
    ],
    [
      'an offer letter whose visa fee the company reimburses',
      'Talent Team <careers@northwind-engineering.com>',
      'Your offer letter',
      'Please find your offer letter attached. The visa fee is reimbursed by the company on arrival.\n',
    ],
    [
      'a credit agency’s data check done online, no signature',
      'Creditreform <service@creditreform-auskunft.de>',
      'Ihre Firmendaten',
      'Bitte prüfen Sie die Daten Ihres Unternehmens in unserem Firmenverzeichnis online unter Ihrem Zugang. ' +
        'Eine Unterschrift ist nicht nötig.\n',
    ],
    [
      'a supplier-onboarding form to sign, with no directory',
      'Procurement <procurement@northwind-engineering.com>',
      'Supplier form',
      'Please check your company details on the attached supplier form, sign it and return it to us.\n',
    ],
    [
      'a genuine offer where the company bears the visa fee',
      'Talent Team <careers@northwind-engineering.com>',
      'Your offer letter',
      'We are pleased to send your offer letter. Visa fees are covered by the company, and we will book your flight.\n',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} alone`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
});
