/**
 * `--jobs`: a folder's messages analysed on several cores. The main thread reads the files and prints the reports in
 * the order it read them; worker threads — the same bundle started again (bin.ts sees it is a worker) — each open the
 * run's analysis as the main thread did (same arguments, same config) and turn a message's bytes into its printed
 * report. No worker is started for a single message, and none on one core; a worker that fails hands its messages
 * back to the main thread, so the output is the same whichever thread analysed what.
 */
import { Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { MessageKey } from '../i18n';

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
 * A worker's young generation, MB (V8's default semi-spaces are 16 MB: 48 MB in all). Analysing a message allocates
 * much short-lived data (parsed parts, decoded images); with room for more of it between scavenges, a corpus run's
 * GC pauses measured ~30 % shorter (`--trace-gc`, --max-semi-space-size=32 on one thread: 795 → 560 ms).
 */
const YOUNG_GENERATION_MB = 96;

/** Messages sent to one worker and not yet answered: enough to keep it busy while the main thread prints. */
const IN_FLIGHT = 4;

/** The run's arguments when this thread is one of the run's workers; undefined in the main thread. */
export function workerArgs(): readonly string[] | undefined {
  if (isMainThread || !parentPort) return undefined;
  const data = workerData as Record<string, unknown> | null;
  const argv = data?.[WORKER_KEY];
  return Array.isArray(argv) ? argv.map(String) : undefined;
}

/** The worker's loop: each message, in the order sent, through `analyse`; the answers back to the main thread. */
export function serveJobs(analyse: (source: string, bytes: Uint8Array) => Promise<Done>): void {
  const port = parentPort as MessagePort;
  let queue = Promise.resolve();
  port.on('message', (job: Job) => {
    queue = queue.then(async () => port.postMessage({ id: job.id, done: await analyse(job.source, job.bytes) }));
  });
}

interface Running {
  worker: Worker;
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
    const worker = new Worker(this.script, {
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
