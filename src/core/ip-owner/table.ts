/**
 * The IP owner table: which network (AS number, organisation) and country an IP address belongs to, read from the
 * compact binary files that scripts/build-ip-table.ts makes out of the @ip-location-db CSVs. Pure: the host reads or
 * fetches the bytes, this decodes them and answers lookups synchronously (binary search, no BigInt).
 *
 * Version 2 is sharded so that a message costs only the few files its IPs fall in (issue #19: the CLI starts without
 * reading megabytes, the task pane fetches a few KB before its first draw instead of 7.7 MB after it). Each family's
 * address space is cut into consecutive shards of about the same size; each shard is self-contained (its own
 * countries, organisations and networks), and a small index lists where each shard starts.
 *
 * "uv" is an unsigned LEB128 varint (at most 32 bits), "str" is uv byte length + UTF-8.
 *
 *   index (ip-owner/index.bin):
 *     magic "IPOI", version u8 = 2
 *     dataDate str                       the data's date, YYYY-MM-DD (from the packages' versions)
 *     source str                         the attribution the data's licences ask for
 *     IPv4 shards: uv n, n × uv start delta          the first shard starts at 0.0.0.0
 *     IPv6 shards: uv n, n starts (below)            the first shard starts at ::
 *   shard (ip-owner/<shardFileName>):
 *     magic "IPOS", version u8 = 2, family u8 (4 or 6)
 *     countries: uv n, n × 2 ASCII bytes         country index 1..n; 0 = none
 *     orgs: uv n, n × (uv shared, uv length, length bytes)
 *                                                org index 1..n, sorted; each name's UTF-8 bytes are its first
 *                                                `shared` bytes of the name before, then the bytes given
 *     networks: uv n, n × uv asn delta, n × uv org
 *                                                network index 1..n (one per AS number + name, by AS number); 0 = none
 *     ranges: uv n, n starts (IPv4: uv delta; IPv6: below), n × uv network, n × u8 country
 *
 * Each family is a step function: range i runs from start i to start i+1 − 1 (the last to the end of its shard, the
 * last shard's to the end of the family); gaps are ranges with network 0 and country 0, so a lookup is "the last
 * start ≤ ip" — first among the shards, then in the shard, whose first range begins where the index says it does.
 * Starts are coded against the previous one (from 0 for the first). IPv6 starts are four 32-bit words, written
 * against the previous start (sorted, so the first word that differs grew): uv (w0 − p0); if that is 0, uv (w1 − p1),
 * else w1, w2, w3 as they are; and so on down the words. Columns rather than rows: gzip packs each column's
 * repetition far better. Ranges with the same owner are merged by the build, so the table stays small.
 */
import type { IpOwner } from '../report';

export const INDEX_MAGIC = 'IPOI';
export const SHARD_MAGIC = 'IPOS';
export const TABLE_VERSION = 2;

/** Where a table's files sit, relative to the data folder (dist/data/ beside the pages and the CLI's bundle). */
export const IP_OWNER_DIR = 'ip-owner';
export const IP_OWNER_INDEX = 'index.bin';

/** The index: the data's date and sources, and which shard file holds an IP. */
export interface IpOwnerIndex {
  /** The date of the data, YYYY-MM-DD. */
  readonly dataDate: string;
  /** The attribution to show wherever results are displayed (CC BY 4.0). */
  readonly source: string;
  /** Shard counts, for reports and tests. */
  readonly counts: { v4: number; v6: number };
  /** The shard file an IP falls in (`4-34000000.bin`), or undefined when the text is not an IP. */
  shardOf(ip: string): string | undefined;
  /** Every shard file, in address order (IPv4 first). */
  files(): string[];
  /** The number of the shard holding the address parseIpWords read (IPv4 shards first, then IPv6). */
  shardNumber(kind: 4 | 6, words: Uint32Array): number;
  /** The file of shard number `n`. */
  fileOf(n: number): string;
}

