/**
 * The rarer links' shapes judged in a chunk the task pane fetches (issue #19: links-rare-judge.ts, in the
 * "disclaimer" chunk): a program to download (links.install-file) and a government's domain worn as a link's leading
 * labels (links.brand-in-path.government). A fresh pane has neither judging: a message with a web link asks for the
 * chunk, even one whose body has no text to hint it (an image that is the link), and the first drawing is already the
 * complete verdict; a message without a web link asks for nothing of it.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import { forgetRareLinkJudge } from '../../../src/core/checks/links';
import { forgetLureDisclaimers } from '../../../src/core/checks/content';
import type { MessageInput } from '../../../src/core/types';
import { readInFreshPane } from '../../reading-session';

/** A message from a domain that does not authenticate, its HTML body only an image that is the link. */
function imageLinkMail(href: string): MessageInput {
  const headers = [
    'Received: from mail.parcel-notice.info (mail.parcel-notice.info [185.70.42.17]) by mx.example.net',
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    'Authentication-Results: mx.example.net; spf=softfail smtp.mailfrom=parcel-notice.info; dkim=none; dmarc=none',
    'Message-ID: <b72e1d0c55@parcel-notice.info>',
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    'From: Notice <notice@parcel-notice.info>',
    'To: Jordan Lee <jordan.lee@example.net>',
    'Subject: Your parcel',
    'MIME-Version: 1.0',
  ];
  return {
    headers: headers.join('\r\n') + '\r\n',
    html: `<html><body><a href="${href}"><img src="cid:banner@parcel"></a></body></html>`,
  };
}

const statusOf = (input: MessageInput, id: string, key?: string): string | undefined => {
  const f = analyze(input).findings.find((x) => x.id === id && (!key || x.message.key === key));
  return f?.status;
};

describe('perf36b: the rarer links’ shapes, judged in a chunk', () => {
  afterEach(() => loadAllCheckData());

  const CASES = [
    { what: 'an APK behind an image', href: 'https://cba-secure-app.top/NetBank.apk', id: 'links.install-file' },
    {
      what: 'a government’s domain worn by a link behind an image',
      href: 'https://nzta.govt.nz.toll-payment.kotahi-notice.cfd/pay',
      id: 'links.brand-in-path',
      key: 'links.brand-in-path.government',
    },
  ];

  for (const { what, href, id, key } of CASES) {
    it(`has ${what} ask for the chunk, then fail ${key ?? id}; a fresh pane draws the fail first`, async () => {
      const message = imageLinkMail(href);
      const expected = statusOf(message, id, key);
      expect(expected).to.equal('fail');
      forgetRareLinkJudge();
      forgetLureDisclaimers();
      const first = analyze(message);
      expect(first.needs).to.include('disclaimer');
      expect(first.findings.map((f) => f.id)).to.not.include('links.install-file');
      expect(first.findings.find((f) => f.message.key === 'links.brand-in-path.government')).to.equal(undefined);
      const { shown, report } = await readInFreshPane(message);
      expect(shown).to.deep.equal([undefined, analyze(message).verdict]);
      expect(report?.findings.find((f) => f.id === id && (!key || f.message.key === key))?.status).to.equal('fail');
    });
  }

  it('leaves alone a link to an ordinary page and a message with no web link (no chunk asked for a mailto:)', async () => {
    expect(statusOf(imageLinkMail('https://parcel-notice.info/track'), 'links.install-file')).to.equal(undefined);
    // (Only the links' judging forgotten: content.lure asks for the same chunk for every message until it is in.)
    forgetRareLinkJudge();
    expect(analyze(imageLinkMail('https://parcel-notice.info/track')).needs).to.include('disclaimer');
    expect(analyze(imageLinkMail('mailto:help@parcel-notice.info')).needs ?? []).to.not.include('disclaimer');
  });
});
