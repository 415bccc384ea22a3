/**
 * Attack families set13 showed slipping (issue #16), each in the languages its wave is sent in, beside its false-alarm
 * twin; every message here is synthetic, written inline (none is a set13 file):
 * - the supplier's "our banking details have changed … the old account is now closed" (money-route-phrases.ts);
 * - the anniversary gift behind a short survey that only asks for its postage (lure-phrases.ts survey, fee);
 * - the Nordic tax refund that asks for a card (lure-phrases.ts prize, payment, verify);
 * - a shared document behind a sign-in "with your business e-mail" (lure-phrases.ts verify, fileshare);
 * - the bank's access "locked for security reasons" unless a QR code is scanned (lure-phrases.ts, no-link-phrases.ts);
 * - the Gulf's parcel fee "to be paid within 24 hours" (lure-phrases-nonlatin.ts urgency).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import { halvorsenMail } from '../../helpers';

const status = (r: Report, id: string) => r.findings.find((f) => f.id === id && f.status !== 'info')?.status;
const families = (r: Report) =>
  (
    r.findings.find((f) => f.id === 'content.lure')?.message.params as
      { families: { keys: readonly string[] } } | undefined
  )?.families.keys.map((k) => k.slice(k.lastIndexOf('.') + 1)) ?? [];

describe("a payee's banking details said to have changed (content.bank-change)", () => {
  it('fails "our company banking details have changed" with payments to the updated account', () => {
    const r = analyze(
      halvorsenMail(
        'Glen Morrow <accounts@ridgeline-steel.example.com>',
        'RE: October statement',
        'Hi Ella,\n\nPlease note our company banking details have changed following a change of bank. Kindly make ' +
          'the October payment to the updated account below.\n\nBSB 062-000  Account 1234 5678\n\nThe old account ' +
          'is now closed.\n\nRegards\nGlen',
      ),
    );
    expect(status(r, 'content.bank-change')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('fails the Italian "nuovo conto di appoggio" with the invoices to pay there', () => {
    const r = analyze(
      halvorsenMail(
        'Ufficio Amministrazione <amministrazione@fonderia-vezzoli.example.com>',
        'Comunicazione IBAN',
        'Gentile cliente,\n\nvi informiamo che da oggi utilizziamo un nuovo conto di appoggio. I pagamenti delle ' +
          'fatture aperte dovranno essere effettuati sul nuovo conto:\n\nIBAN: IT60 X054 2811 1010 0000 0123 456\n\n' +
          'Cordiali saluti',
      ),
    );
    expect(status(r, 'content.bank-change')).to.equal('fail');
  });

  it('leaves an anti-fraud notice that names the script to warn against it alone', () => {
    const r = analyze(
      halvorsenMail(
        'Ridgeline Steel Accounts <accounts@ridgeline-steel.example.com>',
        'Statement for October',
        'Hi Ella,\n\nYour October statement is attached. Our bank account has not changed: if you ever receive an ' +
          'email saying otherwise, call us on the number on our website before you pay anything.\n\nRegards\nGlen',
      ),
    );
    expect(status(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves an Italian bank's offer of a new current account alone", () => {
    const r = analyze(
      halvorsenMail(
        'Banca Esempio <comunicazioni@banca-esempio.example.com>',
        'Il conto a canone zero',
        'Gentile cliente,\n\napri un nuovo conto corrente online in pochi minuti: canone zero per il primo anno e ' +
          'carta di debito inclusa. I tuoi dati sono al sicuro.\n\nBanca Esempio',
      ),
    );
    expect(status(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a changed bank account whose letter rules out the call-back (content.bank-change.no-call)', () => {
  const key = (r: Report) => r.findings.find((f) => f.id === 'content.bank-change')?.message.key;

  it('makes "reply by email only, our phones are diverted" beside the new account likely phishing', () => {
    const r = analyze(
      halvorsenMail(
        'Glen Morrow <accounts@ridgeline-steel.example.com>',
        'RE: October statement',
        'Hi Ella,\n\nOur banking details have changed. Please make all outstanding and future payments to the ' +
          'new account below.\n\nBSB 062-000  Account 1234 5678\n\nPlease reply by email only, our phones are ' +
          'being diverted this week.\n\nGlen',
      ),
    );
    expect(key(r)).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads the Italian "Vi chiediamo di non contattare l\'ufficio" the same way', () => {
    const r = analyze(
      halvorsenMail(
        'Ufficio Amministrazione <amministrazione@fonderia-vezzoli.example.com>',
        'Aggiornamento coordinate bancarie',
        'Gentile cliente,\n\ni pagamenti delle fatture dovranno essere effettuati sul nuovo conto di appoggio ' +
          "indicato sotto. Per riservatezza Vi chiediamo di non contattare l'ufficio per telefono.\n\n" +
          'IBAN: IT60 X054 2811 1010 0000 0123 456\n',
      ),
    );
    expect(key(r)).to.equal('content.bank-change.no-call');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('keeps a change that asks to be called back suspicious, not likely', () => {
    const r = analyze(
      halvorsenMail(
        'Glen Morrow <accounts@ridgeline-steel.example.com>',
        'New bank details',
        'Hi Ella,\n\nOur banking details have changed. Please make all future payments to the new account ' +
          'below, and call me on our usual number to confirm before the next run.\n\nBSB 062-000  Account 1234 5678\n',
      ),
    );
    expect(key(r)).to.equal('content.bank-change');
    expect(r.verdict).to.equal('suspicious');
  });

  it('leaves an out-of-office "reply by email only" without a changed account alone', () => {
    const r = analyze(
      halvorsenMail(
        'Glen Morrow <accounts@ridgeline-steel.example.com>',
        'Out of office',
        'I am out of the office this week. Our phones are being diverted, so please contact us by email only; ' +
          'payments and statements are handled as usual from our account on file.\n',
      ),
    );
    expect(status(r, 'content.bank-change')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a gift behind a short survey that only asks for its postage (content.lure survey + fee)', () => {
  it('reads the Turkish "3 soruluk anket" gift whose shipping fee must be paid', () => {
    const r = analyze(
      halvorsenMail(
        'Kampanya <kampanya@duyuru-merkezi.example.net>',
        'Tebrikler! Hediyeniz sizi bekliyor',
        'Değerli müşterimiz,\n\n3 soruluk kısa anketimizi tamamlayan ilk 300 müşterimize kablosuz kulaklık ' +
          'hediye ediyoruz. Hediyenizi almak için 6,90 TL kargo ücreti ödemeniz gerekmektedir.\n\n' +
          'Ankete katıl: https://hediye-anket.example.org/tr\n',
      ),
    );
    expect(families(r)).to.include.members(['fee', 'survey']);
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('reads the Polish survey whose prize costs only its shipping', () => {
    const r = analyze(
      halvorsenMail(
        'Program lojalnościowy <nagrody@klient-program.example.net>',
        'Twoja nagroda czeka',
        'Odpowiedz na 3 krótkie pytania i odbierz nagrodę: zestaw garnków. Zapłać tylko koszt dostawy 8,99 zł.\n\n' +
          'https://nagroda-ankieta.example.org/pl\n',
      ),
    );
    expect(families(r)).to.include.members(['fee', 'survey']);
  });

  it("leaves a Turkish shop's feedback survey beside its order's shipping fee alone", () => {
    const r = analyze(
      halvorsenMail(
        'Örnek Mağaza <siparis@ornek-magaza.example.com>',
        'Siparişiniz kargoya verildi',
        'Merhaba,\n\nSiparişiniz kargoya verildi. Ürün toplamı: 540,00 TL, kargo ücreti: 29,90 TL.\n\n' +
          'Alışveriş deneyiminizi değerlendirmek için kısa anketimizi doldurun. Görüşleriniz bizim için önemli.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves a Polish shop's shipping cost and review request alone", () => {
    const r = analyze(
      halvorsenMail(
        'Sklep Przykład <zamowienia@sklep-przyklad.example.com>',
        'Dziękujemy za zamówienie',
        'Dziękujemy za zakupy. Koszt wysyłki: 12,99 zł. Podziel się opinią o zamówieniu w krótkiej ankiecie.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
  });
});

describe('the Nordic tax refund that asks for a card (content.lure prize + payment)', () => {
  it('reads the Danish refund paid "when you confirm your card details"', () => {
    const r = analyze(
      halvorsenMail(
        'Skat <info@skat-udbetaling.example.net>',
        'Du har penge til gode',
        'Kære borger,\n\nDu har penge til gode fra din årsopgørelse. Bekræft dine kortoplysninger for at få ' +
          'beløbet udbetalt.\n\nhttps://udbetaling.example.org/dk\n',
      ),
    );
    expect(families(r)).to.include.members(['prize', 'payment']);
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('reads the Swedish refund that wants a card number', () => {
    const r = analyze(
      halvorsenMail(
        'Skatteverket <info@skatt-aterbaring.example.net>',
        'Din skatteåterbäring',
        'Du har pengar att få tillbaka. Ange dina kortuppgifter för att få pengarna inom tre dagar.\n\n' +
          'https://aterbaring.example.org/se\n',
      ),
    );
    expect(families(r)).to.include.members(['prize', 'payment']);
  });

  it("leaves the genuine Danish tax office's refund paid to the NemKonto alone", () => {
    const r = analyze(
      halvorsenMail(
        'Skattestyrelsen <noreply@skat.example.dk>',
        'Din årsopgørelse er klar',
        'Din årsopgørelse for 2024 er klar. Du har penge til gode, og beløbet udbetales automatisk til din ' +
          'NemKonto. Log ind på skat.dk med MitID for at se den.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a shared document behind a sign-in "with your business e-mail" (content.lure verify + fileshare)', () => {
  it('reads the Dutch share that asks to log in with the business address to view it', () => {
    const r = analyze(
      halvorsenMail(
        'Pieter Bos <pieter@bos-bouw.example.nl>',
        'Bouwtekening gedeeld via OneDrive',
        'Beste relatie,\n\nIk heb de bouwtekening via OneDrive met u gedeeld. Log in met uw zakelijke e-mailadres ' +
          'om het document te bekijken.\n\nhttps://files-share.example.org/view\n',
      ),
    );
    expect(families(r)).to.include.members(['verify', 'fileshare']);
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('reads the Czech share that asks to sign in with the work e-mail to view it', () => {
    const r = analyze(
      halvorsenMail(
        'Petr Novák <novak@stavby-novak.example.cz>',
        'Sdílený dokument',
        'Petr Novák vám nasdílel soubor „Smlouva_2025.pdf“. Přihlaste se svým pracovním e-mailem pro zobrazení ' +
          'dokumentu.\n\nhttps://dokument-sdileni.example.org/cz\n',
      ),
    );
    expect(families(r)).to.include.members(['verify', 'fileshare']);
  });

  it("leaves IT's Dutch instruction to log in with the business address and password alone", () => {
    const r = analyze(
      halvorsenMail(
        'ICT Servicedesk <servicedesk@bos-bouw.example.nl>',
        'Nieuw projectportaal',
        'Vanaf maandag staat het projectportaal klaar. Log in met uw zakelijke e-mailadres en wachtwoord op het ' +
          'portaal. De tekeningen staan via OneDrive voor u klaar.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
  });

  it('leaves a genuine Czech share notice alone (one family, no sign-in asked)', () => {
    const r = analyze(
      halvorsenMail(
        'Petr Novák <novak@stavby-novak.example.cz>',
        'Smlouva',
        'Petr Novák vám nasdílel soubor „Smlouva_2025.pdf“. Otevřít: https://stavby-novak.example.cz/smlouva\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe("the bank's access locked for security reasons unless a QR code is scanned", () => {
  it('reads "wird Ihr Zugang aus Sicherheitsgründen gesperrt" and "Scannen Sie dazu einfach den QR-Code"', () => {
    const r = analyze(
      halvorsenMail(
        'Sparkasse <service@spk-registrierung.example.de>',
        'pushTAN: Neuregistrierung',
        'Ihr pushTAN-Verfahren muss neu registriert werden. Andernfalls wird Ihr Zugang aus Sicherheitsgründen ' +
          'gesperrt.\n\nScannen Sie dazu einfach den beigefügten QR-Code mit Ihrem Smartphone.\n',
      ),
    );
    expect(families(r)).to.include.members(['deletion', 'verify']);
    expect(status(r, 'links.qr-prompt')).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("leaves a bank's note that a session ends for security reasons alone", () => {
    const r = analyze(
      halvorsenMail(
        'Sparkasse <service@sparkasse.example.de>',
        'Neue Funktionen im Online-Banking',
        'Aus Sicherheitsgründen wird Ihre Sitzung nach zehn Minuten ohne Eingabe beendet. Die neue Version der ' +
          'App finden Sie im App Store.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(status(r, 'links.qr-prompt')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the Gulf parcel fee to pay within 24 hours (content.lure fee + urgency, Arabic)', () => {
  it('reads "يرجى الدفع خلال 24 ساعة" beside the unpaid delivery fee', () => {
    const r = analyze(
      halvorsenMail(
        'Parcel <support@parcel-ae.example.net>',
        'شحنتك معلقة',
        'عميلنا العزيز، شحنتك معلقة بسبب رسوم توصيل غير مدفوعة بقيمة 9 درهم. يرجى الدفع خلال 24 ساعة.\n' +
          'https://pay-parcel.example.org/ae\n',
      ),
    );
    expect(families(r)).to.include.members(['fee', 'urgency']);
  });

  it('leaves a courier\'s genuine "delivered within 24 hours" alone', () => {
    const r = analyze(
      halvorsenMail(
        'Courier <notify@courier.example.ae>',
        'شحنتك في الطريق',
        'عميلنا العزيز، سيتم توصيل شحنتك خلال 24 ساعة. يمكنك تتبع الشحنة من تطبيقنا.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a quotation shared as a web page on a file share (links.rented-page, Dutch offer wording)', () => {
  const share = (file: string) =>
    halvorsenMail(
      'Ruud de Wit <ruud@dewit-techniek.example.nl>',
      'Offerte gedeeld via Dropbox',
      'Beste relatie,\n\nHierbij de offerte en tekeningen.\n\n' +
        `Offerte bekijken: https://www.dropbox.com/scl/fi/a1b2c3/${file}?rlkey=x9y8&dl=0\n\nMet vriendelijke groet,\nRuud`,
    );

  it('fails "Offerte bekijken" whose link opens an .html file kept on Dropbox', () => {
    const r = analyze(share('Offerte_2026-031.html'));
    expect(status(r, 'links.rented-page')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('leaves the same quotation shared as a PDF alone', () => {
    const r = analyze(share('Offerte_2026-031.pdf'));
    expect(status(r, 'links.rented-page')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the investment scheme with guaranteed capital and few places left (content.lure investment + urgency)', () => {
  it('reads "capital is guaranteed" beside "slots left" behind a shortener', () => {
    const r = analyze(
      halvorsenMail(
        'Harbourline Capital <invest@harbourline-capital.example.com>',
        'Only 20 slots left this month',
        'Dear investor,\n\nInvest 5,000 and receive 9,200 in 30 days. Your capital is guaranteed and our ' +
          'traders do the rest. Only 20 slots left.\n\nJoin: https://tinyurl.com/hl-invest-2026\n',
      ),
    );
    expect(families(r)).to.include.members(['urgency', 'investment']);
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("leaves a regulated fund's webinar with its risk warning and a few spots left alone", () => {
    const r = analyze(
      halvorsenMail(
        'Northfield Funds <events@northfield-funds.example.com>',
        'Investor webinar: a few spots left',
        'Join our quarterly webinar on Thursday: only 12 spots left. Past performance is not a guide to future ' +
          'returns; your capital is at risk and returns are not guaranteed.\n\nRegister: https://events.example.org/q3\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the tax refund said to wait, in Spanish, Polish and Italian (content.lure prize + the details it asks for)', () => {
  it('reads the Spanish refund that asks to confirm the bank details', () => {
    const r = analyze(
      halvorsenMail(
        'Agencia Tributaria <avisos@agencia-devoluciones.example.net>',
        'Devolución pendiente',
        'Estimado contribuyente, tiene derecho a un reembolso de impuestos de 412,30 €. Para recibirlo, confirme ' +
          'sus datos bancarios: https://devolucion-aeat.example.org/es\n',
      ),
    );
    expect(families(r)).to.include.members(['verify', 'prize']);
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('reads the Polish refund that asks for the card details', () => {
    const r = analyze(
      halvorsenMail(
        'e-Urząd Skarbowy <powiadomienia@zwrot-podatku.example.net>',
        'Zwrot podatku',
        'Przysługuje Ci zwrot podatku w kwocie 318,00 zł. Podaj dane karty, aby otrzymać środki: ' +
          'https://zwrot-kas.example.org/pl\n',
      ),
    );
    expect(families(r)).to.include.members(['verify', 'prize']);
  });

  it("leaves an Italian accountant's note that the IRPEF refund was credited alone", () => {
    const r = analyze(
      halvorsenMail(
        'Studio Rossi Commercialisti <studio@studio-rossi.example.it>',
        'Rimborso IRPEF',
        'Gentile cliente, il rimborso IRPEF relativo al 2024 è stato accreditato sul conto corrente indicato ' +
          'nella dichiarazione. Trova il dettaglio nel prospetto allegato.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a Polish accountant telling a client the refund was paid alone', () => {
    const r = analyze(
      halvorsenMail(
        'Biuro Rachunkowe <biuro@rachunki-nowak.example.pl>',
        'Zwrot podatku',
        'Dzień dobry, zwrot podatku za 2024 rok został przelany na Pana konto bankowe. Pozdrawiam, Anna Nowak\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the quota kit in Spanish, Italian and Portuguese (content.lure mailbox)', () => {
  it('reads "Su buzón está lleno" beside the verification deadline', () => {
    const r = analyze(
      halvorsenMail(
        'Soporte de correo <soporte@servicio-correo.example.net>',
        'Aviso de almacenamiento',
        'Su buzón está lleno. Para evitar la suspensión de su cuenta, ' +
          'valide su buzón dentro de 24 horas: https://buzon-validar.example.org/es\n',
      ),
    );
    expect(families(r)).to.include('mailbox');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('reads "la tua casella di posta è piena" beside the 24 hours', () => {
    const r = analyze(
      halvorsenMail(
        'Amministratore posta <admin@posta-servizi.example.net>',
        'Casella piena',
        'La tua casella di posta è piena. Entro 24 ore il tuo account sarà sospeso.\n' +
          'https://casella-posta.example.org/it\n',
      ),
    );
    expect(families(r)).to.include.members(['mailbox', 'urgency']);
  });

  it('leaves a messenger\'s Spanish "tienes mensajes pendientes" alone', () => {
    const r = analyze(
      halvorsenMail(
        'Red Profesional <avisos@red-profesional.example.com>',
        'Tienes 3 mensajes pendientes',
        'Hola Ella, tienes 3 mensajes pendientes y 2 invitaciones. Entra en la aplicación para leerlos.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves IT's own Portuguese note about archiving old mail alone", () => {
    const r = analyze(
      halvorsenMail(
        'Suporte TI <ti@halvorsen-eng.com>',
        'Arquivamento de e-mails',
        'Lembrete: a partir de segunda-feira os e-mails com mais de dois anos serão arquivados automaticamente. ' +
          'Nada muda para você; a caixa de entrada continua acessível como sempre.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
  });
});

describe('the unpaid toll where the lexicon lacked it: it pt de pl (content.lure fee)', () => {
  const tolls: readonly [string, string][] = [
    ['it', 'Risulta un pedaggio non pagato di 6,80 €. Regolarizza entro 48 ore per evitare una sanzione.'],
    ['pt', 'Tem portagens por pagar no valor de 4,35 €. Regularize dentro de 24 horas para evitar coimas.'],
    ['de', 'Ihre Mautgebühr ist noch offen: 7,40 €. Bitte zahlen Sie innerhalb von 48 Stunden.'],
    ['pl', 'Wykryto nieopłacony przejazd autostradą. Ureguluj opłatę w ciągu 24 godzin.'],
  ];
  for (const [lang, text] of tolls)
    it(`reads the ${lang} toll said to be unpaid beside its deadline`, () => {
      const r = analyze(
        halvorsenMail(
          'Toll <avvisi@toll-notice.example.net>',
          'Toll',
          `${text}\nhttps://toll-pay.example.org/${lang}\n`,
        ),
      );
      expect(families(r)).to.include.members(['urgency', 'fee']);
    });

  it("leaves an operator's own monthly toll statements alone (it, de, pt)", () => {
    for (const text of [
      'Il tuo estratto conto pedaggi di ottobre è disponibile nell’area clienti.',
      'Ihre Mautgebühren für Oktober wurden wie gewohnt von Ihrer Karte abgebucht.',
      'As suas portagens de outubro foram debitadas na sua conta.',
    ]) {
      const r = analyze(halvorsenMail('Servizio Clienti <clienti@autostrade-esempio.example.com>', 'Estratto', text));
      expect(status(r, 'content.lure'), text).to.equal(undefined);
      expect(r.verdict, text).to.equal('no-red-flags');
    }
  });
});
