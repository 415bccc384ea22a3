/**
 * The package check on what `npm run build` wrote: dist/ (the add-in's pane and manifest, the standalone page, the
 * CLI) and dist/'s .xpi must have no problem — and for every kind of check, a copy broken on purpose in a temporary
 * folder (the .xpi unpacked, edited and packed again) must be caught. The first broken copy is the defect that once
 * shipped: a popup.js whose chunk runtime loads chunks/i18n-en.js, absent from the .xpi (each page is one script
 * now, so the broken copy carries that runtime again).
 */
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeZip } from '../../scripts/build-thunderbird';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { readZip } from '../hosts/thunderbird/built';
import { checkPackage, chunkFiles, htmlReferences, packageFromDir, type PackageFiles } from './check-package';
import { DIST, notWebPackage, requireWebPackage, requireXpi } from './shipped';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phish-package-'));
  temps.push(dir);
  return dir;
}

/** dist/'s web package copied to a temporary folder, changed by `edit`, and read back from there. */
function brokenWeb(edit: (dir: string) => void): PackageFiles {
  const dir = tempDir();
  cpSync(DIST, dir, { recursive: true, filter: (path) => !notWebPackage(path.slice(DIST.length + 1)) });
  edit(dir);
  return packageFromDir(dir);
}

/** dist/'s .xpi unpacked to a temporary folder, changed by `edit`, packed again and read as an archive. */
function brokenXpi(xpi: PackageFiles, edit: (dir: string) => void): PackageFiles {
  const dir = tempDir();
  for (const [name, data] of xpi) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  edit(dir);
  const files = packageFromDir(dir);
  return readZip(writeZip(Object.fromEntries(files)));
}

