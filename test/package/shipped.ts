/**
 * The packages as `npm run build` leaves them in dist/: the add-in and standalone page (dist/ without the Thunderbird
 * folder and .xpi, which are their own package) and the .xpi a user installs. A test that needs them skips with one
 * line when they are not built, and fails under CI=true, where the build always runs first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xpiName } from '../../scripts/build-thunderbird';
import { readZip } from '../hosts/thunderbird/built';
import { projectRoot } from '../helpers';
import { packageFromDir, type PackageFiles } from './check-package';

export const DIST = join(projectRoot, 'dist');
const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
export const SHIPPED_XPI = join(DIST, xpiName(version));

/** dist/ entries that are not the web package: the unpacked extension, its test build, the .xpi, build leftovers. */
export function notWebPackage(path: string): boolean {
  return /^(thunderbird|thunderbird-test|\.thunderbird-bundles)$/.test(path) || path.endsWith('.xpi');
}

function skipOrFail(ctx: Mocha.Context, what: string): void {
  if (process.env.CI === 'true') throw new Error(`CI=true but ${what} is not built: the build step must run first`);
  console.log(`      (skipped: ${what} is not built; run npm run build)`);
  ctx.skip();
}

/** dist/ as the web server serves it (the add-in's pane and manifest, the standalone page, the CLI). */
export function requireWebPackage(ctx: Mocha.Context): PackageFiles {
  const built =
    existsSync(join(DIST, 'taskpane.html')) &&
    existsSync(join(DIST, 'index.html')) &&
    existsSync(join(DIST, 'manifest.xml')) &&
    readdirSync(DIST).some((name) => /^web\.[0-9a-f]{8}\.js$/.test(name));
  if (!built) skipOrFail(ctx, 'dist/ (task pane, page, manifest.xml)');
  return packageFromDir(DIST, notWebPackage);
}

/** The entries of dist/'s .xpi, read as Thunderbird reads the archive. */
export function requireXpi(ctx: Mocha.Context): PackageFiles {
  if (!existsSync(SHIPPED_XPI)) skipOrFail(ctx, `dist/${xpiName(version)}`);
  return readZip(readFileSync(SHIPPED_XPI));
}
