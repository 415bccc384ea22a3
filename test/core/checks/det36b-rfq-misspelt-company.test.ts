/**
 * A quotation request from a one-letter misspelling of the company it signs as (sender.lookalike-domain): the
 * impostor of a supplier nobody's brand table knows writes the real company's name in the From or its website in the
 * signature, and mails from `nordwnd-industrial.com` with DMARC passing (issue #16). Twins: a company whose mail domain
 * and website differ legitimately — a group domain, the same name under a country's suffix, with or without a hyphen.
 */
import { expect } from 'chai';
import { authenticatedMail } from './authenticated-mail';
import type { Report } from '../../../src/core/report';

const rfq = (signature: string) =>
  'Dear Jordan,\n\nPlease find our request for quotation RFQ-2291 for 400 units of the flanged bearing attached. ' +
  'Kindly send your best price and delivery time by Friday.\n\nBest regards,\nMarek Nowak\nPurchasing Manager\n' +
  signature;

const lookalike = (r: Report) => r.findings.find((f) => f.id === 'sender.lookalike-domain');

describe('det36b: a quotation request from a misspelling of the company it signs as', () => {
  it('fails a From a letter off the website its signature gives (nordwnd-industrial.com, www.nordwind-industrial.com)', () => {
    for (const [from, site] of [
      ['marek@nordwnd-industrial.com', 'www.nordwind-industrial.com'],
      ['marek@nordwind-industriall.com', 'https://nordwind-industrial.com'],
    ]) {
      const r = authenticatedMail(
        `Marek Nowak <${from}>`,
        'Request for quotation RFQ-2291',
        rfq(`Nordwind Industrial GmbH\n${site}`),
      );
      expect(lookalike(r)?.status, from).to.equal('fail');
      expect(lookalike(r)?.message.params, from).to.deep.include({ target: 'nordwind-industrial.com' });
      expect(r.verdict, from).to.not.equal('no-red-flags');
    }
  });

  it('fails a From whose display name is the company a letter off its domain ("Nordwind Industrial" at nordwnd-industrial.com)', () => {
    const r = authenticatedMail(
      'Nordwind Industrial GmbH <marek@nordwnd-industrial.com>',
      'Request for quotation RFQ-2291',
      rfq('Nordwind Industrial GmbH'),
    );
    expect(lookalike(r)?.status).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('keeps quiet for a group domain, a country suffix of the same name, a hyphen, a plural, accents, umlauts spelled out, words more or fewer and a person', () => {
    for (const [from, signature] of [
      ['Marek Nowak <marek@nordwindgroup.com>', 'Nordwind Industrial GmbH\nwww.nordwind-industrial.de'],
      ['Marek Nowak <marek@nordwind-industrial.com>', 'Nordwind Industrial GmbH\nwww.nordwind-industrial.de'],
      ['Marek Nowak <marek@kestrelmachining.com>', 'Kestrel Precision Machining\nwww.kestrel-machining.co.uk'],
      ['Acme Tools Supply <orders@acmetoolsupply.com>', 'Acme Tools Supply\nwww.acmetoolsupply.com'],
      ['Jon Smith <jon@johnsmith.com>', 'Jon'],
      ['Cerâmica da Ribeira <encomendas@ceramicadaribeira.pt>', 'Cerâmica da Ribeira, Lda.'],
      ['Gartenhaus Müller <einkauf@gartenhaus-mueller.de>', 'Gartenhaus Müller GmbH'],
      // The name and a department or document after it, a one-letter "and" the domain leaves out (set32 g-pt-01).
      ['Madeireira São Bento - NF-e <nfe@madeireirasaobento.com.br>', 'Madeireira São Bento Ltda.'],
      ['Ferreira e Filhos Transportes <geral@ferreirafilhostransportes.pt>', 'Ferreira e Filhos, Lda.'],
      ['Faturação - Ferreira Filhos Transportes <geral@ferreirafilhostransportes.pt>', 'Ferreira Filhos'],
    ]) {
      const r = authenticatedMail(from!, 'Request for quotation RFQ-2291', rfq(signature!));
      expect(lookalike(r), from).to.equal(undefined);
      expect(r.verdict, from).to.equal('no-red-flags');
    }
  });
});
