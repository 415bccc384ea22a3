/**
 * Issue #16 family 8: links to, and senders on, the platforms of the Public Suffix List's private section where the
 * hand list of rented pages ends (link-services.ts THROWAWAY_HOSTS; hosted-page.ts, hosting-suffixes.ts), judged by
 * links.rented-page, links.throwaway-host and sender.hosting-platform. Attack: the document, the sign-in or the fee
 * behind a page on a platform the hand list lacks (Railway, Blogspot, PythonAnywhere, a Shopify store, a dynamic-DNS
 * name), in the languages the kits are sent in; the sender on such a name. Twins: genuine organisations serve mail
 * and pages from such hosts — a shop's own Shopify store, documentation on Read the Docs, a company's portal on Azure
 * from its own authenticated mail, a company's CDN among its own links, GOV.UK's services, a colleague's demo app with
 * nothing asked, a home server's notice. The list is a chunk of its own: a report asks for it (`hosting-suffixes`) and
 * a fresh reading session draws the complete verdict first. Synthetic messages.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { loadAllCheckData } from '../../../src/core/check-data';
import { forgetHostingSuffixes } from '../../../src/core/checks/hosted-page';
import { forgetDocumentOffer } from '../../../src/core/checks/rented-page';
import type { Report } from '../../../src/core/report';
import { readInFreshPane } from '../../reading-session';
import { rawMail, reportOf, type Probe } from './nolink29/mail';

const find = (r: Report, id: string) => r.findings.find((f) => f.id === id);

/** The lure as a taken-over mailbox sends it: a real domain that authenticates, one button to the rented page. */
const ATTACKS: { what: string; probe: Probe; service: string }[] = [
  {
    what: 'a shared document on Railway (en), from an authenticated mailbox',
    service: 'up.railway.app',
    probe: {
      lang: 'en',
      from: 'Dana Whitfield <d.whitfield@northgate-surveyors.co.uk>',
      subject: 'Northgate Surveyors - Final valuation report',
      body: 'Hello,\n\nDana Whitfield has shared a secure document with you.\n\nView Document:\nhttps://northgate-valuation-2291.up.railway.app/view\n\nKind regards,\nDana',
    },
  },
  {
    what: 'an invoice to open on Blogspot (de), from a sender not authenticated',
    service: 'blogspot.com',
    probe: {
      lang: 'de',
      from: 'Buchhaltung <rechnung@kessler-haustechnik.de>',
      subject: 'Ihre Rechnung Nr. 2025-8812',
      body: 'Guten Tag,\n\nim Anhang finden Sie nichts - bitte Rechnung ansehen unter:\nhttps://kessler-rechnung-8812.blogspot.com/\n\nMit freundlichen Grüßen\nBuchhaltung',
      authenticated: false,
    },
  },
  {
    what: 'a sign-in to keep the mailbox on PythonAnywhere (fr)',
    service: 'pythonanywhere.com',
    probe: {
      lang: 'fr',
      from: 'Service Messagerie <support@cabinet-morel-avocats.fr>',
      subject: 'Votre boîte mail sera suspendue',
      body: 'Bonjour,\n\nVotre compte de messagerie sera suspendu sous 24 heures. Veuillez vous connecter pour valider votre compte :\nhttps://morelwebmail.pythonanywhere.com/login\n\nService Messagerie',
      authenticated: false,
    },
  },
  {
    what: 'a document shared on a dynamic-DNS name (ja)',
    service: 'ddns.net',
    probe: {
      lang: 'ja',
      from: '総務部 <soumu@kt-seimitsu.co.jp>',
      subject: '【共有】2025年度 賞与支給明細',
      body: 'お疲れ様です。\n\n書類が共有されました。以下より資料を表示してください。\nhttps://kt-share-docs.ddns.net/view\n\n総務部',
    },
  },
];

