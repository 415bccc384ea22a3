/**
 * End to end: real and real-shaped messages through parseMessage + analyze give what a user relies on
 * (test/fixtures/README and ../shared/fixtures/README.md list the expected findings).
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { Finding, Report } from '../../src/core/report';
import type { MessageInput } from '../../src/core/types';
import { translate } from '../../src/i18n';
import { fixture, fixtureText } from '../helpers';

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

function find(r: Report, id: string): Finding | undefined {
  return r.findings.find((f) => f.id === id);
}

function text(f: Finding | undefined, lang: 'en' | 'ja' = 'en'): string {
  return f ? translate(lang, f.message.key, f.message.params) : '';
}

for (const name of ['kagoya-2021-12.eml', 'kagoya-2021-12.m365.eml']) {
  describe(`the KAGOYA phishing message (${name})`, () => {
    let r: Report;
    before(async () => {
      r = await report(name);
    });

    it('is likely phishing', () => {
      expect(r.verdict).to.equal('likely-phishing');
    });

    it('fails the brand in the display name against the address domain, with the From header as evidence', () => {
      const f = find(r, 'sender.brand-mismatch');
      expect(f).to.include({ status: 'fail', section: 'sender' });
      expect(text(f)).to.include('KAGOYA').and.include('air.linkclub.or.jp');
      expect(f!.evidence[0]).to.include({ header: 'From', author: 'sender' });
      expect(f!.evidence[0]!.value).to.include('sawada@air.linkclub.or.jp');
    });

    it('fails the link host and the brand domain planted in its path', () => {
      expect(find(r, 'links.host-mismatch')).to.include({ status: 'fail' });
      const planted = find(r, 'links.brand-in-path');
      expect(planted).to.include({ status: 'fail' });
      expect(planted!.message.params).to.include({ planted: 'kagoya.net', host: 'santamariasold.com' });
      expect(planted!.evidence[0]!.url).to.equal('https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp');
    });

    it('warns that the reader’s own address rides in the link and that the wording is a lure', () => {
      expect(find(r, 'links.recipient-in-url')).to.include({ status: 'warn' });
      expect(find(r, 'links.recipient-in-url')!.message.params.address).to.equal('info@example.co.jp');
      expect(find(r, 'content.lure')).to.include({ status: 'warn' });
    });

    it('names the originating client 52.140.217.90 as recorded by mail.air.linkclub.or.jp, an authenticated submission', () => {
      const f = find(r, 'origin.sender-ip');
      expect(f).to.include({ status: 'info' });
      expect(f!.message.params).to.include({
        ip: '52.140.217.90',
        relay: 'mail.air.linkclub.or.jp',
        helo: '[127.0.0.1]',
      });
      expect(f!.message.key).to.match(/authenticated/);
      expect(f!.evidence[0]).to.include({ author: 'relay', recordedBy: 'mail.air.linkclub.or.jp' });
    });

    it('explains the [127.0.0.1] HELO as a mail app logging in, and the missing reverse DNS as weighing little', () => {
      const helo = find(r, 'origin.helo-loopback');
      expect(helo).to.include({ status: 'info' });
      expect(text(helo)).to.include('logged in to a real mail account');
      expect(text(helo)).not.to.match(/SMTP server on/i);
      expect(find(r, 'origin.no-reverse-dns')).to.include({ status: 'info' });
    });

    it('says SPF passed only for air.linkclub.or.jp, which proves nothing about KAGOYA', () => {
      const f = find(r, 'sender.authentication');
      expect(f!.status).to.be.oneOf(['info', 'warn']);
      expect(text(f)).to.include('air.linkclub.or.jp').and.include('KAGOYA');
      expect(f!.evidence.every((e) => e.author === 'recipient-system')).to.equal(true);
    });

    it('shows Return-Path and Message-ID as the sender’s own word', () => {
      for (const id of ['sender.return-path', 'sender.message-id']) {
        const f = find(r, id);
        expect(f, id).to.include({ status: 'info' });
        expect(text(f)).to.include('proves nothing');
      }
    });

    it('tells the story in three sentences, in English and Japanese', () => {
      expect(r.story).to.have.length(3);
      const en = r.story.map((s) => translate('en', s.key, s.params)).join(' ');
      expect(en)
        .to.include('claims to be from KAGOYA')
        .and.include('air.linkclub.or.jp')
        .and.include('santamariasold.com');
      const ja = r.story.map((s) => translate('ja', s.key, s.params)).join('');
      expect(ja).to.include('KAGOYA').and.include('santamariasold.com').and.include('報告');
    });
  });
}

describe('where the KAGOYA message entered', () => {
  it('on a plain Postfix mailbox: 203.0.113.25, received by mx.example.co.jp', async () => {
    const f = find(await report('kagoya-2021-12.eml'), 'origin.entry-hop');
    expect(f!.message.params).to.include({ ip: '203.0.113.25', by: 'mx.example.co.jp' });
    expect(f!.evidence[0]).to.include({ author: 'recipient-system' });
  });

  it('on Microsoft 365: 203.0.113.25, received by Exchange Online Protection, and the tenant filter says it passed', async () => {
    const r = await report('kagoya-2021-12.m365.eml');
    expect(find(r, 'origin.entry-hop')!.message.params).to.include({
      ip: '203.0.113.25',
      by: 'TY1JPN01FT012.mail.protection.outlook.com',
    });
    const filter = find(r, 'origin.org-filter');
    expect(filter).to.include({ status: 'info' });
    expect(filter!.message.params).to.include({ scl: '1', compauth: 'pass' });
  });
});

describe('genuine mail', () => {
  for (const name of [
    'partner-m365-to-m365.synthetic.eml',
    'genuine/amazon-co-jp-shipment.synthetic.eml',
    'genuine/kagoya-maintenance.synthetic.eml',
    'genuine/github-new-signin.synthetic.eml',
  ]) {
    it(`${name} comes out no-red-flags with nothing failing`, async () => {
      const r = await report(name);
      expect(r.verdict, r.verdictReasons.join(' ')).to.equal('no-red-flags');
      expect(r.findings.filter((f) => f.status === 'fail').map((f) => f.id)).to.deep.equal([]);
    });
  }

  it('passes a brand’s own domain confirmed by aligned DMARC', async () => {
    const r = await report('genuine/amazon-co-jp-shipment.synthetic.eml');
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'pass' });
    expect(find(r, 'sender.authentication')).to.include({ status: 'pass' });
  });

  it('does not treat Microsoft’s bestguesspass as a DMARC pass', async () => {
    const r = await report('kagoya-2021-12.m365.eml');
    expect(find(r, 'sender.authentication')!.status).not.to.equal('pass');
  });

  it('the partner mail trusts our Authentication-Results, not the partner tenant’s -Untrusted ones', async () => {
    const r = await report('partner-m365-to-m365.synthetic.eml');
    const auth = find(r, 'sender.authentication')!;
    expect(auth.status).to.equal('pass');
    expect(auth.evidence.map((e) => e.header)).to.deep.equal(['Authentication-Results']);
    expect(find(r, 'origin.entry-hop')!.message.params.ip).to.equal('40.107.74.95');
  });

  it('says the clean verdict is no proof of safety', async () => {
    const r = await report('genuine/amazon-co-jp-shipment.synthetic.eml');
    const story = r.story.map((s) => translate('en', s.key, s.params)).join(' ');
    expect(story).to.include('does not prove');
    expect(story).not.to.match(/(message|it) is safe/i);
  });
});

describe('a brand’s own domain that fails authentication', () => {
  it('is likely phishing, with sender.spoofed-domain failing on the trusted results', async () => {
    const r = await report('amazon-spoofed-dmarc-fail.synthetic.eml');
    expect(r.verdict).to.equal('likely-phishing');
    const f = find(r, 'sender.spoofed-domain');
    expect(f).to.include({ status: 'fail' });
    expect(f!.evidence.some((e) => e.header === 'Authentication-Results' && e.author === 'recipient-system')).to.equal(
      true,
    );
  });
});

describe('headers only (what Outlook hands over)', () => {
  it('analyses the M365 header block and the HTML body given separately, like parseMessage does', async () => {
    const input: MessageInput = {
      headers: fixtureText('kagoya-2021-12.m365.headers.txt'),
      html: fixtureText('link-kagoya-2021-12.html'),
      recipients: ['info@example.co.jp'],
    };
    const r = analyze(input);
    const whole = await report('kagoya-2021-12.m365.eml');
    expect(r.verdict).to.equal('likely-phishing');
    expect(r.findings.map((f) => `${f.id}:${f.status}`)).to.deep.equal(
      whole.findings.map((f) => `${f.id}:${f.status}`),
    );
  });

  it('with no body, still judges the sender and the path, and says the links were not checked', () => {
    const r = analyze({ headers: fixtureText('kagoya-2021-12.headers.txt'), missing: ['body'] });
    expect(find(r, 'sender.brand-mismatch')).to.include({ status: 'fail' });
    expect(find(r, 'content.body-missing')).to.include({ status: 'info' });
    expect(r.verdict).not.to.equal('no-red-flags');
  });

  it('with no headers at all, says what was not checked and still reads the links', () => {
    const r = analyze({ headers: '', html: fixtureText('link-kagoya-2021-12.html'), missing: ['headers'] });
    expect(find(r, 'origin.headers-missing')).to.include({ status: 'info' });
    expect(find(r, 'links.brand-in-path')).to.include({ status: 'fail' });
  });
});

describe('malformed input returns a report, never an exception', () => {
  const cases: [string, () => Promise<MessageInput> | MessageInput][] = [
    ['an empty message', () => parseMessage('')],
    ['binary junk', () => parseMessage(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a 1 MB header line', () => parseMessage(`Subject: ${'A'.repeat(1 << 20)}\r\nFrom: a@b.example\r\n\r\nbody`)],
    [
      '10,000 Received lines',
      () =>
        parseMessage(
          `${'Received: from a (b [192.0.2.1]) by c with SMTP; Mon, 1 Jan 2024 00:00:00 +0000\r\n'.repeat(10_000)}From: x@y.example\r\n\r\nhi`,
        ),
    ],
    ['a header block of only continuation lines', () => ({ headers: ' \t x\r\n y\r\n' })],
    ['null-ish input', () => ({}) as MessageInput],
  ];
  for (const [what, make] of cases) {
    it(`${what}: a verdict and well-formed findings`, async () => {
      const r = analyze(await make());
      expect(r.verdict).to.be.oneOf(['likely-phishing', 'suspicious', 'no-red-flags']);
      for (const f of r.findings) {
        expect(f.id).to.match(/^[a-z]+\.[a-z-]+$/);
        expect(f.section).to.be.oneOf(['sender', 'origin', 'links', 'content']);
        expect(translate('en', f.message.key, f.message.params))
          .to.be.a('string')
          .and.not.match(/\{[a-zA-Z]+\}/);
      }
      expect(r.story.length).to.be.within(1, 3);
    });
  }

  it('10,000 Received lines keep every hop and still find the entry hop', async () => {
    const r = analyze(
      await parseMessage(
        `${'Received: from a.example (a.example [198.51.100.7]) by mx.example.org with ESMTP; Mon, 1 Jan 2024 00:00:00 +0000\r\n'.repeat(10_000)}From: x@y.example\r\n\r\nhi`,
      ),
    );
    expect(find(r, 'origin.entry-hop')!.message.params.ip).to.equal('198.51.100.7');
  });
});
