/**
 * The CLI's IP owner table: the folder `dist/data/ip-owner/` (index.bin and its shards), built by `npm run build:ip`
 * beside the bundle (dist/cli/phish-inspector.cjs → dist/data/). The index (a few KB: the data's date, sources and
 * where each shard starts) is read at start-up; a shard is read, synchronously, the first time an IP in it is looked
 * up — a run on one message reads one or two of them, never megabytes (issue #19). A missing or broken index is not
 * an error — the analysis runs without network owners and the caller prints one note; a shard that cannot be read
 * makes its lookups fail, and the checks then leave the owner out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  IP_OWNER_DIR,
  IP_OWNER_INDEX,
  decodeIpOwnerIndex,
  openIpOwnerTable,
  type IpOwnerTable,
} from '../core/ip-owner/table';

export type IpTableResult =
  | {
      ok: true;
      table: IpOwnerTable;
      path: string;
      /** The shard files read so far, in the order they were first needed. */
      shardsRead: readonly string[];
    }
  | { ok: false; reason: string; path: string };

const TABLE_DIR = join('data', IP_OWNER_DIR);

/**
 * Where the table is: next to the bundle (`<dir of phish-inspector.cjs>/../data/ip-owner`); when running from the
 * source tree (tests, tsx) `src/cli/../../dist/data/ip-owner`, where `npm run build` puts it.
 * @internal
 */
export function defaultIpTablePath(): string {
  const here = moduleDir();
  const besideBundle = join(here, '..', TABLE_DIR);
  const inDist = join(here, '..', '..', 'dist', TABLE_DIR);
  if (existsSync(besideBundle)) return besideBundle;
  if (existsSync(inDist)) return inDist;
  // Neither built yet: name the folder the user should build (the bundle's neighbour, or dist/ from the sources).
  return /[\\/]dist[\\/]cli$/.test(here) ? besideBundle : inDist;
}

/** The bundle is CommonJS (`__dirname` is real there); the source runs as ESM (`import.meta.url`). */
function moduleDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

const cache = new Map<string, IpTableResult>();

/** Reads the table's index once per folder, and its shards as lookups need them; never throws. */
export function loadIpTable(path: string = defaultIpTablePath()): IpTableResult {
  const cached = cache.get(path);
  if (cached) return cached;
  const indexFile = join(path, IP_OWNER_INDEX);
  let result: IpTableResult;
  try {
    const index = decodeIpOwnerIndex(readFileSync(indexFile));
    const shardsRead: string[] = [];
    const table = openIpOwnerTable(index, (file) => {
      const bytes = readFileSync(join(path, file));
      shardsRead.push(file);
      return bytes;
    });
    result = { ok: true, table, path, shardsRead };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `${indexFile} not found; run npm run build:ip`
        : `${indexFile}: ${err instanceof Error ? err.message : String(err)}`;
    result = { ok: false, reason, path };
  }
  cache.set(path, result);
  return result;
}
