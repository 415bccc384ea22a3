/**
 * Every cap the core puts on what it reads reports itself when it cuts something (issue #10: "only the first N
 * links were checked", never silent): for each, a message just over the cap gets one info finding with the numbers,
 * and one at the cap gets none. Messages are synthetic, real-shaped after the KAGOYA fixture (a Postfix mailbox,
 * `mx.example.co.jp` the reader's MX), with only the capped part grown. Caps that only bounded work already bounded
 * elsewhere were removed instead; those have a test that the input past the old cap is now read.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { parse } from '../../../src/core/parse';
import { parseReceived } from '../../../src/core/parse/received';
import { parseAuthResultsValue } from '../../../src/core/parse/auth-results';
import { LimitNotes, readLimit } from '../../../src/core/parse/limits';
import type { Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';
import { fixture, fixtureText } from '../../helpers';

/** The ids of the cap findings: a message that hits no cap has none of them. */
const CAP_IDS = [
  'links.truncated',
  'links.url-truncated',
  'links.unwrap-truncated',
  'links.recipients-truncated',
  'content.text-truncated',
  'content.subject-truncated',
  'content.body-truncated',
  'content.limit',
  'origin.headers-truncated',
  'origin.received-truncated',
  'origin.hops-truncated',
  'origin.auth-results-truncated',
  'origin.org-filter-truncated',
  'sender.address-list-truncated',
  'origin.date-truncated',
  'sender.claim-truncated',
];

const AUTH =
  'mx.example.co.jp; spf=pass smtp.mailfrom=sawada@air.linkclub.or.jp; dkim=none; dmarc=none header.from=air.linkclub.or.jp';
const SENDER_HOP =
  'from [127.0.0.1] (unknown [52.140.217.90]) by mail.air.linkclub.or.jp (Postfix) with ESMTPA id 7C1A2C01D3';

interface Shape {
  /** Received lines above the entry hop (the reader's own relays). */
  above?: string[];
  auth?: string;
  /** Words after the sender's hop's `id` (the rest of the line stays). */
  senderHopExtra?: string;
  from?: string;
  to?: string;
  date?: string;
  returnPath?: string;
  subject?: string;
  extra?: string[];
  html?: string;
}

