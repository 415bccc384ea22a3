/**
 * The third set of no-link probes (nolink29/third-probes.ts: each family told yet another way in eight more languages,
 * see its header for what it measured untouched), and the false-alarm twins of the forms it added: a Czech firm's own
 * renewal notice with its phone number and no link (a warning at most, now that the callback reads the maintained
 * free-mail list), a friend's new account at another bank, an Italian bank's own loan newsletter.
 */
import { expect } from 'chai';
import { THIRD_PROBES } from './nolink29/third-probes';
import { reportOf, type Probe } from './nolink29/mail';

describe('no-link families told yet another way (third set)', () => {
  for (const p of THIRD_PROBES) {
    it(`is likely phishing: ${p.family} in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'cs',
      from: 'Webhosting Brno <fakturace@webhosting-brno.cz>',
      subject: 'Vaše předplatné bylo obnoveno',
      body: 'Dobrý den,\n\nvaše předplatné webhostingu bylo obnoveno na další rok a z karty bylo strženo 1 490 Kč. Pro zrušení nebo dotazy volejte +420 541 123 456.\n\nWebhosting Brno s.r.o.',
    },
    {
      lang: 'sv',
      from: 'Johan Eklund <johan.eklund.hem@gmail.com>',
      subject: 'Pengarna för resan',
      body: 'Hej Ella,\n\nJag har öppnat ett konto i en annan bank, så swisha gärna din del av resan dit i stället. Numret skickar jag på sms.\n\nJohan',
    },
    {
      lang: 'it',
      from: 'Banca Valdarno <newsletter@bancavaldarno.it>',
      subject: 'Il prestito per i tuoi progetti',
      body: 'Gentile cliente,\n\nle offriamo un finanziamento fino a 30.000 € per i suoi progetti, con istruttoria in filiale. Porti con sé una copia del documento d’identità e l’ultima busta paga.\n\nBanca Valdarno',
    },
  ];
  for (const p of genuine) {
    it(`leaves the same words from someone accountable alone: ${p.subject}`, async () => {
      const r = await reportOf(p);
      expect(r.findings.filter((f) => f.status === 'fail').map((f) => f.id)).to.deep.equal([]);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});
