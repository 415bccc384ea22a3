/**
 * The investment-club scam (content.pretext.investment-club, investment-club-judge.ts): a gain no licensed firm may
 * promise beside a chat group, a mentor's free tips, an AI trading system or a deposit before a withdrawal, in ten
 * languages; and its twins, the brokers' and banks' own newsletters that quote returns and even the scheme's words in
 * their warnings. Every message is synthetic, written inline, its sender authenticated for its own domain (the
 * scheme's domain authenticates for itself; a free mailbox always does).
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, bad, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });
const key = (r: ReturnType<typeof mail>) => one(r, 'content.pretext')?.message.key;

describe('the investment-club scam (content.pretext.investment-club)', () => {
  const attacks: [string, string, string, string][] = [
    [
      'en: an AI quant fund paying a percentage a day',
      'Jonathan at AlphaQuant <jonathan@alphaquant-pilot.com>',
      '11 seats left',
      'Our AI quant engine has returned an average of 2.3% per day for pilot members since January. Fully automated.\n' +
        'Reserve my seat: https://bit.ly/aq-pilot-25\n',
    ],
    [
      'en: a fake exchange whose AI profit waits behind an activation deposit',
      'Bitvexa <noreply@bitvexa-exchange.com>',
      'Withdrawal pending',
      'Your account has been credited with the quarterly AI-arbitrage profit share. To release the funds to your ' +
        'wallet, an activation deposit of 0.012 BTC is required and will be refunded together with your withdrawal.\n',
    ],
    [
      'ja: a celebrity analyst’s free stock study group on LINE',
      '株式投資勉強会 <info@kabu-study-club.jp>',
      '【無料ご招待】株式投資勉強会 メンバー募集',
      '経済アナリスト山崎のアシスタントをしております中村と申します。\n厳選した銘柄情報を毎日LINEグループにて無料で' +
        '配信しており、直近3か月のメンバー平均収益は＋287％となりました。\nhttps://lin.ee/Yk3mQ8w\n',
    ],
    [
      'zh: a teacher’s free tips in a LINE group',
      'Amy <amy.stock.vip88@gmail.com>',
      '台股飆股分析群組 邀請您加入',
      '我是財經節目分析師林老師的助理Amy。老師在LINE群組免費分享台股飆股，上週推薦的個股平均漲幅達42％。\n' +
        'https://line.me/ti/g2/Kx7mP3qRz8YwN2vA5bLcT9\n',
    ],
    [
      'pl: a national investment programme run by AI, paid out daily',
      'ORLEN Inwestycje <kontakt@orlen-program24.com>',
      'Zarabiaj od 8 000 zł miesięcznie',
      'Inteligentny system inwestycyjny oparty na AI samodzielnie zarządza Twoim kapitałem. Uczestnicy programu ' +
        'zarabiają średnio od 8 000 zł miesięcznie. Wypłaty realizowane są codziennie.\nhttps://linktr.ee/program.pl\n',
    ],
    [
      'vi: an expert’s assistant recruiting into a Zalo group',
      'Thu Trang <thutrang.dautu.vn@gmail.com>',
      'Mời Anh/Chị tham gia nhóm nhận mã cổ phiếu miễn phí',
      'Em là Thu Trang, trợ lý của chuyên gia phân tích Lê Minh Quân. Tháng vừa rồi các thành viên đã có lãi trung ' +
        'bình 32% chỉ sau 3 tuần.\nAnh/Chị vào nhóm Zalo: https://zalo.me/g/qkvtrn482\n',
    ],
    [
      'pt: guaranteed profit in a VIP WhatsApp group',
      'Mentor Ricardo <ricardo.investe.br@outlook.com>',
      'Vagas abertas no grupo VIP',
      'Olá! Nossos alunos têm lucro garantido todos os meses. Entre no grupo VIP do WhatsApp agora: ' +
        'https://chat.whatsapp.com/Lk2mQp9Xa7\n',
    ],
    [
      'es: daily gains from a trading robot',
      'Inversiones Andes <info@andes-capital-pro.com>',
      'Tu plaza en el programa',
      'Nuestro robot de trading genera ganancias diarias del 3% para cada miembro. Plazas limitadas.\n' +
        'https://andes-capital-pro.com/registro\n',
    ],
    [
      'de: a Telegram group with a guaranteed return',
      'Dr. Weber Team <team@weber-boersenclub.de>',
      'Ihre Einladung',
      'Treten Sie der kostenlosen Telegram-Gruppe von Dr. Weber bei: garantierte Rendite von 4 % pro Woche.\n' +
        'https://t.me/+Wb8kQ2pLm\n',
    ],
    [
      'fr: an analyst’s assistant with daily gains',
      'Club Patrimoine <contact@club-patrimoine-vip.fr>',
      'Invitation personnelle',
      "Je suis l'assistante du professeur Martin. Nos membres ont des gains quotidiens de 2 % par jour grâce au " +
        'groupe VIP.\nhttps://club-patrimoine-vip.fr/rejoindre\n',
    ],
    [
      'ko: a stock reading room with guaranteed profit',
      '주식리딩 <vip.stock.kr@naver.com>',
      '무료 리딩방 초대',
      '수익보장! 주식전문가가 매일 급등주를 무료로 알려드리는 리딩방에 초대합니다.\nhttps://open.kakao.com/o/gXk2mQp\n',
    ],
  ];
  for (const [what, from, subject, body] of attacks)
    it(`fails ${what}: likely phishing`, () => {
      const r = mail(from, subject, body);
      expect(key(r), bad(r).join(' ')).to.equal('content.pretext.investment-club');
      expect(r.verdict).to.equal('likely-phishing');
    });
});

describe('its false-alarm twins stay clean', () => {
  const twins: [string, string, string, string][] = [
    [
      'a broker’s newsletter quoting returns and a rate, with its analysts',
      'Morningstar <newsletters@email.morningstar-insights.com>',
      'What the Fed’s pause means for your bond funds',
      'Short-term bond funds still offer value; our analysts rate three of them Gold. One fund returned 7.2% last ' +
        'year. This newsletter is not investment advice.\nhttps://email.morningstar-insights.com/read\n',
    ],
    [
      'a Japanese broker’s warning naming LINE-group investment fraud and celebrities',
      'みらい証券 <info@mirai-shoken-news.co.jp>',
      '【週刊マーケットレポート】',
      '日経平均株価は週間で312円高。\n当社の役職員や著名人を騙り、SNSやLINEグループで投資を勧誘し「必ず儲かる」' +
        'とうたう詐欺が多発しております。当社がLINE等で個別に投資助言を行うことは一切ございません。\n',
    ],
    [
      'a Polish broker: no guaranteed profits and no WhatsApp, said in a warning',
      'Dom Maklerski Wisła <newsletter@dm-wisla-news.pl>',
      'Poranny komentarz',
      'WIG20 zyskał wczoraj 2,1%. Uwaga na oszustów: pojawiają się fałszywe reklamy programów inwestycyjnych. ' +
        'Nasz dom maklerski nie oferuje gwarantowanych zysków i nie dołącza klientów do grupy WhatsApp.\n',
    ],
    [
      'a news article on the scheme, quoting its promise and its groups',
      'Money Weekly <editor@moneyweekly-news.com>',
      'How the WhatsApp stock clubs work',
      'Regulators warn that scammers promise 2% per day and guaranteed profits in WhatsApp groups run by a fake ' +
        'famous investor.\nhttps://moneyweekly-news.com/clubs\n',
    ],
    [
      'a bank’s fixed-rate bond with a guaranteed return and nothing else of the scheme',
      'Harbour Savings <offers@harbour-savings.co.uk>',
      'New fixed-rate bond',
      'Our 2-year fixed-rate bond pays a guaranteed return of 4.6% AER. Open one online in minutes.\n' +
        'https://harbour-savings.co.uk/bonds\n',
    ],
    [
      'a running club’s WhatsApp group and no promise',
      'Riverside Runners <hello@riverside-runners.org>',
      'Join our WhatsApp group',
      'Join our WhatsApp group for Saturday run updates: https://chat.whatsapp.com/Rr4kQ2\n',
    ],
    [
      'a late-payment clause of a percentage a day on an invoice',
      'Accounts <accounts@kestrel-joinery.co.uk>',
      'Invoice 2291',
      'Please find invoice 2291 attached. Late payment interest of 0.1% per day applies after 30 days.\n',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} alone`, () => {
      const r = mail(from, subject, body);
      expect(key(r), bad(r).join(' ')).to.not.equal('content.pretext.investment-club');
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
});

describe('the investment club’s words that ordinary mail uses too', () => {
  const twins: [string, string, string, string][] = [
    [
      'a shop’s WhatsApp group with "10% daily deals"',
      'Corner Deli <news@corner-deli-shop.com>',
      'Deals every day',
      'Join our WhatsApp group for 10% daily deals on fresh bread: https://chat.whatsapp.com/Cd4kQ2\n',
    ],
    [
      'a Japanese market newsletter naming surging stocks and an analyst',
      '株探ニュース <news@kabu-news-daily.jp>',
      '今週の急騰株',
      '経済アナリストが解説する今週の急騰株と勝率の高い売買の考え方。AI分析によるランキングも掲載。\n',
    ],
    [
      'a Chinese business newsletter: an analyst expects revenue to double',
      '財經週報 <news@finance-weekly-tw.com>',
      '本週焦點',
      '分析師預期該公司營收翻倍，股價表現穩健。\n',
    ],
    [
      'a Korean brokerage column on surging stocks by its analyst',
      '증권뉴스 <news@stock-column-kr.com>',
      '이번 주 급등주',
      '애널리스트가 꼽은 이번 주 급등주와 시장 전망입니다.\n',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} alone`, () => {
      const r = mail(from, subject, body);
      expect(key(r), bad(r).join(' ')).to.not.equal('content.pretext.investment-club');
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
});
