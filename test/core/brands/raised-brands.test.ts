/**
 * Brands raised to verified (issue #16, item 9): a claim of the brand from another domain now fails, so each raise
 * needs its list complete — the twins are the brand's genuine notices from the domains added with the raise (national
 * companies, older domains), which must pass with no red flags. Synthetic fixtures.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadBrands } from '../../../src/core/brands/lookup';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { fixtureText } from '../../helpers';

async function reportOf(raw: string): Promise<Report> {
  return analyze(await parseMessage(raw));
}

const mismatch = (r: Report) => r.findings.find((f) => f.id === 'sender.brand-mismatch');
// The sender, its links and its words (the synthetic relay's documentation IP is origin's matter).
const raised = (r: Report) =>
  r.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && f.section !== 'origin').map((f) => f.id);

describe('brands raised to verified, and their genuine mail from the domains added with the raise', () => {
  const twins: [string, string][] = [
    ['DPD Ireland from dpd.ie', 'brand-twin-dpd-ireland.synthetic.eml'],
    ['GLS Germany from gls-pakete.de', 'brand-twin-gls-germany.synthetic.eml'],
    ['the Agencia Tributaria from correo.aeat.es', 'brand-twin-aeat-notice.synthetic.eml'],
    ['eBay Canada from ebay.ca', 'brand-twin-ebay-canada.synthetic.eml'],
    ['Zalando Lounge from zalando-lounge.de', 'brand-twin-zalando-lounge.synthetic.eml'],
    ['Slack from slack.com, its links through its redirector slack-redir.net', 'brand-twin-slack-digest.synthetic.eml'],
    [
      'Ziggo from ziggo.com, linking to its site ziggo.nl (its subscribers’ mailbox domain too)',
      'brand-twin-ziggo-invoice.synthetic.eml',
    ],
    ['Odido under its former name T-Mobile Nederland from t-mobile.nl', 'brand-twin-tmobile-nl.synthetic.eml'],
  ];
  for (const [who, name] of twins) {
    it(`passes ${who}, with no red flags`, async () => {
      const r = await reportOf(fixtureText(name));
      expect(mismatch(r)).to.include({ status: 'pass' });
      expect(raised(r)).to.deep.equal([]);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }

  it('fails the same DPD notice sent from a domain that is not DPD’s', async () => {
    const raw = fixtureText('brand-twin-dpd-ireland.synthetic.eml')
      .replace(/dpd\.ie/g, 'parcel-redelivery.example')
      .replace('https://track.parcel-redelivery.example/', 'https://parcel-redelivery.example/');
    const r = await reportOf(raw);
    expect(mismatch(r)).to.include({ status: 'fail' });
    expect(mismatch(r)!.message.key).to.equal('sender.brand-mismatch');
  });

  it('keeps the raised brands verified, each with a source naming a public page', () => {
    const ids = ['dpd', 'gls', 'postnord', 'facebook', 'la-poste', 'zoom', 'intuit', 'ebay', 'costco', 'afterpay'];
    for (const id of [
      ...ids,
      'proton',
      'webex',
      'discord',
      'kpn',
      'agencia-tributaria',
      'zalando',
      'slack',
      'ziggo',
      'odido',
      'bdo',
      'metrobank',
      'landbank',
      'public-bank-my',
      'cib-egypt',
      'meezan-bank',
      'riyad-bank',
      'leumi',
      'nexi',
      'banco-bpm',
      'deezer',
      'coincheck',
      'gmo-coin',
      'picpay',
    ]) {
      const brand = loadBrands().brands.find((b) => b.id === id);
      expect(brand?.confidence, id).to.equal('verified');
      expect(brand?.source, id).to.match(/https?:\/\//);
    }
  });
});
