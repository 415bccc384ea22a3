/**
 * Microsoft 365 / Exchange filter verdict headers, judged by name (DESIGN): Exchange Online strips incoming
 * `X-MS-Exchange-Organization-*` and renames another tenant's results (`X-Forefront-Antispam-Report-Untrusted`,
 * `X-Microsoft-Antispam-Untrusted`, partner-m365-to-m365 fixture). So in a mailbox whose entry hop is EOP,
 * `X-MS-Exchange-Organization-*`, `X-Forefront-Antispam-Report` and `X-Microsoft-Antispam` are the tenant's own;
 * in any other mailbox the same names came from upstream (corpus usrp_users/00028: a sender tenant's
 * `x-forefront-antispam-report` travelling through a mailing list) and are the sender's word; `-Untrusted` always is.
 *
 * `values` keys: the Forefront report's own keys, upper-cased (SFV, SCL, CAT, SFTY, CIP, CTRY, PTR, H, DIR, LANG,
 * IPV, SFP …); `BCL` (and PCL) from X-Microsoft-Antispam; `ORG-SCL`, `ORG-AUTHAS`, `ORG-DIRECTIONALITY` from
 * X-MS-Exchange-Organization-SCL / -AuthAs / -MessageDirectionality (`SCL` falls back to ORG-SCL); `compauth` and
 * `compauth.reason` from the trusted Authentication-Results.
 */
import type { AuthResults, HeaderField, OrgFilter, TrustPath } from '../types';
import { parseAuthResults, trustedResult } from './auth-results';
import type { NoteLimit } from './limits';
import { parseHops } from './received';

const FOREFRONT = 'x-forefront-antispam-report';
const ANTISPAM = 'x-microsoft-antispam';
const ORG_PREFIX = 'x-ms-exchange-organization-';
/** Characters and `KEY:value` pairs of one header read (real ones: about 1 KB, 20 pairs); more is noted. */
const MAX_FILTER_HEADER = 16 * 1024;
const MAX_PAIRS = 100;
/**
 * Characters kept of one value. Not an analysis cap: the values judged (SCL, CAT, compauth) are a few characters;
 * the long ones are rule lists nobody reads here (SFS runs to 600 characters in the corpus).
 */
const MAX_VALUE = 256;
const ORG_VALUES: Record<string, string> = {
  'x-ms-exchange-organization-scl': 'ORG-SCL',
  'x-ms-exchange-organization-authas': 'ORG-AUTHAS',
  'x-ms-exchange-organization-messagedirectionality': 'ORG-DIRECTIONALITY',
};

const isOwnName = (key: string): boolean => key === FOREFRONT || key === ANTISPAM || key.startsWith(ORG_PREFIX);
const isUntrustedName = (key: string): boolean => key === `${FOREFRONT}-untrusted` || key === `${ANTISPAM}-untrusted`;

/**
 * `KEY:value;KEY:value;` pairs (Forefront, X-Microsoft-Antispam); the first occurrence of a key wins. `cut` hears
 * which cap, if any, left part of the value unread.
 */
function readPairs(
  value: string,
  into: Record<string, string>,
  cut?: (code: 'org-filter-size' | 'org-filter-pairs', cap: number) => void,
): void {
  const parts = value.slice(0, MAX_FILTER_HEADER).split(';');
  if (value.length > MAX_FILTER_HEADER) cut?.('org-filter-size', MAX_FILTER_HEADER);
  else if (parts.length > MAX_PAIRS && parts.slice(MAX_PAIRS).some((p) => p.trim() !== ''))
    cut?.('org-filter-pairs', MAX_PAIRS);
  for (const part of parts.slice(0, MAX_PAIRS)) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim().toUpperCase();
    if (!key || key.length > 32 || Object.prototype.hasOwnProperty.call(into, key)) continue;
    into[key] = part
      .slice(colon + 1)
      .trim()
      .slice(0, MAX_VALUE);
  }
}

/**
 * When a name appears more than once, the tenant's own copy is the one Exchange stamped last (at the bottom of the
 * header block); for the Forefront report, the copy whose CIP is the entry hop's IP is preferred when there is one.
 */
function pick(fields: HeaderField[], key: string, entryIp: string | undefined): HeaderField | undefined {
  const named = fields.filter((f) => f.key === key);
  if (entryIp && key.startsWith(FOREFRONT)) {
    const match = named.find((f) => {
      const pairs: Record<string, string> = {};
      readPairs(f.value, pairs);
      return pairs.CIP === entryIp;
    });
    if (match) return match;
  }
  return named[named.length - 1];
}

/**
 * The filter headers of a message, with whether they are the tenant's own. `auth` is the parsed
 * Authentication-Results when the caller has them (else they are read here) — compauth comes from the trusted one.
 * undefined when the message carries none of these headers. Never throws.
 */
export function readOrgFilter(
  headers: HeaderField[],
  trust: TrustPath,
  auth?: AuthResults[],
  note?: NoteLimit,
): OrgFilter | undefined {
  const list = Array.isArray(headers) ? headers : [];
  const ownNamed = list.filter((h) => isOwnName(h?.key ?? ''));
  const untrusted = list.filter((h) => isUntrustedName(h?.key ?? ''));
  if (ownNamed.length === 0 && untrusted.length === 0) return undefined;

  const hops = parseHops(list);
  const entryIp = trust?.entryHop !== undefined ? hops[trust.entryHop]?.ip : undefined;
  const own = trust?.mailbox === 'microsoft365' && ownNamed.length > 0;
  // Own: only the tenant's names. Otherwise all of them are the sender's word, the plain names read first.
  const fields = own ? ownNamed : [...ownNamed, ...untrusted];
  const values: Record<string, string> = {};
  const keys = own ? [FOREFRONT, ANTISPAM] : [FOREFRONT, ANTISPAM, `${FOREFRONT}-untrusted`, `${ANTISPAM}-untrusted`];
  for (const key of keys) {
    const field = pick(fields, key, entryIp);
    // Only the tenant's own verdict is judged (checks/origin.ts): a cap on the sender's copy cut nothing that counts.
    if (field)
      readPairs(field.value, values, own ? (code, cap) => note?.(code, cap, field.name, field.value) : undefined);
  }
  for (const [key, name] of Object.entries(ORG_VALUES)) {
    const field = pick(fields, key, undefined);
    if (field) values[name] = field.value.trim().slice(0, MAX_VALUE);
  }
  if (values.SCL === undefined && values['ORG-SCL'] !== undefined) values.SCL = values['ORG-SCL'];

  const results = auth ?? parseAuthResults(list, hops, trust);
  const compauth = trustedResult(results, 'compauth');
  if (compauth) {
    values.compauth = compauth.result;
    if (compauth.reason) values['compauth.reason'] = compauth.reason;
  }
  return { own, fields, values };
}

/**
 * The reader's own Exchange Online tenant says the sender authenticated inside it (`X-MS-Exchange-Organization-AuthAs:
 * Internal`, a header Exchange strips from every message arriving from outside, so only the tenant's own copy is
 * read): its system mail ("Microsoft Outlook" <MicrosoftExchange…@tenant.onmicrosoft.com>) and its users.
 */
export function sentInsideTenant(filter: OrgFilter | undefined): boolean {
  return !!filter?.own && filter.values['ORG-AUTHAS']?.toLowerCase() === 'internal';
}
