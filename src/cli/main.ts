/**
 * `phish-inspector`: checks saved messages from the command line, for IT. `main` takes its output as writers so
 * tests run it in-process; bin.ts connects it to the real process. Exit status: 0 every message analysed, 1 some
 * file could not be read or was not mail (the others are still analysed), 2 a usage error (a bad --config too).
 */
import { parseMessage, looksLikeMail } from '../core/parse-message';
import { inflateRawSync } from 'node:zlib';
import { withQrCodes } from '../core/qr';
import type { AnalyzeOptions, Report } from '../core/report';
import type { MessageInput } from '../core/types';
import { analyzeOptionsFrom } from '../core/config';
import { loadLanguage, translate, type Lang, type MessageKey, type Param } from '../i18n';
import { parseArgs } from './args';
import { readConfigFile } from './config';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { printable } from './printable';
import { loadIpTable } from './ip-table';
import { readSources, type SourceItem, type SourceOptions } from './sources';
import { VERSION } from './version';
import { CliLookup, type OnlineRun } from './online';
import { readOnlineConfig } from '../core/online/config';
import { Timings, nowMs } from './timings';
import { DataOnNeed } from './data-on-need';
import { MEASURE_MS, WorkerPool, serveJobs, threadsFromReadings, type CpuReading, type Done } from './workers';
import './words';

export interface CliIO {
  /** Writers: a returned promise is awaited (backpressure), so a slow pipe never makes output pile up in memory. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void | Promise<void>;
  /** Progress goes to stderr only when it is a terminal: never into a log file or a pipe. */
  stderrIsTTY?: boolean;
  /** Clock for throttling progress (tests inject one). */
  now?: () => number;
  /** Standard input, for the path `-` (bin.ts passes the process's; read only when `-` is given). */
  stdin?: () => AsyncIterable<Uint8Array>;
  /** PHISH_INSPECTOR_TIMINGS (timings.ts): per-message times on stderr after the run. */
  timings?: boolean;
  /**
   * The bundle's own file, which a worker thread runs (bin.ts passes it), the cores this process may use and how to
   * read the machine's CPU times: a folder's messages are then analysed on several threads (workers.ts), as many as
   * cores were free as the run began unless `--jobs` says. Without it (tests in-process) one thread does all.
   */
  workers?: { script: string; cores: number; readCpus: () => CpuReading };
}

export interface MainSettings extends SourceOptions {
  analyzeOptions?: AnalyzeOptions;
  /**
   * The IP owner table folder (default: dist/data/ip-owner/ beside the bundle); ignored when
   * analyzeOptions.ipOwner is given.
   */
  ipTablePath?: string;
  /** `--online` in tests: the loopback server's fetch and a short timeout (the RDAP base comes from --config). */
  online?: Omit<OnlineRun, 'rdapBase'>;
}

type Outcome = { report: Report } | { key: MessageKey; params?: Record<string, string> };

/** Messages read ahead of the one printed next, at most: the output order is kept without holding a whole folder. */
const MAX_PENDING = 64;

