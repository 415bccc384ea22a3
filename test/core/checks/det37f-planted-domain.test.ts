/**
 * sender.lookalike-domain and a brand's whole domain planted before the kit's own registrable domain (sender.ts
 * plantedBrandDomain, issue #16): `no-reply@amazon.co.jp.account-check.top`, authenticated for account-check.top, its
 * link on the same host, had no red flags (links.brand-in-path spares a link on the sender's own authenticated
 * domain). Twins: the brand's own hosts and other domains, a host that only holds a brand's word, an ESP's host named
 * for its customer, a country's subdomain, a mailing list's munged From. Every message is synthetic.
 */
import { expect } from 'chai';
import { bad, deliveredMail, one } from './authenticated-mail';

const SUBJECT = 'Your account';
const lure = (host: string) => ({
  text: `Please confirm your account details within 24 hours.\n\nhttps://${host}/signin\n\nCustomer Service`,
});
const plain = (host: string) => ({
  text: `Your order has shipped and is on its way.\n\nhttps://${host}/orders\n\nCustomer Service`,
});

describe('det37f: a brand’s whole domain planted in the sender’s host', () => {
  for (const [host, target] of [
    ['amazon.co.jp.account-check.top', 'amazon.co.jp'],
    ['secure.paypal.com.verify-id.net', 'paypal.com'],
    ['www.vnpt.vn.hoadon-tracuu.com', 'vnpt.vn'],
    ['outlook.com.mailbox-quota.xyz', 'outlook.com'],
    ['paypal.com.cgi-bin.webscr.cmd.login.session.id.verify-id.net', 'paypal.com'],
    // A country's form of the brand's domain the table does not list: the shorter reading is the brand's.
    ['apple.com.br.id-verify.top', 'apple.com'],
  ] as const)
    it(`fails ${host}, authenticated for itself, and calls it likely phishing`, () => {
      const r = deliveredMail(`<no-reply@${host}>`, SUBJECT, lure(host), true);
      const f = one(r, 'sender.lookalike-domain');
      expect(f?.status, bad(r).join(' ')).to.equal('fail');
      expect(f!.message.params).to.deep.include({ domain: host, target });
      expect(f!.message.params).to.deep.include({ technique: { key: 'sender.lookalike.planted' } });
      expect(f!.evidence[0]).to.deep.include({ header: 'From', highlight: host });
      expect(r.verdict, bad(r).join(' ')).to.equal('likely-phishing');
    });

  it('fails the plant unauthenticated too, beside the link’s own finding', () => {
    const host = 'amazon.co.jp.account-check.top';
    const r = deliveredMail(`<no-reply@${host}>`, SUBJECT, lure(host), false);
    expect(one(r, 'sender.lookalike-domain')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  for (const host of ['mail.amazon.co.jp', 'bounce.paypal.com', 'amazon.co.jp.a2z.com'])
    it(`leaves the brand’s own host ${host} clean`, () => {
      const r = deliveredMail(`<no-reply@${host}>`, SUBJECT, plain(host), true);
      expect(one(r, 'sender.lookalike-domain'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });

  for (const host of [
    'amazonia-tours.com',
    'mail.paypalooza.com',
    'em123.northwind-shop.com',
    'bounces.northwind-shop.com',
    'em.northwind-shop.com.sendgrid.net',
    // A short brand's label as the customer's first label, not its whole domain (ups.com, dhl.com).
    'ups.comfort-shoes.com',
    'dhl.express-freight-northwind.com',
    // A country's subdomain whose host label makes a short or ordinary brand's domain (web.de, post.ch, op.fi).
    'web.de.northwind-media.com',
    'post.ch.northwind-logistics.com',
    'op.fi.northwind-nordic.com',
  ])
    it(`leaves ${host} clean`, () => {
      const r = deliveredMail(`Northwind <news@${host}>`, 'Your order', plain(host), true);
      expect(one(r, 'sender.lookalike-domain'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });

  it('leaves a mailing list’s munged From (.invalid) unread', () => {
    const r = deliveredMail(
      'Jane Doe <jane@amazon.co.jp.invalid>',
      'Re: meeting notes',
      plain('lists.example.org'),
      true,
    );
    expect(one(r, 'sender.lookalike-domain'), bad(r).join(' ')).to.equal(undefined);
  });
});
