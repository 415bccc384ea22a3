/**
 * Origin network: whose network the originating client sits in (with the IP data, injected as
 * `AnalyzeOptions.ipOwner`), and the one judgement that owner supports. Without the data this says nothing.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { ipKind } from '../parse/ip';
import { isBrandDomain } from '../brands/lookup';
import { describeOwner } from '../ip-owner/describe';
import { hostingNetwork } from '../ip-owner/hosting-asns';
import { firstHeader } from '../parse/headers';
import { finding } from '../findings';
import type { Check, CheckContext } from './check';
import { hopEvidence } from './origin';
import { headerMark } from './header-mark';

/**
 * origin.sender-network: the network that owns the originating client's IP, and — narrowly — a warning.
 * Attack: a stolen mailbox logged in to from a rented server. The KAGOYA message: the display name claims KAGOYA,
 * the address is at air.linkclub.or.jp, and the relay recorded an authenticated submission (ESMTPA) from
 * 52.140.217.90 in Microsoft's cloud — someone rented a machine and logged in to a real account to send (warn).
 * Traps:
 * - genuine brand mail leaves through clouds (Amazon SES, Microsoft 365, SendGrid, Google): the entry hop — the
 *   last sending server — is never judged, only a client that *logged in* below it;
 * - people log in from clouds too: a corporate VPN or a cloud desktop, Outlook's mobile and new Windows apps syncing
 *   other accounts from Microsoft's cloud. So it warns only when a brand is claimed that the sender's domain does
 *   not back (no aligned DMARC pass for a domain of the brand), and weighs 2 — never enough alone (verdict.ts);
 * - Gmail's "Send mail as" logs in from Google's main network: hosting-asns.ts leaves AS15169 out.
 * Otherwise info: the owner and country, and whether it is a network where servers are rented — for a client below
 * the entry hop only; a server that delivered straight to us is the entry hop, which entry-hop and sender-ip name.
 */
const senderNetwork: Check = (msg, ctx) => {
  const lookup = ctx.options.ipOwner;
  const index = msg.trust.originatingClient;
  const hop = index === undefined ? undefined : msg.hops[index];
  if (!lookup || !hop?.ip || ipKind(hop.ip) !== 'public') return undefined; // sender-ip already says what kind it is
  // A server that handed the message straight to us is the entry hop: named there and in sender-ip, never judged.
  if (index === msg.trust.entryHop) return undefined;
  let owner;
  try {
    owner = lookup(hop.ip);
  } catch {
    return undefined; // a failing injected lookup leaves the rest of the checklist intact
  }
  const text = owner ? describeOwner(owner) : '';
  if (!owner || !text) return undefined; // "not in the data": sender-ip says so
  const hosting = hostingNetwork(owner.asn);
  const ip = hop.ip;
  const evidence: Evidence[] = [hopEvidence(msg, hop, ip)];
  const brand = unbackedBrand(msg, ctx);
  if (hosting && hop.authenticated && brand) {
    const from = firstHeader(msg.headers, 'from');
    if (from) evidence.push(headerMark(from.name, from.value, brand.text));
    const params = {
      ip,
      owner: text,
      provider: hosting.provider,
      relay: msg.trust.recordedBy ?? hop.by ?? '',
      brand: brand.name,
      domain: msg.from?.domain ?? '',
    };
    return finding('origin.sender-network', 'warn', params, evidence, 'origin.sender-network.rented-login');
  }
  if (hosting)
    return finding(
      'origin.sender-network',
      'info',
      { ip, owner: text, provider: hosting.provider },
      evidence,
      'origin.sender-network.hosting',
    );
  return finding('origin.sender-network', 'info', { ip, owner: text }, evidence);
};

/**
 * The brand the message claims when its From domain does not back it: not one of the claimed brand's domains, or
 * one of them without an aligned DMARC pass (Microsoft's bestguesspass is none; see parse/auth-results.ts).
 */
function unbackedBrand(msg: ParsedMessage, ctx: CheckContext): { name: string; text: string } | undefined {
  const claimed = ctx.claimed[0];
  if (!claimed) return undefined;
  const domain = msg.from?.domain ?? '';
  const backed = !!domain && ctx.dmarc === 'pass' && ctx.claimed.some((m) => isBrandDomain(m.brand, domain));
  if (backed) return undefined;
  return { name: claimed.brand.names[0] ?? claimed.text, text: claimed.text };
}

export const ORIGIN_NETWORK_CHECKS: readonly (readonly [string, Check])[] = [['origin.sender-network', senderNetwork]];
