/**
 * Pages on other people's sites: a kit planted in a hacked website's file folders (links.hacked-site), and a
 * OneNote, Loop, Sway or Forms page of another organisation's Microsoft 365 offered as the document
 * (links.hacked-site.share).
 * Judged in the document offer's chunk, beside the offer's wording (document-offer.ts): rented-page.ts asks for it
 * only for a message with such a link (its MAY_BORROW; here cmsFolder, m365Page), so the pane starts without it.
 */
import type { Link, ParsedMessage } from '../types';
import { finding, type CatalogueFinding } from '../findings';
import { brandsOwningDomain } from '../brands/lookup';
import type { CheckContext } from './check';
import { offerEvidence, ownWords, type Offer } from './document-offer';
import { findLures, phraseEvidence } from './lure-matcher';
import { LURE_FAMILIES, type LureFamily } from './lure-phrases';
import type { Evidence } from '../report';
import { UNSUBSCRIBE, carriesRecipient, linkEvidence, pathAndQuery, senderLinkDomains, webLinks } from './links';

/**
 * The content-management or hidden folder a link's path opens a page or a folder in (`/wp-content/`, `/.well-known/`…),
 * as written, or undefined: where a kit is uploaded on a hacked website (links.hacked-site). WordPress's folders and
 * the kits' own `wp-*` ones (`/wp-expire/`), hidden folders (`/.well-known/…/`, `/.../`), `cgi-bin`, Joomla's `images`
 * and `modules`, Drupal's `sites/…/files`. Not a file to download there (`/wp-content/uploads/…/report.pdf`: how sites
 * share files), nor WordPress's own admin pages (`/wp-admin/post.php`), its REST API (`/wp-json/`) or a top-level file
 * of the other folders (`/.well-known/change-password`): only a page or a folder inside them, where no site keeps a
 * page for its visitors.
 */
