/**
 * Development server for the add-in: dist/ over HTTPS on https://localhost:3000 (the origin manifest.xml names),
 * bound to the loopback interface only. Static files, nothing else: GET and HEAD, a fixed MIME table, no directory
 * listings, dotfiles and paths outside dist/ refused (also through symlinks), and security headers on every answer.
 *
 *   node scripts/serve.js [--port 3000] [--root dist]
 *
 * Certificates: office-addin-dev-certs' files in ~/.office-addin-dev-certs (shared with Microsoft's tools). When
 * there are none they are generated there with its `generateCertificates`, which only writes files: trusting the CA
 * (a system trust-store change) stays the user's explicit `npx office-addin-dev-certs install`.
 */
import { X509Certificate } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { homedir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FILE_POLICY, headerPolicies } from './content-policy.js';

const projectRoot = resolve(fileURLToPath(import.meta.url), '..', '..');

export const DEFAULT_PORT = 3000;

/** Content types by extension; anything else is served as bytes (and nosniff keeps it that way). */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.bin': 'application/octet-stream',
};

/**
 * Sent with every answer, beside its Content-Security-Policy (contentSecurityPolicy). No X-Frame-Options: it cannot
 * say "framed by Outlook" (the pane's frame-ancestors choice is explained in content-policy.js). No
 * Cross-Origin-Resource-Policy: Outlook loads the add-in's icons from its own origin.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The Content-Security-Policy header for a file: the pages' own policies — the strings the build writes into their
 * <meta> tags — with frame-ancestors added, and a policy that lets nothing run for every other file. Which office.js
 * the pane loads is read from the folder: a build with the local copy is the only one that leaves dist/office-js/.
 */
export function contentSecurityPolicy(root, file) {
  const realRoot = realpathSync(root);
  const name = file.startsWith(realRoot + sep)
    ? file
        .slice(realRoot.length + 1)
        .split(sep)
        .join('/')
    : undefined;
  if (name === undefined) return FILE_POLICY;
  const localOfficeJs = name === 'taskpane.html' && existsSync(join(realRoot, 'office-js', 'office.js'));
  const pages = headerPolicies({ localOfficeJs });
  return Object.hasOwn(pages, name) ? pages[name] : FILE_POLICY;
}

