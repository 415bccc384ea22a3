/**
 * Advance-fee probes (issue #16 item 6, family c): an inheritance, a compensation fund, a lottery win, a dormant
 * account or a business proposal, a large sum, and a reply wanted at a mailbox nobody answers for — the 419 script
 * as the FBI, the FTC, Action Fraud, the German Verbraucherzentrale and each country's police quote it, told the way it
 * is sent in each language. Synthetic.
 */
import type { Probe } from './mail';

export const ADVANCE_FEE_PROBES: readonly Probe[] = [
  {
    lang: 'en-US',
    from: 'UN Compensation Office <info@uncompensation-desk.org>',
    replyTo: 'claims.officer.un@gmail.com',
    authenticated: false,
    subject: 'Compensation payment notification',
    body: 'Attention Beneficiary,\n\nYou have been selected among the scam victims to receive a compensation payment of US$1,500,000.00 from the United Nations. Contact our claims officer with your full name, address and phone number for the release of your fund.\n\nMrs. Helen Carter',
  },
  {
    lang: 'en-GB',
    from: 'Barrister James Whitmore <j.whitmore.chambers@outlook.com>',
    subject: 'Private and confidential',
    body: 'Dear Friend,\n\nI am the personal attorney to the late Mr. Robert Marsh, who died with his family in a car accident, leaving a deposit of £7,500,000 with a bank here. You share the same surname, so I want to present you as the next of kin. Kindly reply with your full names and direct telephone number.\n\nBarrister James Whitmore',
  },
  {
    lang: 'en-IN',
    from: 'RBI Foreign Remittance <rbi.remittance.dept@gmail.com>',
    subject: 'Your pending fund of $2.5 million',
    body: 'Dear Beneficiary,\n\nThe Reserve Bank has approved the transfer of your pending fund of USD 2,500,000. To complete the transfer you are required to send your full name, occupation and a copy of your ID.\n\nRegards,\nDr. Shaktikanta Rao',
  },
  {
    lang: 'en-NG',
    from: 'Mr. Ibrahim Musa <ibrahim.musa.bank@yahoo.com>',
    subject: 'Business proposal',
    body: 'Dear Friend,\n\nI am a bank manager here in Lagos. I discovered a dormant account of US$12.5 million belonging to a foreign customer who died without a next of kin. I want you to stand as the beneficiary so the funds can be released to you; we share 50/50. This is strictly confidential.\n\nIbrahim Musa',
  },
  {
    lang: 'en-ZA',
    from: 'Standard Lotto Claims <claims@sa-lotto-winners.co.za>',
    replyTo: 'lotto.claims.sa@outlook.com',
    authenticated: false,
    subject: 'You have won R 2,500,000',
    body: 'Dear Winner,\n\nYour email address has won R 2,500,000.00 in our international email draw. Contact our claims agent with your winning number and full name to claim your prize.\n\nClaims Department',
  },
  {
    lang: 'en-AU',
    from: 'Mavis Wanczyk <mavis.donation2025@gmail.com>',
    subject: 'Donation to you',
    body: 'Hello,\n\nI am Mavis Wanczyk, the Powerball jackpot winner of $758.7 million. I am donating $2,000,000 to five random individuals and your email was selected. Reply for more details.\n\nMavis',
  },
  {
    lang: 'ja',
    from: '国際弁護士 ジョン・スミス <john.smith.law.jp@gmail.com>',
    subject: '遺産相続のご連絡',
    body: 'はじめまして。\n\n私は弁護士のジョン・スミスです。故人となった私の顧客が、相続人のいないまま850万ドルの遺産を残しました。同じ姓のあなたを受取人として申請したいと考えています。この件は極秘でお願いします。お名前、住所、電話番号をご返信ください。',
  },
  {
    lang: 'zh-CN',
    from: '陈律师 <chen.lawyer.hk@163.com>',
    subject: '遗产继承事宜',
    body: '您好，\n\n我是香港的陈律师。我的一位已故客户留下了一笔850万美元的遗产，没有继承人。我希望您作为受益人申请这笔资金，我们平分。此事绝对保密，请回复您的全名和电话。\n\n陈律师',
  },
  {
    lang: 'zh-TW',
    from: '張律師 <chang.lawyer.tw@gmail.com>',
    subject: '遺產繼承通知',
    body: '您好，\n\n我是張律師。我的一位已故客戶在銀行留下了850萬美元的存款，沒有任何繼承人。我希望將您登記為受益人，資金轉到您的帳戶後我們平分。此事請務必保密，請回覆您的全名與電話。\n\n張律師',
  },
  {
    lang: 'ko',
    from: '변호사 존 스미스 <john.smith.lawfirm@naver.com>',
    subject: '유산 상속 관련 연락',
    body: '안녕하세요.\n\n저는 변호사 존 스미스입니다. 상속인 없이 사망한 제 고객이 850만 달러의 유산을 남겼습니다. 귀하를 수혜자로 신청하고자 합니다. 이 일은 극비로 해주시고, 성함과 주소, 전화번호를 회신해 주십시오.',
  },
  {
    lang: 'pt-BR',
    from: 'Dr. Paulo Mendes <paulo.mendes.advocacia@gmail.com>',
    subject: 'Herança não reclamada',
    body: 'Prezado(a),\n\nSou advogado de um cliente falecido que deixou uma herança de US$ 8.500.000,00 sem herdeiros. Gostaria de apresentá-lo como beneficiário. Por favor, envie seu nome completo, endereço e telefone. Este assunto é estritamente confidencial.\n\nDr. Paulo Mendes',
  },
  {
    lang: 'pt-PT',
    from: 'Fundo de Compensação <fundo.compensacao.ue@outlook.pt>',
    subject: 'Pagamento de compensação',
    body: 'Caro beneficiário,\n\nFoi selecionado para receber uma compensação de 850.000,00 € do fundo europeu para vítimas de fraude. Envie o seu nome completo, morada e contacto telefónico para a libertação dos fundos.\n\nGabinete de Pagamentos',
  },
  {
    lang: 'es-ES',
    from: 'Lotería Internacional <premios.loteria.es@gmail.com>',
    subject: 'Notificación de premio',
    body: 'Estimado ganador:\n\nSu dirección de correo electrónico ha resultado ganadora de 950.000,00 € en nuestro sorteo internacional. Para reclamar su premio, envíe su nombre completo, dirección y número de teléfono a nuestro agente.\n\nDepartamento de Premios',
  },
  {
    lang: 'es-MX',
    from: 'Lic. Roberto Sánchez <roberto.sanchez.abogados@hotmail.com>',
    subject: 'Herencia a su favor',
    body: 'Estimado(a):\n\nSoy abogado de un cliente fallecido que dejó una herencia de 6.500.000 dólares sin herederos. Deseo presentarlo como beneficiario. Este asunto es estrictamente confidencial; envíeme su nombre completo y teléfono.\n\nLic. Roberto Sánchez',
  },
  {
    lang: 'de',
    from: 'Notariat Dr. Weber <notar.weber.kanzlei@gmx.de>',
    subject: 'Erbschaft - vertraulich',
    body: 'Sehr geehrte Damen und Herren,\n\nich bin Notar eines verstorbenen Mandanten, der ein Vermögen von 7.500.000,00 EUR ohne Erben hinterlassen hat. Da Sie denselben Nachnamen tragen, möchte ich Sie als Begünstigten einsetzen. Bitte senden Sie mir Ihren vollständigen Namen und Ihre Telefonnummer. Streng vertraulich.\n\nDr. Weber',
  },
  {
    lang: 'fr',
    from: 'Maître Laurent Dubois <laurent.dubois.notaire@gmail.com>',
    subject: 'Héritage non réclamé',
    body: 'Bonjour,\n\nJe suis le notaire d’un client décédé sans héritier, qui a laissé un héritage de 4 500 000 € à la banque. Je souhaite vous présenter comme bénéficiaire. Merci de me répondre avec votre nom complet et votre numéro de téléphone. Strictement confidentiel.\n\nMe Laurent Dubois',
  },
  {
    lang: 'it',
    from: 'Avv. Marco Rossi <avv.marco.rossi@libero.it>',
    subject: 'Eredità non reclamata',
    body: 'Gentile,\n\nsono l’avvocato di un cliente deceduto senza eredi che ha lasciato un’eredità di 5.800.000,00 € in banca. Vorrei presentarla come beneficiario. La prego di inviarmi il suo nome completo e il suo numero di telefono. Strettamente confidenziale.\n\nAvv. Marco Rossi',
  },
  {
    lang: 'nl',
    from: 'Mr. Pieter de Groot <pieter.degroot.advocaat@outlook.com>',
    subject: 'Onopgeëiste erfenis',
    body: 'Geachte heer/mevrouw,\n\nIk ben advocaat van een overleden cliënt die een erfenis van € 6.200.000,00 heeft nagelaten zonder erfgenamen. Ik wil u voordragen als begunstigde. Stuur mij uw volledige naam en telefoonnummer. Strikt vertrouwelijk.\n\nMr. Pieter de Groot',
  },
  {
    lang: 'pl',
    from: 'Mecenas Jan Kowalczyk <jan.kowalczyk.kancelaria@wp.pl>',
    subject: 'Spadek - poufne',
    body: 'Szanowni Państwo,\n\njestem prawnikiem zmarłego klienta, który pozostawił w banku spadek w wysokości 8 500 000 USD bez spadkobierców. Chciałbym przedstawić Pana/Panią jako beneficjenta. Proszę o podanie imienia i nazwiska oraz numeru telefonu. Sprawa jest ściśle poufna.\n\nJan Kowalczyk',
  },
  {
    lang: 'cs',
    from: 'JUDr. Pavel Novák <pavel.novak.advokat@seznam.cz>',
    subject: 'Dědictví - důvěrné',
    body: 'Vážený pane/paní,\n\njsem advokát zesnulého klienta, který zanechal v bance dědictví ve výši 8 500 000 USD bez dědiců. Rád bych vás navrhl jako příjemce. Zašlete mi prosím své celé jméno a telefonní číslo. Přísně důvěrné.\n\nJUDr. Pavel Novák',
  },
  {
    lang: 'tr',
    from: 'Av. Mehmet Kaya <av.mehmet.kaya@gmail.com>',
    subject: 'Miras hakkında gizli bilgi',
    body: 'Sayın yetkili,\n\nBen vefat eden bir müvekkilimin avukatıyım. Müvekkilim bankada varisi olmadan 8.500.000 ABD doları miras bıraktı. Sizi lehtar olarak göstermek istiyorum. Lütfen tam adınızı ve telefon numaranızı gönderin. Bu konu kesinlikle gizlidir.\n\nAv. Mehmet Kaya',
  },
  {
    lang: 'ar',
    from: 'المحامي أحمد خالد <ahmed.khaled.law@gmail.com>',
    subject: 'ميراث غير مطالب به',
    body: 'السلام عليكم،\n\nأنا محامي لعميل توفي دون ورثة وترك مبلغ 8,500,000 دولار في البنك. أرغب في تقديمك كوريث شرعي وتقسيم المبلغ بيننا. أرجو إرسال اسمكم الكامل ورقم هاتفكم. الأمر سري للغاية.\n\nالمحامي أحمد خالد',
  },
  {
    lang: 'ru',
    from: 'Адвокат Иван Петров <ivan.petrov.advokat@mail.ru>',
    subject: 'Наследство - конфиденциально',
    body: 'Здравствуйте!\n\nЯ адвокат умершего клиента, который оставил в банке наследство в размере 8 500 000 долларов США без наследников. Я хочу представить вас в качестве наследника. Пришлите ваше полное имя и номер телефона. Это строго конфиденциально.\n\nИван Петров',
  },
  {
    lang: 'uk',
    from: 'Адвокат Олег Бондар <oleh.bondar.advokat@ukr.net>',
    subject: 'Спадщина - конфіденційно',
    body: 'Вітаю!\n\nЯ адвокат померлого клієнта, який залишив у банку спадщину 8 500 000 доларів США без спадкоємців. Я хочу представити вас як спадкоємця. Надішліть ваше повне ім’я та номер телефону. Це суворо конфіденційно.\n\nОлег Бондар',
  },
  {
    lang: 'vi',
    from: 'Luật sư Trần Minh <tranminh.luatsu@gmail.com>',
    subject: 'Thừa kế tài sản',
    body: 'Kính gửi Quý vị,\n\nTôi là luật sư của một khách hàng đã qua đời không có người thừa kế, để lại khoản tiền 8.500.000 USD tại ngân hàng. Tôi muốn giới thiệu Quý vị là người thừa hưởng. Vui lòng gửi họ tên đầy đủ và số điện thoại. Việc này tuyệt đối bí mật.\n\nLuật sư Trần Minh',
  },
  {
    lang: 'th',
    from: 'ทนายความ สมศักดิ์ <somsak.lawyer@gmail.com>',
    subject: 'มรดกที่ไม่มีผู้รับ',
    body: 'เรียน ท่าน\n\nผมเป็นทนายของลูกค้าที่เสียชีวิตโดยไม่มีทายาท ซึ่งทิ้งเงิน 8,500,000 ดอลลาร์สหรัฐไว้ในธนาคาร ผมต้องการเสนอชื่อท่านเป็นผู้รับผลประโยชน์ กรุณาส่งชื่อเต็มและเบอร์โทรศัพท์ของท่าน เรื่องนี้เป็นความลับอย่างยิ่ง',
  },
  {
    lang: 'id',
    from: 'Pengacara Hendra Wijaya <hendra.wijaya.law@gmail.com>',
    subject: 'Warisan yang belum diklaim',
    body: 'Yang terhormat,\n\nSaya pengacara dari klien yang meninggal tanpa ahli waris dan meninggalkan dana sebesar USD 8.500.000 di bank. Saya ingin mengajukan Anda sebagai ahli waris penerima. Mohon kirimkan nama lengkap dan nomor telepon Anda. Hal ini sangat rahasia.\n\nHendra Wijaya',
  },
  {
    lang: 'hi',
    from: 'अधिवक्ता राजेश <rajesh.adhivakta@gmail.com>',
    subject: 'लावारिस विरासत',
    body: 'नमस्ते,\n\nमैं एक दिवंगत ग्राहक का वकील हूँ जिन्होंने बिना वारिस के बैंक में 85,00,000 डॉलर की विरासत छोड़ी है। मैं आपको लाभार्थी के रूप में प्रस्तुत करना चाहता हूँ। कृपया अपना पूरा नाम और फोन नंबर भेजें। यह पूरी तरह गोपनीय है।',
  },
  {
    lang: 'el',
    from: 'Δικηγόρος Νίκος Παππάς <nikos.pappas.law@gmail.com>',
    subject: 'Αζήτητη κληρονομιά',
    body: 'Αγαπητέ/ή,\n\nΕίμαι δικηγόρος ενός αποθανόντος πελάτη που άφησε κληρονομιά 8.500.000 € στην τράπεζα χωρίς κληρονόμους. Θέλω να σας παρουσιάσω ως δικαιούχο. Παρακαλώ στείλτε μου το πλήρες όνομά σας και τον αριθμό τηλεφώνου σας. Αυστηρά εμπιστευτικό.',
  },
  {
    lang: 'ro',
    from: 'Av. Mihai Popa <mihai.popa.avocat@yahoo.com>',
    subject: 'Moștenire nerevendicată',
    body: 'Stimate domn/doamnă,\n\nSunt avocatul unui client decedat fără moștenitori, care a lăsat o moștenire de 8.500.000 USD în bancă. Doresc să vă prezint ca beneficiar. Vă rog să îmi trimiteți numele complet și numărul de telefon. Strict confidențial.\n\nAv. Mihai Popa',
  },
  {
    lang: 'hu',
    from: 'Dr. Szabó Gábor ügyvéd <szabo.gabor.ugyved@gmail.com>',
    subject: 'Örökség - bizalmas',
    body: 'Tisztelt Hölgyem/Uram!\n\nEgy örökösök nélkül elhunyt ügyfelem ügyvédje vagyok, aki 8 500 000 USD örökséget hagyott a bankban. Szeretném Önt kedvezményezettként bemutatni. Kérem, küldje el teljes nevét és telefonszámát. Szigorúan bizalmas.\n\nDr. Szabó Gábor',
  },
  {
    lang: 'sv',
    from: 'Advokat Erik Lund <erik.lund.advokat@outlook.com>',
    subject: 'Arv - konfidentiellt',
    body: 'Hej,\n\nJag är advokat för en avliden klient som lämnade ett arv på 8 500 000 USD på banken utan arvingar. Jag vill presentera dig som förmånstagare. Skicka ditt fullständiga namn och telefonnummer. Strikt konfidentiellt.\n\nErik Lund',
  },
  {
    lang: 'da',
    from: 'Advokat Jens Møller <jens.moller.advokat@gmail.com>',
    subject: 'Arv - fortroligt',
    body: 'Kære modtager,\n\nJeg er advokat for en afdød klient, som efterlod en arv på 8.500.000 USD i banken uden arvinger. Jeg ønsker at præsentere dig som begunstiget. Send venligst dit fulde navn og telefonnummer. Strengt fortroligt.\n\nJens Møller',
  },
  {
    lang: 'no',
    from: 'Advokat Knut Olsen <knut.olsen.advokat@outlook.com>',
    subject: 'Arv - konfidensielt',
    body: 'Hei,\n\nJeg er advokat for en avdød klient som etterlot en arv på 8 500 000 USD i banken uten arvinger. Jeg ønsker å presentere deg som begunstiget. Send ditt fulle navn og telefonnummer. Strengt konfidensielt.\n\nKnut Olsen',
  },
  {
    lang: 'fi',
    from: 'Asianajaja Pekka Mäkinen <pekka.makinen.asianajaja@gmail.com>',
    subject: 'Perintö - luottamuksellinen',
    body: 'Hyvä vastaanottaja,\n\nOlen asianajaja kuolleelle asiakkaalle, joka jätti pankkiin 8 500 000 USD:n perinnön ilman perillisiä. Haluan esittää sinut edunsaajaksi. Lähetä koko nimesi ja puhelinnumerosi. Ehdottoman luottamuksellinen.\n\nPekka Mäkinen',
  },
  {
    lang: 'he',
    from: 'עו"ד דוד לוי <david.levi.law@gmail.com>',
    subject: 'ירושה שלא נדרשה',
    body: 'שלום,\n\nאני עורך הדין של לקוח שנפטר ללא יורשים והשאיר ירושה של 8,500,000 דולר בבנק. אני רוצה להציג אותך כמוטב. נא לשלוח את שמך המלא ומספר הטלפון שלך. סודי ביותר.\n\nעו"ד דוד לוי',
  },
];
