/**
 * How findings name an IP's owner: the data's own text for a public address, our term for one that belongs to no
 * one on the Internet. Apart from the table's decoder (table.ts) so that the checks can run, and the pane can show
 * its first verdict, before the table (megabytes, fetched afterwards) and its decoder have arrived.
 */
import type { MessageKey, Param } from '../../i18n';
import type { IpOwner } from '../report';
import { ipKind } from '../parse/ip';

/**
 * An owner as one language-neutral piece of text — the data's own names and codes: `Microsoft Corporation, AS8075, JP`
 * (the org name is what the registry holds, in Latin letters, so it reads the same in either language).
 */
export function describeOwner(owner: IpOwner): string {
  const parts: string[] = [];
  if (owner.org) parts.push(owner.org);
  if (owner.asn !== undefined) parts.push(`AS${owner.asn}`);
  if (owner.country) parts.push(owner.country);
  return parts.join(', ');
}

const KIND_TERMS: Partial<Record<ReturnType<typeof ipKind>, MessageKey>> = {
  private: 'ip.kind.private',
  loopback: 'ip.kind.loopback',
  'link-local': 'ip.kind.link-local',
  documentation: 'ip.kind.documentation',
  reserved: 'ip.kind.reserved',
};

/**
 * What to say about an IP's owner in a finding: the owner from the data, our term for an address that is never
 * looked up (private, loopback, link-local, documentation, reserved: they belong to no one on the Internet, and the
 * data would answer nonsense — whois lists 203.0.113.0/24 under APNIC), "not in the data", or nothing at all when
 * there is no data (the host has not loaded the table: the finding then simply omits the owner).
 */
export function ipOwnerParam(ip: string, lookup: ((ip: string) => IpOwner | undefined) | undefined): Param | undefined {
  const kind = ipKind(ip);
  const term = KIND_TERMS[kind];
  if (term) return { key: term };
  if (kind !== 'public' || !lookup) return undefined;
  let owner: IpOwner | undefined;
  try {
    owner = lookup(ip);
  } catch {
    return undefined; // an injected lookup that fails must not take the finding with it
  }
  const text = owner ? describeOwner(owner) : '';
  return text ? text : { key: 'ip.not-listed' };
}
