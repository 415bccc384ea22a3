/**
 * Attack families set11 showed slipping (issue #16), each beside its false-alarm twin; every message here is
 * synthetic, written inline:
 * - the payee's "we have moved our account to <bank>" (money-route-phrases.ts rebank) with "all future payments";
 * - the telco's or bank's promo "draw" won, its fee or its claim handled by an agent (advance-fee-phrases.ts);
 * - the e-invoice (电子发票) offered behind China's public shorteners (link-services.ts, links.rented-page);
 * - a brand with an unconfirmed domain list claimed with a link to a page anyone rents (links.ts host-mismatch);
 * - a courier's name with a missed parcel's words as the sender's domain (brands/lookalike.ts LURE_WORDS);
 * - unpaid delivery fees in Arabic (lure-phrases-nonlatin.ts, fee).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';

interface Sender {
  from: string;
  domain: string;
  replyTo?: string;
  to: string;
  subject: string;
}

/** A plain-text message whose sender's domain passes DKIM, SPF and DMARC (a free mailbox's own domain does too). */
function mail(s: Sender, text: string): MessageInput {
  const headers = [
    `Received: from mail.${s.domain} (mail.${s.domain} [203.0.113.25]) by mx.example.net; Tue, 2 Dec 2025 10:12:04 +0000`,
    `Authentication-Results: mx.example.net; dkim=pass header.d=${s.domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${s.domain};\r\n\tdmarc=pass (p=none) header.from=${s.domain}`,
    `Message-ID: <a81f2c9e41@mail.${s.domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${s.from}`,
    ...(s.replyTo ? [`Reply-To: ${s.replyTo}`] : []),
    `To: ${s.to}`,
    `Subject: ${s.subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text };
}

const statusOf = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;

describe("a payee's account moved to another bank (content.bank-change)", () => {
  const supplier = {
    from: 'Sarah Whitlow <sarah@northgatefacilities.co.uk>',
    domain: 'northgatefacilities.co.uk',
    to: 'Mark <mark@example.co.uk>',
    subject: 'Re: Q4 maintenance invoices',
  };

  it('fails "we have moved our account to Starling" with the details for all future payments', () => {
    const r = analyze(
      mail(
        supplier,
        'Hi Mark,\n\nFollowing our annual audit we have moved our account to Starling. Please use the details below ' +
          'for the outstanding invoices and all future payments:\n\nSort code: 60-83-71\nAccount no: 41730982\n\n' +
          'Kind regards\nSarah',
      ),
    );
    expect(statusOf(r, 'content.bank-change')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('leaves a supplier announcing a move of its banking "from 1 January" and asking for a call alone', () => {
    const r = analyze(
      mail(
        supplier,
        'Hi Mark,\n\nAs mentioned on our call, we are moving our business banking from NatWest to Lloyds from 1 ' +
          'January. Please do NOT change anything based on this email alone: call me on our usual number before ' +
          'updating your records. Payments until 31 December should still go to the existing account.\n\nSarah',
      ),
    );
    expect(statusOf(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves "we moved our account to the new portal" without any payment to redirect alone', () => {
    const r = analyze(
      mail(
        supplier,
        'Hi Mark,\n\nWe moved our account to the new ticketing portal; please log maintenance requests there from ' +
          'now on. Nothing changes for invoices.\n\nSarah',
      ),
    );
    expect(statusOf(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe("a promo draw's winner asked for a fee or sent to an agent (content.advance-fee)", () => {
  it('fails "Dear Winner … your line was selected … a processing fee to our claims agent" from a free mailbox', () => {
    const r = analyze(
      mail(
        {
          from: 'Telco Promo <telco.anniversary.promo@outlook.com>',
          domain: 'outlook.com',
          to: 'ada@example.com.ng',
          subject: 'Congratulations! Your number won N2,500,000',
        },
        'Dear Winner,\n\nYour line 0803xxxx712 was selected in our 30th anniversary draw.\n\nTo claim, send your ' +
          'full name and a processing fee of N15,000 to our claims agent on WhatsApp +234 903 118 4420.',
      ),
    );
    expect(statusOf(r, 'content.advance-fee')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails "Anda memenangkan undian … untuk klaim hadiah hubungi petugas kami" from a free mailbox', () => {
    const r = analyze(
      mail(
        {
          from: 'Undian Nasabah <undian.nasabah.resmi@gmail.com>',
          domain: 'gmail.com',
          to: 'budi@example.co.id',
          subject: 'Selamat! Anda memenangkan undian Rp 100.000.000',
        },
        'Nasabah yang terhormat,\n\nRekening Anda terpilih sebagai pemenang undian periode Desember. Untuk klaim ' +
          'hadiah hubungi petugas kami via WhatsApp 0812-9931-4402.',
      ),
    );
    expect(statusOf(r, 'content.advance-fee')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves a bank's own authenticated list of its draw's winners at most a context warning", () => {
    const r = analyze(
      mail(
        {
          from: 'Bank Contoh <info@bankcontoh.co.id>',
          domain: 'bankcontoh.co.id',
          to: 'budi@example.co.id',
          subject: 'Pengumuman pemenang undian berhadiah',
        },
        'Nasabah yang terhormat,\n\nDaftar pemenang undian berhadiah periode Desember sudah terbit di situs kami. ' +
          'Untuk klaim hadiah, kunjungi kantor cabang terdekat dengan KTP Anda. Kami tidak pernah meminta biaya ' +
          'apa pun.',
      ),
    );
    expect(statusOf(r, 'content.advance-fee')).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves a friend's Gmail about the office raffle alone", () => {
    const r = analyze(
      mail(
        {
          from: 'Ngozi <ngozi.eze@gmail.com>',
          domain: 'gmail.com',
          to: 'ada@example.com.ng',
          subject: 'You won the raffle!',
        },
        'Dear winner,\n\nYou won the hamper at the office end-of-year raffle! Come and pick it up from my desk ' +
          'on Monday.\n\nNgozi',
      ),
    );
    expect(statusOf(r, 'content.advance-fee')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('an e-invoice offered behind a Chinese public shortener (links.rented-page)', () => {
  const company = {
    from: '财务部 <finance@huadamould.com.cn>',
    domain: 'huadamould.com.cn',
    to: 'li@example.com.cn',
    subject: '电子发票已开具，请及时查收',
  };

  it('fails "下载发票" whose only link is on t.cn', () => {
    const r = analyze(
      mail(
        company,
        '您好：\n\n贵公司11月电子发票已开具，请点击下方链接下载查看。\n\n财务部\n\n下载发票: https://t.cn/A6kR2xYz',
      ),
    );
    expect(statusOf(r, 'links.obfuscated-host')).to.equal('warn');
    expect(statusOf(r, 'links.rented-page')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves the same invoice on the company's own site alone, and a t.cn link without an offer only a warning", () => {
    const own = analyze(
      mail(
        company,
        '您好：\n\n贵公司11月电子发票已开具，请点击下方链接下载查看。\n\n下载发票: https://www.huadamould.com.cn/fp/2025-11',
      ),
    );
    expect(statusOf(own, 'links.rented-page')).to.equal(undefined);
    expect(own.verdict).to.equal('no-red-flags');
    const news = analyze(
      mail(company, '您好：\n\n我们的新厂房已投入使用，欢迎参观。详情见微博: https://t.cn/A6kR2xYz\n\n市场部'),
    );
    expect(statusOf(news, 'links.rented-page')).to.equal(undefined);
    expect(news.verdict).to.equal('no-red-flags');
  });
});

describe('a brand whose domain list is unconfirmed, claimed with a link to a page anyone rents (links.host-mismatch)', () => {
  const school = {
    from: 'Canada Revenue Agency <office@lakeshoreschool.ca>',
    domain: 'lakeshoreschool.ca',
    to: 'pat@example.ca',
    subject: 'CRA: You have a pending refund of $483.12',
  };

  it("fails the tax office named by a school's mailbox, its refund on a Canva site or behind IPFS", () => {
    for (const url of [
      'https://cra-refund-2025.my.canva.site/',
      'https://cloudflare-ipfs.com/ipfs/bafkreid7x2/r.html',
    ]) {
      const r = analyze(mail(school, `You are eligible to receive a tax refund of $483.12.\n\nClaim it here: ${url}`));
      expect(statusOf(r, 'links.host-mismatch'), url).to.equal('fail');
      expect(r.verdict, url).to.equal('likely-phishing');
    }
  });

  it("leaves a volunteer clinic naming the agency's programme, with a booking form or a PDF flyer, short of likely phishing", () => {
    const clinic = {
      ...school,
      from: 'Canada Revenue Agency volunteer clinic <taxclinic@northyorklibrary.ca>',
      domain: 'northyorklibrary.ca',
      subject: 'Free tax clinic at the library in March',
    };
    for (const url of [
      'https://docs.google.com/forms/d/e/1FAIpQLSd8x/viewform',
      'https://clinic-files.s3.amazonaws.com/2026/flyer.pdf',
    ]) {
      const r = analyze(
        mail(clinic, `Our free tax clinic runs every Saturday in March. Book a slot or see the flyer: ${url}`),
      );
      expect(statusOf(r, 'links.host-mismatch'), url).to.equal('warn');
      // The form's own warning beside the brand's may make it suspicious (as before): never likely phishing.
      expect(r.verdict, url).to.not.equal('likely-phishing');
    }
  });
});

describe("a courier's name with a missed parcel's words as the sender's own domain (sender.lookalike-domain)", () => {
  const courier = (from: string, domain: string, text: string) =>
    mail({ from, domain, to: 'ciara@example.ie', subject: 'We missed you - reschedule your delivery' }, text);

  it('fails An Post writing from anpost-redelivery.ie and linking there for the fee', () => {
    const r = analyze(
      courier(
        'An Post <delivery@anpost-redelivery.ie>',
        'anpost-redelivery.ie',
        'We attempted to deliver your parcel today but the address was incomplete. Reschedule delivery and pay the ' +
          '€1.99 redelivery fee online: https://anpost-redelivery.ie/track/RC7741IE',
      ),
    );
    expect(statusOf(r, 'sender.lookalike-domain')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves the name beside a product's word (an insurer of the same group) no look-alike", () => {
    const r = analyze(
      courier(
        'An Post Insurance <renewals@anpostinsurance.ie>',
        'anpostinsurance.ie',
        'Your home insurance renews next month. Your documents are in your account: https://anpostinsurance.ie/login',
      ),
    );
    expect(statusOf(r, 'sender.lookalike-domain')).to.equal(undefined);
    expect(r.verdict).to.not.equal('likely-phishing');
  });
});

describe('unpaid delivery fees in Arabic (content.lure, fee)', () => {
  const parcel = (text: string) =>
    mail(
      {
        from: 'Shipping <notice@parcel-desk.example.com>',
        domain: 'parcel-desk.example.com',
        to: 'sara@example.ae',
        subject: 'شحنتك',
      },
      text,
    );

  it('reads "رسوم توصيل غير مدفوعة" beside a parcel held as the fee script', () => {
    const r = analyze(
      parcel('شحنتك معلقة بسبب رسوم توصيل غير مدفوعة بقيمة 7.50 درهم. ادفع الآن: https://pay-ae.example.net/p'),
    );
    const lure = r.findings.find((f) => f.id === 'content.lure');
    expect(JSON.stringify(lure?.message.params)).to.include('fee');
  });

  it('leaves a cash-on-delivery notice naming the delivery fee "بقيمة" without the fee script', () => {
    const r = analyze(parcel('شحنتك في الطريق. رسوم التوصيل بقيمة 15 درهم تدفع نقدا عند الاستلام.'));
    const lure = r.findings.find((f) => f.id === 'content.lure');
    expect(JSON.stringify(lure?.message.params ?? {})).to.not.include('fee');
    expect(r.verdict).to.equal('no-red-flags');
  });
});
