/**
 * Builds the IP owner table (dist/data/ip-owner/: index.bin and its shards) from the pinned CSV packages:
 *   @ip-location-db/asn                      IP range → AS number, organisation (RouteViews + DB-IP + NRO, CC BY 4.0)
 *   @ip-location-db/geo-whois-asn-country    IP range → country (GeoFeed + NRO whois + ASN)
 * The two use different range boundaries; both become step functions over the address space, merged so a range
 * ends wherever either the network or the country changes, and neighbouring ranges with the same pair are joined.
 * Each family is then cut into shards of about SHARD_BYTES, so that a message costs only the files its IPs fall in.
 * The format is described (and read) in src/core/ip-owner/table.ts. Updating the data = bumping the two packages.
 *
 *   npm run build:ip                         → dist/data/ip-owner/, prints counts, sizes and time
 *   tsx scripts/build-ip-table.ts --out DIR [--shard-bytes N]
 *
 * `buildIpTable` takes CSV text, so tests build a table from a small sample (test/fixtures/ip-*.csv).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  INDEX_MAGIC,
  IP_OWNER_DIR,
  IP_OWNER_INDEX,
  SHARD_MAGIC,
  TABLE_VERSION,
  parseIpWords,
  shardFileName,
} from '../src/core/ip-owner/table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The licences (CC BY 4.0: RouteViews, DB-IP, NRO) ask for attribution wherever results are shown. */
export const DATA_SOURCE = 'RouteViews + DB-IP (db-ip.com) + NRO (CC BY 4.0)';

export interface IpTableInput {
  /** CSV text: start,end,asn,org — IPv4 and IPv6 (text or numeric IPv4 notation). */
  asnV4: string;
  asnV6: string;
  /** CSV text: start,end,country. */
  countryV4: string;
  countryV6: string;
  /** YYYY-MM-DD. */
  dataDate: string;
  source?: string;
}

export interface IpTableStats {
  v4Ranges: number;
  v6Ranges: number;
  networks: number;
  orgs: number;
  countries: number;
  /** Shard files per family. */
  v4Shards: number;
  v6Shards: number;
  /** CSV rows inside or across an earlier row (the more specific one wins for its span). */
  overlaps: number;
  /** Rows that could not be read (bad IP, end before start, IPv4-mapped rows in an IPv6 file). */
  skipped: number;
}

/** The built table: the index and every shard, by file name (all under IP_OWNER_DIR). */
export interface BuiltIpTable {
  index: Uint8Array;
  shards: Map<string, Uint8Array>;
  stats: IpTableStats;
}

interface Range {
  start: bigint;
  end: bigint;
  value: string;
}

/** [start, value index] pairs covering the whole family from 0; index 0 = no data. */
type Steps = { starts: bigint[]; values: number[] };

/** One family merged: range i starts at starts[i], with network a[i] and country b[i] (indexes; 0 = none). */
type Merged = { starts: bigint[]; a: number[]; b: number[] };

const FAMILY_MAX = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n } as const;

/**
 * About how many bytes a shard holds (raw; about 40 % of that gzipped). Measured on the 2026-06 data: 32 KB makes
 * some 330 files, 12–15 KB gzipped each — what a message's two or three IPs cost the task pane before its first
 * draw — for 9 % more bytes in all than one file (each shard repeats the names it uses).
 */
export const SHARD_BYTES = 32 * 1024;

