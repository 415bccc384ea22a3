/**
 * links.lookalike-host (fail): a link's domain is a brand's name joined to the words of a phishing page
 * (`docusign-review.net`, `switch.egress-securemail.co`, `microsoft365-login.support`, `dhl-redelivery.info`), the
 * brand does not own it, and the message claims or names that brand.
 * Attack: the classic credential phish's landing page — bought for a few dollars, named so the reader who checks the
 * address sees the brand the mail talks about; sent from a look-alike or a taken-over mailbox, so the sender proves
 * nothing.
 * Trap: a brand's own domains (all of the table's, of every brand and role) and its mail authenticated from them; a
 * domain that only resembles a brand's by a letter or another suffix (`sstatic.net`, `rakuten.net`: CDNs and the
 * brand's unlisted sites — never read here); resellers and vendors named for the relationship (`dhl-partner`,
 * `amazon-seller-tools`: no phishing-page word); the sender's own authenticated domain (sender.lookalike-domain judges
 * it); a host a developer newsletter names in prose (a bare host in plain text is no link anyone is asked to open);
 * and a message that never names the brand.
 */
import type { Link, ParsedMessage } from '../types';
import { finding } from '../findings';
import type { Check, CheckContext } from './check';
import { brandWordsDomain } from '../brands/lookalike';
import { brandsOwningDomain, isBrandDomain, type Brand } from '../brands/lookup';
import { linkEvidence, senderLinkDomains, webLinks } from './links';

/** Body characters searched for the brand's name. */
const MAX_TEXT = 20_000;
/**
 * More organisations linked than this (besides the sender and the brands' own sites, which a copied notice links
 * to), and the mail is a newsletter or a digest: its sponsors' products may be named for a brand's (`outlooksecure.com`,
 * an Outlook add-on in a Windows newsletter); a phish has one destination.
 */
const MAX_OTHER_ORGANISATIONS = 3;

/** A Latin letter, digit or a joiner of a host or address: a name touching one is part of a word or a host. */
const JOINED = /[a-z0-9\-_./@]/i;

/** Whether `hay` has `name` standing alone (Latin edges only: `楽天` is written inside Japanese words). */
function standsAlone(hay: string, name: string): boolean {
  const latinStart = /^[a-z0-9]/i.test(name);
  const latinEnd = /[a-z0-9]$/i.test(name);
  for (let at = hay.indexOf(name); at >= 0; at = hay.indexOf(name, at + 1)) {
    const end = at + name.length;
    const after = hay[end] ?? '';
    const joinedAfter = /[a-z0-9\-_/@]/i.test(after) || (after === '.' && /[a-z0-9]/i.test(hay[end + 1] ?? ''));
    if ((!latinStart || !JOINED.test(hay[at - 1] ?? '')) && (!latinEnd || !joinedAfter)) return true;
  }
  return false;
}

/** Whether the message's subject, From name or visible text names the brand (strict names as written). */
function namesBrand(msg: ParsedMessage, brand: Brand): boolean {
  const text = [msg.subject ?? '', msg.from?.name ?? '', (msg.bodyText ?? '').slice(0, MAX_TEXT)].join('\n');
  const lower = text.toLowerCase();
  return (
    brand.names.some((n) => n.length >= 3 && standsAlone(lower, n.toLowerCase())) ||
    brand.strictNames.some((n) => standsAlone(text, n))
  );
}

const lookalikeHost: Check = (msg: ParsedMessage, ctx: CheckContext) => {
  const senderOwns = senderLinkDomains(msg, ctx);
  const from = msg.from?.domain;
  const links = webLinks(msg).filter((l) => l.registrable && !senderOwns(l.registrable) && !proseHost(l));
  const others = new Set(links.map((l) => l.registrable));
  for (const d of others) if (brandsOwningDomain(ctx.brands, d, ['own', 'mailbox', 'content']).length) others.delete(d);
  if (others.size > MAX_OTHER_ORGANISATIONS) return undefined;
  for (const link of links) {
    const domain = link.registrable;
    if (!others.has(domain)) continue;
    others.delete(domain); // each domain judged once
    const brand = brandWordsDomain(ctx.brands, domain)?.brand;
    if (!brand || (ctx.dmarc === 'pass' && !!from && isBrandDomain(brand, from))) continue;
    if (!ctx.claimed.some((m) => m.brand.id === brand.id) && !namesBrand(msg, brand)) continue;
    const name = brand.names[0] ?? brand.strictNames[0] ?? brand.id;
    return finding('links.lookalike-host', 'fail', { host: link.host, brand: name }, [linkEvidence(link, domain)]);
  }
  return undefined;
};

/** A host written in plain text without a scheme (`docusign-api.example` in a sentence): named, not offered. */
const proseHost = (link: Link): boolean => link.source === 'text' && !/^https?:\/\//i.test(link.href);

export const LOOKALIKE_HOST_CHECKS: readonly (readonly [string, Check])[] = [['links.lookalike-host', lookalikeHost]];
