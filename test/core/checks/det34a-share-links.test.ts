/**
 * Issue #16, false alarms on genuine mail: a Google app's share link is no shortener (link-services.ts). Google's goo.gl
 * shortener made its last public links in 2019 and stopped following them in August 2025; the goo.gl links mail
 * carries now are its apps' own (maps.app.goo.gl: a place shared from Google Maps), which open Google's own pages.
 * Twin: a friend's wedding invitation from a free mailbox with the venue's map link and an RSVP form. Attack kept: a
 * public shortener (bit.ly, tinyurl) still hides where a link goes. Synthetic messages.
 */
import { expect } from 'chai';
import type { Report } from '../../../src/core/report';
import { reportOf, type Probe } from './nolink29/mail';

const hidden = (r: Report) => r.findings.find((f) => f.id === 'links.obfuscated-host');

const invitation = (map: string): Probe => ({
  lang: 'id',
  from: 'Sari Wulandari <sari.wulandari88@gmail.com>',
  to: 'Rina Pratiwi <rina.pratiwi.kerja@gmail.com>',
  subject: 'Undangan pernikahan Sari & Bima',
  body:
    'Rina sayang,\n\nAku dan Bima mau menikah hari Sabtu, 14 Maret 2026. Resepsi jam 11.00-14.00 di Gedung Serbaguna, ' +
    `Bandung.\n\nLokasi: ${map}\nIsi konfirmasi kehadiran di sini ya, buat hitung katering: ` +
    'https://forms.gle/Qw7eRt5yUi3oPa1sD\n\nDitunggu kehadirannya!\nSari',
});

describe('a Google app’s share link is no shortener (link-services.ts)', () => {
  it('leaves a friend’s invitation with a Google Maps place link and an RSVP form alone', async () => {
    const r = await reportOf(invitation('https://maps.app.goo.gl/Zx8cV6bN4mQ2wE9rT'));
    expect(hidden(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still says a public shortener hides where the link goes', async () => {
    const r = await reportOf(invitation('https://bit.ly/3xKq9Lm'));
    expect(hidden(r)?.status).to.equal('warn');
    expect(hidden(r)?.message.key).to.equal('links.obfuscated-host.shortener');
  });

  it('still flags a mailbox lure from a free mailbox behind a shortener', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Mail Admin <mailadmin.helpdesk2026@gmail.com>',
      subject: 'Your mailbox will be deactivated today',
      body:
        'Your email account has exceeded its storage limit and will be deactivated within 24 hours. Verify your ' +
        'account now to keep your messages: https://tinyurl.com/mbx-verify-now\n\nMail Administrator',
    });
    expect(hidden(r)?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});
