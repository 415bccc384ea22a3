/**
 * A minimal Marionette client (the remote protocol built into Thunderbird; start it with `-marionette`): TCP frames
 * `<length>:<json>`, commands `[0, id, name, params]`, answers `[1, id, error, result]`. Enough for the
 * real-Thunderbird test to run privileged (chrome) scripts; every call is bounded in time.
 */
import { connect, type Socket } from 'node:net';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private hello?: (value: unknown) => void;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.failAll(new Error('marionette connection closed')));
    socket.on('error', (error) => this.failAll(error));
  }

  /** Connects to 127.0.0.1:port and waits for the server's greeting. */
  static async open(port: number, timeoutMs = 10_000): Promise<Marionette> {
    const socket = connect({ host: '127.0.0.1', port });
    const client = new Marionette(socket);
    await within(
      new Promise((resolve, reject) => {
        client.hello = resolve;
        socket.once('error', reject);
      }),
      timeoutMs,
      'marionette greeting',
    );
    return client;
  }

  /** Sends one command; rejects with the server's error message, or when no answer comes in time. */
  command(name: string, params: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<unknown> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`marionette ${name}: no answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  /**
   * Runs `script` (a function body) in the current context; `arguments[0..]` are `args`, and for an async script
   * the last argument is the callback that ends it. Returns what the script returned.
   */
  async execute(
    script: string,
    args: unknown[] = [],
    options: { async?: boolean; timeoutMs?: number } = {},
  ): Promise<unknown> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const answer = (await this.command(
      options.async ? 'WebDriver:ExecuteAsyncScript' : 'WebDriver:ExecuteScript',
      { script, args, sandbox: 'system', newSandbox: true },
      timeoutMs + 5_000,
    )) as { value: unknown };
    return answer.value;
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.toString('latin1', 0, colon));
      if (!Number.isInteger(length)) return this.failAll(new Error('marionette: bad frame'));
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.toString('utf8', colon + 1, colon + 1 + length)) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: unknown): void {
    if (!Array.isArray(message)) {
      this.hello?.(message);
      this.hello = undefined;
      return;
    }
    const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (error) pending.reject(new Error(`marionette: ${error.error}: ${error.message}`));
    else pending.resolve(result);
  }

  private failAll(error: Error): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