function editText(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${path} changed nothing: the broken copy would prove nothing`);
  writeFileSync(path, after);
}

function editJson(path: string, change: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

/** The name of the one file of `files` matching `pattern` (a hashed chunk, an entry). */
function only(files: PackageFiles, pattern: RegExp): string {
  const names = [...files.keys()].filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`expected one file like ${pattern}, found ${names.join(', ') || 'none'}`);
  return names[0]!;
}

describe('package check', function () {
  this.timeout(60_000);
  after(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  describe('on dist/ (the add-in, the standalone page, the CLI)', () => {
    let web: PackageFiles;
    before(function () {
      web = requireWebPackage(this);
    });

    it('finds every file its pages, stylesheets, manifest.xml and chunk maps name, and nothing of the tests', () => {
      expect(checkPackage(web, { kind: 'web' })).to.deep.equal([]);
    });

    it('reads what it checks: the pages name their bundles, and each bundle’s runtime names its language chunks', () => {
      for (const [page, entry] of [
        ['taskpane.html', /^taskpane\.[0-9a-f]{8}\.js$/],
        ['index.html', /^web\.[0-9a-f]{8}\.js$/],
      ] as const) {
        const script = only(web, entry);
        expect(
          htmlReferences(web.get(page)!.toString('utf8')).map((ref) => ref.url),
          page,
        ).to.include(script);
        const chunks = chunkFiles(web.get(script)!.toString('utf8')).files;
        expect(
          chunks.filter((name) => /\.i18n-(en|ja)\.[0-9a-f]{8}\.js$/.test(name)),
          script,
        ).to.have.length(2);
      }
    });

    it('catches a chunk deleted from the package (the task pane’s Japanese words)', () => {
      const chunk = only(web, /^taskpane\.i18n-ja\.[0-9a-f]{8}\.js$/);
      const problems = checkPackage(
        brokenWeb((dir) => unlinkSync(join(dir, chunk))),
        { kind: 'web' },
      );
      expect(problems).to.deep.equal([
        `${only(web, /^taskpane\.[0-9a-f]{8}\.js$/)}: its chunk runtime loads ${chunk}, which is not in the package`,
      ]);
    });

    it('catches a page naming a script that is not there', () => {
      const script = only(web, /^web\.[0-9a-f]{8}\.js$/);
      const broken = brokenWeb((dir) =>
        editText(join(dir, 'index.html'), (html) => html.replace(script, 'web.0badc0de.js')),
      );
      expect(checkPackage(broken, { kind: 'web' })).to.include(
        'index.html: <script src> names web.0badc0de.js, which is not in the package',
      );
    });

    it('catches a stylesheet or icon a page links to that is not there', () => {
      const broken = brokenWeb((dir) => {
        unlinkSync(join(dir, only(web, /^taskpane\.[0-9a-f]{8}\.css$/)));
        unlinkSync(join(dir, 'page.css'));
      });
      const problems = checkPackage(broken, { kind: 'web' });
      expect(
        problems.some((p) => /^taskpane\.html: <link href> names taskpane\.[0-9a-f]{8}\.css,/.test(p)),
        problems.join('\n'),
      ).to.equal(true);
      expect(problems).to.include('help.html: <link href> names page.css, which is not in the package');
    });

    it('catches manifest.xml naming an icon or the task pane the host would not serve', () => {
      const broken = brokenWeb((dir) => {
        unlinkSync(join(dir, 'assets', 'icon-80.png'));
        editText(join(dir, 'manifest.xml'), (xml) => xml.replaceAll('/taskpane.html"', '/pane.html"'));
      });
      const problems = checkPackage(broken, { kind: 'web' }).filter((p) => p.startsWith('manifest.xml:'));
      expect(
        problems.some((p) => /icon-80\.png names assets\/icon-80\.png, which is not/.test(p)),
        problems.join('\n'),
      ).to.equal(true);
      expect(problems.filter((p) => p.includes('names pane.html'))).to.have.length(2);
    });

    it('catches a test file in the package', () => {
      const broken = brokenWeb((dir) => {
        writeFileSync(join(dir, 'fake-office-script.js'), '// the tests’ fake Office\n');
        writeFileSync(join(dir, 'taskpane.test.js'), '\n');
      });
      expect(checkPackage(broken, { kind: 'web' })).to.have.members([
        'fake-office-script.js: a test file ships',
        'taskpane.test.js: a test file ships',
      ]);
    });

    it('says so when a bundle loads chunks through a runtime it cannot read, instead of passing it', () => {
      const entry = only(web, /^web\.[0-9a-f]{8}\.js$/);
      const broken = brokenWeb((dir) =>
        editText(join(dir, entry), (js) => js.replace(/\b(\w+)\.u=(\w+)=>"web\."/, '$1.u=$2=>String("web.")')),
      );
      expect(checkPackage(broken, { kind: 'web' })).to.include(
        `${entry}: loads chunks, but its chunk file names could not be read`,
      );
    });
  });

  describe('on the .xpi in dist/', () => {
    let xpi: PackageFiles;
    before(function () {
      xpi = requireXpi(this);
    });

    it('finds every file its pages, stylesheets, manifest and chunk maps name; no test build, no source map', () => {
      expect(checkPackage(xpi, { kind: 'xpi' })).to.deep.equal([]);
    });

    it('packs each page as one script that loads no chunk: nothing it could fetch can be missing', () => {
      for (const script of ['popup.js', 'options.js']) {
        const js = xpi.get(script)!.toString('utf8');
        expect(chunkFiles(js).files, script).to.deep.equal([]);
        // The words of both languages are inside (the popup also needs the IP table's decoder).
        expect(js, script).to.include(en['verdict.likely-phishing']).and.include(ja['verdict.likely-phishing']);
      }
      expect(xpi.get('popup.js')!.toString('utf8')).to.include('decodeIpOwnerIndex');
      expect([...xpi.keys()].filter((path) => path.endsWith('.js')).sort()).to.deep.equal(['options.js', 'popup.js']);
    });

    it('catches the defect that shipped: popup.js and options.js load chunks/i18n-en.js, absent from the .xpi', () => {
      // The runtime the two pages had when they shared a language chunk the package left out.
      const runtime = '\n__webpack_require__.u = (chunkId) => ("chunks/" + {"173":"i18n-en"}[chunkId] + ".js");\n';
      const broken = brokenXpi(xpi, (dir) => {
        for (const script of ['popup.js', 'options.js']) editText(join(dir, script), (js) => js + runtime);
      });
      expect(checkPackage(broken, { kind: 'xpi' })).to.have.members([
        'popup.js: its chunk runtime loads chunks/i18n-en.js, which is not in the package',
        'options.js: its chunk runtime loads chunks/i18n-en.js, which is not in the package',
      ]);
    });

    it('catches the popup page naming a script or stylesheet that is not packed', () => {
      const broken = brokenXpi(xpi, (dir) => {
        editText(join(dir, 'popup.html'), (html) => html.replace('src="popup.js"', 'src="popup-main.js"'));
        unlinkSync(join(dir, 'details.css'));
      });
      expect(checkPackage(broken, { kind: 'xpi' })).to.have.members([
        'popup.html: <script src> names popup-main.js, which is not in the package',
        'ui.css: the stylesheet loads details.css, which is not in the package',
      ]);
    });

    it('catches manifest.json naming an icon, the popup, the options page or the default locale that is not packed', () => {
      const broken = brokenXpi(xpi, (dir) => {
        unlinkSync(join(dir, 'icons', 'icon-64.png'));
        unlinkSync(join(dir, 'options.html'));
        rmSync(join(dir, '_locales', 'en'), { recursive: true });
        editJson(join(dir, 'manifest.json'), (manifest) => {
          (manifest.message_display_action as Record<string, unknown>).default_popup = 'popup/index.html';
        });
      });
      expect(checkPackage(broken, { kind: 'xpi' })).to.have.members([
        'manifest.json: icons.64 names icons/icon-64.png, which is not in the package',
        'manifest.json: message_display_action.default_popup names popup/index.html, which is not in the package',
        'manifest.json: options_ui names options.html, which is not in the package',
        'manifest.json: default_locale names _locales/en/messages.json, which is not in the package',
      ]);
    });

    it('catches the test build’s entry, background script and messagesImport permission', () => {
      const broken = brokenXpi(xpi, (dir) => {
        writeFileSync(join(dir, 'test-entry.js'), 'fetch("test-config.json");\n');
        editJson(join(dir, 'manifest.json'), (manifest) => {
          manifest.background = { scripts: ['test-entry.js'] };
          (manifest.permissions as string[]).push('messagesImport');
        });
      });
      expect(checkPackage(broken, { kind: 'xpi' })).to.have.members([
        'test-entry.js: a test file ships',
        "test-entry.js: holds the test build's code (test-config.json / messages.import)",
        'manifest.json: a background script ships (only the test build has one)',
        'manifest.json: asks for messagesImport, which the shipped extension does not use',
      ]);
    });

    it('catches a source map, or a script naming one', () => {
      const broken = brokenXpi(xpi, (dir) => {
        writeFileSync(join(dir, 'popup.js.map'), '{"version":3,"sources":[],"mappings":""}');
        editText(join(dir, 'options.js'), (js) => `${js}\n//# sourceMappingURL=options.js.map\n`);
      });
      expect(checkPackage(broken, { kind: 'xpi' })).to.have.members([
        'popup.js.map: a source map ships in the .xpi',
        'options.js: names a source map (sourceMappingURL) in the .xpi',
      ]);
    });
  });
});