export interface IpOwnerTable {
  /**
   * The network and country of an IP (IPv4, IPv6, IPv4-mapped IPv6); undefined when not an IP or not in the data.
   * Throws when the IP's shard cannot be had (not read or fetched, or corrupt): "unknown", never "not in the data".
   */
  lookup(ip: string): IpOwner | undefined;
  /** The date of the data, YYYY-MM-DD. */
  readonly dataDate: string;
  /** The attribution to show wherever results are displayed (CC BY 4.0). */
  readonly source: string;
}

/** The file name of the shard whose first range starts at `start` (IPv4: words[0]; IPv6: words[0..3]). */
export function shardFileName(family: 4 | 6, start: ArrayLike<number>): string {
  let hex = '';
  for (let w = 0; w < (family === 4 ? 1 : 4); w++) hex += (start[w]! >>> 0).toString(16).padStart(8, '0');
  return `${family}-${hex}.bin`;
}

/** One family's ranges, decoded. */
interface Family {
  /** v4: one word per start; v6: four words per start (most significant first). */
  starts: Uint32Array;
  network: Uint32Array;
  country: Uint8Array;
  count: number;
}

/** Reads the index's bytes. Throws a plain-language Error when they are not an index of this version. */
export function decodeIpOwnerIndex(data: ArrayBuffer | Uint8Array): IpOwnerIndex {
  const r = new Reader(data instanceof Uint8Array ? data : new Uint8Array(data));
  readHeader(r, INDEX_MAGIC, 'index');
  const dataDate = r.str();
  const source = r.str();
  const v4 = readStarts(r, 1);
  const v6 = readStarts(r, 4);
  if (r.pos !== r.length) throw new Error('IP owner index has trailing bytes (corrupt or wrong file)');
  for (const [family, starts] of [v4, v6].entries())
    if (starts.count === 0 || starts.starts.some((w, i) => i < (family ? 4 : 1) && w !== 0))
      throw new Error('IP owner index does not start at the first address (corrupt)');
  const name = (family: 4 | 6, i: number): string =>
    family === 4
      ? shardFileName(4, v4.starts.subarray(i, i + 1))
      : shardFileName(6, v6.starts.subarray(i * 4, i * 4 + 4));
  const words = new Uint32Array(4);
  const index: IpOwnerIndex = {
    dataDate,
    source,
    counts: { v4: v4.count, v6: v6.count },
    shardOf(ip: string): string | undefined {
      const kind = parseIpWords(ip, words);
      if (kind === 4) return name(4, findV4(v4, words[0]!));
      if (kind === 6) return name(6, findV6(v6, words));
      return undefined;
    },
    files(): string[] {
      const all: string[] = [];
      for (let i = 0; i < v4.count; i++) all.push(name(4, i));
      for (let i = 0; i < v6.count; i++) all.push(name(6, i));
      return all;
    },
    shardNumber: (kind, at) => (kind === 4 ? findV4(v4, at[0]!) : v4.count + findV6(v6, at)),
    fileOf: (n) => (n < v4.count ? name(4, n) : name(6, n - v4.count)),
  };
  return index;
}

/**
 * The table over an index: each shard is asked of `shardBytes` (by file name) the first time an IP in it is looked
 * up, decoded once and kept. `shardBytes` throws when it cannot give the shard (the CLI's file is missing; the task
 * pane has not fetched it): the lookup then throws too, and is asked again next time. A corrupt shard throws each time.
 */
export function openIpOwnerTable(
  index: IpOwnerIndex,
  shardBytes: (file: string) => ArrayBuffer | Uint8Array,
): IpOwnerTable {
  // Shards by number (IPv4 first, then IPv6): a lookup finds its shard by binary search, and names it only to read it.
  const shards: (Shard | Error | undefined)[] = new Array(index.counts.v4 + index.counts.v6);
  const words = new Uint32Array(4);
  return {
    dataDate: index.dataDate,
    source: index.source,
    lookup(ip: string): IpOwner | undefined {
      const kind = parseIpWords(ip, words);
      if (kind === 0) return undefined;
      const n = index.shardNumber(kind, words);
      let shard = shards[n];
      if (shard === undefined) {
        const file = index.fileOf(n);
        const bytes = shardBytes(file);
        try {
          shard = decodeShard(bytes, file);
        } catch (err) {
          shard = new Error(`IP owner data ${file} is unreadable: ${err instanceof Error ? err.message : String(err)}`);
        }
        shards[n] = shard;
      }
      if (shard instanceof Error) throw shard;
      return shard.lookup(kind, words);
    },
  };
}