function cmsFolder(path: string): string | undefined {
  const end = path.search(/[?#]/);
  const p = (end < 0 ? path : path.slice(0, end)).toLowerCase();
  const folder = p.startsWith('/') ? cmsPrefix(p.split('/')) : undefined;
  if (!folder) return undefined;
  const rest = p.slice(folder.prefix.length).split('/');
  // An address as the last segment (`…/doc/name@example.com`) names the reader, not a file.
  const last = rest[rest.length - 1]!.includes('@') ? '' : rest[rest.length - 1]!;
  const page = !last.includes('.') || /\.(?:php\d?|s?html?|aspx?|cgi|pl)$/.test(last);
  return page && (folder.kits || rest.length > 1) ? folder.prefix : undefined;
}

/** The folders a site keeps for itself, whose files are no pages for visitors (cmsFolder's comment). */
const SITE_FOLDERS = new Set(['wp-admin', '.well-known', 'cgi-bin', 'images', 'modules']);

/**
 * The leading folders of a path split at `/` (`['', 'wp-content', …]`) that cmsFolder reads, with their slashes, and
 * whether they are a folder kits make for themselves (any `wp-*` but WordPress's admin and API, a hidden folder,
 * Drupal's `sites/…/files`) rather than one of the site's own. Read by segments: a regex over the whole path is
 * polynomial for recheck's fuzzer.
 */
function cmsPrefix(segments: readonly string[]): { prefix: string; kits: boolean } | undefined {
  const [, first = '', second = '', third] = segments;
  if (segments.length < 3) return undefined; // no `/` after the first folder
  if (first.length > 3 && first.startsWith('wp-') && first !== 'wp-admin' && first !== 'wp-json') {
    return { prefix: `/${first}/`, kits: true };
  }
  if (first.startsWith('.') && first !== '.well-known') return { prefix: `/${first}/`, kits: true };
  if (first === 'sites' && second !== '' && third === 'files' && segments.length > 4) {
    return { prefix: `/sites/${second}/files/`, kits: true };
  }
  return SITE_FOLDERS.has(first) ? { prefix: `/${first}/`, kits: false } : undefined;
}

/**
 * The kind of Microsoft 365 page a link opens that holds whatever its maker puts on it — a OneNote notebook (a
 * SharePoint or OneDrive share of kind `:o:`), a Loop page (`:fl:`, loop.cloud.microsoft), a Sway, a Form on
 * forms.cloud.microsoft —
 * or undefined: a document's own share (`:b:`, `:w:`, `:x:`) is a file, not a page (links.hacked-site.share).
 */
function m365Page(host: string, path: string): string | undefined {
  if (/^sway\.(?:cloud\.microsoft|office\.com)$/.test(host)) return 'Sway';
  // Forms' newer host; forms.office.com is a form anyone sets up (link-services.ts), judged by links.rented-page.
  if (host === 'forms.cloud.microsoft') return 'Forms';
  if (/^loop\.(?:cloud\.microsoft|microsoft\.com)$/.test(host)) return 'Loop';
  const kind = /^\/:(o|fl):\//i.exec(path)?.[1];
  if (!kind || !host.endsWith('.sharepoint.com')) return undefined;
  return kind.toLowerCase() === 'o' ? 'OneNote' : 'Loop';
}

/** Body characters read for the offer, as rented-page.ts reads them. */
const MAX_BODY = 20_000;
const MAX_SUBJECT = 2_000;

/** The sender's own words, and whether a link is theirs to judge: not one written only in a quoted message. */
function ownText(msg: ParsedMessage): { subject: string; body: string; own: string; judged: (l: Link) => boolean } {
  const body = (msg.bodyText ?? '').slice(0, MAX_BODY);
  const own = ownWords(body);
  const judged = (l: Link) =>
    l.source !== 'text' || (/^https?:\/\//i.test(l.href) && (own.includes(l.href) || !body.includes(l.href)));
  return { subject: (msg.subject ?? '').slice(0, MAX_SUBJECT), body, own, judged };
}

/**
 * links.hacked-site: a link to a page or folder inside a content-management folder (`/wp-content/uploads/…/`,
 * `/wp-includes/js/x/`, `/.well-known/pki-validation/…/index.php`, Joomla's `/images/…/`, Drupal's
 * `/sites/default/files/…/`) of a website that belongs neither to the sender, nor to the reader's organisation, nor
 * to a brand — and carrying the reader's address, offering a document or asking for the account. Both: fail; one:
 * warn. Attack: the commonest home of a phishing kit is a small business's hacked WordPress site; its page greets
 * the victim with their own address (`?e=`, `#<base64>`, a path segment). Trap: a newsletter's PDF in its own or a
 * partner's `/wp-content/uploads/` is a file to download (cmsFolder); an event invitation linking the sender's own
 * WordPress site is the sender's; an unsubscribe or preferences link carries the address by design, and an ESP's
 * tracked link leads to the ESP (senderLinkDomains, cmsFolder: no CMS folder there).
 */
function hackedSite(msg: ParsedMessage, ctx: CheckContext): CatalogueFinding | undefined {
  const senderOwns = senderLinkDomains(msg, ctx);
  const own = new Set(ctx.ownDomains);
  const text = ownText(msg);
  let warn: CatalogueFinding | undefined;
  for (const link of webLinks(msg)) {
    const folder = cmsFolder(pathAndQuery(link.url));
    if (!folder || !text.judged(link) || link.wrapper?.declared) continue;
    const reg = link.registrable;
    if (reg && (senderOwns(reg) || own.has(reg) || brandsOwningDomain(ctx.brands, reg).length > 0)) continue;
    if (UNSUBSCRIBE.test(link.url) || UNSUBSCRIBE.test(link.text ?? '')) continue;
    const address = carriesRecipient(msg, link);
    const offer: Offer | undefined = offerEvidence(text.subject, link.text, text.own);
    if (!address && !offer) continue;
    const evidence = [...(offer ? [offer.evidence] : []), linkEvidence(link, folder)];
    const key = address ? 'links.hacked-site.address' : 'links.hacked-site';
    const found = finding(
      'links.hacked-site',
      address && offer ? 'fail' : 'warn',
      { host: link.host, folder },
      evidence,
      key,
    );
    if (found.status === 'fail') return found;
    warn ??= found;
  }
  return warn;
}

/** A host's or a domain's name as one word, for comparing a tenant with a sender (`kanzlei-weber` → kanzleiweber). */
const word = (name: string) => name.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The Microsoft 365 tenant a SharePoint host names (`pemburycole-my.sharepoint.com` → pemburycole), '' for a page
 * whose host names none (Sway, Loop, Forms).
 */
function tenantOf(host: string): string {
  if (!host.endsWith('.sharepoint.com')) return '';
  return word(host.slice(0, host.indexOf('.')).replace(/-my$/, ''));
}

/** Whether a tenant's name and a domain's first label name one organisation (`kanzleiweber` / `kanzlei-weber-stb.de`). */
function sameName(tenant: string, domain: string): boolean {
  const label = word(domain.split('.')[0] ?? '');
  return label.length >= 3 && tenant.length >= 3 && (tenant.startsWith(label) || label.startsWith(tenant));
}

/** Every lure family but the payment documents' (lure-phrases.ts invoice), skipped when asking for those alone. */
const NOT_PAYMENT: ReadonlySet<LureFamily> = new Set(LURE_FAMILIES.filter((f) => f !== 'invoice'));

/**
 * The payment document a share names — "Remittance Advice", "payment slip", "purchase order", "proof of payment" (the
 * lure lexicon's invoice family) — in the subject, the link's text or the sender's own words; undefined if none.
 */
function paymentDocument(subject: string, linkText: string | undefined, own: string): Evidence | undefined {
  const texts: [string, string, string][] = [
    ['Subject', subject, subject],
    ...(linkText ? [['Body', '', linkText] as [string, string, string]] : []),
    ['Body', '', own],
  ];
  for (const [header, written, text] of texts) {
    const hit = findLures(text, NOT_PAYMENT)[0];
    if (hit) return phraseEvidence(header, written, hit);
  }
  return undefined;
}

/**
 * links.hacked-site.share (warn): a OneNote, Loop, Sway or Forms page (m365Page) offered as a document to open,
 * review or sign, from a sender of another organisation than the reader's, in a tenant that is not the sender's.
 * Attack: a kit's hop of 2024–2026 — a taken-over mailbox mails "a proposal has been shared with you" linking a
 * OneNote page in some third organisation's OneDrive, itself taken over, whose one button leads to the sign-in page;
 * the link itself is Microsoft's, so filters pass it. A page named as a payment document fails in the sender's own
 * tenant too (links.hacked-site.share-payment, below). Trap: a colleague's share from the reader's own tenant
 * (ownDomains), a partner sharing from its own tenant (the sender's domain names the tenant), and shares of documents
 * themselves (`:b:`, `:w:`, `:x:`: files, not pages) stay clean; a genuine OneNote from another organisation only
 * warns, never suspicious alone.
 */
function foreignShare(msg: ParsedMessage, ctx: CheckContext): CatalogueFinding | undefined {
  const from = msg.from?.registrable ?? '';
  const own = ctx.ownDomains;
  if (from && own.includes(from)) return undefined;
  const text = ownText(msg);
  for (const link of webLinks(msg)) {
    const service = m365Page(link.host, pathAndQuery(link.url));
    if (!service || !text.judged(link)) continue;
    const tenant = tenantOf(link.host);
    if (tenant && own.some((d) => sameName(tenant, d))) continue;
    // A payment document offered as a page (links.hacked-site.share-payment, fail), in any tenant but ours: a
    // remittance advice, a payment slip or a purchase order is a file a finance system prints (a PDF, a sheet), never
    // a notebook; a OneNote page so named holds only the button to the kit's sign-in page. The family of set40 and
    // set45 p-en-03: an accounting firm's taken-over Microsoft 365 mailbox shares "Remittance Advice" as a OneNote
    // notebook in its own tenant, so every check passes and the tenant is the sender's. Trap: a partner's notebook
    // of meeting or project notes names no payment document (its share below, or nothing from its own tenant); a
    // remittance shared as a file (`:b:`, `:x:`) is no page (m365Page); a colleague's notebook in our own tenant.
    if (service !== 'Forms') {
      const payment = paymentDocument(text.subject, link.text, text.own);
      if (payment) {
        const evidence = [payment, linkEvidence(link, link.host)];
        return finding(
          'links.hacked-site',
          'fail',
          { host: link.host, service },
          evidence,
          'links.hacked-site.share-payment',
        );
      }
    }
    if (tenant && sameName(tenant, from)) continue;
    // On a form only a share or a signature counts, as links.rented-page reads forms: a survey is everyday mail.
    const offer = offerEvidence(text.subject, link.text, text.own, service === 'Forms');
    if (!offer) continue;
    const evidence = [offer.evidence, linkEvidence(link, link.host)];
    return finding('links.hacked-site', 'warn', { host: link.host, service }, evidence, 'links.hacked-site.share');
  }
  return undefined;
}

/** links.hacked-site, .share and .share-payment, for rented-page.ts: each finding there is. */
export function borrowedPages(msg: ParsedMessage, ctx: CheckContext): CatalogueFinding[] {
  return [hackedSite(msg, ctx), foreignShare(msg, ctx)].filter((f) => f !== undefined);
}
