/**
 * Brand-table gaps session 38 left (issue #16, item 9; det39a), each verified from a public source (brands.json says
 * which): Vinted's national sites. Each brand's genuine notice from its own domain (DMARC pass) passes clean — the
 * false-alarm twin — and its name from a foreign domain fails (verified) or warns (unverified).
 */
import { expect } from 'chai';
import { claims, itJudgesEachBrand, message, report, type BrandCase } from './national-brand-cases';

const CASES: BrandCase[] = [
  {
    country: 'France',
    name: 'Vinted',
    own: 'vinted.fr',
    foreign: 'vinted-paiement.example',
    foreignStatus: 'fail',
    subject: 'Ton article a été vendu',
    genuine: '<p>Bonne nouvelle : ton article « Veste en jean » a été vendu. Envoie-le avant le 20 mai.</p>',
    lure: "<p>L’acheteur a payé. <a href='https://vinted-paiement.example/recevoir'>Recevoir les fonds</a></p>",
  },
  {
    country: 'Lithuania',
    name: 'Vinted',
    own: 'vinted.lt',
    foreign: 'vinted-lt.example',
    foreignStatus: 'fail',
    subject: 'Tavo prekė parduota',
    genuine: '<p>Tavo prekė parduota. Išsiųsk ją per 5 dienas.</p>',
    lure: "<p>Pirkėjas sumokėjo. <a href='https://vinted-lt.example/gauti'>Gauti pinigus</a></p>",
  },
  {
    country: 'United Kingdom',
    name: 'Vinted',
    own: 'vinted.co.uk',
    foreign: 'vinted-uk.example',
    foreignStatus: 'fail',
    subject: 'Your item has sold',
    genuine: '<p>Your item sold and the buyer paid. Ship it within 5 working days to get paid.</p>',
    lure: "<p>The buyer has paid. <a href='https://vinted-uk.example/confirm'>Confirm the sale to release the money</a></p>",
  },
];

describe('det39a brand gaps: Vinted', () => {
  itJudgesEachBrand(CASES);

  it('claims Vinted by its name, not a word that begins like it', () => {
    expect(claims('Vinted')).to.deep.equal(['vinted']);
    expect(claims('Team Vinted')).to.deep.equal(['vinted']);
    expect(claims('Vintage Finds')).to.deep.equal([]);
  });

  it('passes a smaller market’s site the table leaves to the national reading (vinted.se, DMARC pass)', async () => {
    const r = await report(message('Vinted', 'vinted.se', 'Din vara har sålts', '<p>Din vara har sålts.</p>', true));
    expect(r.findings.find((f) => f.id === 'sender.brand-mismatch')).to.include({ status: 'pass' });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves Vinted’s own “add your bank details to get paid” notice from vinted.de at most a warning', async () => {
    const r = await report(
      message(
        'Vinted',
        'vinted.de',
        'Dein Artikel wurde verkauft',
        '<p>Dein Artikel wurde verkauft und bezahlt. Um dein Guthaben auszuzahlen, hinterlege deine Bankverbindung in ' +
          "deinem <a href='https://www.vinted.de/wallet/balance'>Vinted-Guthaben</a>.</p>",
        true,
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});