export function buildIpTable(input: IpTableInput, shardBytes = SHARD_BYTES): BuiltIpTable {
  const counter = { overlaps: 0, skipped: 0 };
  const networks = new Interner();
  const countries = new Interner();
  const families = ([4, 6] as const).map((family) => {
    const asn = family === 4 ? input.asnV4 : input.asnV6;
    const cc = family === 4 ? input.countryV4 : input.countryV6;
    const asnRanges = readRanges(
      asn,
      family,
      (f) => (f.length >= 3 && /^\d+$/.test(f[2]!) && f[2] !== '0' ? `${f[2]}\t${f.slice(3).join(',')}` : undefined),
      counter,
    );
    const ccRanges = readRanges(cc, family, (f) => (f[2] && /^[A-Z]{2}$/.test(f[2]) ? f[2] : undefined), counter);
    const a = toSteps(asnRanges, family, networks, counter);
    const b = toSteps(ccRanges, family, countries, counter);
    return mergeSteps(a, b);
  });
  if (countries.size > 255) throw new Error(`${countries.size} countries do not fit the u8 country column`);

  const shards = new Map<string, Uint8Array>();
  const shardStarts = families.map((merged, i) => {
    const family = i === 0 ? 4 : 6;
    const cuts = cutShards(merged, family, networks, shardBytes);
    cuts.forEach((from, k) => {
      const to = cuts[k + 1] ?? merged.starts.length;
      shards.set(
        shardFileName(family, startWords(family, merged.starts[from]!)),
        writeShard(family, merged, from, to, networks, countries),
      );
    });
    return cuts.map((from) => merged.starts[from]!);
  });

  const out = new ByteWriter();
  for (const ch of INDEX_MAGIC) out.u8(ch.charCodeAt(0));
  out.u8(TABLE_VERSION);
  out.str(input.dataDate);
  out.str(input.source ?? DATA_SOURCE);
  shardStarts.forEach((starts, i) => {
    out.uv(starts.length);
    if (i === 0) writeV4Starts(out, starts);
    else writeV6Starts(out, starts);
  });

  const orgs = new Set(networks.keys.map(orgOf));
  return {
    index: out.bytes(),
    shards,
    stats: {
      v4Ranges: families[0]!.starts.length,
      v6Ranges: families[1]!.starts.length,
      networks: networks.size,
      orgs: orgs.size,
      countries: countries.size,
      v4Shards: shardStarts[0]!.length,
      v6Shards: shardStarts[1]!.length,
      ...counter,
    },
  };
}

/**
 * Where each shard begins (range indexes; the first is 0): a new shard once the current one's estimated size
 * reaches `target`. The estimate counts a range's columns and, once per shard, each network's AS number and name.
 */
function cutShards(merged: Merged, family: 4 | 6, networks: Interner, target: number): number[] {
  const perRange = family === 4 ? 6 : 10;
  const cuts = [0];
  let size = 0;
  let seen = new Set<number>();
  for (let i = 0; i < merged.starts.length; i++) {
    if (size >= target) {
      cuts.push(i);
      size = 0;
      seen = new Set();
    }
    size += perRange;
    const net = merged.a[i]!;
    if (net !== 0 && !seen.has(net)) {
      seen.add(net);
      size += 6 + new TextEncoder().encode(orgOf(networks.keys[net - 1]!)).length;
    }
  }
  return cuts;
}

/** A shard: ranges [from, to) of one family, with the countries, organisations and networks they use. */
function writeShard(
  family: 4 | 6,
  merged: Merged,
  from: number,
  to: number,
  networks: Interner,
  countries: Interner,
): Uint8Array {
  const netIds = [...new Set(merged.a.slice(from, to))].filter((n) => n !== 0);
  const ccIds = [...new Set(merged.b.slice(from, to))].filter((c) => c !== 0);
  // Networks in AS number order (the asn column becomes small deltas), org names sorted (each shares a prefix with
  // the one before): measured on the 2026-06 data, 3.01 → 2.74 MB gzipped against first-seen / frequency order.
  const netKeys = netIds.map((n) => networks.keys[n - 1]!);
  netKeys.sort((x, y) => asnOf(x) - asnOf(y) || (x < y ? -1 : x > y ? 1 : 0));
  const netIndex = new Map(netKeys.map((key, i) => [key, i + 1]));
  const orgList = [...new Set(netKeys.map(orgOf))].sort();
  const orgIndex = new Map(orgList.map((org, i) => [org, i + 1]));
  const ccList = ccIds.map((c) => countries.keys[c - 1]!).sort();
  const ccIndex = new Map(ccList.map((code, i) => [code, i + 1]));

  const out = new ByteWriter();
  for (const ch of SHARD_MAGIC) out.u8(ch.charCodeAt(0));
  out.u8(TABLE_VERSION);
  out.u8(family);
  out.uv(ccList.length);
  for (const code of ccList) {
    out.u8(code.charCodeAt(0));
    out.u8(code.charCodeAt(1));
  }
  writeFrontCoded(out, orgList);
  out.uv(netKeys.length);
  let prevAsn = 0;
  for (const key of netKeys) {
    out.uv(asnOf(key) - prevAsn);
    prevAsn = asnOf(key);
  }
  for (const key of netKeys) out.uv(orgIndex.get(orgOf(key))!);
  const starts = merged.starts.slice(from, to);
  out.uv(starts.length);
  if (family === 4) writeV4Starts(out, starts);
  else writeV6Starts(out, starts);
  for (let i = from; i < to; i++) {
    const net = merged.a[i]!;
    out.uv(net === 0 ? 0 : netIndex.get(networks.keys[net - 1]!)!);
  }
  for (let i = from; i < to; i++) {
    const cc = merged.b[i]!;
    out.u8(cc === 0 ? 0 : ccIndex.get(countries.keys[cc - 1]!)!);
  }
  return out.bytes();
}

