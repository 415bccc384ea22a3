/**
 * CEO fraud and payroll diversion in every language (issue #16 items 6 and 11, families a and b): a role title on a
 * free mailbox asking for a quick wire or gift cards, or opening with "are you available?" (sender.role-free-mail,
 * content.bec-request); an employee's name on a free mailbox asking payroll to pay the next salary into a new account
 * (content.bec-request.payroll). The probes (nolink29/bec-probes.ts) are synthetic, one for each language and
 * English-speaking country; the executive titles are in no-link-phrases.ts, the asks of the languages it leaves out
 * wait in bec-phrases.ts, the non-Latin ones are in no-link-phrases-nonlatin.ts. Beside them, their false-alarm
 * twins: a real director asking a colleague for slides from the company's domain, a managing director on gmail asking
 * for lunch, a bank's warning about gift-card fraud, HR's own payroll system confirming a change, a friend's new
 * account for the rent.
 */
import { expect } from 'chai';
import { CEO_PROBES, PAYROLL_PROBES } from './nolink29/bec-probes';
import { reportOf, type Probe } from './nolink29/mail';

const status = (r: Awaited<ReturnType<typeof reportOf>>, id: string) => r.findings.find((f) => f.id === id)?.status;
const keys = (r: Awaited<ReturnType<typeof reportOf>>) => r.findings.map((f) => f.message.key);

describe('CEO fraud in every language (sender.role-free-mail, content.bec-request)', () => {
  for (const p of CEO_PROBES) {
    it(`fails the "executive" on a free mailbox asking for a wire, gift cards or a favour in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect([status(r, 'sender.role-free-mail'), status(r, 'content.bec-request')]).to.include('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'pl',
      from: 'Prezes Zarządu Tomasz Wiśniewski <t.wisniewski@halvorsen-eng.com>',
      subject: 'Slajdy na zarząd',
      body: 'Cześć Ella,\n\nczy jesteś teraz dostępna? Potrzebuję pilnie slajdów na jutrzejsze posiedzenie zarządu. Jestem na spotkaniu do 15:00, wyślij je proszę mailem.\n\nTomasz',
    },
    {
      lang: 'sv',
      from: 'VD Karin Holm <karin.holm.byggab@gmail.com>',
      subject: 'Lunch på torsdag?',
      body: 'Hej Ella,\n\nHar du tid för lunch på torsdag? Vi kan gå igenom offerten för taket i lugn och ro.\n\nHälsningar,\nKarin Holm\nVD, Holm Bygg AB',
    },
    {
      lang: 'tr',
      from: 'Yapı Kredi Güvenlik <guvenlik@ykb-bilgilendirme.com.tr>',
      subject: 'Hediye kartı dolandırıcılığına karşı uyarı',
      body: 'Değerli müşterimiz,\n\nSon dönemde kendini genel müdür olarak tanıtan kişilerin çalışanlardan hediye kartı ve acil havale istediği e-postalar artmıştır. Toplantıdayım, konuşamıyorum diyen bir yöneticiden gelen ödeme talebini mutlaka telefonla doğrulayın.\n\nYapı Kredi',
    },
    {
      lang: 'ko',
      from: '대표이사 김민수 <minsu.kim@halvorsen-eng.com>',
      subject: '회의 일정',
      body: '안녕하세요.\n\n다음 주 화요일 회의 일정 확인 부탁드립니다. 회의 중이라 전화를 받을 수 없으니 메일로 답장 부탁합니다.\n\n김민수',
    },
  ];
  for (const p of genuine) {
    it(`leaves a director's or a bank's ordinary mail in ${p.lang} without an ask from a free mailbox alone`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.bec-request')).to.equal(undefined);
      expect(status(r, 'sender.role-free-mail')).to.not.equal('fail');
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe('payroll diversion in every language (content.bec-request.payroll)', () => {
  for (const p of PAYROLL_PROBES) {
    it(`fails an employee's name on a free mailbox moving the salary to a new account in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.bec-request')).to.equal('fail');
      expect(keys(r)).to.include('content.bec-request.payroll');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'de',
      from: 'Personalabteilung <personal@halvorsen-eng.com>',
      subject: 'Ihre Bankverbindung wurde geändert',
      body: 'Hallo Frau Marsh,\n\nIhre neue Bankverbindung für Ihr Gehalt wurde im Personalportal gespeichert und gilt ab der nächsten Abrechnung. Ihr Gehalt geht dann auf Ihr neues Konto.\n\nWar das nicht Sie? Melden Sie sich bitte bei der Personalabteilung, Durchwahl 214.\n',
    },
    {
      lang: 'pl',
      from: 'Anna Kowalska <anna.kowalska@halvorsen-eng.com>',
      to: 'Kadry <kadry@halvorsen-eng.com>',
      subject: 'Zmiana numeru konta',
      body: 'Dzień dobry,\n\nzmieniłam bank. Proszę o zmianę numeru konta do wypłaty wynagrodzenia. Formularz podpisany przekażę osobiście w kadrach.\n\nAnna Kowalska',
    },
    {
      lang: 'da',
      from: 'Søren Madsen <soren.madsen.dk@gmail.com>',
      subject: 'Husleje',
      body: 'Hej Ella,\n\nJeg har skiftet bank, så huslejen for januar skal gå til min nye konto. Jeg sender dig nummeret på sms.\n\nHilsen Søren',
    },
  ];
  for (const p of genuine) {
    it(`leaves HR's own notice, the employee's own request or a friend's new account alone (${p.lang})`, async () => {
      const r = await reportOf(p);
      expect(keys(r)).to.not.include('content.bec-request.payroll');
      expect(r.verdict).to.not.equal('likely-phishing');
    });
  }
});
