/**
 * `npm run fuzz [-- --runs 1000000] [-- --seed N] [-- --only name]`: the properties of
 * test/core/properties.test.ts (test/fixtures/hostile-arbitraries.ts), a million cases and more, before a release.
 * Prints the seed, a progress line, the slowest case of each property (a super-linear path shows up there before it
 * hangs) and any counterexample, shrunk, with the command that replays it. Exits 1 when a property failed.
 */
import fc from 'fast-check';
import { PROPERTIES } from '../test/fixtures/hostile-arbitraries';

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** A value as fast-check prints it, cut to `max` characters. */
function preview(value: unknown, max = 400): string {
  const s = fc.stringify(value);
  return s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const total = Number(argValue(args, '--runs') ?? 1_000_000);
  const seed = Number(argValue(args, '--seed') ?? Date.now() % 2 ** 31);
  const only = argValue(args, '--only');
  const targets = PROPERTIES.filter((p) => !only || p.name === only);
  if (!targets.length)
    throw new Error(`no property named ${only}; there are ${PROPERTIES.map((p) => p.name).join(', ')}`);
  const shares = targets.reduce((n, t) => n + t.share, 0);
  const BATCH = 5_000;
  console.log(`fuzz: seed ${seed}, ${total.toLocaleString('en')} cases over ${targets.map((t) => t.name).join(', ')}`);
  let failed = false;
  for (const [ti, target] of targets.entries()) {
    const runs = only ? total : Math.max(1, Math.round((total * target.share) / shares));
    let done = 0;
    let slowest = { ms: 0, value: undefined as unknown };
    let calls = 0;
    const started = performance.now();
    const prop = fc.asyncProperty(target.arbitrary, async (value) => {
      const t0 = performance.now();
      await target.check(value);
      const ms = performance.now() - t0;
      // The first cases pay for JIT compilation; the slowest one after them is a shape worth a look.
      if (++calls > 500 && ms > slowest.ms) slowest = { ms, value };
    });
    for (let b = 0; done < runs; b++) {
      const numRuns = Math.min(BATCH, runs - done);
      // Each batch has its own seed, derived from the run's: a failure is replayed by that seed alone.
      const batchSeed = (seed + ti * 1_000_003 + b * 7919) % 2 ** 31;
      const details = await fc.check(prop, { numRuns, seed: batchSeed });
      done += numRuns;
      const rate = (done / ((performance.now() - started) / 1000)).toFixed(0);
      process.stdout.write(
        `\r  ${target.name}: ${done.toLocaleString('en')}/${runs.toLocaleString('en')} cases, ${rate}/s   `,
      );
      if (details.failed) {
        failed = true;
        console.log(
          `\nCOUNTEREXAMPLE in ${target.name} (replay: npm run fuzz -- --only ${target.name} --seed ${batchSeed} --runs ${numRuns})`,
        );
        console.log(fc.defaultReportMessage(details) ?? '(no report)');
        break;
      }
    }
    // Timed again, best of three: a real slow path stays slow, a GC pause or a busy machine does not.
    let again = Infinity;
    for (let k = 0; k < 3 && slowest.value !== undefined; k++) {
      const t0 = performance.now();
      await target.check(slowest.value);
      again = Math.min(again, performance.now() - t0);
    }
    console.log(
      `\n  ${target.name}: ${((performance.now() - started) / 1000).toFixed(0)} s; slowest case ${slowest.ms.toFixed(1)} ms ` +
        `(timed again: ${again.toFixed(1)} ms): ${preview(slowest.value)}`,
    );
  }
  console.log(
    failed
      ? 'fuzz: FAILED (counterexamples above)'
      : `fuzz: ${total.toLocaleString('en')} cases, no failure (seed ${seed})`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
