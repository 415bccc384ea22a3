/**
 * Calendar invites (issue #16): the links of an event in an attached or inline invite (`.ics`, text/calendar) are
 * links of the message, judged by every link check, with the invite named in the evidence. Every message is
 * synthetic, written inline as raw mail, each attack beside its false-alarm twin: real Teams, Zoom and Google Meet
 * invitations from companies that authenticate stay clean.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { withQrCodes } from '../../../src/core/qr';
import { inviteFields } from '../../../src/core/qr/invite';
import type { Report } from '../../../src/core/report';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

interface Invite {
  from: string;
  subject: string;
  text: string;
  ics: string;
  authenticated: boolean;
  /** Attached as a named file (`invite.ics`, application/ics) rather than an inline text/calendar part. */
  attached?: boolean;
}

async function analyzeInvite(m: Invite): Promise<Report> {
  const domain = m.from.slice(m.from.indexOf('@') + 1, m.from.indexOf('>'));
  const auth = m.authenticated
    ? [
        `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=s1;`,
        ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=reject) header.from=${domain}`,
      ]
    : [`Authentication-Results: mx.example.net; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=none`];
  const calendarPart = m.attached
    ? ['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"']
    : ['Content-Type: text/calendar; charset="utf-8"; method=REQUEST'];
  const raw = [
    'Delivered-To: jordan.lee@example.net',
    `Received: from mail.${domain} (mail.${domain} [185.70.42.17]) by mx.example.net`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    ...auth,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${m.from}`,
    'To: Jordan Lee <jordan.lee@example.net>',
    `Subject: ${m.subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    m.text,
    '--b1',
    ...calendarPart,
    'Content-Transfer-Encoding: 8bit',
    '',
    m.ics,
    '--b1--',
    '',
  ].join('\r\n');
  return analyze(await withQrCodes(await parseMessage(raw)), { freeMail });
}

/** An event's lines, folded at 75 octets as calendars write them. */
function ics(...props: string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    'DTSTART:20251204T140000Z',
    'DTEND:20251204T143000Z',
    'UID:040000008200E00074C5B7101A82E0080000000',
    ...props,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.flatMap(fold).join('\r\n');
}

function fold(line: string): string[] {
  const out = [line.slice(0, 75)];
  for (let i = 75; i < line.length; i += 74) out.push(' ' + line.slice(i, i + 74));
  return out;
}

const one = (r: Report, id: string) => r.findings.find((f) => f.id === id);

describe('det35a: links in a calendar invite are the message’s links', () => {
  it('reads an invite’s folded, escaped and HTML fields', () => {
    const fields = inviteFields(
      ics(
        'DESCRIPTION;LANGUAGE=en-US:Review the policy\\, then sign:\\nhttps://policy-review.example-docs.com/sign/in?id=4471829903&session=a',
        'X-ALT-DESC;FMTTYPE=text/html:<html><body><a href="https://alt.example.org/x">Open</a></body></html>',
        'URL;VALUE=URI:https://event.example.org/e/1',
        'ORGANIZER;CN="Payroll: HR":mailto:hr@example.org',
      ),
    );
    expect(fields.text).to.include(
      'Review the policy, then sign:\nhttps://policy-review.example-docs.com/sign/in?id=4471829903&session=a',
    );
    expect(fields.text).to.include('https://event.example.org/e/1');
    expect(fields.text).to.not.include('mailto:hr@example.org');
    expect(fields.html).to.include('href="https://alt.example.org/x"');
  });

  it('flags an invite whose event holds a sign-in page, naming the invite (the body is harmless)', async () => {
    const r = await analyzeInvite({
      from: 'HR Team <hr-notice@staff-calendar.com>',
      subject: 'Invitation: 2026 Compensation Review @ Thu Dec 4, 2pm',
      text: 'You have been invited to the following event.\r\n\r\nPlease accept to keep your slot.',
      ics: ics(
        'SUMMARY:2026 Compensation Review',
        'DESCRIPTION:Review your adjusted salary statement before the meeting:\\nhttps://hr-portal-review.pages.dev/login?email=jordan.lee@example.net\\n\\nHR Department',
        'LOCATION:Online',
      ),
      authenticated: false,
    });
    expect(r.verdict).to.equal('likely-phishing');
    const link = one(r, 'links.attachment-link');
    expect(link).to.include({ status: 'fail' });
    expect(JSON.stringify(link!.evidence)).to.include('hr-portal-review.pages.dev').and.include('invite.ics');
  });

  it('reads an attached invite.ics and its URL field', async () => {
    const r = await analyzeInvite({
      from: 'Microsoft 365 <calendar@m365-eventnotice.com>',
      subject: 'Mailbox storage review meeting',
      text: 'See the attached invitation.',
      ics: ics(
        'SUMMARY:Mailbox storage review',
        'URL:https://outlook-verify.web.app/owa/signin?u=jordan.lee%40example.net',
      ),
      authenticated: false,
      attached: true,
    });
    expect(r.verdict).to.equal('likely-phishing');
    expect(one(r, 'links.attachment-link')).to.include({ status: 'fail' });
  });

  it('keeps a company’s Teams invitation clean (its links open Microsoft’s own site)', async () => {
    const join =
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM0ZTQ5%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d';
    const r = await analyzeInvite({
      from: 'Maria Keller <maria.keller@contoso-logistics.de>',
      subject: 'Quarterly planning',
      text: 'Hi Jordan, let us go through the Q1 plan.\r\n\r\nMaria',
      ics: ics(
        'SUMMARY;LANGUAGE=en-US:Quarterly planning',
        `DESCRIPTION;LANGUAGE=en-US:Hi Jordan\\, let us go through the Q1 plan.\\n\\n____\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting<${join}>\\nMeeting ID: 364 512 889 412\\nPasscode: 7Xh3Qa\\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=5c1e&tenantId=a1b2&threadId=19_meeting_NjM0ZTQ5@thread.v2&messageId=0&language=en-US>\\n____`,
        'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
        `X-MICROSOFT-SKYPETEAMSMEETINGURL:${join}`,
      ),
      authenticated: true,
    });
    expect(r.verdict).to.equal('no-red-flags');
    expect(one(r, 'links.attachment-link')).to.equal(undefined);
  });

  it('keeps a company’s Zoom invitation clean', async () => {
    const r = await analyzeInvite({
      from: 'Sam Ortiz <sam.ortiz@brightline-analytics.com>',
      subject: 'Invitation: Data review',
      text: 'Sam Ortiz is inviting you to a scheduled Zoom meeting.',
      ics: ics(
        'SUMMARY:Data review',
        'DESCRIPTION:Sam Ortiz is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\nhttps://us02web.zoom.us/j/84512339921?pwd=Yk9hR2xQa1ZVdHh0N0ZmUT09\\n\\nMeeting ID: 845 1233 9921\\nPasscode: 552901',
        'LOCATION:https://us02web.zoom.us/j/84512339921?pwd=Yk9hR2xQa1ZVdHh0N0ZmUT09',
      ),
      authenticated: true,
    });
    expect(r.verdict).to.equal('no-red-flags');
    expect(one(r, 'links.attachment-link')).to.equal(undefined);
  });

  it('keeps a Google Calendar invitation with Meet clean, inline and attached alike', async () => {
    for (const attached of [false, true]) {
      const r = await analyzeInvite({
        from: 'Priya Nair <priya.nair@harbourfield.co.uk>',
        subject: 'Invitation: Supplier onboarding @ Thu 4 Dec 2025 2pm - 2:30pm (GMT)',
        text: 'You have been invited by Priya Nair to attend an event named Supplier onboarding.',
        ics: ics(
          'SUMMARY:Supplier onboarding',
          'DESCRIPTION:-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/xyz-abcd-efg\\nOr dial: (GB) +44 20 3957 1234 PIN: 512 332 901#\\nMore phone numbers: https://tel.meet/xyz-abcd-efg?pin=5123329019876\\n\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-',
          'LOCATION:',
        ),
        authenticated: true,
        attached,
      });
      expect(r.verdict, attached ? 'attached' : 'inline').to.equal('no-red-flags');
    }
  });
});
