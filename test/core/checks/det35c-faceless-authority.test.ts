/**
 * A card issuer, bank, tax office, traffic authority or payroll desk that never says which one
 * (content.faceless-authority, issue #16): the kit's own business-like domain, authenticated, a display name that is
 * only a role and a domain made only of generic words, raising the reader's card, refund, fine or salary with one
 * button. Synthetic messages written inline with headers as delivered (the sender authenticated for its own domain, as
 * the kits are), in the languages the family is sent in. Twins: a bank or fintech naming itself, a small business's
 * support desk on its own domain, a role-only sender writing of anything but money, a government's own domain.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });

type Case = [what: string, from: string, subject: string, body: string];

describe('a card, tax, fine or pay notice from a sender named only by a role (content.faceless-authority)', () => {
  const attacks: Case[] = [
    [
      'an English declined-card alert naming no bank',
      'Card Services Centre <alerts@cardguard-services.com>',
      'Transaction declined on your card',
      'Dear Cardmember,\n\nWe declined a transaction on your Visa card ending 4471. Further online transactions are ' +
        'paused until you confirm.\n\nReview this transaction: https://verify.cardguard-services.com/review?ref=88\n\n' +
        'Thank you for banking with us.',
    ],
    [
      'a Spanish speeding fine from a domain that is no government’s',
      'Centro de Notificaciones de Tráfico <avisos@notificatrafico.es>',
      'Notificación de denuncia pendiente',
      'Estimado/a titular:\n\nEl vehículo asociado a su NIF figura con una denuncia por exceso de velocidad. Puede ' +
        'abonar la sanción con la reducción del 50 %.\n\nConsultar expediente: https://notificatrafico.es/exp/2025-441',
    ],
    [
      'a Japanese card-misuse check',
      'カードセキュリティセンター <info@secure-cardcenter.jp>',
      'ご利用確認のお願い',
      'お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知いたしました。\n' +
        'ご利用内容を確認する: https://member.secure-cardcenter.jp/confirm?id=2207',
    ],
    [
      'a Taiwanese tax refund to "confirm the refund account"',
      '退稅通知服務中心 <notice@twtaxservice.com>',
      '綜合所得稅退稅款待領取通知',
      '您113年度綜合所得稅結算申報尚有退稅款新臺幣4,386元。請完成退稅帳戶資料確認。\n' +
        '確認退稅帳戶: https://twtaxservice.com/refund/verify?case=113',
    ],
    [
      'an English tax refund from a "Tax Refund Services" desk',
      'Tax Refund Services <refunds@taxrefund-online.co.uk>',
      'Your tax refund of £612.80 is ready',
      'A tax refund of £612.80 has been calculated for you. Confirm your bank details to receive it:\n' +
        'https://taxrefund-online.co.uk/claim?id=48821',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`flags ${what}, at least suspicious`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.faceless-authority'), what).to.include({ status: 'fail' });
      expect(r.verdict, what).to.not.equal('no-red-flags');
    });
  }

  it('is likely phishing with the phishing script beside it (blocked card, within 24 hours)', () => {
    const r = mail(
      'Card Security Center <alerts@secure-cardcenter.com>',
      'Urgent: your card has been suspended',
      'Your card ending 2207 has been suspended due to unusual activity. Verify your identity within 24 hours or ' +
        'your account will be permanently closed.\n\nVerify now: https://secure-cardcenter.com/verify',
    );
    expect(one(r, 'content.faceless-authority')).to.include({ status: 'fail' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  const twins: Case[] = [
    [
      'a fintech’s alert that names itself',
      'Tandem <security@tandempay.sg>',
      'Transaction declined on your card',
      'Hi Mei,\n\nWe declined a transaction on your Tandem card ending 4471. If this was you, try again in the app.\n' +
        'https://app.tandempay.sg/activity\n\nThe Tandem team',
    ],
    [
      'a shop’s support desk, named generically, on its own domain',
      'Customer Service <help@mapleandmoss.ca>',
      'Your refund has been processed',
      'Your refund of CA$24.00 for order 1188 has been processed to your card.\nhttps://mapleandmoss.ca/orders/1188',
    ],
    [
      'a role-only sender writing of anything but money',
      'Customer Support Team <support@online-services.com>',
      'Your ticket was updated',
      'Your support ticket 4410 has a new reply. View it: https://online-services.com/tickets/4410',
    ],
    [
      'a tax office on its government domain',
      'Notificaciones <avisos@sede.dgt.gob.es>',
      'Notificación de denuncia',
      'Tiene una notificación de denuncia en su Dirección Electrónica Vial: https://sede.dgt.gob.es/notificaciones',
    ],
    [
      'a payroll notice without a link (nothing to act on)',
      'HR Payroll <payroll@people-hub.com>',
      'Payroll calendar',
      'Your salary for March will be paid on the 28th as usual.',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`leaves ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.faceless-authority'), what).to.equal(undefined);
      expect(r.verdict, what).to.equal('no-red-flags');
    });
  }
});
