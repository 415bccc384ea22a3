/**
 * Origin: where the message entered the reader's mail system and which machine first sent it. Everything below the
 * entry hop was written by other relays and is shown "as recorded by <relay>" (see parse/trust.ts).
 */
import type { Evidence } from '../report';
import type { Hop, ParsedMessage } from '../types';
import { ipKind } from '../parse/ip';
import { ipOwnerParam } from '../ip-owner/describe';
import { finding } from '../findings';
import { registrableDomain } from '../parse/domains';
import { brandsOwningDomain } from '../brands/lookup';
import type { Check } from './check';

/** The Received line of a hop as evidence, with who wrote it. */
export function hopEvidence(msg: ParsedMessage, hop: Hop, highlight?: string): Evidence {
  const entry = msg.trust.entryHop;
  const own = entry !== undefined && hop.index <= entry;
  return {
    header: hop.field.name,
    value: hop.field.value,
    highlight: highlight && hop.field.value.includes(highlight) ? highlight : undefined,
    author: own ? 'recipient-system' : 'relay',
    recordedBy: own ? undefined : hop.by,
  };
}

/** How the relay recorded the peer's reverse DNS, as a term of ours or the name itself. */
function rdnsParam(hop: Hop): string | { key: 'origin.rdns.unknown' | 'origin.rdns.not-recorded' } {
  if (hop.rdnsStatus === 'present' && hop.rdns) return hop.rdns;
  return { key: hop.rdnsStatus === 'unknown' ? 'origin.rdns.unknown' : 'origin.rdns.not-recorded' };
}

/** Hops the sender's side wrote or handed over: the entry hop and everything below it. */
function externalHops(msg: ParsedMessage): Hop[] {
  const entry = msg.trust.entryHop;
  return entry === undefined ? msg.hops : msg.hops.slice(entry);
}

/**
 * origin.sender-ip (info): the originating client — the first machine that handed the message to the mail system.
 * Attack it serves: a brand's mail sent from a stolen account shows a home line or a rented server here.
 * Trap: below the entry hop this is only "as recorded by" a relay; a sender can add lines, which break the chain.
 */
const senderIp: Check = (msg, ctx) => {
  if (msg.hops.length === 0) return undefined;
  const index = msg.trust.originatingClient;
  const hop = index === undefined ? undefined : msg.hops[index];
  if (!hop?.ip)
    return finding(
      'origin.sender-ip',
      'info',
      {},
      msg.hops.slice(-1).map((h) => hopEvidence(msg, h)),
      'origin.sender-ip.unknown',
    );
  // The network that owns the IP (with the IP data), or what kind of address it is; without the data, nothing.
  const owner = ipOwnerParam(hop.ip, ctx.options.ipOwner);
  const params = {
    ip: hop.ip,
    rdns: rdnsParam(hop),
    helo: hop.helo ?? '',
    relay: msg.trust.recordedBy ?? hop.by ?? '',
    authenticated: hop.authenticated,
    ...(owner ? { owner } : {}),
  };
  const base = hop.authenticated ? 'origin.sender-ip.authenticated' : 'origin.sender-ip';
  const key = owner ? (`${base}.owner` as const) : base;
  const evidence = [hopEvidence(msg, hop, hop.ip)];
  if (msg.trust.chainBrokenAt !== undefined) {
    const broken = msg.hops[msg.trust.chainBrokenAt];
    // Below this line the chain cannot be followed (often just an internal host name, sometimes a forged line).
    if (broken) evidence.push(hopEvidence(msg, broken));
  }
  return finding('origin.sender-ip', 'info', params, evidence, key);
};

/**
 * origin.entry-hop (info): where the message entered the reader's own mail system — the one line nobody but that
 * system wrote. Trap: the reader's internal hops (Microsoft 365's own servers, private IPs) sit above it.
 */
const entryHop: Check = (msg, ctx) => {
  if (msg.hops.length === 0) return undefined;
  const hop = msg.trust.entryHop === undefined ? undefined : msg.hops[msg.trust.entryHop];
  if (!hop)
    return finding(
      'origin.entry-hop',
      'info',
      {},
      msg.hops.slice(0, 1).map((h) => hopEvidence(msg, h)),
      'origin.entry-hop.unknown',
    );
  // Named, never judged: genuine mail enters from Amazon SES, Microsoft 365, SendGrid, Google — all clouds.
  const owner = hop.ip ? ipOwnerParam(hop.ip, ctx.options.ipOwner) : undefined;
  return finding(
    'origin.entry-hop',
    'info',
    {
      host: hop.rdns ?? hop.helo ?? '',
      ip: hop.ip ?? '',
      by: hop.by ?? '',
      rdns: rdnsParam(hop),
      ...(owner ? { owner } : {}),
    },
    [hopEvidence(msg, hop, hop.ip)],
    owner ? 'origin.entry-hop.owner' : 'origin.entry-hop',
  );
};

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain', 'localhost4', 'localhost6', 'ip6-localhost']);

