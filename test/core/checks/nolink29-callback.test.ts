/**
 * Callback phishing in every language (issue #16 item 11, family e): a renewal or a charge "already processed" under
 * a brand, with only a phone number to call to cancel (content.callback). The probes (nolink29/callback-probes.ts)
 * are synthetic, one for each language and English-speaking country; each language's wording is in
 * callback-phrases.ts (Latin) and no-link-phrases-nonlatin.ts. Beside them, their false-alarm twins: genuine receipts
 * that name a phone number among links to the sender's own site, a tradesman's invoice from gmail, and the national
 * number forms the phone reader learnt (Spain's nine digits, Thailand's 02, Australia's 1800) in ordinary text.
 */
import { expect } from 'chai';
import { findPhone } from '../../../src/core/checks/no-link';
import { CALLBACK_PROBES } from './nolink29/callback-probes';
import { reportOf, type Probe } from './nolink29/mail';

const status = (r: Awaited<ReturnType<typeof reportOf>>, id: string) => r.findings.find((f) => f.id === id)?.status;

describe('callback phishing in every language (content.callback)', () => {
  for (const p of CALLBACK_PROBES) {
    it(`fails the renewal "call to cancel" in ${p.lang}`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.callback')).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const genuine: Probe[] = [
    {
      lang: 'en',
      from: 'Norton <norton@secure.norton.com>',
      subject: 'Your Norton 360 subscription has been renewed',
      body: 'Hi Ella,\n\nYour Norton 360 Deluxe subscription has been renewed. $119.99 has been charged to your Visa ending 4410.\n\nView your order and manage automatic renewal: https://my.norton.com/extspa/orders\n\nIf you wish to cancel, you can request a refund within 60 days at https://support.norton.com/refund or call us on 1-844-488-4540.\n\nThe Norton team',
    },
    {
      lang: 'de',
      from: 'FitPark Kundenservice <service@fitpark-studios.de>',
      subject: 'Ihre Mitgliedschaft wurde verlängert',
      body: 'Hallo Frau Marsh,\n\nIhre Mitgliedschaft wurde automatisch verlängert. Der Betrag von 39,90 EUR wird am 1. des Monats von Ihrem Konto abgebucht.\n\nIhre Verträge: https://www.fitpark-studios.de/mein-konto\nFragen? Rufen Sie uns an unter 030 2345 6789. Zum Kündigen nutzen Sie https://www.fitpark-studios.de/kuendigen\n\nIhr FitPark-Team',
    },
    {
      lang: 'es',
      from: 'Fibranet <facturacion@fibranet.es>',
      subject: 'Tu factura de noviembre',
      body: 'Hola,\n\nTu pago de 45,90 € ha sido procesado. Consulta el detalle en https://www.fibranet.es/mi-cuenta/facturas\n\nSi no reconoces algún cargo, llama al 900 10 10 10 o entra en https://www.fibranet.es/ayuda.\n\nUn saludo',
    },
    {
      lang: 'ru',
      from: 'Кинопоиск <noreply@kino-podpiska.ru>',
      subject: 'Подписка продлена',
      body: 'Здравствуйте!\n\nВаша подписка продлена, с карты списано 299 руб.\n\nУправлять подпиской: https://www.kino-podpiska.ru/account/subscriptions\nЕсли вы хотите отменить подписку, позвоните по номеру 8 800 600 30 30 или откройте https://www.kino-podpiska.ru/help\n',
    },
    {
      lang: 'th',
      from: 'Siam Fiber <billing@siamfiber.co.th>',
      subject: 'ใบเสร็จค่าบริการเดือนพฤศจิกายน',
      body: 'เรียน ลูกค้า\n\nระบบได้หักเงินค่าบริการ 599 บาท จากบัตรของคุณแล้ว ดูรายละเอียดที่ https://www.siamfiber.co.th/bill\n\nหากต้องการยกเลิกบริการ โทร 02 026 3741 หรือ https://www.siamfiber.co.th/support\n',
    },
  ];
  for (const p of genuine) {
    it(`leaves a genuine receipt in ${p.lang} alone: a phone number among links to the sender's own site`, async () => {
      const r = await reportOf(p);
      expect(status(r, 'content.callback')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }

  it("leaves a tradesman's invoice from gmail with his mobile number alone", async () => {
    const r = await reportOf({
      lang: 'en-AU',
      from: 'Dave Kowalski Plumbing <dave.kowalski.plumbing@gmail.com>',
      subject: 'Invoice 112 - hot water service',
      body: 'Hi Ella,\n\nInvoice 112 for replacing the hot water service on Friday. Total $1,340.00 inc GST.\n\nPlease pay by bank transfer to BSB 062-000 account 1234 5678. Give me a ring on 0412 555 019 with any questions.\n\nCheers,\nDave',
    });
    expect(status(r, 'content.callback')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('phone numbers written without a trunk 0 or in national groups (findPhone)', () => {
  it("reads Spain's, Portugal's, Mexico's, Australia's, Thailand's and Russia's forms", () => {
    for (const n of ['911 23 48 57', '210 928 473', '55 4162 8397', '1800 952 317', '02 026 3741', '8 800 555 87 21'])
      expect(findPhone(`Call ${n} today.`)?.text, n).to.equal(n);
  });

  it('still takes no date, time, price or reference for one', () => {
    for (const t of [
      'sent 2024-01-05 12:30',
      'total 1 299 000',
      'ref 2025 1234 5678 90',
      'items 123 456',
      'on 05.12.2025',
    ])
      expect(findPhone(t), t).to.equal(undefined);
  });
});
