/**
 * The look-up itself, with the fetching left to the host: one small interface every host implements (the CLI with
 * Node's fetch, the page with the browser's — hosts/common/rdap-fetch.ts). Two steps, so the reader can be told
 * exactly what will be sent and to whom before anything from the message leaves: `route` reads IANA's bootstrap
 * files (fetched at the first look-up, no message data in them, kept for the session) and names each item's server;
 * `lookUp` sends the items, all in parallel, each with its own timeout, the whole cancellable. An item is asked at
 * most once per session: its answer is kept in memory (never stored), so asking again sends nothing.
 */
import {
  IANA_BOOTSTRAP,
  bootstrapKindOf,
  queryUrl,
  readBootstrap,
  serverFor,
  type Bootstrap,
  type BootstrapKind,
} from './bootstrap';
import { MAX_RDAP_BYTES, readRdap, type RdapRecord } from './rdap';
import type { LookupItem } from './plan';

/** What a host's fetch gives back. `truncated`: the body was cut at `maxBytes` (the host stopped reading there). */
export interface RdapResponse {
  status: number;
  body: string;
  truncated?: boolean;
}

/**
 * One GET, sent by the host: `Accept: application/rdap+json`, no cookies or credentials, stopping at `maxBytes`,
 * aborted by `signal`. It may throw (network error): the item is then unavailable.
 */
export type RdapFetch = (url: string, signal: AbortSignal, maxBytes: number) => Promise<RdapResponse>;

/** Why an item could not be looked up; each is said plainly to the reader. */
export type Unavailable =
  | 'timeout'
  | 'rate-limited'
  | 'not-found'
  | 'no-rdap'
  | 'malformed'
  | 'too-large'
  | 'failed'
  | 'cancelled'
  | 'no-bootstrap';

/** Where an item will be sent, or why it will not be. */
export type Route =
  { item: LookupItem; url: string } | { item: LookupItem; unavailable: Unavailable; server: string; error?: string };

/** One item's answer: what was asked of whom, when, and what came back. */
export interface OnlineAnswer {
  item: LookupItem;
  /** The URL asked ('' when nothing was sent). */
  url: string;
  /** When the answer came (ISO 8601). */
  at: string;
  result: { ok: true; record: RdapRecord } | { ok: false; reason: Unavailable; error?: string };
}

export interface OnlineSettings {
  fetch: RdapFetch;
  /** The admin's RDAP proxy (config `online.rdapBase`): every request goes there, no bootstrap is fetched. */
  rdapBase?: string;
  /** Per request; a few seconds (default 5 s). */
  timeoutMs?: number;
  /** Clock for the answers' times (tests inject one). */
  now?: () => number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** IANA's dns.json is about 40 KB; a file a hundred times that is not IANA's. */
const MAX_BOOTSTRAP_BYTES = 4 * 1024 * 1024;

export class OnlineSession {
  private readonly bootstraps = new Map<BootstrapKind, Promise<Bootstrap | { error: string }>>();
  private readonly answers = new Map<string, Promise<OnlineAnswer>>();

  constructor(private readonly settings: OnlineSettings) {}

  /** Each item's server (fetching the bootstrap files it needs, once per session), or why it has none. */
  async route(items: readonly LookupItem[], signal?: AbortSignal): Promise<Route[]> {
    const base = this.settings.rdapBase;
    if (base) return items.map((item) => ({ item, url: queryUrl(base, item) }));
    return Promise.all(
      items.map(async (item): Promise<Route> => {
        const kind = bootstrapKindOf(item);
        const bootstrap = await this.bootstrap(kind, signal);
        if ('error' in bootstrap)
          return { item, unavailable: 'no-bootstrap', server: IANA_BOOTSTRAP[kind], error: bootstrap.error };
        const server = serverFor(bootstrap, item.name);
        return server ? { item, url: queryUrl(server, item) } : { item, unavailable: 'no-rdap', server: '' };
      }),
    );
  }

