/**
 * Phishing whose only signs are what its links and attachments are (issue #16): each warning alone is everyday mail,
 * their combination with what the message is is not. Every message is synthetic, written inline, each attack beside
 * its false-alarm twin.
 * - The attached page that is itself the phishing page without a password field (content.risky-attachment.form-data):
 *   a "summons", "secure document" or "refund form" page whose form sends a name, ID number and phone to a bucket.
 *   Twins: a saved page with a one-field search box, a registration form sent back to the sender's own site.
 * - A PDF whose one button opens a page anyone rents (rule 2i): the compromised supplier's "secured invoice, click
 *   View document" to r2.dev. Twins: a flyer whose PDF links a Google Form, an invoice PDF linking the sender's site, a
 *   catalogue linking a dozen shops (one on Wix).
 * - Every way out a rented page or a shortener (rule 2h): a refund or e-KYC notice whose one button is bit.ly from a
 *   domain that does not authenticate, a points or shares notice from a domain of its own whose one button is a
 *   web.app or IPFS page. Twins: an authenticated newsletter linking its own site beside a short link through its ESP,
 *   a friend on Gmail linking a Wix site, a club's sign-up on Google Forms, a real Teams invitation.
 * - A document on another organisation's Sway or OneNote sent to a hidden list (rule 2j: To names only the sender):
 *   the taken-over council mailbox's blast. Twins: the same share addressed to its reader, a school's Sway newsletter
 *   to a hidden list that offers no document.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { AttachmentInfo, MessageInput } from '../../../src/core/types';
import { describeBytes } from '../../../src/core/parse/attachment-bytes';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { translate } from '../../../src/i18n';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

interface Mail {
  from: string;
  subject: string;
  text: string;
  html?: string;
  /** Whether the From domain authenticates (aligned DKIM and DMARC pass); otherwise SPF softfails, nothing signs. */
  authenticated?: boolean;
  to?: string;
  attachments?: AttachmentInfo[];
  pdfLinks?: { file: string; url: string }[];
}

