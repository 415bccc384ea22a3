/**
 * Loads the IP owner table in the task pane: a separate asset of the add-in (`data/ip-owner.bin`, several MB), so the
 * pane's own bundle does not grow. Fetched from the add-in's own origin only when the pane first needs it, once per
 * page (the promise is cached), and never sent anywhere (DESIGN, Privacy). The pane analyses without it first and
 * again when it arrives; when it fails, the pane says so (`ip.unavailable`) and the checklist stays as it is.
 */
import type { IpOwnerTable } from '../core/ip-owner/table';
import type { IpOwner } from '../core/report';
import type { Notice, Pane } from './pane';

/** The part of `fetch` used here (tests pass a stand-in). */
export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'arrayBuffer'>>;

const DEFAULT_IP_TABLE_URL = 'data/ip-owner.bin';

let pending: { url: string; promise: Promise<IpOwnerTable> } | undefined;

/**
 * The table, loaded once. `url` must be relative to the pane (same origin): an absolute or protocol-relative URL is
 * refused, so the table can never be fetched from elsewhere. A failure rejects with an Error saying what went wrong,
 * and is not cached: a later call tries again.
 */
export function loadIpOwner(
  url: string = DEFAULT_IP_TABLE_URL,
  fetchFn: FetchLike = (u) => fetch(u),
): Promise<IpOwnerTable> {
  if (pending?.url === url) return pending.promise;
  const promise = fetchTable(url, fetchFn);
  pending = { url, promise };
  promise.catch(() => {
    if (pending?.promise === promise) pending = undefined;
  });
  return promise;
}

/**
 * Forgets the cached table (tests; a pane that wants to retry after a failure needs nothing: failures are not kept).
 * @internal a test hook: the cache is module state
 */
export function resetIpOwnerCache(): void {
  pending = undefined;
}

async function fetchTable(url: string, fetchFn: FetchLike): Promise<IpOwnerTable> {
  if (!isSameOriginRelative(url))
    throw new Error(
      `IP network data: refusing to load ${url}: only a relative URL on the add-in's own origin is allowed`,
    );
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(url);
  } catch (err) {
    throw new Error(
      `IP network data could not be fetched from ${url}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  if (!response.ok) throw new Error(`IP network data could not be fetched from ${url}: HTTP ${response.status}`);
  // The decoder comes with the data (its own chunk in the pane): neither is needed for the first verdict.
  const [bytes, { decodeIpOwnerTable }] = await Promise.all([
    response.arrayBuffer(),
    import(/* webpackChunkName: "ip-owner" */ '../core/ip-owner/table'),
  ]);
  try {
    return decodeIpOwnerTable(bytes);
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

/** What a host needs of the table (tests hand in small stand-ins). */
export type IpOwnerData = Pick<IpOwnerTable, 'lookup' | 'dataDate' | 'source'>;

/** What a host keeps of the table: the lookup for `analyze` once it is in, or the notice to show when it failed. */
export interface IpOwnerState {
  lookup?: (ip: string) => IpOwner | undefined;
  notice?: Notice;
}

/**
 * Loads the table after a pane's first drawing (it is megabytes; the checklist never waits for it), then redraws:
 * the data's sources go in the footer — CC BY 4.0 asks for them wherever results built on the data are shown — and a
 * failure becomes the `ip.unavailable` notice. One behaviour for every host.
 */
export function attachIpOwner(
  pane: Pick<Pane, 'footnote'>,
  load: () => Promise<IpOwnerData>,
  state: IpOwnerState,
  redraw: () => void,
): void {
  load().then(
    (table) => {
      state.lookup = (ip) => table.lookup(ip);
      pane.footnote('ip.attribution', { source: table.source, date: table.dataDate });
      redraw();
    },
    () => {
      state.notice = { intent: 'info', key: 'ip.unavailable' };
      redraw();
    },
  );
}
