/**
 * The Outlook manifest: schema-valid offline (the Microsoft validator is a web service these machines cannot
 * reach), least privilege, Japanese for every string a user sees, and icons that exist at the sizes it claims.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { buildManifest, DEV_HOST_URL, parseHostUrl, toManifestVersion } from '../scripts/build-manifest';
import { projectRoot, sharedPath } from './helpers';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
/** Once given to admins, the Id must never change: Exchange tracks a deployed add-in by it. */
const ADD_IN_ID = 'c992b3cf-eb7c-4845-aa70-7bc749478034';
const PRODUCTION_HOST = 'https://phish.example.co.jp';

const manifestXml = readFileSync(join(projectRoot, 'manifest.xml'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

async function validate(schemaDir: string, fileName: string, xml: string): Promise<XMLValidationResult> {
  const load = (name: string) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), 'utf8') });
  const imported = readdirSync(schemaDir).filter((name) => name.endsWith('.xsd') && name !== MAIN_XSD);
  return validateXML({ xml: [{ fileName, contents: xml }], schema: [load(MAIN_XSD)], preload: imported.map(load) });
}

function errorsOf(result: XMLValidationResult): string[] {
  return result.errors.map((error) => error.rawMessage);
}

// --- reading the manifest --------------------------------------------------------------------------------------

const doc = parseDocument(manifestXml, { xmlMode: true });

type TagTest = Parameters<typeof DomUtils.getElementsByTagName>[0];

function all(name: TagTest, root: Parameters<typeof DomUtils.getElementsByTagName>[1] = doc): Element[] {
  return DomUtils.getElementsByTagName(name, root, true);
}

function one(name: string, root?: Element): Element {
  const found = all(name, root ?? doc);
  expect(found, `<${name}>`).to.have.length(1);
  return found[0]!;
}

function attr(element: Element, name: string): string {
  const value = DomUtils.getAttributeValue(element, name);
  expect(value, `${element.name} @${name}`).to.be.a('string');
  return value!;
}

function text(element: Element): string {
  return DomUtils.textContent(element).trim();
}

function officeApp(): Element {
  return one('OfficeApp');
}

/** A direct child of <OfficeApp>: the top-level <Requirements>, not the one inside <VersionOverrides>. */
function child(name: string): Element {
  const found = DomUtils.getElementsByTagName(name, officeApp().children, false);
  expect(found, `top-level <${name}>`).to.have.length(1);
  return found[0]!;
}

/** The resource strings (ShortStrings and LongStrings), by id. */
function resourceStrings(): Map<string, Element> {
  return new Map(all('bt:String').map((element) => [attr(element, 'id'), element]));
}

function isUrl(value: string): boolean {
  return /^[a-z]+:\/\//i.test(value);
}

/** Every URL in an XML document's attribute values and texts, namespace declarations aside. */
function urlsIn(xml: string): string[] {
  const urls: string[] = [];
  for (const element of DomUtils.getElementsByTagName(() => true, parseDocument(xml, { xmlMode: true }), true)) {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:') && isUrl(value)) urls.push(value);
    }
    if (isUrl(text(element))) urls.push(text(element));
  }
  return urls;
}

/** Width and height from a PNG's IHDR, which the PNG spec requires to be the first chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)], 'PNG signature').to.deep.equal(signature);
  expect(new TextDecoder().decode(bytes.subarray(12, 16)), 'first chunk').to.equal('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The asset a dev URL points at, checked to exist and to be a square PNG of the size in its name. */
