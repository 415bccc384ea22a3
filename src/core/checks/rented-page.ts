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
import type { DataNeed } from '../report';
import { finding } from '../findings';
import type { Check } from './check';
import type { offerEvidence, ownWords } from './document-offer';
import type { borrowedPages } from './borrowed-page';
import { FORM_ENTRIES, hidesTarget, rentedSite, setSharedPage, sharedPageName } from './link-services';
import { linkEvidence, pathAndQuery, senderLinkDomains, webLinks } from './links';

/**
 * The offer's wording (document-offer.ts, with its phrases in nine languages) is needed only by a message with a link
 * to a rented page: the browsers fetch it then (`needs: ['document-offer']`, ui/session.ts) and analyse again before
 * drawing; the command line and the tools load it first.
 */
let findOffer: typeof offerEvidence | undefined;
/** The sender's own part of the body (document-offer.ts); loaded with the wording. */
let ownPart: typeof ownWords | undefined;
/** Pages on other people's sites (borrowed-page.ts), judged beside the wording: loaded with it. */
let borrowed: typeof borrowedPages | undefined;

/** Loads the wording (a chunk of its own in the browsers); settles once the check can read it. */
export const loadDocumentOffer = (): Promise<void> =>
  import(/* webpackChunkName: "document-offer" */ './borrowed-page').then((m) => {
    findOffer ??= m.offerEvidence;
    setSharedPage(m.sharedPageFile);
    ownPart ??= m.ownWords;
    borrowed ??= m.borrowedPages;
  });

/**
 * Forgets the wording, as a fresh pane starts without it.
 * @internal a test hook: the wording is module state
 */
export function forgetDocumentOffer(): void {
  findOffer = ownPart = borrowed = undefined;
  setSharedPage(undefined);
}

/** Body characters read for the offer: these mails are a few lines; the button sits in the first screen. */
const MAX_BODY = 20_000;
const MAX_SUBJECT = 2_000;
/** More other organisations linked than this, and the mail is a newsletter or a digest, not one document's mail. */
const MAX_OTHER_ORGANISATIONS = 3;
type Rented = { service: string; form: boolean; file?: true };

/**
 * The rented page a link opens, named for the reader (`pages.dev`, `bit.ly`), and whether it is a form; or the web
 * page kept as a file on a file share (`file`, `service` its name: `…/ScanDoc.html?dl=0`, MediaFire's
 * `…/x.htm/file`), which any path naming a page file asks the offer's chunk to tell; if it is one.
 */
function rentedPage(link: Link, needs: Set<DataNeed>): Rented | undefined {
  const path = pathAndQuery(link.url);
  if (hidesTarget(link.registrable, path)) return { service: link.registrable, form: false };
  const entry = rentedSite(link.host, path);
  if (entry) return { service: entry, form: FORM_ENTRIES.has(entry) };
  const name = sharedPageName(link.host, path, needs);
  return name === undefined ? undefined : { service: name, form: false, file: true };
}

const rentedDocument: Check = (msg: ParsedMessage, ctx) => {
  const links = webLinks(msg);
  if (links.length === 0) return undefined;
  const senderOwns = senderLinkDomains(msg, ctx);
  const others = new Set(links.map((l) => l.registrable).filter((d) => d && !senderOwns(d)));
  if (others.size > MAX_OTHER_ORGANISATIONS) return undefined;
  const body = (msg.bodyText ?? '').slice(0, MAX_BODY);
  // Until the wording loads, a URL written only in a quoted message asks for it too; judged once it is here.
  const own = ownPart?.(body);
  let rented: (Rented & { link: Link }) | undefined;
  for (const link of links) {
    // The platform's own authenticated mail linking to itself (Google's mail to sites.google.com) rents nothing.
    if (ctx.dmarc === 'pass' && link.registrable === msg.from?.registrable) continue;
    // A URL written only in a quoted or forwarded message is the quoted sender's: a warning about a phish quotes it.
    // A bare host named in prose ("block the r2.dev host") is no link anyone is asked to open.
    if (
      link.source === 'text' &&
      (!/^https?:\/\//i.test(link.href) || (own !== undefined && !own.includes(link.href) && body.includes(link.href)))
    )
      continue;
    const page = rentedPage(link, ctx.needs);
    if (page) {
      rented = { link, ...page };
      break;
    }
  }
  if (!rented) return undefined;
  if (!findOffer || own === undefined) return void ctx.needs.add('document-offer');
  const offer = findOffer((msg.subject ?? '').slice(0, MAX_SUBJECT), rented.link.text, own, rented.form);
  if (!offer) return undefined;
  const { link, service, file } = rented;
  return finding(
    'links.rented-page',
    'fail',
    { host: link.host, service },
    [offer.evidence, linkEvidence(link, link.host)],
    file ? 'links.rented-page.file' : offer.kind === 'document' ? 'links.rented-page' : 'links.rented-page.account',
  );
};

/**
 * A link that may open a page on someone else's site — a website's content-management or hidden folder
 * (`/wp-content/`, `/.well-known/`…), a OneNote, Loop, Sway or Forms page — as host and path: borrowed-page.ts judges it,
 * in the offer's chunk.
 */
const MAY_BORROW = /^[^/]*\/(?:wp-|\.|cgi-|images\/|modules\/|sites\/|:[of])|^(?:sway|loop|forms)\./i;

/** links.hacked-site (borrowed-page.ts), asked of a message with such a link. */
const borrowedPage: Check = (msg, ctx) => {
  if (!webLinks(msg).some((l) => MAY_BORROW.test(l.host + pathAndQuery(l.url)))) return undefined;
  if (!borrowed) return void ctx.needs.add('document-offer');
  return borrowed(msg, ctx);
};

export const RENTED_PAGE_CHECKS: readonly (readonly [string, Check])[] = [
  ['links.rented-page', rentedDocument],
  ['links.hacked-site', borrowedPage],
];
