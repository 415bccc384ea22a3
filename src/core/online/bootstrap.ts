/**
 * RDAP bootstrap (RFC 9224): IANA's service registries say which RDAP server serves a TLD or an IP range. A host
 * fetches the files (they hold no message data); this reads them and picks the server for an item. A TLD with no
 * entry has no RDAP service (many country domains): the item is then unavailable, said plainly.
 */
import ipaddr from 'ipaddr.js';

/** IANA's bootstrap files (RFC 9224 section 3 and 4). */
export const IANA_BOOTSTRAP = {
  dns: 'https://data.iana.org/rdap/dns.json',
  ipv4: 'https://data.iana.org/rdap/ipv4.json',
  ipv6: 'https://data.iana.org/rdap/ipv6.json',
} as const;
export type BootstrapKind = keyof typeof IANA_BOOTSTRAP;

/** Entries read from one file; IANA's largest (dns.json) has about 1,200 TLDs. */
const MAX_ENTRIES = 20_000;

/** One file, read: an entry (a TLD, or a CIDR range) → the service's base URL. */
export interface Bootstrap {
  kind: BootstrapKind;
  /** TLDs and other DNS labels (lower-case ASCII) → base URL. */
  names: Map<string, string>;
  /** IP ranges → base URL. */
  ranges: { range: [ipaddr.IPv4 | ipaddr.IPv6, number]; url: string }[];
}

/** Reads a bootstrap file (already JSON-parsed); undefined when it is not one. */
export function readBootstrap(kind: BootstrapKind, json: unknown): Bootstrap | undefined {
  const services = (json as { services?: unknown } | null)?.services;
  if (!Array.isArray(services)) return undefined;
  const out: Bootstrap = { kind, names: new Map(), ranges: [] };
  let count = 0;
  for (const service of services) {
    if (!Array.isArray(service) || !Array.isArray(service[0]) || !Array.isArray(service[1])) continue;
    const url = pickUrl(service[1] as unknown[]);
    if (!url) continue;
    for (const entry of service[0] as unknown[]) {
      if (typeof entry !== 'string' || ++count > MAX_ENTRIES) continue;
      if (kind === 'dns') out.names.set(entry.toLowerCase().replace(/\.$/, ''), url);
      else {
        try {
          out.ranges.push({ range: ipaddr.parseCIDR(entry), url });
        } catch {
          // A range that does not parse serves nothing we can match.
        }
      }
    }
  }
  return out;
}

/** The service's URL: HTTPS preferred (RFC 9224 section 5: clients SHOULD), ending in `/`. */
function pickUrl(urls: unknown[]): string | undefined {
  const strings = urls.filter((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u));
  const url = strings.find((u) => /^https:/i.test(u)) ?? strings[0];
  return url === undefined ? undefined : url.endsWith('/') ? url : `${url}/`;
}

/** Which bootstrap file an item needs. */
export function bootstrapKindOf(item: { kind: 'domain' | 'ip'; name: string }): BootstrapKind {
  return item.kind === 'domain' ? 'dns' : item.name.includes(':') ? 'ipv6' : 'ipv4';
}

/** The base URL serving `name` (an ASCII domain or a normalised IP): the longest match; undefined when none. */
export function serverFor(bootstrap: Bootstrap, name: string): string | undefined {
  if (bootstrap.kind === 'dns') {
    const labels = name.toLowerCase().split('.');
    for (let i = 1; i < labels.length; i++) {
      const url = bootstrap.names.get(labels.slice(i).join('.'));
      if (url) return url;
    }
    return undefined;
  }
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(name);
  } catch {
    return undefined;
  }
  let best: { bits: number; url: string } | undefined;
  for (const { range, url } of bootstrap.ranges) {
    if (range[0].kind() !== addr.kind() || (best && best.bits >= range[1])) continue;
    if (addr.match(range)) best = { bits: range[1], url };
  }
  return best?.url;
}

/** The RDAP query URL (RFC 9082): `<base>domain/<name>` or `<base>ip/<address>`. */
export function queryUrl(base: string, item: { kind: 'domain' | 'ip'; name: string }): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${item.kind}/${encodeURIComponent(item.name).replace(/%3A/gi, ':')}`;
}