function analyzeMail(m: Mail): Report {
  const domain = m.from.slice(m.from.indexOf('@') + 1, m.from.indexOf('>'));
  const auth =
    m.authenticated === false
      ? [`Authentication-Results: mx.example.net; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=none`]
      : [
          `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=s1;`,
          ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
        ];
  const headers = [
    'Delivered-To: jordan.lee@example.net',
    `Received: from mail.${domain} (mail.${domain} [185.70.42.17]) by mx.example.net`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    ...auth,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${m.from}`,
    `To: ${m.to ?? 'Jordan Lee <jordan.lee@example.net>'}`,
    `Subject: ${m.subject}`,
    'MIME-Version: 1.0',
  ];
  const input: MessageInput = { headers: headers.join('\r\n') + '\r\n', text: m.text };
  if (m.html) input.html = m.html;
  if (m.attachments) input.attachments = m.attachments;
  if (m.pdfLinks) input.documents = { links: m.pdfLinks, skipped: [] };
  return analyze(input, { freeMail });
}

function page(filename: string, html: string): AttachmentInfo {
  const head = new TextEncoder().encode(html);
  return { filename, mimeType: 'text/html', size: head.length, head, ...describeBytes(head) };
}

const one = (r: Report, id: string) => r.findings.find((f) => f.id === id);
const raised = (r: Report) => r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => f.id);

describe('det34b: an attached page whose form sends the reader’s details elsewhere', () => {
  const form = (action: string, fields: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case viewer</title></head><body>` +
    `<h3>Electronic case viewer</h3><p>Verify your identity to read the summons.</p>` +
    `<form action="${action}" method="post">${fields}<button>Verify</button></form></body></html>`;

  const attacks: [string, Mail][] = [
    [
      'a prosecutor’s "summons" asking name, national ID and phone, posted to a bucket',
      {
        from: 'Seoul District Prosecutors <notice@case-notice-mail.com>',
        subject: 'Summons to appear (case 2026-41872)',
        text: 'You are summoned as a witness. Open the attached summons and verify your identity to read it.',
        authenticated: false,
        attachments: [
          page(
            'Summons_2026-41872.html',
            form(
              'https://case-view-auth.r2.dev/auth',
              'Name<input name="n">ID number<input name="j" type="text">Phone<input name="h" type="tel">',
            ),
          ),
        ],
      },
    ],
    [
      'a "refund form" asking card number and expiry, posted to the kit’s own host, from an authenticated domain',
      {
        from: 'Refunds <refunds@energy-refund-desk.com>',
        subject: 'Your refund form',
        text: 'Bonjour, veuillez remplir le formulaire joint pour recevoir votre remboursement.',
        attachments: [
          page(
            'Formulaire_remboursement.htm',
            form(
              'https://collect.refund-portal-fr.top/r.php',
              '<input name="card" placeholder="Card number"><select name="m"><option>01</option></select>' +
                '<input type="hidden" name="k" value="1">',
            ),
          ),
        ],
      },
    ],
  ];
  for (const [title, m] of attacks)
    it(`fails ${title} (likely phishing)`, () => {
      const r = analyzeMail(m);
      const f = one(r, 'content.risky-attachment');
      expect(f?.status).to.equal('fail');
      expect(f?.message.key).to.equal('content.risky-attachment.form-data');
      expect(translate('en', f!.message.key, f!.message.params)).to.include(String(f!.message.params.host));
      expect(r.verdict).to.equal('likely-phishing');
    });

  it('twin: a saved web page with a one-field search box is no such page', () => {
    const r = analyzeMail({
      from: 'Aiko Mori <a.mori@partner-logistics.com>',
      subject: 'The tracking page you asked for',
      text: 'Hi Jordan, here is the tracking page saved as a file.',
      attachments: [
        page('tracking.html', form('https://www.carrier-search.com/find', 'Search<input name="q" type="search">')),
      ],
    });
    expect(one(r, 'content.risky-attachment')?.status).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a conference’s registration form sent back to its own site is no such page', () => {
    const r = analyzeMail({
      from: 'Registrations <register@harbourconf.org>',
      subject: 'Registration form for Harbour Conference 2026',
      text: 'Dear Jordan, the registration form is attached; submit it from your browser or reply with your details.',
      attachments: [
        page(
          'registration.html',
          form(
            'https://www.harbourconf.org/register',
            'Name<input name="n">Company<input name="c">E-mail<input name="e" type="email">',
          ),
        ),
      ],
    });
    expect(one(r, 'content.risky-attachment')?.status).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('det34b: a PDF whose button opens a page anyone rents (rule 2i)', () => {
  const invoice = (urls: string[], from = 'Ellen Hoogendoorn <info@bakkerij-hoogendoorn.nl>'): Mail => ({
    from,
    subject: 'Factuur 2025-0318',
    text: 'Goedemiddag,\nIn de bijlage vindt u factuur 2025-0318. Wilt u deze binnen de gebruikelijke termijn voldoen?',
    pdfLinks: urls.map((url) => ({ file: 'Factuur_2025-0318.pdf', url })),
  });

  it('a compromised supplier’s invoice whose PDF is one button to r2.dev is likely phishing', () => {
    const r = analyzeMail(invoice(['https://hoogendoorn-factuur.r2.dev/view/?inv=2025-0318']));
    expect(one(r, 'links.throwaway-host')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the same on a free app host or IPFS, two buttons (view, download)', () => {
    const r = analyzeMail(
      invoice(['https://docs-viewer-7731.web.app/v', 'https://bafybeihx4q7w2lqz3rkm5ddr4m.ipfs.dweb.link/d']),
    );
    expect(one(r, 'links.throwaway-host')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('twin: a flyer whose PDF links a Google Form to sign up has no red flags', () => {
    const r = analyzeMail({
      ...invoice(['https://docs.google.com/forms/d/e/1FAIpQLSf-flyer/viewform']),
      subject: 'Zomermarkt 2026 - inschrijven',
      text: 'Hallo allemaal, in de bijlage de flyer van de zomermarkt. Inschrijven kan via het formulier.',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: an invoice whose PDF links the supplier’s own site has no red flags', () => {
    const r = analyzeMail(invoice(['https://www.bakkerij-hoogendoorn.nl/betalen?f=2025-0318']));
    expect(raised(r)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a catalogue whose PDF links a dozen shops, one on Wix, is not likely phishing', () => {
    const shops = Array.from({ length: 11 }, (_, i) => `https://www.shop-${i}-example.com/`);
    const r = analyzeMail({
      ...invoice([...shops, 'https://lindasbakes.wixsite.com/shop']),
      subject: 'Catalogus voorjaar',
      text: 'Beste klant, in de bijlage onze catalogus met de winkels waar u ons vindt.',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('det34b: every way out a rented page or a shortener (rule 2h)', () => {
  it('a refund notice whose one button is bit.ly, from a domain that does not authenticate, is suspicious', () => {
    const r = analyzeMail({
      from: 'Customer Service <noreply@power-refund-gr.support>',
      subject: 'Επιστροφή χρημάτων: διπλή χρέωση',
      text: 'Αγαπητέ πελάτη,\nΔιαπιστώθηκε διπλή χρέωση 87,42 €. Αίτηση επιστροφής: https://bit.ly/3DeH-epistrofi',
      authenticated: false,
    });
    expect(one(r, 'links.obfuscated-host')?.status).to.equal('warn');
    expect(r.verdict).to.equal('suspicious');
  });

  it('an e-KYC "claim" through tinyurl from a domain that does not authenticate is suspicious', () => {
    const r = analyzeMail({
      from: 'Provident Fund <noreply@pf-unifiedportal.in.net>',
      subject: 'Additional interest credit pending - complete e-KYC',
      text: 'Dear Member,\nComplete e-KYC within 48 hours: https://tinyurl.com/pf-kyc-uan25\nRegional Commissioner',
      authenticated: false,
    });
    expect(r.verdict).to.equal('suspicious');
  });

  it('a points-expiry notice that does not authenticate, whose one button is a web.app page, is suspicious', () => {
    const r = analyzeMail({
      authenticated: false,
      from: 'Rewards Club <rewards@notify-rewardsclub.co.za>',
      subject: 'Your R1 864 in rewards expires in 3 days',
      text: 'Hi Thandeka,\nYou have R1 864.00 in rewards that will expire on 31 January.',
      html:
        '<p>Hi Thandeka,</p><p>You have R1 864.00 in rewards that will expire on 31 January.</p>' +
        '<p><a href="https://club-rewards-redeem.web.app/redeem?m=tk0829">Redeem my rewards</a></p>',
    });
    expect(one(r, 'links.throwaway-host')?.status).to.equal('warn');
    expect(r.verdict).to.equal('suspicious');
  });

  it('a "state shares" pitch whose one button is an IPFS gateway, not authenticated, is suspicious', () => {
    const r = analyzeMail({
      authenticated: false,
      from: 'Investiții <noutati@stiri-zilei-ro.online>',
      subject: 'Cetățenii pot primi dividende lunare',
      text: 'Înregistrare: https://bafybeihx4q7w2lqz3rkm5ddr4m2fz6v7vqk3n3h2xq4zk.ipfs.dweb.link/?src=ro',
    });
    expect(r.verdict).to.equal('suspicious');
  });

  it('twin: an authenticated newsletter linking its own site beside a short link has no red flags', () => {
    const r = analyzeMail({
      from: 'Harbour Books <news@harbourbooks.co.nz>',
      subject: 'New in store this week',
      text:
        'Kia ora,\nOur new arrivals: https://www.harbourbooks.co.nz/new\nThe author talk on Friday: https://bit.ly/hb-talk\n' +
        'Unsubscribe: https://www.harbourbooks.co.nz/unsubscribe',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a friend on Gmail linking their Wix site has no red flags', () => {
    const r = analyzeMail({
      from: 'Linda Park <linda.park.bakes@gmail.com>',
      subject: 'My bakery site is live!',
      text: 'Hi Jordan! Finally did it - have a look: https://lindasbakes.wixsite.com/home\nLinda',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a club’s sign-up sheet on Google Forms from its own domain has no red flags', () => {
    const r = analyzeMail({
      from: 'Bayview Rowing Club <secretary@bayviewrowing.org.nz>',
      subject: 'Summer regatta - volunteers',
      text: 'Hi all,\nWe need volunteers for the regatta. Sign up here: https://forms.gle/8kVt2pQ1xYz\nThanks, Sam',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a company’s own tenant on a platform (its portal on azurewebsites.net) has no red flags', () => {
    const r = analyzeMail({
      from: 'Contoso HR <hr@contoso.com>',
      subject: 'Benefits enrolment is open',
      text: 'Hello,\nEnrolment for 2026 benefits is open on the portal: https://contoso-benefits.azurewebsites.net/\nHR',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: the platform’s own share notice of a design on its own site (Canva, authenticated) has no red flags', () => {
    const r = analyzeMail({
      from: 'Canva <no-reply@canva.com>',
      subject: 'Niamh Walsh shared a design with you',
      text: 'Niamh Walsh shared "Spring menu 2026" with you.\nOpen design: https://www.canva.com/design/DAGx7Pq2LmK/edit\n',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a design on Canva from a sender that does not authenticate, as its one button, stays suspicious', () => {
    const r = analyzeMail({
      from: 'Canva <no-reply@canva-share-notice.com>',
      subject: 'Niamh Walsh shared a design with you',
      text: 'Niamh Walsh shared "Spring menu 2026" with you.\nOpen design: https://www.canva.com/design/DAGx7Pq2LmK/view\n',
      authenticated: false,
    });
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('twin: a real Teams invitation from the organiser’s domain has no red flags', () => {
    const r = analyzeMail({
      from: 'Priya Nair <priya.nair@lumenaanalytics.sg>',
      subject: 'Lumena / Tanglin - DPA redlines',
      text:
        'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n' +
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjM2%40thread.v2/0\nMeeting ID: 318 227 941 55',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('det34b: a document on another organisation’s Sway sent to a hidden list (rule 2j)', () => {
  const share = (to: string): Mail => ({
    from: 'Renee Gauthier <r.gauthier@townofbrackenridge.ca>',
    to,
    subject: 'Town of Brackenridge - Progress Payment Certificate No.4',
    text:
      'Town of Brackenridge has sent you a secure document.\n\nDocument: Progress Payment Certificate No.4 (2 pages)\n\n' +
      'Please review the certificate and sign before Nov 3.\n\nView document: https://sway.cloud.microsoft/Xk3pQ7vRz2HbLm9T' +
      '\n\nRenee Gauthier\nPurchasing & Contracts Coordinator',
  });

  it('addressed to the sender itself, the reader in Bcc: likely phishing', () => {
    const r = analyzeMail(share('Renee Gauthier <r.gauthier@townofbrackenridge.ca>'));
    expect(one(r, 'links.hacked-site')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('to undisclosed recipients: likely phishing', () => {
    const r = analyzeMail(share('undisclosed-recipients:;'));
    expect(one(r, 'links.hacked-site')?.status).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('twin: the same share addressed to its reader is not likely phishing', () => {
    const r = analyzeMail(share('Jordan Lee <jordan.lee@example.net>'));
    expect(one(r, 'links.hacked-site')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('likely-phishing');
  });

  it('twin: a school’s Sway newsletter to a hidden list, offering no document, has no red flags', () => {
    const r = analyzeMail({
      from: 'Kauri Park School <office@kauripark.school.nz>',
      to: 'Kauri Park School <office@kauripark.school.nz>',
      subject: 'Term 4 newsletter',
      text: 'Kia ora whānau,\nOur Term 4 newsletter is out: https://sway.cloud.microsoft/Ab12Cd34Ef56Gh78\nNgā mihi',
    });
    expect(r.verdict).to.equal('no-red-flags');
  });
});