interface Shard {
  /** The owner of the address parseIpWords read into `words`, which lies in this shard. */
  lookup(kind: 4 | 6, words: Uint32Array): IpOwner | undefined;
}

/** One shard's bytes, checked against the file name it was asked for (family and first start). */
function decodeShard(data: ArrayBuffer | Uint8Array, file: string): Shard {
  const r = new Reader(data instanceof Uint8Array ? data : new Uint8Array(data));
  readHeader(r, SHARD_MAGIC, 'shard');
  const family = r.u8();
  if (family !== 4 && family !== 6) throw new Error(`IP owner shard has an unknown family ${family} (corrupt)`);

  const countries = [''];
  for (let i = r.count(); i > 0; i--) countries.push(String.fromCharCode(r.u8(), r.u8()));

  const orgNames = readOrgNames(r);
  const orgCount = orgNames.count;

  const networkCount = r.count();
  const asns = new Uint32Array(networkCount + 1);
  const orgs = new Uint32Array(networkCount + 1);
  for (let i = 1; i <= networkCount; i++) {
    asns[i] = asns[i - 1]! + r.uv();
    if (asns[i]! < asns[i - 1]!) throw new Error('IP owner shard has an AS number out of range (corrupt)');
  }
  for (let i = 1; i <= networkCount; i++) orgs[i] = checkIndex(r.uv(), orgCount, 'org');

  const ranges = readFamily(r, family === 4 ? 1 : 4, networkCount, countries.length - 1);
  if (r.pos !== r.length) throw new Error('IP owner shard has trailing bytes (corrupt or wrong file)');
  if (ranges.count === 0 || shardFileName(family, ranges.starts.subarray(0, family === 4 ? 1 : 4)) !== file)
    throw new Error(`IP owner shard does not begin where ${file} should (wrong file)`);

  const owner = (i: number): IpOwner | undefined => {
    const net = ranges.network[i]!;
    const cc = ranges.country[i]!;
    if (net === 0 && cc === 0) return undefined;
    const result: IpOwner = {};
    if (net !== 0) {
      result.asn = asns[net]!;
      const org = orgNames.name(orgs[net]!);
      if (org) result.org = org;
    }
    if (cc !== 0) result.country = countries[cc]!;
    return result;
  };

  return {
    lookup(kind: 4 | 6, words: Uint32Array): IpOwner | undefined {
      if (kind !== family) return undefined;
      const i = kind === 4 ? findV4(ranges, words[0]!) : findV6(ranges, words);
      return i < 0 ? undefined : owner(i);
    },
  };
}

function readHeader(r: Reader, magic: string, what: string): void {
  const found = String.fromCharCode(r.u8(), r.u8(), r.u8(), r.u8());
  if (found !== magic) throw new Error(`not an IP owner ${what} (wrong magic bytes)`);
  const version = r.u8();
  if (version !== TABLE_VERSION)
    throw new Error(`IP owner ${what} version ${version} is not supported (expected ${TABLE_VERSION})`);
}

/**
 * Front-coded org names, unpacked at load into one byte buffer (fast copies) and turned into strings on first use:
 * a shard holds hundreds of names, of which a message needs one or two.
 */
