/**
 * The admin's config.json, fetched beside the page that reads it (the Outlook task pane and the standalone page):
 * missing is fine and silent, broken is said field by field, and the documented example is complete and valid.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigText, readConfig } from '../../../src/core/config';
import { configNotices, loadAdminConfig, type ConfigFetch } from '../../../src/hosts/common/admin-config';
import { translate } from '../../../src/i18n';
import { projectRoot } from '../../helpers';

function respond(status: number, body = ''): ConfigFetch {
  return async () => ({ ok: status >= 200 && status < 300, status, text: async () => body });
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
