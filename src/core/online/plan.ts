/**
 * What an online look-up may send (issue #18), decided from the parsed message alone: the registrable domains of
 * the sender (From), Reply-To, Return-Path and the link hosts — deduplicated, at most a dozen — and the originating
 * and entry IPs. Never a full URL, an address, a path or any text of the message; never the reader's own domains,
 * internal or documentation names, nor an address that is not a public IP.
 */
import type { ParsedMessage } from '../types';
import { registrableAscii, registrableDomain } from '../parse/domains';
import { ipKind } from '../parse/ip';

/**
 * At most this many domains per message: a dozen answers say what matters, and registries are shared.
 * @internal a test holds the plan to it
 */
export const MAX_DOMAINS = 12;

/** Why an item is in the plan: the header or link it came from (the reader sees these beside each item). */
type LookupRole = 'from' | 'reply-to' | 'return-path' | 'link' | 'origin-ip' | 'entry-ip';

export interface LookupItem {
  kind: 'domain' | 'ip';
  /** What is sent: a registrable domain in ASCII (punycode) form, or a normalised IP. */
  name: string;
  /** How the reader sees it: the domain's Unicode form, or the IP. */
  shown: string;
  roles: LookupRole[];
}

/** Endings nobody can register: RFC 2606/6761 names, and internal ones a message may carry. */
const NEVER_SENT_TLDS = new Set(['example', 'test', 'invalid', 'localhost', 'local', 'internal', 'lan', 'home']);

/**
 * The items to look up. `ownDomains`: the reader's organisation's registrable domains (the configured ones, else the
 * reader's address domains, as analyze decides them); the reader's own address domains are never sent either.
 */
export function lookupPlan(msg: ParsedMessage, ownDomains: readonly string[]): LookupItem[] {
  const never = new Set<string>();
  for (const d of [...ownDomains, ...msg.readers.map((a) => a.slice(a.lastIndexOf('@') + 1))]) {
    const reg = registrableAscii(d);
    if (reg) never.add(reg);
  }
  const items = new Map<string, LookupItem>();
  const addDomain = (host: string | undefined, role: LookupRole): void => {
    const name = host ? registrableAscii(host) : '';
    if (!name || never.has(name) || NEVER_SENT_TLDS.has(name.slice(name.lastIndexOf('.') + 1))) return;
    const known = items.get(`domain:${name}`);
    if (known) {
      if (!known.roles.includes(role)) known.roles.push(role);
      return;
    }
    if ([...items.values()].filter((i) => i.kind === 'domain').length >= MAX_DOMAINS) return;
    items.set(`domain:${name}`, { kind: 'domain', name, shown: registrableDomain(name) || name, roles: [role] });
  };
  addDomain(msg.from?.domain, 'from');
  for (const r of msg.replyTo.slice(0, MAX_DOMAINS)) addDomain(r.domain, 'reply-to');
  addDomain(msg.returnPath?.domain, 'return-path');
  // Links in message order, until the dozen is full: the first links are the ones the reader is asked to click.
  for (const link of msg.links) {
    if ([...items.values()].filter((i) => i.kind === 'domain').length >= MAX_DOMAINS) break;
    if (link.ipHost || (link.scheme !== 'http' && link.scheme !== 'https')) continue;
    addDomain(link.wrapper?.declared ?? link.host, 'link');
  }
  const addIp = (index: number | undefined, role: LookupRole): void => {
    const ip = index === undefined ? undefined : msg.hops.find((h) => h.index === index)?.ip;
    if (!ip || ipKind(ip) !== 'public') return;
    const known = items.get(`ip:${ip}`);
    if (known) known.roles.push(role);
    else items.set(`ip:${ip}`, { kind: 'ip', name: ip, shown: ip, roles: [role] });
  };
  addIp(msg.trust.originatingClient, 'origin-ip');
  addIp(msg.trust.entryHop, 'entry-ip');
  return [...items.values()];
}
