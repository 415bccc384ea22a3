/**
 * Link domains of well-known services, as data. Registrable domains only.
 * - ESP_TRACKING: click-tracking and hosting domains of bulk-mail services. A genuine, DMARC-authenticated sender's
 *   links pass through them, so they are not "an unrelated host" for such a sender. Source: the services' own
 *   documentation of their tracking domains (common knowledge, unverified list).
 * - SHORTENERS: public URL shorteners, which hide where a link goes. A brand's own shortener (amzn.to) is listed
 *   with the brand instead.
 */
import { registrableAscii, toAsciiHost } from '../parse/domains';
import type { DataNeed } from '../report';
export const ESP_TRACKING_DOMAINS: ReadonlySet<string> = new Set([
  'sendgrid.net',
  'list-manage.com',
  'mcusercontent.com',
  'mailchi.mp',
  'campaign-archive.com',
  'rsgsv.net',
  'awstrack.me',
  'amazonses.com',
  'exct.net',
  'exacttarget.com',
  'sparkpostmail.com',
  'mandrillapp.com',
  'hubspotlinks.com',
  'hs-sites.com',
  'hubspotemail.net',
  'mktoweb.com',
  'mkt.com',
  'rs6.net',
  'ctctcdn.com',
  'klclick.com',
  'klclick1.com',
  'mjt.lu',
  'sendibt3.com',
  'sendibt2.com',
  'mailgun.org',
  'emltrk.com',
  'cuenote.jp',
  'bme.jp',
  'mlsend.com',
  'customeriomail.com',
  'sailthru.com',
  'pardot.com',
  'salesforce.com',
  'responsys.net',
  'bluehornet.com',
  'createsend.com',
  'cmail19.com',
  'cmail20.com',
  'substack.com',
]);

const SHORTENER_DOMAINS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  // Not goo.gl: Google's shortener made its last public links in 2019 and stopped following them in August 2025; the
  // goo.gl links mail carries now are its apps' own share links (maps.app.goo.gl), which open Google's own pages.
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  't.ly',
  'x.gd',
  'bit.do',
  'rb.gy',
  'tiny.cc',
  'v.gd',
  'qr.net',
  'shorte.st',
  'adf.ly',
  'u.nu',
  'urx.nu',
  'urx2.nu',
  'urx3.nu',
  'xgd.io',
  'tiny.one',
  'lnkd.in',
  'soo.gd',
  'clck.ru',
  's.id',
  'me2.kr',
  'han.gl',
  // Spain's and Latin America's public shortener (its own site: free, no account): the DGT fine and Correos kits' one
  // link (set40 p-es-01); the DGT itself warns that it never sends a fine with a link (Guardia Civil, April 2025).
  'acortar.link',
  // China's public shorteners (Sina Weibo's, Tencent's, Baidu's): the e-invoice (电子发票) lure's link, 2023-2025.
  't.cn',
  'url.cn',
  'dwz.cn',
  // Taiwan's public shorteners (縮網址): the parcel-fee and fine kits' links (set25 p-zh-02, reurl.cc).
  'reurl.cc',
  'lihi.cc',
  'lihi1.cc',
  'pse.is',
  'ppt.cc',
]);

/**
 * Redirectors whose target is a code resolved on their own server, not a parameter unwrap.ts could read: as good as
 * a shortener. LinkedIn's `/slink?code=…` (its share links; abused in phishing since 2023 — Cofense and INKY reports).
 */
const CODE_REDIRECTS: readonly (readonly [registrable: string, pathPrefix: string])[] = [['linkedin.com', '/slink']];

/** Whether a link (registrable domain and path) is a shortener or a redirect by code: where it goes is hidden. */
export function hidesTarget(registrable: string, path: string): boolean {
  if (SHORTENER_DOMAINS.has(registrable)) return true;
  const lower = path.toLowerCase();
  return CODE_REDIRECTS.some(
    ([reg, prefix]) =>
      registrable === reg && (lower === prefix || lower.startsWith(prefix + '?') || lower.startsWith(prefix + '/')),
  );
}

/**
 * Code hosts' project pages: a sender there is as odd as on any app host, but every open-source project links its
 * documentation there (a genuine list post linking `kb1vc.github.io`, corpus usrp_users/04840), so a link to one is
 * no sign. Entries of THROWAWAY_HOSTS judged as senders only.
 */
export const PROJECT_PAGE_HOSTS: ReadonlySet<string> = new Set(['github.io', 'gitlab.io']);

/** Forms anyone can create (vendor): THROWAWAY_HOSTS and FORM_ENTRIES. */
const FORMS = ['docs.google.com/forms', 'forms.gle', 'forms.office.com', 'typeform.com', 'form.jotform.com'];

