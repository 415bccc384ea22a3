/**
 * Facts the verdict policy needs and no finding carries (verdict.ts, rules 3 and 4), from what the checks already
 * computed (the shared context, the parsed links and authentication results).
 *
 * Coherence of the sender: genuine bulk mail is coherent: authenticated for its From domain, and every link and
 * unsubscribe address goes to that domain or to its ESP (a signing DKIM domain, or a known tracking domain). Judged by registrable domain only;
 * never by a list's name or by the presence of a List-* header as such — only whose domains its addresses are.
 * Limit: a phisher's own authenticated domain that links only to itself is coherent too; coherence only turns
 * personalisation warnings into context, never a fail (brand, look-alike, password form, attachment).
 */
import type { ParsedMessage } from './types';
import { isFreeMail } from './checks/free-mail';
import { authorAddress } from './checks/sender';
import type { VerdictFacts } from './verdict';
import type { CheckContext } from './checks/check';
import { dkimAlignedPass, dkimDomain, trustedResults } from './parse/auth-results';
import { registrableDomain } from './parse/domains';
import { ESP_TRACKING_DOMAINS } from './checks/link-services';
import { webLinks } from './checks/links';

/** The facts for decideVerdict. */
export function verdictFacts(msg: ParsedMessage, ctx: CheckContext): VerdictFacts {
  const from = msg.from?.registrable ?? '';
  // A link is judged where it leads; a gateway's declared-only target is no domain of anyone's here.
  const linked = webLinks(msg).map((l) => (l.wrapper?.declared ? '' : l.registrable));
  const unsubscribe = msg.headers
    .filter((h) => h.key === 'list-unsubscribe')
    .flatMap((h) => h.value.slice(0, 2000).split(','))
    .map(unsubscribeDomain);
  const esp = trustedResults(msg.authResults, 'dkim')
    .filter((r) => r.result === 'pass')
    .map((r) => registrableDomain(dkimDomain(r)));
  const sender = new Set([from, ...esp].filter(Boolean));
  const authenticated = !!from && (ctx.dmarc === 'pass' || !!dkimAlignedPass(msg.authResults, from));
  const own = new Set(ctx.ownDomains);
  return {
    authenticated,
    // Asked by rule 2d only when its answer could change the verdict: the maintained list is loaded for those alone.
    freeMailSender: () => {
      const author = authorAddress(msg).address;
      return !!author?.domain && isFreeMail(author.domain, ctx);
    },
    coherent:
      authenticated &&
      [...linked, ...unsubscribe.filter((d): d is string => d !== undefined)].every(
        (d) => sender.has(d) || ESP_TRACKING_DOMAINS.has(d),
      ),
    webLink: linked.length > 0,
    attached: ctx.dmarc === 'unknowable',
    // Rule 3: a notice in our own organisation's name is only ours when its links lead to our own domains.
    linkOutsideOwnOrg: linked.some((d) => !own.has(d)),
    ownDomains: own,
  };
}

/** The domain of a List-Unsubscribe address (`<https://host/…>`, `<mailto:x@host?…>`); undefined when unreadable. */
function unsubscribeDomain(part: string): string | undefined {
  try {
    const url = new URL(part.trim().replace(/^</, '').split('>')[0]!);
    return registrableDomain(url.hostname || url.pathname.split('@').pop()!.toLowerCase());
  } catch {
    return undefined;
  }
}
