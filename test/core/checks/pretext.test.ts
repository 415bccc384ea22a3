/**
 * content.pretext (pretext.ts): the rarer kinds told by their story and where they send the reader (issue #16; the
 * families of challenge sets 26 and 28 that raised nothing), each in several languages beside its false-alarm twins.
 * Every message is synthetic, written inline (family-mail.ts: delivered, authenticated for its own domain or not).
 * 1. The copyright or image-rights claim whose "proof" is a stranger's file. Twins: a host's DMCA notice quoting the
 *    complaint (it links to its own policy and to the original work), a rights agency linking to its own portal, a
 *    photographer on Gmail linking to her own portfolio.
 * 2. The SIM-swap / eSIM "if this wasn't you, cancel" notice through a link nobody answers for. Twins: the operator's
 *    own authenticated notice linking to itself, the operator's "your eSIM is ready".
 * 3. The "wrong person" opener: a stranger's free mailbox recalling a meeting, then investment. Twins: an old
 *    classmate adding the reader to a WhatsApp group, a friend's "great meeting you, my WhatsApp is …", the same
 *    recall from a company's own domain.
 * 4. A water bureau, power company, toll or phone-line "centre" named by a domain made only of generic words, with
 *    the script. Twins: the utility's own domain, a city's .lg.jp domain, a generic-words domain without the script.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import type { Report } from '../../../src/core/report';
import { find, mail, unauthenticated } from './family-mail';

before(() => loadAllCheckData());

const pretext = (r: Report) => find(r, 'content.pretext');
/** The pretext's key (which story), when the message fails it. */
const story = (r: Report) => {
  const f = pretext(r);
  return f && `${f.status} ${f.message.key}`;
};

