/**
 * det37c: two genuine notice shapes that were told "links lead to another organisation".
 * (1) A colleague's SharePoint or OneDrive share, sent by sharepointonline.com, whose authentication the reader's
 *     system left unreadable: "Microsoft" is claimed, the link is on the reader's own tenant of Microsoft's hosting
 *     (sharepoint.com, which anyone may rent), and links.host-mismatch failed it as a stranger's page
 *     (likely-phishing). The reader's own tenant is now the reader's own site; a third tenant, a tenant only starting
 *     with the reader's name, and a free-mail "tenant" still fail.
 * (2) A sign-in notice printing the device's address masked (`172.58.xxx.xxx`): `.xxx` is a real top-level domain,
 *     so the text was read as a link to xxx.xxx. A written URL on such a host is still a link.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, bad, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const share = (tenant: string, kind = 'x') =>
  `Alex Kim shared a file with you\n\nHere's the latest forecast.\n\nQ3 Forecast v4.xlsx\n` +
  `https://${tenant}/:${kind}:/s/Finance/EbX4q0Wm9ZJMoCq1p3bU9n8Bgifh4sS94UncK9SJrCwFB2?e=EzjV3S\n\nOpen\n\n` +
  `This email is generated through Example's use of Microsoft 365.\n` +
  `Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\nMicrosoft Corporation, One Microsoft Way`;

/**
 * The notice as the reader's system left it: no Authentication-Results it can trust (none at all, as a mailbox whose
 * gateway writes its own below the entry hop), to `reader`.
 */
const sharepointMail = (tenant: string, kind?: string, reader = 'jordan.lee@example.net') => {
  const headers = [
    `Delivered-To: ${reader}`,
    'Received: from mail.sharepointonline.com (mail.sharepointonline.com [40.107.232.73]) by mx.example.net',
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    'Message-ID: <b72e1d0c55@sharepointonline.com>',
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    'From: "Alex Kim (via SharePoint Online)" <no-reply@sharepointonline.com>',
    `To: Jordan Lee <${reader}>`,
    'Subject: Alex Kim shared "Q3 Forecast v4" with you',
    'MIME-Version: 1.0',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', text: share(tenant, kind) }, { freeMail });
};

describe("det37c: a share on the reader's own SharePoint tenant (links.host-mismatch)", () => {
  for (const tenant of ['example.sharepoint.com', 'example-my.sharepoint.com'])
    it(`keeps an unauthenticated SharePoint share notice linking ${tenant} clean`, () => {
      const r = sharepointMail(tenant);
      expect(one(r, 'links.host-mismatch'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });

  for (const tenant of ['pemburycole-my.sharepoint.com', 'examplecorp.sharepoint.com'])
    it(`still fails the same notice linking another tenant (${tenant})`, () => {
      const r = sharepointMail(tenant, 'o');
      expect(one(r, 'links.host-mismatch')?.status).to.equal('fail');
      expect(r.verdict).to.equal('likely-phishing');
    });

  it('never takes a free-mail domain for a tenant (gmail.sharepoint.com to a Gmail reader)', () => {
    const r = sharepointMail('gmail.sharepoint.com', 'x', 'jordan.lee@gmail.com');
    expect(one(r, 'links.host-mismatch')?.status).to.equal('fail');
  });
});

describe('det37c: a masked IP address in a sign-in notice is no link', () => {
  const notice = (address: string) =>
    authenticatedMail(
      'Coinbase <no-reply@coinbase.com>',
      'New sign-in to your Coinbase account',
      `We noticed a new sign-in to your Coinbase account.\n\nDevice: Chrome on macOS\nIP address: ${address}\n\n` +
        'If this was you, you do not need to do anything.\n\nReview account activity ( https://www.coinbase.com/settings )',
      [],
      { freeMail },
    );

  for (const address of ['172.58.xxx.xxx', '10.2.3.x', '81.4.XXX.XXX'])
    it(`does not read "${address}" as a link`, () => {
      const r = notice(address);
      expect(one(r, 'links.host-mismatch'), bad(r).join(' ')).to.equal(undefined);
      expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
    });

  for (const address of ['http://172.58.xxx.xxx/login', 'secure-login.xxx', '172.evil.xxx.xxx'])
    it(`still reads "${address}" as a link to another organisation`, () => {
      expect(one(notice(address), 'links.host-mismatch')?.status).to.equal('warn');
    });
});
