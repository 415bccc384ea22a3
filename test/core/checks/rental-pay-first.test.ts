/**
 * content.rental-deposit's second ending (rental-deposit-judge.ts PAY_FIRST; issue #16, challenge set 28): the absent
 * landlord who cannot show the place and asks for a "holding deposit" before any viewing — his "property manager has
 * the keys" and shows it once the money is in (the Canadian e-Transfer variant), rather than posting the keys.
 * Twins: a landlord away who has a manager show the flat and takes the deposit at signing; a letting agent's own
 * holding-deposit notice after a viewing, from its domain.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import { find, mail } from './family-mail';

before(() => loadAllCheckData());

const rental = (text: string, from = 'Michael Hartley <m.hartley.md@hotmail.com>', domain = 'hotmail.com') =>
  analyze(mail(from, domain, 'priya@example.ca', 'Re: 2 bedroom condo (Kijiji ad)', text));

describe('content.rental-deposit: the holding deposit before any viewing', () => {
  it('fails the away landlord whose manager shows the unit once a holding deposit is sent by e-Transfer', () => {
    const r = rental(
      'Thank you for your interest in my condo. I was transferred to a hospital in Calgary on a 2-year contract, so I ' +
        'am unable to show the unit in person. My property manager has the keys and the unit can be shown as soon as a ' +
        'holding deposit is received. To hold the unit and arrange the viewing, please send the first month ($1,650) by ' +
        'Interac e-Transfer. It is fully refundable.',
    );
    expect(find(r, 'content.rental-deposit')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the Spanish wording: no puede mostrar, depósito para apartar el departamento antes de la visita', () => {
    const r = rental(
      'Estoy fuera del país por trabajo y no puedo mostrar el departamento. Para apartar el departamento necesito un ' +
        'depósito de 8.000 pesos antes de la visita con mi encargado.',
      'Laura <laura.renta22@gmail.com>',
      'gmail.com',
    );
    expect(find(r, 'content.rental-deposit')?.status).to.equal('fail');
  });

  it('leaves a landlord away whose manager shows the flat, deposit at signing, and an agent’s holding deposit clean', () => {
    const away = rental(
      'I am out of the country until June, but my property manager Dana can show you the unit on Saturday. The ' +
        'deposit is paid when you sign the lease at her office.',
    );
    expect(find(away, 'content.rental-deposit')).to.equal(undefined);
    expect(away.verdict).to.equal('no-red-flags');
    const agent = analyze(
      mail(
        'Lakeshore Rentals <leasing@lakeshorerentals.ca>',
        'lakeshorerentals.ca',
        'priya@example.ca',
        'Your application for unit 1204',
        'Thanks for viewing unit 1204 today. The owner is abroad and unable to show it himself, so we handle the lease. ' +
          'A holding deposit secures the unit once your application is approved.',
      ),
    );
    expect(find(agent, 'content.rental-deposit')).to.equal(undefined);
  });
});
