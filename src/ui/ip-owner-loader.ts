/**
 * The IP owner table in the browser hosts (task pane, standalone page, Thunderbird popup): separate assets of the
 * add-in (`data/ip-owner/index.bin` and its shards, core/ip-owner/table.ts), so the pane's bundle does not grow.
 * The index (a few KB) and the decoder are fetched as the session starts; a message's shards — the few files its
 * looked-up IPs fall in, some 13 KB gzipped each — before its checklist is drawn, so the first draw is the complete
 * verdict (issue #19). Only from the add-in's own origin, and never sent anywhere (DESIGN, Privacy). When a file
 * cannot be had, the pane says so (`ip.unavailable`) and the checklist is drawn without those owners.
 */
import type { IpOwnerIndex, IpOwnerTable } from '../core/ip-owner/table';
import type { IpOwner } from '../core/report';
import { ipKind } from '../core/parse/ip';
import type { Notice } from './pane';

/** The part of `fetch` used here (tests pass a stand-in). */
export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'arrayBuffer'>>;

const DEFAULT_IP_TABLE_DIR = 'data/ip-owner/';

/**
 * How long a first draw waits for the table's files before it goes ahead without them (and says so). A pane on a
 * working server has them in milliseconds; a hung request must not keep the reader from the checklist.
 */
const FETCH_TIMEOUT_MS = 4000;

/** The table's files as a host fetches them. Each rejects with an Error saying what went wrong. */
export interface IpOwnerSource {
  /** The index and the table over it (shards are asked of `shards`), fetched once and kept. */
  index(): Promise<IpOwnerIndex>;
  /** A shard's bytes, by its file name. */
  shard(file: string): Promise<ArrayBuffer>;
}

/**
 * The table's files under `dir`, which must be relative to the page (same origin): an absolute or protocol-relative
 * URL is refused, so the data can never be fetched from elsewhere.
 */
export function ipOwnerSource(
  dir: string = DEFAULT_IP_TABLE_DIR,
  fetchFn: FetchLike = (u) => fetch(u),
  timeoutMs: number = FETCH_TIMEOUT_MS,
): IpOwnerSource {
  let index: Promise<IpOwnerIndex> | undefined;
  // The decoder comes with the data (its own chunk in the pane), asked for at once with the index.
  const decoder = () => import(/* webpackChunkName: "ip-owner" */ '../core/ip-owner/table');
  return {
    index() {
      index ??= Promise.all([fetchBytes(dir + 'index.bin', fetchFn, timeoutMs), decoder()]).then(
        ([bytes, { decodeIpOwnerIndex }]) => readable(dir + 'index.bin', () => decodeIpOwnerIndex(bytes)),
      );
      return index;
    },
    shard: (file) => fetchBytes(dir + file, fetchFn, timeoutMs),
  };
}

