/**
 * Issue #16: a brand's bare name that is also a surname ("Norton") claimed nothing in a display name — brands.json
 * lists "Norton 360", "Norton Security" — so "Norton Kundenservice" and "Norton Support" on a free mailbox passed as
 * nobody in particular (brands/service-names.ts). Now the bare name claims the brand when only a help desk's words
 * stand beside it, in the languages the renewal and callback scripts are sent in. Twins: a person of that name
 * writing a personal note, a firm of that name, and the brand's own desk from its own domain. Synthetic messages.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import { forgetDeskWords, serviceNameClaims, takeLackingDeskWords } from '../../../src/core/brands/service-names';
import { deskNameClaims } from '../../../src/core/brands/desk-words';
import { loadBrands } from '../../../src/core/brands/lookup';
import { parseMessage } from '../../../src/core/parse-message';
import { rawMail, reportOf, type Probe } from './nolink29/mail';

type R = Awaited<ReturnType<typeof reportOf>>;
const status = (r: R, id: string) => r.findings.find((f) => f.id === id)?.status;
const brand = (r: R) =>
  (r.findings.find((f) => f.id === 'sender.brand-mismatch')?.message.params as { brand?: string } | undefined)?.brand;

const RENEWAL_DE =
  'Sehr geehrter Kunde,\n\nIhr Norton 360 Abonnement wurde automatisch verlängert. 349,99 EUR werden heute von Ihrem Konto abgebucht.\n\nWenn Sie diese Verlängerung nicht wünschen, rufen Sie uns innerhalb von 24 Stunden an: +49 30 5557 2841.\n\nIhr Kundenservice';

describe('a bare brand name among a help desk’s words claims the brand (sender.brand-mismatch)', () => {
  const probes: Probe[] = [
    {
      lang: 'de',
      from: 'Norton Kundenservice <norton.kundenservice.de@gmail.com>',
      subject: 'Ihre Bestellung wurde bestätigt',
      body: RENEWAL_DE,
    },
    {
      lang: 'en',
      from: 'Norton Support <norton.support.desk@outlook.com>',
      subject: 'Your subscription has been renewed',
      body: 'Dear Customer,\n\nYour subscription has been renewed and $399.99 has been charged to your card today.\n\nIf you did not authorise this renewal, call our billing department at +1 808 555 0164 within 24 hours for a refund.\n\nBilling Team',
    },
    {
      lang: 'fr',
      from: 'Service Client Norton <service.client.norton@outlook.fr>',
      subject: 'Confirmation de renouvellement',
      body: "Bonjour,\n\nVotre abonnement a été renouvelé automatiquement et 299,99 € ont été prélevés sur votre compte.\n\nSi vous n'êtes pas à l'origine de ce renouvellement, appelez le 01 84 88 52 41 pour annuler.\n\nCordialement",
    },
    {
      lang: 'es',
      from: 'Soporte Técnico Norton <soporte.norton.es@gmail.com>',
      subject: 'Su suscripción ha sido renovada',
      body: 'Estimado cliente,\n\nSu suscripción ha sido renovada y se han cargado 299,99 € a su tarjeta.\n\nSi no reconoce este cargo, llame al 911 23 48 57 para cancelar y solicitar el reembolso.\n\nAtentamente',
    },
    {
      lang: 'ja',
      from: 'ノートンカスタマーサポート <norton.support.jp@outlook.jp>',
      subject: 'ご注文の確認：自動更新',
      body: 'お客様\n\n3年間の自動更新が完了し、49,800円をご登録のカードに請求いたしました。\n\nご注文に心当たりがない場合は、24時間以内に 0120-987-654 までお電話ください。キャンセルと返金を承ります。\n\n請求窓口',
    },
    {
      lang: 'de',
      from: 'McAfee Kundendienst <mcafee.kundendienst@gmail.com>',
      subject: 'Ihre Bestellung wurde bestätigt',
      body: RENEWAL_DE.replace('Norton 360', 'McAfee Total Protection'),
    },
  ];
  for (const p of probes)
    it(`fails "${p.from.split(' <')[0]}" on a free mailbox, with its renewal to call about (${p.lang})`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
      expect(brand(r)).to.match(/Norton|McAfee/);
      expect(r.verdict).to.equal('likely-phishing');
    });
});

describe('the desk’s words in the task pane (a chunk of their own)', () => {
  it('are asked for by a display name holding a bare name, then the claim is read', async () => {
    const input = await parseMessage(
      rawMail({ lang: 'en', from: 'Norton Support <nort.help@outlook.com>', subject: 'Renewal', body: 'Renewed.' }),
    );
    forgetDeskWords();
    try {
      const first = analyze(input);
      expect(first.needs).to.include('desk-words');
      expect(first.findings.find((f) => f.id === 'sender.brand-mismatch')).to.equal(undefined);
      // A name without a bare name asks for nothing.
      const plain = analyze(
        await parseMessage(
          rawMail({ lang: 'en', from: 'Acme Support <help@outlook.com>', subject: 'Renewal', body: 'Renewed.' }),
        ),
      );
      expect(plain.needs ?? []).to.not.include('desk-words');
    } finally {
      await loadAllCheckData();
    }
    expect(analyze(input).findings.find((f) => f.id === 'sender.brand-mismatch')?.status).to.equal('fail');
  });
});

describe('the desk’s words and their reading wait in the chunk (a fresh pane reaches the same verdict)', () => {
  const probes: Probe[] = [
    {
      lang: 'en',
      from: 'Norton Support <norton.support.desk@outlook.com>',
      subject: 'Renewed',
      body: 'Call +1 808 555 0164.',
    },
    { lang: 'en', from: 'NortonSupport <n.desk@outlook.com>', subject: 'Renewed', body: 'Call +1 808 555 0164.' },
    {
      lang: 'ja',
      from: 'ノートンカスタマーサポート <norton.support.jp@outlook.jp>',
      subject: 'ご注文の確認：自動更新',
      body: '49,800円をご登録のカードに請求いたしました。0120-987-654 までお電話ください。',
    },
    {
      lang: 'fr',
      from: 'Service Client Norton <sc.norton@outlook.fr>',
      subject: 'Renouvellement',
      body: 'Appelez le 01 84 88 52 41.',
    },
    { lang: 'en', from: 'Graham Norton <g.norton@gmail.com>', subject: 'Dinner', body: 'Free on Saturday?' },
  ];
  for (const p of probes)
    it(`"${p.from.split(' <')[0]}": what the first analysis asks for, then the same report as with everything loaded`, async () => {
      await loadAllCheckData();
      const input = await parseMessage(rawMail(p));
      const whole = analyze(input);
      forgetDeskWords();
      try {
        const first = analyze(input);
        expect(first.needs).to.include('desk-words');
      } finally {
        await loadAllCheckData();
      }
      const again = analyze(input);
      expect(again.verdict).to.equal(whole.verdict);
      expect(again.findings.map((f) => `${f.id}:${f.status}`)).to.deep.equal(
        whole.findings.map((f) => `${f.id}:${f.status}`),
      );
    });

  it('the gate is exact: every name the reading claims a brand for asks for the chunk', async () => {
    const index = loadBrands();
    const names = [
      'Norton Support',
      'NortonSupport',
      'ノートンサポート',
      'ノートン カスタマーサポート',
      'Lloyds Customer Service',
      'Kundenservice Intesa',
      'Kotak Helpdesk',
      'Krungthai Care',
      'Ziraat Destek',
      'Salik Support',
      'ANZ Billing',
      'NAB Support Team',
      'PKO Obsługa Klienta',
      'the Norton Customer Service Team',
      'Norton-Support',
      'NORTON HELPDESK',
      'Norton Support Billing Renewal Team',
      'Graham Norton',
      'Acme Support',
      'Nabil Haddad',
    ];
    forgetDeskWords();
    try {
      for (const name of names) expect(serviceNameClaims(index, name), name).to.deep.equal([]);
    } finally {
      await loadAllCheckData();
    }
    let claimed = 0;
    for (const name of names) {
      forgetDeskWords();
      serviceNameClaims(index, name);
      // With the chunk gone, a name the reading claims a brand for must have noted the need.
      const asked = takeLackingDeskWords();
      if (deskNameClaims(index, name).length > 0) {
        claimed++;
        expect(asked, name).to.equal(true);
      }
    }
    expect(claimed).to.be.greaterThan(10);
    await loadAllCheckData();
  });
});

describe('its false-alarm twins', () => {
  it('a person called Norton writing a personal note stays clean', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Graham Norton <g.norton@gmail.com>',
      subject: 'Dinner on Saturday',
      body: 'Hi Ella,\n\nAre you and Tom free for dinner on Saturday? We could try the new place on the high street, around 7.\n\nGraham',
    });
    expect(status(r, 'sender.brand-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a person called Norton writing in Japanese (グレアム・ノートン) stays clean', async () => {
    const r = await reportOf({
      lang: 'ja',
      from: 'グレアム・ノートン <g.norton@gmail.com>',
      subject: '土曜日の夕食',
      body: 'エラさん\n\n土曜日の夕食はいかがですか。7時ごろ駅前の新しいお店でどうでしょう。\n\nグレアム',
    });
    expect(status(r, 'sender.brand-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a person called Norton signing as her firm’s support contact is no brand: "Anna Norton, Support"', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Anna Norton - Support <anna@fieldline-software.com>',
      subject: 'Your ticket 4471',
      body: 'Hi Ella,\n\nThanks for the logs: the import fails on the date column. A fix ships on Monday.\n\nAnna',
    });
    expect(status(r, 'sender.brand-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a firm named Norton with its services is no brand: "Norton Services", "Norton Plumbing"', async () => {
    for (const from of [
      'Norton Services <office@hallam-trades.co.uk>',
      'Norton Plumbing <office@hallam-trades.co.uk>',
    ]) {
      const r = await reportOf({
        lang: 'en',
        from,
        subject: 'Quote for the boiler',
        body: 'Hi Ella,\n\nThe quote for replacing the boiler is attached: 2,400 GBP including fitting.\n\nBest regards',
      });
      expect(status(r, 'sender.brand-mismatch'), from).to.equal(undefined);
      expect(r.verdict, from).to.equal('no-red-flags');
    }
  });

  it('the brand’s own desk from its own domain stays clean', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Norton Support <support@norton.com>',
      subject: 'Your case 88231 has been updated',
      body: 'Hello Ella,\n\nYour case has been updated. View it at https://support.norton.com/cases/88231\n\nNorton Support',
    });
    expect(status(r, 'sender.brand-mismatch')).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });
});
