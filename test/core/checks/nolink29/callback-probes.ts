/**
 * Callback phishing probes (issue #16 item 11, family e): a renewal or a charge "already processed" under a brand
 * (Norton, McAfee, Geek Squad, PayPal, Amazon, an antivirus), no link, and a phone number to call to cancel — the
 * BazarCall/TOAD script as the FTC, Malwarebytes and Sophos quote it, told in each language the way the kits localise
 * it. Synthetic; the numbers are fictional.
 */
import type { Probe } from './mail';

export const CALLBACK_PROBES: readonly Probe[] = [
  {
    lang: 'en-US',
    from: 'Geek Squad <geeksquad.billing.dept@gmail.com>',
    subject: 'Invoice #GS-88231 - Auto Renewal Successful',
    body: 'Dear Customer,\n\nThank you for renewing your Geek Squad Total Protection plan. Your membership has been renewed for 3 years and $489.99 will be deducted from your account within 24 hours.\n\nIf you wish to cancel and get a refund, please call our billing department at +1 (808) 555-0173.\n\nGeek Squad Billing Team',
  },
  {
    lang: 'en-GB',
    from: 'McAfee Security <mcafee.renew.uk@outlook.com>',
    subject: 'Your McAfee subscription has been renewed',
    body: 'Hello,\n\nYour McAfee LiveSafe subscription was renewed today and £299.99 has been taken from your card ending 4410.\n\nNot you? Ring our support team on 020 3856 4127 within 48 hours to stop the payment.\n\nKind regards,\nMcAfee Accounts',
  },
  {
    lang: 'en-IN',
    from: 'Norton LifeLock <nortonteam.care@gmail.com>',
    subject: 'Payment confirmation for Norton 360 Deluxe',
    body: 'Dear Sir/Madam,\n\nWe have received your payment of Rs 24,999.00 for Norton 360 Deluxe (5 devices, 3 years). The amount will reflect in your bank statement within 24 hours.\n\nIf you have not placed this order kindly contact our helpline +91 80470 91264 for cancellation and refund.\n\nRegards,\nNorton Billing Desk',
  },
  {
    lang: 'en-NG',
    from: 'PayPal Service <service.paypal.ng@yahoo.com>',
    subject: 'Transaction alert: $749.00 sent to Coinbase',
    body: 'Dear Customer,\n\nA payment of $749.00 USD was made from your PayPal account to Coinbase Inc for Bitcoin purchase.\n\nIf you did not authorise this transaction, call PayPal support immediately on +1 808 555 0138 to reverse it.\n\nThank you.',
  },
  {
    lang: 'en-ZA',
    from: 'Norton Antivirus <norton.renewals.za@outlook.com>',
    subject: 'Order confirmation: Norton Internet Security',
    body: 'Good day,\n\nYour order NR-55201 for Norton Internet Security (R 6 499,00) has been processed and your card will be debited today.\n\nTo cancel this order please phone 010 500 3821 before 17:00.\n\nNorton Customer Care',
  },
  {
    lang: 'en-AU',
    from: 'Amazon Prime <amazon.primeau.billing@gmail.com>',
    subject: 'Amazon Prime membership renewed - A$399.00',
    body: 'Hi,\n\nYour Amazon Prime annual membership has auto-renewed. A$399.00 was charged to your Visa today.\n\nIf this was not you, call us on 1800 952 317 for an immediate refund.\n\nAmazon Support',
  },
  {
    lang: 'ja',
    from: 'ノートン サポート <norton.support.jp@gmail.com>',
    subject: '【重要】ノートン360 自動更新完了のお知らせ',
    body: 'お客様\n\nノートン360デラックスの自動更新が完了しました。ご請求金額 49,800円 は本日お客様のクレジットカードから引き落とされます。\n\n更新をキャンセルされる場合は、24時間以内に 050-5865-3021 までお電話ください。\n\nノートン カスタマーサポート',
  },
  {
    lang: 'zh-CN',
    from: '迈克菲 McAfee <mcafee.cn.billing@163.com>',
    subject: '您的迈克菲订阅已自动续费',
    body: '尊敬的用户：\n\n您的迈克菲全方位保护订阅已自动续费，人民币 2,899.00 元已从您的银行卡扣除。\n\n如非本人操作，请在24小时内拨打客服热线 400-820-3716 申请取消并退款。\n\n迈克菲客服中心',
  },
  {
    lang: 'zh-TW',
    from: 'PayPal 客服 <paypal.tw.service@gmail.com>',
    subject: '付款收據：NT$15,990 已從您的帳戶扣款',
    body: '親愛的客戶您好：\n\n您的訂單已完成付款，NT$15,990 已從您的 PayPal 帳戶扣款，用於購買 Norton 360 三年方案。\n\n若此筆交易非本人所為，請立即撥打客服專線 02-2719-5583 申請取消與退款。\n\nPayPal 客服團隊',
  },
  {
    lang: 'ko',
    from: '노턴 고객센터 <norton.kr.center@naver.com>',
    subject: '[노턴] 자동 갱신 결제 완료 안내',
    body: '고객님 안녕하세요.\n\n노턴 360 디럭스 3년 이용권이 자동 갱신되어 459,000원이 결제되었습니다.\n\n본인이 결제하지 않으셨다면 고객센터 02-3471-5528로 전화하여 취소 및 환불을 요청하세요.\n\n노턴 고객지원팀',
  },
  {
    lang: 'pt-BR',
    from: 'Norton Brasil <norton.renovacao.br@gmail.com>',
    subject: 'Sua assinatura Norton 360 foi renovada',
    body: 'Prezado cliente,\n\nSua assinatura Norton 360 foi renovada automaticamente e o valor de R$ 1.459,90 será cobrado no seu cartão de crédito hoje.\n\nCaso não reconheça esta compra, ligue para nossa central 0800 591 2274 para cancelar e receber o estorno.\n\nEquipe Norton',
  },
  {
    lang: 'pt-PT',
    from: 'McAfee Portugal <mcafee.faturacao.pt@outlook.com>',
    subject: 'Fatura: renovação da subscrição McAfee Total Protection',
    body: 'Caro cliente,\n\nA sua subscrição McAfee Total Protection foi renovada e o montante de 389,99 € foi debitado no seu cartão.\n\nSe não autorizou este pagamento, contacte o nosso apoio pelo 210 928 473 para anular a renovação.\n\nCumprimentos,\nMcAfee',
  },
  {
    lang: 'es-ES',
    from: 'Norton España <norton.facturacion.es@gmail.com>',
    subject: 'Confirmación de renovación de su suscripción Norton',
    body: 'Estimado cliente:\n\nSu suscripción a Norton 360 Premium se ha renovado automáticamente. Se le cargarán 399,99 € en su tarjeta en las próximas 24 horas.\n\nSi no ha autorizado esta renovación, llame a nuestro servicio de atención al 911 23 48 57 para cancelarla.\n\nAtentamente,\nEquipo Norton',
  },
  {
    lang: 'es-MX',
    from: 'Geek Squad Soporte <geeksquad.mx.soporte@hotmail.com>',
    subject: 'Tu membresía Geek Squad se renovó',
    body: 'Hola,\n\nTu membresía Geek Squad Protección Total se renovó por 2 años. El cargo de $8,499.00 MXN aparecerá en tu estado de cuenta.\n\nSi no reconoces este cargo comunícate al 55 4162 8397 para solicitar la cancelación y el reembolso.\n\nGeek Squad',
  },
  {
    lang: 'de',
    from: 'Norton Kundenservice <norton.abo.de@gmx.de>',
    subject: 'Ihre Norton-Verlängerung wurde bestätigt',
    body: 'Sehr geehrter Kunde,\n\nIhr Norton 360 Abonnement wurde automatisch verlängert. Der Betrag von 349,99 EUR wird innerhalb von 24 Stunden von Ihrem Konto abgebucht.\n\nWenn Sie diese Verlängerung nicht veranlasst haben, rufen Sie uns unter +49 30 5683 2914 an, um sie zu stornieren.\n\nMit freundlichen Grüßen\nNorton Abrechnung',
  },
  {
    lang: 'fr',
    from: 'McAfee France <mcafee.facturation.fr@gmail.com>',
    subject: 'Votre abonnement McAfee a été renouvelé',
    body: 'Cher client,\n\nVotre abonnement McAfee Total Protection a été renouvelé automatiquement. Un montant de 299,99 € sera prélevé sur votre compte sous 24 heures.\n\nSi vous n’êtes pas à l’origine de ce renouvellement, appelez notre service client au 01 84 88 37 52 pour l’annuler.\n\nCordialement,\nL’équipe McAfee',
  },
  {
    lang: 'it',
    from: 'Norton Italia <norton.rinnovi.it@libero.it>',
    subject: 'Conferma rinnovo abbonamento Norton 360',
    body: 'Gentile cliente,\n\nil suo abbonamento Norton 360 è stato rinnovato automaticamente. L’importo di 349,99 € verrà addebitato sulla sua carta entro 24 ore.\n\nSe non ha richiesto questo rinnovo, chiami il nostro servizio clienti al numero 02 8736 4521 per annullarlo.\n\nCordiali saluti,\nNorton',
  },
  {
    lang: 'nl',
    from: 'Norton Klantenservice <norton.verlenging.nl@outlook.com>',
    subject: 'Uw Norton-abonnement is verlengd',
    body: 'Beste klant,\n\nUw Norton 360-abonnement is automatisch verlengd. Het bedrag van € 349,99 wordt binnen 24 uur van uw rekening afgeschreven.\n\nHeeft u dit niet aangevraagd? Bel dan onze klantenservice op 020 808 4173 om de verlenging te annuleren.\n\nMet vriendelijke groet,\nNorton',
  },
  {
    lang: 'pl',
    from: 'Norton Polska <norton.odnowienie.pl@wp.pl>',
    subject: 'Potwierdzenie odnowienia subskrypcji Norton 360',
    body: 'Szanowny Kliencie,\n\nTwoja subskrypcja Norton 360 została automatycznie odnowiona. Kwota 1 299,00 zł zostanie pobrana z Twojej karty w ciągu 24 godzin.\n\nJeśli nie zamawiałeś tej usługi, zadzwoń pod numer +48 22 307 18 45, aby anulować subskrypcję i otrzymać zwrot.\n\nZespół Norton',
  },
  {
    lang: 'cs',
    from: 'Norton Podpora <norton.obnova.cz@seznam.cz>',
    subject: 'Vaše předplatné Norton 360 bylo obnoveno',
    body: 'Vážený zákazníku,\n\nvaše předplatné Norton 360 bylo automaticky obnoveno. Částka 8 499 Kč bude stržena z vaší karty do 24 hodin.\n\nPokud jste tuto platbu neprovedli, zavolejte na naši linku +420 228 881 574 a platbu zrušte.\n\nTým Norton',
  },
  {
    lang: 'tr',
    from: 'Norton Destek <norton.yenileme.tr@gmail.com>',
    subject: 'Norton 360 aboneliğiniz yenilendi',
    body: 'Sayın Müşterimiz,\n\nNorton 360 aboneliğiniz otomatik olarak yenilenmiştir. 4.899,00 TL tutarındaki ödeme kartınızdan 24 saat içinde tahsil edilecektir.\n\nBu işlemi siz yapmadıysanız iptal ve iade için 0850 390 72 61 numaralı müşteri hizmetlerimizi arayın.\n\nNorton Ekibi',
  },
  {
    lang: 'ar',
    from: 'دعم نورتون <norton.support.ar@gmail.com>',
    subject: 'تم تجديد اشتراكك في نورتون 360',
    body: 'عزيزي العميل،\n\nتم تجديد اشتراكك في نورتون 360 تلقائياً وسيتم خصم مبلغ 1,499 ريال من بطاقتك خلال 24 ساعة.\n\nإذا لم تقم بهذه العملية، يرجى الاتصال بخدمة العملاء على الرقم +966 11 520 4387 لإلغاء الاشتراك واسترداد المبلغ.\n\nفريق نورتون',
  },
  {
    lang: 'ru',
    from: 'Служба поддержки Norton <norton.prodlenie@mail.ru>',
    subject: 'Ваша подписка Norton 360 продлена',
    body: 'Уважаемый клиент!\n\nВаша подписка Norton 360 была автоматически продлена. С вашей карты будет списано 12 990 руб. в течение 24 часов.\n\nЕсли вы не совершали эту покупку, позвоните в нашу службу поддержки по номеру +7 495 268 41 37, чтобы отменить подписку и вернуть деньги.\n\nКоманда Norton',
  },
  {
    lang: 'uk',
    from: 'Підтримка Norton <norton.ua.oplata@ukr.net>',
    subject: 'Вашу підписку Norton 360 продовжено',
    body: 'Шановний клієнте!\n\nВашу підписку Norton 360 автоматично продовжено. З вашої картки буде списано 4 899 грн протягом 24 годин.\n\nЯкщо ви не здійснювали цю оплату, зателефонуйте до служби підтримки за номером +380 44 392 17 58, щоб скасувати підписку.\n\nКоманда Norton',
  },
  {
    lang: 'vi',
    from: 'Norton Việt Nam <norton.giahan.vn@gmail.com>',
    subject: 'Gói Norton 360 của bạn đã được gia hạn',
    body: 'Kính gửi Quý khách,\n\nGói Norton 360 của Quý khách đã được tự động gia hạn. Số tiền 3.499.000 VNĐ sẽ được trừ vào thẻ của Quý khách trong 24 giờ.\n\nNếu Quý khách không thực hiện giao dịch này, vui lòng gọi tổng đài 028 7300 4821 để hủy và được hoàn tiền.\n\nĐội ngũ Norton',
  },
  {
    lang: 'th',
    from: 'ฝ่ายบริการลูกค้า Norton <norton.th.billing@gmail.com>',
    subject: 'การต่ออายุ Norton 360 ของคุณเสร็จสมบูรณ์',
    body: 'เรียน ลูกค้า\n\nการสมัครสมาชิก Norton 360 ของคุณได้รับการต่ออายุอัตโนมัติแล้ว ระบบจะหักเงิน 4,990 บาท จากบัตรของคุณภายใน 24 ชั่วโมง\n\nหากคุณไม่ได้ทำรายการนี้ โปรดโทรหาเราที่ 02 026 3741 เพื่อยกเลิกและขอคืนเงิน\n\nทีมงาน Norton',
  },
  {
    lang: 'id',
    from: 'Norton Indonesia <norton.perpanjangan@gmail.com>',
    subject: 'Langganan Norton 360 Anda telah diperpanjang',
    body: 'Pelanggan yang terhormat,\n\nLangganan Norton 360 Anda telah diperpanjang secara otomatis. Dana sebesar Rp 2.499.000 akan ditagihkan ke kartu Anda dalam 24 jam.\n\nJika Anda tidak melakukan transaksi ini, segera hubungi layanan pelanggan kami di 021 5086 3927 untuk membatalkan dan meminta pengembalian dana.\n\nTim Norton',
  },
  {
    lang: 'hi',
    from: 'नॉर्टन सहायता <norton.india.help@gmail.com>',
    subject: 'आपकी नॉर्टन 360 सदस्यता का नवीनीकरण हो गया है',
    body: 'प्रिय ग्राहक,\n\nआपकी नॉर्टन 360 सदस्यता स्वतः नवीनीकृत हो गई है और आपके खाते से ₹24,999 काट लिए जाएंगे।\n\nयदि आपने यह लेनदेन नहीं किया है, तो रद्द करने और धनवापसी के लिए हमारे हेल्पलाइन नंबर +91 80471 35962 पर कॉल करें।\n\nनॉर्टन बिलिंग टीम',
  },
  {
    lang: 'el',
    from: 'Norton Ελλάδα <norton.ananeosi.gr@gmail.com>',
    subject: 'Η συνδρομή σας Norton 360 ανανεώθηκε',
    body: 'Αγαπητέ πελάτη,\n\nΗ συνδρομή σας Norton 360 ανανεώθηκε αυτόματα και το ποσό των 349,99 € θα χρεωθεί στην κάρτα σας εντός 24 ωρών.\n\nΑν δεν πραγματοποιήσατε εσείς αυτή τη συναλλαγή, καλέστε την εξυπηρέτηση πελατών στο 211 198 4732 για ακύρωση και επιστροφή χρημάτων.\n\nΗ ομάδα Norton',
  },
  {
    lang: 'ro',
    from: 'Norton Romania <norton.reinnoire.ro@yahoo.com>',
    subject: 'Abonamentul dumneavoastră Norton 360 a fost reînnoit',
    body: 'Stimate client,\n\nAbonamentul dumneavoastră Norton 360 a fost reînnoit automat. Suma de 1.499,00 RON va fi debitată de pe card în 24 de ore.\n\nDacă nu ați autorizat această plată, sunați la +40 31 229 47 18 pentru anulare și rambursare.\n\nEchipa Norton',
  },
  {
    lang: 'hu',
    from: 'Norton Ügyfélszolgálat <norton.megujitas@freemail.hu>',
    subject: 'Norton 360 előfizetése megújult',
    body: 'Tisztelt Ügyfelünk!\n\nNorton 360 előfizetése automatikusan megújult. A kártyáján 139 990 Ft terhelés jelenik meg 24 órán belül.\n\nHa nem Ön kezdeményezte, hívja ügyfélszolgálatunkat a +36 1 999 4872 számon a lemondáshoz.\n\nNorton csapat',
  },
  {
    lang: 'sv',
    from: 'Norton Kundtjänst <norton.fornyelse.se@outlook.com>',
    subject: 'Din Norton 360-prenumeration har förnyats',
    body: 'Hej,\n\nDin Norton 360-prenumeration har förnyats automatiskt. Beloppet 3 499 kr kommer att dras från ditt kort inom 24 timmar.\n\nOm du inte har godkänt detta köp, ring vår kundtjänst på 08 502 284 17 för att avbryta och få återbetalning.\n\nNorton-teamet',
  },
  {
    lang: 'da',
    from: 'Norton Kundeservice <norton.fornyelse.dk@gmail.com>',
    subject: 'Dit Norton 360-abonnement er blevet fornyet',
    body: 'Kære kunde,\n\nDit Norton 360-abonnement er automatisk blevet fornyet. Beløbet 2.499,00 kr. vil blive trukket fra dit kort inden for 24 timer.\n\nHvis du ikke har godkendt dette køb, så ring til vores kundeservice på +45 78 74 21 63 for at annullere og få refusion.\n\nNorton-teamet',
  },
  {
    lang: 'no',
    from: 'Norton Kundeservice <norton.fornyelse.no@outlook.com>',
    subject: 'Ditt Norton 360-abonnement er fornyet',
    body: 'Hei,\n\nDitt Norton 360-abonnement er automatisk fornyet. Beløpet 3 499 kr vil bli trukket fra kortet ditt innen 24 timer.\n\nHvis du ikke har godkjent dette kjøpet, ring kundeservice på +47 21 93 58 40 for å kansellere og få refusjon.\n\nNorton-teamet',
  },
  {
    lang: 'fi',
    from: 'Norton Asiakaspalvelu <norton.uusinta.fi@gmail.com>',
    subject: 'Norton 360 -tilauksesi on uusittu',
    body: 'Hyvä asiakas,\n\nNorton 360 -tilauksesi on uusittu automaattisesti. Kortiltasi veloitetaan 349,99 € 24 tunnin kuluessa.\n\nJos et tehnyt tätä tilausta, soita asiakaspalveluumme numeroon 09 4245 7318 peruuttaaksesi tilauksen ja saadaksesi hyvityksen.\n\nNorton-tiimi',
  },
  {
    lang: 'he',
    from: 'שירות לקוחות נורטון <norton.il.billing@gmail.com>',
    subject: 'המנוי שלך לנורטון 360 חודש',
    body: 'לקוח יקר,\n\nהמנוי שלך לנורטון 360 חודש באופן אוטומטי וסך של 1,299 ש"ח יחויב בכרטיס האשראי שלך תוך 24 שעות.\n\nאם לא ביצעת פעולה זו, התקשר למוקד שירות הלקוחות במספר 03-763-4921 לביטול וקבלת החזר.\n\nצוות נורטון',
  },
];