describe('content.pretext: the copyright claim whose proof is a stranger’s file', () => {
  it('fails a photographer’s claim from Outlook.com whose proof is a page on a storage bucket', () => {
    const r = analyze(
      mail(
        'Melissa Tran <melissa.tran.photo@outlook.com>',
        'outlook.com',
        'hello@northshorebakery.ca',
        'Copyright infringement on your website - unlicensed use of my photographs',
        'My name is Melissa and I am a professional photographer. Your website is using several of my images without a licence.\n' +
          'The images and proof of ownership:\nhttps://storage.googleapis.com/evidence-files-2025/claim/Images_and_Proof.html\n' +
          'Remove them within 5 business days or I will file a DMCA takedown notice.',
      ),
    );
    expect(story(r)).to.equal('fail content.pretext.copyright');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails a law firm’s Urheberrechtsverletzung whose Beweissicherung is on an S3 bucket, though the firm authenticates', () => {
    const r = analyze(
      mail(
        '"Rechtsanwaltskanzlei Behrens" <kanzlei@behrens-recht.de>',
        'behrens-recht.de',
        'info@physio-hameln.de',
        'Urheberrechtsverletzung - Unerlaubte Nutzung von Lichtbildern',
        'wir vertreten die Fotografin Frau Vogel. Eine Übersicht der Lichtbilder haben wir bereitgestellt:\n' +
          'https://behrens-recht.de.s3.eu-central-1.amazonaws.com/akte/2025/Beweissicherung.html\n' +
          'Wir fordern Sie auf, Schadensersatz in Höhe von 1.480,00 EUR zu leisten.',
      ),
    );
    expect(story(r)).to.equal('fail content.pretext.copyright');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails a Japanese 著作権侵害 claim whose 証拠 is a page on a free app host, and a Spanish one through a shortener', () => {
    const ja = analyze(
      mail(
        '山本 写真事務所 <yamamoto.photo@gmail.com>',
        'gmail.com',
        'info@example.co.jp',
        '貴社ウェブサイトにおける著作権侵害について',
        '貴社のホームページで当方の写真が無断で使用されており、著作権侵害にあたります。\n証拠の画像一覧はこちら：https://evidence-photo-2025.web.app/list\n7日以内にご対応ください。',
      ),
    );
    expect(story(ja)).to.equal('fail content.pretext.copyright');
    const es = analyze(
      unauthenticated(
        'Estudio Legal Ruiz <legal@ruiz-abogados.es>',
        'ruiz-abogados.es',
        'info@example.es',
        'Infracción de derechos de autor en su web',
        'Representamos a un fotógrafo cuyas imágenes usa sin licencia. Vea las pruebas: https://bit.ly/3pruebas-fotos',
      ),
    );
    expect(story(es)).to.equal('fail content.pretext.copyright');
  });

  it('leaves a host’s real DMCA notice clean: it quotes the complaint and links its own policy and the original work', () => {
    const r = analyze(
      mail(
        'DigitalOcean Trust & Safety <abuse-replies@digitalocean.com>',
        'digitalocean.com',
        'hello@northshorebakery.ca',
        '[DigitalOcean] DMCA Notice - Ticket #9284471',
        'We have received a copyright infringement notice (DMCA) regarding content hosted on your Droplet.\n' +
          'If you believe the notice is in error, see https://www.digitalocean.com/legal/dmca-policy\n' +
          '---------- Complaint ----------\nInfringing URL: https://northshorebakery.ca/about-us/\n' +
          'Original work: https://www.jhartleyphoto.com/portfolio/artisan-bread-17',
      ),
    );
    expect(pretext(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a rights agency linking to its own portal, and a photographer linking to her own portfolio, clean', () => {
    const agency = analyze(
      mail(
        'COPYTRACK <service@copytrack.com>',
        'copytrack.com',
        'info@physio-hameln.de',
        'Lizenznachforderung - Bildnutzung (Urheberrechtsverletzung)',
        'Alle Details zum Fall sehen Sie nach Anmeldung unter https://portal.copytrack.com/',
      ),
    );
    expect(pretext(agency)).to.equal(undefined);
    const photographer = analyze(
      mail(
        'Jane Hartley <jane.hartley.photo@gmail.com>',
        'gmail.com',
        'hello@northshorebakery.ca',
        'Unlicensed use of my photos',
        'Hi, your about page uses my photo without credit (copyright infringement). The original is at ' +
          'https://www.jhartleyphoto.com/portfolio/artisan-bread-17 - could you add a credit or take it down?',
      ),
    );
    expect(pretext(photographer)).to.equal(undefined);
    expect(photographer.verdict).to.equal('no-red-flags');
  });
});

describe('content.pretext: the SIM swap to cancel through a link nobody answers for', () => {
  it('fails "convert your line to eSIM … if you did not make this request, cancel it" through a shortener', () => {
    const r = analyze(
      mail(
        'Customer Care <care@simupgrade-ng.com>',
        'simupgrade-ng.com',
        'chidinma.eze@yahoo.com',
        'Your eSIM activation request for 0803 *** 4412',
        'We received a request to convert your line to eSIM on a new device. If you did not make this request, cancel ' +
          'it immediately to keep your bank OTPs safe: https://tinyurl.com/esim-cancel-ng4412',
      ),
    );
    expect(story(r)).to.equal('fail content.pretext.sim-swap');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the Spanish and Portuguese kits from a sender not authenticated linking elsewhere', () => {
    const es = analyze(
      unauthenticated(
        'Atención al cliente <avisos@movil-atencion.es>',
        'movil-atencion.es',
        'lector@example.es',
        'Solicitud de duplicado de SIM',
        'Hemos recibido una solicitud de duplicado de SIM para su línea. Si no fue usted, cancele la solicitud aquí: ' +
          'https://cancelar-duplicado.example.com/linea',
      ),
    );
    expect(story(es)).to.equal('fail content.pretext.sim-swap');
    const pt = analyze(
      unauthenticated(
        'Operadora <avisos@chip-atendimento.com.br>',
        'chip-atendimento.com.br',
        'leitor@example.com.br',
        'Troca de chip solicitada',
        'Recebemos um pedido de troca de chip da sua linha. Se não foi você, cancele agora: https://cancelar-troca.example.com/',
      ),
    );
    expect(story(pt)).to.equal('fail content.pretext.sim-swap');
  });

  it('leaves the operator’s own authenticated notice linking to itself clean, and its "your eSIM is ready"', () => {
    const own = analyze(
      mail(
        'MTN Nigeria <noreply@mtn.ng>',
        'mtn.ng',
        'chidinma.eze@yahoo.com',
        'SIM swap request on your line',
        "We received a SIM swap request for your line. If this wasn't you, cancel the request in the MyMTN app or at " +
          'https://www.mtn.ng/sim-swap, or call 180.',
      ),
    );
    expect(pretext(own)).to.equal(undefined);
    expect(own.verdict).to.equal('no-red-flags');
    const ready = analyze(
      mail(
        'Belong <noreply@belong.com.au>',
        'belong.com.au',
        'liam@example.com.au',
        'Your eSIM is ready to activate',
        'Your new Belong eSIM is ready. If you did not order an eSIM, contact us at https://www.belong.com.au/support',
      ),
    );
    expect(pretext(ready)).to.equal(undefined);
  });
});

describe('content.pretext: the "wrong person" opener that turns to investment', () => {
  it('fails a stranger on Outlook.jp who met "you" at a golf event, found the card’s address and asks about 投資', () => {
    const r = analyze(
      mail(
        '美咲 <misaki.k0412@outlook.jp>',
        'outlook.jp',
        't.yamaguchi55@ocn.ne.jp',
        '先日はありがとうございました',
        '田中さん\nこんばんは。先日のゴルフコンペでご一緒した美咲です。\n名刺にあったアドレスに送ってみました。\n' +
          'あの時お話しした投資の件、もう少し詳しくお聞きしたいです。',
      ),
    );
    expect(story(r)).to.equal('fail content.pretext.wrong-person');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the English "from the wine tasting … gold trading" and the "sorry, wrong person … add me on WhatsApp"', () => {
    const wine = analyze(
      mail(
        'Vivian Lim <vivianlim.wy88@gmail.com>',
        'gmail.com',
        'kelvin.tan.sg@gmail.com',
        'Hi Mr Tan, dinner on Saturday?',
        "Hi Mr Tan, it's Vivian from the wine tasting at Dempsey last week. My cousin Jenny does the gold trading for " +
          "her uncle's fund in HK :) My WhatsApp is +65 8841 2970.",
      ),
    );
    expect(story(wine)).to.equal('fail content.pretext.wrong-person');
    const wrong = analyze(
      mail(
        'Anna <anna.chen.1990@hotmail.com>',
        'hotmail.com',
        'reader@example.com',
        'Re: hello',
        'Oh sorry, wrong email! I thought you were my friend Lisa. But it is nice to meet you anyway. Add me on WhatsApp ' +
          'if you like, I am in Singapore.',
      ),
    );
    expect(story(wrong)).to.equal('fail content.pretext.wrong-person');
  });

  it('leaves an old classmate’s WhatsApp group, a friend’s "great meeting you, my WhatsApp is …" and a firm’s recall clean', () => {
    const classmate = analyze(
      mail(
        'Marcus Goh <marcusgoh.jw@gmail.com>',
        'gmail.com',
        'kelvin.tan.sg@gmail.com',
        'Long time! class of 2008 gathering',
        "Hey Kelvin! It's Marcus from 6A. Is your number still the one ending 4127? Want to add you to the WhatsApp group.",
      ),
    );
    expect(pretext(classmate)).to.equal(undefined);
    const friend = analyze(
      mail(
        'Sam Ortiz <sam.ortiz77@gmail.com>',
        'gmail.com',
        'reader@example.com',
        'Golf',
        'So great meeting you at the golf day on Sunday! My WhatsApp is +1 604 555 0199 if you want a round next week.',
      ),
    );
    expect(pretext(friend)).to.equal(undefined);
    const firm = analyze(
      mail(
        '佐藤 <sato@example-am.co.jp>',
        'example-am.co.jp',
        't.yamaguchi55@ocn.ne.jp',
        '先日はありがとうございました',
        '先日のセミナーでお会いした佐藤です。頂いた名刺のアドレスにご連絡しました。投資の件、資料をお送りします。',
      ),
    );
    expect(pretext(firm)).to.equal(undefined);
  });
});

describe('content.pretext: a utility or public body named by a domain of generic words', () => {
  it('fails the 水道局 supply-stop notice from suido-ryokin-center.jp, authenticated and linking to itself', () => {
    const r = analyze(
      mail(
        '水道局 お客さまセンター <info@suido-ryokin-center.jp>',
        'suido-ryokin-center.jp',
        'm-sato1978@ybb.ne.jp',
        '【重要】水道料金未払いによる給水停止のお知らせ',
        'お客さまの水道料金について、お支払いの確認ができておりません。下記期日までにお手続きがない場合、給水を停止させていただきます。\n' +
          '下記のお支払い専用ページより、クレジットカードでのお支払いが可能です。\nhttps://suido-ryokin-center.jp/pay/?no=032284517',
      ),
    );
    expect(story(r)).to.equal('fail content.pretext.authority-domain');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the Vietnamese subscriber lock from chuanhoa-thuebao.vn and an English toll notice from a toll-words domain', () => {
    const vi = analyze(
      mail(
        'Tổng đài CSKH Nhà mạng <cskh@chuanhoa-thuebao.vn>',
        'chuanhoa-thuebao.vn',
        'reader@gmail.com',
        'Thông báo: Thuê bao của Quý khách sẽ bị khóa 2 chiều do chưa chuẩn hóa thông tin',
        'Thuê bao của Quý khách chưa được chuẩn hóa thông tin và sẽ bị khóa 1 chiều. Vui lòng cập nhật tại: ' +
          'https://chuanhoa-thuebao.vn/capnhat?tb=318',
      ),
    );
    expect(story(vi)).to.equal('fail content.pretext.authority-domain');
    const toll = analyze(
      mail(
        'Toll Services <notice@toll-payment-center.com>',
        'toll-payment-center.com',
        'reader@example.com',
        'Final notice: unpaid toll',
        'You have an unpaid toll balance of $6.99. Pay within 24 hours to avoid a late fee and the suspension of your ' +
          'vehicle registration: https://toll-payment-center.com/pay',
      ),
    );
    expect(story(toll)).to.equal('fail content.pretext.authority-domain');
  });

  it('leaves the utility’s own domain, a city’s .lg.jp and a generic-words domain without the script clean', () => {
    const text =
      'お客さまの水道料金について、お支払いの確認ができておりません。下記期日までにお手続きがない場合、給水を停止させていただきます。\n' +
      '下記のお支払い専用ページより、クレジットカードでのお支払いが可能です。\n';
    const city = analyze(
      mail(
        '東京都水道局 <info@waterworks.metro.tokyo.lg.jp>',
        'waterworks.metro.tokyo.lg.jp',
        'm-sato1978@ybb.ne.jp',
        '水道料金のお支払いについて',
        text + 'https://www.waterworks.metro.tokyo.lg.jp/pay/',
      ),
    );
    expect(pretext(city)).to.equal(undefined);
    const tepco = analyze(
      mail(
        '東京電力エナジーパートナー <info@tepco.co.jp>',
        'tepco.co.jp',
        'm-sato1978@ybb.ne.jp',
        '電気料金のお知らせ',
        '今月の電気料金は6,842円です。くらしTEPCO webでご確認ください。https://www.kurashi.tepco.co.jp/',
      ),
    );
    expect(pretext(tepco)).to.equal(undefined);
    const quiet = analyze(
      mail(
        'Water Service Center <news@water-service-center.com>',
        'water-service-center.com',
        'reader@example.com',
        'Planned maintenance on Tuesday',
        'Water pressure may be low on Tuesday between 9:00 and 12:00 while we replace a main. https://water-service-center.com/notices',
      ),
    );
    expect(pretext(quiet)).to.equal(undefined);
  });
});

describe('content.pretext: a password or bank details asked for on a page anyone rents', () => {
  it('fails a recruiter’s form asking DNI y datos bancarios, and a school account to confirm on a free site', () => {
    const job = analyze(
      mail(
        'Laura Méndez | Selección de Personal <laura.mendez@talentoempleo-rrhh.es>',
        'talentoempleo-rrhh.es',
        'javier@example.es',
        'Tu candidatura: Auxiliar administrativo/a en remoto',
        'Para continuar con el proceso, completa el formulario. Te pedimos DNI y datos bancarios para el alta en la ' +
          'Seguridad Social: https://forms.gle/8vQmR2kYt5HcZ7aN9',
      ),
    );
    expect(story(job)).to.equal('fail content.pretext.rented-ask');
    expect(job.verdict).to.equal('likely-phishing');
    const school = analyze(
      mail(
        'ENT Collège <ent.college@laposte.net>',
        'laposte.net',
        'famille@example.fr',
        '[ENT] Confirmation de votre compte parent',
        'Merci de confirmer votre compte EduConnect avant le 12 septembre : https://ent-college.wixsite.com/educonnect',
      ),
    );
    expect(story(school)).to.equal('fail content.pretext.rented-ask');
  });

  it('fails "sign in with your work account" to see a file on a storage bucket, in English and Japanese', () => {
    const en = analyze(
      mail(
        'Accounts <accounts@supplier-example.com>',
        'supplier-example.com',
        'reader@example.com',
        'Remittance advice',
        'To view the remittance, sign in with your business email account: https://remit-docs.s3.amazonaws.com/view.html',
      ),
    );
    expect(story(en)).to.equal('fail content.pretext.rented-ask');
    const ja = analyze(
      mail(
        '総務部 <soumu@example-trade.co.jp>',
        'example-trade.co.jp',
        'reader@example.co.jp',
        '書類のご確認',
        '書類を閲覧するには、メールアドレスとパスワードを入力してください。https://docs-view-2025.web.app/',
      ),
    );
    expect(story(ja)).to.equal('fail content.pretext.rented-ask');
  });

  it('leaves a school’s permission form, a club’s fee on Jotform, a charity’s donation form and Google’s form invitation clean', () => {
    const permission = analyze(
      mail(
        'Year 5 Team <year5@stmarys-school.example.org>',
        'stmarys-school.example.org',
        'parent@example.com',
        'Zoo trip permission',
        'Please fill in the permission form by Friday. The $12 fee is payable at the office. https://forms.gle/Ab12Cd34Ef',
      ),
    );
    expect(pretext(permission)).to.equal(undefined);
    const club = analyze(
      mail(
        'Harbour Rowing Club <secretary@harbourrowing.example.org>',
        'harbourrowing.example.org',
        'member@example.com',
        'Membership renewal 2026',
        'Renew your membership ($40) on the form; you can pay by card there: https://form.jotform.com/253118842077055',
      ),
    );
    expect(pretext(club)).to.equal(undefined);
    const invitation = analyze(
      mail(
        'Ana Costa (via Google Forms) <forms-receipts-noreply@google.com>',
        'google.com',
        'reader@example.com',
        'Staff survey',
        "I've invited you to fill out a form: Staff survey. Sign in with your work account to save your progress. " +
          'https://docs.google.com/forms/d/e/1FAIpQLSf/viewform Never submit passwords through Google Forms.',
      ),
    );
    expect(pretext(invitation)).to.equal(undefined);
  });
});

describe('content.pretext: the private register’s offer dressed as the official register’s invoice', () => {
  it('fails the German Registerzentrale offer and the Irish trade register whose small print says they are private', () => {
    const de = analyze(
      mail(
        'DRZ Deutsche Registerzentrale <rechnung@drz-registerzentrale.de>',
        'drz-registerzentrale.de',
        'info@baeckerei.example.de',
        'Eintragungsofferte HRB 18327 – Zahlungsfrist 7 Tage',
        'Eintragung Ihrer Firmendaten in das Zentrale Gewerbe- und Handelsregisterverzeichnis. Gesamtbetrag 398,65 EUR. ' +
          'Bitte überweisen Sie den Betrag innerhalb von 7 Tagen. Die DRZ ist ein privates Verzeichnis und steht in ' +
          'keiner Verbindung zum amtlichen Handelsregister. Mit Zahlung des Betrags kommt der Vertrag zustande.',
      ),
    );
    expect(story(de)).to.equal('fail content.pretext.register-offer');
    expect(de.verdict).to.equal('likely-phishing');
    const ie = analyze(
      mail(
        'Irish Trade Register <invoice@irishtraderegister.eu>',
        'irishtraderegister.eu',
        'office@vets.example.ie',
        'Invoice ITR/26/045517',
        'Entry in Irish Trade Register (3 years). Total due (year 1) EUR 1.226,31. Payment within 8 days to IBAN ES42 ' +
          '2100 8731 4102 0019 8823. Irish Trade Register is a private publication and is not affiliated with the ' +
          'Companies Registration Office.',
      ),
    );
    expect(story(ie)).to.equal('fail content.pretext.register-offer');
    const fr = analyze(
      mail(
        'Registre des Entreprises <facture@registre-entreprises.example>',
        'registre-entreprises.example',
        'contact@boulangerie.example.fr',
        'Inscription 2026',
        "Montant à payer : 690 EUR par virement bancaire. Le registre est une publication privée et n'a aucun lien avec le registre du commerce.",
      ),
    );
    expect(story(fr)).to.equal('fail content.pretext.register-offer');
  });

  it('leaves the Transparenzregister’s own fee notice that warns of private offers, and a directory’s renewal, clean', () => {
    const official = analyze(
      mail(
        'Transparenzregister <noreply@transparenzregister.de>',
        'transparenzregister.de',
        'info@baeckerei.example.de',
        'Gebührenbescheid Transparenzregister',
        'anbei erhalten Sie den Gebührenbescheid. Betrag: 19,80 EUR. Bitte überweisen Sie den Betrag mit dem ' +
          'Kassenzeichen. Hinweis: Private Anbieter versenden teilweise Offerten für Einträge in Registerverzeichnisse. ' +
          'Diese stehen in keiner Verbindung zum Transparenzregister oder zum Handelsregister.',
      ),
    );
    expect(pretext(official)).to.equal(undefined);
    expect(official.verdict).to.equal('no-red-flags');
    const directory = analyze(
      mail(
        'Golden Pages <billing@goldenpages.example.ie>',
        'goldenpages.example.ie',
        'office@vets.example.ie',
        'Your listing renewal',
        'Thank you for renewing your listing. Total due EUR 240.00, payment within 30 days by bank transfer.',
      ),
    );
    expect(pretext(directory)).to.equal(undefined);
  });
});

describe('content.pretext: a newsletter about a copyright case is no claim', () => {
  it('leaves a list post on a DMCA dispute linking to news articles as web pages clean', () => {
    const r = analyze(
      mail(
        'Tech Digest <digest@lists.techdigest.example.org>',
        'lists.techdigest.example.org',
        'reader@example.com',
        'This week: the DMCA takedown fight',
        'A court heard the copyright infringement claim against the site this week: ' +
          'https://www.news.example.com/2002/08/12/dmca-case.html and the EFF comments at ' +
          'https://www.eff.example.org/cases/takedown.htm',
      ),
    );
    expect(pretext(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
