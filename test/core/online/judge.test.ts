/**
 * RDAP answers judged with the message (core/online/judge.ts through analyze): a domain's age weighs when a brand
 * claim, a login form or our own organisation rests on it; a failed look-up is said and weighs nothing.
 */
import { expect } from 'chai';
import { parseMessage } from '../../../src/core/parse-message';
import { analyze } from '../../../src/core/analyze';
import { analyzeWithAnswers, type OnlineAnswer } from '../../../src/core/online';
import type { LookupItem } from '../../../src/core/online/plan';
import type { RdapRecord } from '../../../src/core/online/rdap';
import type { Unavailable } from '../../../src/core/online/session';
import { translate } from '../../../src/i18n';
import { addMessages } from '../../../src/i18n';
import { onlineMessages } from '../../../src/i18n/online';
import { summaryText } from '../../../src/core/summary';
import { fixture } from '../../helpers';

addMessages(onlineMessages);
const AT = '2026-12-06T00:00:00.000Z';
const DAY = 86_400_000;
const item = (name: string): LookupItem => ({
  kind: /^[\d.]+$/.test(name) ? 'ip' : 'domain',
  name,
  shown: name,
  roles: [],
});
const registered = (name: string, days: number, registrar = 'Cheap Names LLC'): OnlineAnswer => ({
  item: item(name),
  url: `https://rdap.test/domain/${name}`,
  at: AT,
  result: { ok: true, record: { kind: 'domain', registered: Date.parse(AT) - days * DAY, registrar } as RdapRecord },
});
const failed = (name: string, reason: Unavailable): OnlineAnswer => ({
  item: item(name),
  url: `https://rdap.test/domain/${name}`,
  at: AT,
  result: { ok: false, reason },
});

const brandMessage = () => parseMessage(fixture('online-brand-new-domain.synthetic.eml'));
const plainMessage = () =>
  parseMessage(
    'From: Ana <ana@young-shop.com>\r\nTo: bob@reader.org\r\nSubject: Lunch?\r\nDate: Sat, 05 Dec 2026 00:00:00 +0000\r\n' +
      'Content-Type: text/plain\r\n\r\nLunch on Friday? Menu at https://young-shop.com/menu\r\n',
  );

