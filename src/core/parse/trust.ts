/**
 * The Received chain read as DESIGN's trust model says: which hop the recipient's own system wrote when the message
 * came in from outside (the entry hop), which relay vouches for the originating client, and where the chain stops
 * being believable. A position-only scan passes the KAGOYA fixtures and fails on real mail; this is the algorithm.
 *
 * 1. No Received at all → mailbox `unknown`, no entry hop.
 * 2. Entry hop. Walk from the top (newest); a hop is the recipient's own (internal) and skipped when:
 *    a. it was received `by *.mail.protection.outlook.com` (Exchange Online Protection): mailbox `microsoft365`, and
 *       this is the entry hop — unless its from side is a configured own host (a gateway in front of EOP);
 *    b. its `by` and its from side are configured own hosts/domains (`ownHosts`: host or suffix, or an IP;
 *       `ownDomains`: same registrable domain). The from side counts as own by its IP, its verified rDNS name, or —
 *       only for formats that record no rDNS (EOP, Exchange) — its HELO;
 *    c. the peer IP is private, loopback or link-local;
 *    d. `with MAPI`/`HTTP(S)`/`LMTP`/`IMAP`/`POP3`: a mailbox server, webmail, local delivery, fetchmail
 *       (spamassassin corpus: `from mail.webnote.net [193.120.211.219] by localhost with POP3`);
 *    e. both ends are Microsoft's own hosts (`*.outlook.com`, `*.office365.com`/`.us`, `*.exchangelabs.com`), whatever
 *       their IPs: the tenant's transport inside Exchange Online;
 *    f. it records no peer IP and was written by our own host: the top line, a `by`-only line, or one whose `by`
 *       names a host already seen above (local delivery, `(qmail … invoked by uid …)`, Gmail's `by 2002:a05:…`);
 *    g. without configuration, our own relays: a verified rDNS name and `by` in the same registrable domain as the
 *       top hop's `by`, while the hop below has a peer IP, is received by that domain too and is contiguous
 *       (`mx1.univ.edu` → `mail.univ.edu`). A forged HELO cannot pass (Postfix writes `unknown` and Exim no name
 *       for an unverified rDNS), and Gmail→Gmail stays at `mx.google.com` (the hop below it has no IP).
 *    The first hop that is not internal is the entry hop.
 * 3. Contiguity: a hop's `by` is the host the hop above names in its from (HELO, rDNS or IP). Compared loosely on
 *    purpose: the same first DNS label when one side is a bare host name (`BR-EX-DS1-ALPHA`), the same registrable
 *    domain (`mx1.brilliantroot.com` handing to `bi-efa-ds1-alpha.brilliantroot.com`, corpus 06562) or the same
 *    name under another suffix (`lists.sourceforge.net` → `…lw.sourceforge.com`, corpus jp_sf), or both
 *    Microsoft's (`TY1JPN01FT012.mail.protection.outlook.com` = `TY1JPN01FT012.eop-JPN01.prod.protection.outlook.com`;
 *    `JPN01-TY1-obe.outbound.protection.outlook.com` after `TYWPR01MB9331.jpnprd01.prod.outlook.com`). `mail.a.com`
 *    is not `mail.b.com`. A side with nothing to compare is no evidence of a break; a loopback peer is the host
 *    itself, so its own `by` counts too. Real organisations name hosts differently inside (`by mailout.west.internal`
 *    under `from wout1-smtp.messagingengine.com`): a break says "cannot be followed further", not "forged".
 * 4. Below the entry hop, the first hop that is not contiguous with the one above it is `chainBrokenAt`: everything
 *    from there down may have been written by the sender and is not searched.
 * 5. Originating client: the oldest hop of the contiguous part below the entry hop naming a routable IP, skipping
 *    hops inside Microsoft (`BL0PR12MB2340 (52.132.10.158) by BL0PR12MB2385`: a public IP, but a server, not a
 *    client); else the entry hop itself when its IP is routable. `recordedBy` is that hop's `by`.
 *
 * Cases (test/core/parse/trust.test.ts): kagoya-2021-12 (plain Postfix: entry `mail.air.linkclub.or.jp [203.0.113.25]`,
 * client `52.140.217.90` recorded by it); kagoya-2021-12.m365 (entry received by EOP, the `prod.outlook.com` /
 * `office365.com` hops internal); partner-m365-to-m365 (entry `40.107.74.95` by EOP, the partner's `with mapi` hops
 * below are the sender's and the entry is the client); trust-gateway-proofpoint-m365 and trust-gateway-university
 * (with and without configuration); trust-gmail-mailbox; trust-ipv6; trust-forged-below (broken chain); and corpus
 * mail (usrp_users 00028 and 00433, spamassassin spam 00059 with its fake relay lines, jp_sf 00759).
 */
