/**
 * Writes dist/manifest.xml from manifest.xml: the dev server origin replaced by the host the add-in is served
 * from, and <Version> taken from package.json so a release never ships with a stale version (Outlook caches an
 * add-in by Id + Version, and admins see the version in the Microsoft 365 admin centre).
 *
 *   npx tsx scripts/build-manifest.ts --host-url https://phish.example.co.jp [--out dist/manifest.xml]
 *   PHISH_INSPECTOR_HOST_URL=https://phish.example.co.jp npx tsx scripts/build-manifest.ts
 *
 * Without either, the dev origin stays (a sideloadable dev manifest). Plain string replacement is enough: the
 * template is ours and these are its only placeholders.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The origin manifest.xml is written for: webpack's dev server. */
export const DEV_HOST_URL = 'https://localhost:3000';
export const HOST_URL_ENV = 'PHISH_INSPECTOR_HOST_URL';

export interface ManifestBuildOptions {
  /** An https origin, e.g. `https://phish.example.co.jp`; checked by {@link parseHostUrl}. */
  hostUrl: string;
  /** The package version, `x.y.z`; written as the four-part `x.y.z.0` Office expects. */
  version: string;
}

/**
 * The origin a host URL names, without a trailing slash. Office loads add-in pages only over https, and every
 * manifest URL is built as origin + path, so anything beyond the origin (a path, query, fragment, credentials)
 * is refused rather than silently dropped.
 */
export function parseHostUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`host URL is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`host URL must use https (Office refuses http): ${value}`);
  if (url.username || url.password) throw new Error(`host URL must not carry credentials: ${value}`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`host URL must be an origin only, like https://phish.example.co.jp: ${value}`);
  }
  return url.origin;
}

/** `0.1.0` → `0.1.0.0`. Office's <Version> is one to four dot-separated numbers of at most five digits. */
export function toManifestVersion(version: string): string {
  const parts = version.split('.');
  const numeric = parts.every((part) => /^[0-9]{1,5}$/.test(part));
  if (parts.length !== 3 || !numeric) {
    throw new Error(`package version must be plain x.y.z (no pre-release tag) for the manifest: ${version}`);
  }
  return `${version}.0`;
}

/** Escapes text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** The manifest with every dev origin replaced by `hostUrl` and its <Version> set from `version`. */
export function buildManifest(template: string, options: ManifestBuildOptions): string {
  const origin = escapeXml(parseHostUrl(options.hostUrl));
  const version = toManifestVersion(options.version);
  if (!template.includes(DEV_HOST_URL)) throw new Error(`manifest template has no ${DEV_HOST_URL} to replace`);
  const versionTags = template.split('<Version>').length - 1;
  // Only the top-level <Version> exists; a second one would mean the template changed shape under us.
  if (versionTags !== 1) throw new Error(`manifest template must have exactly one <Version>, has ${versionTags}`);
  return template
    .split(DEV_HOST_URL)
    .join(origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

interface CliArgs {
  hostUrl?: string;
  out?: string;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (name !== '--host-url' && name !== '--out') {
      throw new Error(`unknown argument ${arg} (expected --host-url <https origin> and/or --out <file>)`);
    }
    if (!value) throw new Error(`${name} needs a value`);
    if (name === '--host-url') args.hostUrl = value;
    else args.out = value;
  }
  return args;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const args = parseArgs(process.argv.slice(2));
  const hostUrl = args.hostUrl ?? process.env[HOST_URL_ENV] ?? DEV_HOST_URL;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const out = args.out ? resolve(args.out) : join(root, 'dist', 'manifest.xml');
  const manifest = buildManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'), { hostUrl, version: pkg.version });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, manifest);
  console.log(`wrote ${out} for ${parseHostUrl(hostUrl)}, version ${toManifestVersion(pkg.version)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`build-manifest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