/** A start as the 32-bit words shardFileName takes. */
function startWords(family: 4 | 6, start: bigint): number[] {
  if (family === 4) return [Number(start)];
  return [96n, 64n, 32n, 0n].map((shift) => Number((start >> shift) & 0xffffffffn));
}

/** One CSV line into fields: commas separate, double quotes enclose, `""` inside quotes is a quote. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          value += line.slice(i);
          i = line.length;
          break;
        }
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      const comma = line.indexOf(',', i);
      i = comma < 0 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

const words = new Uint32Array(4);

/** An IP (text, or a decimal number as in the `-num.csv` files) as a bigint in its family, or undefined. */
function ipValue(text: string, family: 4 | 6): bigint | undefined {
  if (/^\d+$/.test(text)) {
    const n = BigInt(text);
    return n <= FAMILY_MAX[family] ? n : undefined;
  }
  const kind = parseIpWords(text, words);
  if (kind !== family) return undefined; // IPv4-mapped rows in an IPv6 file: looked up as IPv4 anyway
  if (family === 4) return BigInt(words[0]!);
  return (BigInt(words[0]!) << 96n) | (BigInt(words[1]!) << 64n) | (BigInt(words[2]!) << 32n) | BigInt(words[3]!);
}

function readRanges(
  csv: string,
  family: 4 | 6,
  valueOf: (fields: string[]) => string | undefined,
  counter: { skipped: number },
): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  while (from < csv.length) {
    let nl = csv.indexOf('\n', from);
    if (nl < 0) nl = csv.length;
    const line = csv.slice(from, nl).replace(/\r$/, '');
    from = nl + 1;
    if (!line) continue;
    const fields = parseCsvLine(line);
    const start = ipValue(fields[0] ?? '', family);
    const end = ipValue(fields[1] ?? '', family);
    const value = valueOf(fields);
    if (start === undefined || end === undefined || end < start || value === undefined) {
      counter.skipped++;
      continue;
    }
    ranges.push({ start, end, value });
  }
  ranges.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.end > y.end ? -1 : x.end < y.end ? 1 : 0));
  return ranges;
}

/**
 * Sorted ranges → a step function from 0; gaps get value 0. The country CSV nests more specific rows inside broader
 * ones (a GeoFeed /32 inside a whois /23: `…5696-…6207 DE`, `…5967 BE`, `…5968-…6207 DE`): the more specific row
 * wins for its span and the broader one resumes after it, as in longest-prefix routing. Sorting by start, then by
 * end descending puts every container before what it contains; a stack holds the open ones.
 */
function toSteps(ranges: Range[], family: 4 | 6, values: Interner, counter: { overlaps: number }): Steps {
  const starts: bigint[] = [];
  const vals: number[] = [];
  const push = (start: bigint, value: number): void => {
    if (vals.length > 0 && vals[vals.length - 1] === value) return;
    if (starts.length > 0 && starts[starts.length - 1] === start) {
      starts.pop();
      vals.pop();
      if (vals.length > 0 && vals[vals.length - 1] === value) return;
    }
    starts.push(start);
    vals.push(value);
  };
  const open: { end: bigint; value: number }[] = [];
  let cursor = 0n;
  /** Writes the steps for [cursor, pos) from the innermost open range, closing ranges as they end. */
  const fillTo = (pos: bigint): void => {
    while (cursor < pos) {
      const top = open[open.length - 1];
      if (!top) {
        push(cursor, 0);
        cursor = pos;
      } else if (top.end < cursor) {
        open.pop();
      } else {
        push(cursor, top.value);
        cursor = top.end + 1n < pos ? top.end + 1n : pos;
      }
    }
  };
  let coveredTo = -1n;
  for (const r of ranges) {
    if (r.start <= coveredTo) counter.overlaps++;
    if (r.end > coveredTo) coveredTo = r.end;
    fillTo(r.start);
    open.push({ end: r.end, value: values.index(r.value) });
  }
  fillTo(FAMILY_MAX[family] + 1n);
  return { starts, values: vals };
}

