/**
 * Where the standalone page's online look-up may connect (scripts/content-policy.js, issue #18): its own origin by
 * default — an RDAP proxy on the same server — and more only by the build option PHISH_RDAP_CONNECT, never a wildcard.
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../helpers';

interface PolicyModule {
  webContentPolicy(options?: { rdapConnect?: string[] }): string;
  rdapConnectSources(value?: string): string[];
}
const policies = (): Promise<PolicyModule> =>
  import(new URL('../../../scripts/content-policy.js', import.meta.url).href) as Promise<PolicyModule>;

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('the standalone page’s connect-src for the online look-up', () => {
  it("is only 'self' by default, in the policy and in the built page", async function () {
    const { webContentPolicy } = await policies();
    expect(connectSrc(webContentPolicy({ rdapConnect: [] }))).to.equal("connect-src 'self'");
    const built = join(projectRoot, 'dist', 'index.html');
    if (!existsSync(built)) {
      if (process.env.CI === 'true') throw new Error('CI=true but dist/index.html is missing');
      console.log('      (skipped the built page: dist/index.html is not built)');
      return;
    }
    if (process.env.PHISH_RDAP_CONNECT) return this.skip(); // a build with the option is the admin's choice
    expect(readFileSync(built, 'utf8')).to.include("connect-src 'self';");
  });

  it('adds the sources the build option names: https origins, or https: for every registry', async () => {
    const { webContentPolicy, rdapConnectSources } = await policies();
    const sources = rdapConnectSources('https://rdap.corp.example  https://data.iana.org');
    expect(connectSrc(webContentPolicy({ rdapConnect: sources }))).to.equal(
      "connect-src 'self' https://rdap.corp.example https://data.iana.org",
    );
    expect(rdapConnectSources('https:')).to.deep.equal(['https:']);
  });

  it('refuses a wildcard, plain http, or anything that is not an origin', async () => {
    const { rdapConnectSources } = await policies();
    for (const bad of ['*', 'http://rdap.example', 'https://rdap.example/path', "'unsafe-inline'", 'data:'])
      expect(() => rdapConnectSources(bad), bad).to.throw(/PHISH_RDAP_CONNECT/);
  });
});