function readOrgNames(r: Reader): { count: number; name: (index: number) => string | undefined } {
  const count = r.count();
  const ends = new Uint32Array(count + 1);
  let buffer = new Uint8Array(1 << 12);
  let end = 0;
  let prevStart = 0;
  for (let i = 1; i <= count; i++) {
    const shared = r.uv();
    const length = r.uv();
    if (shared > end - prevStart) throw new Error('IP owner shard has a malformed organisation name (corrupt)');
    const suffix = r.take(length);
    if (end + shared + length > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, end + shared + length));
      grown.set(buffer.subarray(0, end));
      buffer = grown;
    }
    buffer.copyWithin(end, prevStart, prevStart + shared);
    buffer.set(suffix, end + shared);
    prevStart = end;
    end += shared + length;
    ends[i] = end;
  }
  const names: (string | undefined)[] = new Array(count + 1);
  const decoder = new TextDecoder();
  const name = (index: number): string | undefined => {
    if (index < 1 || index > count) return undefined;
    return (names[index] ??= decoder.decode(buffer.subarray(ends[index - 1]!, ends[index]!)));
  };
  return { count, name };
}

function checkIndex(value: number, max: number, what: string): number {
  if (value > max) throw new Error(`IP owner shard refers to ${what} ${value} of ${max} (corrupt)`);
  return value;
}

/** A sorted column of starts (see the format above): the index's shard starts, or a shard's range starts. */
function readStarts(r: Reader, width: 1 | 4): Pick<Family, 'starts' | 'count'> {
  const count = r.count();
  const starts = new Uint32Array(count * width);
  if (width === 1) {
    let prev = 0;
    for (let i = 0; i < count; i++) {
      const next = prev + r.uv();
      if (next > 0xffffffff || (i > 0 && next === prev))
        throw new Error('IP owner table has unsorted IPv4 ranges (corrupt)');
      starts[i] = prev = next;
    }
  } else {
    readV6Starts(r, starts, count);
  }
  return { starts, count };
}

function readFamily(r: Reader, width: 1 | 4, networkCount: number, countryCount: number): Family {
  const { starts, count } = readStarts(r, width);
  const network = new Uint32Array(count);
  for (let i = 0; i < count; i++) network[i] = checkIndex(r.uv(), networkCount, 'network');
  const country = r.take(count);
  for (let i = 0; i < count; i++) checkIndex(country[i]!, countryCount, 'country');
  return { starts, network, country, count };
}

/** The lexicographic delta coding of 128-bit starts (see the format above). */
function readV6Starts(r: Reader, starts: Uint32Array, count: number): void {
  const prev = [0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    let k = 0;
    let delta = r.uv();
    while (delta === 0 && k < 3) {
      k++;
      delta = r.uv();
    }
    if (delta === 0 && i > 0) throw new Error('IP owner table has unsorted IPv6 ranges (corrupt)');
    const grown = prev[k]! + delta;
    if (grown > 0xffffffff) throw new Error('IP owner table has an IPv6 start out of range (corrupt)');
    prev[k] = grown;
    for (let j = k + 1; j < 4; j++) prev[j] = r.uv();
    for (let j = 0; j < 4; j++) starts[i * 4 + j] = prev[j]!;
  }
}

