/**
 * English families from challenge set 26 (issue #16), each beside its false-alarm twins. Every message is synthetic,
 * written inline with headers as delivered.
 * 1. The supplier's bank change whose Reply-To is a near copy of the supplier's own domain (reply-lookalike.ts):
 *    the From passes DMARC, the answers go to `capeindustrialsuppliies.co.za`. Twins: a company answering at its own
 *    other suffix or its help desk, numbered twins and short names a letter apart.
 * 2. The camera-fine (or invoice, voicemail) kit whose attachment is a ZIP holding nothing but a web page
 *    (attachment-judge.ts lonePages): the page is a redirect the filters never open. Twins: a ZIP of photos, a site
 *    export with its styles and images beside the page.
 * 3. The gift-card ask of business email compromise read inside a safety disclaimer (no-link.ts undisclaimedAsk):
 *    "NZ Red Cross will never ask you to donate in cryptocurrency or gift cards" is the charity warning against the
 *    scam, not making it. Attack kept: the pastor's "can you pick up 6 Apple gift cards" from a free mailbox, and a
 *    copied disclaimer beside the phisher's own ask.
 * 4. The domain-slamming and search-engine-submission invoice (domain-slam.ts): the reader's own domain, an expiry or
 *    renewal, and the small print "this is not a bill" / "no obligation to pay" / "this message is a solicitation".
 *    Twins: the registrar's real renewal reminder, Google Search Console about the site, a utility's annual statement
 *    that is "not a bill", a cold pitch naming our domain with the disclaimer but no expiry.
 * 5. The absent landlord (rental-deposit.ts): a free mailbox answering a flat enquiry, the owner away, the deposit
 *    first and the keys by post, in English and Spanish. Twins: a letting agent's next steps from its own domain, a
 *    private landlord on Gmail who shows the flat, a friend abroad asking to post keys with no deposit.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import type { AttachmentInfo } from '../../../src/core/types';
import { loadAllCheckData } from '../../../src/core/check-data';
import { describeBytes } from '../../../src/core/parse/attachment-bytes';
import { storedZip } from './zip-fixture';
import { forgetSlamJudge, loadSlamJudge } from '../../../src/core/checks/domain-slam';
import { forgetRentalJudge, loadRentalJudge } from '../../../src/core/checks/rental-deposit';

before(() => loadAllCheckData());

const statusOf = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;

function mail(
  from: string,
  to: string,
  subject: string,
  body: string,
  extraHeaders: string[] = [],
  attachments: AttachmentInfo[] = [],
): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const rcpt = to.slice(to.indexOf('@') + 1, to.indexOf('>'));
  const headers = [
    `Received: from smtp1.${domain} (smtp1.${domain} [41.185.8.204]) by mx.${rcpt}`,
    ' with ESMTPS id 8319F; Mon, 24 Nov 2025 14:04:16 +0200',
    `Authentication-Results: mx.${rcpt}; dkim=pass header.d=${domain} header.s=k1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <BR0nKeAZnO4U@${domain}>`,
    'Date: Mon, 24 Nov 2025 14:03:55 +0200',
    `From: ${from}`,
    ...extraHeaders,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text: body, attachments };
}

describe('set 26 (en): Reply-To a near copy of the sender’s own domain', () => {
  const CREDITORS = 'Creditors <creditors@hendrikse-eng.co.za>';
  const BANK =
    'Good afternoon,\nKindly note that due to our annual audit we have moved our banking to a new account. All ' +
    'payments from 1 December 2025 must be made to the account below. Please update your records and use these ' +
    'details for the outstanding invoices.\nBank: Nedbank\nAccount no: 1209 447 815\nBranch code: 198765\n' +
    'Confirm by return mail once your records are updated.\nRegards,\nNadia van Wyk\nAccounts Receivable\n';

  it('a bank change answered at a one-letter copy of the supplier’s domain is likely phishing', () => {
    const r = analyze(
      mail(
        'Nadia van Wyk <accounts@capeindustrialsupplies.co.za>',
        CREDITORS,
        'RE: Statement - updated banking details',
        BANK,
        ['Reply-To: Nadia van Wyk <accounts@capeindustrialsuppliies.co.za>'],
      ),
    );
    expect(statusOf(r, 'sender.reply-lookalike')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('a letter swapped or dropped counts too (northwindtraders.com answering at northwindtarders.com)', () => {
    const r = analyze(
      mail(
        'Accounts <ar@northwindtraders.com>',
        'AP <ap@contoso.com>',
        'Invoice 4471',
        'Please find the invoice attached.',
        ['Reply-To: ar@northwindtarders.com'],
      ),
    );
    expect(statusOf(r, 'sender.reply-lookalike')).to.equal('fail');
  });

  it('twin: a company answering at its own name under another suffix stays clean', () => {
    const r = analyze(
      mail('Sales <sales@capeindustrialsupplies.com>', CREDITORS, 'Quote 2291', 'Please find our quote below.', [
        'Reply-To: sales@capeindustrialsupplies.co.za',
      ]),
    );
    expect(statusOf(r, 'sender.reply-lookalike')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a help desk or a sister brand as Reply-To stays clean', () => {
    for (const reply of ['support@capeindustrial.zendesk.com', 'accounts@capeindustrialgroup.co.za'])
      expect(
        statusOf(
          analyze(
            mail('Accounts <accounts@capeindustrialsupplies.co.za>', CREDITORS, 'Statement', 'Your statement.', [
              `Reply-To: ${reply}`,
            ]),
          ),
          'sender.reply-lookalike',
        ),
      ).to.equal(undefined);
  });

  it('twin: numbered twins and short names a letter apart are not copies', () => {
    for (const [from, reply] of [
      ['office@school21.org', 'office@school22.org'],
      ['info@acme.com', 'info@acne.com'],
    ])
      expect(
        statusOf(
          analyze(mail(`Office <${from}>`, CREDITORS, 'Hello', 'Hello.', [`Reply-To: ${reply}`])),
          'sender.reply-lookalike',
        ),
      ).to.equal(undefined);
  });
});

/** A ZIP attachment as parseMessage describes it: its bytes' type and its member names. */
function zipped(filename: string, names: string[]): AttachmentInfo {
  const head = storedZip(names);
  return { filename, mimeType: 'application/zip', size: head.length, head, ...describeBytes(head) };
}