  /** Sends the routed items, all at once; an item already answered this session is not sent again. */
  lookUp(routes: readonly Route[], signal?: AbortSignal): Promise<OnlineAnswer[]> {
    return Promise.all(
      routes.map((route) => {
        if (!('url' in route)) {
          return Promise.resolve<OnlineAnswer>({
            item: route.item,
            url: route.server,
            at: this.time(),
            result: { ok: false, reason: route.unavailable, ...(route.error ? { error: route.error } : {}) },
          });
        }
        const key = `${route.item.kind}:${route.item.name}`;
        let answer = this.answers.get(key);
        if (!answer) {
          answer = this.ask(route.item, route.url, signal);
          this.answers.set(key, answer);
          // A cancelled look-up sent nothing the reader wanted answered: asking again may try again.
          void answer.then((a) => {
            if (!a.result.ok && a.result.reason === 'cancelled') this.answers.delete(key);
          });
        }
        return answer;
      }),
    );
  }

  private async ask(item: LookupItem, url: string, signal: AbortSignal | undefined): Promise<OnlineAnswer> {
    const got = await this.get(url, MAX_RDAP_BYTES, signal);
    const done = (result: OnlineAnswer['result']): OnlineAnswer => ({ item, url, at: this.time(), result });
    if ('reason' in got) return done({ ok: false, reason: got.reason, ...(got.error ? { error: got.error } : {}) });
    const { status, body, truncated } = got.response;
    if (status === 404) return done({ ok: false, reason: 'not-found' });
    if (status === 429) return done({ ok: false, reason: 'rate-limited' });
    if (status < 200 || status >= 300) return done({ ok: false, reason: 'failed', error: `HTTP ${status}` });
    if (truncated) return done({ ok: false, reason: 'too-large' });
    const read = readRdap(body, item.kind);
    return done(read.ok ? { ok: true, record: read.record } : { ok: false, reason: read.reason });
  }

  private bootstrap(kind: BootstrapKind, signal: AbortSignal | undefined): Promise<Bootstrap | { error: string }> {
    let known = this.bootstraps.get(kind);
    if (!known) {
      known = this.get(IANA_BOOTSTRAP[kind], MAX_BOOTSTRAP_BYTES, signal).then((got) => {
        if ('reason' in got) return { error: got.error ?? got.reason };
        const { status, body, truncated } = got.response;
        if (status !== 200 || truncated) return { error: truncated ? 'too-large' : `HTTP ${status}` };
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          return { error: 'malformed' };
        }
        return readBootstrap(kind, json) ?? { error: 'malformed' };
      });
      this.bootstraps.set(kind, known);
      // A failed bootstrap is not kept: the next look-up tries again.
      void known.then((b) => {
        if ('error' in b) this.bootstraps.delete(kind);
      });
    }
    return known;
  }

  /** One request with its own timeout, also ended by the caller's signal; never throws. */
  private async get(
    url: string,
    maxBytes: number,
    outer: AbortSignal | undefined,
  ): Promise<{ response: RdapResponse } | { reason: Unavailable; error?: string }> {
    if (outer?.aborted) return { reason: 'cancelled' };
    const controller = new AbortController();
    let ended: 'timeout' | 'cancelled' | undefined;
    let wake: () => void = () => {};
    const stopped = new Promise<void>((resolve) => (wake = resolve));
    const end = (why: 'timeout' | 'cancelled') => {
      ended ??= why;
      controller.abort();
      wake();
    };
    const onAbort = () => end('cancelled');
    outer?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => end('timeout'), this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      // Raced against the timer too: a host's fetch that ignores its signal still cannot hold the look-up.
      const response = await Promise.race([this.settings.fetch(url, controller.signal, maxBytes), stopped]);
      if (ended || !response) return { reason: ended ?? 'cancelled' };
      return { response };
    } catch (error) {
      if (ended) return { reason: ended };
      return { reason: 'failed', error: String(error instanceof Error ? error.message : error).slice(0, 120) };
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  private time(): string {
    return new Date((this.settings.now ?? Date.now)()).toISOString();
  }
}
