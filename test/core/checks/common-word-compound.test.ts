/**
 * Issue #16: a brand whose name is an ordinary word (Banco Inter's `inter`, Swiss Post's `post`, Free's `free`,
 * Chase's `chase`, Orange's `orange`) glued into one word with a lure word of the sender look-alike's list made the
 * From domain a "look-alike" — `intercom.io` (Intercom's own mail) read as Inter + "com", `intersystems.com` as Inter +
 * "systems", `postcard.com` as Post + "card": sender.lookalike-domain failed and the verdict was suspicious. Such a
 * compound of the name and product words (com, card, web, shop, app, club, system, center …) is a word of its own;
 * the name with another lure word (`chaselogin.com`, `orangesecurity.com`, `interseguranca.com`), a lure word before
 * the name (`myoffice-licensing.com`), another lure token (`chaseonline-secure.com`) and dashed kits
 * (`chase-secure-login.com`, `paypal-secure.com`) are read as before. Synthetic messages.
 */
import { expect } from 'chai';
import { reportOf } from './nolink29/mail';

const NEWS = {
  lang: 'en',
  subject: 'Your weekly update',
  body: 'Hello,\n\nHere is what changed in your workspace this week: two new reports and a faster search.\n\nThe team',
};
const lookalike = async (domain: string) => {
  const r = await reportOf({ ...NEWS, from: `Team <news@${domain}>` });
  return { verdict: r.verdict, finding: r.findings.find((f) => f.id === 'sender.lookalike-domain') };
};

describe('sender.lookalike-domain: an ordinary-word brand name inside a one-word domain', () => {
  for (const domain of [
    'intercom.io',
    'intercom.com',
    'intersystems.com',
    'interpay.com',
    'postcard.com',
    'freeweb.com',
    'freeshop.com',
    'orangeclub.fr',
    'chasecenter.com',
    'chaseapp.com',
  ]) {
    it(`leaves ${domain} alone (a word of its own, no look-alike)`, async () => {
      const { verdict, finding } = await lookalike(domain);
      expect(finding, domain).to.equal(undefined);
      expect(verdict).to.equal('no-red-flags');
    });
  }

  for (const domain of [
    'chaselogin.com',
    'orangesecurity.com',
    'interseguranca.com',
    'postaccount-verify.com',
    'chaseonline-secure.com',
    'chase-secure-login.com',
    'paypal-secure.com',
    'paypalsecure.com',
    'chasewallet.com',
    'chase2026.com',
    'myoffice-licensing.com',
  ]) {
    it(`still fails ${domain} (the name beside a lure word)`, async () => {
      const { finding } = await lookalike(domain);
      expect(finding?.status, domain).to.equal('fail');
    });
  }
});
