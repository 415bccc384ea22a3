/**
 * Links: where the body's links really go. The href (after unwrapping Safe Links / URL Defense) is what the
 * browser opens; the visible text can say anything.
 */
import type { Evidence } from '../report';
import type { Link, ParsedMessage } from '../types';
import { registrableDomain } from '../parse/domains';
import { brandDomainRole, brandsOwningDomain, findBrandInUrlParts, isBrandDomain, type Brand } from '../brands/lookup';
import { finding } from '../findings';
import type { Check, CheckContext } from './check';
import {
  ESP_TRACKING_DOMAINS,
  FORM_ENTRIES,
  hidesTarget,
  rentedSite,
  sharedPageName,
  throwawayEntry,
} from './link-services';
import { isFreeMail } from './free-mail';
import { findLookalike } from '../brands/lookalike';
import { safeDecode } from '../text';
import { brandLabelOnSignInDomain, isTenantPlatform } from './brand-subdomain';
import type * as RareJudge from './links-rare-judge';

/** Evidence rows shown per finding; the rest are counted in the message. */
const MAX_EVIDENCE = 5;

export function linkEvidence(link: Link, highlight?: string): Evidence {
  const shown = link.url;
  return {
    url: shown,
    value: link.wrapper ? link.wrapper.href : link.text,
    highlight: highlight && shown.includes(highlight) ? highlight : undefined,
    author: 'sender',
    // A PDF's link button (core/qr/pdf.ts): the reader will not find it in the message, so say where it is.
    ...(link.attachment !== undefined && {
      names: [{ key: 'evidence.in-attachment', params: { file: link.attachment } }],
    }),
  };
}

/** Web links a user can click (form actions included); mailto:, tel:, cid: and fragments are not judged here. */
export function webLinks(msg: ParsedMessage): Link[] {
  return msg.links.filter((l) => (l.scheme === 'http' || l.scheme === 'https') && l.host);
}

/**
 * Where a link is taken to lead: its (unwrapped) host, or — for a link-protection wrapper that keeps the target on
 * its own server and only declares its domain (Mimecast's `?domain=`) — the declared host: what the reader's gateway
 * shows as the destination. It is the visible target, like an anchor's text: read for what it says, never as a brand
 * planted in the URL. Limit: the gateway redirects by its token, so an edited `domain=` would be believed here.
 */
function linkTarget(link: Link): { host: string; registrable: string } {
  // unwrapUrl sets `declared` only when the innermost wrapper could not be opened: link.url is that wrapper.
  const declared = link.wrapper?.declared;
  if (!declared) return { host: link.host, registrable: link.registrable };
  return { host: declared, registrable: registrableDomain(declared) };
}

/** Path and query of a link, without a wrapper's declared-target parameter (`domain=<target>`): that is no plant. */
function searchedPathAndQuery(link: Link): string {
  const path = pathAndQuery(link.url);
  const declared = link.wrapper?.declared;
  const q = path.indexOf('?');
  if (!declared || q < 0) return path;
  const kept = path
    .slice(q + 1)
    .split('&')
    .filter((part) => safeDecode(part.slice(part.indexOf('=') + 1)).toLowerCase() !== declared);
  return path.slice(0, q) + (kept.length > 0 ? '?' + kept.join('&') : '');
}

/**
 * Whether the From is taken at its word for its ESP's click trackers: authenticated, or an attached message's, which
 * nothing could authenticate — a genuine brand's mail passed on as a file links through its ESP too, and a phish's own
 * signs (a rented or look-alike host, a brand in a path, a lure) are judged apart. A brand's sites under other
 * suffixes (nationalSiteOf) stay the authenticated brand's word only: `paypal.top` is also what a phisher registers.
 */
const fromOwnsLinks = (ctx: CheckContext) => ctx.dmarc === 'pass' || ctx.dmarc === 'unknowable';

/** Domains the sender may link to without it meaning anything: its own, its ESP's, its brand's other sites (above). */
export function senderLinkDomains(
  msg: ParsedMessage,
  ctx: CheckContext,
  national = nationalSiteOf(msg, ctx),
): (domain: string) => boolean {
  const own = new Set(
    [msg.from?.registrable, msg.sender?.registrable, ...msg.replyTo.map((r) => r.registrable)].filter(Boolean),
  );
  return (domain) =>
    own.has(domain) ||
    (fromOwnsLinks(ctx) && ESP_TRACKING_DOMAINS.has(domain)) ||
    (ctx.dmarc === 'pass' && national(domain));
}

