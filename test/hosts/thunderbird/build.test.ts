/**
 * The shipped .xpi: Manifest V3 for Thunderbird 128+, the package version, strings in English and Japanese from
 * src/i18n, exactly the four permissions the popup uses — and nothing of the test build (its entry, its extra
 * permission, its CSP). Checked on the .xpi built here and, when `npm run build` made one, on dist/'s too.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip } from '../../../scripts/build-thunderbird';
import { EXTENSION_ID, TEST_ENTRY } from '../../../src/hosts/thunderbird/manifest';
import { tbEn as en, tbJa as ja } from '../../../src/i18n/thunderbird';
import { projectRoot } from '../../helpers';
import { builtExtension, readZip } from './built';

const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

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

/** The .xpi files to check: the one built for this run, and dist/'s when a build left one. */
async function shippedXpis(): Promise<string[]> {
  const dist = join(projectRoot, 'dist');
  const fromDist = existsSync(dist) ? readdirSync(dist).filter((name) => name.endsWith('.xpi')).map((name) => join(dist, name)) : [];
  return [(await builtExtension()).xpi, ...fromDist];
}

describe('Thunderbird extension build', function () {
  this.timeout(180_000);
  before(async () => {
    await builtExtension();
  });

  it('names the .xpi after the package version', async () => {
    expect((await builtExtension()).xpi).to.match(new RegExp(`phish-inspector-thunderbird-${version.replaceAll('.', '\\.')}\\.xpi$`));
  });

  it('ships no test entry, no messagesImport, no CSP of its own and no background page', async () => {
    for (const xpi of await shippedXpis()) {
      const entries = readZip(readFileSync(xpi));
      expect([...entries.keys()], xpi).not.to.include(TEST_ENTRY);
      expect([...entries.keys()].filter((name) => /test/i.test(name)), xpi).to.deep.equal([]);
      const manifest = manifestOf(entries);
      expect(manifest.permissions, xpi).to.deep.equal(['messagesRead', 'accountsRead', 'compose', 'storage']);
      expect(manifest, xpi).not.to.have.any.keys('background', 'content_security_policy', 'host_permissions', 'optional_permissions');
      for (const [name, data] of entries) {
        if (/\.(js|html|json)$/.test(name)) expect(data.toString('utf8'), `${xpi}: ${name}`).not.to.include('messagesImport');
      }
    }
  });

  it('is a Manifest V3 MailExtension for Thunderbird 128 and later, with a stable id and the package version', async () => {
    const manifest = manifestOf(readZip(readFileSync((await builtExtension()).xpi)));
    expect(manifest).to.include({ manifest_version: 3, version, default_locale: 'en' });
    expect(manifest.browser_specific_settings.gecko).to.deep.equal({ id: EXTENSION_ID, strict_min_version: '128.0' });
    expect(manifest.message_display_action).to.include({ default_popup: 'popup.html', default_title: '__MSG_actionTitle__' });
  });

  it('contains every file the manifest and pages name', async () => {
    const entries = readZip(readFileSync((await builtExtension()).xpi));
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
  });

  it('takes its name, description and button title from src/i18n, in English and Japanese', async () => {
    const entries = readZip(readFileSync((await builtExtension()).xpi));
    const locale = (lang: string) => JSON.parse(entries.get(`_locales/${lang}/messages.json`)!.toString('utf8')) as Record<string, { message: string }>;
    expect(locale('en').actionTitle!.message).to.equal(en['tb.action.title']);
    expect(locale('ja').actionTitle!.message).to.equal(ja['tb.action.title']);
    expect(locale('ja').extensionDescription!.message).to.equal(ja['tb.description']);
    expect(Object.keys(locale('ja'))).to.deep.equal(Object.keys(locale('en')));
  });

  it('the test build has what the shipped one lacks, and the same popup code', async () => {
    const { testDir, dir } = await builtExtension();
    const manifest = JSON.parse(readFileSync(join(testDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.permissions).to.include('messagesImport');
    expect(manifest).to.have.property('background').that.deep.equals({ scripts: [TEST_ENTRY] });
    expect(existsSync(join(testDir, TEST_ENTRY))).to.be.true;
    expect(readFileSync(join(testDir, 'popup.js')).equals(readFileSync(join(dir, 'popup.js')))).to.be.true;
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
    for (const [name, data] of Object.entries(files)) expect(entries.get(name)!.equals(Buffer.from(data)), name).to.be.true;
  });

  it('gives the same bytes for the same files (fixed timestamps, sorted names)', () => {
    const files = { 'b.txt': new Uint8Array([1, 2, 3]), 'a.txt': new Uint8Array([4]) };
    expect(writeZip(files).equals(writeZip({ 'a.txt': new Uint8Array([4]), 'b.txt': new Uint8Array([1, 2, 3]) }))).to.be.true;
  });
});