/** Two step functions → one: a new range wherever either changes; equal neighbours joined. */
function mergeSteps(a: Steps, b: Steps): Merged {
  const starts: bigint[] = [];
  const va: number[] = [];
  const vb: number[] = [];
  let i = 0;
  let j = 0;
  let curA = 0;
  let curB = 0;
  while (i < a.starts.length || j < b.starts.length) {
    const nextA = a.starts[i];
    const nextB = b.starts[j];
    const pos = nextB === undefined || (nextA !== undefined && nextA <= nextB) ? nextA! : nextB;
    while (i < a.starts.length && a.starts[i] === pos) curA = a.values[i++]!;
    while (j < b.starts.length && b.starts[j] === pos) curB = b.values[j++]!;
    const last = va.length - 1;
    if (last >= 0 && va[last] === curA && vb[last] === curB) continue;
    starts.push(pos);
    va.push(curA);
    vb.push(curB);
  }
  return { starts, a: va, b: vb };
}

function writeV4Starts(out: ByteWriter, starts: bigint[]): void {
  let prev = 0;
  for (const s of starts) {
    const n = Number(s);
    out.uv(n - prev);
    prev = n;
  }
}

/** Lexicographic delta over four 32-bit words (see table.ts). */
function writeV6Starts(out: ByteWriter, starts: bigint[]): void {
  let prev = [0, 0, 0, 0];
  for (const s of starts) {
    const w = [
      Number((s >> 96n) & 0xffffffffn),
      Number((s >> 64n) & 0xffffffffn),
      Number((s >> 32n) & 0xffffffffn),
      Number(s & 0xffffffffn),
    ];
    let k = 0;
    while (k < 3 && w[k] === prev[k]) {
      out.uv(0);
      k++;
    }
    out.uv(w[k]! - prev[k]!);
    for (let m = k + 1; m < 4; m++) out.uv(w[m]!);
    prev = w;
  }
}

/** Values → 1-based indexes, in first-seen order. */
class Interner {
  private readonly map = new Map<string, number>();
  readonly keys: string[] = [];

  get size(): number {
    return this.keys.length;
  }

  index(key: string): number {
    let i = this.map.get(key);
    if (i === undefined) {
      this.keys.push(key);
      i = this.keys.length;
      this.map.set(key, i);
    }
    return i;
  }

  /** The keys in `compare` order; remap[oldIndex] = newIndex. */
  sorted(compare: (x: string, y: string) => number): { order: string[]; remap: number[] } {
    const old = this.keys.map((_, i) => i + 1).sort((x, y) => compare(this.keys[x - 1]!, this.keys[y - 1]!));
    const remap = new Array<number>(this.keys.length + 1).fill(0);
    old.forEach((o, n) => (remap[o] = n + 1));
    return { order: old.map((o) => this.keys[o - 1]!), remap };
  }
}

/** Network keys are `asn<TAB>org`. */
function asnOf(key: string): number {
  return Number(key.slice(0, key.indexOf('\t')));
}

function orgOf(key: string): string {
  return key.slice(key.indexOf('\t') + 1);
}

/** Sorted strings as (bytes shared with the previous one, the rest): UTF-8 bytes, so a character may be split. */
function writeFrontCoded(out: ByteWriter, strings: string[]): void {
  out.uv(strings.length);
  let prev = new Uint8Array(0);
  const encoder = new TextEncoder();
  for (const s of strings) {
    const bytes = encoder.encode(s);
    let shared = 0;
    while (shared < prev.length && shared < bytes.length && prev[shared] === bytes[shared]) shared++;
    out.uv(shared);
    out.uv(bytes.length - shared);
    out.raw(bytes.subarray(shared));
    prev = bytes;
  }
}

