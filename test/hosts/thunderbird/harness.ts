/**
 * Runs the extension's test build in a real, headless Thunderbird: a fresh profile (Local Folders with an Inbox,
 * one identity), the test build in the profile's `extensions` folder, and a loopback HTTP server the test entry
 * posts its result to. Bounded in time; the Thunderbird process group is always killed, the profile removed.
 *
 * Nothing may leave the machine: every pref that phones home is off, and all proxied traffic goes to a local trap
 * that records what was attempted (the test asserts it stayed empty) and answers nothing. Only 127.0.0.1 is used.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipDirectory } from '../../../scripts/build-thunderbird';
import { TEST_EXTENSION_ID } from '../../../src/hosts/thunderbird/manifest';

export interface RunOptions {
  /** The assembled test build (scripts/build-thunderbird.ts --test). */
  testDir: string;
  /** The message the test entry imports. */
  message: Uint8Array;
  /** The identity's address (the reader). */
  identity: string;
  timeoutMs: number;
}

export interface RunResult {
  /** What the test entry posted; undefined on timeout or early exit. */
  result?: Record<string, unknown>;
  /** Why there is no result. */
  failure?: string;
  /** Requests that tried to leave the machine (first line of each proxied connection). */
  outbound: string[];
  /** Thunderbird's stderr/stdout tail, for a failure message. */
  output: string;
  elapsedMs: number;
}

/** The binary to run, or undefined when Thunderbird is not installed. */
export function findThunderbird(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v thunderbird'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return which.status === 0 && path ? path : undefined;
}

/** user.js: a quiet, offline profile with Local Folders and one identity, sideloaded extensions enabled unsigned. */
export function profilePrefs(identity: string, proxyPort: number): string {
  const prefs: Record<string, string | number | boolean> = {
    // The extension: unsigned, from the profile's extensions folder, enabled without asking.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    // Local Folders plus an identity: the reader whose addresses the popup reads.
    'mail.accountmanager.accounts': 'account1',
    'mail.accountmanager.defaultaccount': 'account1',
    'mail.accountmanager.localfoldersserver': 'server1',
    'mail.account.account1.server': 'server1',
    'mail.account.account1.identities': 'id1',
    'mail.server.server1.type': 'none',
    'mail.server.server1.hostname': 'Local Folders',
    'mail.server.server1.name': 'Local Folders',
    'mail.server.server1.userName': 'nobody',
    'mail.server.server1.directory-rel': '[ProfD]Mail/Local Folders',
    'mail.identity.id1.useremail': identity,
    'mail.identity.id1.fullName': 'Reader',
    'mail.identity.id1.valid': true,
    // No first-run pages, dialogs or background fetches.
    'mail.shell.checkDefaultClient': false,
    'mailnews.start_page.enabled': false,
    'mail.provider.enabled': false,
    'mail.inappnotifications.enabled': false,
    'mail.rights.override': true,
    'mail.biff.show_alert': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'telemetry.fog.test.localhost_port': -1,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.trr.mode': 5,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'media.gmp-manager.url': '',
    'geo.provider.network.url': '',
    // Anything else that still tries: through a proxy that is a local trap. Loopback itself is never proxied.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

export async function runInThunderbird(binary: string, options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const home = mkdtempSync(join(tmpdir(), 'phish-tb-'));
  const outbound: string[] = [];
  let output = '';
  let child: ChildProcess | undefined;
  let server: Server | undefined;
  let trap: TcpServer | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    trap = await listenTrap(outbound);
    let settle: (value: { result?: Record<string, unknown>; failure?: string }) => void = () => undefined;
    const outcome = new Promise<{ result?: Record<string, unknown>; failure?: string }>((resolve) => (settle = resolve));
    server = await listenResult((result) => settle({ result }));

    const profile = join(home, 'profile');
    mkdirSync(join(profile, 'Mail', 'Local Folders'), { recursive: true });
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    // An empty mbox file is a folder: Local Folders gets an Inbox to import into.
    writeFileSync(join(profile, 'Mail', 'Local Folders', 'Inbox'), '');
    writeFileSync(join(profile, 'user.js'), profilePrefs(options.identity, port(trap)));
    const extra = {
      'test-config.json': Buffer.from(JSON.stringify({ port: port(server) })),
      'test-message.eml': options.message,
    };
    writeFileSync(join(profile, 'extensions', `${TEST_EXTENSION_ID}.xpi`), zipDirectory(options.testDir, extra));

    child = spawn(binary, ['--headless', '--no-remote', '--profile', profile], {
      detached: true, // its own process group, so the kill below reaches every process it started
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: home, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', (code, signal) => settle({ failure: `thunderbird exited early (code ${code}, signal ${signal})` }));
    child.on('error', (error) => settle({ failure: `thunderbird did not start: ${error.message}` }));
    timer = setTimeout(() => settle({ failure: `no result within ${options.timeoutMs / 1000} s` }), options.timeoutMs);
    const { result, failure } = await outcome;
    return { result, failure, outbound, output, elapsedMs: Date.now() - started };
  } finally {
    clearTimeout(timer);
    await killGroup(child);
    server?.close();
    trap?.close();
    rmSync(home, { recursive: true, force: true });
  }
}

function port(server: Server | TcpServer): number {
  return (server.address() as AddressInfo).port;
}

/** POST /result with the test entry's JSON; answers with CORS allowed, so the extension page may read it. */
function listenResult(onResult: (result: Record<string, unknown>) => void): Promise<Server> {
  const server = createHttpServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 1024 * 1024) chunks.push(chunk);
    });
    request.on('end', () => {
      response.writeHead(204, { 'access-control-allow-origin': '*' });
      response.end();
      if (request.method !== 'POST' || request.url !== '/result') return;
      try {
        onResult(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      } catch (error) {
        onResult({ error: `unreadable result: ${String(error)}` });
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The proxy every outside request is sent to: notes its first line (CONNECT host:443 …) and closes. */
function listenTrap(seen: string[]): Promise<TcpServer> {
  const server = createTcpServer((socket) => {
    socket.once('data', (chunk: Buffer) => {
      const line = chunk.toString('latin1').split('\r\n', 1)[0] ?? '';
      if (seen.length < 50) seen.push(line.slice(0, 200));
      socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.setTimeout(2000, () => socket.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** SIGKILL to the process group we started (detached), then wait briefly for the leader to be reaped. */
async function killGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid) return;
  const exited = child.exitCode !== null || child.signalCode !== null;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  if (exited) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