/**
 * The entries of THROWAWAY_HOSTS whose source is the provider's own documentation of its default host names, not the
 * Public Suffix List: the one list of them (THROWAWAY_HOSTS takes them from here).
 * @internal the test holds every other entry to the Public Suffix List
 */
export const VENDOR_SOURCED: readonly string[] = [
  // Site builders and tunnels (vendor; `softr.app`, where a Softr app lives until a paid custom domain, unverified:
  // the Public Suffix List lacks it and set28 p-en-14's speaker portal was one)
  'weebly.com',
  'weeblysite.com',
  'glitch.me',
  '000webhostapp.com',
  'godaddysites.com',
  'jimdosite.com',
  'mystrikingly.com',
  'site123.me',
  'webnode.page',
  'tilda.ws',
  'hostingersite.com',
  'softr.app',
  'sites.google.com',
  // Pages made in a design tool and published under its name (vendor: the tools' own help on sharing a public link)
  'new.express.adobe.com/webpage',
  'express.adobe.com/page',
  'canva.com/design',
  // A document room anyone opens on a free trial (vendor: DocSend's help on sharing a link, `docsend.com/view/…`):
  // kits put the lure document there, behind its own "enter your e-mail" gate; a deck shared so is everyday too.
  'docsend.com/view',
  // Microsoft 365's tenant-default domain (vendor): every trial tenant gets one
  'onmicrosoft.com',
  // Object storage (vendor); Google Cloud Storage's authenticated-browser host for its buckets
  'r2.dev',
  'storage.cloud.google.com',
  'firebasestorage.app',
  'backblazeb2.com',
  'wasabisys.com',
  // IPFS gateways (vendor); any host with an `ipfs` label or an `/ipfs/` path counts too
  'ipfs.io',
  'dweb.link',
  'w3s.link',
  'nftstorage.link',
  '4everland.link',
  'mypinata.cloud',
  // Forms anyone can create (vendor)
  ...FORMS,
];

/**
 * Throwaway infrastructure: where anyone can publish a page, a file or a form, or send mail, under a name of the
 * platform's in minutes and without owning a domain. ASCII host suffixes, matched against a host and its parents
 * down to its registrable domain; an entry with a `/` also names the first path segment (`docs.google.com/forms`).
 * Sources: the entries below are the Public Suffix List's private section (tldts 7.6 data, checked by
 * test/core/checks/infrastructure.test.ts), then VENDOR_SOURCED's (the providers' own documentation).
 */
export const THROWAWAY_HOSTS: ReadonlySet<string> = new Set([
  // App and site hosting
  'firebaseapp.com',
  'web.app',
  'pages.dev',
  'workers.dev',
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'now.sh',
  'herokuapp.com',
  'appspot.com',
  'azurewebsites.net',
  'azurestaticapps.net',
  'repl.co',
  'replit.app',
  'onrender.com',
  'fly.dev',
  'deno.dev',
  'surge.sh',
  'webflow.io',
  'framer.app',
  'framer.website',
  'framer.ai',
  'bolt.host',
  'typedream.app',
  'wixsite.com',
  'wixstudio.com',
  'square.site',
  'carrd.co',
  'notion.site',
  'yolasite.com',
  'gitbook.io',
  'codeberg.page',
  'lovable.app',
  'bubbleapps.io',
  'amplifyapp.com',
  'my.canva.site',
  'ngrok.io',
  'ngrok.app',
  'ngrok-free.app',
  'trycloudflare.com',
  // Object storage; S3 is matched by its `s3` label
  'storage.googleapis.com',
  'firebasestorage.googleapis.com',
  'blob.core.windows.net',
  'web.core.windows.net',
  'digitaloceanspaces.com',
  'linodeobjects.com',
  // An IPFS gateway
  'cf-ipfs.com',
  ...VENDOR_SOURCED,
]);

/**
 * Mail infrastructure that writes Message-IDs, bounce addresses and DKIM signatures for its customers: no
 * organisation of the message's own. Sources: the providers' documentation of their sending domains.
 */
export const MAIL_INFRASTRUCTURE: ReadonlySet<string> = new Set([
  'outlook.com',
  'office365.com',
  'google.com',
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'mcsv.net',
  'mcdlv.net',
  'mailgun.net',
  'mailjet.com',
  'postmarkapp.com',
  'mtasv.net',
  'mktomail.com',
  'sendinblue.com',
  'brevo.com',
  'zendesk.com',
  'freshdesk.com',
  'helpscout.net',
  'intercom-mail.com',
  'intercom.io', // Intercom's own (v2fly domain-list-community: intercom.com, intercom.io); no `inter` + `com`
  'smtp.com',
  'messagelabs.com',
  'pphosted.com',
  'mimecast.com',
  'gappssmtp.com',
  'exchangelabs.com',
]);