describe('judging what the online look-up found', () => {
  it('fails a week-old domain that a brand claim rests on, says what rests on it, and the verdict rises', async () => {
    const input = await brandMessage();
    const report = analyzeWithAnswers(input, {}, [registered('new-brand-login.com', 7)]);
    const age = report.findings.find((f) => f.id === 'online.domain-age')!;
    expect(age).to.deep.include({ section: 'online', status: 'fail' });
    expect(age.message.params).to.deep.include({ domain: 'new-brand-login.com', days: 7, date: '2026-11-29' });
    expect(translate('en', age.message.key, age.message.params)).to.equal(
      'new-brand-login.com was registered 7 days ago (2026-11-29), and the claim to be Amazon rests on it: phishing domains are often only days old.',
    );
    expect(age.evidence[0]).to.deep.include({
      header: 'RDAP',
      url: 'https://rdap.test/domain/new-brand-login.com',
      at: AT,
    });
    expect(report.verdictReasons).to.include('online.domain-age:fail');
    const registrar = report.findings.find((f) => f.id === 'online.domain-registrar')!;
    expect(translate('ja', registrar.message.key, registrar.message.params)).to.include('Cheap Names LLC');
  });

  it('tells the story of a days-old domain under the claim, with when the registry said so, and not of an old one', async () => {
    const report = analyzeWithAnswers(await brandMessage(), {}, [registered('new-brand-login.com', 7)]);
    const story = report.story.map((s) => translate('en', s.key, s.params));
    expect(story).to.have.length.at.most(3);
    expect(story[1]).to.equal(
      `Looked up online (${AT}): new-brand-login.com, which this message rests on, was registered only 7 days ago (2026-11-29).`,
    );
    expect(translate('ja', report.story[1]!.key, report.story[1]!.params)).to.include('7 日前');
    const old = analyzeWithAnswers(await brandMessage(), {}, [registered('amazon.com', 7305, 'MarkMonitor Inc.')]);
    expect(old.story.map((s) => s.key)).not.to.include('online.story.new-domain');
  });

  it("only informs of a brand's own 20-year-old domain", async () => {
    const report = analyzeWithAnswers(await brandMessage(), {}, [registered('amazon.com', 7305, 'MarkMonitor Inc.')]);
    const age = report.findings.find((f) => f.id === 'online.domain-age')!;
    expect(age.status).to.equal('info');
    expect(age.message.key).to.equal('online.domain-age');
  });

  it('warns, not fails, of a new domain nothing rests on, and the warning alone does not make mail suspicious', async () => {
    const input = await plainMessage();
    for (const days of [10, 45]) {
      const report = analyzeWithAnswers(input, {}, [registered('young-shop.com', days)]);
      expect(report.findings.find((f) => f.id === 'online.domain-age')?.status, `${days} days`).to.equal('warn');
      expect(report.verdict).to.equal('no-red-flags');
    }
    const old = analyzeWithAnswers(input, {}, [registered('young-shop.com', 90)]);
    expect(old.findings.find((f) => f.id === 'online.domain-age')?.status).to.equal('info');
  });

  it('fails a new domain a login form posts to, and the verdict rises with it', async () => {
    const input = await parseMessage(
      'From: IT <it@helpdesk-portal.com>\r\nTo: bob@reader.org\r\nSubject: Mailbox\r\nContent-Type: text/html\r\n\r\n' +
        '<form action="https://helpdesk-portal.com/post"><input type="password" name="p"></form>',
    );
    const report = analyzeWithAnswers(input, {}, [registered('helpdesk-portal.com', 3)]);
    const age = report.findings.find((f) => f.id === 'online.domain-age')!;
    expect(age.status).to.equal('fail');
    expect(age.message.params).to.deep.include({ basis: { key: 'online.domain-age.basis.login' } });
    expect(analyze(input).verdict).to.equal('suspicious');
    expect(report.verdict, 'the look-up raised it').to.equal('likely-phishing');
  });

  it("fails a new domain that a notice in our own organisation's name comes from", async () => {
    const input = await parseMessage(fixture('own-org-password-de.synthetic.eml'));
    const report = analyzeWithAnswers(input, {}, [registered('praxis-beispiel.example', 5)]);
    const age = report.findings.find((f) => f.id === 'online.domain-age')!;
    expect(age.status).to.equal('fail');
    expect(translate('en', age.message.key, age.message.params)).to.include(
      "and a notice in our own organisation's name rests on it",
    );
  });

  it('never lowers the verdict because a look-up failed, and names each failed item and why', async () => {
    const input = await brandMessage();
    const offline = analyze(input);
    const reasons: Unavailable[] = ['timeout', 'rate-limited', 'not-found', 'no-rdap', 'malformed', 'too-large'];
    const report = analyzeWithAnswers(
      input,
      {},
      reasons.map((r) => failed(`${r}.com`, r)),
    );
    expect(report.verdict).to.equal(offline.verdict);
    expect(report.verdictReasons).to.deep.equal(offline.verdictReasons);
    const unavailable = report.findings.filter((f) => f.id === 'online.unavailable');
    expect(unavailable.map((f) => f.message.key)).to.deep.equal(reasons.map((r) => `online.unavailable.${r}`));
    expect(unavailable.every((f) => f.status === 'info')).to.equal(true);
    expect(translate('en', unavailable[3]!.message.key, unavailable[3]!.message.params)).to.include(
      'no-rdap.com could not be looked up: its registry offers no RDAP service',
    );
  });

  it('tells IT what the look-up found, each item with the server asked and when it answered', async () => {
    const report = analyzeWithAnswers(await brandMessage(), {}, [
      registered('new-brand-login.com', 7),
      failed('slow-registry.org', 'timeout'),
    ]);
    const text = summaryText(report, 'ja');
    const english = text.slice(text.indexOf('---- English ----'));
    const block = english.slice(english.indexOf('Looked up online:'));
    expect(block).to.include('- [Fail] online.domain-age: new-brand-login[.]com was registered 7 days ago');
    expect(block).to.include(
      'RDAP hxxps://rdap[.]test/domain/new-brand-login[.]com: registration 2026-11-29 (answered at 2026-12-06T00:00:00.000Z)',
    );
    expect(block).to.include('online.unavailable: slow-registry[.]org could not be looked up');
    expect(english.match(/online\.domain-age:/g), 'listed once, with the look-up').to.have.length(1);
    expect(text).to.include('オンラインで調べた結果:');
  });

  it("shows the registry's network beside the offline table's owner", async () => {
    const answer: OnlineAnswer = {
      item: item('52.140.217.90'),
      url: 'https://rdap.test/ip/52.140.217.90',
      at: AT,
      result: {
        ok: true,
        record: { kind: 'ip', name: 'MSFT', handle: 'NET-52', country: 'US', range: '52.0.0.0 – 52.255.255.255' },
      },
    };
    const report = analyzeWithAnswers(
      await brandMessage(),
      { ipOwner: () => ({ org: 'Microsoft Corporation', asn: 8075, country: 'JP' }) },
      [answer],
    );
    const owner = report.findings.find((f) => f.id === 'online.ip-owner')!;
    expect(translate('en', owner.message.key, owner.message.params)).to.equal(
      'The registry says 52.140.217.90 belongs to the network MSFT (NET-52, US); the offline table says Microsoft Corporation, AS8075, JP.',
    );
    expect(owner.evidence[0]).to.deep.include({ value: '52.0.0.0 – 52.255.255.255' });
  });
});
