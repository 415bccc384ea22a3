/**
 * Advance-fee fraud in every language (issue #16 item 6, family c): an inheritance, a dormant account, a compensation
 * fund or a lottery win, a large sum, and a reply wanted at a mailbox nobody answers for (content.advance-fee). The
 * probes (nolink29/advance-fee-probes.ts) are synthetic, one for each language and English-speaking country; the
 * languages the first table leaves out wait in advance-fee-late-phrases.ts (Latin) or are in
 * advance-fee-phrases-nonlatin.ts. Beside them, their false-alarm twins: a lottery operator's own result mail, a
 * notary's inheritance letter and a charity's bequest news from their own domains, an estate agent on gmail naming a
 * price, and a bank's warning that quotes the script.
 */
import { expect } from 'chai';
import { findLargeSum } from '../../../src/core/checks/advance-fee';
import { ADVANCE_FEE_PROBES } from './nolink29/advance-fee-probes';
import { reportOf, type Probe } from './nolink29/mail';

const status = (r: Awaited<ReturnType<typeof reportOf>>, id: string) => r.findings.find((f) => f.id === id)?.status;

describe('advance-fee fraud in every language (content.advance-fee)', () => {
  for (const p of ADVANCE_FEE_PROBES) {
    it(`fails the inheritance, fund or prize with a reply nobody answers for in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.advance-fee')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'pl',
      from: 'Lotto <powiadomienia@lotto-wyniki.pl>',
      subject: 'Gratulacje! Twój kupon wygrał',
      body: 'Gratulacje!\n\nTwój kupon Lotto z losowania 29.11 wygrał 1 250 000 zł. Wygrana na loterii powyżej 2280 zł jest wypłacana w oddziale Totalizatora Sportowego po okazaniu kuponu i dowodu osobistego, podając imię i nazwisko.\n\nZespół Lotto',
    },
    {
      lang: 'cs',
      from: 'Notářská kancelář Mgr. Horák <kancelar@notar-horak.cz>',
      subject: 'Dědické řízení po paní Marii Novákové',
      body: 'Vážená paní,\n\nv dědickém řízení po zesnulé paní Marii Novákové vás jako dědice zveme na jednání 14. 1. 2026. Předmětem dědictví je byt a vklad ve výši 2 350 000 Kč. Přineste prosím občanský průkaz; celé jméno a rodné číslo ověříme na místě.\n\nMgr. Tomáš Horák, notář',
    },
    {
      lang: 'sv',
      from: 'Cancerfonden <nyhetsbrev@cancerfonden-nyheter.se>',
      subject: 'Tack vare ett arv kan vi forska mer',
      body: 'Hej!\n\nI år fick vi ett arv på 2 000 000 kr från en givare som ville stödja forskningen. Läs om hur testamentsgåvor hjälper oss och hur du själv kan skriva ett testamente.\n\nCancerfonden',
    },
    {
      lang: 'fi',
      from: 'Kiinteistövälittäjä Jari Laine <jari.laine.lkv@gmail.com>',
      subject: 'Asuntonäyttö lauantaina',
      body: 'Hei,\n\nTervetuloa näyttöön lauantaina klo 12. Kolmio Töölössä, velaton hinta 350 000 €. Lähetä puhelinnumerosi, niin soitan ennen näyttöä.\n\nJari Laine, LKV',
    },
    {
      lang: 'id',
      from: 'Bank Mandiri <info@mandiri-edukasi.co.id>',
      subject: 'Waspada penipuan warisan',
      body: 'Nasabah yth,\n\nWaspadai email yang mengaku dari pengacara dan menawarkan warisan dari orang yang meninggal tanpa ahli waris, lalu meminta nama lengkap dan biaya administrasi. Bank tidak pernah meminta data tersebut melalui email.\n\nBank Mandiri',
    },
  ];
  for (const p of genuine) {
    it(`leaves a sum, an inheritance or a prize told by someone accountable alone (${p.lang})`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.advance-fee')).to.not.equal('fail');
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});

describe('large sums in dollars written in the languages of the script (findLargeSum)', () => {
  it('reads "dolarów", "ABD doları" and "dólares" after the figure', () => {
    for (const t of ['spadek w wysokości 8 500 000 dolarów', '8.500.000 ABD doları miras', '6.500.000 dólares'])
      expect(findLargeSum(t), t).to.not.equal(undefined);
  });
});