/**
 * The THROWAWAY_HOSTS entry a host (and its first path segment) falls under, looking at the host and its parents
 * down to its registrable domain; S3 buckets by their `s3`/`s3-<region>` label, Alibaba's OSS by its
 * `oss-<region>` label and Tencent's COS by `cos.<region>` (buckets anyone rents: `x.oss-cn-hongkong.aliyuncs.com`),
 * Webnode's sites under any of its country domains, IPFS by label or path, and Google Docs published to the web by their `/d/e/` path.
 */
export function throwawayEntry(host: string, path = ''): string | undefined {
  let h = toAsciiHost(host);
  const reg = registrableAscii(h);
  if (!reg) return undefined;
  if (reg === 'amazonaws.com' && /(^|\.)s3[.-]/.test(h)) return 'amazonaws.com (S3)';
  if (reg === 'aliyuncs.com' && /(^|\.)oss-[a-z0-9-]+\.aliyuncs\.com$/.test(h)) return 'aliyuncs.com (OSS)';
  if (reg === 'myqcloud.com' && /(^|\.)cos\.[a-z0-9-]+\.myqcloud\.com$/.test(h)) return 'myqcloud.com (COS)';
  // Webnode's free sites in every country's name (`name.webnode.sk`, `.fr`, `.com.br`: Webnode's own help), not its site.
  if (/^webnode\./.test(reg) && h !== reg && !h.startsWith('www.')) return 'webnode (' + reg + ')';
  if (/(^|\.)ipfs\./.test(h) || /^\/ip[fn]s\//i.test(path)) return 'IPFS';
  // A Google Doc, Sheet or Slides "published to the web" (`/d/e/<id>/pub`): a public page, not a share of the file.
  if (h === 'docs.google.com' && /^\/(?:document|spreadsheets|presentation)\/d\/e\//.test(path))
    return 'docs.google.com (published)';
  const segment = '/' + (path.split(/[/?#]/)[1] ?? '').toLowerCase();
  for (;;) {
    if (THROWAWAY_HOSTS.has(h)) return h;
    if (THROWAWAY_HOSTS.has(h + segment)) return h + segment;
    // Up while a subdomain of `reg`: a mangled host ('x://urldefense.com/v3/…', a From the sender wrote) may have no
    // dot left above its domain, and a length test alone never ended there.
    if (!h.endsWith('.' + reg)) return undefined;
    h = h.slice(h.indexOf('.') + 1);
  }
}

/**
 * Forms are pages by design: a school's permission form offered with "read the document" is everyday mail; on a form
 * only a share or a signature, or the account script, counts (document-offer.ts).
 */
export const FORM_ENTRIES: ReadonlySet<string> = new Set(FORMS);
/** A path ending so is a file to download, not a page to sign in on. */
const DOWNLOAD_ENDINGS: ReadonlySet<string> = new Set(
  'pdf doc docx docm xls xlsx xlsm ppt pptx odt ods odp rtf csv txt zip rar 7z gz tgz jpg jpeg png gif mp3 mp4 mov wav ics'.split(
    ' ',
  ),
);

/** Whether the path names a file to download (`/q3/report.pdf`, `…/o/file.docx?alt=media`). */
export function downloadPath(path: string): boolean {
  const end = path.search(/[?#]/);
  const name = (end < 0 ? path : path.slice(0, end)).split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 && DOWNLOAD_ENDINGS.has(name.slice(dot + 1).toLowerCase());
}

/**
 * The page anyone rents in minutes that a link opens (a free site or app host, a bucket's page, IPFS, a published
 * Google Doc), as its throwaway entry: not a code host's project page (documentation) nor a file to download.
 */
export function rentedSite(host: string, path: string): string | undefined {
  const entry = throwawayEntry(host, path);
  return !entry || PROJECT_PAGE_HOSTS.has(entry) || downloadPath(path) ? undefined : entry;
}

/** Names a user's web page on a file share (shared-page-file.ts): set with the document offer's chunk (rented-page.ts). */
let sharedPage: ((host: string, path: string) => string | undefined) | undefined;

/** Sets (or, undefined, forgets) the judgement of page files on file shares. */
export const setSharedPage = (judge: typeof sharedPage): void => void (sharedPage = judge);

/**
 * The name of the web page a link (host, path with query) opens as a user's file on a file share — a page anyone
 * uploads there, however known the share's name: `…/scl/fi/…/ScanDoc.html` on Dropbox. A path naming a page file
 * (`.html`, `.svg`, MediaFire's `…/x.htm/file`) asks for the judgement (`''` until it is here); undefined: none.
 */
export function sharedPageName(host: string, path: string, needs: Set<DataNeed>): string | undefined {
  if (!/\.(?:x?s?html?|svg|mht)/i.test(path)) return undefined;
  if (sharedPage) return sharedPage(host, path);
  needs.add('document-offer');
  return '';
}