/** The KAGOYA message's shape (test/fixtures/kagoya-2021-12.headers.txt) as a header string, one part grown. */
function mail(s: Shape = {}): MessageInput {
  const lines = [
    `Return-Path: ${s.returnPath ?? '<sawada@air.linkclub.or.jp>'}`,
    'Delivered-To: info@example.co.jp',
    ...(s.above ?? []),
    'Received: from mail.air.linkclub.or.jp (mail.air.linkclub.or.jp [203.0.113.25])',
    '\tby mx.example.co.jp (Postfix) with ESMTPS id 4JHF2x0Qbcz9sQ',
    '\tfor <info@example.co.jp>; Sun, 19 Dec 2021 20:47:55 +0900 (JST)',
    `Authentication-Results: ${s.auth ?? AUTH}`,
    `Received: ${SENDER_HOP}${s.senderHopExtra ?? ''} for <info@example.co.jp>; Sun, 19 Dec 2021 20:47:51 +0900 (JST)`,
    'Message-ID: <a498e5a6-ba65-f4c9-22b9-4a3d45829663@air.linkclub.or.jp>',
    `Date: ${s.date ?? 'Sun, 19 Dec 2021 11:47:49 +0000'}`,
    `From: ${s.from ?? 'KAGOYA Inc <sawada@air.linkclub.or.jp>'}`,
    `To: ${s.to ?? 'info@example.co.jp'}`,
    `Subject: ${s.subject ?? '【KAGOYA WEBメール】ログインのお知らせ'}`,
    ...(s.extra ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return {
    headers: `${lines.join('\r\n')}\r\n`,
    html: `<html><body>${s.html ?? '<a href="https://santamariasold.com/move/kagoya.net/">ログイン</a>'}</body></html>`,
  };
}

const caps = (r: Report): string[] => r.findings.filter((f) => CAP_IDS.includes(f.id)).map((f) => f.message.key);

/** The one finding with this id: info, weightless, saying its numbers in both languages. */
function one(r: Report, id: string): Finding {
  const found = r.findings.filter((f) => f.id === id);
  expect(
    found.map((f) => f.message.key),
    id,
  ).to.have.length(1);
  const f = found[0]!;
  expect(f.status).to.equal('info');
  expect(r.verdictReasons.join(' ')).not.to.include(id);
  for (const lang of ['en', 'ja'] as const)
    expect(translate(lang, f.message.key, f.message.params)).not.to.match(/\{[a-z]+\}/);
  return f;
}

const say = (f: Finding): string => translate('en', f.message.key, f.message.params);

describe('caps on what is read are reported, never silent', () => {
  it('finds no cap in the KAGOYA message, as an .eml and as Microsoft 365 delivered it, nor in its synthetic copy', async () => {
    for (const name of ['kagoya-2021-12.eml', 'kagoya-2021-12.m365.eml']) {
      expect(caps(analyze(await parseMessage(fixture(name)))), name).to.deep.equal([]);
    }
    const r = analyze(mail());
    expect(caps(r)).to.deep.equal([]);
    expect(r.verdict).to.equal('likely-phishing');
  });

  describe('Received lines (parse/received.ts)', () => {
    // The sender's hop has 20 tokens (words, comments, `;`, date words): 380 more make 400.
    it('says a line past 400 words and comments was read in part, and names it', () => {
      expect(caps(analyze(mail({ senderHopExtra: ' x'.repeat(380) })))).to.deep.equal([]);
      const f = one(analyze(mail({ senderHopExtra: ' x'.repeat(381) })), 'origin.received-truncated');
      expect(f.message).to.deep.equal({ key: 'origin.received-truncated.tokens', params: { checked: 400, count: 1 } });
      expect(f.evidence).to.deep.equal([{ header: 'Received', value: `${SENDER_HOP.slice(0, 80)}…` }]);
      expect(say(f)).to.equal(
        'Only the first 400 words and comments of each Received line were read: 1 line(s) have more.',
      );
    });

    it('counts the lines cut, in one finding', () => {
      const long = `Received: ${SENDER_HOP}${' x'.repeat(400)}; Sun, 19 Dec 2021 20:47:50 +0900`;
      const f = one(analyze(mail({ senderHopExtra: ' x'.repeat(400), extra: [long] })), 'origin.received-truncated');
      expect(f.message.params).to.deep.equal({ checked: 400, count: 2 });
    });

    it('says a comment past 1,024 characters was read in part', () => {
      const comment = (n: number): string => ` (${'c'.repeat(n)})`;
      expect(caps(analyze(mail({ senderHopExtra: comment(1024) })))).to.deep.equal([]);
      const f = one(analyze(mail({ senderHopExtra: comment(1025) })), 'origin.received-truncated');
      expect(f.message).to.deep.equal({
        key: 'origin.received-truncated.comment',
        params: { checked: 1024, count: 1 },
      });
    });

    it('reads an IP however many words come before it in a comment (the old 40-word cap is gone)', () => {
      const value = `from relay.sender.example (${'w '.repeat(45)}[203.0.113.7]) by mx.example.co.jp with ESMTP id 1; Sun, 19 Dec 2021 20:47:55 +0900`;
      expect(parseReceived({ name: 'Received', key: 'received', value, index: 0 }, 0).ip).to.equal('203.0.113.7');
    });
  });

  describe('the trust walk (parse/trust.ts)', () => {
    /** The reader's own relays above the entry hop: private peers, each received by a server of its own name. */
    const relays = (n: number): string[] =>
      Array.from(
        { length: n },
        (_, i) =>
          `Received: from relay${i + 1}.corp.example.co.jp (relay${i + 1}.corp.example.co.jp [10.0.${i >> 8}.${i & 255}]) by relay${i}.corp.example.co.jp (Postfix) with ESMTP id R${i}; Sun, 19 Dec 2021 20:48:00 +0900`,
      );

    it('says only the first 100 of the mail system’s own servers were remembered when there are more', () => {
      const at = analyze(mail({ above: relays(100) }));
      expect(caps(at)).to.deep.equal([]);
      expect(at.hops.filter((h) => h.role === 'entry')[0]?.ip).to.equal('203.0.113.25');
      const over = analyze(mail({ above: relays(101) }));
      const f = one(over, 'origin.hops-truncated');
      expect(f.message).to.deep.equal({ key: 'origin.hops-truncated', params: { checked: 100 } });
      expect(f.evidence[0]).to.include({ header: 'Received' });
      expect(f.evidence[0]!.value).to.match(/^from relay101\.corp\.example\.co\.jp .*…$/);
    });
  });

  describe('Authentication-Results (parse/auth-results.ts)', () => {
    it('says your mail system’s header past 16 KB was read in part', () => {
      const padded = (total: number): string => `${AUTH} (${'p'.repeat(total - AUTH.length - 3)})`;
      expect(padded(16 * 1024)).to.have.length(16 * 1024);
      expect(caps(analyze(mail({ auth: padded(16 * 1024) })))).to.deep.equal([]);
      const f = one(analyze(mail({ auth: padded(16 * 1024 + 1) })), 'origin.auth-results-truncated');
      expect(f.message).to.deep.equal({
        key: 'origin.auth-results-truncated.size',
        params: { checked: 16384, count: 1 },
      });
      expect(f.evidence).to.deep.equal([{ header: 'Authentication-Results', value: `${AUTH.slice(0, 80)}…` }]);
    });

    it('says your mail system’s header past 64 results was read in part', () => {
      const results = (n: number): string =>
        ['mx.example.co.jp', ...Array.from({ length: n }, (_, i) => `x-check${i}=pass`)].join('; ');
      expect(caps(analyze(mail({ auth: results(64) })))).to.deep.equal([]);
      expect(caps(analyze(mail({ auth: `${results(64)};` })))).to.deep.equal([]);
      const f = one(analyze(mail({ auth: results(65) })), 'origin.auth-results-truncated');
      expect(f.message).to.deep.equal({
        key: 'origin.auth-results-truncated.results',
        params: { checked: 64, count: 1 },
      });
    });

    it('says nothing of a sender’s own oversized copy, which is never read for results', () => {
      const forged = `Authentication-Results: mx.example.co.jp; dmarc=pass header.from=kagoya.net (${'p'.repeat(20_000)})`;
      const r = analyze(mail({ extra: [forged] }));
      expect(caps(r)).to.deep.equal([]);
    });

    it('reads every property of a result (the old 40-word cap is gone)', () => {
      const value = `mx.example.co.jp; dmarc=pass ${'policy.x=1 '.repeat(45)}header.from=example.co.jp`;
      expect(parseAuthResultsValue(value).results[0]?.props['header.from']).to.equal('example.co.jp');
    });
  });

  describe('the Microsoft 365 filter headers (parse/org-filter.ts)', () => {
    const m365 = fixtureText('kagoya-2021-12.m365.headers.txt');
    const REPORT =
      'CIP:203.0.113.25;CTRY:JP;LANG:ja;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.air.linkclub.or.jp;PTR:mail.air.linkclub.or.jp;CAT:NONE;SFS:;DIR:INB;';
    const withReport = (headers: string, value: string): MessageInput => ({
      headers: headers.replace(/^X-Forefront-Antispam-Report: .*$/m, () => `X-Forefront-Antispam-Report: ${value}`),
    });
    /** The tenant's report (12 pairs) with `n` more. */
    const pairs = (n: number): string => REPORT + Array.from({ length: n }, (_, i) => `X${i}:0;`).join('');

    it('says the tenant’s report past 100 entries was read in part', () => {
      expect(parse(withReport(m365, pairs(88))).orgFilter?.own).to.equal(true);
      expect(caps(analyze(withReport(m365, pairs(88))))).to.deep.equal([]);
      const f = one(analyze(withReport(m365, pairs(89))), 'origin.org-filter-truncated');
      expect(f.message).to.deep.equal({ key: 'origin.org-filter-truncated.pairs', params: { checked: 100 } });
      expect(f.evidence[0]).to.include({ header: 'X-Forefront-Antispam-Report' });
    });

    it('says the tenant’s report past 16 KB was read in part', () => {
      const f = one(analyze(withReport(m365, `${REPORT}X:${'0'.repeat(16 * 1024)};`)), 'origin.org-filter-truncated');
      expect(f.message).to.deep.equal({ key: 'origin.org-filter-truncated.size', params: { checked: 16384 } });
    });

    it('says nothing of the same header outside Microsoft 365, where it is the sender’s word and not judged', () => {
      const postfix = { headers: `${mail().headers}X-Forefront-Antispam-Report: ${pairs(200)}\r\n` };
      expect(parse(postfix).orgFilter?.own).to.equal(false);
      expect(caps(analyze(postfix))).to.deep.equal([]);
    });
  });

  describe('address lists (parse/addresses.ts)', () => {
    it('says a To field past 256 KB was read up to its last whole address, and names the field', () => {
      const list = (length: number): string => {
        const head = 'user@example.co.jp, '.repeat(Math.floor((length - 30) / 20));
        return `${head}${'x'.repeat(length - head.length - '@example.co.jp'.length)}@example.co.jp`;
      };
      expect(list(256 * 1024)).to.have.length(256 * 1024);
      const at = analyze(mail({ to: list(256 * 1024) }));
      expect(caps(at)).to.deep.equal([]);
      const over = analyze(mail({ to: list(256 * 1024 + 1) }));
      const f = one(over, 'sender.address-list-truncated');
      expect(f.message).to.deep.equal({
        key: 'sender.address-list-truncated',
        params: { header: 'To', checked: 262144, count: 1 },
      });
      expect(f.evidence[0]).to.deep.equal({ header: 'To', value: `${'user@example.co.jp, '.repeat(4)}…` });
      expect(say(f)).to.equal(
        'The To field is very long: only the addresses in its first 262144 characters were read.',
      );
      expect(over.findings.map((x) => x.id)).not.to.include('content.unreadable-parts');
    });

    it('says so of a Return-Path past 256 KB too (only its first mailbox is used)', () => {
      const over = analyze(mail({ returnPath: `<sawada@air.linkclub.or.jp> (${'c'.repeat(256 * 1024)})` }));
      expect(one(over, 'sender.address-list-truncated').message.params).to.deep.equal({
        header: 'Return-Path',
        checked: 262144,
        count: 1,
      });
    });
  });

  describe('the Date field (parse/addresses.ts parseDate)', () => {
    it('says a Date past 512 characters or 12 words was read in part, and still reads the date at its start', () => {
      expect(
        caps(analyze(mail({ date: 'Sun, 19 Dec 2021 11:47:49 +0000 (a comment of any length is one word)' }))),
      ).to.deep.equal([]);
      const long = analyze(mail({ date: `Sun, 19 Dec 2021 11:47:49 +0000 ${'x'.repeat(600)}` }));
      const f = one(long, 'origin.date-truncated');
      expect(f.message).to.deep.equal({ key: 'origin.date-truncated', params: { checked: 512 } });
      expect(f.evidence[0]!.header).to.equal('Date');
      expect(say(f)).to.equal(
        'The Date field is unusually long: only its first 512 characters and 12 words were read as the send time.',
      );
      const wordy = analyze(mail({ date: `Sun, 19 Dec 2021 11:47:49 +0000 ${'w '.repeat(10)}` }));
      expect(one(wordy, 'origin.date-truncated').message.key).to.equal('origin.date-truncated');
    });
  });

  describe('brand names in display names and the subject (brands/lookup.ts)', () => {
    it('says a From name past 1,024 characters was searched in part', () => {
      const named = (n: number): string => `KAGOYA Inc ${'あ'.repeat(n - 11)} <sawada@air.linkclub.or.jp>`;
      const at = analyze(mail({ from: named(1024) }));
      expect(caps(at)).to.deep.equal([]);
      const over = analyze(mail({ from: named(1025) }));
      const f = one(over, 'sender.claim-truncated');
      expect(f.message).to.deep.equal({
        key: 'sender.claim-truncated.name',
        params: { header: 'From', checked: 1024 },
      });
      expect(f.evidence[0]!.value).to.match(/^KAGOYA Inc あ+…$/);
      expect(over.findings.find((x) => x.id === 'sender.brand-mismatch')?.status).to.equal('fail');
    });

    it('says a name with more than 64 brand mentions was compared on 64 of them', () => {
      const named = (n: number): string => `"${Array(n).fill('KAGOYA').join(' ')}" <sawada@air.linkclub.or.jp>`;
      expect(caps(analyze(mail({ from: named(64) })))).to.deep.equal([]);
      const f = one(analyze(mail({ from: named(65) })), 'sender.claim-truncated');
      expect(f.message).to.deep.equal({ key: 'sender.claim-truncated.hits', params: { header: 'From', checked: 64 } });
    });

    it('reads a brand tag after any number of Re: prefixes within the first 512 characters (the old 12-step cap is gone)', () => {
      const r = analyze(
        mail({
          from: 'Support <sawada@air.linkclub.or.jp>',
          subject: `${'Re: '.repeat(13)}【KAGOYA WEBメール】ログインのお知らせ`,
        }),
      );
      expect(r.findings.find((x) => x.id === 'sender.brand-mismatch')?.status).to.equal('fail');
      expect(caps(r)).to.deep.equal([]);
    });

    it('says a subject whose prefixes and tags run past 512 characters was searched for a brand tag in part', () => {
      const subject = (prefixes: number): string => `${'Re: '.repeat(prefixes)}【KAGOYA WEBメール】ログインのお知らせ`;
      const within = analyze(mail({ from: 'Support <sawada@air.linkclub.or.jp>', subject: subject(120) }));
      expect(caps(within)).to.deep.equal([]);
      // 126 prefixes: the cap falls inside the tag; `Antw: ` shifts the last `Re: ` across it; 128 and more: after them.
      for (const text of [subject(126), `${'Re: '.repeat(126)}Antw: ${subject(1)}`, subject(128), subject(130)]) {
        const r = analyze(mail({ from: 'Support <sawada@air.linkclub.or.jp>', subject: text }));
        const f = one(r, 'sender.claim-truncated');
        expect(f.message, text.slice(500, 530)).to.deep.equal({
          key: 'sender.claim-truncated.subject-tag',
          params: { checked: 512 },
        });
      }
    });

    it('says nothing of a long subject that starts with ordinary words', () => {
      expect(caps(analyze(mail({ subject: `Re: ${'お知らせ '.repeat(150)}` })))).to.deep.equal([]);
    });
  });

  describe('the subject’s wording (checks/content.ts)', () => {
    it('says a subject past 2,000 characters was read in part for pressure wording', () => {
      expect(caps(analyze(mail({ subject: 'a'.repeat(2000) })))).to.deep.equal([]);
      const f = one(analyze(mail({ subject: 'a'.repeat(2001) })), 'content.subject-truncated');
      expect(f.message).to.deep.equal({ key: 'content.subject-truncated', params: { checked: 2000 } });
      expect(f.evidence).to.deep.equal([{ header: 'Subject', value: `${'a'.repeat(80)}…` }]);
    });
  });

  describe('links (checks/links.ts, parse/unwrap.ts)', () => {
    it('says a link past 4,096 characters was searched in part for planted brands', () => {
      const link = (pathLength: number): string =>
        `<a href="https://santamariasold.com/${'a'.repeat(pathLength - 1)}">ログイン</a>`;
      expect(caps(analyze(mail({ html: link(4096) })))).to.deep.equal([]);
      const f = one(analyze(mail({ html: link(4097) + link(5000) })), 'links.url-truncated');
      expect(f.message).to.deep.equal({ key: 'links.url-truncated', params: { checked: 4096, count: 2 } });
      expect(f.evidence[0]!.url)
        .to.match(/^https:\/\/santamariasold\.com\/a+…$/)
        .and.have.length(201);
    });

    it('says a link wrapped more than five times was not followed to its end', () => {
      const wrapped = (layers: number): string => {
        let url = 'https://santamariasold.com/move/kagoya.net/';
        for (let i = 0; i < layers; i++)
          url = `https://jpn01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=x&reserved=0`;
        return `<a href="${url}">ログイン</a>`;
      };
      const five = analyze(mail({ html: wrapped(5) }));
      expect(caps(five)).to.deep.equal([]);
      expect(five.findings.find((x) => x.id === 'links.brand-in-path')?.status).to.equal('fail');
      const f = one(analyze(mail({ html: wrapped(6) })), 'links.unwrap-truncated');
      expect(f.message).to.deep.equal({ key: 'links.unwrap-truncated', params: { checked: 5, count: 1 } });
      expect(f.evidence[0]!.url).to.match(/^https:\/\/jpn01\.safelinks\.protection\.outlook\.com\//);
    });

    it('says only the first 50 recipient addresses were looked for in links when there are more', () => {
      // The reader (Delivered-To) and the To list: 49 + 1 = 50 addresses, then 51.
      const to = (n: number): string => Array.from({ length: n }, (_, i) => `staff${i}@example.co.jp`).join(', ');
      expect(caps(analyze(mail({ to: to(49) })))).to.deep.equal([]);
      const f = one(analyze(mail({ to: to(50) })), 'links.recipients-truncated');
      expect(f.message).to.deep.equal({ key: 'links.recipients-truncated', params: { checked: 50 } });
      expect(say(f)).to.equal(
        'Only the first 50 recipient addresses were looked for inside the links: the message has more.',
      );
      expect(caps(analyze(mail({ to: to(50), html: '<p>no links</p>' })))).to.deep.equal([]);
    });

    it('judges a disguised link after five plain warnings (the evidence cap no longer hides it)', () => {
      const shorteners = Array.from({ length: 5 }, (_, i) => `<a href="https://bit.ly/k${i}">${i}</a>`).join(' ');
      const r = analyze(
        mail({ html: `${shorteners} <a href="http://www.kagoya.net@santamariasold.com/">ログイン</a>` }),
      );
      const [f, shortened] = r.findings.filter((x) => x.id === 'links.obfuscated-host');
      expect(f).to.include({ status: 'fail' });
      expect(f!.message.key).to.equal('links.obfuscated-host.userinfo');
      expect(f!.evidence.map((e) => e.url)).to.deep.equal(['http://www.kagoya.net@santamariasold.com/']);
      expect(shortened).to.include({ status: 'warn' });
      expect(shortened!.evidence).to.have.length(5);
    });
  });

  describe('the sender’s display name (checks/sender.ts)', () => {
    it('finds another domain in the name after the sender’s own five times (the old five-domain cap is gone)', () => {
      const own = Array(5).fill('sawada@air.linkclub.or.jp').join(' ');
      const r = analyze(mail({ from: `"${own} support@amazon.co.jp" <sawada@air.linkclub.or.jp>` }));
      expect(r.findings.find((x) => x.id === 'sender.display-name-address')?.message.params.shown).to.equal(
        'amazon.co.jp',
      );
    });
  });

  describe('the header block given as text (Outlook)', () => {
    it('says a block past 4 MB was cut as origin.headers-truncated, not as an unreadable part', function () {
      this.timeout(60_000);
      const r = analyze({ headers: `${mail().headers}X-Pad: ${'a'.repeat(4.2 * 1024 * 1024)}\r\n` });
      one(r, 'origin.headers-truncated');
      expect(r.findings.map((f) => f.id)).not.to.include('content.unreadable-parts');
    });
  });

  describe('limit codes (parse/limits.ts)', () => {
    it('count the fields each cap cut, per header name, keeping the first one’s name and the start of its value', () => {
      const notes = new LimitNotes();
      notes.note('address-list', 10, 'To', 'a'.repeat(100));
      notes.note('address-list', 10, 'TO', 'b');
      notes.note('address-list', 10, 'Cc', 'c: d');
      notes.note('hops-seen', 100);
      expect(notes.limits()).to.deep.equal([
        { code: 'address-list', cap: 10, count: 2, header: 'To', value: `${'a'.repeat(80)}…` },
        { code: 'address-list', cap: 10, count: 1, header: 'Cc', value: 'c: d' },
        { code: 'hops-seen', cap: 100, count: 1 },
      ]);
    });

    it('keep the start of a cut value whole: never half of a surrogate pair', () => {
      const notes = new LimitNotes();
      notes.note('address-list', 10, 'To', `${'a'.repeat(79)}😀${'b'.repeat(20)}`);
      expect(notes.limits()[0]!.value).to.equal(`${'a'.repeat(79)}…`);
    });

    it('read a host’s limit text into the same shape, the first cut value keeping its colons', () => {
      expect(readLimit('address-list:10:1:Cc:c: d')).to.deep.equal({
        code: 'address-list',
        cap: 10,
        count: 1,
        header: 'Cc',
        value: 'c: d',
      });
      expect(readLimit('links-truncated:200:350')).to.deep.equal({ code: 'links-truncated', cap: 200, count: 350 });
      expect(readLimit(':5').code, 'no code: the whole text names it').to.equal(':5');
    });

    it('still report a code the core does not know, or a known one without its numbers, from a host, as content.limit', () => {
      for (const code of ['attachments-skipped:3', 'received-tokens', 'links-truncated:many:more']) {
        const f = one(analyze({ ...mail(), limits: [code] }), 'content.limit');
        expect(f.message.params).to.deep.equal({ code: code.split(':')[0] });
      }
    });
  });
});
