/**
 * The trademark or patent "publication" fee (content.pretext.mark-fee, issue #16): a register named like an office's
 * (WIPO, EUIPO, INPI, USPTO look-alikes) bills the applicant — whose number it copied from the official bulletin — for
 * publishing the mark, to a foreign IBAN, and threatens that the publication is cancelled or the mark left open to
 * others' filings. Sent in the applicant's language; from the kit's own domain, which authenticates. Twins: an IP
 * attorney's own authenticated invoice for a real filing, an office's renewal reminder ("the registration will
 * lapse"), a newsletter about such scams. Every message is synthetic.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, bad, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });

type Case = [what: string, from: string, subject: string, body: string];

const attacks: Case[] = [
  [
    'a Portuguese "Registo Europeu de Marcas" after an INPI filing',
    'Registo Europeu <faturacao@remp-registo.eu>',
    'Publicação da marca - pedido n.º 719844',
    'Exmos. Senhores,\nEm conformidade com o pedido de registo n.º 719844 apresentado junto do INPI, procedemos à ' +
      'publicação da V/ marca no Registo Europeu de Marcas e Patentes.\nValor da publicação: 2.390,00 EUR\n' +
      'O pagamento deverá ser efetuado no prazo de 10 dias por transferência bancária:\nIBAN: SK31 1100 0000 0029 4718 2251\n' +
      'Decorrido o prazo sem pagamento, a publicação será cancelada e a marca poderá ficar exposta a registos de ' +
      'terceiros.\nDepartamento de Faturação',
  ],
  [
    'an English "World Trademark Register" after a USPTO filing',
    'WTR Billing <billing@world-tm-register.org>',
    'Trademark publication - Serial No. 98/551,204',
    'Dear Applicant,\nFollowing your application Serial No. 98/551,204 with the USPTO, we confirm the publication of ' +
      'your trademark in the International Trademark Register for 10 years.\nAmount due: USD 2,190.00. Please transfer ' +
      'the amount to IBAN LV80 BANK 0000 4351 9500 1 within 8 days.\nIf payment is not received, the publication ' +
      'will be cancelled and your mark exposed to third-party registrations.\nAccounts Department',
  ],
  [
    'a German "Europäisches Markenregister" after a DPMA filing',
    'EMR Rechnungsstelle <rechnung@eu-markenregister.com>',
    'Veröffentlichung Ihrer Marke Nr. 30 2026 014 772',
    'Sehr geehrte Damen und Herren,\nzu Ihrer Anmeldung beim DPMA bestätigen wir die Veröffentlichung Ihrer Marke ' +
      'im Europäischen Markenregister.\nGesamtbetrag: 1.980,00 EUR, zahlbar innerhalb von 10 Tagen.\n' +
      'IBAN: CZ65 0800 0000 1920 0014 5399\nOhne Zahlung wird die Veröffentlichung storniert.\nIhre Buchhaltung',
  ],
  [
    'a French "Registre international des marques" after an INPI filing',
    'RIM Facturation <facturation@rim-marques.net>',
    'Publication de votre marque n° 5 104 882',
    'Madame, Monsieur,\nSuite à votre dépôt auprès de l’INPI, nous procédons à la publication de votre marque dans le ' +
      'Registre international des marques.\nMontant à payer : 2 150,00 EUR par virement bancaire sous 10 jours.\n' +
      'IBAN : HU42 1177 3016 1111 1018 0000 0000\nÀ défaut de paiement, la publication sera annulée.\nService facturation',
  ],
];

describe('the trademark or patent "publication" fee to an IBAN (content.pretext.mark-fee)', () => {
  for (const [what, from, subject, body] of attacks)
    it(`flags ${what} though the kit's own domain authenticates`, () => {
      const r = mail(from, subject, body);
      const f = one(r, 'content.pretext');
      expect(f?.status).to.equal('fail');
      expect(f?.message.key).to.equal('content.pretext.mark-fee');
      expect(r.verdict).to.equal('likely-phishing');
    });
});

describe('genuine mail about marks and their fees stays clean', () => {
  const twins: Case[] = [
    [
      'a Portuguese IP attorney’s invoice for a real INPI filing',
      'Sofia Martins <sofia.martins@martins-pi.pt>',
      'Fatura 2026/114 - Registo de marca QUINTA DOS SALGUEIROS',
      'Exmos. Senhores,\nJunto enviamos a fatura relativa ao registo da V/ marca junto do INPI (pedido n.º 719844), ' +
        'cuja publicação no Boletim da Propriedade Industrial ocorreu a 3 de março.\nTaxas oficiais: 125,00 EUR\n' +
        'Honorários: 350,00 EUR\nValor a pagar: 475,00 EUR. O pagamento deverá ser efetuado no prazo de 30 dias por ' +
        'transferência bancária para o IBAN PT50 0033 0000 4521 8877 1230 5.\nCom os melhores cumprimentos,\nMartins PI',
    ],
    [
      'an English attorney’s renewal reminder ("the registration will lapse")',
      'Renewals <renewals@harperip.co.uk>',
      'Renewal due: UK trade mark UK00003412871',
      'Dear Jordan,\nThe registration of your trademark UK00003412871 is due for renewal on 14 May. Our fee and the ' +
        'official fee total GBP 420.00; payment within 30 days by bank transfer to our account (sort code 20-00-00, ' +
        'account 43125566).\nIf it is not renewed, the registration will lapse and can be restored only within six ' +
        'months.\nHarper IP Renewals',
    ],
    [
      'a German chamber newsletter warning of such offers',
      'IHK Newsletter <newsletter@ihk-beispiel.de>',
      'Vorsicht vor Rechnungen für Markenveröffentlichungen',
      'Liebe Mitglieder,\nderzeit erhalten Anmelder Schreiben zur „Veröffentlichung Ihrer Marke“ in einem ' +
        '„Europäischen Markenregister“. Solche Anbieter sind keine Ämter; die Gebühren des DPMA werden nur nach dessen ' +
        'eigenem Bescheid gezahlt.\nIhre IHK',
    ],
  ];
  for (const [what, from, subject, body] of twins)
    it(`leaves ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(bad(r)).to.not.include('content.pretext');
      expect(r.verdict).to.equal('no-red-flags');
    });
});
