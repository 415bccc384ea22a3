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

/** Phishing that carries no brand or link story: the sentence must come from what the message wants instead. */
const nolink: [string, string, RegExp, RegExp][] = [
  ['an archive hiding a program', 'att-zip-exe-purchase-order', /attachment is a program/, /プログラム/],
  ['an attached login page', 'att-html-login-remittance', /attachment is a fake sign-in page/, /ログイン画面/],
  ['an attached page that redirects', 'att-svg-redirect-wire', /opens another site/, /別のサイト/],
  ['IT quota mail from elsewhere', 'own-org-held-zh', /own mail system.*cheap-vps\.example/, /cheap-vps\.example/],
  [
    'a callback about a charge',
    'nolink-callback-renewal-gmail',
    /call \+1 \(808\) 555-0199.*do not call/,
    /電話しない/,
  ],
  ['CEO fraud from gmail', 'nolink-ceo-giftcards-gmail', /"CEO" writes from a free mailbox at gmail\.com/, /「CEO」/],
  ['CEO fraud in Japanese', 'nolink-ceo-ja-line-gmail', /"代表取締役"/, /「代表取締役」.*gmail\.com/],
  [
    "a brand's own address from a bare IP greeting as its server",
    'origin-forged-helo-rakuten-card',
    /楽天カード's mail server mail\.rakuten-card\.co\.jp, but the machine that sent it \(115\.229\.233\.24\)/,
    /楽天カード のメールサーバー mail\.rakuten-card\.co\.jp を名乗って/,
  ],
];
for (const [what, file] of nolink)
  cases.push([what, async () => analyze(await parseMessage(fixture(`${file}.synthetic.eml`)))]);

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

  for (const [what, file, enSays, jaSays] of nolink) {
    it(`says of ${what} what it wants and what to do, in en and ja, before the advice`, async () => {
      const r = analyze(await parseMessage(fixture(`${file}.synthetic.eml`)));
      expect(r.verdict).to.equal('likely-phishing');
      const en = told(r, 'en');
      const ja = told(r, 'ja');
      expect(en.slice(0, -1).join(' ')).to.match(enSays);
      expect(ja.slice(0, -1).join('')).to.match(jaSays);
      expect(r.story.at(-1)!.key).to.match(/^story\.advice\./);
      expect(r.story.length).to.be.within(2, 3);
    });
  }

  it('keeps a brand story first and adds the callback as the second sentence', async () => {
    const r = analyze(await parseMessage(fixture('nolink-callback-renewal-gmail.synthetic.eml')));
    expect(r.story.map((s) => s.key)).to.deep.equal(['story.claims-brand', 'story.callback', 'story.advice.phishing']);
  });

  it('tells no role or attachment story for their genuine twins', async () => {
    for (const file of [
      'nolink-director-gmail-no-ask',
      'att-genuine-invoice-pdf',
      'own-org-via-forwarder-own-helpdesk',
    ]) {
      const r = analyze(await parseMessage(fixture(`${file}.synthetic.eml`)));
      expect(
        r.story.map((s) => s.key),
        file,
      ).to.deep.equal(['story.clean.authenticated', 'story.clean.caveat']);
    }
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
