import { expect } from 'chai';
import { Parser } from 'htmlparser2';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../helpers';

// scripts/serve.js is plain JavaScript (run by node directly); imported by URL so tsc does not need its types.
interface ServeModule {
  createStaticHandler(root: string): Parameters<typeof createServer>[1];
  certificatePaths(dir: string): { dir: string; ca: string; cert: string; key: string };
  certificateProblem(pem: string): string | undefined;
  loadCertificates(paths: {
    dir: string;
    ca: string;
    cert: string;
    key: string;
  }): Promise<{ cert: string; key: string; generated: boolean }>;
  serve(options: {
    root: string;
    port: number;
    paths: ReturnType<ServeModule['certificatePaths']>;
  }): Promise<{ server: Server }>;
}
const serveModule = (): Promise<ServeModule> => import(new URL('../../../scripts/serve.js', import.meta.url).href);

// The policies the build writes into the pages' <meta> tags (webpack.config.js), and help.html's.
interface PolicyModule {
  contentPolicy(options: { localOfficeJs: boolean }): string;
  webContentPolicy(): string;
}
const buildPolicies = (): Promise<PolicyModule> => import(new URL('../../../webpack.config.js', import.meta.url).href);
const helpPolicy = async (): Promise<string> =>
  (
    (await import(new URL('../../../scripts/content-policy.js', import.meta.url).href)) as {
      helpContentPolicy(): string;
    }
  ).helpContentPolicy();

/** The content of a page's CSP <meta> tag, read by an HTML parser (the built pages are minified). */
function metaPolicy(html: string): string | undefined {
  let policy: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') policy ??= attrs.content;
    },
  });
  parser.end(html);
  return policy;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path goes out exactly as written (no client-side normalisation of `..`). */