export async function main(argv: readonly string[], io: CliIO, settings: MainSettings = {}): Promise<number> {
  const args = parseArgs(argv);
  // Both languages are inside the command (one file): loading them cannot fail for want of a download.
  await Promise.all([loadLanguage('en'), loadLanguage(args.ok ? args.options.lang : args.error.lang)]);
  if (!args.ok) {
    const { key, params, lang } = args.error;
    await io.stderr(`${errorLine(lang, key, params)}\n\n${translate(lang, 'cli.usage')}\n`);
    return 2;
  }
  const { lang, json, paths, help, version } = args.options;
  if (help) {
    await io.stdout(`${translate(lang, 'cli.usage')}\n`);
    return 0;
  }
  if (version) {
    await io.stdout(`${translate(lang, 'cli.version', { version: VERSION })}\n`);
    return 0;
  }

  let configOptions: AnalyzeOptions = {};
  let onlineConfig = { allowed: true, rdapBase: '' };
  if (args.options.config !== undefined) {
    const file = args.options.config;
    const read = await readConfigFile(file);
    if (!read.ok) {
      await io.stderr(`${errorLine(lang, read.key, read.params)}\n`);
      return 2;
    }
    // As in the add-in: each bad field named, its default used, and the run goes on.
    for (const { field, problem } of read.problems) {
      await io.stderr(`${errorLine(lang, 'cli.config.problem', { file, field, problem: { key: problem } })}\n`);
    }
    configOptions = analyzeOptionsFrom(read.config);
    const online = readOnlineConfig(read.config.online);
    for (const { field, problem } of online.problems) {
      await io.stderr(`${errorLine(lang, 'cli.config.problem', { file, field, problem: { key: problem } })}\n`);
    }
    onlineConfig = online.online;
    // The admin turned the look-up off: --online is refused rather than quietly ignored.
    if (args.options.online && !onlineConfig.allowed) {
      await io.stderr(`${errorLine(lang, 'cli.online.off', { file })}\n`);
      return 2;
    }
  }

  const { options, attribution } = await withIpOwner(settings, configOptions, lang, json, io);
  const data = await DataOnNeed.start(options);
  const progress = new Progress(io, lang);
  const lookup = args.options.online
    ? new CliLookup({ ...settings.online, rdapBase: onlineConfig.rdapBase }, lang, async (text) => {
        await progress.clear();
        await io.stderr(text);
      })
    : undefined;
  let failed = 0;
  let messages = 0;
  let analysed = 0;
  let read = 0;
  // Messages the workers analysed (the timings line: a worker starved of work shows here).
  let byWorkers = 0;
  const timings = io.timings ? new Timings() : undefined;
  // --online announces each message's look-up on stderr as it goes: one thread, in order.
  const jobs = lookup ? 1 : args.options.jobs;
  const workers = io.workers;
  const poolOf = (threads: number) =>
    workers && threads > 1 ? new WorkerPool(workers.script, threads - 1, argv) : undefined;
  // Without --jobs: the main thread starts at once, and the threads are chosen by what the machine had free while it
  // analysed the first messages (a run over before then needs no worker).
  let measuring = workers && jobs === undefined && workers.cores > 1 ? workers.readCpus() : undefined;
  let pool = measuring ? undefined : poolOf(jobs ?? 1);
  // For the timings line: how the number of threads was chosen.
  let threadsBy = lookup
    ? '--online'
    : jobs !== undefined
      ? `--jobs ${jobs}`
      : measuring
        ? 'run too short'
        : workers
          ? 'one core'
          : 'in-process';
  const here = (item: { source: string; bytes: Uint8Array }): Promise<Done> => {
    const online = lookup && ((input: MessageInput) => lookup.analyze(item.source, input, data.options));
    return analyseOne(item.source, item.bytes, data, lang, json, online);
  };
  // In read order: each item's answer (analysed here, or by a worker), printed once the ones before it are.
  type Answer = Done | Extract<SourceItem, { kind: 'error' }>;
  const pending: { item: SourceItem; done: Promise<Answer>; settled: boolean }[] = [];
  const print = async (next: (typeof pending)[number]) => {
    const { item } = next;
    const done = await next.done;
    await progress.clear();
    if ('text' in done) {
      analysed++;
      await io.stdout(done.text);
    } else {
      failed++;
      const text = translate(lang, done.key, { source: item.source, ...done.params });
      await io.stderr(`${printable(translate(lang, 'cli.error.prefix', { error: text }))}\n`);
    }
    if (item.kind === 'message') await progress.update(item.file, ++messages);
    if (pool && 'ms' in done) timings?.record(done.ms);
    else timings?.done(item.kind === 'message');
  };
  try {
    for await (const item of readSources(paths, { ...settings, stdin: io.stdin })) {
      // The first message is always analysed here: a run on one message starts no worker.
      const later = item.kind === 'message' && read++ > 0;
      if (later && workers && measuring && nowMs() - measuring.at >= MEASURE_MS) {
        const { threads, free } = threadsFromReadings(measuring, workers.readCpus(), workers.cores);
        threadsBy = `free ${free.toFixed(2)} of ${workers.cores} cores`;
        pool = poolOf(threads);
        measuring = undefined;
      }
      // The workers' answers arrive as events, which this loop (reading files and analysing synchronously, its awaits
      // settled at once) would not let in: without a turn of the event loop here a worker's messages stayed "in
      // flight", so the main thread analysed nearly all itself while the worker waited (issue #19: the worker idle
      // 74 % of a --jobs 2 run of the corpus).
      if (later && pool) await new Promise((resolve) => setImmediate(resolve));
      const sent = later ? pool?.tryRun(item.source, item.bytes) : undefined;
      const entry = {
        item,
        done:
          item.kind === 'error'
            ? Promise.resolve(item)
            : (sent?.then((done) => (byWorkers++, done)).catch(() => here(item)) ?? here(item)),
        settled: false,
      };
      void entry.done.then(() => void (entry.settled = true));
      pending.push(entry);
      if (!sent) await entry.done;
      while (pending.length > 0 && (pending[0]!.settled || !pool || pending.length > MAX_PENDING)) {
        await print(pending.shift()!);
      }
    }
    while (pending.length > 0) await print(pending.shift()!);
  } finally {
    await pool?.close();
  }
  await progress.clear();
  if (timings) await io.stderr(timings.line({ workers: pool?.started, threadsBy, byWorkers }));
  // Once per run, after the reports: the IP data's licence (CC BY 4.0) asks for attribution where results are
  // shown — and only there: a run that showed no result prints none.
  if (attribution && analysed > 0) await io.stdout(`${printable(attribution)}\n`);
  return failed > 0 ? 1 : 0;
}