/** The sending machine named itself with a loopback or private literal or `localhost`. */
function heloIsLoopback(helo: string | undefined): boolean {
  if (!helo) return false;
  const h = helo.trim().toLowerCase();
  if (LOOPBACK_NAMES.has(h)) return true;
  if (!h.startsWith('[')) return false;
  const kind = ipKind(h);
  return kind === 'loopback' || kind === 'private' || kind === 'link-local';
}

/**
 * origin.helo-loopback: a hop where the sender called itself `localhost`, `[127.0.0.1]` or a private literal.
 * Attack: bulk-mailing scripts on hijacked machines talk straight to the Internet under such names (warn).
 * Trap: mail apps (Thunderbird, Apple Mail) say `[127.0.0.1]` when they log in to send — a quarter of list ham —
 * so on an authenticated submission it only means someone logged in to a real mail account (info).
 */
const heloLoopback: Check = (msg) => {
  const candidates = externalHops(msg).filter((h) => heloIsLoopback(h.helo) && h.ip && ipKind(h.ip) !== 'loopback');
  const script = candidates.find(
    (h) => !h.authenticated && (ipKind(h.ip) === 'public' || ipKind(h.ip) === 'documentation'),
  );
  if (script) {
    return finding(
      'origin.helo-loopback',
      'warn',
      { helo: script.helo ?? '', ip: script.ip ?? '' },
      [hopEvidence(msg, script, script.helo)],
      'origin.helo-loopback.script',
    );
  }
  const login = candidates.find((h) => h.authenticated);
  if (login) {
    return finding(
      'origin.helo-loopback',
      'info',
      { helo: login.helo ?? '', relay: login.by ?? '' },
      [hopEvidence(msg, login, login.helo)],
      'origin.helo-loopback.login',
    );
  }
  return undefined;
};

/**
 * origin.forged-helo: a sending machine named itself as a host of a known brand (`helo=mail.rakuten-card.co.jp`),
 * but the relay that received it found no reverse DNS for its IP.
 * Attack: a spoof of the brand's own address, sent from a bot or a rented server that also borrows the brand's
 * host name for its greeting — where the receiving side checks no DMARC, or a list or forwarder hid the result.
 * Trap: small organisations' servers often greet with a name their IP does not resolve to; brands in the table run
 * mail servers with reverse DNS (large receivers refuse mail without it), so only a brand's own domain and only a
 * lookup that found nothing count — a name in another domain (an ESP's, an ISP's) is never judged here, nor a hop
 * between two of the brand's own machines (its internal relays need no public name). A brand
 * whose domains nobody verified only warns: its list might hold a domain that is not its own.
 */
const forgedHelo: Check = (msg, ctx) => {
  for (const hop of externalHops(msg)) {
    if (hop.rdnsStatus !== 'unknown' || !hop.ip || !hop.helo || hop.helo.startsWith('[')) continue;
    const reg = registrableDomain(hop.helo.trim().toLowerCase().replace(/\.$/, ''));
    const brands = reg ? brandsOwningDomain(ctx.brands, reg) : [];
    // Inside the brand's own network (`by mta2.grp.scd.yahoo.com`), internal relays need no public name.
    if (brands.length === 0 || (hop.by && registrableDomain(hop.by.trim().toLowerCase()) === reg)) continue;
    const brand = brands.find((b) => b.confidence === 'verified') ?? brands[0]!;
    return finding(
      'origin.forged-helo',
      brand.confidence === 'verified' ? 'fail' : 'warn',
      { helo: hop.helo, ip: hop.ip, brand: brand.names[0] ?? reg },
      [hopEvidence(msg, hop, hop.helo)],
    );
  }
  return undefined;
};

/**
 * origin.no-reverse-dns: the receiving server looked the peer up and found no name ("unknown").
 * Attack: throw-away senders on bare cloud or hijacked IPs have no reverse DNS (warn at the entry hop).
 * Trap: only formats that record the lookup say anything (Exchange records none: no finding); for the originating
 * client of an authenticated submission it is a home line or a cloud machine, and weighs little (info).
 */
const noReverseDns: Check = (msg) => {
  const entry = msg.trust.entryHop === undefined ? undefined : msg.hops[msg.trust.entryHop];
  if (entry && entry.rdnsStatus === 'unknown') {
    return finding(
      'origin.no-reverse-dns',
      'warn',
      { ip: entry.ip ?? '' },
      [hopEvidence(msg, entry, 'unknown')],
      'origin.no-reverse-dns.entry',
    );
  }
  const client = msg.trust.originatingClient === undefined ? undefined : msg.hops[msg.trust.originatingClient];
  if (client && client !== entry && client.rdnsStatus === 'unknown') {
    const key = client.authenticated ? 'origin.no-reverse-dns.login' : 'origin.no-reverse-dns.client';
    return finding(
      'origin.no-reverse-dns',
      'info',
      { ip: client.ip ?? '', relay: client.by ?? '' },
      [hopEvidence(msg, client, 'unknown')],
      key,
    );
  }
  return undefined;
};

