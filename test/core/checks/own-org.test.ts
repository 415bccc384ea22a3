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
import { fixture } from '../../helpers';

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

  it('treats an unauthenticated own-domain From whose replies go to another organisation as foreign', async () => {
    const r = await report('own-org-own-from-foreign-reply.synthetic.eml');
    const [f] = ids(r, 'sender.own-org-impersonation');
    expect(f?.message.params).to.include({ domain: 'freemail-relay.example' });
    expect(f!.evidence.map((e) => e.header)).to.include('Reply-To');
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
