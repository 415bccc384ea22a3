/**
 * Sextortion probes (issue #16 item 11, family d): "I hacked your device and recorded you; pay in Bitcoin within 48
 * hours or the video goes to your contacts", as the FBI IC3, the FTC and each country's police and CERT warnings quote
 * it, told in each language the way the mass mailings localise it. Synthetic; the addresses are BIP 173's and the
 * Bitcoin wiki's examples, not anyone's wallet.
 */
import type { Probe } from './mail';

const BC1 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const LEGACY = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';

export const EXTORTION_PROBES: readonly Probe[] = [
  {
    lang: 'en-US',
    from: 'Anonymous <d.hacker.4471@outlook.com>',
    subject: 'I know your password. Pay attention to this message',
    body: `Hello,\n\nI have hacked your device a few months ago and installed a Trojan on your operating system. While you were watching adult videos, I recorded you through your webcam.\n\nSend $1,450 in Bitcoin to my wallet: ${BC1}\n\nYou have 48 hours. If I don't get the payment, I will send the video to all your contacts. Once paid, I will delete everything.`,
  },
  {
    lang: 'en-GB',
    from: 'Ella Marsh <ella.marsh@halvorsen-eng.com>',
    subject: 'Your account is hacked! Change your password now',
    authenticated: false,
    body: `Hi, I am a programmer and I got into your mailbox - as you can see I sent this from your own address. I've got footage of you pleasuring yourself to some naughty clips. Transfer £1,200 worth of BTC to this address: ${LEGACY}\n\nIf the money is not in my wallet within two days, the recording goes out to every one of your friends and family.`,
  },
  {
    lang: 'en-IN',
    from: 'Security Alert <alert.security.9903@gmail.com>',
    subject: 'Final warning - your private video',
    body: `Dear user,\n\nYour device was infected with my malware while you visited an adult website. The camera was recording you. I have your contact list also.\n\nKindly pay Rs 85,000 (in bitcoin) to this BTC address: ${BC1}\n\nElse I will upload the video and forward it to your family members and colleagues within 50 hours.`,
  },
  {
    lang: 'en-NG',
    from: 'Hacker <hackerteam.2025@yandex.com>',
    subject: "Don't ignore this",
    body: `I have full access to your phone and I captured you with your front camera. Pay 0.05 bitcoin to ${BC1} within 48 hours or I will share the video to your WhatsApp contacts and Facebook friends.`,
  },
  {
    lang: 'en-ZA',
    from: 'Unknown <nobody.knows.me@proton.me>',
    subject: 'Recorded',
    body: `Your computer was compromised. I made a split-screen video of you and what you were watching.\n\nBTC wallet: ${BC1}\nAmount: R 25 000 in Bitcoin.\n\nYou have 48 hours, after that the video goes to all your contacts.`,
  },
  {
    lang: 'en-AU',
    from: 'J <j.m.9920@mail.com>',
    subject: 'Your privacy is at stake',
    body: `I'm aware of your secret. I infected your computer with spyware and I have videos of you. Send A$2,000 in BTC to ${LEGACY} (bitcoin) within 48 hours and I'll erase the files, otherwise everyone in your address book will see them.`,
  },
  {
    lang: 'ja',
    from: 'Hacker <tokumei.hacker2025@outlook.jp>',
    subject: 'あなたのデバイスはハッキングされました',
    body: `こんにちは。\n\n数か月前にあなたのデバイスをハッキングし、マルウェアを仕込みました。アダルトサイトを見ているあなたの姿をカメラで撮影しました。\n\n48時間以内に15万円相当のビットコインを以下のアドレスに送金してください：${BC1}\n\n支払いがなければ、動画をすべての連絡先に送信します。支払い後、動画は削除します。`,
  },
  {
    lang: 'zh-CN',
    from: '匿名 <niming.heike@163.com>',
    subject: '你的设备已被入侵',
    body: `你好，\n\n我已经入侵了你的设备，并通过你的摄像头录下了你观看成人网站的视频。\n\n请在48小时内将价值1500美元的比特币转到这个地址：${BC1}\n\n否则我会把视频发给你所有的联系人。付款后我会删除视频。`,
  },
  {
    lang: 'zh-TW',
    from: '駭客 <hk.anon.2025@gmail.com>',
    subject: '你的裝置已被駭入',
    body: `我已經駭入你的裝置並安裝了木馬程式，透過你的鏡頭錄下了你瀏覽成人網站的影片。\n\n請在48小時內把價值1500美元的比特幣匯到這個錢包：${BC1}\n\n否則我會把影片傳給你所有的聯絡人。收到款項後我會刪除影片。`,
  },
  {
    lang: 'ko',
    from: '익명 <anon.hacker.kr@naver.com>',
    subject: '당신의 기기를 해킹했습니다',
    body: `안녕하세요.\n\n몇 달 전 당신의 기기를 해킹하고 악성코드를 설치했습니다. 성인 사이트를 보는 당신의 모습을 카메라로 녹화했습니다.\n\n48시간 안에 200만원 상당의 비트코인을 다음 주소로 보내세요: ${BC1}\n\n그렇지 않으면 영상을 모든 연락처에 보내겠습니다. 입금 확인 후 영상은 삭제합니다.`,
  },
  {
    lang: 'pt-BR',
    from: 'Hacker <anonimo.hk.br@gmail.com>',
    subject: 'Seu dispositivo foi hackeado',
    body: `Olá,\n\nEu invadi o seu dispositivo e instalei um vírus. Gravei você pela câmera enquanto assistia a sites adultos.\n\nTransfira R$ 5.000 em Bitcoin para a carteira: ${BC1}\n\nVocê tem 48 horas. Caso contrário, enviarei o vídeo para todos os seus contatos. Após o pagamento, apagarei tudo.`,
  },
  {
    lang: 'pt-PT',
    from: 'Anónimo <anonimo.pt.2025@sapo.pt>',
    subject: 'Tenho um vídeo seu',
    body: `Acedi ao seu computador e instalei software malicioso. Filmei-o através da sua câmara enquanto via sites para adultos.\n\nEnvie 1200 € em Bitcoin para este endereço: ${BC1}\n\nTem 48 horas, caso contrário o vídeo será enviado a todos os seus contactos.`,
  },
  {
    lang: 'es-ES',
    from: 'Anónimo <anonimo.es.991@outlook.es>',
    subject: 'Tu dispositivo ha sido hackeado',
    body: `Hola,\n\nHe hackeado tu dispositivo e instalé un troyano. Te he grabado con tu cámara mientras veías páginas para adultos.\n\nEnvía 1.200 € en Bitcoin a esta dirección: ${BC1}\n\nTienes 48 horas. Si no recibo el pago, enviaré el vídeo a todos tus contactos. Después del pago borraré todo.`,
  },
  {
    lang: 'es-MX',
    from: 'Hacker <hacker.mx.anon@hotmail.com>',
    subject: 'Tengo tu video',
    body: `Tengo acceso a tu computadora desde hace meses. Activé tu cámara y grabé videos tuyos mientras veías contenido para adultos.\n\nDeposita el equivalente a $25,000 MXN en Bitcoin a mi billetera: ${BC1}\n\nTienes 48 horas o mandaré el video a tus familiares y amigos.`,
  },
  {
    lang: 'de',
    from: 'Anonym <anonym.de.2025@gmx.net>',
    subject: 'Ich habe Zugriff auf Ihr Gerät',
    body: `Hallo,\n\nich habe Ihr Gerät gehackt und eine Schadsoftware installiert. Über Ihre Webcam habe ich Sie beim Besuch von Erwachsenenseiten gefilmt.\n\nÜberweisen Sie 1.200 € in Bitcoin an diese Adresse: ${BC1}\n\nSie haben 48 Stunden. Andernfalls schicke ich das Video an alle Ihre Kontakte. Nach der Zahlung lösche ich alles.`,
  },
  {
    lang: 'fr',
    from: 'Anonyme <anonyme.fr.2025@laposte.net>',
    subject: 'Votre appareil a été piraté',
    body: `Bonjour,\n\nJ'ai piraté votre appareil et installé un logiciel espion. Je vous ai filmé via votre webcam pendant que vous regardiez des sites pour adultes.\n\nEnvoyez 1 200 € en Bitcoin à cette adresse : ${BC1}\n\nVous avez 48 heures. Sinon, la vidéo sera envoyée à tous vos contacts. Après le paiement, je supprimerai tout.`,
  },
  {
    lang: 'it',
    from: 'Anonimo <anonimo.it.2025@libero.it>',
    subject: 'Il tuo dispositivo è stato violato',
    body: `Ciao,\n\nho violato il tuo dispositivo e installato un trojan. Ti ho registrato con la tua webcam mentre guardavi siti per adulti.\n\nInvia 1.200 € in Bitcoin a questo indirizzo: ${BC1}\n\nHai 48 ore. Altrimenti invierò il video a tutti i tuoi contatti. Dopo il pagamento cancellerò tutto.`,
  },
  {
    lang: 'nl',
    from: 'Anoniem <anoniem.nl.2025@outlook.com>',
    subject: 'Ik heb toegang tot je apparaat',
    body: `Hallo,\n\nIk heb je apparaat gehackt en malware geïnstalleerd. Via je webcam heb ik je opgenomen terwijl je volwassenensites bekeek.\n\nMaak € 1.200 in Bitcoin over naar dit adres: ${BC1}\n\nJe hebt 48 uur. Anders stuur ik de video naar al je contacten. Na betaling verwijder ik alles.`,
  },
  {
    lang: 'pl',
    from: 'Anonim <anonim.pl.2025@wp.pl>',
    subject: 'Twoje urządzenie zostało zhakowane',
    body: `Witaj,\n\nZhakowałem Twoje urządzenie i zainstalowałem złośliwe oprogramowanie. Nagrałem Cię kamerą internetową podczas oglądania stron dla dorosłych.\n\nPrzelej równowartość 5000 zł w Bitcoin na ten adres: ${BC1}\n\nMasz 48 godzin. W przeciwnym razie wyślę nagranie wszystkim Twoim kontaktom. Po wpłacie wszystko usunę.`,
  },
  {
    lang: 'cs',
    from: 'Anonym <anonym.cz.2025@seznam.cz>',
    subject: 'Vaše zařízení bylo hacknuto',
    body: `Dobrý den,\n\nhacknul jsem vaše zařízení a nainstaloval malware. Přes webkameru jsem vás natočil při sledování stránek pro dospělé.\n\nPošlete 30 000 Kč v bitcoinech na tuto adresu: ${BC1}\n\nMáte 48 hodin. Jinak video pošlu všem vašim kontaktům. Po zaplacení vše smažu.`,
  },
  {
    lang: 'tr',
    from: 'Anonim <anonim.tr.2025@gmail.com>',
    subject: 'Cihazınız hacklendi',
    body: `Merhaba,\n\nCihazınızı hackledim ve bir truva atı yükledim. Yetişkin sitelerini izlerken sizi kameranızla kaydettim.\n\n48 saat içinde 1.200 dolar değerinde Bitcoin'i bu adrese gönderin: ${BC1}\n\nAksi takdirde videoyu tüm kişilerinize göndereceğim. Ödemeden sonra her şeyi sileceğim.`,
  },
  {
    lang: 'ar',
    from: 'مجهول <majhool.hacker@gmail.com>',
    subject: 'تم اختراق جهازك',
    body: `مرحباً،\n\nلقد اخترقت جهازك وقمت بتثبيت برنامج خبيث. قمت بتسجيلك عبر الكاميرا أثناء تصفحك لمواقع إباحية.\n\nأرسل ما قيمته 1200 دولار بالبيتكوين إلى هذا العنوان: ${BC1}\n\nأمامك 48 ساعة، وإلا سأرسل الفيديو إلى جميع جهات اتصالك. بعد الدفع سأحذف كل شيء.`,
  },
  {
    lang: 'ru',
    from: 'Аноним <anonim.ru.2025@mail.ru>',
    subject: 'Ваше устройство взломано',
    body: `Здравствуйте!\n\nЯ взломал ваше устройство и установил вредоносную программу. Я записал вас через веб-камеру, пока вы смотрели сайты для взрослых.\n\nПереведите 1200 долларов в биткоинах на этот адрес: ${BC1}\n\nУ вас есть 48 часов. Иначе я отправлю видео всем вашим контактам. После оплаты я всё удалю.`,
  },
  {
    lang: 'uk',
    from: 'Анонім <anonim.ua.2025@ukr.net>',
    subject: 'Ваш пристрій зламано',
    body: `Вітаю!\n\nЯ зламав ваш пристрій і встановив шкідливу програму. Я записав вас через веб-камеру, коли ви дивилися сайти для дорослих.\n\nПереказуйте 1200 доларів у біткоїнах на цю адресу: ${BC1}\n\nУ вас є 48 годин. Інакше я надішлю відео всім вашим контактам. Після оплати я все видалю.`,
  },
  {
    lang: 'vi',
    from: 'Hacker <hacker.vn.2025@gmail.com>',
    subject: 'Thiết bị của bạn đã bị hack',
    body: `Xin chào,\n\nTôi đã hack thiết bị của bạn và cài phần mềm độc hại. Tôi đã quay video bạn qua webcam khi bạn xem các trang web người lớn.\n\nHãy chuyển 1.200 USD bằng Bitcoin vào địa chỉ ví này: ${BC1}\n\nBạn có 48 giờ. Nếu không, tôi sẽ gửi video cho tất cả danh bạ của bạn. Sau khi thanh toán, tôi sẽ xóa mọi thứ.`,
  },
  {
    lang: 'th',
    from: 'แฮกเกอร์ <hacker.th.2025@gmail.com>',
    subject: 'อุปกรณ์ของคุณถูกแฮก',
    body: `สวัสดี\n\nฉันแฮกอุปกรณ์ของคุณและติดตั้งมัลแวร์ ฉันบันทึกวิดีโอคุณผ่านกล้องเว็บแคมขณะที่คุณดูเว็บไซต์ผู้ใหญ่\n\nโอนเงิน 40,000 บาทเป็นบิตคอยน์ไปที่ที่อยู่นี้: ${BC1}\n\nคุณมีเวลา 48 ชั่วโมง มิฉะนั้นฉันจะส่งวิดีโอให้ทุกคนในรายชื่อติดต่อของคุณ หลังจากชำระเงินฉันจะลบทุกอย่าง`,
  },
  {
    lang: 'id',
    from: 'Anonim <anonim.id.2025@gmail.com>',
    subject: 'Perangkat Anda telah diretas',
    body: `Halo,\n\nSaya telah meretas perangkat Anda dan memasang malware. Saya merekam Anda melalui webcam saat Anda menonton situs dewasa.\n\nKirim Bitcoin senilai Rp 15.000.000 ke alamat ini: ${BC1}\n\nAnda punya waktu 48 jam. Jika tidak, saya akan mengirim video ke semua kontak Anda. Setelah pembayaran, saya akan menghapus semuanya.`,
  },
  {
    lang: 'hi',
    from: 'हैकर <hacker.in.2025@gmail.com>',
    subject: 'आपका डिवाइस हैक हो गया है',
    body: `नमस्ते,\n\nमैंने आपका डिवाइस हैक कर लिया है और मालवेयर इंस्टॉल किया है। जब आप एडल्ट वेबसाइट देख रहे थे, मैंने आपके वेबकैम से आपका वीडियो रिकॉर्ड किया।\n\n48 घंटे के अंदर ₹1,00,000 के बिटकॉइन इस पते पर भेजें: ${BC1}\n\nवरना मैं वीडियो आपके सभी संपर्कों को भेज दूंगा। भुगतान के बाद मैं सब कुछ डिलीट कर दूंगा।`,
  },
  {
    lang: 'el',
    from: 'Ανώνυμος <anonymos.gr.2025@gmail.com>',
    subject: 'Η συσκευή σας έχει παραβιαστεί',
    body: `Γεια σας,\n\nΠαραβίασα τη συσκευή σας και εγκατέστησα κακόβουλο λογισμικό. Σας κατέγραψα μέσω της κάμερας ενώ βλέπατε ιστοσελίδες ενηλίκων.\n\nΣτείλτε 1.200 € σε Bitcoin σε αυτή τη διεύθυνση: ${BC1}\n\nΈχετε 48 ώρες. Διαφορετικά θα στείλω το βίντεο σε όλες τις επαφές σας. Μετά την πληρωμή θα διαγράψω τα πάντα.`,
  },
  {
    lang: 'ro',
    from: 'Anonim <anonim.ro.2025@yahoo.com>',
    subject: 'Dispozitivul tău a fost spart',
    body: `Salut,\n\nAm spart dispozitivul tău și am instalat un program malițios. Te-am înregistrat prin camera web în timp ce vizionai site-uri pentru adulți.\n\nTrimite 1.200 € în Bitcoin la această adresă: ${BC1}\n\nAi 48 de ore. Altfel voi trimite videoclipul tuturor contactelor tale. După plată voi șterge totul.`,
  },
  {
    lang: 'hu',
    from: 'Névtelen <nevtelen.hu.2025@freemail.hu>',
    subject: 'Az eszközét feltörtem',
    body: `Üdv!\n\nFeltörtem az eszközét és kártevőt telepítettem rá. A webkamerán keresztül felvettem, miközben felnőtt oldalakat nézett.\n\nKüldjön 400 000 Ft értékű Bitcoint erre a címre: ${BC1}\n\n48 órája van. Ellenkező esetben elküldöm a videót az összes ismerősének. A fizetés után mindent törlök.`,
  },
  {
    lang: 'sv',
    from: 'Anonym <anonym.se.2025@outlook.com>',
    subject: 'Din enhet har hackats',
    body: `Hej,\n\nJag har hackat din enhet och installerat skadlig kod. Jag spelade in dig via din webbkamera medan du tittade på vuxensidor.\n\nSkicka 12 000 kr i Bitcoin till den här adressen: ${BC1}\n\nDu har 48 timmar. Annars skickar jag videon till alla dina kontakter. Efter betalningen raderar jag allt.`,
  },
  {
    lang: 'da',
    from: 'Anonym <anonym.dk.2025@gmail.com>',
    subject: 'Din enhed er blevet hacket',
    body: `Hej,\n\nJeg har hacket din enhed og installeret malware. Jeg optog dig via dit webcam, mens du så voksensider.\n\nSend 8.000 kr. i Bitcoin til denne adresse: ${BC1}\n\nDu har 48 timer. Ellers sender jeg videoen til alle dine kontakter. Efter betalingen sletter jeg alt.`,
  },
  {
    lang: 'no',
    from: 'Anonym <anonym.no.2025@outlook.com>',
    subject: 'Enheten din er hacket',
    body: `Hei,\n\nJeg har hacket enheten din og installert skadevare. Jeg tok opp video av deg via webkameraet mens du så på voksennettsteder.\n\nSend 12 000 kr i Bitcoin til denne adressen: ${BC1}\n\nDu har 48 timer. Ellers sender jeg videoen til alle kontaktene dine. Etter betaling sletter jeg alt.`,
  },
  {
    lang: 'fi',
    from: 'Nimetön <nimeton.fi.2025@gmail.com>',
    subject: 'Laitteesi on hakkeroitu',
    body: `Hei,\n\nOlen hakkeroinut laitteesi ja asentanut haittaohjelman. Nauhoitin sinut web-kamerasi kautta, kun katsoit aikuisviihdesivustoja.\n\nLähetä 1 200 € Bitcoineina tähän osoitteeseen: ${BC1}\n\nSinulla on 48 tuntia. Muuten lähetän videon kaikille yhteystiedoillesi. Maksun jälkeen poistan kaiken.`,
  },
  {
    lang: 'he',
    from: 'אנונימי <anonymous.il.2025@gmail.com>',
    subject: 'המכשיר שלך נפרץ',
    body: `שלום,\n\nפרצתי למכשיר שלך והתקנתי תוכנה זדונית. צילמתי אותך דרך מצלמת הרשת בזמן שצפית באתרים למבוגרים.\n\nשלח 4,000 ש"ח בביטקוין לכתובת הזו: ${BC1}\n\nיש לך 48 שעות. אחרת אשלח את הסרטון לכל אנשי הקשר שלך. לאחר התשלום אמחק הכל.`,
  },
];