import type { Hop, TrustPath } from '../types';
import { isSameOrSubdomain, registrableAscii, toAsciiHost } from './domains';
import { ipKind, isInternalIp, isRoutableIp, normalizeIp } from './ip';
import type { NoteLimit } from './limits';

/**
 * Our own servers (distinct `by` names) remembered while walking down: step 2f compares each later `by` with every
 * one of them. A chain with more is noted (`hops-seen`): a later by-only line naming one of the rest is not known.
 */
const MAX_SEEN_BY = 100;

export interface TrustOptions {
  /** Hosts of the recipient's system in front of the mail server (gateways): a host, a suffix, or an IP. */
  ownHosts?: string[];
  /** The organisation's own domains: any host in them is the recipient's. */
  ownDomains?: string[];
}

/** Exchange Online's own domains (office365.us: GCC High, corpus usrp_users/06776). */
const MICROSOFT_DOMAINS = new Set(['outlook.com', 'office365.com', 'office365.us', 'exchangelabs.com']);
const INTERNAL_PROTOCOLS = new Set([
  'MAPI',
  'HTTP',
  'HTTPS',
  'LMTP',
  'LMTPS',
  'LMTPA',
  'LMTPSA',
  'IMAP',
  'POP3',
  'POP',
]);

/** Only these shapes can be an IP: ipaddr.js is slow to reject a host name, and hops are compared many times. */
const ipShaped = (s: string): boolean => s.includes(':') || /^\[?[0-9.]+\]?$/.test(s);
const asIp = (s: string): string | undefined => (ipShaped(s) ? normalizeIp(s) : undefined);

/** A host or IP as compared: lower-case ASCII, no trailing dot; an IP literal (`[IPv6:…]`) normalised. */
function hostKey(value: string | undefined): string {
  if (!value) return '';
  const short = value.length > 300 ? value.slice(0, 300) : value;
  return asIp(short) ?? toAsciiHost(short);
}

const isMicrosoftHost = (h: string | undefined): boolean => {
  const key = hostKey(h);
  return !!key && !asIp(key) && MICROSOFT_DOMAINS.has(registrableAscii(key));
};
const isEop = (by: string | undefined): boolean => hostKey(by).endsWith('.mail.protection.outlook.com');
/** The entry hop was received by Exchange Online under either name of its server (see readTrustPath). */
export const receivedByMicrosoft = (by: string | undefined): boolean => isEop(by) || isMicrosoftHost(by);
const fromNames = (hop: Hop): string[] => [hop.helo, hop.rdns, hop.ip].map(hostKey).filter(Boolean);

/** Can the host named `a` (a `by`) be the host named `b` (a from name of the hop above)? See step 3. */
function sameHost(a: string, b: string): boolean {
  const ipA = asIp(a);
  const ipB = asIp(b);
  if (ipA || ipB) return !!ipA && ipA === ipB;
  if (a === b) return true;
  const regA = registrableAscii(a);
  const regB = registrableAscii(b);
  if (regA && regA === regB) return true;
  if (MICROSOFT_DOMAINS.has(regA) && MICROSOFT_DOMAINS.has(regB)) return true;
  // One organisation under two suffixes: `lists.sourceforge.net` handing to `sfs-ml-2.v29.lw.sourceforge.com`.
  if (regA && regB && regA.split('.')[0] === regB.split('.')[0]) return true;
  return (!regA || !regB) && a.split('.')[0] === b.split('.')[0];
}