/**
 * A brand's own domain in From (the table's, not a shared host's: `onmicrosoft.com` or free mail prove nothing about
 * `onmicrosoft.xyz`) also owns the brand's other domains (`paypal.co.uk` → `paypal.com`) and the same name under
 * another country's suffix (`mercadopago.com` → `mercadopago.com.ar`), registered by the brand per country. Whether
 * the From domain is believed (DMARC) is the caller's to ask.
 */
export function nationalSiteOf(msg: ParsedMessage, ctx: CheckContext): (domain: string) => boolean {
  const from = msg.from?.registrable;
  const brands = from ? brandsOwningDomain(ctx.brands, from) : [];
  if (!from || brands.length === 0) return () => false;
  // Registrable domains both: the first label is the label under any suffix (`mercadopago` of mercadopago.com.ar)
  // without asking the suffix rules, as labelOf would.
  const label = from.split('.')[0];
  return (domain) =>
    domain !== from && (domain.split('.')[0] === label || brands.some((b) => brandDomainRole(b, domain) === 'own'));
}

/** A link opens a page anyone rents (not a form, a project page or a file to download). */
function rentedNotForm(host: string, path: string): boolean {
  const entry = rentedSite(host, path);
  return !!entry && !FORM_ENTRIES.has(entry);
}

/**
 * links.host-mismatch: a link's registrable domain is neither the claimed brand's nor the sender's — and, when a
 * brand is claimed by a sender the mail is not authenticated as, not the brand's even if it is the sender's own.
 * Attack: the KAGOYA link goes to santamariasold.com, a compromised site unrelated to both; the HMRC refund from
 * gov-refundclaim.uk, DMARC passing for that domain, links to gov-refundclaim.uk: the phisher's own site.
 * Trap: everyday mail links to third parties, so without a claimed brand it is only a warning; an authenticated
 * sender's ESP click-tracking domains are the sender's own; a brand that authenticated is judged like any sender. A
 * brand whose domains nobody checked against a public source (`unverified`) may own the link's domain without the
 * table knowing: for it the mismatch only warns, as sender.brand-mismatch does.
 */
const hostMismatch: Check = (msg, ctx) => {
  const senderOwns = senderLinkDomains(msg, ctx);
  const brandClaimed = ctx.claimed.length > 0;
  const brandAuthenticated =
    brandClaimed &&
    fromOwnsLinks(ctx) &&
    !!msg.from?.domain &&
    ctx.claimed.some((m) => isBrandDomain(m.brand, msg.from!.domain));
  const mismatch = brandClaimed && !brandAuthenticated;
  const readersOwn = readerDomainNamed(msg);
  const readersTenant = readerTenant(msg, ctx);
  const foreign = webLinks(msg).filter((l) => {
    const target = linkTarget(l);
    if (!target.registrable && !l.ipHost) return false;
    if (readersOwn(l) || readersTenant(target.host)) return false;
    if (ctx.claimed.some((m) => leadsToBrand(m.brand, target.host))) return false;
    return mismatch || !senderOwns(target.registrable);
  });
  if (foreign.length === 0) return undefined;
  const hosts = [...new Set(foreign.map((l) => linkTarget(l).registrable || l.host))];
  // An unverified list may lack the brand's link domain — unless the brand already "wrote" from a free mailbox
  // (sender.brand-mismatch fails it): a stranger's link then is the stranger's. Asked last: it may load the list.
  // Nor can any list lack a page anyone rents (a Canva site, IPFS): the tax office's or the post's notice sent from a
  // school's taken-over mailbox to `cra-refund.my.canva.site`; a form stays a form (a survey by the brand's agency).
  const fail =
    mismatch &&
    (ctx.claimed.some((m) => m.brand.confidence === 'verified') ||
      foreign.some((l) => rentedNotForm(linkTarget(l).host, pathAndQuery(l.url))) ||
      (!!msg.from?.domain &&
        !ctx.claimed.some((m) => m.brand.mailboxDomains.length > 0) &&
        isFreeMail(msg.from.domain, ctx)));
  const brand = (ctx.claimed.find((m) => m.brand.confidence === 'verified') ?? ctx.claimed[0])?.brand.names[0] ?? '';
  return finding(
    'links.host-mismatch',
    fail ? 'fail' : 'warn',
    {
      hosts: hosts.slice(0, MAX_EVIDENCE),
      count: hosts.length,
      brand,
      sender: msg.from?.domain ?? '',
    },
    dedupeByHost(foreign)
      .slice(0, MAX_EVIDENCE)
      .map((l) => linkEvidence(l, l.host)),
    fail ? 'links.host-mismatch.brand' : mismatch ? 'links.host-mismatch.brand-unverified' : 'links.host-mismatch',
  );
};