/** `phish-inspector: <the message>`, safe to print. */
function errorLine(lang: Lang, key: MessageKey, params: Record<string, Param>): string {
  return printable(translate(lang, 'cli.error.prefix', { error: translate(lang, key, params) }));
}

/**
 * The analysis options of this run: the admin's config (`--config`), the caller's, and the IP owner lookup —
 * the caller's, or the table beside the bundle. A missing table leaves the analysis as it is (no owners named)
 * with a one-line note on stderr in text mode; JSON output stays clean.
 */
async function withIpOwner(
  settings: MainSettings,
  configOptions: AnalyzeOptions,
  lang: Lang,
  json: boolean,
  io: CliIO,
): Promise<{ options: AnalyzeOptions; attribution?: string }> {
  // The free-mail list and the checks' lazy parts are loaded by need, message by message (data-on-need.ts).
  const options: AnalyzeOptions = { ...settings.analyzeOptions, ...configOptions };
  if (settings.analyzeOptions?.ipOwner) return { options };
  const loaded = loadIpTable(settings.ipTablePath);
  if (!loaded.ok) {
    if (!json) await io.stderr(`${errorLine(lang, 'ip.table-missing', { reason: loaded.reason })}\n`);
    return { options };
  }
  const { table } = loaded;
  return {
    options: { ...options, ipOwner: (ip) => table.lookup(ip) },
    attribution: json ? undefined : translate(lang, 'ip.attribution', { source: table.source, date: table.dataDate }),
  };
}

const ANALYSED = Symbol.for('phish-inspector.analysed');

/** One message as printed: its report formatted, or the error line's key; timed. */
async function analyseOne(
  source: string,
  bytes: Uint8Array,
  data: DataOnNeed,
  lang: Lang,
  json: boolean,
  online?: (input: MessageInput) => Promise<Report>,
): Promise<Done> {
  const started = nowMs();
  // Tells the bundle's loader how many messages' code this thread compiled, worth keeping in its cache: a run on a
  // folder writes again a cache a run on one message wrote (cli-code-cache.cjs).
  const counts = globalThis as Record<symbol, number | undefined>;
  counts[ANALYSED] = (counts[ANALYSED] ?? 0) + 1;
  const outcome = await inspect(bytes, data, online);
  const out = 'report' in outcome ? { text: (json ? formatJson : formatText)(source, outcome.report, lang) } : outcome;
  return { ...out, ms: nowMs() - started };
}