/** `lower` (written earlier) was received by the host that `upper` names as its peer. @internal */
export function contiguous(lower: Hop, upper: Hop): boolean {
  const by = hostKey(lower.by);
  const names = fromNames(upper);
  // A loopback peer is the host talking to itself (amavis, pps.filterd re-injecting): the hop below it may name that
  // host's own `by` (corpus: `from localhost (localhost [127.0.0.1]) by mailrelay1.lanl.gov` above
  // `… by mailrelay1.lanl.gov`, `from EXG16-P-MBX04.win.lanl.gov … by mailrelay1.lanl.gov`).
  if (ipKind(upper.ip) === 'loopback' && upper.by) names.push(hostKey(upper.by));
  if (!by || names.length === 0) return true;
  return names.some((n) => sameHost(by, n));
}

/**
 * The from side is Exchange Online's outbound relay (`NAM11-CO1-obe.outbound.protection.outlook.com`,
 * `mail-….outbound.protection.outlook.com`) at a public IP: another tenant's mail leaving Microsoft 365 for ours. Our
 * own tenant's transport never goes out and back in, so the hop is the entry even when its `by` is a
 * `*.prod.outlook.com` front end (`CH9PEPF7D53906C.namprd07.prod.outlook.com … via Frontend Transport`), not EOP's
 * `mail.protection.outlook.com` name — Microsoft's own notices to a tenant arrive so.
 */
const fromOtherTenant = (hop: Hop): boolean =>
  isRoutableIp(hop.ip) && [hop.helo, hop.rdns].some((h) => hostKey(h).endsWith('.outbound.protection.outlook.com'));

/** Both ends inside Exchange Online: the tenant's transport, never a client (nor another tenant's relay). */
function microsoftInternal(hop: Hop): boolean {
  return isMicrosoftHost(hop.by) && (isMicrosoftHost(hop.helo) || isMicrosoftHost(hop.rdns)) && !fromOtherTenant(hop);
}

interface Own {
  configured: boolean;
  host(h: string | undefined): boolean;
  ip(ip: string | undefined): boolean;
}

function ownMatcher(options: TrustOptions): Own {
  const clean = (list: unknown): string[] =>
    (Array.isArray(list) ? list : [])
      .filter((e): e is string => typeof e === 'string')
      .slice(0, 1000)
      .map((e) => e.trim().replace(/^\*?\./, ''))
      .filter(Boolean);
  const hosts = clean(options.ownHosts);
  const domains = clean(options.ownDomains);
  const ips = new Set(hosts.map((h) => normalizeIp(h)).filter((ip): ip is string => !!ip));
  const domainRegs = new Set(domains.map(registrableAscii).filter(Boolean));
  return {
    configured: hosts.length + domains.length > 0,
    host: (h) => {
      const key = hostKey(h);
      if (!key || asIp(key)) return false;
      if (hosts.some((e) => isSameOrSubdomain(key, e)) || domains.some((e) => isSameOrSubdomain(key, e))) return true;
      return domainRegs.has(registrableAscii(key));
    },
    ip: (ip) => !!ip && ips.has(ip),
  };
}

/** The from side of a hop is a configured own host (step 2b). */
function fromIsOwn(hop: Hop, own: Own): boolean {
  if (!own.configured) return false;
  if (own.ip(hop.ip)) return true;
  if (hop.rdnsStatus === 'present' && own.host(hop.rdns)) return true;
  return hop.rdnsStatus === 'not-recorded' && own.host(hop.helo);
}

interface Walk {
  own: Own;
  orgDomain: string;
  seenBy: string[];
}

/** Step 2: is hop `i` (every hop above it internal) the recipient's own? */
function isInternal(hops: Hop[], i: number, walk: Walk): boolean {
  const hop = hops[i] as Hop;
  if (isEop(hop.by)) return fromIsOwn(hop, walk.own);
  if (walk.own.host(hop.by) && (fromIsOwn(hop, walk.own) || isInternalIp(hop.ip))) return true;
  if (isInternalIp(hop.ip)) return true;
  if (INTERNAL_PROTOCOLS.has((hop.protocol ?? '').split(' ')[0] as string)) return true;
  if (microsoftInternal(hop)) return true;
  if (!hop.ip) {
    const hasFrom = !!(hop.helo || hop.rdns);
    const by = hostKey(hop.by);
    return i === 0 || !hasFrom || (!!by && walk.seenBy.some((seen) => sameHost(by, seen)));
  }
  return ownRelay(hops, i, walk);
}