function get(port: number, path: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('development server (scripts/serve.js)', () => {
  let base: string;
  let root: string;
  let server: Server;
  let port: number;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'pi-serve-'));
    root = join(base, 'dist');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>index</title>');
    writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>pane</title>');
    writeFileSync(join(root, 'help.html'), '<!doctype html><title>help</title>');
    writeFileSync(join(root, 'taskpane.0123abcd.js'), 'console.log(1)');
    writeFileSync(join(root, 'manifest.xml'), '<OfficeApp/>');
    writeFileSync(join(root, 'assets', 'icon-16.png'), 'png');
    writeFileSync(join(root, '.env'), 'SECRET=1');
    writeFileSync(join(base, 'outside.txt'), 'outside');
    symlinkSync(join(base, 'outside.txt'), join(root, 'link.txt'));
    const { createStaticHandler } = await serveModule();
    server = createServer(createStaticHandler(root));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });

  after(() => {
    server?.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('serves / as index.html with its MIME type and the security headers', async () => {
    const res = await get(port, '/');
    expect(res.status).to.equal(200);
    expect(res.body).to.include('<title>index</title>');
    expect(res.headers['content-type']).to.equal('text/html; charset=utf-8');
    expect(res.headers['x-content-type-options']).to.equal('nosniff');
    expect(res.headers['referrer-policy']).to.equal('no-referrer');
    expect(res.headers['x-frame-options']).to.equal(undefined);
  });

  it('gives scripts, the manifest and images their own content types', async () => {
    expect((await get(port, '/taskpane.0123abcd.js')).headers['content-type']).to.equal(
      'text/javascript; charset=utf-8',
    );
    expect((await get(port, '/manifest.xml')).headers['content-type']).to.equal('application/xml; charset=utf-8');
    expect((await get(port, '/assets/icon-16.png')).headers['content-type']).to.equal('image/png');
  });

  it('lets hashed bundles be cached for good and makes pages revalidate', async () => {
    expect((await get(port, '/taskpane.0123abcd.js')).headers['cache-control']).to.include('immutable');
    expect((await get(port, '/taskpane.html')).headers['cache-control']).to.equal('no-cache');
  });

  it('refuses paths that climb out of dist/, however they are encoded', async () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/..%2foutside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/%5c..%5coutside.txt',
    ]) {
      const res = await get(port, path);
      expect(res.status, path).to.equal(404);
      expect(res.body, path).to.not.include('outside');
    }
  });

  it('does not follow a symlink out of dist/', async () => {
    expect((await get(port, '/link.txt')).status).to.equal(404);
  });

  it('lists no directory and serves no dotfile', async () => {
    expect((await get(port, '/assets/')).status).to.equal(404);
    expect((await get(port, '/assets')).status).to.equal(404);
    expect((await get(port, '/.env')).status).to.equal(404);
  });

  it('answers a NUL byte with 404 and a malformed escape with 400', async () => {
    expect((await get(port, '/index.html%00.png')).status).to.equal(404);
    expect((await get(port, '/%E0%A4%A')).status).to.equal(400);
  });

  it('sends the standalone page its build policy as a header, and forbids framing it', async () => {
    const { webContentPolicy } = await buildPolicies();
    for (const path of ['/', '/index.html']) {
      expect((await get(port, path)).headers['content-security-policy'], path).to.equal(
        `${webContentPolicy()}; frame-ancestors 'none'`,
      );
    }
    expect((await get(port, '/help.html')).headers['content-security-policy']).to.equal(
      `${await helpPolicy()}; frame-ancestors 'none'`,
    );
  });

  it('sends the task pane its build policy without frame-ancestors, so every Outlook client may frame it', async () => {
    const { contentPolicy } = await buildPolicies();
    const policy = (await get(port, '/taskpane.html')).headers['content-security-policy'];
    expect(policy).to.equal(contentPolicy({ localOfficeJs: false }));
    expect(policy).to.not.include('frame-ancestors');
  });

  it('sends the local-office.js policy for the pane when the build left the local copy beside it', async () => {
    const { contentPolicy } = await buildPolicies();
    mkdirSync(join(root, 'office-js'));
    writeFileSync(join(root, 'office-js', 'office.js'), '// office.js');
    try {
      expect((await get(port, '/taskpane.html')).headers['content-security-policy']).to.equal(
        contentPolicy({ localOfficeJs: true }),
      );
      expect((await get(port, '/office-js/office.js')).headers['content-type']).to.equal(
        'text/javascript; charset=utf-8',
      );
    } finally {
      rmSync(join(root, 'office-js'), { recursive: true, force: true });
    }
  });

  it('lets nothing run in, or frame, any other file or error page', async () => {
    for (const path of ['/taskpane.0123abcd.js', '/manifest.xml', '/assets/icon-16.png', '/missing.html', '/.env']) {
      const res = await get(port, path);
      expect(res.headers['content-security-policy'], path).to.equal("default-src 'none'; frame-ancestors 'none'");
    }
    expect((await get(port, '/', 'POST')).headers['content-security-policy']).to.equal(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('allows only GET and HEAD', async () => {
    const post = await get(port, '/', 'POST');
    expect(post.status).to.equal(405);
    expect(post.headers.allow).to.equal('GET, HEAD');
    const head = await get(port, '/taskpane.html', 'HEAD');
    expect(head.status).to.equal(200);
    expect(head.body).to.equal('');
    expect(head.headers['content-length']).to.equal(String('<!doctype html><title>pane</title>'.length));
  });
});

describe('development server on the built dist/', () => {
  let server: Server;
  let port: number;

  before(async function () {
    const dist = join(projectRoot, 'dist');
    if (!['index.html', 'taskpane.html', 'help.html'].every((page) => existsSync(join(dist, page)))) {
      if (process.env.CI === 'true') throw new Error('CI=true but dist/ is not built: the build step must run first');
      console.log('      (skipped: dist/ is not built; run npm run build)');
      this.skip();
    }
    const { createStaticHandler } = await serveModule();
    server = createServer(createStaticHandler(dist));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });

  after(() => server?.close());

  it('sends each built page the very policy its <meta> tag carries, plus frame-ancestors where it is fixed', async () => {
    const expected: Record<string, string> = {
      '/index.html': " frame-ancestors 'none'",
      '/help.html': " frame-ancestors 'none'",
      '/taskpane.html': '',
    };
    for (const [path, ancestors] of Object.entries(expected)) {
      const res = await get(port, path);
      const meta = metaPolicy(res.body);
      expect(meta, `${path} has a CSP <meta>`).to.be.a('string');
      expect(res.headers['content-security-policy'], path).to.equal(ancestors ? `${meta};${ancestors}` : meta);
    }
  });
});

describe('development certificates', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pi-certs-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a file that is not a certificate', async () => {
    const { certificateProblem } = await serveModule();
    expect(certificateProblem('not a certificate')).to.equal('is not a readable certificate');
  });

  it('does not replace a CA the user may have trusted, and says how to renew', async () => {
    const { certificatePaths, loadCertificates } = await serveModule();
    const paths = certificatePaths(dir);
    writeFileSync(paths.ca, 'existing CA');
    let error: unknown;
    try {
      await loadCertificates(paths);
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.include('npx office-addin-dev-certs install');
  });

  it('generates a localhost certificate into the given folder without installing it, and serves HTTPS with it', async function () {
    this.timeout(60_000);
    const { certificatePaths, certificateProblem, loadCertificates, serve } = await serveModule();
    const paths = certificatePaths(dir);
    const first = await loadCertificates(paths);
    expect(first.generated).to.equal(true);
    expect(certificateProblem(first.cert)).to.equal(undefined);
    expect((await loadCertificates(paths)).generated).to.equal(false);

    const root = join(dir, 'dist');
    mkdirSync(root);
    writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>pane</title>');
    const { server } = await serve({ root, port: 0, paths });
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<number>((resolve, reject) => {
        // The CA is deliberately not trusted here: the test checks the certificate, not the trust store.
        const req = httpsRequest(
          { host: 'localhost', port, path: '/taskpane.html', ca: readFileSync(paths.ca, 'utf8') },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(status).to.equal(200);
    } finally {
      server.close();
    }
  });
});
