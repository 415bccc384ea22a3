/**
 * Families set22 showed slipping or falsely flagged (issue #16), each beside its twin; every message here is
 * synthetic, written inline:
 * - the reader's own domain named in prose (`kauristudio.co.nz - expires 3 Nov`): registrars, hosts, web agencies
 *   and DMARC reports name it in every notice; it is no link to another organisation (links.ts readerDomainNamed).
 *   The renewal scam beside it still shows its own payment page as foreign.
 * - the school's or employer's own login to type into a form or a rented page ('using your student username and
 *   password', 'e-Devlet şifreniz ile giriş yapın'), lure-phrases.ts verify: on a page anyone rents it is
 *   links.rented-page; the real portal's notice linking to its own site stays clean;
 * - the refund or the buyer's payment that needs the card or account first, and the loyalty balance or points to lose
 *   (lure-phrases.ts payment and prize): with a link elsewhere from an unauthenticated sender, likely phishing; the
 *   loyalty scheme's own statement and the supplier's refund to the account on file stay clean;
 * - Wallapop and WhiteBIT (brands.json, verified from their own pages): a marketplace and an exchange whose names
 *   the "payment received" and "withdrawal request" kits write from domains of their own; their real mail stays
 *   clean;
 * - the fake receipt's headline without a verb ("Compra aprovada", "Compra aprobada") beside its cancellation number
 *   (callback-phrases.ts charge): content.callback; a shop's own receipt with its customer-service number stays clean;
 * - the free 'surging stocks' list in a LINE or WeChat group, places limited (lure-phrases-nonlatin.ts investment,
 *   urgency), zh-TW and zh-CN; a broker's own seminar invitation with its places limited stays clean;
 * - the rental bond to a trust account said to have changed, the old details disowned, e-mail "the best way to reach
 *   me" (money-route-phrases.ts rebank, remit, nocall): content.bank-change.no-call; an agency's receipt that its
 *   trust account is unchanged, and a colleague's note that e-mail reaches them best, stay clean.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import { mail, unauthenticated, find } from './family-mail';

const hostsOf = (r: Report) =>
  (find(r, 'links.host-mismatch')?.message.params as { hosts?: string[] } | undefined)?.hosts ?? [];

describe("the reader's own domain named in prose (links.host-mismatch)", () => {
  it("a registrar's auto-renewal reminder naming the reader's domain is not a link elsewhere: no red flags", () => {
    const r = analyze(
      mail(
        'Registrar Support <support@registrar.example>',
        'registrar.example',
        'Mere <mere@kauristudio.co.nz>',
        'Auto-renewal notice: kauristudio.co.nz will renew in 30 days',
        'Hi mere_k,\n\nThe following domain in your account is set to auto-renew:\n\n' +
          'kauristudio.co.nz - expires 3 Nov 2025 - renewal: 1 year - $19.98 USD\n\n' +
          'We will charge your default payment method about 3 days before expiry. No action is needed.\n\n' +
          'To turn auto-renew off or change your payment method, log in to your account at ' +
          'https://www.registrar.example/domains/list/\n\nRegistrar Support Team\n',
      ),
    );
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("a web agency's note naming the reader's site with a path, scheme-less, raises nothing either", () => {
    const r = analyze(
      mail(
        'Tane Web <hello@taneweb.example>',
        'taneweb.example',
        'mere@kauristudio.co.nz',
        'Your site update is live',
        'Kia ora Mere,\n\nThe new gallery page is live at kauristudio.co.nz/gallery and the contact form now ' +
          'sends to your inbox. Our notes: https://taneweb.example/clients/kauri\n\nTane\n',
      ),
    );
    expect(find(r, 'links.host-mismatch')).to.equal(undefined);
  });

  it("the renewal scam naming the reader's domain still shows its foreign payment page", () => {
    const r = analyze(
      mail(
        'Domain Renewals <notice@renewal-desk.example>',
        'renewal-desk.example',
        'admin@kauristudio.co.nz',
        'FINAL NOTICE: kauristudio.co.nz expires in 2 days',
        'kauristudio.co.nz - Final Expiration Notice\n\nYour website and email will stop working when the ' +
          'domain expires.\n\nRenew now: https://pay-renewals.example/checkout?d=kauristudio\n',
      ),
    );
    expect(find(r, 'links.host-mismatch')?.status).to.equal('warn');
    expect(hostsOf(r)).to.deep.equal(['pay-renewals.example']);
  });

  it("a written https:// link to the reader's domain is still judged as a link", () => {
    const r = analyze(
      mail(
        'Web Host <alerts@webhost.example>',
        'webhost.example',
        'mere@kauristudio.co.nz',
        'Check your site',
        'Your site may be down, open it here: https://kauristudio.co.nz/wp-admin/\n',
      ),
    );
    expect(hostsOf(r)).to.deep.equal(['kauristudio.co.nz']);
  });

  it("a domain named in prose that is not the reader's stays foreign", () => {
    const r = analyze(
      mail(
        'Registrar Support <support@registrar.example>',
        'registrar.example',
        'mere@kauristudio.co.nz',
        'Transfer request',
        'A transfer request was made for othervineyard.nz. Details: https://www.registrar.example/transfers\n',
      ),
    );
    expect(hostsOf(r)).to.deep.equal(['othervineyard.nz']);
  });
});

describe('the login to type into a form or a rented page (lure-phrases.ts verify, links.rented-page)', () => {
  it("a college's taken-over mailbox asking for the student username and password on a form: likely phishing", () => {
    const r = analyze(
      mail(
        'ICT Helpdesk <k.osei@lakeshore-college.ac.nz>',
        'lakeshore-college.ac.nz',
        'student.4471@lakeshore-college.ac.nz',
        'Action required: student accounts pending removal',
        'Dear Student,\n\nStudent accounts not confirmed for the new trimester will be removed on Friday. Confirm ' +
          'your access by completing the form below using your student ID and password:\n\n' +
          'https://docs.google.com/forms/d/e/1FAIpQLSd8x2kPqLm7Vn0Rt4Yz/viewform\n\nICT Helpdesk\n',
      ),
    );
    expect(find(r, 'links.rented-page')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the same words in an IT notice linking to its own portal say nothing', () => {
    const r = analyze(
      mail(
        'ICT Helpdesk <helpdesk@lakeshore-college.ac.nz>',
        'lakeshore-college.ac.nz',
        'student.4471@lakeshore-college.ac.nz',
        'Your timetable is ready',
        'Kia ora,\n\nYour trimester timetable is ready. Sign in to the student portal using your student ID and ' +
          'password: https://portal.lakeshore-college.ac.nz/timetable\n\nICT Helpdesk\n',
      ),
    );
    expect(find(r, 'links.rented-page')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a court summons asking to log in with the e-Devlet password on a rented page: likely phishing', () => {
    const r = analyze(
      mail(
        'Elektronik Tebligat <bildirim@e-tebligat-sorgu.com>',
        'e-tebligat-sorgu.com',
        'ayse.kaya@firma.com.tr',
        'Elektronik tebligat: hakkınızda açılmış dosya',
        'Sayın AYŞE KAYA,\n\nHakkınızda icra takibi başlatılmıştır. Duruşma bilgileri için e-Devlet şifrenizle ' +
          'giriş yapınız.\n\nTebligat: https://tebligat-dosya.netlify.app/dosya?no=2025-5531\n',
      ),
    );
    expect(find(r, 'links.rented-page')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("the state portal's own notice to log in with the e-Devlet password stays clean", () => {
    const r = analyze(
      mail(
        'e-Devlet Kapısı <bilgilendirme@turkiye.gov.tr>',
        'turkiye.gov.tr',
        'ayse.kaya@firma.com.tr',
        'Yeni bir belgeniz var',
        'Sayın AYŞE KAYA,\n\nAdınıza yeni bir belge düzenlenmiştir. Belgeyi görmek için e-Devlet şifreniz ile giriş ' +
          'yapınız: https://www.turkiye.gov.tr/belgelerim\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the refund, the payment or the points that need the card first (lure-phrases.ts payment, prize)', () => {
  it("a utility's credit refund asking which account to pay it into, on a rented page: likely", () => {
    const r = analyze(
      unauthenticated(
        'Kiwi Power <billing@kiwipower-accounts.com>',
        'kiwipower-accounts.com',
        'h.ngata@example.co.nz',
        'You have a credit of $92.10',
        'Hi there,\n\nYour account is $92.10 in credit after your latest reading. Please confirm the ' +
          'account you would like the money paid into: https://kiwipower-refund.wixsite.com/claim\n',
      ),
    );
    expect(find(r, 'links.rented-page')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("the supplier's own refund to the account on file stays clean", () => {
    const r = analyze(
      mail(
        'Kiwi Power <billing@kiwipower.example>',
        'kiwipower.example',
        'h.ngata@example.co.nz',
        'Your credit refund is on its way',
        'Hi there,\n\nYour account was $92.10 in credit. We have refunded it to the bank account we hold for your ' +
          'Direct Debit; it should arrive within 3 working days. Your bill: https://www.kiwipower.example/account\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("a loyalty card's balance 'to not lose', the card details to confirm on another site: likely phishing", () => {
    const r = analyze(
      unauthenticated(
        'Cartão Pingo <avisos@cartao-pingo-pontos.pt>',
        'cartao-pingo-pontos.pt',
        'rui.matos@example.pt',
        'O seu saldo expira esta semana',
        'Olá,\n\nTem 31,20 € de saldo no seu cartão. Para não perder o seu saldo, confirme os dados do cartão até ' +
          'domingo: https://www.oficina-almeida.pt/wp-content/uploads/p/saldo.php\n',
      ),
    );
    expect(find(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("the loyalty scheme's own statement of points that expire stays clean", () => {
    const r = analyze(
      mail(
        'Cartão Pingo <avisos@cartaopingo.example>',
        'cartaopingo.example',
        'rui.matos@example.pt',
        'O seu extrato de dezembro',
        'Olá,\n\nTem 31,20 € de saldo e 420 pontos. Para não perder os seus pontos, use-os até 31 de janeiro nas ' +
          'nossas lojas. Extrato: https://www.cartaopingo.example/extrato\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("a marketplace's 'confirm your card to receive the payment' on a rented page: links.rented-page", () => {
    const r = analyze(
      mail(
        'Mercadillo <avisos@mercadillo-pagos.es>',
        'mercadillo-pagos.es',
        'sergio.g@example.es',
        'Tu artículo ha sido pagado',
        'El comprador ha pagado tu artículo. Para recibir el dinero, confirma los datos de tu tarjeta: ' +
          'https://mercadillo-cobro.vercel.app/cobro/1093847721\n',
      ),
    );
    expect(find(r, 'links.rented-page')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe('Wallapop and WhiteBIT claimed from domains of their own (brands.json)', () => {
  it("a marketplace's 'your item was paid' from a look-alike domain linking to itself: likely phishing", () => {
    const r = analyze(
      mail(
        'Wallapop <pagos@wallapop-cobros.es>',
        'wallapop-cobros.es',
        'lucia.m@example.es',
        '¡Tu artículo ha sido vendido!',
        '¡Enhorabuena! El comprador ha pagado tu artículo. Para cobrar la venta sigue el enlace: ' +
          'https://wallapop-cobros.es/venta/55120981\n',
      ),
    );
    expect(find(r, 'sender.brand-mismatch')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("Wallapop's own sale notice from wallapop.com stays clean", () => {
    const r = analyze(
      mail(
        'Wallapop <no-reply@wallapop.com>',
        'wallapop.com',
        'lucia.m@example.es',
        '¡Tu artículo ha sido vendido!',
        '¡Enhorabuena! El comprador ha pagado tu artículo. Prepara el envío desde la app: ' +
          'https://es.wallapop.com/app/deliveries\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("an exchange's 'withdrawal request, cancel it' from a look-alike domain: likely phishing", () => {
    const r = analyze(
      mail(
        'WhiteBIT <no-reply@whitebit-withdrawals.com>',
        'whitebit-withdrawals.com',
        'oleh.p@example.com.ua',
        'Запит на виведення коштів',
        'З вашого акаунту створено запит на виведення 0.21 BTC. Якщо це були не ви, скасуйте операцію: ' +
          'https://whitebit-withdrawals.com/cancel?id=8812\n',
      ),
    );
    expect(find(r, 'sender.brand-mismatch')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("WhiteBIT's own withdrawal notice from whitebit.com stays clean", () => {
    const r = analyze(
      mail(
        'WhiteBIT <no-reply@whitebit.com>',
        'whitebit.com',
        'oleh.p@example.com.ua',
        'Виведення коштів виконано',
        'Виведення 0.21 BTC виконано. Історія операцій: https://whitebit.com/balance/history\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe("the receipt's headline without a verb beside a number to call (callback-phrases.ts charge)", () => {
  it("'Compra aprovada' from a free mailbox with a cancellation centre's number: content.callback, likely", () => {
    const r = analyze(
      mail(
        'Central de Compras <recibos.loja.br@gmail.com>',
        'gmail.com',
        'marina.c@example.com.br',
        'Recibo - Compra aprovada nº 88120',
        'Recibo\n\nNotebook Gamer 16 GB\nValor: R$ 4.299,00\nForma de pagamento: cartão de crédito\n\nSe você não ' +
          'reconhece esta compra, ligue para a Central de Cancelamento: 0800 602 1174.\n',
      ),
    );
    expect(find(r, 'content.callback')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("'Compra aprobada' in Spanish from a free mailbox, call to cancel: content.callback", () => {
    const r = analyze(
      mail(
        'Centro de Pagos <recibos.tienda.mx@outlook.com>',
        'outlook.com',
        'jorge.r@example.com.mx',
        'Compra aprobada - pedido 55102',
        'Recibo de compra\n\nTotal: $8,499.00 MXN\n\nSi no reconoce esta compra, llame al centro de cancelaciones: ' +
          '800 123 4567.\n',
      ),
    );
    expect(find(r, 'content.callback')?.status).to.equal('fail');
  });

  it("a shop's own receipt, 'Compra aprovada', with its customer-service number and site, stays clean", () => {
    const r = analyze(
      mail(
        'Loja Aurora <pedidos@lojaaurora.example>',
        'lojaaurora.example',
        'marina.c@example.com.br',
        'Compra aprovada - pedido 88120',
        'Olá Marina,\n\nSua compra foi aprovada e já está em separação. Acompanhe: ' +
          'https://www.lojaaurora.example/pedidos/88120\n\nDúvidas? SAC 0800 602 1174.\n',
      ),
    );
    expect(find(r, 'content.callback')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the free stock-tips group in Chinese (lure-phrases-nonlatin.ts investment, urgency)', () => {
  it('a free list of surging stocks in a LINE group, places limited, from a free mailbox: likely phishing', () => {
    const r = analyze(
      mail(
        '林老師 投資研究室 <lin.invest.club66@gmail.com>',
        'gmail.com',
        'chen.wei@example.com.tw',
        '本週飆股名單免費領取',
        '您好：\n\n研究團隊本週選出3檔主力布局的飆股，免費提供名單給前30位加入群組的朋友。\n\n' +
          '加入LINE群組：https://line.me/ti/g2/AbCdEf123456\n\n名額有限，額滿即止。\n',
      ),
    );
    expect(find(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the same in simplified Chinese on WeChat: content.lure', () => {
    const r = analyze(
      mail(
        '王老师 财经工作室 <wang.caijing88@outlook.com>',
        'outlook.com',
        'li.na@example.cn',
        '免费领取本月飙股',
        '您好，本月免费送飙股3只，加入股票交流群即可领取：https://weixin.qq.com/g/AbCdEf123456 名额有限，额满即止。\n',
      ),
    );
    expect(find(r, 'content.lure')?.status).to.equal('warn');
  });

  it("a broker's own seminar invitation, places limited, stays clean", () => {
    const r = analyze(
      mail(
        '遠景證券 <seminar@yuanjing-sec.example>',
        'yuanjing-sec.example',
        'chen.wei@example.com.tw',
        '投資講座邀請：下半年市場展望',
        '您好：\n\n本公司將於9月20日舉辦下半年市場展望講座，分析師將說明AI產業與潛力股的基本面。名額有限，' +
          '請盡早報名：https://www.yuanjing-sec.example/seminar\n\n投資有風險，請審慎評估。\n',
      ),
    );
    expect(find(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the rental bond to a changed trust account (money-route-phrases.ts)', () => {
  it("a leasing agent's 'our trust account has changed', old details disowned, e-mail only: likely phishing", () => {
    const r = analyze(
      mail(
        'Mia Clarke | Property Manager <mia@harbourviewrealty.com.au>',
        'harbourviewrealty.com.au',
        'josh.n@example.com.au',
        'RE: Lease offer accepted - 3/18 Beach Rd',
        'Hi Josh,\n\nGreat news, the owner accepted your offer. The bond and first two weeks of rent ($2,880) are due ' +
          'by Friday. Our trust account has been changed this month, so please do not use any details from older ' +
          'invoices:\n\nAccount name: HVR Trust\nBSB: 062-331\nAccount: 1088 4412\n\nI am at open homes all day, ' +
          'so email is the best way to reach me.\n\nMia\n',
      ),
    );
    expect(find(r, 'content.bank-change')?.message.key).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("an agency's bond receipt saying its trust account is unchanged stays clean", () => {
    const r = analyze(
      mail(
        'Mia Clarke | Property Manager <mia@harbourviewrealty.com.au>',
        'harbourviewrealty.com.au',
        'josh.n@example.com.au',
        'Bond lodged - 3/18 Beach Rd',
        'Hi Josh,\n\nWe have lodged your bond with the Residential Tenancies Authority. Rent continues to be paid ' +
          'into our trust account as per your lease. Email is the best way to reach me this week.\n\nMia\n',
      ),
    );
    expect(find(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