async function fetchBytes(url: string, fetchFn: FetchLike, timeoutMs: number): Promise<ArrayBuffer> {
  if (!isSameOriginRelative(url))
    throw new Error(
      `IP network data: refusing to load ${url}: only a relative URL on the add-in's own origin is allowed`,
    );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    const response = await Promise.race([fetchFn(url), timeout]);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await Promise.race([response.arrayBuffer(), timeout]);
  } catch (err) {
    throw new Error(
      `IP network data could not be fetched from ${url}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  } finally {
    clearTimeout(timer);
  }
}

function readable<T>(url: string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    throw new Error(`IP network data at ${url} is unreadable: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
}

/**
 * A path relative to the page: no scheme (`https:`, `data:`, `javascript:`), not protocol-relative (`//host`), no
 * backslashes (browsers read `\\host` and `/\host` as `//host`), no spaces or control characters (URL parsing drops
 * tabs and newlines anywhere, so `/\t/host` is `//host`). In a page, the resolved URL must also keep its origin.
 * @internal the URLs it refuses are tested directly
 */
export function isSameOriginRelative(url: string): boolean {
  if (!url || url.length > 2048 || url.includes('\\') || url.startsWith('//')) return false;
  for (let i = 0; i < url.length; i++) if (url.charCodeAt(i) <= 0x20 || url.charCodeAt(i) === 0x7f) return false;
  const colon = url.indexOf(':');
  // A colon after the first '/', '?' or '#' is part of the path or query, not a scheme.
  const firstSeparator = url.search(/[/?#]/);
  if (colon >= 0 && (firstSeparator < 0 || firstSeparator > colon)) return false;
  if (typeof location === 'undefined' || !location.origin || location.origin === 'null') return true;
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * What a session keeps of the table. `lookup` goes to `analyze`: it answers from the shards already in; for an IP
 * whose shard is not, it notes the IP and throws (the checks then leave the owner out — unknown, not "not in the
 * data"). `fetchMissing` then fetches what the analysis asked for, and the session analyses again before drawing:
 * the lookups themselves say which IPs the checks need, so no list of them is kept apart from the checks.
 */
export interface IpOwnerState {
  lookup: (ip: string) => IpOwner | undefined;
  /** Whether a lookup since the last fetch asked for data not yet in (and not already failed). */
  missing(): boolean;
  /** Fetches the index and the shards the missed lookups need; never rejects. True when a shard came in. */
  fetchMissing(): Promise<boolean>;
  /**
   * Fetches the shards of these IPs (a guess at what the checks will look up: receivedIpHints) after the index (the
   * one the session asked for as it started); settles (never rejects) when they are in or failed. The session waits
   * for it before a message's first analysis, so that analysis has their owners (and the attribution, or the notice).
   */
  prefetch(ips: readonly string[]): Promise<void>;
  /**
   * The index and the decoder, fetched once (the session asks as it starts, and waits for them before its first
   * drawing: the attribution, or the notice, is then in it too). Never rejects.
   */
  ready(): Promise<void>;
  /** `ip.unavailable` once a file could not be had. */
  readonly notice: Notice | undefined;
  /** The data's date and sources once the index is in: CC BY 4.0 asks for them wherever results are shown. */
  readonly attribution: { source: string; date: string } | undefined;
}

class NotLoaded extends Error {}

/** At most this much of a header block is scanned for hints, and this many IPs are hinted. */
const HINT_SCAN_CHARS = 64 * 1024;
const MAX_HINTS = 8;

/**
 * The public IPs written in square brackets in a message's Received fields (`from host (rdns [52.140.217.90])`),
 * first ones first: where the origin checks' IPs come from. Only a hint for prefetching — the checks' own lookups
 * decide what is needed — so a plain bounded scan, no parsing of the fields.
 */
export function receivedIpHints(headers: string): string[] {
  const hints: string[] = [];
  const text = headers.length > HINT_SCAN_CHARS ? headers.slice(0, HINT_SCAN_CHARS) : headers;
  let inReceived = false;
  let from = 0;
  while (from < text.length && hints.length < MAX_HINTS) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    from = end + 1;
    const continued = line.startsWith(' ') || line.startsWith('\t');
    if (!continued) inReceived = line.slice(0, 9).toLowerCase() === 'received:';
    if (!inReceived) continue;
    for (let open = line.indexOf('['); open >= 0 && hints.length < MAX_HINTS; open = line.indexOf('[', open + 1)) {
      const close = line.indexOf(']', open);
      if (close < 0 || close - open > 60) continue;
      const ip = line.slice(open + 1, close).replace(/^ipv6:/i, '');
      if (ipKind(ip) === 'public' && !hints.includes(ip)) hints.push(ip);
    }
  }
  return hints;
}

export function ipOwnerState(source: IpOwnerSource): IpOwnerState {
  let index: IpOwnerIndex | undefined;
  let table: IpOwnerTable | undefined;
  let indexFailed = false;
  const shards = new Map<string, ArrayBuffer>();
  const failed = new Set<string>();
  const missed = new Set<string>();
  let notice: Notice | undefined;
  const fail = (): void => void (notice ??= { intent: 'info', key: 'ip.unavailable' });

  let indexing: Promise<void> | undefined;
  const loadIndex = (): Promise<void> => (indexing ??= readIndex());
  const readIndex = async (): Promise<void> => {
    try {
      const loaded = await source.index();
      const { openIpOwnerTable } = await import(/* webpackChunkName: "ip-owner" */ '../core/ip-owner/table');
      table = openIpOwnerTable(loaded, (file) => {
        const bytes = shards.get(file);
        if (!bytes) throw new NotLoaded(`IP network data ${file} is not loaded`);
        return bytes;
      });
      index = loaded;
    } catch {
      indexFailed = true;
      fail();
    }
  };

  /** One request per shard, however many ask for it meanwhile; settles (never rejects) when the shard is in or failed. */
  const inflight = new Map<string, Promise<void>>();
  const fetchShard = (file: string): Promise<void> => {
    let pending = inflight.get(file);
    if (!pending) {
      pending = source.shard(file).then(
        (bytes) => void shards.set(file, bytes),
        () => {
          failed.add(file);
          fail();
        },
      );
      inflight.set(file, pending);
      void pending.then(() => inflight.delete(file));
    }
    return pending;
  };

  return {
    lookup(ip) {
      if (table) {
        const file = index!.shardOf(ip);
        if (file === undefined) return undefined;
        if (shards.has(file)) {
          try {
            return table.lookup(ip);
          } catch (err) {
            // A corrupt shard: said once, and its lookups fail (the owners left out), as a missing one's do.
            shards.delete(file);
            failed.add(file);
            fail();
            throw err;
          }
        }
        if (!failed.has(file)) missed.add(ip);
      } else if (!indexFailed) {
        missed.add(ip);
      }
      throw new NotLoaded('IP network data is not loaded');
    },
    missing: () => missed.size > 0,
    async fetchMissing() {
      const ips = [...missed];
      missed.clear();
      await loadIndex();
      if (!index) return false;
      const files = new Set<string>();
      for (const ip of ips) {
        const file = index.shardOf(ip);
        if (file !== undefined && !shards.has(file) && !failed.has(file)) files.add(file);
      }
      await Promise.all([...files].map(fetchShard));
      return [...files].some((file) => shards.has(file));
    },
    async prefetch(ips) {
      await loadIndex();
      await Promise.all(
        ips.map(async (ip) => {
          const file = index?.shardOf(ip);
          if (file === undefined || shards.has(file) || failed.has(file)) return;
          await fetchShard(file);
          // Decoded as it comes in, while the message's other data is on its way, not by the drawn analysis's first
          // lookup; a corrupt shard's error stays with the table, for that lookup to meet.
          try {
            table?.lookup(ip);
          } catch {
            // said by the analysis's lookup
          }
        }),
      );
    },
    ready: loadIndex,
    get notice() {
      return notice;
    },
    get attribution() {
      return index && { source: index.source, date: index.dataDate };
    },
  };
}
