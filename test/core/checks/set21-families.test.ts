/**
 * Families set21 showed slipping (issue #16), each beside its false-alarm twin; every message here is synthetic,
 * written inline:
 * - the marketplace seller told the buyer "has paid" and the money waits behind a card or bank form (lure-phrases.ts
 *   prize and payment; Carousell, Wallapop, OLX, Vinted kits): on a page anyone rents, likely phishing; the
 *   marketplace's own "the buyer has paid, ship the item" notice stays clean;
 * - a refund that needs the account number given first, in Thai (the PEA meter-deposit refund through LINE): with a
 *   link elsewhere from an unauthenticated sender, likely phishing; the authority's own refund notice stays clean;
 * - the daily return "guaranteed" in Arabic, the places limited (the "Aramco shares" scheme on a site builder); a
 *   broker's seminar with its places limited stays clean;
 * - the task scam's pay in Indonesian ("dibayar langsung setelah tugas", "hanya menggunakan HP") with the talk moved
 *   to WhatsApp (money-route-phrases.ts wage, easy): content.job-messenger; a guesthouse's daily rate and WhatsApp
 *   number stays clean;
 * - brands the set's kits wrote from domains of their own (brands.json): Octopus Energy, Cartão Continente, Carousell,
 *   Aramco; their own mail stays clean;
 * - a supplier's change of bank that itself sends the payer to the number already on file (money-route-phrases.ts
 *   known): nothing; the letter's own number, or the number on file beside "reply by email only", still fails;
 * - a brand's own label as a whole subdomain label of a domain made of sign-in words (`sparkasse.secure-login-7.com`,
 *   brand-subdomain.ts): links.brand-in-path; SaaS tenants (`dhl.okta.com`, `acme.my.salesforce.com`,
 *   `netflix.zendesk.com`) and domains of other words stay clean.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { mail, unauthenticated, find } from './family-mail';

describe('set21: the buyer "has paid" and the money waits behind a card form (marketplace seller scam)', () => {
  it('the payout page on a rented host, from a look-alike that passes DMARC for itself: likely phishing', () => {
    const r = analyze(
      mail(
        'Marketplace Protection <support@sellsafe-payout.com>',
        'sellsafe-payout.com',
        'wei.tan@gmail.com',
        'Buyer has made payment for "Oak dining table" - receive S$280.00',
        'Hi wei_t,\n\nGood news! Your buyer jason_88 has completed payment via Protection for: Oak dining table, ' +
          'S$280.00.\n\nTo receive the funds into your bank account, please confirm your card/bank details on the ' +
          'secure page below.\n\nhttps://sellsafe-payout.web.app/order/72218934\n',
      ),
    );
    expect(find(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("the marketplace's own 'the buyer has paid, ship the item' notice stays clean", () => {
    const r = analyze(
      mail(
        'Marketplace <noreply@sellsafe.com>',
        'sellsafe.com',
        'wei.tan@gmail.com',
        'The buyer has paid for "Oak dining table"',
        'Hi wei_t,\n\nThe buyer has paid for your item. Please ship it within 5 days and add the tracking number ' +
          'in the app. The money is released to the payout account you set up once the buyer confirms delivery.\n\n' +
          'https://www.sellsafe.com/orders/72218934\n',
      ),
    );
    expect(find(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('the same in Spanish, the buyer paid and the card asked: the lure', () => {
    const r = analyze(
      unauthenticated(
        'Envios <avisos@envios-cobro.com>',
        'envios-cobro.com',
        'lucia@gmail.com',
        'El comprador ha realizado el pago de tu artículo',
        'Hola Lucía,\n\nEl comprador ha realizado el pago. Para cobrar la venta confirma los datos de tu tarjeta:\n' +
          'https://cobro-envios.pages.dev/venta/5512\n',
      ),
    );
    expect(find(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe('set21: the refund that needs the account number first, in Thai (the meter-deposit refund)', () => {
  it('from an unauthenticated look-alike, through a LINE account: likely phishing', () => {
    const r = analyze(
      unauthenticated(
        'การไฟฟ้า <refund@pea-refund-th.com>',
        'pea-refund-th.com',
        'somchai@hotmail.com',
        'แจ้งคืนเงินประกันการใช้ไฟฟ้า จำนวน 2,000 บาท',
        'เรียน ผู้ใช้ไฟฟ้า\n\nท่านมีสิทธิ์ได้รับเงินประกันคืนจำนวน 2,000 บาท\n' +
          'กรุณาเพิ่มเพื่อน LINE เพื่อยืนยันตัวตนและแจ้งเลขบัญชีรับเงินคืน ภายในวันที่ 15 สิงหาคม\n' +
          'https://lin.ee/refund-2568\n',
      ),
    );
    expect(find(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("the authority's own refund notice, paid to the PromptPay on file, linking to its own site, stays clean", () => {
    const r = analyze(
      mail(
        'กฟภ. <noreply@utility-th.example>',
        'utility-th.example',
        'somchai@hotmail.com',
        'คืนเงินประกันการใช้ไฟฟ้า',
        'เรียน ผู้ใช้ไฟฟ้า\n\nกฟภ. ได้โอนเงินประกันคืนเข้าพร้อมเพย์ที่ท่านลงทะเบียนไว้แล้ว\n' +
          'ตรวจสอบรายละเอียดได้ที่ https://www.utility-th.example/refund\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set21: the guaranteed daily return in Arabic', () => {
  it('the scheme on a site builder, from an unauthenticated sender: likely phishing', () => {
    const r = analyze(
      unauthenticated(
        'منصة الاستثمار <invest@smart-invest-sa.online>',
        'smart-invest-sa.online',
        'abdullah@gmail.com',
        'استثمر 1000 ريال واحصل على دخل يومي',
        'عزيزي المستثمر،\n\nفرصة الاستثمار بمبلغ يبدأ من 1000 ريال فقط، مع عائد يومي مضمون.\n' +
          'المقاعد محدودة. سجّل بياناتك الآن:\nhttps://invest-program.webflow.io/register\n',
      ),
    );
    expect(find(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("a broker's seminar invitation with its places limited stays clean", () => {
    const r = analyze(
      mail(
        'شركة الوساطة <events@broker-sa.example>',
        'broker-sa.example',
        'abdullah@gmail.com',
        'دعوة: ندوة أساسيات الاستثمار',
        'ندعوكم لحضور ندوة عن أساسيات الاستثمار في الأسهم يوم الأحد. المقاعد محدودة.\n' +
          'التسجيل: https://www.broker-sa.example/events\n',
      ),
    );
    expect(find(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set21: the task scam in Indonesian (content.job-messenger)', () => {
  it('pay right after each task, only a phone needed, WhatsApp, from gmail: fail', () => {
    const r = analyze(
      mail(
        'HRD Rekrutmen <rekrutmen.afiliasi2026@gmail.com>',
        'gmail.com',
        'dewi@yahoo.co.id',
        'Lowongan Kerja Paruh Waktu (Bisa dari HP)',
        'Halo Kak Dewi,\n\nKami membuka lowongan kerja paruh waktu yang bisa dikerjakan dari rumah hanya ' +
          'menggunakan HP.\nTugas: memberikan like dan ulasan produk.\nGaji Rp 300.000 - Rp 1.500.000, dibayar ' +
          'langsung setelah tugas selesai.\n\nHubungi mentor kami via WhatsApp di nomor +62 831-8420-5576.\n',
      ),
    );
    expect(find(r, 'content.job-messenger')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("a guesthouse's daily rate and its WhatsApp number stays clean", () => {
    const r = analyze(
      mail(
        'Wisma Melati <info@wismamelati.example>',
        'wismamelati.example',
        'dewi@yahoo.co.id',
        'Konfirmasi pemesanan kamar',
        'Halo Kak Dewi,\n\nTarif kamar Rp 450.000 per hari termasuk sarapan. Untuk check-in lebih awal ' +
          'silakan hubungi kami via WhatsApp di +62 812-3456-7890.\n\nSalam,\nWisma Melati\n',
      ),
    );
    expect(find(r, 'content.job-messenger')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set21: brands the kits wrote from domains of their own (brands.json)', () => {
  it('Octopus Energy from a look-alike with the Direct Debit lure: likely phishing', () => {
    const r = analyze(
      mail(
        'Octopus Energy <billing@octopus-energy-accounts.co.uk>',
        'octopus-energy-accounts.co.uk',
        's.whitfield@btinternet.com',
        'Action needed: your Direct Debit payment was unsuccessful',
        'Hi Sarah,\n\nWe tried to collect your monthly Direct Debit but your bank returned it. If we do not ' +
          'receive payment within 72 hours we will start fitting a prepayment meter.\n\nUpdate your payment ' +
          'details here: https://octopus-energy-accounts.co.uk/dashboard/billing\n',
      ),
    );
    expect(find(r, 'sender.lookalike-domain')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("Octopus Energy's own bill from octopus.energy stays clean", () => {
    const r = analyze(
      mail(
        'Octopus Energy <hello@octopus.energy>',
        'octopus.energy',
        's.whitfield@btinternet.com',
        'Your new bill is ready',
        'Hi Sarah,\n\nYour latest bill is ready. We will collect £148.62 by Direct Debit on 18 January.\n\n' +
          'See it in your account: https://octopus.energy/dashboard/\n',
      ),
    );
    expect(find(r, 'sender.brand-mismatch')?.status).to.equal('pass');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("Cartão Continente's own points statement from continente.pt stays clean; from another domain it is claimed", () => {
    const own = analyze(
      mail(
        'Cartão Continente <cartao@continente.pt>',
        'continente.pt',
        'rita@sapo.pt',
        'O seu saldo Cartão Continente',
        'Olá Rita,\n\nTem 12,40€ de saldo no seu Cartão. Consulte os seus descontos em https://www.continente.pt/\n',
      ),
    );
    expect(own.verdict).to.equal('no-red-flags');
    const foreign = analyze(
      mail(
        'Cartão Continente <pontos@cartao-saldo.pt>',
        'cartao-saldo.pt',
        'rita@sapo.pt',
        'Rita, o seu saldo expira amanhã',
        'Ative agora: https://tinyurl.com/saldo-cc-8740\n',
      ),
    );
    expect(find(foreign, 'sender.brand-mismatch')?.status).to.equal('fail');
    expect(foreign.verdict).to.equal('likely-phishing');
  });

  it("Carousell's own chat notice and Aramco's own mail stay clean", () => {
    for (const [from, domain] of [
      ['Carousell <noreply@carousell.com>', 'carousell.com'],
      ['Saudi Aramco <careers@aramco.com>', 'aramco.com'],
    ] as const) {
      const r = analyze(
        mail(from, domain, 'someone@gmail.com', 'An update for you', `See https://www.${domain}/ for details.\n`),
      );
      expect(find(r, 'sender.brand-mismatch')?.status, from).to.equal('pass');
      expect(r.verdict, from).to.equal('no-red-flags');
    }
  });
});

describe("set21: a supplier's change of bank that itself sends the payer to the number on file (content.bank-change)", () => {
  const letter = (check: string) =>
    mail(
      'Megan Aitken <accounts@timber-supplies.example>',
      'timber-supplies.example',
      'accounts@plumbing.example',
      'Change of bank account - Timber Supplies (effective 1 June)',
      'Kia ora,\n\nWe have moved to a new bank: our bank account will change from 1 June. Please see the ' +
        `attached letter.\n\nPlease update your records. ${check}\n\nNgā mihi,\nMegan\n`,
    );

  it('"do not update your records based on this email alone; call us on the number you already have": clean', () => {
    const r = analyze(
      letter(
        'Please do NOT change anything based on this email alone: call our accounts team on the number you ' +
          'already have on file for us and we will confirm the new account number verbally.',
      ),
    );
    expect(find(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("the letter's own number to call instead: still content.bank-change, suspicious", () => {
    const r = analyze(letter('To confirm the new account number, call us on +64 3 555 0199.'));
    expect(find(r, 'content.bank-change')?.status).to.equal('fail');
    expect(r.verdict).to.equal('suspicious');
  });

  it('the number on file named but calls ruled out ("reply by email only"): still the no-call fraud', () => {
    const r = analyze(
      letter(
        'You may check on the number you already have, but our phones are being diverted this week, so please ' +
          'reply by email only.',
      ),
    );
    expect(find(r, 'content.bank-change')?.message.key).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe("set21: a brand's own label as a whole subdomain of a domain made of sign-in words (links.brand-in-path)", () => {
  const note = (url: string) =>
    mail(
      'Jo Smith <jo@plumbco.example>',
      'plumbco.example',
      'anna@reader-co.example',
      'Please review',
      `Hello,\n\nplease sign in here to continue: ${url}\n\nThanks, Jo\n`,
    );

  for (const [url, label] of [
    ['https://sparkasse.secure-login-7.com/pushtan', 'sparkasse'],
    ['https://apple.id-verify-secure.com/signin', 'apple'],
    ['https://www.paypal.account-verify-center.net/x', 'paypal'],
  ] as const) {
    it(`${url}: the brand planted; with the account script from a colleague's mailbox, likely phishing`, () => {
      const planted = find(analyze(note(url)), 'links.brand-in-path');
      expect(planted?.status).to.equal('fail');
      expect((planted?.message.params as { planted?: string }).planted).to.equal(label);
      const r = analyze(note(`Your account will be suspended. Verify your account within 24 hours: ${url}`));
      expect(find(r, 'links.brand-in-path')?.status).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  for (const url of [
    'https://dhl.okta.com/',
    'https://acme.my.salesforce.com/',
    'https://netflix.zendesk.com/hc/en-us',
    'https://apple.my-site-builder.com/',
    'https://mail.secure-login.com/',
  ]) {
    it(`${url}: a SaaS tenant or a domain not made of sign-in words alone plants nothing`, () => {
      const r = analyze(note(url));
      expect(find(r, 'links.brand-in-path')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }
});