/** Step 2g: one of the recipient organisation's own relays, recognised without configuration. */
function ownRelay(hops: Hop[], i: number, walk: Walk): boolean {
  const hop = hops[i] as Hop;
  const below = hops[i + 1];
  const org = walk.orgDomain;
  if (!org || !below?.ip || hop.rdnsStatus !== 'present') return false;
  if (registrableAscii(hostKey(hop.rdns)) !== org || registrableAscii(hostKey(hop.by)) !== org) return false;
  if (registrableAscii(hostKey(below.by)) !== org || !contiguous(below, hop)) return false;
  const above = hops[i - 1];
  return !above || contiguous(hop, above);
}

/** The recipient organisation's registrable domain, as the topmost named `by` says (one pass, like the walk). */
function recipientOrg(hops: Hop[]): string {
  for (const hop of hops) {
    const key = hostKey(hop.by);
    const reg = key && !asIp(key) ? registrableAscii(key) : '';
    if (reg) return reg;
  }
  return '';
}

/** Read the trust path of a message's hops (top first). Never throws. `note` hears of the cap on servers seen. */
export function readTrustPath(hops: Hop[], options: TrustOptions = {}, note?: NoteLimit): TrustPath {
  const list = Array.isArray(hops) ? hops : [];
  if (list.length === 0) return { mailbox: 'unknown', internalHops: [] };
  const walk: Walk = { own: ownMatcher(options ?? {}), orgDomain: recipientOrg(list), seenBy: [] };
  const internalHops: number[] = [];
  let entryHop: number | undefined;
  let sawEop = false;
  let seenFull = false;
  for (let i = 0; i < list.length; i++) {
    const hop = list[i] as Hop;
    sawEop ||= isEop(hop.by);
    if (!isInternal(list, i, walk)) {
      entryHop = i;
      break;
    }
    internalHops.push(i);
    const by = hostKey(hop.by);
    if (!by || walk.seenBy.includes(by)) continue;
    if (walk.seenBy.length < MAX_SEEN_BY) walk.seenBy.push(by);
    else if (!seenFull) {
      seenFull = true;
      note?.('hops-seen', MAX_SEEN_BY, hop.field?.name, hop.field?.value);
    }
  }

  // Mail that never left a Microsoft 365 tenant has no EOP hop but is still read in a Microsoft 365 mailbox.
  const tenantInternal = entryHop === undefined && list.some(microsoftInternal);
  // EOP's entry server is also named by its `prod.outlook.com` name (`AMS0PEPF0000MW48.eurprd02.prod.outlook.com`,
  // the name the hop above gives it): a hop only the recipient's system writes, so the mailbox is Microsoft 365.
  sawEop ||= entryHop !== undefined && isMicrosoftHost(list[entryHop]?.by);
  const trust: TrustPath = { mailbox: sawEop || tenantInternal ? 'microsoft365' : 'other', internalHops };
  if (entryHop === undefined) return trust;
  trust.entryHop = entryHop;

  let last = entryHop;
  for (let j = entryHop + 1; j < list.length; j++) {
    if (!contiguous(list[j] as Hop, list[j - 1] as Hop)) {
      trust.chainBrokenAt = j;
      break;
    }
    last = j;
  }
  let origin: number | undefined;
  for (let j = last; j > entryHop && origin === undefined; j--) {
    const hop = list[j] as Hop;
    if (isRoutableIp(hop.ip) && !microsoftInternal(hop)) origin = j;
  }
  if (origin === undefined && isRoutableIp(list[entryHop]?.ip)) origin = entryHop;
  if (origin !== undefined) {
    trust.originatingClient = origin;
    const by = list[origin]?.by;
    if (by) trust.recordedBy = by;
  }
  return trust;
}
