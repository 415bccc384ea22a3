/**
 * det37b (set42's unflagged brand families): brands the kits wear that the table lacked or could not read, with their
 * domains checked on public pages (brands.json `source`), and the Hindi wording of the SBI YONO kit
 * (lure-phrases-nonlatin.ts).
 * - eFax (efax.com): a fax notice from a look-alike notification domain with only a QR code to scan.
 * - Mexico's SAT (sat.gob.mx), named by 'Buzón Tributario' or its full name, never by the bare 'SAT' (the College
 *   Board's test): the CFDI notice from a taken-over shop's mailbox with a ZIP.
 * - Colombia's SIMIT (fcm.org.co), its bare name only in capitals ('simit' is the Turkish sesame ring): the
 *   fotomulta from a look-alike .com.co through a shortener.
 * - SBI, its app named first ('SBI YONO'), and the Hindi block-tonight and PAN/KYC ask.
 * Each kit fails sender.brand-mismatch; twins: each brand's own authenticated notice, a Turkish simit bakery, the
 * College Board's SAT mail, an accountant naming the Buzón Tributario, SBI's own block notice in Hindi, all clean.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { bad, deliveredMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

type Case = [what: string, from: string, subject: string, text: string];

describe('det37b: set42 brand families (brands.json, Hindi wording)', () => {
  const attacks: Case[] = [
    [
      "an eFax notice from a look-alike notification domain (set42 p-en-07's shape)",
      'eFax Corporate <messages@efax-notifications.com>',
      'Fax Received: 3 pages from 12128406612',
      'You have received a 3 page fax. For your security the fax is protected. Scan the code below with your phone ' +
        'camera to open the document. The document will be deleted after 48 hours.',
    ],
    [
      "a SAT 'Buzón Tributario' CFDI notice from a taken-over shop's mailbox",
      'SAT Buzón Tributario <facturacion@ferreteriaelroble.com.mx>',
      'Buzón Tributario: Notificación de comprobante fiscal CFDI pendiente',
      'Estimado contribuyente: tiene un comprobante fiscal digital (CFDI) pendiente de revisión. Adjuntamos el ' +
        'comprobante en formato comprimido. Descárguelo y ábralo en su equipo para consultarlo.',
    ],
    [
      'a SIMIT fotomulta from a look-alike .com.co through a shortener',
      'SIMIT - Notificaciones <notificaciones@simit-notificaciones.com.co>',
      'Notificación de comparendo electrónico - Placa WNK 482',
      'Le informamos que se ha registrado a su nombre un comparendo por detección electrónica (fotomulta). Valor con ' +
        'descuento (50%) $ 302.050. Consultar evidencia y pagar: https://cutt.ly/simit-comparendo-WNK4',
    ],
    [
      'an SBI YONO block-tonight kit in Hindi',
      'SBI YONO <alerts@sbi-yono-kyc.in>',
      'प्रिय ग्राहक, आपका SBI YONO खाता आज ब्लॉक हो जाएगा – तुरंत KYC अपडेट करें',
      'आपके खाते का PAN कार्ड / KYC विवरण अपडेट नहीं है। आपका SBI YONO खाता और UPI सेवा आज रात 12 बजे तक ब्लॉक कर दी ' +
        'जाएगी। नीचे दिए गए लिंक से तुरंत अपना PAN और KYC अपडेट करें: https://tinyurl.com/sbi-yono-kyc-update',
    ],
  ];
  for (const [what, from, subject, text] of attacks)
    it(`fails ${what}`, () => {
      const r = deliveredMail(from, subject, { text }, true, { freeMail });
      expect(one(r, 'sender.brand-mismatch')?.status, bad(r).join(' ')).to.equal('fail');
      // The SAT notice alone (no link, its ZIP left out here) is suspicious; the others likely.
      expect(r.verdict).to.not.equal('no-red-flags');
    });

  it('reads the SBI kit’s Hindi as the block threat and the KYC ask', () => {
    const [, from, subject, text] = attacks[3]!;
    const r = deliveredMail(from, subject, { text }, false, { freeMail });
    expect(one(r, 'content.lure')?.status, bad(r).join(' ')).to.equal('warn');
  });

  const twins: Case[] = [
    [
      "eFax's own notice from efax.com",
      'eFax <message@inbound.efax.com>',
      'eFax message from "Greystone Dental" - 3 page(s)',
      'You have received a 3 page fax. Log in to view it: https://www.efax.com/login',
    ],
    [
      "the SAT's own notice from sat.gob.mx",
      'SAT Buzón Tributario <notificaciones@sat.gob.mx>',
      'Tiene un mensaje en su Buzón Tributario',
      'Estimado contribuyente: tiene un nuevo mensaje en su Buzón Tributario. Consúltelo en el portal del SAT.',
    ],
    [
      'an accountant naming the Buzón Tributario',
      'Despacho Contable Pérez <contacto@despachoperez.com.mx>',
      'Recordatorio: declaración mensual',
      'Le recordamos revisar su Buzón Tributario y enviarnos sus facturas del mes antes del día 10.',
    ],
    [
      "the College Board's SAT registration mail",
      'College Board SAT <sat@collegeboard.org>',
      'Your SAT registration is confirmed',
      'Your SAT registration for the March test date is confirmed. Print your admission ticket: ' +
        'https://mysat.collegeboard.org/',
    ],
    [
      "SIMIT's own notice from fcm.org.co",
      'SIMIT <notificaciones@fcm.org.co>',
      'Actualización de su estado de cuenta',
      'Consulte su estado de cuenta en https://www.fcm.org.co/simit',
    ],
    [
      'a Turkish simit bakery',
      'Simit Sarayı <bilgi@simitsarayi.com>',
      'Yeni menümüz',
      'Yeni sıcak simit çeşitlerimizi denediniz mi? https://www.simitsarayi.com/menu',
    ],
    [
      "SBI's own notice of a block the client asked for, in Hindi",
      'SBI YONO <yono@sbi.co.in>',
      'आपका कार्ड ब्लॉक कर दिया गया है',
      'प्रिय ग्राहक, आपके अनुरोध पर आपका डेबिट कार्ड ब्लॉक कर दिया गया है। नया कार्ड शाखा से प्राप्त करें। https://sbi.co.in/',
    ],
  ];
  for (const [what, from, subject, text] of twins)
    it(`keeps ${what} clean`, () => {
      const r = deliveredMail(from, subject, { text }, true, { freeMail });
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
});

describe('det37b: "lock your account" is a threat only as the sender’s act (content.lure deletion)', () => {
  it('keeps an exchange’s own sign-in alert telling the reader to lock the account clean (set42 g-en-06’s shape)', () => {
    const r = deliveredMail(
      'Coinbase <no-reply@coinbase.com>',
      'New sign-in to your Coinbase account',
      {
        text:
          "We noticed a new sign-in to your Coinbase account. If this was you, you don't need to do anything. If you " +
          "don't recognize this activity, lock your account immediately and contact support. Review account activity: " +
          'https://www.coinbase.com/settings/security_settings',
      },
      true,
      { freeMail },
    );
    expect(one(r, 'content.lure'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it('still reads "we will lock your account" beside a new sign-in as the lure', () => {
    const r = deliveredMail(
      'Account Security <security@account-alerts.example>',
      'New sign-in to your account',
      { text: 'Unless you confirm it was you, we will lock your account. Confirm: https://account-alerts.example/c' },
      false,
      { freeMail },
    );
    expect(one(r, 'content.lure')?.status, bad(r).join(' ')).to.equal('warn');
  });
});
