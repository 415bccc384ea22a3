/**
 * A loopback RDAP server for the tests (node:http on 127.0.0.1, never the internet), serving recorded-shape answers
 * (test/fixtures/rdap, synthetic) under an admin proxy's paths (`/domain/<name>`, `/ip/<address>`), and IANA-shaped
 * bootstrap files under `/bootstrap/`. Each name has a behaviour: a week-old domain, a 20-year-old brand domain, an
 * IP network, a 404, a 429, a slow server, malformed JSON, a huge answer. Every request is logged.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureText } from '../../helpers';

export interface LoggedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface RdapServer {
  /** `http://127.0.0.1:<port>/` */
  base: string;
  log: LoggedRequest[];
  close: () => Promise<void>;
}

const DAY = 86_400_000;
/** How long the slow server waits before answering: longer than any test's timeout. */
const SLOW_MS = 20_000;

function domainAnswer(name: string, daysAgo: number, registrar: string): string {
  return fixtureText('rdap/domain.synthetic.json')
    .replaceAll('{{NAME}}', name.toUpperCase())
    .replace('{{REGISTERED}}', new Date(Date.now() - daysAgo * DAY).toISOString().replace(/\.\d+Z$/, 'Z'))
    .replace('{{REGISTRAR}}', registrar);
}

/** The behaviour of each name the fixtures send. */
function answer(kind: string, name: string): { status: number; body: string; delay?: number } {
  if (kind === 'ip') {
    if (name === '52.140.217.90' || name === '45.33.12.7')
      return { status: 200, body: fixtureText('rdap/ip-network.synthetic.json') };
    return { status: 404, body: '{"errorCode":404}' };
  }
  switch (name) {
    case 'new-brand-login.com':
      return { status: 200, body: domainAnswer(name, 7, 'Cheap Names LLC') };
    case 'amazon.com':
      return { status: 200, body: domainAnswer(name, 20 * 365 + 5, 'MarkMonitor Inc.') };
    case 'young-shop.com':
      return { status: 200, body: domainAnswer(name, 45, 'Cheap Names LLC') };
    case 'busy-registry.net':
      return { status: 429, body: '{"errorCode":429,"title":"Too Many Requests"}' };
    case 'slow-registry.org':
      return { status: 200, body: domainAnswer(name, 3000, 'Slow Registrar'), delay: SLOW_MS };
    case 'broken-json.info':
      return { status: 200, body: '{"objectClassName":"domain","events":[{"eventAction":"registration",' };
    case 'huge-answer.biz':
      return { status: 200, body: `{"objectClassName":"domain","notices":["${'x'.repeat(3 * 1024 * 1024)}"]}` };
    default:
      return { status: 404, body: '{"errorCode":404,"title":"Not Found"}' };
  }
}

/** Bootstrap files (RFC 9224) naming this server for a few TLDs and ranges; `.jp` deliberately has no entry. */
function bootstrap(file: string, base: string): string | undefined {
  const services: Record<string, [string[], string[]][]> = {
    'dns.json': [
      [['com', 'net'], [`${base}tld-com/`]],
      [['org', 'info', 'biz'], [`${base}tld-org/`]],
    ],
    'ipv4.json': [[['52.0.0.0/8', '45.0.0.0/8'], [`${base}rir-v4/`]]],
    'ipv6.json': [[['2001:4800::/23'], [`${base}rir-v6/`]]],
  };
  const s = services[file];
  return s && JSON.stringify({ version: '1.0', publication: '2026-12-01T00:00:00Z', services: s });
}

/**
 * The RDAP answers as a request handler, for a server of its own or mounted under a path of another (the page's
 * same-origin proxy, `/rdap/`). `base()`: the URL the bootstrap files name. Returns stop(), which ends slow answers.
 */
export function rdapHandler(
  log: LoggedRequest[],
  base: () => string,
): { handle: (req: IncomingMessage, res: ServerResponse) => void; stop: () => void } {
  const pending = new Set<NodeJS.Timeout>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    log.push({ path, headers: req.headers });
    const boot = /^\/bootstrap\/([a-z0-9]+\.json)$/.exec(path);
    if (boot) {
      const body = bootstrap(boot[1]!, base());
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(body ?? '');
      return;
    }
    const m = /\/(domain|ip)\/([^/?]+)$/.exec(path);
    const { status, body, delay } = m ? answer(m[1]!, decodeURIComponent(m[2]!)) : { status: 400, body: '{}' };
    const send = () => {
      if (!res.destroyed) res.writeHead(status, { 'content-type': 'application/rdap+json' }).end(body);
    };
    if (!delay) return send();
    const timer = setTimeout(() => {
      pending.delete(timer);
      send();
    }, delay);
    pending.add(timer);
    res.on('close', () => clearTimeout(timer));
  };
  return { handle, stop: () => pending.forEach((t) => clearTimeout(t)) };
}

export async function startRdapServer(): Promise<RdapServer> {
  const log: LoggedRequest[] = [];
  let base = '';
  const { handle, stop } = rdapHandler(log, () => base);
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    base,
    log,
    close: () => {
      stop();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
