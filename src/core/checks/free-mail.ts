import { brandDomainRole, brandsOwningDomain, type BrandMatch } from '../brands/lookup';
import { registrableDomain } from '../parse/domains';
import { madeOfWords } from '../text';
import type { CheckContext } from './check';

/**
 * Free mailbox providers: anyone can open an account there, so a reply diverted to one belongs to no organisation.
 * Registrable domains only. Sources: the providers' own sign-up pages (common knowledge; extend as needed). The
 * always-present core: the maintained list of some 14,000 (free-mail/list.ts) comes as `options.freeMail`.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.jp',
  'ymail.com',
  'rocketmail.com',
  'outlook.com',
  'outlook.jp',
  'hotmail.com',
  'hotmail.co.jp',
  'live.com',
  'live.jp',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'mail.com',
  'yandex.ru',
  'yandex.com',
  'mail.ru',
  'protonmail.com',
  'proton.me',
  'zoho.com',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'naver.com',
  'excite.co.jp',
  'goo.jp',
  'nifty.com',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'au.com',
  'softbank.ne.jp',
  'i.softbank.jp',
  'tutanota.com',
]);

/**
 * Whether an address at `domain` is a mailbox anyone can open: the hand list above, else the maintained list when the
 * host gave it (`options.freeMail`, asked for the domain and each parent down to the registrable domain: the list
 * holds `mail.goo.ne.jp`, not `goo.ne.jp`). A brand's own and content domains (brands.json `domains`, `contentDomains`)
 * and the reader's organisation's (configured, else the reader's own address domains: a colleague's mail is not a
 * stranger's mailbox) are never free mail, whatever the list says: it holds facebook.com, vodafone.nl, amazonses.com. Without the
 * list, a domain it could answer for is noted in `ctx.needs`: callers ask only where the answer changes a finding, so
 * the host knows to load the list and analyse again before drawing.
 */
export function isFreeMail(domain: string, ctx: CheckContext): boolean {
  const name = domain.toLowerCase().replace(/\.$/, '');
  const reg = registrableDomain(name).toLowerCase();
  if (!reg) return false;
  if (FREE_MAIL_DOMAINS.has(reg)) return true;
  const own = ctx.ownDomains.includes(reg) || brandsOwningDomain(ctx.brands, reg, ['own', 'content']).length > 0;
  if (own) return false;
  if (mailboxShaped(reg)) return true;
  const lookup = ctx.options.freeMail;
  if (!lookup) {
    ctx.needs.add('free-mail');
    return false;
  }
  for (let d = name; d.length >= reg.length; d = d.slice(d.indexOf('.') + 1)) {
    if (lookup(d)) return true;
    if (d === reg) break;
  }
  return false;
}

/** Words a mailbox service's name is made of; at least one of the first group must be there. */
const MAILBOX_CORE = ['mail', 'email', 'mbox', 'mailbox', 'inbox', 'webmail', 'msg'];
const MAILBOX_WORDS: ReadonlySet<string> = new Set([
  ...MAILBOX_CORE,
  'mails',
  'emails',
  'mailboxes',
  'box',
  'secure',
  'safe',
  'private',
  'priv',
  'personal',
  'exec',
  'executive',
  'office',
  'direct',
  'online',
  'web',
  'net',
  'my',
  'pro',
  'cloud',
  'service',
  'services',
  'center',
  'centre',
  'hub',
  'user',
  'message',
  'messages',
]);
const MAX_MAILBOX_WORD = Math.max(...[...MAILBOX_WORDS].map((w) => w.length));

/**
 * A registrable domain whose name is nothing but mailbox words (`mbox-securemail.com`, `exec-mailbox.net`,
 * `privatemail.net`): a mailbox service under whatever name, whose addresses anyone gets — business email compromise
 * rents them because no free-mail list holds them yet. Trap: a company's own domain has its name in it
 * (`acme-mail.com` holds `acme`), and a mail provider's brand name is not made of these words (`mailchimp.com`).
 * @internal
 */
export function mailboxShaped(reg: string): boolean {
  const label = reg.slice(0, reg.indexOf('.'));
  if (label.length < 4 || !MAILBOX_CORE.some((w) => label.includes(w))) return false;
  return madeOfWords(label, MAILBOX_WORDS, MAX_MAILBOX_WORD, { hyphens: true });
}

/**
 * The display name's brand claim is only the name of the From address's own free-mail service: `"Ana (Gmail)"
 * <ana@gmail.com>`, `"Hotmail" <…@hotmail.com>`, `"iCloud" <…@icloud.com>` — a person labelling the mailbox, which
 * the brand table lists as the brand's `mailboxDomains`. Not so for the company's name from its free mail
 * (`"Google Security" <…@gmail.com>`, `"Microsoft account" <…@outlook.com>`): the company never writes from a
 * mailbox anyone can open, so that stays a claim. Trap: a phisher may name the service too ("Gmail Team"); that
 * mail is then judged without a brand claim, on its links, lures and authentication.
 */
export function namesOwnMailbox(match: BrandMatch, fromDomain: string): boolean {
  if (!fromDomain || brandDomainRole(match.brand, fromDomain) !== 'mailbox') return false;
  const reg = registrableDomain(fromDomain).toLowerCase();
  const label = reg.slice(0, reg.indexOf('.'));
  const said = match.text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return !!label && (said === label || said === reg.replace(/\./g, ''));
}
