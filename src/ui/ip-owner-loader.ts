/**
 * Loads the IP owner table in the task pane: a separate asset of the add-in (`data/ip-owner.bin`, several MB), so the
 * pane's own bundle does not grow. Fetched from the add-in's own origin only when the pane first needs it, once per
 * page (the promise is cached), and never sent anywhere (DESIGN, Privacy). The pane analyses without it first and
 * again when it arrives; when it fails, the pane says so (`ip.unavailable`) and the checklist stays as it is.
 */
import { decodeIpOwnerTable, type IpOwnerTable } from '../core/ip-owner/table';

/** The part of `fetch` used here (tests pass a stand-in). */
export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'arrayBuffer'>>;

export const DEFAULT_IP_TABLE_URL = 'data/ip-owner.bin';

let pending: { url: string; promise: Promise<IpOwnerTable> } | undefined;

/**
 * The table, loaded once. `url` must be relative to the pane (same origin): an absolute or protocol-relative URL is
 * refused, so the table can never be fetched from elsewhere. A failure rejects with an Error saying what went wrong,
 * and is not cached: a later call tries again.
 */
export function loadIpOwner(url: string = DEFAULT_IP_TABLE_URL, fetchFn: FetchLike = (u) => fetch(u)): Promise<IpOwnerTable> {
  if (pending?.url === url) return pending.promise;
  const promise = fetchTable(url, fetchFn);
  pending = { url, promise };
  promise.catch(() => {
    if (pending?.promise === promise) pending = undefined;
  });
  return promise;
}

/** Forgets the cached table (tests; a pane that wants to retry after a failure needs nothing: failures are not kept). */
export function resetIpOwnerCache(): void {
  pending = undefined;
}

async function fetchTable(url: string, fetchFn: FetchLike): Promise<IpOwnerTable> {
  if (!isSameOriginRelative(url)) throw new Error(`IP network data: refusing to load ${url}: only a relative URL on the add-in's own origin is allowed`);
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(url);
  } catch (err) {
    throw new Error(`IP network data could not be fetched from ${url}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  if (!response.ok) throw new Error(`IP network data could not be fetched from ${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  try {
    return decodeIpOwnerTable(bytes);
  } catch (err) {
    throw new Error(`IP network data at ${url} is unreadable: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/**
 * A path relative to the page: no scheme (`https:`, `data:`, `javascript:`), not protocol-relative (`//host`), no
 * backslashes (browsers read `\\host` and `/\host` as `//host`), no spaces or control characters (URL parsing drops
 * tabs and newlines anywhere, so `/\t/host` is `//host`). In a page, the resolved URL must also keep its origin.
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
