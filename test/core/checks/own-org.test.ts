/**
 * The own-organisation checks (src/core/checks/own-org.ts): "your own mail system" phishing and the reader greeted by
 * address, through analyze() on whole messages. Fixtures test/fixtures/own-org-*.synthetic.eml are synthetic (issue
 * #16), shaped like the sender tests' Postfix mailbox: the reader is yamada@example.co.jp (Delivered-To).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { translate } from '../../../src/i18n';
import { fixture, fixtureText } from '../../helpers';

async function report(name: string, options = {}): Promise<Report> {
  return analyze(await parseMessage(fixture(name)), options);
}

const ids = (r: Report, id: string) => r.findings.filter((f) => f.id === id);

describe('own organisation impersonation (sender.own-org-impersonation)', () => {
  it('fails a mailbox-full notice that names the reader and comes from a foreign domain, even with its DMARC pass', async () => {
    const r = await report('own-org-quota-foreign.synthetic.eml');
    const [f] = ids(r, 'sender.own-org-impersonation');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.include({ domain: 'mailer-cloud.example.net' });
    const headers = f!.evidence.map((e) => e.header);
    expect(headers).to.include('From');
    expect(f!.evidence.some((e) => e.highlight?.toLowerCase().includes('example.co.jp'))).to.equal(true);
    expect(r.verdict).to.equal('likely-phishing');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('mailer-cloud.example.net');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('mailer-cloud.example.net');
  });

  it('reads the claim in German and Chinese as well as English', async () => {
    for (const name of ['own-org-password-de.synthetic.eml', 'own-org-held-zh.synthetic.eml']) {
      const r = await report(name);
      expect(
        ids(r, 'sender.own-org-impersonation').map((f) => f.status),
        name,
      ).to.deep.equal(['fail']);
      expect(r.verdict, name).to.not.equal('no-red-flags');
    }
  });

  it('fails a foreign sender whose display name is the reader’s domain itself, saying its deliveries are stopped', async () => {
    const r = await report('own-org-name-is-domain-delivery.synthetic.eml');
    const [f] = ids(r, 'sender.own-org-impersonation');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.include({ named: 'example.co.jp', domain: 'trading-house.example' });
    // The name is both the claim and what says the organisation speaks: one From line, then the foreign sender.
    expect(f!.evidence.filter((e) => e.header === 'From')).to.have.length(2);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads a colleague’s name with the company domain in it as a person’s, not as the organisation speaking', async () => {
    const r = await report('own-org-twin-colleague-domain-in-name.synthetic.eml');
    expect(ids(r, 'sender.own-org-impersonation')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
    // The same mail with the name cut to the bare domain would speak as the organisation (the rule above).
    const bare = fixtureText('own-org-twin-colleague-domain-in-name.synthetic.eml').replace(
      '"Taro Suzuki (example.co.jp)"',
      '"example.co.jp Support"',
    );
    expect(ids(analyze(await parseMessage(bare)), 'sender.own-org-impersonation')).to.have.length(1);
  });

  it('reads stopped deliveries, server deactivation and the Chinese verb-first wording as mail-system claims', async () => {
    const base = fixtureText('own-org-name-is-domain-delivery.synthetic.eml')
      .replace('"example.co.jp"', '"Notification"')
      .replace('Subject: System deliveries error', 'Subject: yamada@example.co.jp notice');
    // Without the wording, naming the reader is not enough.
    const plain = base.replace(/<p>Our system[\s\S]*<\/p>\n<p>To regain/, '<p>Hello.</p>\n<p>To regain');
    expect(ids(analyze(await parseMessage(plain)), 'sender.own-org-impersonation'), 'plain').to.deep.equal([]);
    for (const said of [
      'deliveries are put to stop',
      'confirm security protocols below to prevent server deactivation',
      '逾期未完成将禁用账号',
      '请马上更新邮件系统的安全证书',
    ]) {
      const text = plain.replace('<p>Hello.</p>', `<p>${said}</p>`);
      expect(ids(analyze(await parseMessage(text)), 'sender.own-org-impersonation'), said).to.have.length(1);
    }
  });

  it('treats an unauthenticated own-domain From whose replies go to another organisation as foreign', async () => {
    const r = await report('own-org-own-from-foreign-reply.synthetic.eml');
    const [f] = ids(r, 'sender.own-org-impersonation');
    expect(f?.message.params).to.include({ domain: 'freemail-relay.example' });
    expect(f!.evidence.map((e) => e.header)).to.include('Reply-To');
  });

  it("treats an unauthenticated own-domain From whose bounce address is a stranger's server as foreign", async () => {
    const base = fixtureText('own-org-own-from-foreign-reply.synthetic.eml').replace(
      'Reply-To: "IT Help Desk" <desk2025@freemail-relay.example>\n',
      '',
    );
    const spoof = analyze(await parseMessage('Return-Path: <root@vps118.cheap-vps.example>\n' + base));
    const [f] = ids(spoof, 'sender.own-org-impersonation');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.include({ domain: 'vps118.cheap-vps.example' });
    expect(f!.evidence.map((e) => e.header)).to.include('Return-Path');
    expect(spoof.verdict).to.equal('likely-phishing');
    // Twins: the bounce address on our own domain, or none at all (no sign of another sender).
    for (const raw of ['Return-Path: <bounce@example.co.jp>\n' + base, base]) {
      expect(ids(analyze(await parseMessage(raw)), 'sender.own-org-impersonation')).to.deep.equal([]);
    }
  });

  it('looks past the signature of a list that rewrote From ("… via Staff") to the author in a foreign Reply-To', async () => {
    const r = await report('own-org-via-forwarder-foreign-reply.synthetic.eml');
    const [f] = ids(r, 'sender.own-org-impersonation');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.include({ domain: 'webnotify-center.example' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("says nothing about the organisation's own help desk posting through its list, replies kept inside", async () => {
    const r = await report('own-org-via-forwarder-own-helpdesk.synthetic.eml');
    expect(ids(r, 'sender.own-org-impersonation')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("says nothing about the organisation's own IT mail from its own domain with aligned DMARC pass", async () => {
    const r = await report('own-org-it-own-domain-dmarc-pass.synthetic.eml');
    expect(ids(r, 'sender.own-org-impersonation')).to.be.empty;
    expect(ids(r, 'content.address-greeting')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("says nothing about Microsoft 365's own quota notice from microsoft.com with aligned DMARC pass", async () => {
    const r = await report('own-org-microsoft-quota-dmarc-pass.synthetic.eml');
    expect(ids(r, 'sender.own-org-impersonation')).to.be.empty;
    expect(ids(r, 'content.address-greeting')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails the same Microsoft-worded notice when DMARC did not confirm microsoft.com', async () => {
    const raw = new TextDecoder().decode(fixture('own-org-microsoft-quota-dmarc-pass.synthetic.eml'));
    const forged = raw.replace('dmarc=pass header.from=microsoft.com', 'dmarc=fail header.from=microsoft.com');
    const r = analyze(await parseMessage(forged));
    expect(ids(r, 'sender.own-org-impersonation').map((f) => f.status)).to.deep.equal(['fail']);
  });

  it("says nothing about a partner's ordinary mail that mentions the company domain", async () => {
    const r = await report('own-org-colleague-mentions-domain.synthetic.eml');
    expect(ids(r, 'sender.own-org-impersonation')).to.be.empty;
    expect(ids(r, 'content.address-greeting')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("counts the configured own domains as the organisation, beside the reader's own", async () => {
    const raw = new TextDecoder().decode(fixture('own-org-quota-foreign.synthetic.eml'));
    // Only the display name names the organisation, by another of its domains.
    const other = raw
      .replace('Subject: yamada@example.co.jp: your mailbox', 'Subject: Your mailbox')
      .replace('<p>Dear yamada@example.co.jp,</p>', '<p>Dear user,</p>')
      .replace('"example.co.jp Mail Administrator"', '"example-group.example Mail Administrator"');
    const unconfigured = analyze(await parseMessage(other));
    expect(ids(unconfigured, 'sender.own-org-impersonation')).to.be.empty;
    const configured = analyze(await parseMessage(other), { ownDomains: ['example.co.jp', 'example-group.example'] });
    expect(ids(configured, 'sender.own-org-impersonation').map((f) => f.status)).to.deep.equal(['fail']);
  });
});

describe('the reader greeted by address (content.address-greeting)', () => {
  it("warns when the reader's address is the subject of a mass mailing", async () => {
    const r = await report('own-org-address-subject-prize.synthetic.eml');
    const [f] = ids(r, 'content.address-greeting');
    expect(f?.status).to.equal('warn');
    expect(f?.message.key).to.equal('content.address-greeting.subject');
    expect(f?.evidence[0]).to.include({ header: 'Subject', highlight: 'yamada@example.co.jp' });
    expect(ids(r, 'sender.own-org-impersonation')).to.be.empty;
  });

  it('warns on "Hallo <address>," and on 「尊敬的 <address> 您好」 in the body', async () => {
    for (const name of ['own-org-password-de.synthetic.eml', 'own-org-held-zh.synthetic.eml']) {
      const [f] = ids(await report(name), 'content.address-greeting');
      expect(f?.evidence[0], name).to.include({ header: 'Body', highlight: 'yamada@example.co.jp' });
    }
  });

  it('says nothing about a newsletter footer "This email was sent to <address>" with it in the unsubscribe link', async () => {
    const r = await report('own-org-newsletter-footer.synthetic.eml');
    expect(ids(r, 'content.address-greeting')).to.be.empty;
    expect(ids(r, 'sender.own-org-impersonation')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('warns on a machine-like local part as the greeting, not on a person naming a list in a sentence', async () => {
    const base = new TextDecoder().decode(fixture('own-org-address-subject-prize.synthetic.eml'));
    const make = (greeting: string) =>
      base
        .replace('Subject: yamada@example.co.jp, your chance to win', 'Subject: Hello')
        .replace(/Delivered-To: .*/, 'Delivered-To: dev-list@example.co.jp')
        .replace('To: yamada@example.co.jp', 'To: dev-list@example.co.jp')
        .replace('<p>You have been selected', `<p>${greeting} You have been selected`);
    const merged = analyze(await parseMessage(make('Dear dev-list,')));
    expect(ids(merged, 'content.address-greeting').map((f) => f.message.params)).to.deep.equal([
      { address: 'dev-list' },
    ]);
    const person = analyze(await parseMessage(make('Hello dev-list community, a question.')));
    expect(ids(person, 'content.address-greeting')).to.be.empty;
  });
});