/** Bundles named with a content hash never change under their name; everything else is revalidated. */
function cacheControl(file) {
  return /\.[0-9a-f]{8}\.(js|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The file a request path names inside `root`, or a status: 400 for a path that cannot be decoded, 404 for anything
 * that is not a plain file inside root. `/` is index.html; no other directory is listed or completed.
 */
export function resolveRequestPath(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'https://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname === '/') pathname = '/index.html';
  // Encoded NUL, backslashes (a Windows separator), `..` and dotfiles: never a file we serve.
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 404 };
  const segments = pathname.split('/').slice(1);
  if (segments.some((s) => s === '' || s.startsWith('.'))) return { status: 404 };
  const realRoot = realpathSync(root);
  const candidate = resolve(realRoot, ...segments);
  if (!candidate.startsWith(realRoot + sep)) return { status: 404 };
  let real;
  try {
    real = realpathSync(candidate);
  } catch {
    return { status: 404 };
  }
  // A symlink inside dist/ must not lead out of it.
  if (!real.startsWith(realRoot + sep)) return { status: 404 };
  try {
    if (!statSync(real).isFile()) return { status: 404 };
  } catch {
    return { status: 404 };
  }
  return { file: real };
}

function sendText(res, status, text, extra = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': FILE_POLICY,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(`${text}\n`);
}

/** The request handler for a static root; usable with node:http in tests. */
export function createStaticHandler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const found = resolveRequestPath(root, req.url ?? '/');
    if (!found.file) {
      sendText(res, found.status, found.status === 400 ? 'Bad Request' : 'Not Found');
      return;
    }
    const type = MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': contentSecurityPolicy(root, found.file),
      'Content-Type': type,
      'Content-Length': statSync(found.file).size,
      'Cache-Control': cacheControl(found.file),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/** Where office-addin-dev-certs keeps its files (its defaults), so both tools share one set. */
export function certificatePaths(dir = join(homedir(), '.office-addin-dev-certs')) {
  return { dir, ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
}

/** Why a certificate cannot serve https://localhost now, or undefined when it can. */
export function certificateProblem(certPem, now = Date.now()) {
  let cert;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    return 'is not a readable certificate';
  }
  if (Date.parse(cert.validTo) < now + 60 * 60 * 1000) return `expired on ${cert.validTo}`;
  if (!cert.checkHost('localhost')) return 'does not cover localhost';
  return undefined;
}

/**
 * The key and certificate for localhost: existing ones when still good, else freshly generated (files only, never
 * installed). An existing CA with a stale certificate is not overwritten behind the user's back: its trust may be
 * installed, so renewing it is theirs to do.
 */
export async function loadCertificates(paths = certificatePaths()) {
  if (existsSync(paths.cert) && existsSync(paths.key)) {
    const cert = readFileSync(paths.cert, 'utf8');
    const problem = certificateProblem(cert);
    if (!problem) return { cert, key: readFileSync(paths.key, 'utf8'), generated: false };
    throw new Error(
      `The development certificate ${paths.cert} ${problem}.\n` +
        'Renew it with `npx office-addin-dev-certs install` (replaces and trusts it; asks first), or delete ' +
        `${paths.dir} to get an untrusted one generated, then run npm start again.`,
    );
  }
  if (existsSync(paths.ca)) {
    throw new Error(
      `${paths.dir} holds a CA but no usable localhost certificate. Run \`npx office-addin-dev-certs install\`, ` +
        `or delete ${paths.dir} to get a new set generated.`,
    );
  }
  // Loaded only here: its CommonJS tree is not needed when certificates exist.
  const devCerts = await import('office-addin-dev-certs');
  const generateCertificates = devCerts.generateCertificates ?? devCerts.default?.generateCertificates;
  await generateCertificates(paths.ca, paths.cert, paths.key);
  return { cert: readFileSync(paths.cert, 'utf8'), key: readFileSync(paths.key, 'utf8'), generated: true };
}

/** Starts the HTTPS server on localhost; resolves once it listens. */
export async function serve({
  root = join(projectRoot, 'dist'),
  port = DEFAULT_PORT,
  paths = certificatePaths(),
} = {}) {
  if (!existsSync(join(root, 'taskpane.html'))) {
    throw new Error(`${join(root, 'taskpane.html')} is missing: run \`npm run build\` first.`);
  }
  const { cert, key, generated } = await loadCertificates(paths);
  const server = createServer({ cert, key }, createStaticHandler(root));
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, 'localhost', done);
  });
  return { server, generated, certificateDir: paths.dir };
}

/** What to do next, for a developer with or without Outlook. */
export function instructions(origin, certificateDir) {
  return [
    `Phish Inspector is served from dist/ at ${origin}/`,
    `  task pane   ${origin}/taskpane.html`,
    `  manifest    dist/manifest.xml (also ${origin}/manifest.xml)`,
    `  help        ${origin}/help.html`,
    '',
    'Try it in Outlook on the web or the new Outlook:',
    '  1. Outlook loads add-ins only over a trusted certificate. Trust the development CA once:',
    `       npx office-addin-dev-certs install     (certificates in ${certificateDir}; it asks before changing`,
    "                                              your system's trusted certificates)",
    '  2. Open https://aka.ms/olksideload → My add-ins → Custom Addins → Add a custom add-in → Add from File…',
    '     and choose dist/manifest.xml.',
    '  3. Open a message and choose Analyze (in the ribbon, or under Apps / … ).',
    '',
    `No Outlook here? Open ${origin}/ in a browser, or run the CLI on the sample: npm run sample`,
    'Stop with Ctrl+C.',
  ].join('\n');
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[i + 1];
    if (name === '--port') {
      options.port = Number(value);
      if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535)
        throw new Error(`--port: not a port: ${value}`);
    } else if (name === '--root') {
      options.root = resolve(value);
    } else {
      throw new Error(`unknown option ${argv[i]} (use --port N, --root DIR)`);
    }
    if (inline === undefined) i++;
  }
  return options;
}

export async function main(argv = process.argv.slice(2)) {
  try {
    const options = parseArgs(argv);
    const { generated, certificateDir } = await serve(options);
    const port = options.port ?? DEFAULT_PORT;
    if (generated) console.log(`Generated a localhost certificate in ${certificateDir} (not yet trusted: see step 1).`);
    if (port !== DEFAULT_PORT)
      console.log(
        `Note: dist/manifest.xml points at https://localhost:${DEFAULT_PORT}; Outlook will not find port ${port}.`,
      );
    console.log(instructions(`https://localhost:${port}`, certificateDir));
  } catch (error) {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
