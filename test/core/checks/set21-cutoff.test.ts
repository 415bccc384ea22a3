/**
 * The supply to be cut off tonight and a number to call (issue #16, set21's Indian "electricity officer" text):
 * callback-phrases.ts cutoff in en, Hinglish, hi, es, pt, fr, de, it, nl, id, vi, tr, pl, th, read by callback.ts in
 * place of a charge (content.callback.cutoff), and no-link.ts findBareMobile for the ten bare digits of an Indian
 * mobile. Twins: a utility's own reminder from its domain with its number and site, a friend's note with a mobile
 * number and a power cut told. Every message here is synthetic, written inline.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { mail, find } from './family-mail';

describe('set21: the supply to be cut off tonight and a number to call (content.callback.cutoff)', () => {
  it('the Indian "electricity officer" text from gmail, a bare mobile number: likely phishing', () => {
    const r = analyze(
      mail(
        'MSEDCL Billing Dept <msedcl.billing.dept2026@gmail.com>',
        'gmail.com',
        'rajesh@rediffmail.com',
        'Dear Consumer your electricity power will be disconnected today 9:30PM',
        'Dear Consumer,\n\nYour electricity power will be disconnected tonight at 9.30 pm because your previous ' +
          'month bill was not updated. Please immediately contact with our electricity officer Mr. Sunil Patil ' +
          '8927410563 Thank you.\n\nConsumer No: 170011482215\n',
      ),
    );
    const cut = find(r, 'content.callback');
    expect(cut?.status).to.equal('fail');
    expect(cut?.message.key).to.equal('content.callback.cutoff');
    expect((cut?.message.params as { phone?: string }).phone).to.equal('8927410563');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the same threat in Spanish from a free mailbox with a grouped number: likely phishing', () => {
    const r = analyze(
      mail(
        'Departamento de Cortes <cortes.luz.aviso@gmail.com>',
        'gmail.com',
        'marta@gmail.com',
        'Aviso de corte',
        'Estimado cliente: su servicio de luz será suspendido hoy a las 18:00 por falta de pago. Llame al ' +
          '55 4162 8397 para evitarlo.\n',
      ),
    );
    expect(find(r, 'content.callback')?.message.key).to.equal('content.callback.cutoff');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("a utility's own reminder from its domain, with its number and site, stays clean", () => {
    const r = analyze(
      mail(
        'City Power <billing@citypower.example>',
        'citypower.example',
        'rajesh@rediffmail.com',
        'Payment reminder',
        'Dear customer,\n\nYour bill of Rs. 1,284 is overdue. If it stays unpaid for 15 days your electricity ' +
          'supply will be disconnected. Pay at https://www.citypower.example/pay or call us on 1800 233 3435.\n',
      ),
    );
    expect(find(r, 'content.callback')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("a friend's note from gmail with a bare mobile number and no threat stays clean", () => {
    const r = analyze(
      mail(
        'Ravi <ravi.k1988@gmail.com>',
        'gmail.com',
        'rajesh@rediffmail.com',
        'Power cut yesterday',
        'Hi Rajesh, the power was cut off at our place too yesterday. Please contact me on 9876543210 when you ' +
          'are free.\n',
      ),
    );
    expect(find(r, 'content.callback')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
