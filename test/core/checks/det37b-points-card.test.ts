/**
 * det37b (set41 p-ko-01's family): loyalty points said to lapse, to turn into cash or vouchers on a form that asks for
 * the card's number and expiry date (lure-phrases-nonlatin.ts: payment, the card number and expiry asked together in
 * ko ja zh; prize, ko points lapsing or turned into cash), and OK캐쉬백 in the brand table (okcashbag.com, unverified).
 * The kit from a free mailbox on a Google Form is likely phishing, with or without the brand's name. Twins: the
 * scheme's own points-lapse notice from its domain (the lapse alone is one family) and a Japanese shop's order mail
 * telling where to enter a card (the card ask alone is one family) stay clean.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { findLures } from '../../../src/core/checks/lure-matcher';
import { bad, deliveredMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const KIT =
  'OK캐쉬백 포인트 소멸 예정 안내\n\n고객님, 안녕하세요. 고객님의 OK캐쉬백 포인트 48,200P가 2025년 7월 31일 자로 ' +
  '소멸될 예정입니다. 소멸 전 아래 링크에서 본인 확인 후 현금 또는 상품권으로 전환하실 수 있습니다.\n\n' +
  '▶ 포인트 전환 신청: https://forms.gle/oE1im5F2WNEDu5tPf\n\n※ 본인 확인을 위해 카드번호와 유효기간 입력이 ' +
  '필요합니다.\n\nSK플래닛 OK캐쉬백 고객센터';

describe('det37b: points to cash on a form asking the card number and expiry (content.lure, brands.json)', () => {
  it('fails the OK캐쉬백 kit from a free mailbox: the brand claimed, the lure read', () => {
    const r = deliveredMail(
      'OK캐쉬백 <okcashbag.point.center@gmail.com>',
      '[OK캐쉬백] 고객님의 포인트 48,200P 소멸 예정 안내',
      { text: KIT },
      true,
      { freeMail },
    );
    expect(one(r, 'sender.brand-mismatch')?.status, bad(r).join(' ')).to.equal('fail');
    expect(one(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads the same kit without the brand’s name as a lure on a rented page', () => {
    const r = deliveredMail(
      '포인트센터 <point.center.kr@gmail.com>',
      '고객님의 포인트 48,200P 소멸 예정 안내',
      { text: KIT.replaceAll('OK캐쉬백', '멤버십') },
      true,
      { freeMail },
    );
    expect(JSON.stringify(one(r, 'content.lure')?.evidence)).to.include('카드번호와 유효기간');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads the card number and expiry asked together in Japanese and Chinese', () => {
    for (const text of ['カード番号と有効期限を入力して交換してください', '请输入卡号和有效期兑换现金'])
      expect(
        findLures(text).map((h) => h.family),
        text,
      ).to.include('payment');
  });

  it('keeps the scheme’s own points-lapse notice from its domain clean', () => {
    const r = deliveredMail(
      'OK캐쉬백 <no-reply@okcashbag.com>',
      '[OK캐쉬백] 12월 소멸 예정 포인트 안내',
      {
        text:
          'OK캐쉬백 포인트 소멸 예정 안내\n\n고객님의 포인트 1,200P가 2025년 12월 31일에 소멸될 예정입니다. 소멸 ' +
          '전에 OK캐쉬백 앱에서 사용하세요. https://www.okcashbag.com/',
      },
      true,
      { freeMail },
    );
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it('keeps a Japanese shop’s order mail telling where to enter a card clean', () => {
    const r = deliveredMail(
      'ヨドバシ・ドット・コム <thanks_gochuumon@yodobashi.com>',
      'ご注文ありがとうございます',
      {
        text:
          'ご注文ありがとうございます。お支払い方法をクレジットカードに変更される場合は、マイページでカード番号と' +
          '有効期限を入力してください。 https://www.yodobashi.com/',
      },
      true,
      { freeMail },
    );
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });
});
