/**
 * A web page kept as a FILE on a file-sharing service: `dropbox.com/scl/fi/…/ScanDoc_0217.html`,
 * `tenant.sharepoint.com/…/Shared Documents/invoice.htm`, `app.box.com/shared/static/….shtml`. Read by
 * links.rented-page (rented-page.ts) in the document offer's chunk, so the pane starts without it.
 * Attack: the share's good name carries the link past filters and the reader's eye ("a Dropbox link"), while what it
 * opens is the phisher's sign-in page, uploaded as a single .html (or an .svg with script), often the one link of a
 * mail that is one picture. Trap: genuine shares hold documents (PDF, DOCX, XLSX: never a page), a company's own
 * `invoice.html` is on its own site, and the services' own help and product pages are not users' files — only the
 * paths under which a service serves a user's file count. Google Drive and WeTransfer links carry an id, never the
 * file's name, so they cannot be judged by it; object storage is a rented page already (link-services.ts).
 */

/** The endings of a file a browser opens as a page. */
const PAGE_ENDINGS: ReadonlySet<string> = new Set(['html', 'htm', 'shtml', 'xhtml', 'svg', 'mht', 'mhtml']);

/**
 * File shares, by host suffix, and the path under which each serves a user's file (sources: the services'
 * own documentation of their shared and direct links); `''`: the whole host serves users' files.
 */
const FILE_SHARES: readonly (readonly [registrable: string, paths: readonly string[]])[] = [
  ['dropbox.com', ['/s/', '/scl/fi/', '/sh/', '/scl/fo/']],
  ['dropboxusercontent.com', ['']],
  ['sharepoint.com', ['']],
  ['box.com', ['/shared/static/', '/s/']],
  ['boxcloud.com', ['']],
  ['mediafire.com', ['/file/', '/view/']],
  ['onedrive.live.com', ['']],
];

/**
 * The page file's name when a link (its host and its path with the query) opens a web page stored as a file on a
 * file share; undefined otherwise. The name is the last path segment ending in a page ending (MediaFire adds `/file`).
 */
export function sharedPageFile(host: string, path: string): string | undefined {
  const end = path.search(/[?#]/);
  const segments = (end < 0 ? path : path.slice(0, end)).split('/');
  const share = FILE_SHARES.find(([domain]) => host === domain || host.endsWith('.' + domain));
  if (!share || !share[1].some((p) => path.toLowerCase().startsWith(p))) return undefined;
  for (let i = segments.length - 1; i > 0; i--) {
    let name = segments[i]!;
    try {
      name = decodeURIComponent(name);
    } catch {
      // a malformed escape: keep the name as written
    }
    const dot = name.lastIndexOf('.');
    if (dot > 0 && PAGE_ENDINGS.has(name.slice(dot + 1).toLowerCase())) return name;
  }
  return undefined;
}
