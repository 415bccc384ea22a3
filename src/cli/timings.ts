/**
 * `PHISH_INSPECTOR_TIMINGS=1 phish-inspector …`: after the run, one line on stderr with the time each message took
 * inside this process (read, parsed, analysed, printed) — p50, p95, max — and the start-up before the first one, for
 * `npm run bench` (issue #19) and for an admin wondering why a folder is slow. Off unless asked for: nothing changes
 * on stdout, and stderr stays as it was.
 */

/** The environment variable that turns the line on (any value but empty or `0`). @internal the bench sets it */
export const TIMINGS_ENV = 'PHISH_INSPECTOR_TIMINGS';

/** The line's fixed start: the bench finds the figures after it (a JSON object). @internal */
export const TIMINGS_PREFIX = 'phish-inspector timings: ';

/** @internal the line's figures, as the bench and the test read them */
export interface TimingsLine {
  messages: number;
  /** Process start (Node's time origin) to the first message's start, ms. */
  startupMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** All messages together, ms. */
  totalMs: number;
  /** Threads that analysed messages: the main thread and the workers started (`--jobs`). */
  threads: number;
  /** How they were chosen: `--jobs N`, or the cores found free as the run began (`free 1.93 of 2 cores`). */
  threadsBy?: string;
  /** Messages the worker threads analysed (the rest, the main thread). */
  byWorkers?: number;
  /** CPU time of the whole process (user + system, every thread) by the end of the run, ms. */
  cpuMs: number;
}

/**
 * Milliseconds since the process started (Node's own clock, as `performance.now()` counts from its time origin): the
 * global `performance` makes Node compile perf_hooks at its first touch, ≈ 3–9 ms of a one-message start (issue #19).
 */
export function nowMs(): number {
  return process.uptime() * 1000;
}

export class Timings {
  private readonly times: number[] = [];
  private mark = nowMs();
  private readonly startup = this.mark;

  /** A message (or an unreadable item) is done: its time runs from the end of the one before. */
  done(wasMessage: boolean): void {
    const now = nowMs();
    if (wasMessage) this.times.push(now - this.mark);
    this.mark = now;
  }

  /**
   * A message's time as its thread measured it (analysed on several threads, `--jobs`: the times between printed
   * messages say nothing of any one message then).
   */
  record(ms: number): void {
    this.times.push(ms);
    this.mark = nowMs();
  }

  line({
    workers = 0,
    threadsBy,
    byWorkers,
  }: { workers?: number; threadsBy?: string; byWorkers?: number } = {}): string {
    const sorted = [...this.times].sort((a, b) => a - b);
    const at = (p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    const cpu = process.cpuUsage();
    const figures: TimingsLine = {
      messages: sorted.length,
      startupMs: round(this.startup),
      p50Ms: round(at(50)),
      p95Ms: round(at(95)),
      maxMs: round(sorted[sorted.length - 1] ?? 0),
      totalMs: round(sorted.reduce((a, b) => a + b, 0)),
      threads: 1 + workers,
      threadsBy,
      byWorkers,
      cpuMs: round((cpu.user + cpu.system) / 1000),
    };
    return `${TIMINGS_PREFIX}${JSON.stringify(figures)}\n`;
  }
}

/** Whether this process was asked for the timings line. */
export function timingsWanted(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env[TIMINGS_ENV];
  return value !== undefined && value !== '' && value !== '0';
}
