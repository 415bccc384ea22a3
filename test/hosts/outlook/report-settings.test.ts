/**
 * The Outlook add-in's settings: config.json fetched beside the pane (missing is fine, broken is said), and the
 * user's own IT address in roaming settings, only where the admin allowed it.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigText, readConfig } from '../../../src/core/config';
import { configNotices, loadAdminConfig, type ConfigFetch } from '../../../src/hosts/common/admin-config';
import { reportSettings, saveUserAddress, USER_ADDRESS_KEY } from '../../../src/hosts/outlook/settings';
import { translate } from '../../../src/i18n';
import { projectRoot } from '../../helpers';
import { fakeOffice } from './fake-office';

function respond(status: number, body = ''): ConfigFetch {
  return async () => ({ ok: status >= 200 && status < 300, status, text: async () => body });
}

/** A fake Office with roaming settings; `failSave` makes saveAsync answer with an error. */
function withRoaming(stored: Record<string, unknown> = {}, failSave?: string) {
  const fake = fakeOffice();
  const values = new Map(Object.entries(stored));
  let saves = 0;
  (fake.office.context as unknown as Record<string, unknown>).roamingSettings = {
    get: (name: string) => values.get(name),
    set: (name: string, value: unknown) => values.set(name, value),
    remove: (name: string) => values.delete(name),
    saveAsync: (callback: (r: unknown) => void) => {
      saves += 1;
      setTimeout(() =>
        callback(
          failSave
            ? { status: 'failed', error: { name: 'GenericError', message: failSave, code: 9057 } }
            : { status: 'succeeded' },
        ),
      );
    },
  };
  return { office: fake.office, values, saves: () => saves };
}

describe('config.json', () => {
  it('is fetched beside the pane, revalidated, and read when it is there', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const fetchFn: ConfigFetch = async (url, init) => {
      seen.push({ url, init });
      return {
        ok: true,
        status: 200,
        text: async () => JSON.stringify({ reportAddresses: ['soc@example.co.jp'], reportOnClean: false }),
      };
    };
    const loaded = await loadAdminConfig(fetchFn);
    expect(seen).to.deep.equal([{ url: 'config.json', init: { cache: 'no-cache', credentials: 'same-origin' } }]);
    expect(loaded.found).to.equal(true);
    expect(loaded.config.reportAddresses).to.deep.equal(['soc@example.co.jp']);
    expect(loaded.config.reportOnClean).to.equal(false);
    expect(configNotices(loaded)).to.deep.equal([]);
  });

  it('is optional: a 404, or no fetch at all, means the defaults and nothing to say', async () => {
    for (const loaded of [await loadAdminConfig(respond(404)), await loadAdminConfig(undefined)]) {
      expect(loaded.found).to.equal(false);
      expect(loaded.config).to.deep.equal(readConfig(undefined).config);
      expect(configNotices(loaded)).to.deep.equal([]);
    }
  });

  it('says why it could not be read (server error, network, too slow, too big), and the defaults are used', async () => {
    const cases: [ConfigFetch, string][] = [
      [respond(500), 'HTTP 500'],
      [async () => Promise.reject(new TypeError('Failed to fetch')), 'Failed to fetch'],
      [() => new Promise(() => {}), 'no answer'],
      [respond(200, `{"subjectPrefix": "${'x'.repeat(300 * 1024)}"}`), 'larger than 256 KB'],
    ];
    for (const [fetchFn, reason] of cases) {
      const loaded = await loadAdminConfig(fetchFn, 'config.json', 30);
      expect(loaded.config, reason).to.deep.equal(readConfig(undefined).config);
      const [notice] = configNotices(loaded);
      expect(notice?.key, reason).to.equal('report.config-unreadable');
      expect(translate('en', notice!.key, notice!.params), reason)
        .to.include(reason)
        .and.include('config.json');
    }
  });

  it('names each bad field in a notice, in the reader’s words', async () => {
    const loaded = await loadAdminConfig(
      respond(200, JSON.stringify({ reportAddresses: ['not an address'], colour: 'red' })),
    );
    const texts = configNotices(loaded).map((n) => translate('ja', n.key, n.params));
    expect(texts).to.have.length(2);
    expect(texts.some((t) => t.includes('「reportAddresses」') && t.includes('メールアドレス'))).to.equal(true);
    expect(texts.some((t) => t.includes('「colour」') && t.includes('未知の設定項目'))).to.equal(true);
  });

  it('ships an example (dist/config.example.json) that the add-in reads without a single problem', () => {
    const text = readFileSync(join(projectRoot, 'src/hosts/outlook/config.example.json'), 'utf8');
    const { config, problems } = parseConfigText(text);
    expect(problems).to.deep.equal([]);
    expect(config.reportAddresses).to.have.length.greaterThan(0);
    expect(config.extraBrands).to.have.length.greaterThan(0);
    // Every setting is shown, so the example documents all of them.
    expect(Object.keys(JSON.parse(text)).sort()).to.deep.equal(Object.keys(readConfig(undefined).config).sort());
  });
});

