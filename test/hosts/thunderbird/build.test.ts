/**
 * The shipped .xpi, as `npm run build` leaves it in dist/: Manifest V3 for Thunderbird 128+, the package version,
 * strings in English and Japanese from src/i18n, exactly the four permissions the popup uses — and nothing a test
 * needs (no test entry, no messagesImport, no background page, no source maps). The general package checks (every
 * file a page or chunk map names) are test/package/'s; these keep the Thunderbird-specific promises.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { writeZip } from '../../../scripts/build-thunderbird';
import { EXTENSION_ID, OPTIONAL_HOSTS, SHIPPED_PERMISSIONS } from '../../../src/hosts/thunderbird/manifest';
import { tbEn as en, tbJa as ja } from '../../../src/i18n/thunderbird';
import { readZip, requireShippedXpi, shippedXpiPath, version } from './built';

type Manifest = Record<string, unknown> & {
  permissions: string[];
  browser_specific_settings: { gecko: { id: string; strict_min_version: string } };
  message_display_action: { default_popup: string; default_title: string; default_icon: Record<string, string> };
  options_ui: { page: string };
  icons: Record<string, string>;
};

function manifestOf(entries: Map<string, Buffer>): Manifest {
  return JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
}

describe("Thunderbird extension: dist/'s .xpi", function () {
  let entries: Map<string, Buffer>;
  before(function () {
    if (!requireShippedXpi()) this.skip();
    entries = readZip(readFileSync(shippedXpiPath));
  });

  it('is named after the package version', () => {
    expect(shippedXpiPath).to.match(new RegExp(`phish-inspector-thunderbird-${version.replaceAll('.', '\\.')}\\.xpi$`));
  });

  it('ships no test entry, no messagesImport, no CSP of its own and no background page', () => {
    expect([...entries.keys()].filter((name) => /test/i.test(name))).to.deep.equal([]);
    const manifest = manifestOf(entries);
    expect(manifest.permissions).to.deep.equal(['messagesRead', 'accountsRead', 'compose', 'storage']);
    expect(manifest.permissions).to.deep.equal([...SHIPPED_PERMISSIONS]);
    const unwanted = ['background', 'content_security_policy', 'host_permissions', 'optional_permissions'];
    expect(manifest).not.to.have.any.keys(...unwanted);
    // The online look-up (issue #18) asks for hosts only at the reader's click, never at install.
    expect(manifest.optional_host_permissions).to.deep.equal([...OPTIONAL_HOSTS]);
    for (const [name, data] of entries) {
      if (/\.(js|html|json)$/.test(name)) expect(data.toString('utf8'), name).not.to.include('messagesImport');
    }
  });

  it('holds no source maps, and no script points to one', () => {
    expect([...entries.keys()].filter((name) => name.endsWith('.map'))).to.deep.equal([]);
    for (const [name, data] of entries) {
      if (name.endsWith('.js')) expect(data.toString('utf8'), name).not.to.match(/^\/\/# sourceMappingURL=/m);
    }
  });

  it('is a Manifest V3 MailExtension for Thunderbird 128 and later, with a stable id and the package version', () => {
    const manifest = manifestOf(entries);
    expect(manifest).to.include({ manifest_version: 3, version, default_locale: 'en' });
    expect(manifest.browser_specific_settings.gecko).to.deep.equal({ id: EXTENSION_ID, strict_min_version: '128.0' });
    expect(manifest.message_display_action).to.include({
      default_popup: 'popup.html',
      default_title: '__MSG_actionTitle__',
    });
  });

  it('contains every file the manifest and pages name, and no chunk to load: each page is one script', () => {
    const manifest = manifestOf(entries);
    const named = [
      manifest.message_display_action.default_popup,
      manifest.options_ui.page,
      ...Object.values(manifest.icons),
      ...Object.values(manifest.message_display_action.default_icon),
    ];
    for (const page of ['popup.html', 'options.html']) {
      const html = entries.get(page)!.toString('utf8');
      for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) named.push(match[1]!);
    }
    for (const name of named) expect(entries.has(name), name).to.be.true;
    // A language chunk left out once showed raw keys in every popup (issue #14): the pages now load no chunk at all.
    expect([...entries.keys()].filter((name) => name.endsWith('.js')).sort()).to.deep.equal(['options.js', 'popup.js']);
  });

  it('takes its name, description and button title from src/i18n, in English and Japanese', () => {
    const locale = (lang: string) =>
      JSON.parse(entries.get(`_locales/${lang}/messages.json`)!.toString('utf8')) as Record<
        string,
        { message: string }
      >;
    expect(locale('en').actionTitle!.message).to.equal(en['tb.action.title']);
    expect(locale('ja').actionTitle!.message).to.equal(ja['tb.action.title']);
    expect(locale('ja').extensionDescription!.message).to.equal(ja['tb.description']);
    expect(Object.keys(locale('ja'))).to.deep.equal(Object.keys(locale('en')));
  });
});

describe('zip writer (scripts/build-thunderbird.ts)', () => {
  it('round-trips stored and deflated entries, UTF-8 names included, with correct CRCs', () => {
    const files = {
      'a.txt': new TextEncoder().encode('hello '.repeat(100)),
      'dir/ノート.json': new TextEncoder().encode('{"x":1}'),
      'empty.bin': new Uint8Array(0),
      'random.bin': Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 251),
    };
    const entries = readZip(writeZip(files));
    expect([...entries.keys()]).to.deep.equal(Object.keys(files).sort());
    for (const [name, data] of Object.entries(files)) {
      expect(entries.get(name)!.equals(Buffer.from(data)), name).to.be.true;
    }
  });

  it('gives the same bytes for the same files (fixed timestamps, sorted names)', () => {
    const files = { 'b.txt': new Uint8Array([1, 2, 3]), 'a.txt': new Uint8Array([4]) };
    const reordered = { 'a.txt': new Uint8Array([4]), 'b.txt': new Uint8Array([1, 2, 3]) };
    expect(writeZip(files).equals(writeZip(reordered))).to.be.true;
  });
});
