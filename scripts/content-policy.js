/**
 * The Content-Security-Policy of every page we ship, in one place: webpack.config.js writes these strings into the
 * pages' <meta> tags, and scripts/serve.js sends the same strings as a response header, with the one directive a
 * <meta> cannot carry (frame-ancestors). The README's "Deploying the add-in" section is derived from them.
 * Plain JavaScript with no imports: the server loads it without pulling in webpack.
 */

/** Microsoft's host of office.js (Outlook requires office.js from Microsoft; it is never bundled). */
export const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';

/**
 * Where office.js's Outlook scripts load MicrosoftAjax.js from. Every current Outlook client needs it: the host script
 * office.js picks — outlook-web-16.01.js (Outlook on the web, Outlook.com, the new Outlook for Windows),
 * outlook-win32-16.02.js (classic Outlook for Windows), outlook-mac-16.00.js (Mac), outlook-ios / outlook-android —
 * checks for Sys.Serialization.JavaScriptSerializer, which nothing else defines, and loads
 * https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js; without it Office does not initialise ("Not able to load
 * MicrosoftAjax.js", OfficeDev/office-js#4131, microsoft/MHA#125). Checked in @microsoft/office-js 1.1.110. The local
 * copy (`officejs=local`) holds the same host scripts, so it needs this host too.
 */
export const MS_AJAX_HOST = 'https://ajax.aspnetcdn.com';

/** A Content-Security-Policy value from `{ directive: [sources] }`. */
export function serializeCsp(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The task pane's policy (dist/taskpane.html).
 * - script-src: our bundle, office.js's host (office.js loads its Outlook part, strings and telemetry module from the
 *   folder it came from) and MicrosoftAjax.js's host (see MS_AJAX_HOST). With the local copy
 *   (`npm run build:officejs-local`) office.js and its parts are 'self'.
 * - style-src 'self': our extracted CSS file. Fluent's constructable stylesheets (adoptedStyleSheets) and CSSOM
 *   property writes (office.js) are not governed by style-src; nothing sets a style attribute.
 * - connect-src 'self': config.json, the IP owner table (data/ip-owner/) and an RDAP proxy on this server for the
 *   online look-up, plus what the build added for it (rdapConnectSources: the page's choice, the same option).
 *   office.js's telemetry endpoint stays blocked, which the privacy promise wants anyway.
 * - frame-src: office.js shows its "not trusted" error page in a frame from its own host.
 * frame-ancestors: see PANE_FRAME_ANCESTORS.
 */
export function contentPolicy({ localOfficeJs, rdapConnect = rdapConnectSources() }) {
  const officeHost = localOfficeJs ? [] : [OFFICE_JS_HOST];
  const directives = {
    'default-src': ["'none'"],
    'script-src': ["'self'", ...officeHost, MS_AJAX_HOST],
    'style-src': ["'self'"],
    'img-src': ["'self'", ...officeHost],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...rdapConnect],
    'frame-src': localOfficeJs ? ["'self'"] : officeHost,
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  };
  return serializeCsp(directives);
}

/**
 * Where the standalone page's online look-up (issue #18, "Look up online") may connect besides its own origin: the
 * build option PHISH_RDAP_CONNECT, space-separated CSP sources. Empty by default: the page then reaches only an RDAP
 * proxy on its own server (config.json `online.rdapBase`). Asking registries directly needs IANA's
 * (https://data.iana.org) and every registry's server, hundreds of hosts: `https:` allows them all, and any other
 * HTTPS host too, so it is the admin's explicit choice, never the default. `*` and plain http are refused.
 */
export function rdapConnectSources(value = process.env.PHISH_RDAP_CONNECT ?? '') {
  const sources = value.split(/\s+/).filter(Boolean);
  for (const source of sources) {
    if (source !== 'https:' && !/^https:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(source))
      throw new Error(`PHISH_RDAP_CONNECT: "${source}" is not an https: origin (or https: itself)`);
  }
  return sources;
}

/**
 * The standalone page's policy (dist/index.html): everything from this origin, nothing inline, no frames, no forms,
 * and fetch only to this origin (config.json, the sample, the IP owner table, an RDAP proxy on this server) plus what
 * the build added for the online look-up (rdapConnectSources). No Microsoft host: the page has no office.js.
 * Downloads are Blob URLs saved through <a download>, which CSP does not govern.
 */
export function webContentPolicy({ rdapConnect = rdapConnectSources() } = {}) {
  const directives = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...rdapConnect],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  };
  return serializeCsp(directives);
}

/** help.html's policy (also written by hand into its <meta>; a test holds the two equal): styles and images only. */
export function helpContentPolicy() {
  return serializeCsp({
    'default-src': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
}

/**
 * What a server sends as the Content-Security-Policy header, by page: the page's own <meta> policy, plus
 * frame-ancestors, which a <meta> cannot carry.
 * - The standalone page and the help page are never framed: 'none' (no click-jacking of the page's buttons).
 * - The task pane: no frame-ancestors, deliberately. Outlook frames it from hosts Microsoft does not list in full and
 *   changes — outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft for the web, the
 *   new Outlook and Outlook.com, the national clouds, and an on-premises Exchange's own OWA host, which is the
 *   customer's — while classic Windows and Mac show it in a webview. Microsoft documents no complete list (its CSP
 *   documentation request, OfficeDev/office-js#1005, has been open since 2019), and a wrong list locks a client out.
 *   Being framed elsewhere gives little: the pane reads a message only through Outlook's API, and a report opens a
 *   draft the user still has to send.
 * - Every other file (scripts, styles, data, images, the manifest): nothing may run or frame it if it is ever opened
 *   as a document.
 */
export function headerPolicies({ localOfficeJs }) {
  return {
    'index.html': `${webContentPolicy()}; frame-ancestors 'none'`,
    'help.html': `${helpContentPolicy()}; frame-ancestors 'none'`,
    'taskpane.html': contentPolicy({ localOfficeJs }),
  };
}

/** The header for a file that is not one of the pages above. */
export const FILE_POLICY = "default-src 'none'; frame-ancestors 'none'";
