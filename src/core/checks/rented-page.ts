/**
 * links.rented-page (fail): the mail offers a document — "VIEW SECURE DOCUMENT", "Open document:", "Review &
 * Sign", "Play voice message" — and the link that should open it leads to a page anyone rents in minutes (a free
 * site or app host, a bucket's web page, IPFS, a published Google Doc, Adobe Express or Canva page) or hides behind
 * a shortener.
 * Attack: the most common credential phish of 2023–2026 comes from a real organisation's mailbox taken over the
 * week before (a law firm, a school, a supplier): its domain authenticates, its signature is real, and its "shared
 * document", "remittance advice" or "voicemail" opens a sign-in page on pages.dev, web.app, netlify.app, an S3
 * bucket or Google Sites. Nothing about the sender can show it; the link's destination can.
 * Trap: real shares open a file service (SharePoint, OneDrive, Google Drive, Dropbox, DocuSign: none of them is a
 * rented page here, unless the file it serves is itself a web page — `…/ScanDoc.html` on Dropbox, shared-page-file.ts
 * — the kit's upload borrowing the service's name) or the sender's own site; a file in a bucket (`…/report.pdf`) is a download, not a page; forms
 * (a school's permission form on Google Forms) are pages by design and keep their own warning; a developer's
 * preview on netlify.app offers a site, not a document; a newsletter offers documents among many links — read only
 * when the mail's links lead to few other organisations; a warning about a phish quotes its wording and its URL
 * below the warner's own words — only the sender's own part of the body is read, and a URL written only below it is
 * not the sender's.
 */
import type { Link, ParsedMessage } from '../types';
import type { Check, CheckContext } from './check';
import { FORM_ENTRIES, hidesTarget, rentedSite, setSharedPage, sharedPageName } from './link-services';
import { pathAndQuery, senderLinkDomains, webLinks } from './links';
import { setSignInWords } from './brand-subdomain';
import { hostedLink, sendersOwnTenant } from './hosted-page';

/**
 * The judging (rented-judge.ts: the offer's wording, document-offer.ts, with its phrases in nine languages, and the
 * pages on other people's sites, borrowed-page.ts) is needed only by a message with a link to a rented or borrowed
 * page: the browsers fetch it then (`needs: ['document-offer']`, ui/session.ts) and analyse again before drawing; the
 * command line and the tools load it first.
 */
let judge: typeof import('./rented-judge') | undefined;

/** Loads the judging (a chunk of its own in the browsers); settles once the checks can use it. */
export const loadDocumentOffer = (): Promise<void> =>
  import(/* webpackChunkName: "document-offer" */ './rented-judge').then((m) => {
    judge ??= m;
    setSharedPage(m.sharedPageFile);
    setSignInWords(m.signInWordsDomain, m.isSignInWord);
  });

/**
 * Forgets the judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetDocumentOffer(): void {
  judge = undefined;
  setSharedPage(undefined);
}

/** More other organisations linked than this, and the mail is a newsletter or a digest, not one document's mail. */
const MAX_OTHER_ORGANISATIONS = 3;

/** Whether the links lead to few organisations besides the sender's own (`senderOwns`): no newsletter, no digest. */
export const fewOthers = (links: readonly Link[], senderOwns: (domain: string) => boolean): boolean =>
  new Set(links.map((l) => l.registrable).filter((d) => d && !senderOwns(d))).size <= MAX_OTHER_ORGANISATIONS;
type Rented = { service: string; form: boolean; file?: true };

/**
 * The rented page a link opens, named for the reader (`pages.dev`, `bit.ly`), and whether it is a form; or the web
 * page kept as a file on a file share (`file`, `service` its name: `…/ScanDoc.html?dl=0`, MediaFire's
 * `…/x.htm/file`), which any path naming a page file asks the offer's chunk to tell; where the hand list ends, a
 * platform of the Public Suffix List's private section not the sender's own (hosted-page.ts hostedLink, whose list
 * such a link asks for when hosting-gate.ts lets it); if it is one. An authenticated sender's own tenant on a listed platform is none
 * (`contoso-benefits.azurewebsites.net` in contoso.com's mail: hosted-page.ts sendersOwnTenant).
 */
