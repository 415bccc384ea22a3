/**
 * The executable (bundled to dist/cli/phish-inspector.cjs): connects `main` to the real process.
 */
import { availableParallelism } from 'node:os';
import { main, serveWorker } from './main';
import { timingsWanted } from './timings';
import { readCpus, workerArgs } from './workers';

// `phish-inspector … | head`: once head exits, writes fail with EPIPE; the reader has what it wanted, so stop
// quietly instead of printing a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

function writer(stream: NodeJS.WriteStream): (text: string) => void | Promise<void> {
  return (text) => {
    if (stream.write(text)) return;
    return new Promise((resolve) => stream.once('drain', resolve));
  };
}

const workerArgv = workerArgs();
if (workerArgv) void serveWorker(workerArgv);
else
  main(process.argv.slice(2), {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    stderrIsTTY: process.stderr.isTTY === true,
    // Opened only for the path `-`: merely touching process.stdin would open the terminal or pipe for nothing.
    stdin: () => process.stdin,
    timings: timingsWanted(process.env),
    // The bundle itself runs each worker thread (workers.ts); __filename is this very file once bundled. By default
    // one thread per core found free as the run begins (main.ts measures it: the CPU times of the machine and of this
    // process, read twice while the first messages are analysed), at most one per core this process may use.
    workers: { script: __filename, cores: availableParallelism(), readCpus },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`phish-inspector: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
