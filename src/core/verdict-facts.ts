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
import { authorAddress, governmentDomain } from './checks/sender';
import type { VerdictFacts } from './verdict';
import type { CheckContext } from './checks/check';
import { dkimAlignedPass, dkimDomain, trustedResults } from './parse/auth-results';
import { registrableDomain } from './parse/domains';
import { ESP_TRACKING_DOMAINS, FORM_ENTRIES, hidesTarget, rentedSite, throwawayEntry } from './checks/link-services';
import { brandsOwningDomain } from './brands/lookup';
import { pathAndQuery, webLinks } from './checks/links';
import { sendersOwnTenant } from './checks/hosted-page';
import type { Link } from './types';

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
    linksStayHome: () => linksStayHome(msg, ctx),
    attached: ctx.dmarc === 'unknowable',
    // Rule 3: a notice in our own organisation's name is only ours when its links lead to our own domains.
    linkOutsideOwnOrg: linked.some((d) => !own.has(d)),
    ownDomains: own,
    ...rentedDoors(msg, ctx, authenticated ? from : ''),
    blindCopy: blindCopy(msg),
  };
}

/**
 * Whether every web link stays on ground the From address names as its own and nobody else can build on: the From
 * domain is a brand's own (brands.json, role own) and each link is on that same registrable domain, or the From host
 * and each link's host are under one government's reserved suffix (`notifications.service.gov.uk` linking
 * `www.moneyclaims.service.gov.uk`). Attack it must not excuse: a spoof of the brand linking a page anyone can put on
 * the brand's platform (`docs.google.com/forms`, a bucket, a tenant: link-services.ts throwawayEntry), a shortener, or
 * a redirect carrying a URL in its query (an open redirect on the brand's own host) — each keeps the rule from
 * applying; a free mailbox's domain is a brand's mailbox, not its own (role own), so no ground of the sender's.
 */
function linksStayHome(msg: ParsedMessage, ctx: CheckContext): boolean {
  const from = msg.from?.registrable ?? '';
  const fromHost = msg.from?.domain?.toLowerCase() ?? '';
  if (!from) return false;
  // A host named in prose without a scheme (the reader's own domain in a renewal notice) is no door, as in rentedDoors.
  const links = webLinks(msg).filter(
    (l) => !l.wrapper?.declared && (l.source !== 'text' || /^https?:\/\//i.test(l.href)),
  );
  if (links.length === 0) return false;
  const brandOwn = brandsOwningDomain(ctx.brands, from, ['own']).length > 0;
  const government = governmentTail(fromHost);
  return links.every((l) => {
    const path = pathAndQuery(l.url);
    if (throwawayEntry(l.host, path) || hidesTarget(l.registrable, path) || /https?(?::|%3a)/i.test(path)) return false;
    return (
      (brandOwn && l.registrable === from) || (!!government && governmentTail(l.host.toLowerCase()) === government)
    );
  });
}

/**
 * The government's reserved public suffix a host stands under (`gov.uk` for `moneyclaims.service.gov.uk`, `go.jp`),
 * or ''. A suffix only (shorter than the host's registrable domain): `go.co` registered as a domain is nobody's.
 */
function governmentTail(host: string): string {
  const reg = registrableDomain(host);
  const labels = host.split('.');
  for (let i = 1; i < labels.length; i++) {
    const tail = labels.slice(i).join('.');
    if (reg.endsWith('.' + tail) && governmentDomain('x.' + tail)) return tail;
  }
  return '';
}

/**
 * Rule 2j: To and Cc name nobody but the sender (`To: <the sender>`, `undisclosed-recipients:;`, none): the reader
 * was sent a blind copy, as one of a list the message hides. A compromised mailbox's blast to its whole address book
 * goes so; a share or a signing request names whom it is for.
 */
function blindCopy(msg: ParsedMessage): boolean {
  const from = msg.from?.address?.toLowerCase();
  const named = [...msg.to, ...msg.cc].filter((a) => a.address);
  return !!from && named.every((a) => a.address.toLowerCase() === from);
}

/** Link buttons a lure's PDF holds: one or two (VIEW and DOWNLOAD); a real document links far more. */
const MAX_PDF_BUTTONS = 3;

/**
 * Rules 2h, 2i and 2l: whether every way out of the message is a rented page or a hidden target, whether every one
 * hides its target (a shortener), and whether a PDF's button opens a rented page. A door is `rented` when the link opens a page anyone rents in minutes (a free site, app
 * host, bucket or IPFS: link-services.ts rentedSite) that is not a form (forms are pages by design: a club's sign-up
 * sheet) nor an authenticated sender's own tenant (`contoso-benefits.azurewebsites.net` in contoso.com's mail), and
 * `hidden` when a shortener hides where it goes. A host named in prose without a scheme is no door, nor a page on the
 * authenticated sender's own registrable domain (`authenticatedFrom`, '' when the From domain is not confirmed).
 */
function rentedDoors(
  msg: ParsedMessage,
  ctx: CheckContext,
  authenticatedFrom: string,
): Pick<VerdictFacts, 'onlyRentedDoors' | 'onlyHiddenDoors' | 'pdfRentedButton' | 'pdfButtons'> {
  const door = (l: Link): 'rented' | 'hidden' | undefined => {
    const path = pathAndQuery(l.url);
    if (l.wrapper?.declared) return undefined;
    // The platform's own notice of its own page (Canva's "shared a design" from canva.com linking canva.com/design/…,
    // authenticated): only the platform sends from there, and what the page says is content's to judge.
    if (authenticatedFrom && l.registrable === authenticatedFrom) return undefined;
    if (hidesTarget(l.registrable, path)) return 'hidden';
    const entry = rentedSite(l.host, path);
    return entry && !FORM_ENTRIES.has(entry) && !sendersOwnTenant(msg, ctx, l.host, entry) ? 'rented' : undefined;
  };
  const links = webLinks(msg).filter((l) => l.source !== 'text' || /^https?:\/\//i.test(l.href));
  const doors = links.map(door);
  const perFile = new Map<string, number>();
  for (const l of links)
    if (l.source === 'attachment') perFile.set(l.attachment ?? '', (perFile.get(l.attachment ?? '') ?? 0) + 1);
  const buttons = links.filter(
    (l) => l.source === 'attachment' && (perFile.get(l.attachment ?? '') ?? 0) <= MAX_PDF_BUTTONS,
  );
  return {
    onlyRentedDoors: doors.length > 0 && doors.every((d) => d !== undefined),
    onlyHiddenDoors: doors.length > 0 && doors.every((d) => d === 'hidden'),
    ...(buttons.length > 0 && { pdfButtons: new Set(buttons.map((l) => l.url)) }),
    pdfRentedButton: links.some(
      (l, i) =>
        l.source === 'attachment' && doors[i] === 'rented' && (perFile.get(l.attachment ?? '') ?? 0) <= MAX_PDF_BUTTONS,
    ),
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
