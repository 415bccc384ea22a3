/**
 * The judging behind links.rented-page and links.hacked-site (rented-page.ts), in the document offer's chunk: the
 * offer's wording (document-offer.ts), the sender's own words, and the pages on other people's sites
 * (borrowed-page.ts). Loaded only for a message with a link to a rented or borrowed page, so the pane starts without
 * it. The attack and the trap are rented-page.ts's.
 */
import type { Evidence } from '../report';
import type { Link, ParsedMessage } from '../types';
import { finding, type CatalogueFinding } from '../findings';
import type { CheckContext } from './check';
import { offerEvidence, ownWords } from './document-offer';
import { linkEvidence, pathAndQuery, senderLinkDomains, webLinks } from './links';
import { bodyEvidence } from './lure-matcher';
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
  // An e-signature service named, its document on a page platform: the most telling sentence of the two.
  const signing = signingElsewhere(msg, ctx, links, body, own);
  if (signing) return signing;
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
  const offer = rented && offerEvidence((msg.subject ?? '').slice(0, MAX_SUBJECT), rented.link.text, own, rented.form);
  if (!rented || !offer) return undefined;
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

/** An e-signature service named as the message's sender or channel ("Sent via Adobe Acrobat Sign", "DocuSign"). */
const ESIGN_SERVICE = /\b(?:docu-?sign|(?:adobe )?acrobat sign|adobe sign|echo-?sign|dropbox sign|hello-?sign)\b/i;

/** The e-signature services' own domains, where their documents open (the vendors' own sites and sending domains). */
const ESIGN_DOMAINS: ReadonlySet<string> = new Set(
  'docusign.net docusign.com adobesign.com echosign.com adobe.com hellosign.com dropbox.com'.split(' '),
);

/**
 * The presentation or page platform a link opens a page on: anyone makes one in minutes and puts a button on it.
 * Sway, Canva (a design, or a site on canva.site), Google Slides, Genially, Notion, Gamma.
 */
function pagePlatform(host: string, path: string): string | undefined {
  if (/^sway\.(?:cloud\.microsoft|office\.com)$/.test(host)) return 'Sway';
  if ((/^(?:www\.)?canva\.com$/.test(host) && path.startsWith('/design/')) || /(?:^|\.)canva\.site$/.test(host))
    return 'Canva';
  if (host === 'docs.google.com' && path.startsWith('/presentation/')) return 'Google Slides';
  if (/(?:^|\.)genial\.ly$|^view\.genially\.com$/.test(host)) return 'Genially';
  if (/(?:^|\.)notion\.site$|^(?:www\.)?notion\.so$/.test(host)) return 'Notion';
  if (host === 'gamma.app' && path.startsWith('/docs/')) return 'Gamma';
  return undefined;
}

/**
 * links.rented-page.esign (fail): the message names an e-signature service as what sent it ("Sent via Adobe Acrobat
 * Sign", "DocuSign", "Dropbox Sign") and its document opens a page on a presentation or page platform (Sway, Canva,
 * Google Slides, Genially, Notion), no link going to the service's own site.
 * Attack: the "please review and sign" kit of 2024–2026 borrows the signing service's name and layout, and hosts its
 * one button on a page platform filters trust (`sway.cloud.microsoft/…`, `canva.com/design/…/view`), whose page
 * leads on to the sign-in page.
 * Trap: a real signing request links the service's own site (`secure.na1.adobesign.com`, `docusign.net`): never read;
 * the platform's own authenticated mail about its own page (Canva's share notice) is the platform's.
 */
function signingElsewhere(
  msg: ParsedMessage,
  ctx: CheckContext,
  links: readonly Link[],
  body: string,
  own: string,
): CatalogueFinding | undefined {
  const subject = (msg.subject ?? '').slice(0, MAX_SUBJECT);
  const name = msg.from?.name ?? '';
  const said = ESIGN_SERVICE.exec(subject) ?? ESIGN_SERVICE.exec(name) ?? ESIGN_SERVICE.exec(own);
  if (!said || links.some((l) => ESIGN_DOMAINS.has(l.registrable))) return undefined;
  for (const link of links) {
    const service = pagePlatform(link.host, pathAndQuery(link.url));
    if (!service || (ctx.dmarc === 'pass' && link.registrable === msg.from?.registrable)) continue;
    if (
      link.source === 'text' &&
      (!/^https?:\/\//i.test(link.href) || (!own.includes(link.href) && body.includes(link.href)))
    )
      continue;
    const claim: Evidence =
      said.input === subject
        ? { header: 'Subject', value: subject, highlight: said[0], author: 'sender' }
        : said.input === name
          ? { header: 'From', value: name, highlight: said[0], author: 'sender' }
          : bodyEvidence(own, { start: said.index, text: said[0] });
    return finding(
      'links.rented-page',
      'fail',
      { host: link.host, service },
      [claim, linkEvidence(link, link.host)],
      'links.rented-page.esign',
    );
  }
  return undefined;
}
