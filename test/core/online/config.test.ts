/** The admin's `online` settings in config.json (core/config.ts): allowed by default, an RDAP proxy if given. */
import { expect } from 'chai';
import { readConfig } from '../../../src/core/config';

describe("the admin's online look-up settings", () => {
  it('offers the look-up by default (nothing is sent without the reader asking) and asks registries directly', () => {
    expect(readConfig({}).config.online).to.deep.equal({ allowed: true, rdapBase: '' });
  });

  it('lets the admin turn it off, or point every request at their RDAP proxy', () => {
    const { config, problems } = readConfig({ online: { allowed: false, rdapBase: 'https://rdap.corp.example/v1' } });
    expect(problems).to.deep.equal([]);
    expect(config.online).to.deep.equal({ allowed: false, rdapBase: 'https://rdap.corp.example/v1/' });
    expect(readConfig({ online: { rdapBase: 'http://127.0.0.1:8080/' } }).config.online.rdapBase).to.equal(
      'http://127.0.0.1:8080/',
    );
  });

  it('names each bad part and keeps its default: plain http elsewhere, credentials, not a URL, unknown keys', () => {
    for (const rdapBase of [
      'http://rdap.corp.example/',
      'https://u:p@rdap.corp.example/',
      'rdap',
      'https://x/?a=1',
      7,
    ]) {
      const { config, problems } = readConfig({ online: { rdapBase } });
      expect(config.online.rdapBase, String(rdapBase)).to.equal('');
      expect(problems).to.deep.equal([{ field: 'online.rdapBase', problem: 'config.problem.bad-url' }]);
    }
    expect(readConfig({ online: { allowed: 'no', typo: 1 } }).problems).to.deep.equal([
      { field: 'online.typo', problem: 'config.problem.unknown' },
      { field: 'online.allowed', problem: 'config.problem.not-boolean' },
    ]);
    expect(readConfig({ online: true }).problems).to.deep.equal([
      { field: 'online', problem: 'config.problem.not-object' },
    ]);
  });
});
