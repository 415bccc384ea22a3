/**
 * The package check: given the files of a package exactly as they ship (dist/ for the add-in and page, the entries of
 * the .xpi), lists what is wrong with it. A shipped .xpi once lacked the language chunks its popup's webpack runtime
 * loads, and showed raw keys while every test was green; this reads the package the way a browser would and names
 * every file a page, a stylesheet, a manifest or a bundler chunk map asks for that is not there, anything of the test
 * build that got in, and (in the .xpi) source maps.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { EXTENSION_ID, SHIPPED_PERMISSIONS } from '../../src/hosts/thunderbird/manifest';

/** A package: path inside it (forward slashes, no leading slash) → bytes. */
export type PackageFiles = Map<string, Buffer>;

export interface CheckOptions {
  /** `xpi`: a Thunderbird extension (manifest.json, no source maps); `web`: the add-in and page served from a host. */
  kind: 'xpi' | 'web';
}

/** The files under `dir`, as a package; `skip` leaves out paths (relative, forward slashes) that are another package. */
export function packageFromDir(dir: string, skip: (path: string) => boolean = () => false): PackageFiles {
  const files: PackageFiles = new Map();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.set(rel, readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

export function checkPackage(files: PackageFiles, options: CheckOptions): string[] {
  const problems: string[] = [];
  const need = (from: string, target: string, why: string) => {
    if (!files.has(target)) problems.push(`${from}: ${why} ${target}, which is not in the package`);
  };
  for (const [path, bytes] of files) {
    if (path.endsWith('.html') || path.endsWith('.htm')) {
      for (const ref of htmlReferences(bytes.toString('utf8'))) {
        const target = localTarget(path, ref.url);
        if (target) need(path, target, `<${ref.tag} ${ref.attribute}> names`);
      }
    } else if (path.endsWith('.css')) {
      for (const url of cssReferences(bytes.toString('utf8'))) {
        const target = localTarget(path, url);
        if (target) need(path, target, 'the stylesheet loads');
      }
    } else if (/\.(c|m)?js$/.test(path)) {
      const text = bytes.toString('utf8');
      const chunks = chunkFiles(text);
      if (chunks.unreadable) problems.push(`${path}: ${chunks.unreadable}`);
      for (const chunk of chunks.files) need(path, posix.join(posix.dirname(path), chunk), 'its chunk runtime loads');
      if (options.kind === 'web') {
        // Only a file's last sourceMappingURL is its own (bundled libraries leave theirs behind in the middle).
        const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
        const target = map && localTarget(path, map);
        if (target) need(path, target, 'its sourceMappingURL names');
      }
      if (text.includes('test-config.json') || /\bmessages\.import\(/.test(text)) {
        problems.push(`${path}: holds the test build's code (test-config.json / messages.import)`);
      }
    }
    if (isTestFile(path)) problems.push(`${path}: a test file ships`);
  }
  if (options.kind === 'xpi') {
    problems.push(...checkExtensionManifest(files));
    for (const [path, bytes] of files) {
      if (path.endsWith('.map')) problems.push(`${path}: a source map ships in the .xpi`);
      else if (/\.(c|m)?js$|\.css$/.test(path) && bytes.includes('sourceMappingURL')) {
        problems.push(`${path}: names a source map (sourceMappingURL) in the .xpi`);
      }
    }
  } else if (files.has('manifest.xml')) {
    problems.push(...checkOfficeManifest(files));
  }
  return problems;
}

// --- references --------------------------------------------------------------------------------------------------

/** The attributes through which a page loads or links a file. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  a: ['href'],
  area: ['href'],
};

export interface HtmlReference {
  tag: string;
  attribute: string;
  url: string;
}

export function htmlReferences(html: string): HtmlReference[] {
  const refs: HtmlReference[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const urls =
            attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) if (url) refs.push({ tag, attribute, url });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return refs;
}

/** `@import` and `url()` in a stylesheet. */
export function cssReferences(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/@import\s+(?:url\(\s*)?(["'])([^"'\n]*)\1/g)) urls.push(match[2]!);
  for (const match of css.matchAll(/url\(\s*(["']?)([^"')\n]*)\1\s*\)/g)) urls.push(match[2]!);
  return urls;
}

/**
 * The package path a reference from `from` resolves to, or undefined when it leaves the package: another origin
 * (`https:`, `//host`), `data:`/`blob:`/`mailto:`, or a fragment of the page itself.
 */
export function localTarget(from: string, url: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed || trimmed.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//'))
    return undefined;
  let path = trimmed.replace(/[?#].*$/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the name as written (it will be reported missing if nothing has it).
  }
  if (!path) return undefined;
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(from), path);
  const target = posix.normalize(joined);
  return target.endsWith('/') ? `${target}index.html` : target;
}

// --- webpack's chunk runtime -------------------------------------------------------------------------------------

export interface ChunkFiles {
  /** Chunk file names relative to the script's folder (webpack's automatic public path). */
  files: string[];
  /** Set when the script loads chunks but its file-name function could not be read: never a silent pass. */
  unreadable?: string;
}

/**
 * The files webpack's runtime in `js` can load: it names a chunk's file with `__webpack_require__.u` (scripts) and
 * `.miniCssF` (stylesheets), a concatenation of strings, the chunk id and `{id: "name"}[id]` maps — readable in the
 * minified web bundles (`n.u=e=>"web."+({173:"i18n-en"}[e]||e)+"."+{173:"9ab5b547",448:"6c9f2947"}[e]+".js"`) and the unminified
 * Thunderbird ones (`__webpack_require__.u = (chunkId) => ("chunks/" + {"173":"i18n-en"}[chunkId] + ".js")`).
 */
export function chunkFiles(js: string): ChunkFiles {
  const files = new Set<string>();
  let found = false;
  for (const match of js.matchAll(/\b[\w$]+\.(u|miniCssF)\s*=\s*(?:\(\s*([\w$]+)\s*\)|([\w$]+))\s*=>\s*/g)) {
    const parsed = parseNameFunction(js, match.index + match[0].length, (match[2] ?? match[3])!, chunkIdsIn(js));
    if (!parsed) continue;
    // The scripts' name function is the one every chunk needs; the stylesheets' one may be empty.
    if (match[1] === 'u') found = true;
    for (const file of parsed) files.add(file);
  }
  // The chunk loader `__webpack_require__.e = (chunkId) => Promise.all(...)`: present means chunks can be loaded.
  const loadsChunks = /\b[\w$]+\.e\s*=\s*(?:\(\s*[\w$]+\s*\)|[\w$]+)\s*=>\s*\(?\s*Promise\.all\(/.test(js);
  if (loadsChunks && !found)
    return { files: [], unreadable: 'loads chunks, but its chunk file names could not be read' };
  return { files: [...files] };
}

/** Chunk ids the script asks for (`__webpack_require__.e(173)`, minified `n.e(173)`), for a runtime without maps. */
function chunkIdsIn(js: string): string[] {
  return [
    ...new Set(
      [...js.matchAll(/\b[\w$]+\.e\(\s*(?:\/\*[^*]*\*\/\s*)?["']?(\w+)["']?\s*\)/g)].map((match) => match[1]!),
    ),
  ];
}

type Part = { literal: string } | { map: Map<string, string>; orId: boolean } | { id: true };

/**
 * Reads the body of a chunk-name function at `at`: `(expr)`, `expr`, `{ return expr; }` or an empty `{}` (no chunk
 * of that kind). Returns the file names, or undefined if it is not webpack's shape.
 */
function parseNameFunction(js: string, at: number, param: string, knownIds: string[]): string[] | undefined {
  const reader = new Reader(js, at);
  if (reader.take('{')) {
    if (reader.take('}')) return [];
    if (!reader.take('return')) return undefined;
  }
  const parts: Part[] = [];
  let parens = 0;
  while (reader.take('(')) parens++;
  for (;;) {
    const literal = reader.string();
    if (literal !== undefined) parts.push({ literal });
    else if (reader.take('{')) {
      const map = reader.objectMap();
      if (!map || !reader.take('[') || !reader.take(param) || !reader.take(']')) return undefined;
      parts.push({ map, orId: false });
    } else if (reader.take('(')) {
      // `({173:"i18n-en"}[e]||e)`: a chunk without a name is called by its id; with one named chunk webpack writes
      // `(998===e?"qr":e)` instead.
      const single = reader.singleName(param);
      const map = single ?? (reader.take('{') ? reader.objectMap() : undefined);
      if (!single) {
        if (!map || !reader.take('[') || !reader.take(param) || !reader.take(']') || !reader.take('||'))
          return undefined;
        if (!reader.take(param) || !reader.take(')')) return undefined;
      }
      parts.push({ map: map!, orId: true });
    } else if (reader.take(param)) parts.push({ id: true });
    else return undefined;
    if (!reader.take('+')) break;
  }
  while (parens-- > 0) if (!reader.take(')')) return undefined;
  if (!parts.some((part) => 'literal' in part)) return undefined;
  const maps = parts.flatMap((part) => ('map' in part ? [part.map] : []));
  const ids = maps.length ? [...new Set(maps.flatMap((map) => [...map.keys()]))] : knownIds;
  // webpack leaves out of a map the chunks the file name does not need it for (the function returns other names).
  return ids.map((id) =>
    parts
      .map((part) =>
        'literal' in part ? part.literal : 'id' in part ? id : (part.map.get(id) ?? (part.orId ? id : 'undefined')),
      )
      .join(''),
  );
}

/** A tiny tokenizer over the emitted runtime: whitespace-insensitive, exact tokens. */
class Reader {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  private skip(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  take(token: string): boolean {
    this.skip();
    if (!this.text.startsWith(token, this.at)) return false;
    // An identifier must end there (`chunkId` is not `chunkIds`).
    if (/\w$/.test(token) && /[\w$]/.test(this.text[this.at + token.length] ?? '')) return false;
    this.at += token.length;
    return true;
  }

  string(): string | undefined {
    this.skip();
    const quote = this.text[this.at];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = this.text.indexOf(quote, this.at + 1);
    if (end < 0) return undefined;
    const value = this.text.slice(this.at + 1, end);
    if (value.includes('\\')) return undefined;
    this.at = end + 1;
    return value;
  }

  /** `998===e?"qr":e)` after the opening parenthesis, as a one-entry map; nothing is consumed when it is not that. */
  singleName(param: string): Map<string, string> | undefined {
    const start = this.at;
    this.skip();
    const id = /^\w+/.exec(this.text.slice(this.at, this.at + 32))?.[0];
    if (id) this.at += id.length;
    const name = id && this.take('===') && this.take(param) && this.take('?') ? this.string() : undefined;
    if (name !== undefined && this.take(':') && this.take(param) && this.take(')')) return new Map([[id!, name]]);
    this.at = start;
    return undefined;
  }

  /** `"173":"i18n-en",259:"i18n-ja"}` after the opening brace. */
  objectMap(): Map<string, string> | undefined {
    const map = new Map<string, string>();
    if (this.take('}')) return map;
    for (;;) {
      this.skip();
      let key = this.string();
      if (key === undefined) {
        const bare = /^[\w$]+/.exec(this.text.slice(this.at, this.at + 64))?.[0];
        if (!bare) return undefined;
        this.at += bare.length;
        key = bare;
      }
      const value = this.take(':') ? this.string() : undefined;
      if (value === undefined) return undefined;
      map.set(key, value);
      if (this.take('}')) return map;
      if (!this.take(',')) return undefined;
    }
  }
}

// --- manifests ---------------------------------------------------------------------------------------------------

/** The Thunderbird manifest.json: every file it names is packed, and nothing of the test build is in it. */
export function checkExtensionManifest(files: PackageFiles): string[] {
  const problems: string[] = [];
  const raw = files.get('manifest.json');
  if (!raw) return ['manifest.json: the extension has no manifest'];
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  } catch (error) {
    return [`manifest.json: not JSON (${(error as Error).message})`];
  }
  const need = (field: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const target = localTarget('manifest.json', value);
    if (target && !files.has(target))
      problems.push(`manifest.json: ${field} names ${target}, which is not in the package`);
  };
  const needIcons = (field: string, icons: unknown) => {
    if (typeof icons === 'string') need(field, icons);
    else if (icons && typeof icons === 'object')
      for (const [size, path] of Object.entries(icons)) need(`${field}.${size}`, path);
  };
  needIcons('icons', manifest.icons);
  for (const action of ['action', 'browser_action', 'message_display_action', 'compose_action']) {
    const value = manifest[action] as Record<string, unknown> | undefined;
    if (!value) continue;
    need(`${action}.default_popup`, value.default_popup);
    needIcons(`${action}.default_icon`, value.default_icon);
  }
  for (const field of ['options_ui', 'options_page'] as const) {
    const value = manifest[field];
    need(field, typeof value === 'object' && value ? (value as Record<string, unknown>).page : value);
  }
  const locale = manifest.default_locale;
  const localeNames = [...files.keys()].filter((path) => /^_locales\/[^/]+\/messages\.json$/.test(path));
  if (typeof locale === 'string') need('default_locale', `_locales/${locale}/messages.json`);
  else if (localeNames.length) problems.push('manifest.json: _locales ships but no default_locale names one');
  const used = [...raw.toString('utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
  if (used.length && typeof locale !== 'string')
    problems.push('manifest.json: uses __MSG_…__ strings without a default_locale');
  for (const path of localeNames) {
    const messages = JSON.parse(files.get(path)!.toString('utf8')) as Record<string, unknown>;
    for (const name of used) if (!(name in messages)) problems.push(`${path}: lacks ${name}, which manifest.json uses`);
  }
  // Nothing of the test build: it alone imports messages, runs a background script and has its own id.
  if (manifest.background !== undefined)
    problems.push('manifest.json: a background script ships (only the test build has one)');
  const permissions = [
    ...asList(manifest.permissions),
    ...asList(manifest.optional_permissions),
    ...asList(manifest.host_permissions),
  ];
  for (const permission of permissions) {
    if (!(SHIPPED_PERMISSIONS as readonly string[]).includes(permission)) {
      problems.push(`manifest.json: asks for ${permission}, which the shipped extension does not use`);
    }
  }
  const gecko = (manifest.browser_specific_settings as { gecko?: { id?: unknown } } | undefined)?.gecko;
  if (gecko?.id !== EXTENSION_ID) problems.push(`manifest.json: id ${String(gecko?.id)} is not ${EXTENSION_ID}`);
  return problems;
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * dist/manifest.xml: every URL under the host it is configured for (the task pane's SourceLocation) that points at
 * one of our files. The host serves dist/ at its root, or under the path of that URL's folder.
 */
export function checkOfficeManifest(files: PackageFiles): string[] {
  const xml = files.get('manifest.xml')!.toString('utf8');
  const urls = [...xml.matchAll(/\bDefaultValue="(https?:\/\/[^"]+)"/g)].map(
    (match) => new URL(match[1]!.replaceAll('&amp;', '&')),
  );
  const pane = [...xml.matchAll(/<SourceLocation\s+DefaultValue="([^"]+)"/g)].map((match) => match[1]!);
  if (!pane[0]) return ['manifest.xml: no SourceLocation names the task pane'];
  const base = new URL('./', pane[0]);
  const problems: string[] = [];
  for (const url of urls) {
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) continue;
    const target = decodeURIComponent(url.pathname.slice(base.pathname.length)) || 'index.html';
    if (!files.has(target)) problems.push(`manifest.xml: ${url.href} names ${target}, which is not in the package`);
  }
  return problems;
}

// --- test files --------------------------------------------------------------------------------------------------

/** Names only the test build and the test suite use: its entry, its config and message, test and fake modules. */
export function isTestFile(path: string): boolean {
  const name = posix.basename(path);
  return (
    name === 'test-entry.js' || // the former test build's entry (removed, issue #14)
    /^(test|fake)[-_.]/i.test(name) ||
    /\.(test|spec)\.\w+$/i.test(name) ||
    path
      .split('/')
      .slice(0, -1)
      .some((folder) => /^(tests?|thunderbird-test|__tests__)$/i.test(folder))
  );
}