/**
 * A worker thread of a run (workers.ts): the run's analysis opened as the main thread opened it — the same
 * arguments, config and IP table, nothing printed (the main thread said whatever there was to say) — and then each
 * message sent to it analysed.
 */
export async function serveWorker(argv: readonly string[]): Promise<void> {
  const opening = openWorkerAnalysis(argv);
  serveJobs(async (source, bytes) => {
    const { data, lang, json } = await opening;
    return analyseOne(source, bytes, data, lang, json);
  });
  await opening;
}

async function openWorkerAnalysis(argv: readonly string[]): Promise<{ data: DataOnNeed; lang: Lang; json: boolean }> {
  const args = parseArgs(argv);
  if (!args.ok) throw new Error('a worker started with arguments the run refused');
  const { lang, json, config } = args.options;
  await Promise.all([loadLanguage('en'), loadLanguage(lang)]);
  let configOptions: AnalyzeOptions = {};
  if (config !== undefined) {
    const read = await readConfigFile(config);
    if (!read.ok) throw new Error(`${config}: the configuration could not be read again`);
    configOptions = analyzeOptionsFrom(read.config);
  }
  const quiet: CliIO = { stdout: () => undefined, stderr: () => undefined };
  const { options } = await withIpOwner({}, configOptions, lang, json, quiet);
  return { data: await DataOnNeed.start(options), lang, json };
}

/**
 * The QR decoders (their own module, loaded with the first image) with Node's zlib inflating PNGs' image data:
 * the same bytes as the core's fflate, ≈ 4× faster (issue #19; pixels.ts falls back to fflate on any refusal).
 */
const qrReader = () =>
  import('../core/qr/read').then((reader) => {
    reader.useRawInflate((deflate, bound) => inflateRawSync(deflate, { maxOutputLength: bound }));
    return reader;
  });

/**
 * One message: parsed, recognised as mail, analysed. The core never throws by contract; a bug still must not stop
 * the run.
 */
async function inspect(
  bytes: Uint8Array,
  data: DataOnNeed,
  online?: (input: MessageInput) => Promise<Report>,
): Promise<Outcome> {
  if (bytes.length === 0) return { key: 'cli.error.empty' };
  try {
    const input = await parseMessage(bytes);
    if (!looksLikeMail(input)) return { key: 'cli.error.not-mail' };
    // QR codes in the message's images are links too: read before the one analysis.
    const full = await withQrCodes(input, qrReader);
    // Analysed until its data is in (data-on-need.ts). --online: the look-up's findings join the one analysis, made
    // once the offline one has loaded what the message needs (the items are announced before they are sent, once).
    let report = await data.analyze(full);
    if (online) {
      report = await online(full);
      // Data only the look-up's answers call for (none known today): loaded, and the message analysed again.
      while (await data.loadNeeds(report)) report = await online(full);
    }
    return { report };
  } catch (err) {
    return { key: 'cli.error.failed', params: { reason: err instanceof Error ? err.message : String(err) } };
  }
}

/**
 * `file: N messages read` on one rewritten stderr line, first after 200 ms (a quick run shows none), then at most
 * every 200 ms; cleared before any other output so it never splits a line of the report.
 */
class Progress {
  private shown = false;
  private last: number;

  constructor(
    private readonly io: CliIO,
    private readonly lang: Lang,
  ) {
    this.last = this.now();
  }

  private now(): number {
    return (this.io.now ?? Date.now)();
  }

  async update(file: string, count: number): Promise<void> {
    if (!this.io.stderrIsTTY) return;
    const now = this.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.shown = true;
    await this.io.stderr(`\r${printable(translate(this.lang, 'cli.progress', { source: file, count }))}\x1b[K`);
  }

  async clear(): Promise<void> {
    if (!this.shown) return;
    this.shown = false;
    await this.io.stderr('\r\x1b[K');
  }
}
