/**
 * A quotation request whose display name is the company's name one letter off the domain's label, with the department
 * or role that writes it ("Nordwind Industrial Purchasing" <…@nordwnd-industrial.com>): lookalike.ts misspeltName reads
 * the name without the department (issue #16). Twins: the real company with its department, short names, persons,
 * a sister company sharing a word, plurals, accents, a department in the domain itself.
 */
import { expect } from 'chai';
import { authenticatedMail } from './authenticated-mail';
import { misspeltName } from '../../../src/core/brands/lookalike';
import type { Report } from '../../../src/core/report';

const rfq = (signature: string) =>
  'Dear Jordan,\n\nPlease find our request for quotation RFQ-2291 for 400 units of the flanged bearing attached. ' +
  'Kindly send your best price and delivery time by Friday.\n\nBest regards,\nMarek Nowak\nPurchasing Manager\n' +
  signature;

const lookalike = (r: Report) => r.findings.find((f) => f.id === 'sender.lookalike-domain');

describe('det37a: a misspelt company name with its department in the display name', () => {
  it('fails the name a letter off the domain with a department or role after or before it, in several languages', () => {
    for (const from of [
      'Nordwind Industrial Purchasing <marek@nordwnd-industrial.com>',
      'Nordwind Industrial - Procurement Dept. <marek@nordwnd-industrial.com>',
      'Nordwind Industrial Accounts Payable <ap@nordwnd-industrial.com>',
      'Einkauf | Nordwind Industrial GmbH <einkauf@nordwnd-industrial.com>',
      'Nordwind Industrial Sales Team <sales@nordwind-industriall.com>',
      'Compras - Nordwind Industrial <compras@nordwnd-industrial.com>',
      'Nordwind Industrial Achats <achats@nordwnd-industrial.com>',
      'Nordwind Industrial 購買部 <marek@nordwnd-industrial.com>',
      'Cerâmica da Ribeira - Compras <geral@ceramicadaribera.pt>',
    ]) {
      const r = authenticatedMail(from, 'Request for quotation RFQ-2291', rfq('Nordwind Industrial GmbH'));
      expect(lookalike(r)?.status, from).to.equal('fail');
      expect(r.verdict, from).to.not.equal('no-red-flags');
    }
  });

  it('keeps quiet for the real company with its department, sister companies, short names, persons, plurals, accents', () => {
    for (const [from, signature] of [
      ['Acme Industrial Purchasing <buyer@acme-industrial.com>', 'Acme Industrial Ltd'],
      ['Nordwind Industrial Purchasing <marek@nordwind-industrial.com>', 'Nordwind Industrial GmbH'],
      ['Einkauf - Nordwind Industrial GmbH <einkauf@nordwind-industrial.de>', 'Nordwind Industrial GmbH'],
      // A sister company sharing a word, with a department.
      ['Nordwind Logistics Purchasing <marek@nordwind-industrial.com>', 'Nordwind Group'],
      ['Nordwind Industrie Einkauf <marek@nordwind-industrial.com>', 'Nordwind Group'],
      // Short names and persons with a department.
      ['Acme Sales <sales@acmes.com>', 'Acme'],
      ['Jon Smith Accounts <jon@johnsmith.com>', 'Jon'],
      ['Marek Nowak - Purchasing <marek@mareknowak.pl>', 'Marek'],
      // Plurals, accents and a department the domain writes too.
      ['Acme Tools Supply Purchasing <orders@acmetoolsupply.com>', 'Acme Tools Supply'],
      ['Cerâmica da Ribeira - Compras <compras@ceramicadaribeira.pt>', 'Cerâmica da Ribeira, Lda.'],
      ['Gartenhaus Müller Einkauf <einkauf@gartenhaus-mueller.de>', 'Gartenhaus Müller GmbH'],
      ['Nordwind Purchasing <marek@nordwindpurchasing.com>', 'Nordwind'],
      ['Accounts Payable <ap@acme-industrial.com>', 'Acme Industrial Ltd'],
    ]) {
      const r = authenticatedMail(from!, 'Request for quotation RFQ-2291', rfq(signature!));
      expect(lookalike(r), from).to.equal(undefined);
      expect(r.verdict, from).to.equal('no-red-flags');
    }
  });

  it('reads only whole department words at the ends: a company named with one in the middle is its whole name', () => {
    expect(misspeltName('salesforce-tools.com', 'Sales Forces Tools')).to.equal(false);
    expect(misspeltName('nordwnd-industrial.com', 'Nordwind Purchasing Industrial')).to.equal(false);
    expect(misspeltName('nordwnd-industrial.com', 'Nordwind Industrial Purchasing')).to.equal(true);
  });
});