/** Index of the last range starting at or below `ip`, or −1. */
function findV4(family: Pick<Family, 'starts' | 'count'>, ip: number): number {
  const starts = family.starts;
  let lo = 0;
  let hi = family.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= ip) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function findV6(family: Pick<Family, 'starts' | 'count'>, ip: Uint32Array): number {
  const starts = family.starts;
  let lo = 0;
  let hi = family.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (compareV6(starts, mid * 4, ip) <= 0) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function compareV6(starts: Uint32Array, at: number, ip: Uint32Array): number {
  for (let j = 0; j < 4; j++) {
    const a = starts[at + j]!;
    const b = ip[j]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

const MAX_IP_TEXT = 64;

/**
 * Reads an IP written in standard notation into 32-bit words: IPv4 into words[0] (returns 4), IPv6 into words[0..3]
 * (returns 6); IPv4-mapped IPv6 (`::ffff:1.2.3.4`) counts as IPv4. Returns 0 for anything else. Never throws; the
 * input may come from a message, so it is bounded and read without regular expressions.
 */
export function parseIpWords(ip: string, words: Uint32Array): 0 | 4 | 6 {
  if (typeof ip !== 'string' || ip.length === 0 || ip.length > MAX_IP_TEXT) return 0;
  if (ip.indexOf(':') < 0) {
    const v4 = parseV4(ip);
    if (v4 < 0) return 0;
    words[0] = v4;
    return 4;
  }
  if (!parseV6(ip, words)) return 0;
  if (words[0] === 0 && words[1] === 0 && words[2] === 0xffff) {
    words[0] = words[3]!;
    return 4;
  }
  return 6;
}

/** Dotted-quad IPv4 as an unsigned 32-bit number, or −1. */
function parseV4(s: string): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || ++dots > 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

const HEXTETS = new Uint16Array(8);

/** IPv6 (with `::` and an optional dotted IPv4 tail) into four words, one pass, no allocation. */
function parseV6(s: string, words: Uint32Array): boolean {
  const h = HEXTETS;
  const len = s.length;
  let n = 0; // groups read
  let gap = -1; // where `::` stands, in groups
  let i = 0;
  if (s.charCodeAt(0) === 58) {
    if (s.charCodeAt(1) !== 58) return false;
    gap = 0;
    i = 2;
  }
  while (i < len) {
    if (n >= 8) return false;
    const start = i;
    let value = 0;
    for (let d = hexDigit(s.charCodeAt(i)); d >= 0 && i < len; d = hexDigit(s.charCodeAt(++i))) value = value * 16 + d;
    if (s.charCodeAt(i) === 46) {
      // The dotted IPv4 tail (`::ffff:1.2.3.4`): two groups, and the end of the address.
      const v4 = n <= 6 ? parseV4(s.slice(start)) : -1;
      if (v4 < 0) return false;
      h[n++] = v4 >>> 16;
      h[n++] = v4 & 0xffff;
      break;
    }
    if (i === start || i - start > 4) return false;
    h[n++] = value;
    if (i === len) break;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    if (s.charCodeAt(i) === 58) {
      if (gap >= 0) return false; // a second `::`
      gap = n;
      i++;
    } else if (i === len) {
      return false; // a trailing single colon
    }
  }
  if (gap < 0 ? n !== 8 : n > 7) return false;
  if (gap >= 0) {
    // Move the groups after `::` to the end and zero the gap.
    const zeros = 8 - n;
    for (let k = 7; k >= gap + zeros; k--) h[k] = h[k - zeros]!;
    for (let k = gap; k < gap + zeros; k++) h[k] = 0;
  }
  for (let w = 0; w < 4; w++) words[w] = ((h[w * 2]! << 16) | h[w * 2 + 1]!) >>> 0;
  return true;
}

/** The value of a hex digit's char code, or −1 (NaN, past the end, is not one either). */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** A bounds-checked cursor over the table's bytes: a truncated file is an error, never a read past its end. */
class Reader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get length(): number {
    return this.bytes.length;
  }

  u8(): number {
    if (this.pos >= this.bytes.length) throw new Error('IP owner table is truncated');
    return this.bytes[this.pos++]!;
  }

  uv(): number {
    const bytes = this.bytes;
    let pos = this.pos;
    let value = 0;
    let scale = 1;
    for (let n = 0; n < 5; n++) {
      if (pos >= bytes.length) throw new Error('IP owner table is truncated');
      const b = bytes[pos++]!;
      if (b < 0x80) {
        value += b * scale;
        if (value > 0xffffffff) break;
        this.pos = pos;
        return value;
      }
      value += (b - 0x80) * scale;
      scale *= 128;
    }
    throw new Error('IP owner table has a malformed number (corrupt)');
  }

  /** A count of items that each take at least one byte: larger than what is left means a corrupt file. */
  count(): number {
    const n = this.uv();
    if (n > this.bytes.length - this.pos) throw new Error('IP owner table is truncated');
    return n;
  }

  take(length: number): Uint8Array {
    if (length > this.bytes.length - this.pos) throw new Error('IP owner table is truncated');
    this.pos += length;
    return this.bytes.subarray(this.pos - length, this.pos);
  }

  str(): string {
    return new TextDecoder().decode(this.take(this.uv()));
  }
}
