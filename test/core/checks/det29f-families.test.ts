/**
 * A look-alike of the reader's own organisation's domain made by adding a country code or a corporate word (issue
 * #16, business email compromise: `hartwellashby-uk.com` mailing staff of hartwellashby.co.uk, `acme-usa.com`,
 * `acmegroup-hq.com`), beside its false-alarm twins: the sister company the organisation lists as its own, a partner
 * whose name merely starts like ours, a two-letter token that is no country, the reader's own mail. Every message is
 * synthetic, written inline with headers as delivered (lookalike.ts OWN_COUNTRIES / OWN_WORDS, sender.ts).
 * And an investment group moved to a messenger (content.job-messenger: the `returns` family of money-route-phrases.ts
 * stands in for the wage; LINE's ID and "add LINE" name the messenger), beside a fund house's newsletter naming its
 * LINE account and a regulator's warning about such groups.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import { loadAllCheckData } from '../../../src/core/check-data';

const lookalike = (r: Report) => r.findings.find((f) => f.id === 'sender.lookalike-domain');
const target = (r: Report) => (lookalike(r)?.message.params as { target?: string } | undefined)?.target;

before(() => loadAllCheckData());

function mail(from: string, to: string, subject: string, body: string) {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const rcpt = to.slice(to.indexOf('@') + 1, to.indexOf('>'));
  const headers = [
    `Received: from mail.${domain} (mail.${domain} [185.70.42.17]) by mx.${rcpt}`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    `Authentication-Results: mx.${rcpt}; dkim=pass header.d=${domain} header.s=s1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text: body };
}

const TOM = 'Tom Reed <tom.reed@hartwellashby.co.uk>';
const PAYMENT =
  'Hi Tom,\nAre you at your desk? I need you to process an urgent payment to a new supplier today. ' +
  'I am in a meeting, reply by email only.\nRegards,\nClaire Ashby\nChief Executive\n';
const MINUTES = 'Hi Tom,\nThe site visit is moved to Thursday at 10.\nClaire\n';

describe('a look-alike of the reader’s own domain made with a country code or a corporate word', () => {
  it('fails hartwellashby-uk.com asking for a payment where the organisation lists its domains', () => {
    const r = analyze(mail('Claire Ashby <claire.ashby@hartwellashby-uk.com>', TOM, 'Quick request', PAYMENT), {
      ownDomains: ['hartwellashby.co.uk'],
    });
    expect(lookalike(r)?.status).to.equal('fail');
    expect(target(r)).to.equal('hartwellashby.co.uk');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('warns (a sister company is named so too) where only the recipient’s domain is known; the request still tells', () => {
    const r = analyze(mail('Claire Ashby <claire.ashby@hartwellashby-uk.com>', TOM, 'Quick request', PAYMENT));
    expect(lookalike(r)?.status).to.equal('warn');
    expect(target(r)).to.equal('hartwellashby.co.uk');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads -usa, -ltd and a corporate word glued to the label (acmegroup-hq.com for acme.com)', () => {
    for (const [from, to] of [
      ['ann@acmetools-usa.com', 'bob@acmetools.com'],
      ['ann@acmetools-ltd.com', 'bob@acmetools.com'],
      ['ann@acmegroup-hq.com', 'bob@acme.com'],
      ['ann@acmetools-de.com', 'bob@acmetools.com'],
    ]) {
      const r = analyze(mail(`Ann Lee <${from}>`, `Bob <${to}>`, 'Invoice', 'Bob, see the invoice.\n'), {
        ownDomains: [to!.slice(4)],
      });
      expect(lookalike(r)?.status, from).to.equal('fail');
      expect(target(r), from).to.equal(to!.slice(4));
      expect(r.verdict, from).to.not.equal('no-red-flags');
    }
  });

  it('never reads a brand’s domain so: amazon-uk.com is no look-alike of Amazon by the country', () => {
    const r = analyze(mail('Amazon <orders@amazon-uk.com>', TOM, 'Your order', 'Your order has shipped.\n'));
    expect(lookalike(r)).to.equal(undefined);
  });
});

describe('its false-alarm twins stay clean', () => {
  it('a sister company the organisation lists among its own domains', () => {
    const r = analyze(mail('Claire Ashby <claire.ashby@hartwellashby-uk.com>', TOM, 'Site visit', MINUTES), {
      ownDomains: ['hartwellashby.co.uk', 'hartwellashby-uk.com'],
    });
    expect(lookalike(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('an unlisted sister company is a warning, never a fail', () => {
    const r = analyze(mail('Claire Ashby <claire.ashby@hartwellashby-uk.com>', TOM, 'Site visit', MINUTES));
    expect(lookalike(r)?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('likely-phishing');
  });

  it('a partner whose name merely starts like ours (hartwell.com)', () => {
    const r = analyze(mail('Jo Hart <jo@hartwell.com>', TOM, 'Site visit', MINUTES));
    expect(lookalike(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a two-letter token that is no country (-ux) or a country among other words (-by-design)', () => {
    for (const from of ['ann@acmetools-ux.com', 'ann@acmetools-by-design.com', 'ann@acmetools-ai.com']) {
      const r = analyze(mail(`Ann Lee <${from}>`, 'Bob <bob@acmetools.com>', 'Mock-ups', 'Bob, the mock-ups.\n'));
      expect(lookalike(r), from).to.equal(undefined);
      expect(r.verdict, from).to.equal('no-red-flags');
    }
  });

  it('the reader’s own mail from its real domain', () => {
    const r = analyze(mail('Claire Ashby <claire.ashby@hartwellashby.co.uk>', TOM, 'Site visit', MINUTES));
    expect(lookalike(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

const job = (r: Report) => r.findings.find((f) => f.id === 'content.job-messenger');
const SOMCHAI = 'Somchai P. <somchai@siamtrade.co.th>';

describe('an investment group moved to a messenger (content.job-messenger)', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'คุณนภา <napa.stock88@gmail.com>',
      'เชิญเข้ากลุ่มหุ้น VIP ฟรี',
      'สวัสดีค่ะ\nเราขอเชิญคุณเข้าร่วมกลุ่มหุ้น VIP ฟรี นักวิเคราะห์คัดหุ้นให้ทุกวัน ผลตอบแทนการันตี 30% ต่อเดือน\n' +
        'แอดไลน์ไอดี: @stockvip88\n',
      ['กลุ่มหุ้น VIP', 'แอดไลน์'],
    ],
    [
      'Rachel Kim <rachel.kim.markets@gmail.com>',
      'Invitation',
      'Hello,\nYou are invited to our free VIP stock group on WhatsApp. Our members enjoy guaranteed returns.\n',
      ['VIP stock group', 'on WhatsApp'],
    ],
    [
      '陳老師 <chen.laoshi168@gmail.com>',
      '您好',
      '您好，\n免費領取飆股，每週推薦三檔，保證獲利。\n請加LINE：@tw888\n',
      ['領取飆股', '加LINE'],
    ],
    [
      '田中 <tanaka.invest@gmail.com>',
      'ご案内',
      'こんにちは。\n無料の株式グループにご招待します。月利20%を目指します。\nLINEで友だち追加してください。\n',
      ['株式グループ', 'LINEで'],
    ],
    [
      'Lucía <lucia.inversiones@gmail.com>',
      'Hola',
      'Hola,\nÚnete a nuestro grupo VIP de acciones por WhatsApp. Rentabilidad garantizada.\n',
      ['grupo VIP de acciones', 'por WhatsApp'],
    ],
    [
      'Jonas <jonas.invest@gmail.com>',
      'Einladung',
      'Hallo,\nTreten Sie unserer Gruppe über WhatsApp bei. Garantierte Rendite von 10 % pro Monat.\n',
      ['Garantierte Rendite', 'über WhatsApp'],
    ],
  ];
  for (const [from, subject, body, shown] of cases) {
    it(`fails "${shown[0]}" with "${shown[1]}" from a free mailbox`, () => {
      const r = analyze(mail(from, SOMCHAI, subject, body));
      expect(job(r)?.status).to.equal('fail');
      expect(job(r)!.evidence.map((e) => e.highlight)).to.deep.equal(shown);
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  it('leaves a fund house’s newsletter about its returns that names its LINE official account', () => {
    const body =
      'เรียนผู้ถือหน่วยลงทุน\nผลตอบแทนย้อนหลัง 1 ปีของกองทุน K-USA อยู่ที่ 12.4% เฉลี่ย 1.0% ต่อเดือน การลงทุนมีความเสี่ยง ' +
      'ผลการดำเนินงานในอดีตมิได้เป็นสิ่งยืนยันผลการดำเนินงานในอนาคต\n' +
      'ติดตามข่าวสารได้ที่ LINE ID @siamfunds https://lin.ee/siamfunds\n';
    const r = analyze(mail('Siam Funds <newsletter@siamfunds.co.th>', SOMCHAI, 'สรุปผลตอบแทนกองทุน', body));
    expect(job(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
    const en = analyze(
      mail(
        'Harbour Funds <news@harbourfunds.com>',
        SOMCHAI,
        'Your monthly fund update',
        'Our Global Equity fund returned 1.2% a month on average this year. Past performance does not guarantee ' +
          'future returns.\nFollow us on WhatsApp or add our LINE official account for market updates.\n',
      ),
    );
    expect(job(en)).to.equal(undefined);
    expect(en.verdict).to.equal('no-red-flags');
  });

  it('leaves a regulator’s warning about VIP stock groups on LINE and WhatsApp', () => {
    const th = analyze(
      mail(
        'ก.ล.ต. <info@sec.or.th>',
        SOMCHAI,
        'ระวังมิจฉาชีพชวนเข้ากลุ่มหุ้น VIP',
        'ก.ล.ต. เตือนประชาชน ระวังมิจฉาชีพชักชวนเข้ากลุ่มหุ้น VIP ทางไลน์ อ้างผลตอบแทนการันตี 30% ต่อเดือน ' +
          'หากถูกขอให้แอดไลน์ไอดีที่ไม่รู้จัก อย่าหลงเชื่อ\n',
      ),
    );
    expect(job(th)).to.equal(undefined);
    expect(th.verdict).to.equal('no-red-flags');
    const en = analyze(
      mail(
        'SEC Investor Alerts <alerts@sec.gov>',
        SOMCHAI,
        'Investor Alert: VIP stock groups',
        'Beware of invitations to a VIP stock group on WhatsApp or Telegram promising guaranteed returns. ' +
          'These are often investment scams.\n',
      ),
    );
    expect(job(en)).to.equal(undefined);
    expect(en.verdict).to.equal('no-red-flags');
  });
});
