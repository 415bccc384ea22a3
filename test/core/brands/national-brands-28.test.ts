/**
 * National brands merged in session 28 (issue #16, brand knowledge; staged in session 26, all unverified): a sample of
 * countries, each brand's genuine notice from its own domain clean and its name from a foreign domain warned about
 * (unverified domains only warn), and the task pane, which lets most of them wait whole (issue #19), drawing the same
 * report as the command line or asking for them first.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { forgetLateBrandNames, loadBrandNames, loadBrands } from '../../../src/core/brands/lookup';
import { projectRoot } from '../../helpers';
import { claims, itJudgesEachBrand, message, type BrandCase } from './national-brand-cases';

const require = createRequire(import.meta.url);
const { splitLateNames } = require('../../../scripts/brand-names-pane.cjs') as {
  splitLateNames: (brands: unknown[]) => Parameters<typeof forgetLateBrandNames>[0];
};

const CASES: BrandCase[] = [
  {
    country: 'Romania',
    name: 'FAN Courier',
    own: 'fancourier.ro',
    foreign: 'fan-courier-livrare.example',
    foreignStatus: 'warn',
    subject: 'Coletul tău este în livrare',
    genuine: '<p>Coletul 2345678901 va fi livrat astăzi de curierul nostru.</p>',
    lure: "<p>Coletul nu a putut fi livrat. <a href='https://fan-courier-livrare.example/taxa'>Plătiți 2,99 lei</a></p>",
  },
  {
    country: 'Hungary',
    name: 'Nemzeti Adó- és Vámhivatal',
    own: 'nav.gov.hu',
    foreign: 'nav-ado-visszaterites.example',
    foreignStatus: 'warn',
    subject: 'Adó-visszatérítés',
    genuine: '<p>Tájékoztatjuk, hogy a bevallási tervezet elérhető az eSZJA oldalon.</p>',
    lure: "<p>Adó-visszatérítés jár Önnek. <a href='https://nav-ado-visszaterites.example/igenyles'>Igénylés</a></p>",
  },
  {
    country: 'Indonesia',
    name: 'JNE Express',
    own: 'jne.co.id',
    foreign: 'jne-paket.example',
    foreignStatus: 'warn',
    subject: 'Status pengiriman',
    genuine: '<p>Paket Anda dengan nomor resi 0123456789 sedang dalam perjalanan.</p>',
    lure: "<p>Paket Anda tertahan. <a href='https://jne-paket.example/bayar'>Bayar biaya Rp 15.000</a></p>",
  },
  {
    country: 'Thailand',
    name: 'Krungsri',
    own: 'krungsri.com',
    foreign: 'krungsri-verify.example',
    foreignStatus: 'warn',
    subject: 'ยืนยันบัญชีของคุณ',
    genuine: '<p>ใบแจ้งยอดบัญชีประจำเดือนของท่านพร้อมให้ดูแล้วในแอป</p>',
    lure: "<p>บัญชีของท่านถูกระงับ <a href='https://krungsri-verify.example/login'>ยืนยันตัวตน</a></p>",
  },
  {
    country: 'the Philippines',
    name: 'PHLPost',
    own: 'phlpost.gov.ph',
    foreign: 'phlpost-delivery.example',
    foreignStatus: 'warn',
    subject: 'Your parcel is on hold',
    genuine: '<p>Your parcel RR123456789PH has arrived at the Manila Central Post Office.</p>',
    lure: "<p>Your parcel is on hold. <a href='https://phlpost-delivery.example/fee'>Pay the PHP 45 fee</a></p>",
  },
  {
    country: 'Nigeria',
    name: 'MTN Nigeria',
    own: 'mtn.ng',
    foreign: 'mtn-rewards.example',
    foreignStatus: 'warn',
    subject: 'Your data bundle',
    genuine: '<p>Your 10GB monthly data bundle has been renewed.</p>',
    lure: "<p>You have won 50GB of free data. <a href='https://mtn-rewards.example/claim'>Claim it now</a></p>",
  },
  {
    country: 'Malaysia',
    name: 'Touch n Go',
    own: 'touchngo.com.my',
    foreign: 'tng-ewallet-reload.example',
    foreignStatus: 'warn',
    subject: 'eWallet reload',
    genuine: '<p>Your reload of RM50 to your eWallet was successful.</p>',
    lure: "<p>Your eWallet will be suspended. <a href='https://tng-ewallet-reload.example/verify'>Verify now</a></p>",
  },
  {
    country: 'Egypt',
    name: 'Fawry',
    own: 'fawry.com',
    foreign: 'fawry-pay.example',
    foreignStatus: 'warn',
    subject: 'Payment receipt',
    genuine: '<p>Your payment of EGP 350 for your electricity bill was received.</p>',
    lure: "<p>Your payment failed. <a href='https://fawry-pay.example/retry'>Pay again</a></p>",
  },
  {
    country: 'Kenya',
    name: 'Posta Kenya',
    own: 'posta.co.ke',
    foreign: 'posta-kenya-parcel.example',
    foreignStatus: 'warn',
    subject: 'Parcel awaiting collection',
    genuine: '<p>Your parcel is ready for collection at the GPO Nairobi counter.</p>',
    lure: "<p>Your parcel is held at customs. <a href='https://posta-kenya-parcel.example/pay'>Pay KES 150</a></p>",
  },
  {
    country: 'Pakistan',
    name: 'Pakistan Post',
    own: 'pakpost.gov.pk',
    foreign: 'pakpost-tracking.example',
    foreignStatus: 'warn',
    subject: 'Article delivery',
    genuine: '<p>Your article RL123456789PK was delivered in Lahore.</p>',
    lure: "<p>We could not deliver your article. <a href='https://pakpost-tracking.example/address'>Update address</a></p>",
  },
];

describe('the national brands merged in session 28 (issue #16, brand knowledge)', () => {
  itJudgesEachBrand(CASES);

  it('reads their names, their short names only as they write them, and ordinary words as none of them', () => {
    expect(claims('FAN Courier')).to.deep.equal(['fan-courier']);
    expect(claims('Bank of Ayudhya')).to.deep.equal(['krungsri']);
    expect(claims('ธนาคารกรุงศรีอยุธยา')).to.deep.equal(['krungsri']);
    expect(claims('JNE')).to.deep.equal(['jne']);
    expect(claims('jne')).to.deep.equal([]);
    expect(claims('Touch ’n Go')).to.deep.equal(['touch-n-go']);
    expect(claims('A fan of courier pigeons')).to.deep.equal([]);
    expect(claims('Touch and go')).to.deep.equal([]);
  });
});

describe('the session-28 national brands in the task pane, waiting whole (issue #19)', () => {
  const split = splitLateNames(JSON.parse(readFileSync(join(projectRoot, 'src/core/brands/brands.json'), 'utf8')));
  afterEach(() => loadBrandNames());

  it('lets most of them wait whole', () => {
    const waiting = new Set(split.rows.map(([, row]) => (row as { id: string }).id));
    const ids = ['fan-courier', 'nav-hu', 'jne', 'phlpost', 'touch-n-go', 'posta-kenya', 'pakistan-post'];
    expect(ids.filter((id) => !waiting.has(id))).to.deep.equal([]);
    // Under no country's domain (fawry.com, krungsri.com) a brand is no national one: it starts in the table.
    expect(['fawry', 'krungsri'].filter((id) => waiting.has(id))).to.deep.equal([]);
    expect(loadBrands().brands.some((b) => b.id === 'fawry')).to.equal(true);
  });

  for (const c of CASES)
    it(`draws ${c.name}'s genuine notice and its lure as the command line does, or asks for the brands first`, async () => {
      for (const [domain, html, aligned] of [
        [c.own, c.genuine, true],
        [c.foreign, c.lure, false],
      ] as const) {
        const input = await parseMessage(message(c.name, domain, c.subject, html, aligned));
        const whole = analyze(input);
        forgetLateBrandNames(split);
        const first = analyze(input);
        // Each names the brand (its display name): the pane asks for the waiting ones before drawing.
        if (!(first.needs ?? []).includes('brand-names')) expect(first, domain).to.deep.equal(whole);
        await loadBrandNames();
        expect(analyze(input), domain).to.deep.equal(whole);
      }
    });
});
