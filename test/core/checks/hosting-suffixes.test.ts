/**
 * Issue #16 item 9: the pages anyone rents, from a maintained source. content.pretext.rented-ask (a password, work
 * account or bank details asked for with a link to a page anyone rents) read only the hand list of hosts
 * (link-services.ts THROWAWAY_HOSTS); the Public Suffix List's private section now stands beside it
 * (hosting-suffixes.json, made by scripts/extract-hosting-suffixes.ts from the full tldts build; hosted-page.ts reads
 * it). Attack: the conference speaker portal, the school account notice or the refund form on a platform the hand
 * list lacks (Railway, Blogspot, a Shopify store, a dynamic-DNS name, Google Translate's proxy). Twins: the sender's
 * own store on Shopify, a list post pointing to a project's documentation on github.io or Read the Docs, the
 * platform's own site, a file to download. Synthetic messages.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import data from '../../../src/core/checks/hosting-suffixes.json';
import { hostingSuffixes, privateRules, tldtsVersion } from '../../../scripts/extract-hosting-suffixes';
import { reportOf, type Probe } from './nolink29/mail';

const pretext = (r: Awaited<ReturnType<typeof reportOf>>) => r.findings.find((f) => f.id === 'content.pretext');

/** A conference's own authenticated domain asking the speaker to sign in on its "portal". */
const PORTAL = (url: string): Probe => ({
  lang: 'en',
  from: 'GSCRWE-2026 Organizing Committee <speakers@gscrwe-summit.org>',
  subject: 'Invitation to speak: Keynote at GSCRWE-2026',
  body:
    'Dear Dr. Alvarez,\n\nWe invite you as Keynote Speaker at GSCRWE-2026. Please confirm your participation and ' +
    `upload your abstract through the speaker portal (sign in with your institutional account):\n${url}\n\n` +
    'Warm regards,\nDr. Emily Carter',
});

describe('content.pretext.rented-ask: the Public Suffix List’s hosting platforms', () => {
  it('holds the private section of the installed tldts, as the script extracts it', () => {
    expect(data.source).to.include(`tldts ${tldtsVersion()}`);
    expect(data.suffixes).to.deep.equal(hostingSuffixes(privateRules()));
  });

  it('holds only private-section rules, none a bulk-mail service’s nor a pseudo-country name', () => {
    const tldts = createRequire(import.meta.url)('tldts') as typeof import('tldts');
    for (const suffix of data.suffixes)
      expect(tldts.parse(`x1.${suffix}`, { allowPrivateDomains: true }).isPrivate, suffix).to.equal(true);
    for (const left of ['de.com', 'uk.com', 'us.com', 'sendgrid.net', 'salesforce.com'])
      expect(data.suffixes).not.to.include(left);
  });

  for (const url of [
    'https://gscrwe2026-speakers.up.railway.app/portal',
    'https://gscrwe2026-speakers.blogspot.com/p/portal.html',
    'https://gscrwe-portal.duckdns.org/login',
    'https://gscrwe--summit-org.translate.goog/portal?_x_tr_sl=auto',
  ]) {
    it(`fails the institutional sign-in on ${new URL(url).host}`, async () => {
      const r = await reportOf(PORTAL(url));
      expect(pretext(r)?.status).to.equal('fail');
      expect(pretext(r)?.message.key).to.equal('content.pretext.rented-ask');
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  it('fails the bank details asked for on a stranger’s Shopify store', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Refunds Desk <refunds@parcel-returns-desk.com>',
      subject: 'Your refund is ready',
      body: 'Hello,\n\nTo receive your refund, please enter your bank details on our secure page:\nhttps://refund-centre-uk.myshopify.com/pages/refund\n\nRefunds Desk',
    });
    expect(pretext(r)?.message.key).to.equal('content.pretext.rented-ask');
  });

  it('leaves a shop’s own Shopify store alone (the sender’s own tenant)', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Bramblewood Candles <hello@bramblewoodcandles.com>',
      subject: 'Activate your customer account',
      body: 'Hi Ella,\n\nYour account is almost ready. Confirm your email and enter your password to activate it:\nhttps://bramblewoodcandles.myshopify.com/account/activate/8812\n\nThanks for shopping with us!',
    });
    expect(pretext(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  for (const url of [
    'https://uhd-tools.github.io/docs/setup.html',
    'https://uhd-tools.readthedocs.io/en/latest/network.html',
    'https://raw.githubusercontent.com/uhd-tools/uhd/master/host/README.md',
  ]) {
    it(`leaves a list post pointing to documentation alone (${new URL(url).host})`, async () => {
      const r = await reportOf({
        lang: 'en',
        from: 'Marcus Lee <marcus.lee@radiolab-research.org>',
        subject: 'Re: [USRP-users] N310 login after update',
        body: `Hi,\n\nAfter the update, log in with your user account and enter your password once more on the device; the steps are here:\n${url}\n\nMarcus`,
      });
      expect(pretext(r)).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });
  }

  it('leaves a file to download on such a platform alone', async () => {
    const r = await reportOf(PORTAL('https://gscrwe2026-speakers.up.railway.app/files/programme.pdf'));
    expect(pretext(r)).to.equal(undefined);
  });
});

describe('links.throwaway-host: Webnode’s free sites under each of its country domains', () => {
  const webmail = (url: string): Probe => ({
    lang: 'fr',
    from: 'Support Messagerie <support@groupe-vallee-it.fr>',
    subject: 'Messagerie : 6 messages entrants en attente',
    body: `Bonjour Claire,\n\n6 messages sont en attente. Pour les recevoir, ouvrez la page ci-dessous :\n${url}\n\nLe support messagerie`,
  });
  for (const url of ['https://messagerie-rh-technique.webnode.fr/', 'https://faktura-portal.webnode.cz/login']) {
    it(`names ${new URL(url).host} a page anyone makes`, async () => {
      const r = await reportOf(webmail(url));
      const f = r.findings.find((x) => x.id === 'links.throwaway-host');
      expect(f?.status).to.equal('warn');
      expect(f?.message.params?.service).to.match(/^webnode \(webnode\.(fr|cz)\)$/);
    });
  }
  it('leaves Webnode’s own help pages alone', async () => {
    const r = await reportOf(webmail('https://www.webnode.com/sk/support/webove-stranky/'));
    expect(r.findings.find((x) => x.id === 'links.throwaway-host')).to.equal(undefined);
  });
});
