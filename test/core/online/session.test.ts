/**
 * The look-up against a loopback RDAP server (never the internet): all items in parallel, a timeout per server,
 * the whole cancellable, one request per item per session, only what was routed is sent, politely.
 */
import { expect } from 'chai';
import { parseMessage } from '../../../src/core/parse-message';
import { OnlineSession, planLookups, type OnlineAnswer, type RdapFetch } from '../../../src/core/online';
import { rdapFetch } from '../../../src/hosts/common/rdap-fetch';
import { fixture } from '../../helpers';
import { startRdapServer, type RdapServer } from './rdap-server';

const summary = (answers: OnlineAnswer[]) =>
  Object.fromEntries(answers.map((a) => [a.item.name, a.result.ok ? a.result.record.kind : a.result.reason]));

describe('the online look-up session', function () {
  this.timeout(10_000);
  let server: RdapServer;
  beforeEach(async () => {
    server = await startRdapServer();
  });
  afterEach(() => server.close());

  const items = async () => planLookups(await parseMessage(fixture('online-brand-new-domain.synthetic.eml')));

  it("sends every item to the admin's RDAP proxy at once, and says per item what came back", async () => {
    const session = new OnlineSession({ fetch: rdapFetch, rdapBase: server.base, timeoutMs: 800 });
    const routes = await session.route(await items());
    const start = Date.now();
    const answers = await session.lookUp(routes);
    expect(Date.now() - start, 'in parallel: one timeout, not seven').to.be.below(3000);
    expect(summary(answers)).to.deep.equal({
      'new-brand-login.com': 'domain',
      'busy-registry.net': 'rate-limited',
      'missing-domain.com': 'not-found',
      'amazon.com': 'domain',
      'slow-registry.org': 'timeout',
      'broken-json.info': 'malformed',
      'huge-answer.biz': 'too-large',
      '52.140.217.90': 'ip',
      '45.33.12.7': 'ip',
    });
    expect(answers[0]!.url).to.equal(`${server.base}domain/new-brand-login.com`);
  });

  it('sends exactly the routed URLs, asking for RDAP JSON, without cookies or credentials', async () => {
    const session = new OnlineSession({ fetch: rdapFetch, rdapBase: server.base, timeoutMs: 800 });
    const routes = await session.route(await items());
    expect(server.log, 'routing with a proxy sends nothing').to.deep.equal([]);
    await session.lookUp(routes);
    const announced = routes.map((r) => ('url' in r ? new URL(r.url).pathname : '')).sort();
    expect(server.log.map((r) => r.path).sort()).to.deep.equal(announced);
    for (const { headers } of server.log) {
      expect(headers.accept).to.equal('application/rdap+json');
      expect(headers.cookie).to.equal(undefined);
      expect(headers.authorization).to.equal(undefined);
    }
  });

  it('asks each item at most once per session: asking again sends nothing', async () => {
    const session = new OnlineSession({ fetch: rdapFetch, rdapBase: server.base, timeoutMs: 500 });
    const routes = await session.route(await items());
    const first = await session.lookUp(routes);
    const sent = server.log.length;
    const again = await session.lookUp(routes);
    expect(server.log.length).to.equal(sent);
    expect(summary(again)).to.deep.equal(summary(first));
  });

  it('ends the whole look-up when cancelled, and a later look-up asks again', async () => {
    const session = new OnlineSession({ fetch: rdapFetch, rdapBase: server.base, timeoutMs: 5000 });
    const routes = (await session.route(await items())).filter((r) => r.item.name === 'slow-registry.org');
    const controller = new AbortController();
    const start = Date.now();
    const pending = session.lookUp(routes, controller.signal);
    setTimeout(() => controller.abort(), 100);
    expect(summary(await pending)).to.deep.equal({ 'slow-registry.org': 'cancelled' });
    expect(Date.now() - start).to.be.below(1000);
    const sent = server.log.length;
    const again = session.lookUp(routes, AbortSignal.timeout(50));
    await again;
    expect(server.log.length, 'a cancelled item is asked again').to.equal(sent + 1);
  });

  it("routes by IANA's bootstrap files, fetched once per session; a TLD without RDAP is said so and sent nowhere", async () => {
    const iana = (url: string) => url.replace('https://data.iana.org/rdap/', `${server.base}bootstrap/`);
    const fetch: RdapFetch = (url, signal, max) => rdapFetch(iana(url), signal, max);
    const session = new OnlineSession({ fetch, timeoutMs: 800 });
    const plan = [...(await items()), { kind: 'domain' as const, name: 'shop.co.jp', shown: 'shop.co.jp', roles: [] }];
    const routes = await session.route(plan);
    await session.route(plan);
    expect(server.log.map((r) => r.path).sort()).to.deep.equal(['/bootstrap/dns.json', '/bootstrap/ipv4.json']);
    const byName = Object.fromEntries(routes.map((r) => [r.item.name, 'url' in r ? r.url : r.unavailable]));
    expect(byName['amazon.com']).to.equal(`${server.base}tld-com/domain/amazon.com`);
    expect(byName['broken-json.info']).to.equal(`${server.base}tld-org/domain/broken-json.info`);
    expect(byName['52.140.217.90']).to.equal(`${server.base}rir-v4/ip/52.140.217.90`);
    expect(byName['shop.co.jp']).to.equal('no-rdap');
    const answers = await session.lookUp(routes);
    expect(summary(answers)['amazon.com']).to.equal('domain');
    expect(summary(answers)['shop.co.jp']).to.equal('no-rdap');
    expect(server.log.some((r) => r.path.includes('shop.co.jp'))).to.equal(false);
  });

  it('says every item is unavailable when the bootstrap cannot be read, and tries the bootstrap again next time', async () => {
    let calls = 0;
    const fetch: RdapFetch = () => {
      calls++;
      return Promise.reject(new Error('getaddrinfo ENOTFOUND data.iana.org'));
    };
    const session = new OnlineSession({ fetch });
    const plan = [{ kind: 'domain' as const, name: 'amazon.com', shown: 'amazon.com', roles: [] }];
    const [route] = await session.route(plan);
    expect(route).to.deep.include({ unavailable: 'no-bootstrap', server: 'https://data.iana.org/rdap/dns.json' });
    await session.route(plan);
    expect(calls).to.equal(2);
  });

  it('times out a host fetch that ignores its signal', async () => {
    const session = new OnlineSession({
      fetch: () => new Promise(() => {}),
      rdapBase: 'https://proxy.test/',
      timeoutMs: 50,
    });
    const routes = await session.route([{ kind: 'ip', name: '52.1.2.3', shown: '52.1.2.3', roles: [] }]);
    expect(summary(await session.lookUp(routes))).to.deep.equal({ '52.1.2.3': 'timeout' });
  });
});
