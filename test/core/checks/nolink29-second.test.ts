/**
 * The second set of no-link probes (nolink29/second-probes.ts: each family told another way in twelve languages, see
 * its header for what it measured untouched), and the false-alarm twins of the forms it added: a tech newsletter on
 * trojans with a Bitcoin donation address, PayPal's own receipt naming its phone number, a recruiter's real selection
 * from its own domain, a job board's newsletter, HR's own notice about the salary account, a Spanish CEO's meeting.
 */
import { expect } from 'chai';
import { SECOND_PROBES } from './nolink29/second-probes';
import { reportOf, type Probe } from './nolink29/mail';

const ids = (r: Awaited<ReturnType<typeof reportOf>>) => r.findings.filter((f) => f.status === 'fail').map((f) => f.id);

describe('no-link families told another way (second set)', () => {
  for (const p of SECOND_PROBES) {
    it(`is likely phishing: ${p.family} in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'en',
      from: 'The Patch Notes <editor@patchnotes-weekly.com>',
      subject: 'Patch Notes #112: the trojan that empties wallets',
      body: 'This week: researchers found a trojan on your computer can hide for months, and its recordings from your camera are sold on forums. How to check your machine, and why you should cover your webcam.\n\nPatch Notes is reader-funded. Support us at our bitcoin address: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\n',
    },
    {
      lang: 'en',
      from: 'PayPal <service@paypal.com>',
      subject: 'Receipt for your payment to Best Buy Inc.',
      body: 'You sent a payment of $1,249.99 USD to Best Buy Inc.\n\nView the details in your account: https://www.paypal.com/myaccount/transactions\n\nIf you have any questions about this transaction, please contact PayPal at 1-888-221-1161 or visit https://www.paypal.com/us/smarthelp/contact-us\n',
    },
    {
      lang: 'en',
      from: 'Amelia Ross <amelia.ross@northbridgetalent.co.uk>',
      subject: 'Good news: Data Engineer role',
      body: "Hi Ella,\n\nYou have been selected for the position of Data Engineer after Tuesday's interview. The offer letter follows from the client's HR; please bring a copy of your passport on your first day for the right-to-work check.\n\nAmelia",
    },
    {
      lang: 'pl',
      from: 'Pracuj Teraz <oferty@pracujteraz-oferty.pl>',
      subject: 'Nowe oferty pracy zdalnej',
      body: 'Dzień dobry,\n\nw tym tygodniu 120 nowych ofert pracy zdalnej, także z rekrutacją bez rozmowy kwalifikacyjnej (wystarczy test online). Aplikuj przez serwis; nigdy nie wysyłaj skanu dowodu osobistego mailem.\n',
    },
    {
      lang: 'ja',
      from: '人事部 <jinji@halvorsen-eng.com>',
      subject: '給与の振込先変更手続きについて',
      body: '社員各位\n\n給与の受け取り口座を変更する場合は、社内ポータルの申請フォームから手続きしてください。メールでの変更依頼は受け付けません。\n\n人事部',
    },
    {
      lang: 'es',
      from: 'Consejero Delegado Javier Moreno <javier.moreno@halvorsen-eng.com>',
      subject: 'Reunión del comité',
      body: 'Hola Ella,\n\n¿tienes un momento esta tarde? Necesito que me hagas llegar el informe trimestral antes del comité. Estoy en una reunión hasta las cinco.\n\nJavier',
    },
  ];
  for (const p of genuine) {
    it(`leaves the same words from someone accountable alone: ${p.subject.slice(0, 40)}`, async () => {
      const r = await reportOf(p);
      expect(ids(r)).to.deep.equal([]);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});