describe('the user’s own IT address', () => {
  const allowed = readConfig({ reportAddresses: ['soc@example.co.jp'], userMaySetAddress: true }).config;
  const locked = readConfig({ reportAddresses: ['soc@example.co.jp'] }).config;

  it('replaces the admin’s address only where the admin allowed it', () => {
    const { office } = withRoaming({ [USER_ADDRESS_KEY]: 'desk@example.co.jp' });
    expect(reportSettings(office, allowed)).to.deep.equal({
      userMaySetAddress: true,
      userAddress: 'desk@example.co.jp',
      reportTo: ['desk@example.co.jp'],
    });
    expect(reportSettings(office, locked)).to.deep.equal({
      userMaySetAddress: false,
      userAddress: undefined,
      reportTo: ['soc@example.co.jp'],
    });
  });

  it('ignores a stored value that is not an address, and a client without roaming settings', () => {
    const { office } = withRoaming({ [USER_ADDRESS_KEY]: 'desk at example' });
    expect(reportSettings(office, allowed).reportTo).to.deep.equal(['soc@example.co.jp']);
    expect(reportSettings(fakeOffice().office, allowed).reportTo).to.deep.equal(['soc@example.co.jp']);
  });

  it('is saved to roaming settings, and an empty value removes it', async () => {
    const { office, values, saves } = withRoaming();
    expect(await saveUserAddress(office, allowed, '  desk@example.co.jp ')).to.deep.equal({
      result: 'saved',
      to: ['desk@example.co.jp'],
    });
    expect(values.get(USER_ADDRESS_KEY)).to.equal('desk@example.co.jp');
    expect(await saveUserAddress(office, allowed, '')).to.deep.equal({ result: 'cleared', to: ['soc@example.co.jp'] });
    expect(values.has(USER_ADDRESS_KEY)).to.equal(false);
    expect(saves()).to.equal(2);
  });

  it('refuses a locked setting and an invalid address without touching roaming settings', async () => {
    const { office, values, saves } = withRoaming();
    expect(await saveUserAddress(office, locked, 'desk@example.co.jp')).to.deep.equal({ result: 'locked' });
    expect(await saveUserAddress(office, allowed, 'desk@example.co.jp, boss@example.co.jp')).to.deep.equal({
      result: 'invalid',
    });
    expect(values.size).to.equal(0);
    expect(saves()).to.equal(0);
  });

  it('says what Outlook answered when saving fails, and keeps the address that was stored', async () => {
    const { office, values } = withRoaming({ [USER_ADDRESS_KEY]: 'old@example.co.jp' }, 'The settings are too large.');
    expect(await saveUserAddress(office, allowed, 'new@example.co.jp')).to.deep.equal({
      result: 'failed',
      error: 'The settings are too large. (9057)',
    });
    expect(values.get(USER_ADDRESS_KEY)).to.equal('old@example.co.jp');
  });
});
