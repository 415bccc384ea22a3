/**
 * content.callback's wording (callback-phrases.ts) and judgement: loaded by no-link.ts only for a message holding a
 * phone number (a chunk of its own in the browsers, `needs: ['callback']`), which it hands over found.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import { finding } from '../findings';
import { findClaimedBrands, isBrandDomain, type BrandMatch } from '../brands/lookup';
import type { CheckContext } from './check';
import { FREE_MAIL_DOMAINS, isFreeMail } from './free-mail';
import { nationalSiteOf, webLinks } from './links';
import { bodyEvidence, phraseFinder } from './lure-matcher';
import { CALLBACK_FAMILIES, CALLBACK_PHRASES } from './callback-phrases';
import { MAX_SUBJECT, wording } from './no-link-wording';

const findWording = phraseFinder(CALLBACK_FAMILIES, CALLBACK_PHRASES, (t) => t.NO_LINK_PHRASES_NONLATIN);

/** Windows the body is read in for brand names: the brand matcher's own input cap, overlapping by a name's length. */
const BRAND_WINDOW = 1_024;
const BRAND_STRIDE = 960;

/** The sender's own registrable domain, when it is an organisation's (not a free mailbox). */
function organisationDomain(msg: ParsedMessage): string | undefined {
  const reg = msg.from?.registrable;
  return reg && !FREE_MAIL_DOMAINS.has(reg) ? reg : undefined;
}

/**
 * Someone accountable stands behind the message: a link to the From organisation's own site or to a claimed brand's
 * domain (a genuine order confirmation links to the shop), or the claimed brand's own domain confirmed by DMARC.
 */
function accountable(msg: ParsedMessage, ctx: CheckContext): boolean {
  const fromDomain = msg.from?.domain ?? '';
  if (ctx.dmarc === 'pass' && ctx.claimed.some((m) => isBrandDomain(m.brand, fromDomain))) return true;
  // A brand's own domain, authenticated, linking to its other site (PayPal UK's invoice mail opening paypal.com).
  const brandSite = ctx.dmarc === 'pass' ? nationalSiteOf(msg, ctx) : () => false;
  if (webLinks(msg).some((l) => brandSite(l.registrable))) return true;
  // A sender writing as a brand it is not answers for nothing by linking to itself ("PayPal Billing" at a look-alike).
  const own = ctx.claimed.some((m) => !isBrandDomain(m.brand, fromDomain)) ? undefined : organisationDomain(msg);
  // A link the sender made: an anchor or a written address, not a brand's name read as a domain ("Amazon.com").
  return webLinks(msg).some(
    (l) =>
      (l.source !== 'text' || /^(?:https?:\/\/|www\.)/i.test(l.href)) &&
      ((own && l.registrable === own) || ctx.claimed.some((m) => isBrandDomain(m.brand, l.host))),
  );
}

/** Brand names in free text, read in overlapping windows (the brand matcher reads 1,024 characters at a time). */
function namedBrands(ctx: CheckContext, text: string): BrandMatch[] {
  const found: BrandMatch[] = [];
  for (let at = 0; at < text.length; at += BRAND_STRIDE) {
    found.push(...findClaimedBrands(ctx.brands, text.slice(at, at + BRAND_WINDOW), 'text'));
  }
  return found;
}

/**
 * The callback script around a phone number found in the subject (`inSubject`) or in `body` (the body as no-link.ts
 * read it for the number): see no-link.ts's `callback` for what it judges and why.
 */
export function judgeCallback(
  msg: ParsedMessage,
  ctx: CheckContext,
  number: { text: string; start: number },
  inSubject: boolean,
  body: string,
  bare = false,
) {
  const said = wording(findWording, msg);
  // A bare mobile number is read for the supply's cut-off alone (no-link.ts findBareMobile).
  const charge = bare ? undefined : said.get('charge');
  // The supply cut off, or a third party's threat (collectors, a licence audit, a court, an arrest) stands in for it.
  const threat = charge || bare ? undefined : said.get('threat');
  const cutoff = charge ? undefined : (said.get('cutoff') ?? threat);
  const dispute = said.get('dispute');
  const call = said.get('call') ?? dispute;
  if ((!charge && !cutoff) || !call) return undefined;
  const relay = said.get('relay');
  // Accountable, only a disowned charge in someone else's note speaks: a merchant's "call us" in its thanks does not.
  const relayed = accountable(msg, ctx);
  if (relayed && (!relay || !dispute)) return undefined;
  const numberEvidence: Evidence = inSubject
    ? { header: 'Subject', value: msg.subject, highlight: number.text, author: 'sender' }
    : bodyEvidence(body, number);
  const fromDomain = msg.from?.domain ?? '';
  // The maintained list too (isFreeMail): ukr.net, seznam.cz, libero.it send this script as much as gmail.com.
  const free = !!fromDomain && (!organisationDomain(msg) || isFreeMail(fromDomain, ctx));
  const named = [...ctx.claimed, ...namedBrands(ctx, msg.subject.slice(0, MAX_SUBJECT)), ...namedBrands(ctx, body)];
  const foreignBrand = named.length > 0 && !named.some((m) => isBrandDomain(m.brand, fromDomain));
  // The supply to be cut off tonight, and a number to call: from a free mailbox or under a brand the sender is not,
  // the disconnection script; a utility's own dunning letter from its domain is its business.
  if (!charge)
    return !relayed && (free || foreignBrand)
      ? finding(
          'content.callback',
          'fail',
          { phone: number.text },
          [cutoff!, numberEvidence, call],
          cutoff === threat ? 'content.callback.threat' : 'content.callback.cutoff',
        )
      : undefined;
  if (relayed)
    return finding(
      'content.callback',
      'fail',
      { phone: number.text },
      [relay!, charge, numberEvidence, dispute!],
      'content.callback.relayed',
    );
  return finding('content.callback', free || foreignBrand ? 'fail' : 'warn', { phone: number.text }, [
    charge,
    numberEvidence,
    call,
  ]);
}
