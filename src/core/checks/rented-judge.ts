/**
 * The judging behind links.rented-page and links.hacked-site (rented-page.ts), in the document offer's chunk: the
 * offer's wording (document-offer.ts), the sender's own words, and the pages on other people's sites
 * (borrowed-page.ts). Loaded only for a message with a link to a rented or borrowed page, so the pane starts without
 * it. The attack and the trap are rented-page.ts's.
 */
import type { Link, ParsedMessage } from '../types';
import { finding, type CatalogueFinding } from '../findings';
import type { CheckContext } from './check';
import { offerEvidence, ownWords } from './document-offer';
import { linkEvidence, senderLinkDomains, webLinks } from './links';
import { fewOthers, rentedPage } from './rented-page';

export { sharedPageFile } from './document-offer';
export { borrowedPages } from './borrowed-page';
// The sign-in words of a throwaway domain wait here too (brand-subdomain.ts: a brand's label before such a domain).
export { isSignInWord, signInWordsDomain } from './brand-subdomain-words';

/** Body characters read for the offer: these mails are a few lines; the button sits in the first screen. */
const MAX_BODY = 20_000;
const MAX_SUBJECT = 2_000;

/** links.rented-page (fail): a document offered behind a link to a page anyone rents (rented-page.ts). */
export function rentedDocument(msg: ParsedMessage, ctx: CheckContext): CatalogueFinding | undefined {
  const links = webLinks(msg);
  if (links.length === 0) return undefined;
  const senderOwns = senderLinkDomains(msg, ctx);
  if (!fewOthers(links, senderOwns)) return undefined;
  const body = (msg.bodyText ?? '').slice(0, MAX_BODY);
  const own = ownWords(body);
  let rented: (NonNullable<ReturnType<typeof rentedPage>> & { link: Link }) | undefined;
  for (const link of links) {
    // The platform's own authenticated mail linking to itself (Google's mail to sites.google.com) rents nothing.
    if (ctx.dmarc === 'pass' && link.registrable === msg.from?.registrable) continue;
    // A URL written only in a quoted or forwarded message is the quoted sender's: a warning about a phish quotes it.
    // A bare host named in prose ("block the r2.dev host") is no link anyone is asked to open.
    if (
      link.source === 'text' &&
      (!/^https?:\/\//i.test(link.href) || (!own.includes(link.href) && body.includes(link.href)))
    )
      continue;
    const page = rentedPage(link, msg, ctx, senderOwns);
    if (page) {
      rented = { link, ...page };
      break;
    }
  }
  if (!rented) return undefined;
  const offer = offerEvidence((msg.subject ?? '').slice(0, MAX_SUBJECT), rented.link.text, own, rented.form);
  if (!offer) return undefined;
  const { link, service, file } = rented;
  return finding(
    'links.rented-page',
    'fail',
    { host: link.host, service },
    [offer.evidence, linkEvidence(link, link.host)],
    file ? 'links.rented-page.file' : offer.kind === 'document' ? 'links.rented-page' : 'links.rented-page.account',
  );
}

/** Whether the message asks for a document, the account or a payment (rented-page.ts asksFor). */
export function asks(msg: ParsedMessage, link?: Link): boolean {
  const body = ownWords((msg.bodyText ?? '').slice(0, MAX_BODY));
  return !!offerEvidence((msg.subject ?? '').slice(0, MAX_SUBJECT), link?.text, body);
}