describe('set 26 (en): a ZIP holding only a web page', () => {
  const SAM = 'Sam Nguyen <sam.nguyen.au@gmail.com>';
  const FINE =
    'Penalty Notice\nNotice number: 4471902338\nOffence: Exceed speed limit by 10 km/h and under\nPenalty: $154.00\n' +
    'A camera detected the vehicle registered to you committing the offence above. The penalty notice and camera ' +
    'photographs are attached.\nYou must pay the penalty or request a review within 14 days of this notice.\n';
  const risky = (r: Report) => r.findings.find((f) => f.id === 'content.risky-attachment');

  it('a camera fine with PenaltyNotice.zip holding only PenaltyNotice.html is likely phishing', () => {
    const r = analyze(
      mail(
        'Penalty Notice Processing <notices@penaltynotice-processing.com>',
        SAM,
        'Penalty Notice 4471902338',
        FINE,
        [],
        [zipped('PenaltyNotice_4471902338.zip', ['PenaltyNotice_4471902338.html'])],
      ),
    );
    expect(risky(r)?.status).to.equal('fail');
    expect(risky(r)?.message.key).to.equal('content.risky-attachment.member-page');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('a voicemail or invoice page in a folder of the archive, or an .svg or .htm, counts too', () => {
    for (const names of [['Voicemail/VM_0412.htm'], ['Invoice_2291.svg'], ['Remittance.html', 'Remittance copy.html']])
      expect(
        risky(
          analyze(
            mail('Billing <billing@acme-billing.com>', SAM, 'Invoice', 'Attached.', [], [zipped('doc.zip', names)]),
          ),
        )?.status,
      ).to.equal('fail');
  });

  it('twin: a ZIP of photos and a site export with its styles and images stay clean', () => {
    for (const names of [
      ['IMG_0412.jpg', 'IMG_0413.jpg'],
      ['site/index.html', 'site/css/style.css', 'site/img/logo.png'],
      ['report/index.html', 'report/app.css', 'report/about.html'],
    ]) {
      const r = analyze(
        mail(
          'Kevin Tremblay <kevin.tremblay82@gmail.com>',
          SAM,
          'the files',
          'Here you go.',
          [],
          [zipped('files.zip', names)],
        ),
      );
      expect(risky(r)).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    }
  });
});

describe('set 26 (en): a gift-card ask inside a safety disclaimer', () => {
  const JENNY = 'Jenny Whitcombe <jenny.whitcombe@xtra.co.nz>';
  const APPEAL =
    'Kia ora Jenny,\nOur Disaster Welfare and Support Teams have been working through the night in Tairawhiti.\n' +
    'Your donation to the Tairawhiti Flood Appeal will help us provide practical support.\n' +
    'Donate: https://click.mail.redcross.org.nz/?qs=a8f1c3e77b2d40e9\n' +
    'Donations of $5 or more are tax deductible. NZ Red Cross will never ask you to donate in cryptocurrency or gift ' +
    'cards.\nNga mihi,\nRebecca Gray\n';
  const bec = (r: Report) => statusOf(r, 'content.bec-request');

  it('twin: a national society’s appeal that only warns against gift cards is not business email compromise', () => {
    const r = analyze(mail('New Zealand Red Cross <info@redcross.org.nz>', JENNY, 'Tairawhiti flooding', APPEAL));
    expect(bec(r)).to.equal(undefined);
    expect(r.verdict).to.not.equal('likely-phishing');
  });

  it('a copied disclaimer beside the sender’s own gift-card ask still counts', () => {
    const own =
      APPEAL +
      'Are you available? I need you to pick up 4 Google Play gift cards for the families and send me the codes.\n';
    const r = analyze(mail('New Zealand Red Cross <info@redcross.org.nz>', JENNY, 'Tairawhiti flooding', own));
    expect(bec(r)).to.equal('fail');
  });

  it('the pastor’s gift-card errand from a free mailbox stays likely phishing', () => {
    const r = analyze(
      mail(
        'Pastor Daniel Okafor <pastor.danielokafor.office@gmail.com>',
        'Mary Ellis <mary.ellis@yahoo.com>',
        'Quick favor',
        'Hi Mary, are you available? I am in a meeting and cannot talk. Can you pick up 6 Apple gift cards, $200 ' +
          'each, for the hospice patients? Send me pictures of the codes. God bless.\n',
      ),
    );
    expect(bec(r)).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe('set 26 (en): the domain-renewal and search-submission solicitation dressed as an invoice', () => {
  const ADMIN = 'Liam Kerrigan <admin@kerrigan-plumbing.com.au>';
  const slam = (r: Report) => statusOf(r, 'content.domain-slam');

  it('a renewal notice for our domain whose small print says it is not a bill is likely phishing', () => {
    const r = analyze(
      mail(
        'Domain Renewal Services <renewals@dnsrs-au.net>',
        ADMIN,
        'Domain Name Renewal Notice - kerrigan-plumbing.com.au - Due 28/02/2026',
        'DOMAIN NAME RENEWAL NOTICE\nDomain name: kerrigan-plumbing.com.au\nAmount due: $249.00 AUD\n' +
          'Your domain name registration is due to expire.\nDirect deposit: BSB 062-692 Account 1094 3372\n' +
          'This is not a bill. You are under no obligation to pay the amount stated unless you accept this offer.\n',
      ),
    );
    expect(slam(r)).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the search-engine submission "expiration" and its German and French forms count too', () => {
    const cases: [string, string][] = [
      [
        'Search Engine Submission Expiration Notice: kerrigan-plumbing.com.au',
        'FINAL NOTICE. Failure to complete your submission by the expiration date may make it difficult for your ' +
          'customers to find you. This message is a solicitation for search engine optimization services.',
      ],
      [
        'Domain kerrigan-plumbing.com.au: Ablauf der Registrierung',
        'Bitte überweisen Sie 249 EUR vor dem Ablauf. Dies ist keine Rechnung, sondern ein Angebot.',
      ],
      [
        'Renouvellement du domaine kerrigan-plumbing.com.au',
        'Votre nom de domaine arrive à expiration. Ceci n’est pas une facture mais une offre de service.',
      ],
    ];
    for (const [subject, body] of cases)
      expect(slam(analyze(mail('Notices <notice@web-listing-notify.org>', ADMIN, subject, body))), subject).to.equal(
        'fail',
      );
  });

  it('a pane without the judging asks for it only when the subject names our domain', async () => {
    forgetSlamJudge();
    try {
      const notice = mail(
        'Notices <n@dnsrs-au.net>',
        ADMIN,
        'Renewal - kerrigan-plumbing.com.au',
        'This is not a bill.',
      );
      expect(analyze(notice).needs ?? []).to.include('disclaimer');
      expect(
        analyze(mail('Ana <ana@dnsrs-au.net>', ADMIN, 'Lunch', 'See you at kerrigan-plumbing.com.au')).needs ?? [],
      ).to.not.include('disclaimer');
    } finally {
      await loadSlamJudge();
    }
  });

  it('twin: the registrar’s own renewal reminder and Search Console stay clean', () => {
    const registrar = analyze(
      mail(
        'VentraIP Australia <noreply@ventraip.com.au>',
        ADMIN,
        'Domain renewal reminder: kerrigan-plumbing.com.au expires in 30 days',
        'This is a reminder that kerrigan-plumbing.com.au is due for renewal. Be wary of "renewal notices" from ' +
          'other companies that ask you to pay by bank transfer.\n',
      ),
    );
    expect(slam(registrar)).to.equal(undefined);
    expect(registrar.verdict).to.equal('no-red-flags');
    const searchConsole = analyze(
      mail(
        'Google Search Console Team <sc-noreply@google.com>',
        ADMIN,
        'New Page indexing issue detected for site https://kerrigan-plumbing.com.au/',
        'Search Console has identified that your site is affected by 1 Page indexing issue.\n',
      ),
    );
    expect(slam(searchConsole)).to.equal(undefined);
  });

  it('twin: a utility’s statement that is "not a bill", and a cold pitch without an expiry, stay clean', () => {
    const statement = analyze(
      mail(
        'Origin Energy <statements@originenergy.com.au>',
        ADMIN,
        'Your annual energy statement',
        'This is not a bill. Here is a summary of your energy use for the year; your plan renews on 1 July.\n',
      ),
    );
    expect(slam(statement)).to.equal(undefined);
    const pitch = analyze(
      mail(
        'Growth Agency <hello@growthagency.io>',
        ADMIN,
        'Free audit of kerrigan-plumbing.com.au',
        'We ran a quick audit of kerrigan-plumbing.com.au and found 12 quick wins. No obligation to pay for the call.\n',
      ),
    );
    expect(slam(pitch)).to.equal(undefined);
  });
});

describe('set 26 (en): the absent landlord who posts the keys once the deposit is paid', () => {
  const TOMASZ = 'Tomasz Wrobel <tomasz.wrobel@outlook.ie>';
  const rental = (r: Report) => statusOf(r, 'content.rental-deposit');
  const SCAM =
    'Hi Tomasz,\nThank you for your interest in the apartment. Yes it is still available. The rent is 1,650 per ' +
    'month.\nI am currently working in Aberdeen on an offshore contract and I am not able to show the apartment in ' +
    'person. I am giving the keys to the first person who secures it with the deposit. Once the deposit is received I ' +
    'will post the keys and the contract to you by registered post.\nPlease send me a photo of your ID.\nSiobhan\n\n' +
    'On Tue, 9 Sep 2025 at 19:02, Tomasz Wrobel <tomasz.wrobel@outlook.ie> wrote:\n> Is the apartment available?\n';

  it('the owner away, the deposit first and the keys by post, from Gmail, is likely phishing', () => {
    const r = analyze(
      mail('Siobhan Gallagher <siobhan.gallagher.lets@gmail.com>', TOMASZ, 'Re: 2 bed apartment', SCAM),
    );
    expect(rental(r)).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('the Spanish wording counts too', () => {
    const es =
      'Hola, el departamento sigue disponible. Estoy trabajando en Houston y no puedo mostrarlo personalmente. ' +
      'Cuando reciba el depósito le enviaré las llaves y el contrato por paquetería.\n';
    expect(rental(analyze(mail('Laura <laura.mendez.renta@hotmail.com>', TOMASZ, 'Re: departamento', es)))).to.equal(
      'fail',
    );
  });

  it('twin: a letting agent from its own domain and a Gmail landlord who shows the flat stay clean', () => {
    const agent = analyze(
      mail(
        'Aoife Brennan <aoife@harcourtlettings.ie>',
        TOMASZ,
        'Apartment 14 - next steps after your viewing',
        'Thanks for coming to the viewing. The deposit and first month are due before move-in. Key collection is at ' +
          'our office. The landlord is currently abroad, so we send the keys and the contract only after signing.\n',
      ),
    );
    expect(rental(agent)).to.equal(undefined);
    const landlord = analyze(
      mail(
        'Pat Byrne <pat.byrne64@gmail.com>',
        TOMASZ,
        'Re: flat on Pearse Street',
        'Hi Tomasz, you can view it Saturday at 11. The deposit is one month, paid when you sign; I will hand you the ' +
          'keys at move-in.\n',
      ),
    );
    expect(rental(landlord)).to.equal(undefined);
    expect(landlord.verdict).to.equal('no-red-flags');
  });

  it('twin: a friend abroad asking to post keys, with no deposit, stays clean; the judging is asked for only with one', async () => {
    const friend = mail(
      'Kevin <kevin.tremblay82@gmail.com>',
      TOMASZ,
      'keys',
      'I am working abroad till May and not able to meet - could you post the keys to my sister? Thanks!\n',
    );
    expect(analyze(friend).verdict).to.equal('no-red-flags');
    forgetRentalJudge();
    try {
      expect(analyze(friend).needs ?? []).to.not.include('money-route');
      expect(analyze(mail('S <s.g.lets@gmail.com>', TOMASZ, 'Re: flat', SCAM)).needs ?? []).to.include('money-route');
    } finally {
      await loadRentalJudge();
    }
  });
});
