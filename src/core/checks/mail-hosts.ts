/**
 * Who hosts the reader's mailbox, read offline from what the reader's own mail system wrote: the hosts that wrote the
 * Received lines from the entry hop up (its MX, its mailbox servers, a filtering gateway in front of them) and the
 * authserv-id of its trusted Authentication-Results. A notice about the reader's mailbox from one of these
 * organisations, authenticated as itself, is the provider speaking (a hosting company's quota warning), not a stranger
 * (own-org-judge.ts, lure-notice.ts). Nothing a sender writes is read: the hops below the entry hop are not.
 */
import type { ParsedMessage } from '../types';
import { registrableDomain } from '../parse/domains';

/** The registrable domains of the organisations that received and hold the message for the reader. */
export function mailHosts(msg: ParsedMessage): Set<string> {
  const hosts = new Set<string>();
  const entry = msg.trust.entryHop;
  if (entry !== undefined) for (const hop of msg.hops.slice(0, entry + 1)) hosts.add(registrableDomain(hop.by ?? ''));
  for (const a of msg.authResults) if (a.trusted) hosts.add(registrableDomain(a.authservId ?? ''));
  hosts.delete('');
  return hosts;
}
