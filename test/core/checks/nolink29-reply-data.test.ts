/**
 * Offers that want the reader's data by reply (issue #16 item 11, family f): a private loan "at 2 % without a credit
 * check", a job "with no interview", a widow's investment, with the full name and a copy of the ID or passport wanted
 * at a mailbox elsewhere (content.advance-fee.reply: loan-fee fraud is advance-fee fraud, and the data is the first
 * payment). The probes (nolink29/reply-data-probes.ts) are synthetic, one for each language and English-speaking
 * country; the Latin-script wording waits in advance-fee-late-phrases.ts, the rest is in
 * advance-fee-phrases-nonlatin.ts. Beside them, their false-alarm twins: a recruiter's real invitation asking for a
 * passport copy for the right-to-work check, a bank's own loan offer, a consumer centre's newsletter warning about
 * loans without a credit check (its Reply-To on another domain, authenticated), a Polish bank's offer.
 */
import { expect } from 'chai';
import { REPLY_DATA_PROBES } from './nolink29/reply-data-probes';
import { reportOf, type Probe } from './nolink29/mail';

const status = (r: Awaited<ReturnType<typeof reportOf>>, id: string) => r.findings.find((f) => f.id === id)?.status;

describe('loans, jobs and investments offered for your data by reply, in every language (content.advance-fee)', () => {
  for (const p of REPLY_DATA_PROBES) {
    it(`fails the offer that wants the full name and an ID copy at a mailbox elsewhere in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.advance-fee')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'en',
      from: 'Amelia Ross <amelia.ross@northbridgetalent.co.uk>',
      subject: 'Senior Engineer role - interview next week',
      body: 'Hi Ella,\n\nThanks for your CV. The client would like to interview you for the Senior Engineer role next Tuesday. Please bring a copy of your passport for the right-to-work check, and let me know your availability.\n\nBest,\nAmelia Ross\nNorthbridge Talent',
    },
    {
      lang: 'de',
      from: 'Sparkasse Nordheide <kredit@sparkasse-nordheide.de>',
      replyTo: 'Kreditberatung <beratung@sparkasse-nordheide.de>',
      subject: 'Ihr Privatkredit ab 3,49 %',
      body: 'Guten Tag Frau Marsh,\n\nmit unserem Privatkredit finanzieren Sie Ihre Wünsche ab 3,49 % effektivem Jahreszins. Die Bonitätsprüfung erfolgt in der Filiale; bringen Sie bitte eine Kopie Ihres Personalausweises mit.\n\nIhre Sparkasse',
    },
    {
      lang: 'de',
      from: 'Verbraucherzentrale <newsletter@vz-nordheide.de>',
      replyTo: 'redaktion@vz-newsletter-service.de',
      subject: 'Vorsicht: Kredit ohne Schufa per E-Mail',
      body: 'Liebe Leserinnen und Leser,\n\nBetrüger versprechen Privatkredite ohne Schufa zu 2 % Zinsen und verlangen eine Kopie Ihres Personalausweises und Ihren vollständigen Namen. Antworten Sie nicht: seriöse Banken vergeben keine Kredite per E-Mail.\n',
    },
    {
      lang: 'pl',
      from: 'Bank Wiślany <oferty@bankwislany.pl>',
      subject: 'Pożyczka gotówkowa na dowolny cel',
      body: 'Dzień dobry,\n\nprzygotowaliśmy dla Pani ofertę pożyczki gotówkowej do 150 000 zł. Wniosek złożysz w aplikacji banku; decyzja zależy od oceny zdolności kredytowej w BIK.\n\nZespół banku',
    },
  ];
  for (const p of genuine) {
    it(`leaves an accountable lender's, recruiter's or adviser's mail alone (${p.lang}, ${p.from.slice(0, 24)})`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.advance-fee')).to.not.equal('fail');
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});