/**
 * origin.reserved-ip: an address that cannot be an Internet peer (documentation, multicast, 240/4 …) in the part
 * of the path that came from outside. Trap: private addresses inside either organisation are normal and are not
 * flagged; documentation addresses also stand in for real ones in examples and test messages.
 */
const reservedIp: Check = (msg) => {
  const hop = externalHops(msg).find((h) => h.ip && (ipKind(h.ip) === 'reserved' || ipKind(h.ip) === 'documentation'));
  if (!hop?.ip) return undefined;
  return finding('origin.reserved-ip', 'warn', { ip: hop.ip }, [hopEvidence(msg, hop, hop.ip)]);
};

const HOUR = 3600;

/**
 * origin.time-skew: hop times out of order below the entry hop, or a Date far from delivery.
 * Attack: forged Received lines and back-dated messages. Trap: sender clocks are often wrong by minutes and
 * queued retries take days, so only an hour of reversal or a Date ahead of delivery / weeks behind counts.
 */
const timeSkew: Check = (msg) => {
  // Below the entry hop only: the entry hop's own delay is measured against our internal hop's clock.
  const below = msg.trust.entryHop === undefined ? msg.hops : msg.hops.slice(msg.trust.entryHop + 1);
  const reversed = below.find((h) => h.delaySeconds !== undefined && h.delaySeconds < -HOUR);
  if (reversed) {
    return finding(
      'origin.time-skew',
      'warn',
      { hours: Math.round(-(reversed.delaySeconds ?? 0) / HOUR) },
      [hopEvidence(msg, reversed)],
      'origin.time-skew.hops',
    );
  }
  const entry = msg.trust.entryHop === undefined ? undefined : msg.hops[msg.trust.entryHop];
  const dateField = msg.headers.find((h) => h.key === 'date');
  if (entry?.time === undefined || msg.date === undefined || !dateField) return undefined;
  const aheadHours = (msg.date - entry.time) / 3_600_000;
  const evidence: Evidence[] = [
    { header: dateField.name, value: dateField.value, author: 'sender' },
    hopEvidence(msg, entry),
  ];
  if (aheadHours > 2)
    return finding('origin.time-skew', 'warn', { hours: Math.round(aheadHours) }, evidence, 'origin.time-skew.future');
  if (aheadHours < -24 * 30)
    return finding(
      'origin.time-skew',
      'info',
      { days: Math.round(-aheadHours / 24) },
      evidence,
      'origin.time-skew.past',
    );
  return undefined;
};

/** Microsoft 365 categories that mean "the filter did not like it". */
const FLAGGED_CATEGORIES = new Set([
  'PHSH',
  'HPHSH',
  'HPHISH',
  'SPOOF',
  'SPM',
  'HSPM',
  'GIMP',
  'UIMP',
  'DIMP',
  'MALW',
  'OSPM',
  'BIMP',
]);

/**
 * origin.org-filter: the reader's own Microsoft 365 filter left its verdict; said in plain words.
 * Trap: the same header names from upstream are the sender's word (DESIGN: judged by name); detection never
 * depends on this line — it is an extra, warn only when the filter classed it spam/phish/spoof and it arrived.
 */
const orgFilter: Check = (msg) => {
  const filter = msg.orgFilter;
  if (!filter?.own) return undefined;
  const v = filter.values;
  const scl = v.SCL ?? v['ORG-SCL'] ?? '';
  const cat = (v.CAT ?? '').toUpperCase();
  const compauth = (v.compauth ?? '').toLowerCase();
  const flagged = FLAGGED_CATEGORIES.has(cat) || Number(scl) >= 5 || compauth === 'fail';
  const evidence: Evidence[] = filter.fields.map((f) => ({
    header: f.name,
    value: f.value,
    author: 'recipient-system' as const,
  }));
  return finding(
    'origin.org-filter',
    flagged ? 'warn' : 'info',
    { scl: scl || '—', category: cat || '—', compauth: compauth || '—' },
    evidence,
    flagged ? 'origin.org-filter.flagged' : 'origin.org-filter.passed',
  );
};

export const ORIGIN_CHECKS: readonly (readonly [string, Check])[] = [
  ['origin.sender-ip', senderIp],
  ['origin.entry-hop', entryHop],
  ['origin.helo-loopback', heloLoopback],
  ['origin.forged-helo', forgedHelo],
  ['origin.no-reverse-dns', noReverseDns],
  ['origin.reserved-ip', reservedIp],
  ['origin.time-skew', timeSkew],
  ['origin.org-filter', orgFilter],
];
