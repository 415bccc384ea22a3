/**
 * Runs the shipped .xpi in a real, headless Thunderbird: a fresh profile (Local Folders with an Inbox, one identity)
 * whose `extensions` folder holds dist/'s .xpi, copied unchanged, and a test-only helper extension
 * (helper-extension/, zipped here with the message and the loopback port) that imports the message and displays it.
 * Thunderbird starts with Marionette on a loopback port; once the helper reports the message displayed, the test
 * drives Thunderbird's chrome through Marionette (`drive`). Bounded in time; the process group is always killed, the
 * profile removed.
 *
 * Nothing may leave the machine: every pref that phones home is off, and all proxied traffic goes to a local trap
 * that records what was attempted (the test asserts it stayed empty) and answers nothing. Only 127.0.0.1 is used.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from '../../../scripts/build-thunderbird';
import { Marionette } from './marionette';

/** The helper extension's sources (plain JS, never part of our package) and its id. */
const HELPER_DIR = join(dirname(fileURLToPath(import.meta.url)), 'helper-extension');
export const HELPER_ID = 'phish-inspector-test-helper@phish-inspector.test';

export interface RunOptions<T> {
  /** The shipped .xpi, installed as it is. */
  xpi: string;
  /** Its add-on id (the file name Thunderbird's sideloading wants: `<id>.xpi`). */
  extensionId: string;
  /** A fixed moz-extension:// UUID for it (pref extensions.webextensions.uuids). */
  extensionUuid: string;
  /** The message the helper imports and displays. */
  message: Uint8Array;
  /** The identity's address (the reader). */
  identity: string;
  /** Thunderbird's UI language (intl.locale.requested); `ja` needs Debian's thunderbird-l10n-ja. */
  locale: string;
  timeoutMs: number;
  /** Runs once the message is displayed, with a Marionette session in chrome context. */
  drive(marionette: Marionette, ready: Record<string, unknown>): Promise<T>;
}

export interface RunResult<T> {
  /** What the helper posted once the message was displayed. */
  ready?: Record<string, unknown>;
  /** What `drive` returned. */
  driven?: T;
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
export function profilePrefs(
  identity: string,
  proxyPort: number,
  extra: Record<string, string | number | boolean> = {},
): string {
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
    // Marionette on a port of its choosing (written to MarionetteActivePort), on loopback only.
    'marionette.port': 0,
    ...extra,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

export async function runInThunderbird<T>(binary: string, options: RunOptions<T>): Promise<RunResult<T>> {
  const started = Date.now();
  const home = mkdtempSync(join(tmpdir(), 'phish-tb-'));
  const outbound: string[] = [];
  let output = '';
  let child: ChildProcess | undefined;
  let server: Server | undefined;
  let trap: TcpServer | undefined;
  let marionette: Marionette | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ready: Record<string, unknown> | undefined;
  try {
    trap = await listenTrap(outbound);
    let settle: (value: { ready?: Record<string, unknown>; failure?: string }) => void = () => undefined;
    const outcome = new Promise<{ ready?: Record<string, unknown>; failure?: string }>((resolve) => (settle = resolve));
    server = await listenReady((posted) => settle({ ready: posted }));

    const profile = join(home, 'profile');
    mkdirSync(join(profile, 'Mail', 'Local Folders'), { recursive: true });
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    // An empty mbox file is a folder: Local Folders gets an Inbox to import into.
    writeFileSync(join(profile, 'Mail', 'Local Folders', 'Inbox'), '');
    const extra = {
      'extensions.webextensions.uuids': JSON.stringify({ [options.extensionId]: options.extensionUuid }),
      'intl.locale.requested': options.locale,
    };
    writeFileSync(join(profile, 'user.js'), profilePrefs(options.identity, port(trap), extra));
    // The file a user gets, byte for byte: sideloaded from the profile as `<id>.xpi`.
    copyFileSync(options.xpi, join(profile, 'extensions', `${options.extensionId}.xpi`));
    writeFileSync(join(profile, 'extensions', `${HELPER_ID}.xpi`), helperXpi(options.message, port(server)));

    // -remote-allow-system-access: Marionette may run chrome-context scripts (Thunderbird 153 refuses them otherwise).
    const args = ['--headless', '--no-remote', '--marionette', '--remote-allow-system-access', '--profile', profile];
    child = spawn(binary, args, {
      detached: true, // its own process group, so the kill below reaches every process it started
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: home,
        MOZ_HEADLESS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
      },
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited: (reason: string) => void = () => undefined;
    const exit = new Promise<never>((_, reject) => (exited = (reason) => reject(new Error(reason))));
    exit.catch(() => undefined);
    child.on('exit', (code, signal) => {
      const reason = `thunderbird exited early (code ${code}, signal ${signal})`;
      settle({ failure: reason });
      exited(reason);
    });
    child.on('error', (error) => settle({ failure: `thunderbird did not start: ${error.message}` }));
    const deadline = started + options.timeoutMs;
    timer = setTimeout(() => settle({ failure: `no result within ${options.timeoutMs / 1000} s` }), options.timeoutMs);
    const first = await outcome;
    ready = first.ready;
    if (first.failure || !ready) throw new Error(first.failure ?? 'no result');
    if (typeof ready.error === 'string') throw new Error(`helper extension: ${ready.error}`);

    marionette = await Marionette.open(await marionettePort(profile, deadline));
    await marionette.command('WebDriver:NewSession', { capabilities: {} });
    await marionette.command('Marionette:SetContext', { value: 'chrome' });
    const left = Math.max(1000, deadline - Date.now());
    const driven = await Promise.race([
      options.drive(marionette, ready),
      exit,
      new Promise<never>((_, reject) => {
        setTimeout(() => reject(new Error(`not driven within ${left / 1000} s`)), left).unref();
      }),
    ]);
    return { ready, driven, outbound, output, elapsedMs: Date.now() - started };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { ready, failure, outbound, output, elapsedMs: Date.now() - started };
  } finally {
    clearTimeout(timer);
    marionette?.close();
    await killGroup(child);
    server?.close();
    trap?.close();
    rmSync(home, { recursive: true, force: true });
  }
}

/** The helper extension as an .xpi, with the message it imports and the port it reports to. */
function helperXpi(message: Uint8Array, resultPort: number): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const name of ['manifest.json', 'background.js']) files[name] = readFileSync(join(HELPER_DIR, name));
  files['test-config.json'] = Buffer.from(JSON.stringify({ port: resultPort }));
  files['test-message.eml'] = message;
  return writeZip(files);
}

/** Marionette writes the port it chose (pref marionette.port = 0) into the profile once it listens. */
async function marionettePort(profile: string, deadline: number): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  for (;;) {
    if (existsSync(file)) {
      const value = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(value) && value > 0) return value;
    }
    if (Date.now() > deadline) throw new Error('Marionette never wrote MarionetteActivePort');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function port(server: Server | TcpServer): number {
  return (server.address() as AddressInfo).port;
}

/** POST /ready with the helper's JSON; answers with CORS allowed, so the extension page may read it. */
function listenReady(onResult: (result: Record<string, unknown>) => void): Promise<Server> {
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
      if (request.method !== 'POST' || request.url !== '/ready') return;
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
