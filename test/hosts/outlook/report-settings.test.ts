/**
 * The Outlook add-in's own settings: the user's own IT address in roaming settings, only where the admin allowed it
 * (config.json itself: test/hosts/common/admin-config.test.ts).
 */
import { expect } from 'chai';
import { readConfig } from '../../../src/core/config';
import { reportSettings, USER_ADDRESS_KEY } from '../../../src/hosts/outlook/settings';
import { saveUserAddress } from '../../../src/hosts/outlook/save-address';
import { fakeOffice } from './fake-office';

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
