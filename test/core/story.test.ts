/** The story at the top: at most three plain sentences, in the reader's language, resting on the evidence. */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { Report } from '../../src/core/report';
import { LANGS, translate, type Lang } from '../../src/i18n';
import { fixture, fixtureText } from '../helpers';

function told(r: Report, lang: Lang): string[] {
  return r.story.map((s) => translate(lang, s.key, s.params));
}

/** Domains and IPs a sentence names (ASCII hosts with a dot, dotted IPv4). */
function namedHosts(text: string): string[] {
  return text.match(/\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b|\b\d{1,3}(?:\.\d{1,3}){3}\b/gi) ?? [];
}

const cases: [string, () => Promise<Report>][] = [
  ['the KAGOYA phishing message', async () => analyze(await parseMessage(fixture('kagoya-2021-12.eml')))],
  [
    'the KAGOYA message as Microsoft 365 holds it',
    async () => analyze(await parseMessage(fixture('kagoya-2021-12.m365.eml'))),
  ],
  [
    'a genuine Amazon.co.jp notice',
    async () => analyze(await parseMessage(fixture('genuine/amazon-co-jp-shipment.synthetic.eml'))),
  ],
  [
    'a forged Amazon.co.jp address',
    async () => analyze(await parseMessage(fixture('amazon-spoofed-dmarc-fail.synthetic.eml'))),
  ],
  [
    'a header block alone',
    async () => analyze({ headers: fixtureText('kagoya-2021-12.m365.headers.txt'), missing: ['body'] }),
  ],
  ['a message with no findings at all', async () => analyze({ headers: '' })],
];

describe('the story', () => {
  for (const [what, make] of cases) {
    for (const lang of LANGS) {
      it(`${what} (${lang}): 1–3 sentences, no markup, every domain and IP named is in a finding's evidence`, async () => {
        const r = await make();
        const sentences = told(r, lang);
        expect(sentences.length).to.be.within(1, 3);
        const evidence = r.findings
          .flatMap((f) => f.evidence.map((e) => `${e.value ?? ''} ${e.url ?? ''}`))
          .join('\n')
          .toLowerCase();
        for (const s of sentences) {
          expect(s).not.to.match(/[<>]/);
          expect(s).not.to.match(/\{[a-zA-Z]+\}/, 'no unfilled placeholder');
          for (const host of namedHosts(s)) expect(evidence, `${host} in evidence`).to.include(host.toLowerCase());
        }
      });
    }
  }

  it('says of KAGOYA who it claims to be, who sent it, where the link goes, and what to do', async () => {
    const r = await cases[0]![1]();
    expect(told(r, 'en')).to.deep.equal([
      'This message claims to be from KAGOYA, but it was sent from a mail account at air.linkclub.or.jp, logged in from 52.140.217.90.',
      'Its link leads to santamariasold.com, which has nothing to do with KAGOYA, and carries your own address.',
      'Do not click it; report it to IT.',
    ]);
    expect(told(r, 'ja')[0]).to.equal(
      'このメールは KAGOYA を名乗っていますが、実際には air.linkclub.or.jp のメールアカウントに 52.140.217.90 からログインして送信されています。',
    );
  });

  it('names the network that owns the login IP when the IP data is available', async () => {
    const input = await parseMessage(fixture('kagoya-2021-12.eml'));
    const r = analyze(input, {
      ipOwner: (ip) =>
        ip === '52.140.217.90' ? { asn: 8075, org: 'Microsoft Corporation', country: 'IE' } : undefined,
    });
    const first = told(r, 'en')[0]!;
    if (r.findings.find((f) => f.id === 'origin.sender-ip')?.message.params.owner)
      expect(first).to.include('Microsoft Corporation');
    else expect(first).to.include('52.140.217.90');
  });

  it('says for a clean message what was checked and that it does not prove safety', async () => {
    const r = await cases[2]![1]();
    expect(told(r, 'en')).to.deep.equal([
      'Nothing here contradicts the sender (amazon.co.jp, authenticated by your mail server).',
      'That does not prove the content is safe.',
    ]);
  });

  it('says for a message without headers that only name, subject and links were checked', () => {
    const r = analyze({ headers: '', text: 'hello', missing: ['headers'] });
    expect(told(r, 'en')[0]).to.include('headers were not available');
  });

  it('keeps hostile text out: a display name with markup never reaches the story', async () => {
    const raw = [
      'From: "<img src=x onerror=alert(1)> KAGOYA" <a@evil.example>',
      'To: info@example.co.jp',
      'Subject: <script>alert(1)</script>',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<a href="https://evil.example/kagoya.net/">https://www.kagoya.jp/</a>',
    ].join('\r\n');
    const r = analyze(await parseMessage(raw));
    for (const lang of LANGS) for (const s of told(r, lang)) expect(s).not.to.match(/[<>]|script|onerror/);
  });
});