function iconSize(url: string): number {
  expect(url.startsWith(`${DEV_HOST_URL}/assets/`), url).to.equal(true);
  const name = url.slice(`${DEV_HOST_URL}/assets/`.length);
  const declared = /^icon-([0-9]+)\.png$/.exec(name);
  expect(declared, `${name} names its size`).to.not.equal(null);
  const file = join(projectRoot, 'assets', name);
  expect(existsSync(file), `assets/${name} exists`).to.equal(true);
  const size = Number(declared![1]);
  expect(pngSize(new Uint8Array(readFileSync(file))), `assets/${name}`).to.deep.equal({ width: size, height: size });
  return size;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

// --- tests -----------------------------------------------------------------------------------------------------

describe('Outlook manifest', () => {
  describe('against the Office add-in XSDs, offline', () => {
    let schemaDir = '';
    before(function () {
      schemaDir = sharedPath(this, 'schemas', 'office-manifest');
    });

    it('accepts manifest.xml', async () => {
      const result = await validate(schemaDir, 'manifest.xml', manifestXml);
      expect(errorsOf(result)).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });

    it('rejects the schema folder’s invalid example, so a broken manifest would fail here', async () => {
      const example = (name: string) => validate(schemaDir, name, readFileSync(join(schemaDir, name), 'utf8'));
      expect((await example('example-valid.xml')).valid).to.equal(true);
      const invalid = await example('example-invalid.xml');
      expect(invalid.valid).to.equal(false);
      expect(errorsOf(invalid).join('\n')).to.include('Bogus');
    });

    it('accepts the manifest built for a production host and version', async () => {
      const built = buildManifest(manifestXml, { hostUrl: PRODUCTION_HOST, version: '2.10.3' });
      const result = await validate(schemaDir, 'dist-manifest.xml', built);
      expect(errorsOf(result)).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });
  });

  describe('content', () => {
    it('keeps the add-in Id it was first deployed with', () => {
      expect(text(one('Id'))).to.equal(ADD_IN_ID);
    });

    it('carries the package.json version in the four-part form Office expects', () => {
      expect(text(one('Version'))).to.equal(`${packageVersion}.0`);
    });

    it('is a mail add-in for read mode, from Phish Inspector, defaulting to en-US', () => {
      expect(attr(officeApp(), 'xsi:type')).to.equal('MailApp');
      expect(text(one('ProviderName'))).to.equal('Phish Inspector');
      expect(text(one('DefaultLocale'))).to.equal('en-US');
      const form = one('Form');
      expect(attr(form, 'xsi:type')).to.equal('ItemRead');
      expect(attr(one('SourceLocation', form), 'DefaultValue')).to.equal(`${DEV_HOST_URL}/taskpane.html`);
      expect(text(one('RequestedHeight', form))).to.equal('450');
    });

    it('asks only to read the open item: no EWS or REST access to the mailbox', () => {
      expect(text(one('Permissions'))).to.equal('ReadItem');
      expect(manifestXml).to.not.include('ReadWriteMailbox');
    });

    it('requires Mailbox 1.8, both to install and for its ribbon button', () => {
      const set = one('Set', child('Requirements'));
      expect([attr(set, 'Name'), attr(set, 'MinVersion')]).to.deep.equal(['Mailbox', '1.8']);
      const overrides = all('VersionOverrides').find((el) => attr(el, 'xsi:type') === 'VersionOverridesV1_1')!;
      expect(attr(one('bt:Sets', overrides), 'DefaultMinVersion')).to.equal('1.8');
      expect(attr(one('bt:Set', overrides), 'Name')).to.equal('Mailbox');
    });

    it('nests the 1.1 version overrides inside the 1.0 ones', () => {
      const outer = child('VersionOverrides');
      expect(attr(outer, 'xsi:type')).to.equal('VersionOverridesV1_0');
      const inner = DomUtils.getElementsByTagName('VersionOverrides', outer.children, false);
      expect(inner.map((el) => attr(el, 'xsi:type'))).to.deep.equal(['VersionOverridesV1_1']);
    });

    it('puts an Analyze button on the message-read ribbon that opens a pinnable task pane', () => {
      const surface = all('ExtensionPoint').filter((el) => attr(el, 'xsi:type') === 'MessageReadCommandSurface');
      expect(surface).to.have.length(1);
      const button = one('Control', surface[0]);
      expect(attr(button, 'xsi:type')).to.equal('Button');
      expect(attr(resourceStrings().get(attr(one('Label', button), 'resid'))!, 'DefaultValue')).to.equal('Analyze');
      const action = one('Action', button);
      expect(attr(action, 'xsi:type')).to.equal('ShowTaskpane');
      expect(text(one('SupportsPinning', action))).to.equal('true');
      const url = all('bt:Url').find((el) => attr(el, 'id') === attr(one('SourceLocation', action), 'resid'))!;
      expect(attr(url, 'DefaultValue')).to.equal(`${DEV_HOST_URL}/taskpane.html`);
    });

    it('has a Japanese override for every string a user sees', () => {
      // Every DefaultValue that is not a URL is text shown to someone: in the ribbon, the tooltip or the add-in list.
      const strings = all(() => true)
        .filter((el) => el.attribs.DefaultValue !== undefined && !isUrl(el.attribs.DefaultValue))
        .map((el) => ({ name: el.attribs.id ?? el.name, element: el }));
      expect(strings.map((s) => s.name)).to.have.members([
        'DisplayName',
        'Description',
        'Group.Label',
        'Analyze.Label',
        'Analyze.Title',
        'Analyze.Tooltip',
      ]);
      for (const { name, element } of strings) {
        const overrides = all((tag) => tag === 'Override' || tag === 'bt:Override', element.children);
        const japanese = overrides.filter((el) => attr(el, 'Locale') === 'ja-JP');
        expect(japanese, `${name} has one ja-JP override`).to.have.length(1);
        const value = attr(japanese[0]!, 'Value');
        expect(value, `${name} in Japanese`).to.match(JAPANESE);
        expect(value, `${name} is translated`).to.not.equal(attr(element, 'DefaultValue'));
      }
    });

    it('labels the button フィッシング確認 in Japanese, saying what it checks rather than a bare 分析', () => {
      const label = resourceStrings().get('Analyze.Label')!;
      expect(attr(one('bt:Override', label), 'Value')).to.equal('フィッシング確認');
    });

    it('defines every resource it references, and references every resource it defines', () => {
      const referenced = new Set(all(() => true).flatMap((el) => el.attribs.resid ?? []));
      const defined = all(() => true)
        .filter((el) => ['bt:Image', 'bt:Url', 'bt:String'].includes(el.name) && el.attribs.id !== undefined)
        .map((el) => el.attribs.id!);
      expect(new Set(defined).size, 'resource ids are unique').to.equal(defined.length);
      expect([...referenced].sort()).to.deep.equal([...defined].sort());
    });

    it('points every icon at a PNG in assets/ of the size its name says', () => {
      expect(iconSize(attr(one('IconUrl'), 'DefaultValue'))).to.equal(64);
      expect(iconSize(attr(one('HighResolutionIconUrl'), 'DefaultValue'))).to.equal(128);
      const images = new Map(
        all('bt:Image')
          .filter((el) => el.attribs.id)
          .map((el) => [el.attribs.id!, el]),
      );
      const buttonIcons = all('bt:Image').filter((el) => el.attribs.resid);
      expect(buttonIcons.map((el) => attr(el, 'size'))).to.deep.equal(['16', '32', '80']);
      for (const icon of buttonIcons) {
        const image = images.get(attr(icon, 'resid'));
        expect(image, `resource ${attr(icon, 'resid')}`).to.not.equal(undefined);
        expect(iconSize(attr(image!, 'DefaultValue'))).to.equal(Number(attr(icon, 'size')));
      }
    });
  });

  describe('buildManifest (scripts/build-manifest.ts)', () => {
    it('points every URL at the host and leaves no localhost behind', () => {
      const devUrls = urlsIn(manifestXml);
      expect(devUrls.length).to.be.greaterThan(5);
      const offDevHost = devUrls.filter((url) => !url.startsWith(`${DEV_HOST_URL}/`));
      expect(offDevHost, 'template URLs not on the dev host').to.deep.equal([]);
      const built = buildManifest(manifestXml, { hostUrl: `${PRODUCTION_HOST}/`, version: packageVersion });
      const urls = urlsIn(built);
      expect(urls).to.deep.equal(devUrls.map((url) => PRODUCTION_HOST + url.slice(DEV_HOST_URL.length)));
      expect(built).to.not.include('localhost');
    });

    it('sets <Version> from the package version and changes nothing else', () => {
      const built = buildManifest(manifestXml, { hostUrl: DEV_HOST_URL, version: '1.20.3' });
      expect(built).to.include('<Version>1.20.3.0</Version>');
      expect(built.replace('<Version>1.20.3.0</Version>', `<Version>${packageVersion}.0</Version>`)).to.equal(
        manifestXml,
      );
    });

    it('refuses a host URL that is not an https origin', () => {
      for (const bad of [
        'http://phish.example.co.jp',
        'https://phish.example.co.jp/addin',
        'https://phish.example.co.jp/?x=1',
        'https://user:pw@phish.example.co.jp',
        'phish.example.co.jp',
        '',
      ]) {
        expect(() => buildManifest(manifestXml, { hostUrl: bad, version: '0.1.0' }), bad).to.throw(/host URL/);
      }
      expect(parseHostUrl(' https://Phish.Example.co.jp:8443/ ')).to.equal('https://phish.example.co.jp:8443');
    });

    it('refuses a package version Office cannot express', () => {
      expect(toManifestVersion('0.1.0')).to.equal('0.1.0.0');
      for (const bad of ['1.0.0-beta.1', '1.0', '1.0.0.0', '123456.0.0', 'v1.0.0']) {
        expect(() => toManifestVersion(bad), bad).to.throw(/x\.y\.z/);
      }
    });
  });
});
