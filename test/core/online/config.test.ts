/** The admin's `online` settings in config.json (core/config.ts): allowed by default, an RDAP proxy if given. */
import { expect } from 'chai';
import { readConfig } from '../../../src/core/config';
import { readOnlineConfig } from '../../../src/core/online/config';

/** As a host offering the look-up reads it: config.json through the core, then its `online` part. */
function read(raw: unknown) {
  const { config, problems } = readConfig(raw);
  const online = readOnlineConfig(config.online);
  return { config: { online: online.online }, problems: [...problems, ...online.problems] };
}

describe("the admin's online look-up settings", () => {
  it('offers the look-up by default (nothing is sent without the reader asking) and asks registries directly', () => {
    expect(readConfig({ online: { allowed: false } }).problems, 'the task pane reads none of it').to.deep.equal([]);
    expect(read({}).config.online).to.deep.equal({ allowed: true, rdapBase: '' });
  });

  it('lets the admin turn it off, or point every request at their RDAP proxy', () => {
    const { config, problems } = read({ online: { allowed: false, rdapBase: 'https://rdap.corp.example/v1' } });
    expect(problems).to.deep.equal([]);
    expect(config.online).to.deep.equal({ allowed: false, rdapBase: 'https://rdap.corp.example/v1/' });
    expect(read({ online: { rdapBase: 'http://127.0.0.1:8080/' } }).config.online.rdapBase).to.equal(
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
      const { config, problems } = read({ online: { rdapBase } });
      expect(config.online.rdapBase, String(rdapBase)).to.equal('');
      expect(problems).to.deep.equal([{ field: 'online.rdapBase', problem: 'online.config.bad-url' }]);
    }
    expect(read({ online: { allowed: 'no', typo: 1 } }).problems).to.deep.equal([
      { field: 'online.typo', problem: 'config.problem.unknown' },
      { field: 'online.allowed', problem: 'config.problem.not-boolean' },
    ]);
    expect(read({ online: true }).problems).to.deep.equal([{ field: 'online', problem: 'config.problem.not-object' }]);
  });
});