/**
 * A host named in prose without a scheme (`ourbakery.co.nz - expires 1 Oct`) that is the reader's own domain (a
 * recipient's): the name of the reader's website or mail domain, which registrars, hosts, web agencies, search
 * consoles and DMARC reports write in every notice; not a place the sender sends the reader to, nor another
 * organisation. Trap: only a scheme-less mention in the text part — a written `https://` link or an HTML anchor to the
 * reader's domain is judged as ever, and any other link beside the mention (the renewal scam's own payment page)
 * still counts.
 */
function readerDomainNamed(msg: ParsedMessage): (link: Link) => boolean {
  const own = new Set(
    recipientAddresses(msg, MAX_RECIPIENTS)
      .map((a) => registrableDomain(a.slice(a.lastIndexOf('@') + 1)))
      .filter(Boolean),
  );
  return (l) => own.size > 0 && l.source === 'text' && !/^[a-z][a-z0-9+.-]*:/i.test(l.href) && own.has(l.registrable);
}

/**
 * A SharePoint or OneDrive host of the reader's own organisation's Microsoft 365 tenant (`fernhillengineering.sharepoint.com`,
 * `fernhillengineering-my.sharepoint.com` for a reader at fernhill-engineering.com or an `ownDomains` domain): the
 * reader's own site, not another organisation's. Genuine: a colleague's share notification from sharepointonline.com
 * whose authentication the reader's system left unreadable — "Microsoft" claimed, the link on Microsoft's hosting,
 * which anyone may rent, failed as a stranger's page. Trap: the tenant's name must be the reader's domain's label
 * exactly (letters and digits; a tenant only starting with it is another one), and never a free-mail domain's
 * (`gmail.sharepoint.com` names no reader's organisation); a kit's page on a taken-over third tenant still counts.
 */
function readerTenant(msg: ParsedMessage, ctx: CheckContext): (host: string) => boolean {
  let names: Set<string> | undefined;
  const readerNames = () => {
    const out = new Set<string>();
    const recipients = recipientAddresses(msg, MAX_RECIPIENTS).map((a) => a.slice(a.lastIndexOf('@') + 1));
    for (const d of [...ctx.ownDomains, ...recipients]) {
      const reg = registrableDomain(d);
      const name = oneWord(reg.split('.')[0] ?? '');
      // Asked only once a SharePoint link is there: the free-mail list may be loaded for it.
      if (name.length >= 3 && !isFreeMail(reg, ctx)) out.add(name);
    }
    return out;
  };
  return (host) => {
    if (!host.endsWith('.sharepoint.com')) return false;
    names ??= readerNames();
    return names.has(oneWord(host.slice(0, host.indexOf('.')).replace(/-my$/, '')));
  };
}

const oneWord = (name: string) => name.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A link to the brand: its own domains, or the web pages of the free mail it runs (account.live.com, outlook.com for
 * Microsoft: anyone may have an address there, but the site is the brand's). Its hosting (sharepoint.com) is not.
 */
function leadsToBrand(brand: Brand, host: string): boolean {
  const role = brandDomainRole(brand, host);
  return role === 'own' || role === 'mailbox';
}

function dedupeByHost(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.host) && !!seen.add(l.host));
}

/**
 * links.brand-in-path: a brand's domain or name planted in the path, query or subdomain of a link to an unrelated
 * host (`santamariasold.com/move/kagoya.net/`, `amazon.co.jp.signin-verify.xyz`), or its label as a whole subdomain
 * label before a domain of sign-in words alone (`sparkasse.secure-login-7.com`, brand-subdomain.ts), or a government's
 * whole domain as its leading labels (`nzta.govt.nz.toll-payment.kotahi-notice.cfd`: links.brand-in-path.government).
 * Attack: the user glances at the URL, sees the brand, and trusts it.
 * Trap: a redirect whose target is the brand's real site (`?url=https://www.amazon.co.jp/…`) leads to the brand;
 * an authenticated sender's own links routing by path (partner sites) are the sender's business; a SaaS tenant named
 * for the brand (`netflix.zendesk.com`, `dhl.okta.com`) is the brand's own account on that platform.
 */
