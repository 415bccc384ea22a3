/**
 * Credential-phishing families set14 showed slipping (issue #16), each beside its false-alarm twin; every message
 * here is synthetic, written inline:
 * - the password-expiry and version-update kits sent from a taken-over mailbox to a page anyone rents: "loss of
 *   access to your mailbox", "will stop syncing", "your version of Outlook Web App is outdated" (lure-phrases.ts);
 * - "if you did not request this change, cancel it" behind a shortener, from a free mailbox (lure-phrases.ts);
 * - Microsoft Purview's "has sent you a protected message" copied onto a rented sign-in page
 *   (document-offer-phrases.ts, read by links.rented-page).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import { halvorsenMail } from '../../helpers';

const mail = (from: string, subject: string, text: string) => halvorsenMail(from, subject, text);

const has = (r: Report, id: string) => r.findings.some((f) => f.id === id && f.status !== 'info');

describe('password expiry and version update from a taken-over mailbox (content.lure)', () => {
  it('reads "loss of access to your mailbox" beside the deadline, on a form anyone can make', () => {
    const r = analyze(
      mail(
        '"IT Help Desk" <office@brightwater-roofing.example.com>',
        'Your password expires today',
        'Your email password expires today.\nFailure to update will result in loss of access to your mailbox.\n\n' +
          'Update password here: https://forms.gle/Vx7qLp2ZcN8tWb4K9\n',
      ),
    );
    expect(has(r, 'content.lure')).to.equal(true);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads an outdated Outlook Web App that "will stop syncing", on a rented static site', () => {
    const r = analyze(
      mail(
        'Outlook Web Access <jparr@ridgeway-schools.example.org>',
        'Outlook Web App Version Update Required',
        'Your version of Outlook Web App is outdated and will stop syncing on 04/25/2026.\n\n' +
          'Update now: https://owa-update.z13.web.core.windows.net/\n',
      ),
    );
    expect(has(r, 'content.lure')).to.equal(true);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves the organisation's own password reminder, linking to its own site, alone", () => {
    const r = analyze(
      mail(
        'IT Service Desk <servicedesk@halvorsen-eng.com>',
        'Your password expires in 5 days',
        'Your password expires in 5 days. Failure to update will result in loss of access to your mailbox.\n\n' +
          'Change it at https://password.halvorsen-eng.com/change before it expires.\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves Microsoft's own notice of an Outlook version out of support alone", () => {
    const r = analyze(
      mail(
        'Microsoft 365 Message center <o365mc@microsoft.com>',
        'Outlook 2016 and 2019 support ends',
        'Your version of Outlook is out of date: it will stop syncing with Microsoft 365 after October 2026.\n\n' +
          'Learn more: https://learn.microsoft.com/microsoft-365/outlook-support\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a password change to cancel by a click, from a free mailbox (content.lure security)', () => {
  it('reads "if you did not request this change, cancel it" beside a deadline, behind a shortener', () => {
    const r = analyze(
      mail(
        'Northmere University ITS <its.northmere.help@gmail.com>',
        'Password Change Confirmation',
        'A password change was requested for your account.\n\nIf you did not request this change, cancel it here ' +
          'within 12 hours so the current password stays in place:\nhttps://tinyurl.com/nm-cancel-pw\n',
      ),
    );
    expect(has(r, 'content.lure')).to.equal(true);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves a service's own confirmation, pointing to its own account page, alone", () => {
    const r = analyze(
      mail(
        'Okta <noreply@okta.com>',
        'Your password was changed',
        'Your password was changed on 2 December 2025.\n\nIf you did not make this change, cancel it from your ' +
          'account page within 24 hours: https://halvorsen.okta.com/enduser/settings\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('"has sent you a protected message" on a rented page (links.rented-page)', () => {
  it('fails a Purview-style protected message whose link opens an app anyone can host', () => {
    const r = analyze(
      mail(
        'Sarah Linde <slinde@linde-harper.example.com>',
        'Encrypted message: Escrow release instructions',
        'Sarah Linde has sent you a protected message.\n\n' +
          'Read the message: https://purview-securemail.azurewebsites.net/encrypted/\n',
      ),
    );
    expect(r.findings.find((f) => f.id === 'links.rented-page')?.status).to.equal('fail');
  });

  it("leaves Microsoft's own encrypted-message notice, opening Outlook on the web, alone", () => {
    const r = analyze(
      mail(
        'Sarah Linde <slinde@linde-harper.example.com>',
        'Encrypted message: Escrow release instructions',
        'Sarah Linde has sent you a protected message.\n\n' +
          'Read the message: https://outlook.office365.com/Encryption/ap.aspx?id=6a1f\n',
      ),
    );
    expect(has(r, 'links.rented-page')).to.equal(false);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('our IT desk signed by our name alone, from elsewhere (sender.own-org-impersonation)', () => {
  const storage = (from: string) =>
    mail(
      from,
      'Mailbox Storage Limit Reached - Action Required',
      'Your mailbox has exceeded the storage limit set by your administrator. You will not be able to send or ' +
        'receive new messages until you re-validate your mailbox.\n\nRe-validate: https://casa-verde.example.net/owa/\n',
    );

  it('fails "Halvorsen IT Service Desk" writing from a compromised mailbox at another organisation', () => {
    const r = analyze(storage('Halvorsen IT Service Desk <jquispe@unsm.example.edu>'));
    expect(r.findings.find((f) => f.id === 'sender.own-org-impersonation')?.message.params.named).to.equal('Halvorsen');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('leaves our own IT desk, authenticated from our own domain, alone', () => {
    const r = analyze(storage('Halvorsen IT Service Desk <servicedesk@halvorsen-eng.com>'));
    expect(has(r, 'sender.own-org-impersonation')).to.equal(false);
  });

  it('leaves a sender that uses our name without an IT desk’s words alone', () => {
    const r = analyze(storage('Halvorsen Alumni Association <news@alumni-mail.example.org>'));
    expect(has(r, 'sender.own-org-impersonation')).to.equal(false);
  });

  it('leaves our IT desk writing from a sister domain that carries our name alone (no configuration lists it)', () => {
    const r = analyze(storage('Halvorsen IT Service Desk <servicedesk@halvorsen.co.uk>'));
    expect(has(r, 'sender.own-org-impersonation')).to.equal(false);
  });
});

describe('the "SWIFT copy" of a payment behind a rented page (links.rented-page)', () => {
  it('fails a payment copy offered as a link to an IPFS page', () => {
    const r = analyze(
      mail(
        'Halima Yusuf <halima.yusuf.trade@outlook.com>',
        'RE: SWIFT COPY // payment made',
        'Dear Sir/Ma,\n\nKindly find the swift copy of the payment made today to your account.\n\n' +
          'https://cloudflare-ipfs.com/ipfs/QmXf7sKp2bR9dTz1vLm4nY8cQ3wE6hJ5gA0uN2oB7iVxZk?filename=swift.html\n',
      ),
    );
    expect(r.findings.find((f) => f.id === 'links.rented-page')?.status).to.equal('fail');
  });

  it("leaves a customer's payment confirmation linking to its own bank portal alone", () => {
    const r = analyze(
      mail(
        'Accounts Payable <ap@kestrel-foods.example.com>',
        'Payment confirmation INV-20931',
        'Hello,\n\nPlease find the payment confirmation for invoice INV-20931 on our supplier portal:\n' +
          'https://suppliers.kestrel-foods.example.com/remittance/20931\n',
      ),
    );
    expect(has(r, 'links.rented-page')).to.equal(false);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
