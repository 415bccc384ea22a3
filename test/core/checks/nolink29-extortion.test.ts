/**
 * Bitcoin extortion ("sextortion") in every language (issue #16 item 11, family d): "I hacked your device and recorded
 * you; pay in Bitcoin within 48 hours or the video goes to your contacts" (content.extortion). The probes
 * (nolink29/extortion-probes.ts) are synthetic, one for each language and English-speaking country; each language's
 * claims are in extortion-phrases.ts. Beside them, their false-alarm twins: an exchange's deposit notice with its
 * address, CERT Polska's warning that quotes the script without an address, and a freelancer paid in Bitcoin.
 */
import { expect } from 'chai';
import { EXTORTION_PROBES } from './nolink29/extortion-probes';
import { reportOf, type Probe } from './nolink29/mail';

const status = (r: Awaited<ReturnType<typeof reportOf>>, id: string) => r.findings.find((f) => f.id === id)?.status;
const BC1 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';

describe('Bitcoin extortion in every language (content.extortion)', () => {
  for (const p of EXTORTION_PROBES) {
    it(`fails "I recorded you, pay in Bitcoin" in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.extortion')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'ru',
      from: 'Криптобиржа <noreply@kripto-birzha.ru>',
      subject: 'Ваш депозит зачислен',
      body: `Здравствуйте!\n\nВаш депозит 0,015 BTC на адрес ${BC1} зачислен после 3 подтверждений сети.\n\nЕсли вы не совершали эту операцию, свяжитесь с поддержкой в личном кабинете.\n`,
    },
    {
      lang: 'pl',
      from: 'CERT Polska <ostrzezenia@cert-polska-biuletyn.pl>',
      subject: 'Uwaga na maile „zhakowałem Twoje urządzenie”',
      body: 'Od kilku dni krąży fala wiadomości, w których przestępca twierdzi: „Zhakowałem Twoje urządzenie i nagrałem Cię kamerą. Wyślę nagranie wszystkim Twoim kontaktom, jeśli nie zapłacisz w bitcoinach.” To blef: nie płać i zgłoś wiadomość na incydent.cert.pl.\n',
    },
    {
      lang: 'en',
      from: 'Marco Rossi <marco.rossi.design@gmail.com>',
      subject: 'Logo files - invoice 2025-014',
      body: `Hi Ella,\n\nThe final logo files are ready. As agreed, please send the balance of 0.004 BTC to my bitcoin address: ${BC1}\n\nOnce the payment is confirmed I will send the source files and the brand guide.\n\nThanks,\nMarco`,
    },
  ];
  for (const p of genuine) {
    it(`leaves a Bitcoin address or the script's words alone without the other (${p.lang})`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.extortion')).to.equal(undefined);
      expect(r.verdict).to.not.equal('likely-phishing');
    });
  }
});