export const brandInPath = (msg: ParsedMessage, ctx: CheckContext, skip?: ReadonlySet<string>) => {
  const hits: { link: Link; text: string; brand: string; government?: true }[] = [];
  const ownService = sendersOwnService(msg, ctx);
  for (const link of brandSearchedLinks(msg, ctx)) {
    // A domain another check owns (links.lookalike-host: a brand's name and a phishing page's word) is said there.
    if (skip?.has(link.registrable) || link.registrable === ownService) continue;
    const path = searchedPathAndQuery(link);
    const shape = copiedPathShape(ctx, link, path);
    if (shape) {
      hits.push(shape);
      if (hits.length >= MAX_EVIDENCE) break;
      continue;
    }
    for (const m of findBrandInUrlParts(ctx.brands, {
      host: link.host,
      registrable: link.registrable,
      pathAndQuery: path,
    })) {
      // The brand's own site, or its name as the label of the brand's own hosting domain (`kb1vc.github.io`).
      if (isBrandDomain(m.brand, link.host) || (m.where === 'host' && brandDomainRole(m.brand, link.host))) continue;
      if (redirectsToBrand(path, m.text)) continue;
      // A SaaS tenant named for the brand (`netflix.zendesk.com`, `dhl.okta.com`) is the brand's account there.
      if (m.where === 'subdomain' && isTenantPlatform(link.registrable)) continue;
      // A brand's bare *name* in a path is an article slug as often as a lure (`/news/amazon-prime-day.html`): it
      // counts only when the message itself claims that brand. Its domain, or its name in the host, always counts.
      if (m.kind === 'name' && m.where === 'path' && !ctx.claimed.some((c) => c.brand.id === m.brand.id)) continue;
      hits.push({ link, text: m.text, brand: m.brand.names[0] ?? m.text });
      break;
    }
    // No brand's name or domain read in it: its label before a domain of sign-in words (brand-subdomain.ts), or a
    // government's domain as its leading labels.
    const other =
      hits[hits.length - 1]?.link === link
        ? undefined
        : (brandLabelShape(ctx, link) ?? rare?.governmentShape(msg, ctx, link));
    if (other) hits.push(other);
    if (hits.length >= MAX_EVIDENCE) break;
  }
  const first = hits[0];
  if (!first) return undefined;
  return finding(
    'links.brand-in-path',
    'fail',
    { planted: first.text, brand: first.brand, host: first.link.host },
    hits.map((h) => linkEvidence(h.link, h.text)),
    first.government ? 'links.brand-in-path.government' : 'links.brand-in-path',
  );
};

/**
 * Brands' own paths that no other site writes, each with the brand's id: a SharePoint or OneDrive sharing link's
 * shape — `/:b:/g/personal/…`, `/:x:/r/sites/…` (a letter for the file kind, then g, r or s) — and Booking.com's
 * partner extranet, `admin.booking.com/hotel/hoteladmin/extranet_ng/manage/…` (its reservation, inbox and iCal pages),
 * and a monobank jar's (`send.monobank.ua/jar/7Xk2mQp4Rz`: `/jar/` and the jar's id alone, the page Ukraine's
 * fundraisers share; a kit's `send.monobanka-jar.com/jar/…` copies it for a fake fundraiser, set44 p-uk-01 — the
 * cyber police warn of such jar pages). Only the id's shape (ten letters and digits, capitals among them): not `/jar/`
 * before anything else (a file name `…/jar/app-1.2.jar`, a shop's `/jar/honeyjar50` product page).
 * The part named to the reader is the match without its last slash (`/:b:/g`, `/jar`).
 */
