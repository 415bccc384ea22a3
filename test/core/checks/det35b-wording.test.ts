/**
 * Issue #16, session 35: families whose wording the tables lacked, each beside genuine mail of the same shape.
 * - A contact form's acknowledgement carrying a stranger's link in its first line (content.pretext.form-echo): the
 *   spammer typed the lure into the form's name field with the reader's address (Spanish, English, German). Twins: a
 *   real acknowledgement quoting the reader's own message and link after its words, one linking to its own site, a
 *   help desk's ticket link on a line of its own.
 * - The Turkish toll, bill and bank-change wording (content.lure, content.bank-change). Twins: a real operator's
 *   bill-ready notice, a real HGS balance notice, a supplier's invoice to the account on file.
 * - The European Portuguese document share on a rented page (links.rented-page): "Foi partilhado consigo um
 *   documento … Aceder ao documento". Twin: a colleague's Portuguese note with the same link and no offer.
 * Every message is synthetic.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { analyze } from '../../../src/core/analyze';
import { authenticatedMail, bad, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });

type Case = [what: string, from: string, subject: string, body: string];

describe("a contact form's acknowledgement carrying a stranger's link in its first line (content.pretext.form-echo)", () => {
  const attacks: Case[] = [
    [
      'a Spanish form with a dating lure in the name field',
      'Empresas <info@ivapec-ejemplo.es>',
      'Formulario de contacto',
      '❤️ Brenda want to meet you! Click Here: http://inx.lv/jUZE?7vx ❤️ su email ha sido enviado correctamente.\n' +
        'Le contestaremos lo más pronto posible.\n\nGracias por ponerse en contacto con nosotros.',
    ],
    [
      'an English form with a crypto bonus in the name field',
      'Bayview Dental <noreply@bayviewdental-example.com>',
      'We received your message',
      'Hi 💰 You have a BTC bonus waiting: https://claim-btc-bonus.top/r/8812 💰, thank you for contacting us!\n' +
        'We will get back to you as soon as possible.\nBayview Dental',
    ],
    [
      'a German form with a prize link in the name field',
      'Praxis Weber <kontakt@praxis-weber-beispiel.de>',
      'Ihre Anfrage',
      'Hallo 🎁 Gewinn abholen: https://gewinn-sofort.xyz/de 🎁, vielen Dank für Ihre Nachricht.\n' +
        'Wir melden uns so schnell wie möglich.\nPraxis Weber',
    ],
  ];
  for (const [what, from, subject, body] of attacks)
    it(`flags ${what}`, () => {
      const r = mail(from, subject, body);
      const f = one(r, 'content.pretext');
      expect(f?.status).to.equal('fail');
      expect(f?.message.key).to.equal('content.pretext.form-echo');
      expect(r.verdict).to.equal('likely-phishing');
    });

  const twins: Case[] = [
    [
      "a real acknowledgement quoting the reader's own message and link after its words",
      'Bayview Dental <noreply@bayviewdental-example.com>',
      'We received your message',
      'Hi Jordan, thank you for contacting us! We will get back to you as soon as possible.\n\nYour message:\n' +
        '"Could you look at the X-ray I uploaded here: https://www.dropbox.com/s/abc123/xray.pdf"\nBayview Dental',
    ],
    [
      'an acknowledgement linking to its own site',
      'Praxis Weber <kontakt@praxis-weber-beispiel.de>',
      'Ihre Anfrage',
      'Hallo Jordan, vielen Dank für Ihre Nachricht. Wir melden uns so schnell wie möglich.\n' +
        'Unsere Sprechzeiten: https://www.praxis-weber-beispiel.de/sprechzeiten\nPraxis Weber',
    ],
    [
      "a help desk's ticket link on a line of its own",
      'Acme Support <support@acme-example.com>',
      '[Ticket #48812] We have received your request',
      'https://acme-example.zendesk.com/hc/requests/48812\n\nWe have received your request (#48812) and will get back ' +
        'to you as soon as possible.\nAcme Support',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(bad(r)).to.not.include('content.pretext');
      expect(r.verdict).to.equal('no-red-flags');
    });
});

describe('Turkish toll, bill and bank-change wording', () => {
  it('flags the unpaid bridge-and-motorway toll with its fine and deadline as a lure', () => {
    const r = mail(
      'PTT HGS <bilgi@hgs-odeme-sorgula.com>',
      'Ödenmemiş geçiş ücreti',
      'Sayın Araç Sahibi,\nAracınıza ait 3 adet ödenmemiş köprü ve otoyol geçiş ücreti bulunmaktadır.\n' +
        'Ödemenin 15 gün içinde yapılmaması halinde geçiş ücretinin 4 katı tutarında idari para cezası ' +
        'uygulanacaktır.\nBorç sorgulama ve ödeme: https://hgs-odeme-sorgula.com/ptt/hgs/?plaka=34',
    );
    expect(one(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("flags a supplier's IBAN change for the payments to come", () => {
    const r = mail(
      'Muhasebe <muhasebe@tedarikci-ornek.com.tr>',
      'IBAN değişikliği hk.',
      'Merhaba,\nBanka değişikliği nedeniyle IBAN numaramız değişmiştir. Bundan sonraki ödemeler için lütfen yeni ' +
        'hesaba ödeme yapınız:\nIBAN: TR33 0006 1005 1978 6457 8413 26\nSaygılarımızla,\nMuhasebe',
    );
    expect(one(r, 'content.bank-change')?.status).to.equal('fail');
  });

  const twins: Case[] = [
    [
      "a real operator's bill-ready notice",
      'Turkcell <fatura@turkcell-ornek.com.tr>',
      'Faturanız hazır',
      'Sayın Jordan Lee,\nAğustos dönemi faturanız hazırlanmıştır. Fatura tutarı: 249,90 TL. Son ödeme tarihi: ' +
        '28.08.2026.\nFaturanızı https://www.turkcell-ornek.com.tr/fatura adresinden görüntüleyebilirsiniz.\nTurkcell',
    ],
    [
      'a real HGS balance notice',
      'HGS <bilgi@hgs-ornek.gov.tr>',
      'HGS bakiye bilgilendirme',
      'Sayın Araç Sahibi,\n34 ABC 123 plakalı aracınıza ait HGS bakiyeniz 45,00 TL’dir. Geçiş ücretleri bakiyenizden ' +
        'otomatik olarak düşülmektedir.\nBakiye yükleme: https://www.hgs-ornek.gov.tr\nHGS',
    ],
    [
      "a supplier's invoice paid to the account on file",
      'Muhasebe <muhasebe@tedarikci-ornek.com.tr>',
      'Fatura 2026/0412',
      'Merhaba,\nEkte 2026/0412 numaralı faturamızı bulabilirsiniz. Ödemeyi her zamanki hesabımıza 30 gün içinde ' +
        'yapabilirsiniz.\nSaygılarımızla,\nMuhasebe',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(r.verdict).to.equal('no-red-flags');
    });
});

describe('the European Portuguese document share on a rented page (links.rented-page)', () => {
  it('flags "Foi partilhado consigo um documento … Aceder ao documento" on a page anyone rents', () => {
    const r = mail(
      'Sofia Marques <sofia.marques@camara-exemplo.pt>',
      'Documento partilhado',
      'Boa tarde,\nFoi partilhado consigo um documento através do OneDrive da Câmara Municipal.\n' +
        'Aceder ao documento: https://auto-medicao-6.netlify.app/doc/?e=Z2Vy\nCom os melhores cumprimentos,\nSofia',
    );
    expect(one(r, 'links.rented-page')?.status).to.equal('fail');
  });

  it("leaves a colleague's Portuguese note with the same kind of link and no offer clean", () => {
    const r = mail(
      'Sofia Marques <sofia.marques@camara-exemplo.pt>',
      'Protótipo do site',
      'Boa tarde,\nO protótipo do novo site da feira está em https://feira-prototipo.netlify.app para comentários.\n' +
        'Com os melhores cumprimentos,\nSofia',
    );
    expect(bad(r)).to.not.include('links.rented-page');
  });
});

describe("an authenticated self-made domain whose one button is a rented page, with the sign-in asked in the lure's words", () => {
  const attacks: Case[] = [
    [
      'English: "Sign in to view and pay the invoice" on netlify.app',
      'Accounts <billing@northwind-invoices.com>',
      'Invoice INV-2231',
      'Hello,\nYour invoice INV-2231 is ready. Sign in to view and pay the invoice:\n' +
        'https://inv-portal-2231.netlify.app/view\nAccounts',
    ],
    [
      'Portuguese: "Faça login para visualizar a fatura" on web.app',
      'Faturação <faturacao@servicos-faturas.pt>',
      'Fatura disponível',
      'Olá,\nA sua fatura está disponível. Faça login para visualizar a fatura:\n' +
        'https://fatura-cliente-8812.web.app/\nFaturação',
    ],
    [
      'French: "Connectez-vous pour consulter" on pages.dev',
      'Comptabilité <compta@facturation-pro-exemple.fr>',
      'Facture en attente',
      'Bonjour,\nConnectez-vous pour consulter votre facture :\nhttps://facture-client-2231.pages.dev/\nComptabilité',
    ],
  ];
  for (const [what, from, subject, body] of attacks)
    it(`flags ${what}`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'links.rented-page')?.status).to.equal('fail');
      expect(r.verdict).to.not.equal('no-red-flags');
    });

  const twins: Case[] = [
    [
      "an organisation's preview on netlify.app with no ask",
      'Dev Team <dev@northwind-example.com>',
      'New landing page preview',
      'Hi Jordan,\nThe new landing page is up for review: https://landing-preview-2231.netlify.app\nDev Team',
    ],
    [
      "a bank's own notice: sign in to view the statement on its own site",
      'Northwind Bank <statements@northwindbank-example.com>',
      'Your statement is ready',
      'Dear Jordan,\nYour March statement is ready. Sign in to view it at https://www.northwindbank-example.com/login\n' +
        'Northwind Bank',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(r.verdict).to.equal('no-red-flags');
    });
});

describe("the energy supplier's arrears kit and the booking platform's partner kit (content.lure)", () => {
  it('flags the arrears kit: supply interrupted, payment details to update, from a sender nobody answers for', () => {
    const r = analyze({
      headers:
        'From: Customer Accounts <accounts@homeenergy-billing.co.uk>\r\nTo: jordan.lee@example.net\r\n' +
        'Subject: Action needed: your account is in arrears\r\nDate: Tue, 2 Dec 2025 10:12:00 +0000\r\n',
      text:
        'Dear Customer,\nYour bank returned your last two Direct Debit payments unpaid. If the balance remains ' +
        'unpaid, your supply may be interrupted.\nYou can avoid this by updating your payment details today:\n' +
        'https://homeenergy-billing.co.uk/myaccount/payment-update\nCustomer Accounts Team',
    });
    expect(one(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("flags the partner kit's reduced visibility with its 24-hour deadline (French)", () => {
    const r = mail(
      'Relations Partenaires <partenaires@extranet-hotelpartner.com>',
      'Réclamation client - réservation 4127703918',
      'Bonjour,\nUn client a signalé un problème. Vous devez répondre à cette réclamation sous 24 heures. Sans ' +
        'réponse, la visibilité de votre établissement pourra être temporairement réduite.\nConsulter la réclamation : ' +
        'https://hotel-claims-4127.netlify.app/login\nService Relations Partenaires',
    );
    expect(one(r, 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  const twins: Case[] = [
    [
      "a real supplier's arrears letter from its own domain, linking to itself",
      'Northwind Energy <accounts@northwind-energy-example.co.uk>',
      'Your account is in arrears',
      'Dear Jordan,\nYour last Direct Debit was returned unpaid. If the balance remains unpaid, your supply may be ' +
        'interrupted, so please get in touch or update your payment details in your account at ' +
        'https://www.northwind-energy-example.co.uk/account.\nIf you are struggling to pay, we can arrange a plan.\n' +
        'Northwind Energy',
    ],
    [
      "a real booking platform's partner notice from its own domain",
      'Partner Hub <partners@staybook-example.com>',
      'Keep your calendar up to date',
      'Dear partner,\nProperties whose availability is out of date for weeks may see the ranking of your property ' +
        'reduced in search results. Update your calendar at https://admin.staybook-example.com/calendar.\nPartner Hub',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} clean`, () => {
      expect(mail(from, subject, body).verdict).to.equal('no-red-flags');
    });
});
