/**
 * The trademark "publication" fee whose threat is worded as what the fee keeps (content.pretext.mark-fee, issue #16):
 * "To maintain the publication of your trademark in our Private Trademark Register … payment must be received by the
 * due date" (set44 p-en-13, a pay-by-QR invoice from the kit's own domain). An office publishes a mark once and never
 * bills for keeping it published. Twins: an attorney's renewal reminder and an office's own notice, which keep the
 * registration — the word a renewal uses — and stay clean. Every message is synthetic.
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

describe('det37e: the mark kept "published" for a fee', () => {
  it('flags the private register’s invoice that bills for maintaining the publication', () => {
    const r = mail(
      'Trademark Compliance Office <notices@tm-compliance-office.com>',
      'Trademark Publication Invoice - Serial No. 98114526 - LAKESHORE COMFORT',
      'TRADEMARK COMPLIANCE OFFICE\nINVOICE / PUBLICATION NOTICE No. INV-TM-2025-30417\nMark: LAKESHORE COMFORT\n' +
        'Serial No.: 98114526\nAmount due: $2,185.00\nDue date: November 30, 2025\n\nTo maintain the publication of ' +
        'your trademark in our Private Trademark Register and protect it against infringement, payment must be ' +
        'received by the due date. Scan the code below with your phone camera to pay securely by card or ACH.',
    );
    const f = one(r, 'content.pretext');
    expect(f?.message.key, bad(r).join(' ')).to.equal('content.pretext.mark-fee');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('flags the Spanish wording of the same invoice', () => {
    const r = mail(
      'Registro Mundial de Marcas <facturacion@rmm-registro.com>',
      'Factura de publicación - solicitud 4471882',
      'Factura n.º 2025-7781\nPublicación de su marca LA ALACENA DEL SUR en el Registro Mundial de Marcas.\n' +
        'Importe total: 1.290,00 EUR\nPara mantener la publicación de su marca, el pago debe recibirse antes del 15 ' +
        'de diciembre mediante transferencia bancaria.',
    );
    expect(one(r, 'content.pretext')?.message.key, bad(r).join(' ')).to.equal('content.pretext.mark-fee');
  });

  for (const [what, from, subject, body] of [
    [
      'an attorney’s reminder to maintain the registration',
      'Renewals <renewals@harperip.com>',
      'Section 8 declaration due: LAKESHORE COMFORT',
      'Dear Dana,\nTo maintain the registration of your trademark LAKESHORE COMFORT (Reg. No. 6123456), a Section 8 ' +
        'declaration of use must be filed between its fifth and sixth anniversary. Our fee and the USPTO fee: amount ' +
        'due $650.00, payment within 30 days.\nKind regards,\nHarper IP',
    ],
    [
      'an office’s notice of the mark’s publication in its gazette',
      'DPMA <noreply@dpma.de>',
      'Veröffentlichung Ihrer Marke 30 2025 104 417',
      'Sehr geehrte Damen und Herren,\ndie Eintragung Ihrer Marke wurde im Markenblatt veröffentlicht. Um die ' +
        'Eintragung Ihrer Marke aufrechtzuerhalten, ist nach zehn Jahren die Verlängerungsgebühr zu zahlen. ' +
        'Achtung: Rechnungen privater Register sind keine Rechnungen des DPMA.\nDeutsches Patent- und Markenamt',
    ],
  ] as const)
    it(`leaves ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'content.pretext'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });
});
