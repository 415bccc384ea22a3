/**
 * The judging of two links' shapes that only some mail has, fetched with the "disclaimer" chunk (check-data.ts) that
 * every message with a body asks for (core/need-hints.ts): a program to download (links.install-file) and a
 * government's whole domain worn as a link's leading labels (links.brand-in-path.government). Not loaded, links.ts asks
 * for the chunk for any message with a web link, so the drawn verdict always has them (issue #19: out of the pane's
 * first download).
 */
import type { Link, ParsedMessage } from '../types';
import { registrableDomain } from '../parse/domains';
import { brandsOwningDomain } from '../brands/lookup';
import { finding } from '../findings';
import type { Check, CheckContext } from './check';
import { isFreeMail } from './free-mail';
import { safeDecode } from '../text';
import { governmentDomain } from './sender';
import { linkEvidence, pathAndQuery, senderLinkDomains, webLinks } from './links';

/**
 * A government's whole domain as a link's leading labels (`nzta.govt.nz.toll-payment.kotahi-notice.cfd`,
 * plantedGovernmentDomain below): the office planted where the reader's eye lands. Not the authenticated
 * sender's own domain so worn (a government's bucket named for its site, linked from its own mail).
 */
export function governmentShape(
  msg: ParsedMessage,
  ctx: CheckContext,
  link: Link,
): { link: Link; text: string; brand: string; government: true } | undefined {
  const planted = plantedGovernmentDomain(link.host, link.registrable);
  if (!planted || (ctx.dmarc === 'pass' && registrableDomain(planted) === msg.from?.registrable)) return undefined;
  return { link, text: planted, brand: planted, government: true };
}

/** The word for government as a label of its own, which no other kind of site takes before a country code. */
const GOVERNMENT_WORDS = new Set(['gov', 'govt', 'gouv', 'gob']);

/**
 * The government's domain a host wears as its leading labels, as written (`nzta.govt.nz` in
 * `nzta.govt.nz.toll-payment.kotahi-notice.cfd`, `sat.gob.mx` in `www.sat.gob.mx.factura.online`, `irs.gov` in
 * `irs.gov.refund-status.com`, the bare `gov.uk` of `gov.uk.vehicle-tax.info`); undefined when it wears none.
 * Attack: toll, tax-refund and fine kits name the agency's whole domain first, where the reader's eye lands, on a
 * throwaway domain; a government office is seldom in the brand table, so only its suffix (sender.ts governmentDomain:
 * `gov.au`, `govt.nz`, `gouv.fr`, `gob.mx`, `go.jp`, `gov.br`, `.gov`) tells it.
 * Trap: a host whose own registrable domain is the government's (`www.nzta.govt.nz`) has nothing before it; labels
 * that only look like a domain without a government suffix (`example-com.mail.protection.outlook.com`) are not read;
 * `go` and `gv` alone before a country code name a company's own subdomain too (`go.de.example.com`), so they count
 * only after the office's own label; the authenticated sender's own links are never searched (links.ts).
 */
export function plantedGovernmentDomain(host: string, registrable: string): string | undefined {
  if (!registrable || host.length <= registrable.length || !host.endsWith('.' + registrable)) return undefined;
  const labels = host.slice(0, host.length - registrable.length - 1).split('.');
  const start = labels[0] === 'www' ? 1 : 0;
  // The latest end first: `ato.gov.au` is read whole, not as the `.gov` domain `ato.gov`.
  for (let end = labels.length; end - start >= 2; end--) {
    for (const from of [end - 3, end - 2]) {
      if (from < start || labels[from] === 'www') continue;
      if (governmentDomain(labels.slice(from, end).join('.'))) return labels.slice(start, end).join('.');
    }
    const suffix = labels.slice(end - 2, end).join('.');
    if (GOVERNMENT_WORDS.has(labels[end - 2]!) && governmentDomain('x.' + suffix))
      return labels.slice(start, end).join('.');
  }
  return undefined;
}

/** A file that installs or runs a program when opened on Android (APK and its split bundles) or Windows. */
const INSTALL_FILE = /\.(?:apks?|xapk|exe|msi|scr|js|vbs|hta|lnk|bat|cmd|ps1)$/i;

/**
 * links.install-file: a web link downloads a program — an Android package (`.apk`, `.xapk`, `.apks`) or a Windows
 * installer or script (`.exe`, `.msi`, `.scr`, `.js`, `.vbs`, `.hta`, `.lnk`, `.bat`, `.cmd`, `.ps1`) — from a host
 * that is neither the authenticated sender's nor the site of a brand it names. Fail; warn for an installer (`.exe`,
 * `.msi`) an authenticated company links elsewhere, or any such file on the site the From names but does not prove.
 * Attack: malware delivered by link, where mail filters do not open it — the fake bank, parcel, toll or tax app
 * ("install the new app to keep your account", `bank-secure-app.top/BankID.apk`) of SMS-style mail, the "Chrome
 * update" or "invoice viewer" that is `Update.js` or `Setup.msi` on a bucket or a hacked site.
 * Trap: a vendor's release notice linking its own download on its own domain (Zoom, VLC, 7-Zip, authenticated): the
 * sender answers for its own site, so nothing is said; a brand's own download site linked by a colleague (IT's "install
 * Zoom from zoom.us") serves the brand's real program; an authenticated company's installer on a mirror or CDN only
 * warns. Limit: a taken-over company mailbox linking its own taken-over site is believed as its own download.
 */
export const judgeInstallFile: Check = (msg, ctx) => {
  const senderOwns = senderLinkDomains(msg, ctx);
  // Asked only beside such a link: the free-mail list is a need of its own (ui/session.ts).
  const vendor = () => ctx.dmarc === 'pass' && !isFreeMail(msg.from?.domain ?? '', ctx);
  for (const link of webLinks(msg)) {
    const path = pathAndQuery(link.url);
    const end = path.search(/[?#]/);
    const file = safeDecode((end < 0 ? path : path.slice(0, end)).split('/').pop() ?? '');
    const kind = INSTALL_FILE.exec(file)?.[0].toLowerCase();
    if (!kind || !link.registrable) continue;
    if (ctx.dmarc === 'pass' && senderOwns(link.registrable)) continue;
    const brands = brandsOwningDomain(ctx.brands, link.registrable);
    if (brands.some((b) => ctx.claimed.some((c) => c.brand.id === b.id)) || (brands.length > 0 && vendor())) continue;
    const soft = link.registrable === msg.from?.registrable || ((kind === '.exe' || kind === '.msi') && vendor());
    const key = kind.includes('apk') ? 'links.install-file.android' : 'links.install-file';
    return finding(
      'links.install-file',
      soft ? 'warn' : 'fail',
      { file, host: link.host },
      [linkEvidence(link, file)],
      key,
    );
  }
  return undefined;
};
