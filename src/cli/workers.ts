/**
 * `--jobs`: a folder's messages analysed on several cores. The main thread reads the files and prints the reports in
 * the order it read them; worker threads — the same bundle started again (bin.ts sees it is a worker) — each open the
 * run's analysis as the main thread did (same arguments, same config) and turn a message's bytes into its printed
 * report. No worker is started for a single message, and none on one core; a worker that fails hands its messages
 * back to the main thread, so the output is the same whichever thread analysed what. Without `--jobs`, the number of
 * threads is what the machine has free as the run starts (threadsFromReadings).
 */
import { cpus } from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import type { MessageKey } from '../i18n';
import { nowMs } from './timings';

/**
 * node:worker_threads, loaded when a worker is started or served: Node compiles it at its first require, ≈ 3–9 ms of
 * a start-up that never starts one (a run on one message, issue #19).
 */
const threads = () => process.getBuiltinModule('node:worker_threads');

/** A message analysed: its printed report, or the error line's key; `ms`, the time it took in its thread. */
export type Done = ({ text: string } | { key: MessageKey; params?: Record<string, string> }) & { ms: number };

interface Job {
  id: number;
  source: string;
  bytes: Uint8Array;
}

/** Marks the worker threads' data (bin.ts runs the worker loop when it finds it). */
const WORKER_KEY = 'phishInspectorWorker';

/**
 * A worker's first argument (its process.argv[2]): only a thread started with it asks node:worker_threads whether it
 * is a worker (a main thread given it on the command line is not, and the run refuses the unknown option).
 */
const WORKER_ARG = '--phish-inspector-worker-thread';

/**
 * A worker's young generation, MB (V8's default semi-spaces are 16 MB: 48 MB in all). Analysing a message allocates
 * much short-lived data (parsed parts, decoded images); with room for more of it between scavenges, a corpus run's
 * GC pauses measured ~30 % shorter (`--trace-gc`, --max-semi-space-size=32 on one thread: 795 → 560 ms).
 */
const YOUNG_GENERATION_MB = 96;

/** Messages sent to one worker and not yet answered: enough to keep it busy while the main thread prints. */
const IN_FLIGHT = 4;

/**
 * The machine's CPU time so far: the idle time of all its cores together and this process's own CPU time (every
 * thread), ms, at `at` (ms on the monotonic clock). Two readings say how much of the machine was free between them.
 */
export interface CpuReading {
  at: number;
  idleMs: number;
  ownMs: number;
}

export function readCpus(): CpuReading {
  const own = process.cpuUsage();
  return {
    at: nowMs(),
    idleMs: cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0),
    ownMs: (own.user + own.system) / 1000,
  };
}

/**
 * How long the default run analyses on the main thread alone while it measures the idle cores, ms: long enough for
 * the kernel's 10 ms ticks to say little (±0.1 core), short beside a folder's run (a run that ends sooner needs no
 * worker).
 */
export const MEASURE_MS = 150;

/**
 * A core counts as free when at least this much of it was: the readings are uncertain by about a tenth of a core, and
 * a thread on a core another program keeps half busy adds its start-up and warm-up for little (measured: 2 threads
 * beside other work were slower than one).
 */
const FREE_CORE = 0.75;

/**
 * The threads a run uses, from two readings taken while the main thread analysed: the cores this process kept busy
 * (the main thread, V8's helpers) and those that stayed idle — what the machine had free just now, unlike the load
 * average, which still counts the last minute's runs. At least 1, at most `cores` (the ones this process may use);
 * `free`, the cores found free, for the timings line.
 */
export function threadsFromReadings(
  first: CpuReading,
  second: CpuReading,
  cores: number,
): { threads: number; free: number } {
  const span = second.at - first.at;
  if (!(span > 0)) return { threads: 1, free: 0 };
  const free = Math.max(0, (second.idleMs - first.idleMs + second.ownMs - first.ownMs) / span);
  return { threads: Math.max(1, Math.min(cores, Math.floor(free + 1 - FREE_CORE))), free };
}

/** The run's arguments when this thread is one of the run's workers; undefined in the main thread. */
export function workerArgs(): readonly string[] | undefined {
  if (process.argv[2] !== WORKER_ARG) return undefined;
  const { isMainThread, parentPort, workerData } = threads();
  if (isMainThread || !parentPort) return undefined;
  const data = workerData as Record<string, unknown> | null;
  const argv = data?.[WORKER_KEY];
  return Array.isArray(argv) ? argv.map(String) : undefined;
}

/** The worker's loop: each message, in the order sent, through `analyse`; the answers back to the main thread. */
export function serveJobs(analyse: (source: string, bytes: Uint8Array) => Promise<Done>): void {
  const port = threads().parentPort as MessagePort;
  let queue = Promise.resolve();
  port.on('message', (job: Job) => {
    queue = queue.then(async () => port.postMessage({ id: job.id, done: await analyse(job.source, job.bytes) }));
  });
}

interface Running {
  worker: InstanceType<ReturnType<typeof threads>['Worker']>;
  jobs: Map<number, { resolve: (done: Done) => void; reject: (err: unknown) => void }>;
  failed: boolean;
}

export class WorkerPool {
  private readonly running: Running[] = [];
  private nextId = 0;

  /** `size` workers at most, started as messages come; each runs `script` with the run's `argv`. */
  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly argv: readonly string[],
  ) {}

  /**
   * The message sent to a worker with room (one is started if fewer than `size` run), its answer promised; undefined
   * when every worker is full (the caller analyses it itself). The promise rejects if the worker fails.
   */
  tryRun(source: string, bytes: Uint8Array): Promise<Done> | undefined {
    let chosen = this.running.find((r) => !r.failed && r.jobs.size < IN_FLIGHT);
    if (!chosen && this.running.length < this.size) chosen = this.start();
    if (!chosen) return undefined;
    const id = this.nextId++;
    // A copy of the message alone: a view into an mbox's buffer would otherwise carry the whole buffer over.
    const own = bytes.slice();
    const running = chosen;
    return new Promise<Done>((resolve, reject) => {
      running.jobs.set(id, { resolve, reject });
      running.worker.postMessage({ id, source, bytes: own } satisfies Job, [own.buffer]);
    });
  }

  /** Workers started so far. */
  get started(): number {
    return this.running.length;
  }

  /** Stops every worker (their jobs all answered by then, when the run ended normally). */
  async close(): Promise<void> {
    await Promise.all(this.running.map((r) => r.worker.terminate()));
  }

  private start(): Running {
    const worker = new (threads().Worker)(this.script, {
      argv: [WORKER_ARG],
      workerData: { [WORKER_KEY]: [...this.argv] },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const running: Running = { worker, jobs: new Map(), failed: false };
    worker.on('message', ({ id, done }: { id: number; done: Done }) => {
      running.jobs.get(id)?.resolve(done);
      running.jobs.delete(id);
    });
    const fail = (err: unknown) => {
      running.failed = true;
      for (const job of running.jobs.values()) job.reject(err);
      running.jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited (${code})`)));
    this.running.push(running);
    return running;
  }
}
