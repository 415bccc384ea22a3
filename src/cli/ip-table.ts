/**
 * The CLI's IP owner table: `dist/data/ip-owner.bin`, built by `npm run build:ip` beside the bundle
 * (dist/cli/phish-inspector.cjs → dist/data/). Read once per process; a missing or broken table is not an error —
 * the analysis runs without network owners and the caller prints one note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeIpOwnerTable, type IpOwnerTable } from '../core/ip-owner/table';

export type IpTableResult =
  { ok: true; table: IpOwnerTable; path: string } | { ok: false; reason: string; path: string };

const TABLE_FILE = join('data', 'ip-owner.bin');

/**
 * Where the table is: next to the bundle (`<dir of phish-inspector.cjs>/../data/ip-owner.bin`); when running from
 * the source tree (tests, tsx) `src/cli/../../dist/data/ip-owner.bin`, where `npm run build` puts it.
 * @internal
 */
export function defaultIpTablePath(): string {
  const here = moduleDir();
  const besideBundle = join(here, '..', TABLE_FILE);
  const inDist = join(here, '..', '..', 'dist', TABLE_FILE);
  if (existsSync(besideBundle)) return besideBundle;
  if (existsSync(inDist)) return inDist;
  // Neither built yet: name the file the user should build (the bundle's neighbour, or dist/ from the sources).
  return /[\\/]dist[\\/]cli$/.test(here) ? besideBundle : inDist;
}

/** The bundle is CommonJS (`__dirname` is real there); the source runs as ESM (`import.meta.url`). */
function moduleDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

const cache = new Map<string, IpTableResult>();

/** Reads and decodes the table once per path; never throws. */
export function loadIpTable(path: string = defaultIpTablePath()): IpTableResult {
  const cached = cache.get(path);
  if (cached) return cached;
  let result: IpTableResult;
  try {
    result = { ok: true, table: decodeIpOwnerTable(readFileSync(path)), path };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `${path} not found; run npm run build:ip`
        : `${path}: ${err instanceof Error ? err.message : String(err)}`;
    result = { ok: false, reason, path };
  }
  cache.set(path, result);
  return result;
}