describe('links: the Public Suffix List’s platforms where the hand list ends (hosted-page.ts)', () => {
  for (const { what, probe, service } of ATTACKS) {
    it(`fails ${what}`, async () => {
      const r = await reportOf(probe);
      expect(find(r, 'links.rented-page')?.status).to.equal('fail');
      expect(find(r, 'links.rented-page')?.message.params?.service).to.equal(service);
      expect(find(r, 'links.throwaway-host')?.status).to.equal('warn');
      expect(find(r, 'links.throwaway-host')?.message.params?.service).to.equal(service);
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  it('warns of a parcel fee asked on a stranger’s Shopify store', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Parcel Desk <desk@parcel-returns-desk.com>',
      subject: 'Your parcel is on hold',
      body: 'Hello,\n\nYour parcel could not be delivered. Pay the redelivery fee of GBP 1.99 to release it:\nhttps://redelivery-uk-2291.myshopify.com/pages/pay\n\nParcel Desk',
      authenticated: false,
    });
    expect(find(r, 'links.throwaway-host')?.message.params?.service).to.equal('myshopify.com');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('leaves a shop’s own Shopify store alone (its tenant, hyphens aside)', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Bramblewood Candles <hello@bramblewoodcandles.com>',
      subject: 'Activate your customer account',
      body: 'Hi Ella,\n\nYour account is almost ready. Sign in to your account to see your order:\nhttps://bramblewood-candles.myshopify.com/account/login\n\nThanks for shopping with us!',
    });
    expect(find(r, 'links.rented-page')).to.equal(undefined);
    expect(find(r, 'links.throwaway-host')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('finds no rented page in a company’s portal on Azure in its own authenticated mail', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Contoso HR <hr@contoso-group.com>',
      subject: 'Open enrolment: review your benefits',
      body: 'Dear colleague,\n\nOpen enrolment has started. Sign in to your account on the benefits portal to review your choices:\nhttps://contosogroup-benefits.azurewebsites.net/\n\nContoso HR',
      to: 'Ella Marsh <ella.marsh@contoso-group.com>',
    });
    // The weak warning that the page is on a platform stays (a look-alike names its page alike: set21-families).
    expect(find(r, 'links.rented-page')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a company’s CDN page alone beside its own site, in its authenticated mail', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Harbour Outdoor <news@harbouroutdoor.com>',
      subject: 'Your member offers for December',
      body: 'Hi Ella,\n\nSign in to your account to see this month’s member prices in our catalogue:\nhttps://d3k9x7q2mfa1b0.cloudfront.net/catalogue/december.html\n\nOr visit https://www.harbouroutdoor.com/members\n\nHarbour Outdoor',
    });
    expect(find(r, 'links.rented-page')).to.equal(undefined);
    expect(find(r, 'links.throwaway-host')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a list post pointing to documentation on Read the Docs alone', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Marcus Lee <marcus.lee@radiolab-research.org>',
      subject: 'Re: [USRP-users] N310 login after update',
      body: 'Hi,\n\nAfter the update, sign in to your account on the device once more; the steps are here:\nhttps://uhd-tools.readthedocs.io/en/latest/network.html\n\nMarcus',
    });
    expect(find(r, 'links.throwaway-host')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves GOV.UK’s services alone (a government’s own names are not in the list)', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'GOV.UK Notify <noreply@notifications.service.gov.uk>',
      subject: 'A claim has been made against you',
      body: 'A money claim has been made against you. Sign in to your account to respond to the claim:\nhttps://www.moneyclaims.service.gov.uk/dashboard\n\nHM Courts & Tribunals Service',
      authenticated: false,
    });
    expect(find(r, 'links.throwaway-host')).to.equal(undefined);
    expect(find(r, 'sender.hosting-platform')).to.equal(undefined);
    expect(find(r, 'links.rented-page')).to.equal(undefined);
  });

  it('leaves a colleague’s demo app alone when nothing is asked', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Priya Nair <priya.nair@halvorsen-eng.com>',
      subject: 'Demo of the scheduling tool',
      body: 'Hi Ella,\n\nThe prototype we talked about is up, have a look when you have a minute:\nhttps://halvorsen-scheduler-demo.up.railway.app/\n\nPriya',
      authenticated: false,
    });
    expect(find(r, 'links.throwaway-host')).to.equal(undefined);
    expect(find(r, 'links.rented-page')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('sender.hosting-platform: a sender on such a platform, beside an ask', () => {
  it('warns of a sign-in asked by a sender on a dynamic-DNS name', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Payroll Team <payroll@hr-payslips.duckdns.org>',
      subject: 'Your December payslip',
      body: 'Hello,\n\nYour payslip is ready. Sign in to your account to view your payslip before Friday.\n\nPayroll Team',
      authenticated: false,
    });
    const f = find(r, 'sender.hosting-platform');
    expect(f?.status).to.equal('warn');
    expect(f?.message.params?.platform).to.equal('duckdns.org');
  });

  it('leaves a home server’s notice on a dynamic-DNS name alone when it asks for nothing', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'NAS <nas@marsh-home.duckdns.org>',
      subject: 'Backup completed',
      body: 'The nightly backup of volume1 completed in 42 minutes. 0 errors.',
      authenticated: false,
    });
    expect(find(r, 'sender.hosting-platform')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a company’s list server alone (its domain is on no platform)', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Ettus Users <users@lists.radiolab-research.org>',
      subject: 'Re: sign in to the wiki to view the document',
      body: 'Sign in to your account on the wiki to view the document with the new figures.',
      authenticated: false,
    });
    expect(find(r, 'sender.hosting-platform')).to.equal(undefined);
  });
});

describe('the hosting list is a need of its own', () => {
  afterEach(() => loadAllCheckData());

  const railway = ATTACKS[0]!.probe;

  it('asks for it, then for the offer’s wording, then fails links.rented-page', async () => {
    const message = await parseMessage(rawMail(railway));
    forgetHostingSuffixes();
    forgetDocumentOffer();
    const first = analyze(message);
    expect(first.needs).to.include('hosting-suffixes');
    expect(first.findings.map((f) => f.id)).to.not.include('links.rented-page');
    await loadAllCheckData();
    const whole = analyze(message);
    expect(whole.needs ?? []).to.not.include('hosting-suffixes');
    expect(find(whole, 'links.rented-page')?.status).to.equal('fail');
  });

  it('is not asked for by a message linking only its sender’s own and a brand’s hosts', async () => {
    const message = await parseMessage(
      rawMail({
        lang: 'en',
        from: 'Harbour Outdoor <news@harbouroutdoor.com>',
        subject: 'Your order has shipped',
        body: 'Hi Ella,\n\nTrack it at https://track.harbouroutdoor.com/o/8812 or on https://www.amazon.co.uk/gp/your-account\n\nHarbour Outdoor',
      }),
    );
    forgetHostingSuffixes();
    expect(analyze(message).needs ?? []).to.not.include('hosting-suffixes');
  });

  it('is loaded before a fresh reading session’s first drawing, which is the complete verdict', async () => {
    const message = await parseMessage(rawMail(railway));
    forgetHostingSuffixes();
    forgetDocumentOffer();
    const { shown, report } = await readInFreshPane(message);
    expect(shown.filter((v) => v !== undefined)).to.deep.equal(['likely-phishing']);
    expect(report?.findings.find((f) => f.id === 'links.rented-page')?.status).to.equal('fail');
  });
});
