/**
 * A brand claimed only by the letter's sign-off (sender.signoff-brand, issue #16): the kit's own authenticated domain,
 * a neutral display name, and a last line "The Google Workspace Team" (or "Das DHL-Team", "L'équipe Netflix",
 * "© 2025 Google LLC") over a link to the kit's page. Synthetic messages written inline with headers as delivered.
 * Twins: a reseller signing as itself with "your Google Workspace partner", a newsletter sentence about the brand's
 * team, a sign-off whose link goes to the brand itself, the brand's own mail.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });

type Case = [what: string, from: string, subject: string, body: string];

describe('a brand claimed only by the sign-off (sender.signoff-brand)', () => {
  const attacks: Case[] = [
    [
      'a domain-verification notice signed "The Google Workspace Team" through SendGrid',
      'Workspace Admin Notices <alerts@adminconsole-alerts.com>',
      'Domain verification will lapse in 48 hours',
      'Hello Administrator,\n\nWe were unable to re-confirm ownership of your domain. Confirm domain ownership:\n' +
        'https://u10733360.ct.sendgrid.net/ls/click?upn=u001.cYICCYN\n\nCustomer ID: C03k9xw2p\n' +
        'The Google Workspace Team',
    ],
    [
      'a German parcel notice signed "Ihr DHL-Team"',
      'Paketbenachrichtigung <info@paket-zustellung24.de>',
      'Ihre Sendung wartet',
      'Guten Tag,\n\nIhre Sendung konnte nicht zugestellt werden. Neuen Termin wählen:\n' +
        'https://paket-zustellung24.de/termin?id=88\n\nMit freundlichen Grüßen\nIhr DHL-Team',
    ],
    [
      'a French billing notice signed "L’équipe Netflix"',
      'Service Abonnement <avis@abo-renouvellement.fr>',
      'Votre paiement a échoué',
      'Bonjour,\n\nNous n’avons pas pu débiter votre moyen de paiement. Mettez-le à jour :\n' +
        'https://abo-renouvellement.fr/maj\n\nL’équipe Netflix',
    ],
  ];
  for (const [what, from, subject, body] of attacks) {
    it(`flags ${what} as likely phishing`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'sender.signoff-brand'), what).to.include({ status: 'fail' });
      expect(r.verdict, what).to.equal('likely-phishing');
    });
  }

  const twins: Case[] = [
    [
      'a reseller signing as itself, "your Google Workspace partner"',
      'Karoo IT <support@karooit.co.za>',
      'Your Google Workspace renewal',
      'Hi Thabo,\n\nYour licences renew next month; the quote is on our portal: https://portal.karooit.co.za/q/88\n\n' +
        'The Karoo IT Team\nYour Google Workspace partner',
    ],
    [
      'a newsletter sentence about a brand’s team',
      'Cloud Weekly <news@cloudweekly.io>',
      'This week in SaaS',
      'This week the Google Workspace team announced new admin controls.\nRead more: https://cloudweekly.io/p/118\n\n' +
        'The Cloud Weekly Team',
    ],
    [
      'a sign-off whose link goes to the brand itself',
      'Acme Office <it@acme-office.com>',
      'How to turn on 2-step verification',
      'Hello,\n\nPlease turn on 2-step verification as Google explains here:\n' +
        'https://support.google.com/accounts/answer/185839\n\nThe Google Workspace Team',
    ],
    [
      'the brand’s own mail',
      'Google Workspace <workspace-noreply@google.com>',
      'Your trial ends soon',
      'Your trial ends in 3 days. Add billing: https://admin.google.com/billing\n\nThe Google Workspace Team',
    ],
  ];
  for (const [what, from, subject, body] of twins) {
    it(`leaves ${what} clean`, () => {
      const r = mail(from, subject, body);
      expect(one(r, 'sender.signoff-brand'), what).to.equal(undefined);
      expect(r.verdict, what).to.equal('no-red-flags');
    });
  }
});
