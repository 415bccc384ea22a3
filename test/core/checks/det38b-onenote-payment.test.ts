/**
 * A payment document offered as a OneNote page (links.hacked-site.share-payment, borrowed-page.ts; issue #16): an
 * accounting firm's taken-over Microsoft 365 mailbox shares "Remittance Advice" as a OneNote notebook in the firm's
 * own tenant (set40 and set45 p-en-03), so authentication passes and the tenant is the sender's — the notebook holds
 * only the button to the sign-in kit. A remittance advice is a file a finance system prints, never a notebook.
 * Twins: the same firm's notebook of meeting notes, the same remittance shared as a PDF, a colleague's notebook in our
 * own tenant. Synthetic messages.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { bad, deliveredMail, one } from './authenticated-mail';

before(() => loadAllCheckData());

const FROM = 'Donna Walsh <dwalsh@ridgeline-cpa.com>';
const share = (title: string, note: string, kind = 'o') => {
  const link = `https://ridgelinecpa-my.sharepoint.com/:${kind}:/g/personal/dwalsh_ridgeline-cpa_com/EkT3vR1xQ0dGm7Yp2aLw9c4BfQm8p1sZ0xV6nR2kHq3TjA?e=Xq4Lm2`;
  return {
    html:
      `<p>Donna Walsh shared a file with you</p><p>${note}</p><p><a href="${link}">${title}</a></p>` +
      `<p><a href="${link}">Open</a></p><p>This email is generated through Ridgeline CPA's use of Microsoft 365.</p>`,
  };
};

describe('a payment document offered as a OneNote page in the sender’s own tenant', () => {
  it('fails "Remittance Advice" shared as a notebook, and with the story beside it calls it likely phishing', () => {
    const r = deliveredMail(
      FROM,
      'Donna Walsh shared "Ridgeline CPA - Remittance Advice #RA-20417" with you',
      share(
        'Ridgeline CPA - Remittance Advice #RA-20417',
        'Hi, please find the remittance advice and updated statement of account for the outstanding invoices. ' +
          'Kindly confirm receipt.',
      ),
      true,
    );
    const found = one(r, 'links.hacked-site');
    expect(found?.status, bad(r).join(' ')).to.equal('fail');
    expect(found?.message.key).to.equal('links.hacked-site.share-payment');
    expect(r.verdict, bad(r).join(' ')).to.equal('likely-phishing');
  });

  it('reads the payment document in the sender’s own words when the title names none', () => {
    const r = deliveredMail(
      FROM,
      'Donna Walsh shared "Harbour Point Marine - 2024-11" with you',
      share('Harbour Point Marine - 2024-11.one', 'Hi Dale, attached is the remittance advice. Kindly review.'),
      true,
    );
    expect(one(r, 'links.hacked-site')?.message.key, bad(r).join(' ')).to.equal('links.hacked-site.share-payment');
  });

  it('twin: the same firm’s notebook of meeting notes stays clean', () => {
    const r = deliveredMail(
      FROM,
      'Donna Walsh shared "Hartley Road - site meeting notes" with you',
      share('Hartley Road - site meeting notes', 'Hi, here are our notes from Tuesday’s site meeting.'),
      true,
    );
    expect(one(r, 'links.hacked-site'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it('twin: the remittance advice shared as a PDF file is no page', () => {
    const r = deliveredMail(
      FROM,
      'Donna Walsh shared "Ridgeline CPA - Remittance Advice #RA-20417" with you',
      share('Ridgeline CPA - Remittance Advice #RA-20417.pdf', 'Hi, please find the remittance advice.', 'b'),
      true,
    );
    expect(one(r, 'links.hacked-site'), bad(r).join(' ')).to.equal(undefined);
  });

  it('twin: a colleague’s notebook in our own tenant is ours', () => {
    const link =
      'https://example-my.sharepoint.com/:o:/g/personal/sam_example_net/EkT3vR1xQ0dGm7Yp2aLw9c4BfQm8p1sZ0xV6nR2kHq3TjA';
    const r = deliveredMail(
      'Sam Ortiz <sam.ortiz@example.net>',
      'Sam Ortiz shared "Remittance advice log 2025" with you',
      { html: `<p>Sam Ortiz shared a file with you</p><p><a href="${link}">Remittance advice log 2025</a></p>` },
      true,
    );
    expect(one(r, 'links.hacked-site'), bad(r).join(' ')).to.equal(undefined);
  });
});
