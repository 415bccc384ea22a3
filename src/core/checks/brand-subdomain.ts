/**
 * A brand's own label standing as a whole subdomain label of a throwaway domain made only of sign-in words
 * (`sparkasse.secure-login-7.com`, `apple.id-verify-secure.com`, `paypal.account-verify-center.net`), read by
 * links.ts brandInPath (links.brand-in-path); and the SaaS platforms that name each customer's tenant so
 * (`dhl.okta.com`, `acme.my.salesforce.com`, `brand.zendesk.com`), whose customer label is no plant.
 */
import type { DataNeed } from '../report';
import type { Brand, BrandIndex } from '../brands/lookup';
import { labelOf } from '../brands/lookalike';
import type { isSignInWord, signInWordsDomain } from './brand-subdomain-words';

/** The sign-in words' judging (brand-subdomain-words.ts), once the document offer's chunk brought it. */
let words: { domain: typeof signInWordsDomain; word: typeof isSignInWord } | undefined;

/** Called by that chunk's loader (rented-page.ts loadDocumentOffer). */
export function setSignInWords(domain: typeof signInWordsDomain, word: typeof isSignInWord): void {
  words ??= { domain, word };
}

/**
 * The SaaS platforms that give every customer a subdomain of its own name — identity (Okta, OneLogin, Auth0), help
 * desks (Zendesk, Freshdesk, ServiceNow), sites (Salesforce's force.com and site.com), Atlassian, Workday, Shopify:
 * `dhl.okta.com` is DHL's own sign-in, `netflix.zendesk.com` a help desk's tenant; a brand's label there is its
 * tenant, not a plant. (A platform in the brand table, salesforce.com or zoom.us, is its own site: never read.)
 */
const TENANT_PLATFORMS = new Set(
  'okta.com oktapreview.com onelogin.com auth0.com force.com site.com zendesk.com freshdesk.com service-now.com atlassian.net myworkday.com myshopify.com'.split(
    ' ',
  ),
);

/** Whether `registrable` is a SaaS platform that names its customers' tenants by subdomain. */
export function isTenantPlatform(registrable: string): boolean {
  return TENANT_PLATFORMS.has(registrable);
}

/** A brand label shorter than this is an abbreviation that too many words contain by chance. */
const MIN_LABEL = 3;

/** Brand labels by the label of each own domain (`apple` for apple.com), made once per brand index. */
const labelsByIndex = new WeakMap<BrandIndex, Map<string, Brand[]>>();

function brandLabels(index: BrandIndex): Map<string, Brand[]> {
  let labels = labelsByIndex.get(index);
  if (labels) return labels;
  labels = new Map();
  for (const brand of index.brands) {
    for (const domain of brand.domains) {
      const label = labelOf(domain);
      if (label.length < MIN_LABEL || label === 'www' || label.includes('.')) continue;
      const list = labels.get(label) ?? [];
      if (!list.includes(brand)) list.push(brand);
      labels.set(label, list);
    }
  }
  labelsByIndex.set(index, labels);
  return labels;
}

/**
 * The brand whose own label is a whole label of the host's subdomain, on a registrable domain made of sign-in words
 * alone (`sparkasse.secure-login-7.com`: Sparkasse, `www.apple.id-verify-secure.com`: Apple), with that label.
 * Attack: kits put the brand first in the host, where the reader's eye lands, on a domain registered for the
 * campaign from the words of a sign-in page; a brand's strict names (Apple, Sparkasse) are too common as words to be
 * read in a host otherwise, but as the whole label before such a domain they are the brand.
 * Trap: a SaaS tenant of the brand's name (`dhl.okta.com`, `acme.my.salesforce.com`, `brand.zendesk.com`) is the
 * brand's own account there: those platforms are not made of sign-in words alone, and they are listed
 * (isTenantPlatform) for the name read by the brand matcher too; a brand's own host is never read.
 */
export function brandLabelOnSignInDomain(
  index: BrandIndex,
  host: string,
  registrable: string,
  needs: Set<DataNeed>,
): { brand: Brand; label: string } | undefined {
  if (!registrable || host.length <= registrable.length || !host.endsWith('.' + registrable)) return undefined;
  if (isTenantPlatform(registrable)) return undefined;
  const labels = brandLabels(index);
  for (const label of host.slice(0, host.length - registrable.length - 1).split('.')) {
    const brand = labels.get(label)?.[0];
    if (!brand) continue;
    // Only such a link makes the words worth fetching (they wait in the document offer's chunk).
    if (!words) return void needs.add('document-offer');
    if (!words.word(label) && words.domain(registrable)) return { brand, label };
  }
  return undefined;
}
