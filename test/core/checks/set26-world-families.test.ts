/**
 * Families from challenge set 26's messages in languages other than English (issue #16), each beside its false-alarm
 * twins. Every message is synthetic, written inline with headers as delivered (authenticated for its own domain).
 * 1. The payout-for-bank-details kit (payout-details.ts): money waiting for the reader — a pension supplement, a
 *    contribution or tax refund, an electricity deposit returned — to be collected by entering a bank card or account
 *    on a linked page, or forfeited after a date; in Russian, Portuguese, Thai, English, Japanese, Spanish and German.
 *    Twins: a pension agency's "new message on My pages", a seller platform's "add your bank account to receive
 *    payouts" (no threat: at most a warning), a notice whose own footer says it never asks for bank details so, an
 *    authenticated government domain's own refund notice.
 * 2. A marketplace's own "buyer paid, ship now" (Shopee Taiwan from mail.shopee.tw): its national domain is the
 *    brand's, so the sender is no look-alike and 「買家已完成付款」 asks nothing.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { loadAllCheckData } from '../../../src/core/check-data';

before(() => loadAllCheckData());

const payout = (r: Report) => r.findings.find((f) => f.id === 'content.payout-details');

function mail(from: string, subject: string, body: string): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    `Received: from smtp1.${domain} (smtp1.${domain} [91.92.243.118]) by mx.example.net`,
    ' with ESMTPS id 8319F; Mon, 6 Oct 2025 08:04:16 +0200',
    `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=k1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <BR0nKeAZnO4U@${domain}>`,
    'Date: Mon, 6 Oct 2025 08:03:55 +0200',
    `From: ${from}`,
    'To: Reader <reader@example.net>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text: body };
}

describe('set 26: money waiting for you, collected by typing a bank card or account into a link', () => {
  it('fails the refund kit with its forfeit threat in seven languages (likely phishing)', () => {
    for (const [from, subject, body] of [
      [
        'Социальный фонд <info@pensiya-vyplaty.ru>',
        'Вам назначена единовременная выплата',
        'Уважаемый получатель!\nВам назначена доплата к пенсии 12 300 руб. Для получения необходимо подтвердить реквизиты банковской карты в течение 2 дней:\nhttps://pensiya-vyplaty.ru/lk\nВ противном случае выплата будет аннулирована.',
      ],
      [
        'Finanças <avisos@at-reembolsos.pt>',
        'Reembolso de IRS disponível',
        'Caro contribuinte,\nTem direito a um reembolso de 412,80 €. Para o receber, confirme o seu IBAN no prazo de 3 dias:\nhttps://at-reembolsos.pt/iban\nCaso contrário, o reembolso será anulado.',
      ],
      [
        'การไฟฟ้า <refund@mea-deposit-th.com>',
        'รับเงินประกันการใช้ไฟฟ้าคืน',
        'เรียน ผู้ใช้ไฟฟ้า\nท่านมีสิทธิ์รับเงินคืนค่าประกันการใช้ไฟฟ้า 4,000 บาท กรุณากรอกข้อมูลบัญชีธนาคารที่ลิงก์นี้\nhttps://mea-deposit-th.com/refund\nหากไม่ดำเนินการภายใน 7 วัน จะถูกยกเลิกสิทธิ์',
      ],
      [
        'HM Revenue & Customs <refunds@hmrc-taxrefund.co.uk>',
        'You are eligible to receive a tax refund',
        'Dear taxpayer,\nAfter the last annual calculation you are eligible to receive a tax refund of £264.50. Please confirm your bank details to receive it:\nhttps://hmrc-taxrefund.co.uk/claim\nFailure to do so within 48 hours means your refund will be cancelled.',
      ],
      [
        '国税庁 還付金センター <info@kanpu-center.jp>',
        '【重要】還付金のお受け取り手続きについて',
        'お客様へ\n所得税の還付金 18,400円 のお受け取り手続きが完了していません。下記より振込先口座を入力してください。\nhttps://kanpu-center.jp/form\n期限を過ぎると受け取れなくなりますのでご注意ください。',
      ],
      [
        'Agencia Tributaria <avisos@devolucion-renta.es>',
        'Devolución de la renta pendiente',
        'Estimado contribuyente:\nTiene derecho a una devolución de 356,20 €. Para recibirla, confirme sus datos bancarios en el siguiente enlace:\nhttps://devolucion-renta.es/datos\nDe lo contrario, la devolución será anulada.',
      ],
      [
        'Bundeszentralamt für Steuern <service@bzst-erstattung.de>',
        'Ihre Steuerrückerstattung',
        'Sehr geehrte Damen und Herren,\nIhnen steht eine Steuerrückerstattung von 318,40 EUR zu. Bitte bestätigen Sie Ihre Bankverbindung:\nhttps://bzst-erstattung.de/konto\nAndernfalls verfällt Ihr Anspruch nach 5 Tagen.',
      ],
    ]) {
      const r = analyze(mail(from!, subject!, body!));
      expect(payout(r)?.status, from).to.equal('fail');
      expect(payout(r)?.message.key, from).to.equal('content.payout-details.forfeit');
      expect(r.verdict, from).to.equal('likely-phishing');
    }
  });

  it('leaves a pension agency’s “new message on My pages” and the fund’s own supplement notice from its government domain clean', () => {
    for (const [from, subject, body] of [
      [
        'Pensionsmyndigheten <noreply@pensionsmyndigheten.se>',
        'Du har ett nytt meddelande',
        'Hej,\nDu har fått ett nytt meddelande på Mina sidor. Logga in på pensionsmyndigheten.se med BankID för att läsa det.\nhttps://www.pensionsmyndigheten.se/mina-sidor',
      ],
      [
        'Социальный фонд России <noreply@sfr.gov.ru>',
        'Перерасчёт пенсии',
        'Уважаемая Галина Ивановна!\nВам назначена доплата к пенсии. Выплата будет зачислена на карту, указанную в заявлении. Подробности в личном кабинете:\nhttps://es.sfr.gov.ru/',
      ],
    ]) {
      const r = analyze(mail(from!, subject!, body!));
      expect(payout(r), from).to.equal(undefined);
      expect(r.verdict, from).to.equal('no-red-flags');
    }
  });

  it('only warns on a seller platform’s “add your bank account to receive payouts” with no threat', () => {
    const r = analyze(
      mail(
        'Closetswap <no-reply@closetswap.example>',
        'Prodej dokončen',
        'Hi Anna,\nYour item sold and the buyer paid. You are entitled to a refund of the postage too. To receive your money, enter your bank details in your Closetswap balance:\nhttps://www.closetswap.example/wallet',
      ),
    );
    expect(payout(r)?.status).to.equal('warn');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a notice clean whose own footer says it never asks for bank details so', () => {
    const r = analyze(
      mail(
        'Segurança Social <noreply@seg-social.example>',
        'Reembolso de contribuições',
        'Exmo(a). Senhor(a),\nTem direito a um reembolso de 120,00 €. O valor será pago no IBAN registado; para o confirmar ou alterar, aceda à Segurança Social Direta:\nhttps://app.seg-social.example/\nCaso contrário, o pagamento segue para o IBAN registado. Nunca pedimos dados bancários por email ou SMS.',
      ),
    );
    expect(payout(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves an authenticated government domain’s own refund notice clean', () => {
    const r = analyze(
      mail(
        'HMRC <noreply@tax.service.gov.uk>',
        'Your tax refund',
        'Dear customer,\nYou are eligible to receive a tax refund of £112.00. Sign in to your personal tax account to confirm your bank details, otherwise we will send a cheque:\nhttps://www.tax.service.gov.uk/personal-account',
      ),
    );
    expect(payout(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 26: a marketplace’s own “buyer paid, ship now” in Taiwan', () => {
  it('leaves Shopee Taiwan’s own order mail from mail.shopee.tw clean', () => {
    const r = analyze(
      mail(
        '蝦皮購物 <info@mail.shopee.tw>',
        '您的商品已售出！請於期限內出貨',
        '親愛的賣家您好，\n恭喜！您的商品已售出，買家已完成付款。\n訂單金額：NT$1,200\n請於最晚出貨日前完成出貨。款項將撥入您的蝦皮錢包。\nhttps://shopee.tw/portal/sale/order\n蝦皮購物不會要求您透過外部連結提供銀行帳戶資料。',
      ),
    );
    expect(r.findings.find((f) => f.id === 'sender.lookalike-domain')).to.equal(undefined);
    expect(r.findings.find((f) => f.id === 'content.bec-request')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 26: the gift-card errand of a parish priest or a director, in the Latin languages', () => {
  const bec = (r: Report) => r.findings.find((f) => f.id === 'content.bec-request');

  it('fails the vouchers, the scratched codes and the phone not answered from a free mailbox (likely phishing)', () => {
    for (const [from, body] of [
      [
        'Don Luca Ferri <don.luca.parrocchia@gmail.com>',
        'Cara Anna,\nsei disponibile? Non posso rispondere al telefono, sono in ritiro fino a stasera. Potresti comprare 4 buoni regalo da 50 euro per le famiglie della Caritas? Poi gratta il retro e mandami una foto dei codici.\nDon Luca',
      ],
      [
        'Padre Miguel Ortega <padre.miguel.parroquia@gmail.com>',
        'Hola Carmen,\n¿estás disponible? No puedo contestar el teléfono ahora. Necesito 5 tarjetas de regalo de Google Play para unas familias. Rasca el reverso y mándame una foto de los códigos.\nPadre Miguel',
      ],
      [
        'Pe. João Almeida <pe.joao.paroquia@gmail.com>',
        'Olá Rita,\nestá disponível? Não posso atender o telefone, estou em retiro. Preciso de 3 vales-presente da Amazon para as famílias da paróquia. Raspe o verso e envie-me a foto dos códigos.\nPe. João',
      ],
    ]) {
      const r = analyze(mail(from!, 'Un favore / Un favor', body!));
      expect(bec(r)?.status, from).to.equal('fail');
      expect(r.verdict, from).to.equal('likely-phishing');
    }
  });

  it('leaves a parish’s gift-card drive from gmail and a friend’s “sei disponibile sabato?” without the alarm', () => {
    const drive = analyze(
      mail(
        'Segreteria Parrocchia San Marco <parrocchia.sanmarco@gmail.com>',
        'Raccolta di Natale',
        'Cari parrocchiani,\nquest’anno raccogliamo buoni regalo del supermercato per le famiglie della Caritas. Potete portarli in sacrestia dopo la messa di domenica.\nGrazie!\nLa segreteria',
      ),
    );
    expect(bec(drive)).to.equal(undefined);
    expect(drive.verdict).to.equal('no-red-flags');
    const friend = analyze(
      mail(
        'Giulia Rossi <giulia.rossi84@gmail.com>',
        'Sabato',
        'Ciao Marta,\nsei disponibile sabato per una pizza? Ho finalmente il telefono nuovo, ti mando il numero.\nGiulia',
      ),
    );
    expect(friend.verdict).to.equal('no-red-flags');
  });
});

describe('set 26: the Indonesian task job paid straight to the e-wallet, talk moved to Telegram', () => {
  const job = (r: Report) => r.findings.find((f) => f.id === 'content.job-messenger');

  it('fails the pay straight to the account and the first-task bonus with a t.me link from gmail', () => {
    for (const body of [
      'Halo Kak,\nLowongan paruh waktu: menyukai video dan mengikuti akun toko online. Gaji Rp 200.000 - Rp 900.000 per hari, dibayar langsung ke rekening atau e-wallet.\nHubungi mentor kami: https://t.me/mentor_kerja_online\nRina',
      'Halo Kak,\nTugas mudah dari HP. Bonus untuk tugas pertama hari ini Rp 50.000!\nSilakan chat admin di Telegram: https://t.me/admin_tugas_harian\nRina',
    ]) {
      const r = analyze(mail('Rekrutmen Online <rekrutmen.kerja88@gmail.com>', 'Lowongan kerja paruh waktu', body));
      expect(job(r)?.status, body).to.equal('fail');
      expect(r.verdict, body).to.equal('likely-phishing');
    }
  });

  it('leaves a company’s vacancy with a monthly salary paid to the account and a WhatsApp contact clean', () => {
    const r = analyze(
      mail(
        'HRD PT Sinar Logistik <hrd@sinarlogistik.co.id>',
        'Lowongan Staf Administrasi',
        'Kami membuka lowongan Staf Administrasi di Surabaya. Gaji bulanan Rp 5.500.000, dibayar langsung ke rekening karyawan setiap tanggal 25. Kirim CV ke hrd@sinarlogistik.co.id atau tanya lewat WhatsApp 0812-3456-7890.\nHRD PT Sinar Logistik',
      ),
    );
    expect(job(r)?.status ?? 'none').to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('set 26: the Vietnamese subscriber “standardisation” lure', () => {
  const lure = (r: Report) => r.findings.find((f) => f.id === 'content.lure');
  const SIM =
    'Kính gửi Quý khách,\nThuê bao của Quý khách chưa được chuẩn hóa thông tin theo CCCD gắn chip và sẽ bị khóa 1 chiều từ ngày 15/06, khóa 2 chiều sau 15 ngày.\nVui lòng cập nhật tại: https://bit.ly/chuanhoa-tb\nTrung tâm CSKH';

  it('reads the line to be cut and the standardisation as the lure, likely phishing through a shortener', () => {
    const r = analyze(mail('Tổng đài CSKH <cskh@tb-capnhat.vn>', 'Thông báo khóa thuê bao', SIM));
    expect(lure(r)?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('leaves the operator’s own authenticated reminder linking to its own site clean', () => {
    const r = analyze(
      mail(
        'Viettel <cskh@viettel.com.vn>',
        'Nhắc chuẩn hóa thông tin thuê bao',
        'Kính gửi Quý khách,\nTheo quy định, Quý khách vui lòng chuẩn hóa thông tin thuê bao tại cửa hàng Viettel gần nhất hoặc trên ứng dụng My Viettel: https://viettel.vn/chuan-hoa\nTrân trọng.',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});
