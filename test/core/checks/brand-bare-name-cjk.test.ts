/**
 * Issue #16: the help-desk callback signed with a brand's bare name in Chinese or Korean ("諾頓客服中心", "诺顿技术支持",
 * "노턴 고객센터") claimed nothing — brands/service-names.ts knew Norton's bare name only in Latin letters and kana, and
 * desk-words.ts no Chinese or Korean desk word — and McAfee's and Kaspersky's Chinese and Korean names were not in the
 * table (麦卡菲, 邁克菲, 맥아피, 卡巴斯基, 카스퍼스키). Now each claims the brand from a free mailbox, as the Latin
 * forms do. Twins: a person named 諾頓 writing a note, a firm called 노턴 (a plumbing company in Korean), the name
 * beside words that are no desk's. Synthetic messages in the shape of the renewal callback scripts of Taiwan, Hong
 * Kong, China and Korea.
 */
import { expect } from 'chai';
import { reportOf, type Probe } from './nolink29/mail';

type R = Awaited<ReturnType<typeof reportOf>>;
const mismatch = (r: R) => r.findings.find((f) => f.id === 'sender.brand-mismatch');
const brand = (r: R) => (mismatch(r)?.message.params as { brand?: string } | undefined)?.brand;

const RENEWAL_ZH_TW =
  '親愛的客戶：\n\n您的訂閱已自動續訂，NT$9,980 已從您的信用卡扣款。\n\n如非本人操作，請於24小時內致電 +886 2 5550 1234 取消並退款。';
const RENEWAL_ZH_CN =
  '尊敬的客户：\n\n您的订阅已自动续费，¥2,980 已从您的银行卡扣除。\n\n如非本人操作，请在24小时内拨打 +86 10 5550 1234 取消并退款。';
const RENEWAL_KO =
  '고객님,\n\n구독이 자동 갱신되어 ₩389,000이 카드로 결제되었습니다.\n\n본인이 결제하지 않으셨다면 24시간 이내에 +82 2 555 0123 으로 전화하여 취소 및 환불을 요청하십시오.';

describe('a brand’s bare or full name in Chinese or Korean on a help desk’s free mailbox claims the brand', () => {
  const probes: [Probe, string][] = [
    [
      {
        lang: 'zh-TW',
        from: '諾頓客服中心 <norton.tw.service@gmail.com>',
        subject: '訂閱續訂通知',
        body: RENEWAL_ZH_TW,
      },
      'Norton',
    ],
    [
      {
        lang: 'zh-TW',
        from: '諾頓 技術支援 <norton.help.tw@outlook.com>',
        subject: '訂閱續訂通知',
        body: RENEWAL_ZH_TW,
      },
      'Norton',
    ],
    [
      {
        lang: 'zh-CN',
        from: '诺顿技术支持 <nuodun.support@outlook.com>',
        subject: '订阅续费通知',
        body: RENEWAL_ZH_CN,
      },
      'Norton',
    ],
    [
      { lang: 'ko', from: '노턴 고객센터 <norton.kr.help@gmail.com>', subject: '구독 갱신 안내', body: RENEWAL_KO },
      'Norton',
    ],
    [
      { lang: 'ko', from: '노턴고객지원팀 <norton.kr.billing@gmail.com>', subject: '구독 갱신 안내', body: RENEWAL_KO },
      'Norton',
    ],
    [
      { lang: 'zh-CN', from: '麦卡菲客服 <mcafee.cn.kefu@outlook.com>', subject: '订阅续费通知', body: RENEWAL_ZH_CN },
      'McAfee',
    ],
    [
      { lang: 'zh-TW', from: '邁克菲 客服中心 <mcafee.tw@gmail.com>', subject: '訂閱續訂通知', body: RENEWAL_ZH_TW },
      'McAfee',
    ],
    [
      { lang: 'ko', from: '맥아피 고객센터 <mcafee.kr@gmail.com>', subject: '구독 갱신 안내', body: RENEWAL_KO },
      'McAfee',
    ],
    [
      {
        lang: 'zh-CN',
        from: '卡巴斯基 客户服务 <kaspersky.cn@outlook.com>',
        subject: '订阅续费通知',
        body: RENEWAL_ZH_CN,
      },
      'Kaspersky',
    ],
    [
      { lang: 'ko', from: '카스퍼스키 고객센터 <kaspersky.kr@gmail.com>', subject: '구독 갱신 안내', body: RENEWAL_KO },
      'Kaspersky',
    ],
  ];
  for (const [p, name] of probes)
    it(`fails "${p.from.split(' <')[0]}" (${p.lang}) as ${name}, likely phishing`, async () => {
      const r = await reportOf(p);
      expect(mismatch(r)?.status).to.equal('fail');
      expect(brand(r)).to.match(new RegExp(`^${name}`));
      expect(r.verdict).to.equal('likely-phishing');
    });
});

describe('its false-alarm twins', () => {
  it('a person named 諾頓 writing a note from a free mailbox claims nothing', async () => {
    const r = await reportOf({
      lang: 'zh-TW',
      from: '諾頓 志明 <chihming.nuo@gmail.com>',
      subject: '週末聚餐',
      body: '嗨，週六晚上七點在老地方吃飯，記得帶照片來。',
    });
    expect(mismatch(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a firm whose Korean name is 노턴, beside words that are no desk’s, claims nothing', async () => {
    const r = await reportOf({
      lang: 'ko',
      from: '노턴 설비 <norton.seolbi@gmail.com>',
      subject: '견적서 보내드립니다',
      body: '안녕하세요, 요청하신 배관 공사 견적서를 첨부합니다. 문의 사항은 언제든 연락 주세요.',
    });
    expect(mismatch(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('Norton’s own Chinese desk from its own domain is no mismatch', async () => {
    const r = await reportOf({
      lang: 'zh-TW',
      from: '諾頓客服中心 <support@norton.com>',
      subject: '您的訂閱資訊',
      body: '親愛的客戶，您可以隨時在 https://my.norton.com 管理您的訂閱。',
    });
    expect(mismatch(r)?.status ?? 'pass').to.equal('pass');
    expect(r.verdict).to.equal('no-red-flags');
  });
});
