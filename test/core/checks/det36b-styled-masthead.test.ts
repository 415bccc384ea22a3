/**
 * A masthead drawn as a styled block (parse/body.ts): kits write the brand's name as the first large or bold text in
 * a `<div>`, `<td>`, `<span>` or `<font>` rather than in a heading, and the reader takes it for the brand's notice. The
 * first line of text, when one such element holds it all, claims a brand as the first heading does (issue #16). Twins:
 * a newsletter whose big first line is its own name, a big greeting, a bold date line, a bold brand inside a sentence.
 */
import { expect } from 'chai';
import { deliveredMail, one } from './authenticated-mail';
import { extractBody } from '../../../src/core/parse/body';

const page = (top: string, rest: string) =>
  `<html><body><div style="max-width:560px;font-family:Arial;font-size:14px">${top}${rest}</div></body></html>`;
const ask =
  '<p>Hello Administrator,</p><p>We could not confirm ownership of your domain during the scheduled check. Mail ' +
  'routing and sign-in will be suspended in 48 hours unless you confirm it.</p>' +
  '<p><a href="https://console-verify-domain.com/confirm?c=88121">Confirm domain ownership</a></p><p>Admin Team</p>';

describe('det36b: a masthead drawn as a styled block claims a brand', () => {
  it('reads "Google Workspace" in a bold 16px div above the first words, from a kit domain: likely phishing', () => {
    const r = deliveredMail(
      'Workspace Admin Notices <alerts@adminconsole-alerts.com>',
      '[Action required] Domain verification will lapse in 48 hours',
      { html: page('<div style="font-size:16px;font-weight:600;margin-bottom:28px">Google Workspace</div>', ask) },
      true,
    );
    expect(one(r, 'sender.brand-mismatch')?.status).to.equal('fail');
    expect(one(r, 'sender.brand-mismatch')?.message.params).to.deep.include({ claimed: 'Google Workspace' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads "Microsoft 365" in a 24px table cell and "DHL Express" in <font size=6>', () => {
    const ms = deliveredMail(
      'Account Notices <notice@tenant-mailbox-services.com>',
      'Your mailbox storage is full',
      {
        html: page(
          '<table><tr><td style="font-size:24px;color:#0078d4">Microsoft 365</td></tr></table>',
          '<p>Dear user, your mailbox is full and new messages are being held. Sign in to release them.</p>' +
            '<p><a href="https://tenant-mailbox-services.com/release">Release messages</a></p>',
        ),
      },
      true,
    );
    expect(one(ms, 'sender.brand-mismatch')?.status).to.equal('fail');
    const dhl = extractBody(
      '<font size="6" color="#d40511">DHL Express</font><br><p>Your parcel is held at the depot.</p>',
      '',
    );
    expect(dhl.mastheads).to.deep.equal(['DHL Express']);
  });

  it('keeps quiet for a newsletter whose big first line is its own name, from its own authenticated domain', () => {
    const r = deliveredMail(
      'Harbour Street Bakery <news@harbourstreetbakery.co.nz>',
      'Our winter menu is here',
      {
        html: page(
          '<div style="font-size:28px;font-weight:bold">Harbour Street Bakery</div>',
          '<p>Hi Jordan, our winter menu starts Monday: pies, soups and the return of the cinnamon knot.</p>' +
            '<p><a href="https://harbourstreetbakery.co.nz/menu">See the menu</a></p>',
        ),
      },
      true,
    );
    expect(one(r, 'sender.brand-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('claims nothing from a big greeting, a bold date line or a bold brand inside a sentence', () => {
    expect(
      extractBody('<div style="font-size:22px">Hello Anna</div><p>Thanks for your order.</p>', '').mastheads,
    ).to.deep.equal(['Hello Anna']);
    const reseller = deliveredMail(
      'Kowhai IT <hello@kowhai-it.co.nz>',
      'Licence renewals',
      {
        html: page(
          '<p><b>Microsoft 365</b> licences renew on 1 March; here is what changes for your team.</p>',
          '<p><b>Tuesday 3 March 2026</b></p><p>Book a call: <a href="https://kowhai-it.co.nz/book">kowhai-it.co.nz</a></p>',
        ),
      },
      true,
    );
    expect(one(reseller, 'sender.brand-mismatch')).to.equal(undefined);
    expect(reseller.verdict).to.equal('no-red-flags');
    const dated = deliveredMail(
      'Kowhai IT <hello@kowhai-it.co.nz>',
      'Our March update',
      { html: page('<div style="font-weight:700">Tuesday 3 March 2026</div>', '<p>Hi Jordan, a short update.</p>') },
      true,
    );
    expect(one(dated, 'sender.brand-mismatch')).to.equal(undefined);
    expect(dated.verdict).to.equal('no-red-flags');
  });

  it('reads only the first words: a spacer first, then prose, then a big brand name lower down claims nothing', () => {
    const body = extractBody(
      '<div style="font-size:30px"> </div><p>Hi team, notes from the call.</p><div style="font-size:24px">DocuSign</div>',
      '',
    );
    expect(body.mastheads).to.deep.equal([]);
  });
});
