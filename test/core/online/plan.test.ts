/** What an online look-up may send (core/online/plan.ts): only registrable domains and public IPs, never the reader's. */
import { expect } from 'chai';
import { parseMessage } from '../../../src/core/parse-message';
import { planLookups } from '../../../src/core/online';
import { MAX_DOMAINS } from '../../../src/core/online/plan';
import { fixture } from '../../helpers';

async function plan(raw: Uint8Array | string, options = {}) {
  return planLookups(await parseMessage(raw), options);
}

describe('the online look-up plan', () => {
  it('lists the registrable domains of From, Reply-To, Return-Path and the links, and the origin and entry IPs', async () => {
    const items = await plan(fixture('online-brand-new-domain.synthetic.eml'));
    expect(items.map((i) => `${i.kind} ${i.name} ${i.roles.join(',')}`)).to.deep.equal([
      'domain new-brand-login.com from,link',
      'domain busy-registry.net reply-to',
      'domain missing-domain.com return-path',
      'domain amazon.com link',
      'domain slow-registry.org link',
      'domain broken-json.info link',
      'domain huge-answer.biz link',
      'ip 52.140.217.90 origin-ip',
      'ip 45.33.12.7 entry-ip',
    ]);
  });

  it("never sends the reader's own domain, a documentation name, an IP link host, a private IP, or any URL or address", async () => {
    const items = await plan(fixture('online-brand-new-domain.synthetic.eml'));
    const sent = items.map((i) => i.name).join(' ');
    for (const never of ['example.co.jp', 'evil.example', '192.0.2.10', '10.0.0.5', 'taro', '/', '@', '?', 'hunter2'])
      expect(sent, never).not.to.include(never);
  });

  it('never sends a configured own domain', async () => {
    const items = await plan(fixture('online-brand-new-domain.synthetic.eml'), { ownDomains: ['amazon.com'] });
    expect(items.map((i) => i.name)).not.to.include('amazon.com');
  });

  it('sends at most a dozen domains, deduplicated by registrable domain, in IDN ASCII form', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="https://www.site${i}.com/a">x</a>`).join(' ');
    const raw =
      'From: a@mail.site0.com\r\nTo: b@reader.org\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n' +
      `<a href="https://bücher.de/x">y</a> ${links}`;
    const items = await plan(raw);
    const domains = items.filter((i) => i.kind === 'domain');
    expect(domains).to.have.length(MAX_DOMAINS);
    expect(domains[0]).to.deep.include({ name: 'site0.com', roles: ['from', 'link'] });
    expect(domains[1]).to.deep.include({ name: 'xn--bcher-kva.de', shown: 'bücher.de' });
  });
});