class ByteWriter {
  private buf = new Uint8Array(1 << 20);
  private pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  u8(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b;
  }

  uv(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`not a 32-bit unsigned value: ${n}`);
    this.room(5);
    while (n >= 0x80) {
      this.buf[this.pos++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.pos++] = n;
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  str(s: string): void {
    const bytes = new TextEncoder().encode(s);
    this.uv(bytes.length);
    this.raw(bytes);
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

/** The data's date from a package version like `2.3.2026061719` (YYYYMMDDHH): `2026-06-17`. */
export function dateFromVersion(version: string): string | undefined {
  const m = /\.(\d{4})(\d{2})(\d{2})\d{0,2}$/.exec(version);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Reads the two installed packages' CSVs and builds the table. */
export function buildFromPackages(
  modules = join(root, 'node_modules'),
  shardBytes = SHARD_BYTES,
): BuiltIpTable & { dataDate: string } {
  const asnDir = join(modules, '@ip-location-db', 'asn');
  const ccDir = join(modules, '@ip-location-db', 'geo-whois-asn-country');
  const dates = [asnDir, ccDir].map((dir) => {
    const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const date = dateFromVersion(version);
    if (!date) throw new Error(`${dir}: cannot read the data date from version ${version}`);
    return date;
  });
  // The older of the two: the README says how old the shipped data is, so never overstate its freshness.
  const dataDate = dates.sort()[0]!;
  const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
  const built = buildIpTable(
    {
      asnV4: read(asnDir, 'asn-ipv4.csv'),
      asnV6: read(asnDir, 'asn-ipv6.csv'),
      countryV4: read(ccDir, 'geo-whois-asn-country-ipv4.csv'),
      countryV6: read(ccDir, 'geo-whois-asn-country-ipv6.csv'),
      dataDate,
    },
    shardBytes,
  );
  return { ...built, dataDate };
}

/** Writes a built table into `dir` (emptied first: a shard of an earlier build must not linger beside the index). */
export function writeIpTable(dir: string, built: BuiltIpTable): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, IP_OWNER_INDEX), built.index);
  for (const [file, bytes] of built.shards) writeFileSync(join(dir, file), bytes);
}

function main(argv: string[]): void {
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const out = resolve(option('--out') ?? join(root, 'dist', 'data', IP_OWNER_DIR));
  const shardBytes = Number(option('--shard-bytes') ?? SHARD_BYTES);
  const started = performance.now();
  const built = buildFromPackages(undefined, shardBytes);
  writeIpTable(out, built);
  // Version 1's single file (dist/data/ip-owner.bin) is no longer read: leave no stale copy to be shipped.
  const v1 = join(dirname(out), 'ip-owner.bin');
  if (existsSync(v1)) rmSync(v1);
  const { stats, dataDate } = built;
  const seconds = (performance.now() - started) / 1000;
  const sizes = [...built.shards.values()].map((bytes) => ({
    raw: bytes.length,
    gz: gzipSync(bytes, { level: 9 }).length,
  }));
  const total = (key: 'raw' | 'gz'): number => sizes.reduce((sum, s) => sum + s[key], 0);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
  const gz = sizes.map((s) => s.gz).sort((x, y) => x - y);
  console.log(
    `ip-owner table ${out}: data ${dataDate}; ${stats.v4Ranges} IPv4 + ${stats.v6Ranges} IPv6 ranges, ${stats.networks} networks, ` +
      `${stats.countries} countries; ${stats.v4Shards} + ${stats.v6Shards} shards, ${mb(total('raw'))} raw, ` +
      `${mb(total('gz'))} gzipped (a shard ${kb(gz[0]!)}–${kb(gz.at(-1)!)} gzipped, median ${kb(gz[gz.length >> 1]!)}); ` +
      `index ${kb(built.index.length)}; ${seconds.toFixed(1)} s` +
      (stats.overlaps || stats.skipped
        ? `; ${stats.overlaps} nested or overlapping and ${stats.skipped} unreadable CSV rows`
        : ''),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