export function rentedPage(
  link: Link,
  msg: ParsedMessage,
  ctx: CheckContext,
  senderOwns: (domain: string) => boolean,
): Rented | undefined {
  const path = pathAndQuery(link.url);
  if (hidesTarget(link.registrable, path)) return { service: link.registrable, form: false };
  const entry = rentedSite(link.host, path);
  if (entry)
    return sendersOwnTenant(msg, ctx, link.host, entry) ? undefined : { service: entry, form: FORM_ENTRIES.has(entry) };
  const name = sharedPageName(link.host, path, ctx.needs);
  if (name !== undefined) return { service: name, form: false, file: true };
  const suffix = hostedLink(msg, ctx, link, path, senderOwns);
  return suffix ? { service: suffix, form: false } : undefined;
}

/**
 * Whether the message asks for something — a document offered, the account or a payment (document-offer.ts
 * offerEvidence) — in its subject, the link's own text (`link`) or its own words: what makes a page or a sender on a
 * platform of the Public Suffix List's long tail a sign (infrastructure.ts). Asks for the offer's chunk until here.
 */
export function asksFor(msg: ParsedMessage, ctx: CheckContext, link?: Link): boolean {
  if (judge) return judge.asks(msg, link);
  ctx.needs.add('document-offer');
  return false;
}

/**
 * links.rented-page, judged in the chunk (rented-judge.ts rentedDocument); until it is here, a message with few other
 * organisations and a link that may open a rented page — not the platform's own authenticated mail to itself, nor a
 * bare host named in prose — or a page platform's page (PAGE_PLATFORM) asks for it.
 */
const rentedDocument: Check = (msg, ctx) => {
  if (judge) return judge.rentedDocument(msg, ctx);
  const links = webLinks(msg);
  const senderOwns = senderLinkDomains(msg, ctx);
  if (!fewOthers(links, senderOwns)) return undefined;
  const may = (l: Link) =>
    !(ctx.dmarc === 'pass' && l.registrable === msg.from?.registrable) &&
    !(l.source === 'text' && !/^https?:\/\//i.test(l.href)) &&
    !!rentedPage(l, msg, ctx, senderOwns);
  if (links.some((l) => may(l) || pagePlatformLink(l))) ctx.needs.add('document-offer');
  return undefined;
};

/**
 * A link that may open a page made on a presentation or page platform (Sway, Canva, Google Slides, Genially, Notion,
 * Gamma): rented-judge.ts signingElsewhere reads it beside an e-signature service's name.
 */
const pagePlatformLink = (l: Link): boolean =>
  /^sway\.|(?:^|\.)(?:canva\.(?:com|site)|genial\.ly|genially\.com|notion\.(?:site|so)|gamma\.app)$/.test(l.host) ||
  (l.host === 'docs.google.com' && pathAndQuery(l.url).startsWith('/presentation/'));

/**
 * A link that may open a page on someone else's site — a website's content-management or hidden folder
 * (`/wp-content/`, `/.well-known/`…), a OneNote, Loop, Sway or Forms page — as host and path: borrowed-page.ts judges it,
 * in the offer's chunk.
 */
const MAY_BORROW = /^[^/]*\/(?:wp-|\.|cgi-|images\/|modules\/|sites\/|:[of])|^(?:sway|loop|forms)\./i;

/** links.hacked-site (borrowed-page.ts), asked of a message with such a link. */
const borrowedPage: Check = (msg, ctx) => {
  if (!webLinks(msg).some((l) => MAY_BORROW.test(l.host + pathAndQuery(l.url)))) return undefined;
  if (!judge) return void ctx.needs.add('document-offer');
  return judge.borrowedPages(msg, ctx);
};

export const RENTED_PAGE_CHECKS: readonly (readonly [string, Check])[] = [
  ['links.rented-page', rentedDocument],
  ['links.hacked-site', borrowedPage],
];