const COPIED_PATHS: readonly (readonly [RegExp, string])[] = [
  [/^\/:[a-z]:\/[grs]\//i, 'microsoft'],
  [/^\/hotel\/hoteladmin\//i, 'booking'],
  [/^\/jar\/(?=[0-9A-Za-z]{10}\/?(?:$|[?#]))(?=[0-9a-z]*[A-Z])/, 'monobank'],
];

/**
 * A brand's own path (COPIED_PATHS) on a host that is not the brand's: kits copy the path of a real share onto their
 * own host (`halvorsenmillwork-my.docs-secureview.com/:b:/g/personal/…`) so the link reads like OneDrive, and the
 * "guest message", "cancelled reservation" and "verify your property" kits aimed at hotels copy the extranet's
 * (`extranet-partner-id8812.com/hotel/hoteladmin/extranet_ng/manage/messaging/…`) so it reads like Booking.com.
 * Trap: the brand's own mail links its own host (unwrapped from a Safe Links or tracking wrapper first); a channel
 * manager's authenticated mail links its own host, never searched here (brandSearchedLinks).
 */
function copiedPathShape(
  ctx: CheckContext,
  link: Link,
  path: string,
): { link: Link; text: string; brand: string } | undefined {
  for (const [shape, id] of COPIED_PATHS) {
    const m = shape.exec(path);
    if (!m) continue;
    const brand = ctx.brands.brands.find((b) => b.id === id);
    if (!brand || brandDomainRole(brand, linkTarget(link).host)) return undefined;
    return { link, text: m[0].slice(0, -1), brand: brand.names[0] ?? id };
  }
  return undefined;
}

/**
 * A brand's own label as a whole subdomain label of a domain made of sign-in words (`sparkasse.secure-login-7.com`,
 * brand-subdomain.ts): the brand planted where the reader's eye lands, even for a strict name the host is otherwise
 * not read for.
 */
function brandLabelShape(ctx: CheckContext, link: Link): { link: Link; text: string; brand: string } | undefined {
  const planted = brandLabelOnSignInDomain(ctx.brands, link.host, link.registrable, ctx.needs);
  if (!planted || isBrandDomain(planted.brand, link.host)) return undefined;
  return { link, text: planted.label, brand: planted.brand.names[0] ?? planted.brand.strictNames[0] ?? planted.label };
}

/**
 * The sender's domain when it has the shape of a brand's own national e-invoicing site (lookalike.ts `ownService`:
 * `vnpt-invoice.com.vn` beside vnpt.vn) and the reader's system left no verdict the checks may read: its links to that
 * same domain (the customer's lookup portal, `<customer>-tt78.vnpt-invoice.com.vn`) are then the sender's own, as an
 * authenticated sender's are (brandSearchedLinks) — sender.lookalike-domain already judges that one domain, and
 * reading it again as a planted brand made VNPT's genuine invoice notice likely phishing (set44 g-vi-01).
 * Trap: a kit's shape under another suffix (`vnpt-invoice.com`) is no ownService; a trusted verdict that does not pass
 * (dmarc=none or fail for that domain) keeps every link searched; a link to any other host is searched as before.
 */
function sendersOwnService(msg: ParsedMessage, ctx: CheckContext): string | undefined {
  const from = msg.from?.registrable;
  if (!from || msg.authResults.some((a) => a.trusted)) return undefined;
  return findLookalike(ctx.brands, from, ctx.ownDomains, ctx.claimed)?.ownService ? from : undefined;
}

/** The links brand-in-path searches (of `links`, by default every web link): all but an authenticated sender's own. */
export function brandSearchedLinks(msg: ParsedMessage, ctx: CheckContext, links = webLinks(msg)): Link[] {
  if (ctx.dmarc !== 'pass') return links;
  const senderOwns = senderLinkDomains(msg, ctx);
  return links.filter((link) => !senderOwns(linkTarget(link).registrable));
}

export function pathAndQuery(url: string): string {
  const start = url.indexOf('//');
  const slash = start < 0 ? -1 : url.indexOf('/', start + 2);
  return slash < 0 ? '' : url.slice(slash);
}

/** `…?url=https://www.amazon.co.jp/…`: the brand appears as the host of an embedded URL, i.e. the real target. */
function redirectsToBrand(path: string, planted: string): boolean {
  const decoded = safeDecode(path).toLowerCase();
  const at = decoded.indexOf(planted.toLowerCase());
  if (at < 0) return false;
  const before = decoded.slice(Math.max(0, at - 12), at);
  return /https?:\/\/(www\.)?$/.test(before);
}

/** The domain a link's visible text shows, when the text is itself a URL or a domain. */
function domainShownIn(text: string | undefined): string | undefined {
  const t = (text ?? '').normalize('NFKC').trim();
  if (!t || t.length > 300 || /\s/.test(t) || !t.includes('.')) return undefined;
  const host =
    t
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .split(/[/?#:]/)[0]
      ?.replace(/^.*@/, '') ?? '';
  const reg = registrableDomain(host);
  return reg || undefined;
}

/** Embedded destinations looked at in one link's query: a click tracker carries one. */
const MAX_EMBEDDED = 8;

/**
 * The link's own path or query names the shown domain as where it leads (`…/go/to?destUrl=http://www.us.buy.com/…`
 * shown as "buy.com"): a click tracker, whose redirect ends where the text says. A brand shown this way still counts
 * (brand-in-path judges the brand; an open redirect on a stranger's host proves nothing).
 */
function declaresDestination(url: string, shown: string): boolean {
  const decoded = safeDecode(pathAndQuery(url)).toLowerCase();
  let at = decoded.indexOf('//');
  for (let n = 0; at >= 0 && n < MAX_EMBEDDED; n++, at = decoded.indexOf('//', at + 2)) {
    if (!/https?:$/.test(decoded.slice(Math.max(0, at - 6), at))) continue;
    const rest = decoded.slice(at + 2, at + 2 + 255);
    const end = rest.search(/[/?#&:"'\s]|$/);
    if (registrableDomain(rest.slice(0, end)) === shown) return true;
  }
  return false;
}

/**
 * links.text-mismatch: the visible text shows one domain, the href (unwrapped) opens another.
 * Attack: `<a href="https://evil.example">https://www.amazon.co.jp</a>` — fail when the shown domain is a brand's.
 * Trap: ESP click tracking rewrites every href to its own domain, and Safe Links wraps them: both are unwrapped or
 * excused (an authenticated sender's tracker, the sender's own redirect) before judging.
 */
const textMismatch: Check = (msg, ctx) => {
  const national = nationalSiteOf(msg, ctx);
  const senderOwns = senderLinkDomains(msg, ctx, national);
  const hits: { link: Link; shown: string; brandShown: boolean }[] = [];
  for (const link of webLinks(msg)) {
    if (link.source !== 'html') continue;
    const shown = domainShownIn(link.text);
    const target = linkTarget(link);
    if (!shown || shown === target.registrable) continue;
    const owners = brandsOwningDomain(ctx.brands, shown);
    if (owners.some((b) => isBrandDomain(b, target.host))) continue; // two domains of one brand (amazon.co.jp → amazon.com)
    const brandShown = owners.length > 0;
    if (!brandShown && (senderOwns(target.registrable) || ESP_TRACKING_DOMAINS.has(target.registrable))) continue;
    // The brand's own domain shown by the brand itself, authenticated, through its ESP's click tracker (GCash's
    // `help.gcash.com` opening `ct.sendgrid.net`): the tracker ends where the text says.
    if (fromOwnsLinks(ctx) && (shown === msg.from?.registrable || national(shown)) && senderOwns(target.registrable))
      continue;
    if (!brandShown && declaresDestination(link.url, shown)) continue;
    hits.push({ link, shown, brandShown });
  }
  if (hits.length === 0) return undefined;
  const worst = hits.find((h) => h.brandShown) ?? hits[0]!;
  return finding(
    'links.text-mismatch',
    worst.brandShown ? 'fail' : 'warn',
    { shown: worst.shown, host: worst.link.host, count: hits.length },
    hits.slice(0, MAX_EVIDENCE).map((h) => linkEvidence(h.link, h.link.host)),
  );
};

/** Addresses looked for in links; past it the rest of a huge To/Cc list is not searched (coverage.ts says so). */
export const MAX_RECIPIENTS = 50;

// Managing what one receives: a newsletter's "Manage My Subscriptions", "free newsletters" carry the subscriber too.
export const UNSUBSCRIBE =
  /unsubscribe|opt-?out|optout|preferences|newsletter|manage (?:my |your )?subscription|配信停止|配信解除|登録解除|メール設定/i;

/** The first `max` distinct addresses recipient-in-url can look for, the reader's own first; stops there. */
export function recipientAddresses(msg: ParsedMessage, max: number): string[] {
  const out = new Set<string>();
  for (const list of [msg.readers, msg.recipients]) {
    for (const r of list) {
      if (out.size >= max) return [...out];
      if (r.length >= 6 && r.length <= 254 && /^[\x20-\x7e]+$/.test(r)) out.add(r);
    }
  }
  return [...out];
}

/** The forms an address takes inside a URL: plain, percent-encoded, base64 (three alignments, URL-safe too). */
function addressForms(address: string): string[] {
  const forms = [address, encodeURIComponent(address).toLowerCase()];
  for (let pad = 0; pad < 3; pad++) {
    const b64 = btoa('\0'.repeat(pad) + address);
    // Drop the characters that depend on the neighbouring bytes at both ends.
    const inner = b64.slice(pad === 0 ? 0 : pad + 1, -4);
    if (inner.length >= 8) forms.push(inner, inner.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** The form of an address (addressForms) a URL carries: the plain ones in any case (`lower`: the URL lower-cased). */
function formIn(url: string, lower: string, forms: readonly string[]): string | undefined {
  return forms.find((f, i) => (i < 2 ? lower.includes(f) : url.includes(f)));
}

/** Whether the link carries one of the first recipients' addresses (plain, percent-encoded or base64). */
export function carriesRecipient(msg: ParsedMessage, link: Link): boolean {
  const lower = link.url.toLowerCase();
  return recipientAddresses(msg, MAX_RECIPIENTS).some((r) => formIn(link.url, lower, addressForms(r)) !== undefined);
}

/** The link opens a brand's own site (its own domain, the link unwrapped), not a page anyone can make there. */
function onBrandsOwnSite(ctx: CheckContext, link: Link): boolean {
  const target = linkTarget(link);
  if (link.wrapper?.declared || brandsOwningDomain(ctx.brands, target.registrable).length === 0) return false;
  const path = pathAndQuery(link.url);
  return !throwawayEntry(target.host, path) && !sharedPageName(target.host, path, ctx.needs);
}

/**
 * links.recipient-in-url: the reader's own address (plain, URL-encoded or base64) rides in a link.
 * Attack: the fake login page greets the victim with their own address pre-filled (`?uid=info@example.co.jp`).
 * Trap: unsubscribe, preference and newsletter-subscription links carry it legitimately (never a 'renew your
 * subscription' or 'account settings' link: those are lures), and so does a brand's own site (Google Calendar's
 * invitation answers `calendar.google.com/…&email=`): both are skipped — but not a page anyone can make on a brand's
 * host (a Google Form, a Google Site: link-services.ts THROWAWAY_HOSTS; a web page uploaded to a file share:
 * sharedPageName), where kits prefill the address too.
 */
const recipientInUrl: Check = (msg, ctx) => {
  // The reader's own addresses first; a To/Cc list of thousands is bounded (links × recipients stays small).
  const recipients = recipientAddresses(msg, MAX_RECIPIENTS);
  if (recipients.length === 0) return undefined;
  const patterns = recipients.map((r) => ({ address: r, forms: addressForms(r) }));
  for (const link of webLinks(msg)) {
    if (UNSUBSCRIBE.test(link.url) || UNSUBSCRIBE.test(link.text ?? '')) continue;
    const lower = link.url.toLowerCase();
    for (const p of patterns) {
      const form = formIn(link.url, lower, p.forms);
      // Asked only of a link carrying the address: a page file on a brand's file share asks for its judgement.
      if (form && !onBrandsOwnSite(ctx, link)) {
        return finding('links.recipient-in-url', 'warn', { address: p.address, host: link.host }, [
          linkEvidence(link, link.url.includes(form) ? form : p.address),
        ]);
      }
    }
  }
  return undefined;
};

/** Letters of other scripts that pass for Latin ones in a host name. */
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A host label mixes Latin with a look-alike script, or is wholly look-alike letters under a Latin-script TLD. */
function confusableHost(host: string): boolean {
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.some((label) => {
    if (!LOOKALIKE_SCRIPT.test(label) || CJK.test(label)) return false;
    return LATIN.test(label) || /^[a-z]+$/.test(tld);
  });
}

/**
 * links.obfuscated-host: a link whose host is disguised: `user@host` tricks, confusable letters, bare IPs,
 * shorteners, script URLs. Attack: `http://paypal.com@evil.example/`, `аррӏе.com`, `http://3232235777/`.
 * Trap: genuine Japanese IDN (`日本語.jp`) is not flagged — only mixing with look-alike scripts is; intranet
 * device pages use bare IPs (warn, not fail); marketing uses shorteners (warn).
 * Each kind of disguise is its own finding, with its own sentence and links: one sentence for the worst would hide
 * the others (a script link above a `user:pass@аpple.com` one). The verdict counts the id once, at its worst.
 */
const obfuscatedHost: Check = (msg) => {
  type Hit = { link: Link; key: 'userinfo' | 'confusable' | 'ip' | 'shortener' | 'script-url'; fail: boolean };
  const byKind = new Map<Hit['key'], Hit[]>();
  for (const link of msg.links) {
    let hit: Hit | undefined;
    if (link.scheme === 'javascript' || (link.scheme === 'data' && /^data:text\/html/i.test(link.href)))
      hit = { link, key: 'script-url', fail: true };
    else if (link.scheme !== 'http' && link.scheme !== 'https') continue;
    else if (link.userinfo && link.userinfo.includes('.')) hit = { link, key: 'userinfo', fail: true };
    else if (link.host && confusableHost(link.host)) hit = { link, key: 'confusable', fail: true };
    else if (link.ipHost) hit = { link, key: 'ip', fail: false };
    else if (hidesTarget(link.registrable, pathAndQuery(link.url))) hit = { link, key: 'shortener', fail: false };
    if (!hit) continue;
    const hits = byKind.get(hit.key) ?? [];
    // Five rows of evidence per kind are enough; a kind further down still gets its own finding.
    if (hits.length < MAX_EVIDENCE) byKind.set(hit.key, [...hits, hit]);
  }
  // The failing kinds first, each kind in the order the message shows it: the story names the first.
  const kinds = [...byKind.values()].sort((a, b) => Number(b[0]!.fail) - Number(a[0]!.fail));
  return kinds.map((hits) => {
    const { link, key, fail } = hits[0]!;
    return finding(
      'links.obfuscated-host',
      fail ? 'fail' : 'warn',
      { host: link.host || link.scheme, userinfo: link.userinfo ?? '', ascii: link.hostAscii },
      hits.map((h) => linkEvidence(h.link, key === 'userinfo' ? h.link.userinfo : h.link.host)),
      `links.obfuscated-host.${key}`,
    );
  });
};

/** Document and archive endings a link's text may show as if it were the file itself. */
const FILE_ENDINGS: ReadonlySet<string> = new Set(
  'pdf doc docx docm xls xlsx xlsm ppt pptx odt ods rtf csv txt zip rar 7z html htm one msg eml xml'.split(' '),
);
/** Longest link text read as a file name: "Q3 Carrier Rate Review - signed.pdf (84 KB)". */
const MAX_FILE_TEXT = 120;

/**
 * A link's shown text that is a file name (`RFQ_PM-2026-1187.xlsx`, `Invoice 20819.pdf (84 KB)`): its ending after
 * the last dot, with an optional size in brackets after it; never a URL or a sentence.
 */
function shownFileName(text: string): string | undefined {
  let t = text.trim();
  if (t.length === 0 || t.length > MAX_FILE_TEXT || t.includes('/') || t.includes('@')) return undefined;
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    if (open > 0 && /^\(\s*[\d.,]+\s*[kmg]?b\s*\)$/i.test(t.slice(open))) t = t.slice(0, open).trimEnd();
  }
  const dot = t.lastIndexOf('.');
  if (dot <= 0 || !FILE_ENDINGS.has(t.slice(dot + 1).toLowerCase())) return undefined;
  return t.split(/\s+/).length <= 12 ? t : undefined;
}

/**
 * links.fake-attachment (warn): a link whose text is a file name — as if the file were attached — opens a web page of
 * another organisation than the sender, one no file service of a brand hosts.
 * Attack: "RFQ_PM-2026-1187.xlsx (84 KB)" or "Invoice_INV-20819.pdf" in the body, linked through a redirect to the
 * phisher's sign-in page: the reader thinks they are opening an attachment. Trap: a real share names the file and
 * links to SharePoint, OneDrive, Google Drive, Dropbox or Box (brand domains), a newsletter to its own site or its
 * ESP's file host (the sender's): those are skipped.
 */
const fakeAttachment: Check = (msg, ctx) => {
  const senderOwns = senderLinkDomains(msg, ctx);
  for (const link of webLinks(msg)) {
    if (link.source !== 'html' || !link.text) continue;
    const name = shownFileName(link.text);
    if (!name) continue;
    const target = linkTarget(link);
    if (!target.registrable || senderOwns(target.registrable)) continue;
    if (brandsOwningDomain(ctx.brands, target.registrable, ['own', 'content']).length > 0) continue;
    return finding('links.fake-attachment', 'warn', { file: name, host: target.host }, [linkEvidence(link, link.host)]);
  }
  return undefined;
};

/** The judging of the rarer links' shapes (links-rare-judge.ts), once loaded. */
let rare: typeof RareJudge | undefined;

/** Loads that judging (in the "disclaimer" chunk of the browsers); settles once the checks can use it. */
export const loadRareLinkJudge = (): Promise<void> =>
  import(/* webpackChunkName: "disclaimer" */ './links-rare-judge').then((m) => void (rare = m));

/**
 * Forgets that judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetRareLinkJudge(): void {
  rare = undefined;
}

/**
 * links.install-file (links-rare-judge.ts judgeInstallFile): a web link downloads a program. Before the judging is in,
 * any web link asks for it (its chunk also brings the government shape of links.brand-in-path).
 */
const installFile: Check = (msg, ctx) =>
  rare ? rare.judgeInstallFile(msg, ctx) : void (webLinks(msg).length > 0 && ctx.needs.add('disclaimer'));
export const LINK_CHECKS: readonly (readonly [string, Check])[] = [
  ['links.host-mismatch', hostMismatch],
  ['links.brand-in-path', brandInPath],
  ['links.text-mismatch', textMismatch],
  ['links.recipient-in-url', recipientInUrl],
  ['links.obfuscated-host', obfuscatedHost],
  ['links.fake-attachment', fakeAttachment],
  ['links.install-file', installFile],
];
