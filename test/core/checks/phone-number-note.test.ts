/**
 * Issue #16: a phone number followed by a note in brackets — "(24h)", "(24/7)", "(toll free)", "（24時間）" — is how
 * callback scams and genuine service desks alike write their number. The phone reader (no-link.ts findPhone) ran the
 * note's digits into the number ("+1 808 555 0199 (24/7" read as fourteen digits) or dropped the number when a letter
 * followed them ("(24h)"): the callback script with such a number went unread. Now a bracket opened after the number's
 * digits is a note, unless the number goes on after it closes ("+44 (0)20 7946 0000"). Twins: an order number or a date
 * in brackets is still no phone number, and a genuine receipt with its 24-hour line stays clean. Synthetic messages.
 */
import { expect } from 'chai';
import { findPhone } from '../../../src/core/checks/no-link';
import { reportOf } from './nolink29/mail';

const status = (r: Awaited<ReturnType<typeof reportOf>>, id: string) => r.findings.find((f) => f.id === id)?.status;

describe('a phone number with a note in brackets after it (findPhone)', () => {
  for (const [text, phone] of <[string, string][]>[
    ['Call +1 808 555 0199 (24h) to cancel.', '+1 808 555 0199'],
    ['Call +1 808 555 0199 (24/7) to cancel.', '+1 808 555 0199'],
    ['Call 1-800-555-0199 (toll free) now.', '1-800-555-0199'],
    ['Call 1-800-555-0199(toll-free) now.', '1-800-555-0199'],
    ['Hotline: 0800 123 4567 (24 Std.)', '0800 123 4567'],
    ['Ring 020 3856 4127 (24hrs) today.', '020 3856 4127'],
    ['+1 (808) 555-0199 (24 hours)', '+1 (808) 555-0199'],
    ['+44 (0)20 7946 0000 (24/7)', '+44 (0)20 7946 0000'],
    ['サポート窓口 0120-123-456（24時間）までお電話ください', '0120-123-456'],
    ['お問い合わせ 03-1234-5678（24時間受付）', '03-1234-5678'],
    ['Llame al 900 10 10 10 (24h) para cancelar.', '900 10 10 10'],
  ])
    it(`reads ${phone} in “${text}”`, () => {
      expect(findPhone(text.normalize('NFKC'))?.text).to.equal(phone);
    });

  it('still reads a bracketed area code or trunk digit as part of the number', () => {
    expect(findPhone('Call (808) 555-0199 today.')?.text).to.equal('(808) 555-0199');
    expect(findPhone('Call +44 (0)20 7946 0000 today.')?.text).to.equal('+44 (0)20 7946 0000');
    expect(findPhone('Call 1 (808) 555-0199 today.')?.text).to.equal('1 (808) 555-0199');
  });

  it('reads no phone in an order number or a date in brackets (twins)', () => {
    for (const text of [
      'Order 4471920 (12/03/2025) has shipped.',
      'Your order (2025-03-12) is on its way.',
      'Invoice 2025-0041 (03/12/2025), total 45.90.',
      'Order no. 112-4471-9921 (3 items) was delivered.',
      'Ref. 88231 (2024) renewed.',
      'Delivered on 12.03.2025 (Tue) at 14:05.',
    ])
      expect(findPhone(text.normalize('NFKC')), text).to.equal(undefined);
  });
});

describe('the callback script with a noted number (content.callback)', () => {
  it('fails the renewal "call to cancel" whose number says "(24h)"', async () => {
    const r = await reportOf({
      lang: 'en-US',
      from: 'Geek Squad <geeksquad.billing.dept@gmail.com>',
      subject: 'Invoice #GS-88231 - Auto Renewal Successful',
      body: 'Dear Customer,\n\nThank you for renewing your Geek Squad Total Protection plan. Your membership has been renewed for 3 years and $489.99 will be deducted from your account within 24 hours.\n\nIf you wish to cancel and get a refund, please call our billing department at +1 808 555 0173 (24h).\n\nGeek Squad Billing Team',
    });
    expect(status(r, 'content.callback')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
    const phone = r.findings.find((f) => f.id === 'content.callback')?.message.params as { phone?: string };
    expect(phone.phone).to.equal('+1 808 555 0173');
  });

  it('fails the Japanese renewal whose number says （24時間）', async () => {
    const r = await reportOf({
      lang: 'ja',
      from: 'ノートン サポート <norton.support.jp@outlook.jp>',
      subject: 'ご注文の確認：ノートン 360 自動更新',
      body: 'お客様\n\nノートン 360 の3年間の自動更新が完了し、49,800円をご登録のカードに請求いたしました。\n\nご注文に心当たりがない場合は、24時間以内に 0120-987-654（24時間）までお電話ください。キャンセルと返金を承ります。\n\nノートン 請求窓口',
    });
    expect(status(r, 'content.callback')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('leaves a genuine receipt alone: its 24-hour line among links to its own site (twin)', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'FitPark Billing <billing@fitpark-studios.co.uk>',
      subject: 'Your membership has been renewed',
      body: 'Hi Ella,\n\nYour membership has been renewed and £39.90 has been charged to your card ending 4410.\n\nManage or cancel your membership at https://www.fitpark-studios.co.uk/account\nQuestions? Call us on 0800 123 4567 (24/7) or visit https://www.fitpark-studios.co.uk/help\n\nThe FitPark team',
    });
    expect(status(r, 'content.callback')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a shop’s order note alone: its order number and date in brackets (twin)', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Dave Kowalski <dave.kowalski.plumbing@gmail.com>',
      subject: 'Your order 4471920',
      body: 'Hi Ella,\n\nYour order 4471920 (12/03/2025) has been processed and $1,340.00 charged. It ships on Friday.\n\nCheers,\nDave',
    });
    expect(status(r, 'content.callback')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
