/**
 * A link that downloads a program (issue #16): an Android package or a Windows installer or script, linked from mail
 * where the attachment filter never sees it (links.install-file). Every message is synthetic, written inline, each
 * attack beside its false-alarm twin: a vendor's authenticated release notice linking its own download, IT's mail
 * linking a brand's real installer, an authenticated company's installer on a mirror (warn only).
 */
import { expect } from 'chai';
import type { Report } from '../../../src/core/report';
import { authenticatedMail, one } from './authenticated-mail';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';

before(async () => {
  await loadAllCheckData();
});

/** A message from a domain that does not authenticate (SPF softfail, nothing signed). */
function strangerMail(from: string, subject: string, text: string, html?: string): Report {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    `Received: from mail.${domain} (mail.${domain} [185.70.42.17]) by mx.example.net`,
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    `Authentication-Results: mx.example.net; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=none`,
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Jordan Lee <jordan.lee@example.net>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', text, ...(html ? { html } : {}) });
}

describe('det35a: a link that downloads a program', () => {
  it('fails a bank’s "new security app" APK on another host', () => {
    const r = strangerMail(
      'Commonwealth Bank <alerts@netbank-secure-notice.com>',
      'Action required: install the new NetBank security app',
      'Dear customer,\nFrom 1 January your account can only be used with the new security app.\nDownload and install: https://cba-secure-app.top/download/NetBank-Secure.apk\n',
    );
    expect(one(r, 'links.install-file')).to.include({ status: 'fail' });
    expect(one(r, 'links.install-file')!.message).to.deep.include({ key: 'links.install-file.android' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails a parcel kit’s tracking app (.xapk) and a "Chrome update" script in HTML', () => {
    const parcel = strangerMail(
      'Australia Post <track@auspost-redelivery.info>',
      'Your parcel is on hold',
      'Install the tracking app to choose a delivery time: http://auspost-track.xyz/AusPostTrack.xapk',
    );
    expect(one(parcel, 'links.install-file')).to.include({ status: 'fail' });
    const chrome = strangerMail(
      'Google Chrome <update@chrome-notice.net>',
      'Your browser is out of date',
      'Update Chrome',
      '<p>Your version of Chrome is out of date and cannot open secure documents.</p><a href="https://pub-8a1c.r2.dev/Chrome_Update_131.js">Update Chrome</a>',
    );
    expect(one(chrome, 'links.install-file')).to.include({ status: 'fail' });
    expect(chrome.verdict).to.equal('likely-phishing');
  });

  it('fails an installer on a stranger’s host even from a taken-over mailbox that authenticates', () => {
    const r = authenticatedMail(
      'Accounts <accounts@harbourfield-joinery.co.uk>',
      'Remittance viewer',
      'Hello,\nPlease install the secure remittance viewer to open the payment advice: https://docs-viewer.pages.dev/RemittanceViewer.msi.js\n',
    );
    expect(one(r, 'links.install-file')).to.include({ status: 'fail' });
  });

  it('says nothing of a vendor’s authenticated release notice linking its own download', () => {
    const vlc = authenticatedMail(
      'VideoLAN <announce@videolan.org>',
      'VLC 3.0.21 released',
      'VLC 3.0.21 is out with security fixes.\nWindows 64-bit: https://get.videolan.org/vlc/3.0.21/win64/vlc-3.0.21-win64.exe\nAndroid: https://get.videolan.org/vlc-android/3.6.0/VLC-Android-3.6.0-arm64-v8a.apk\n',
    );
    expect(one(vlc, 'links.install-file')).to.equal(undefined);
    expect(vlc.verdict).to.equal('no-red-flags');
  });

  it('says nothing of IT’s mail linking a brand’s own installer', () => {
    const r = authenticatedMail(
      'IT Service Desk <servicedesk@brightline-analytics.com>',
      'Zoom client update',
      'Hi all,\nPlease update your Zoom client before Monday: https://zoom.us/client/latest/ZoomInstallerFull.msi\n\nIT Service Desk',
    );
    expect(one(r, 'links.install-file')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('only warns of an authenticated company’s installer on a mirror', () => {
    const r = authenticatedMail(
      'Igor Pavlov <news@7-zip.org>',
      '7-Zip 24.09',
      '7-Zip 24.09 is available: https://downloads.sourceforge.net/project/sevenzip/7-Zip/24.09/7z2409-x64.exe\n',
    );
    expect(one(r, 'links.install-file')).to.include({ status: 'warn' });
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('reads no program in a page or a document link', () => {
    const r = strangerMail(
      'Newsletter <news@example-weekly.com>',
      'This week',
      'Read: https://example-weekly.com/posts/setup-exe-guide.html and https://cdn.example-weekly.com/files/report.pdf?name=a.exe',
    );
    expect(one(r, 'links.install-file')).to.equal(undefined);
  });
});
