/**
 * "Time linear in input size", judged by scaling instead of by a wall clock that a loaded machine stretches: one
 * hostile input of n pieces against eight inputs of n / 8, each the fastest of three runs. Both process the same
 * number of pieces, allocate alike and meet the garbage collector alike, so linear work costs about the same on both;
 * quadratic work costs eight times as much on the one big input. The bound (three times) sits between them with room
 * for noise. Inputs are built before the clock starts.
 */
import { expect } from 'chai';

const FACTOR = 8;
const ALLOWED_RATIO = 3;
const RUNS = 3;

function fastest(work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Asserts `work` grows linearly with the input `build(repeats)` makes: `repeats` is the size of the big input (the
 * one the test is about); the small ones are an eighth of it.
 */
export function expectLinearTime<T>(build: (repeats: number) => T, work: (input: T) => void, repeats: number): void {
  const small = build(Math.max(1, Math.round(repeats / FACTOR)));
  const big = build(repeats);
  const smallMs = fastest(() => {
    for (let i = 0; i < FACTOR; i++) work(small);
  });
  const bigMs = fastest(() => work(big));
  const ratio = bigMs / Math.max(smallMs, 0.001);
  expect(
    ratio,
    `one input ${FACTOR}× bigger took ${ratio.toFixed(1)}× the time of ${FACTOR} small ones (linear ≈ 1×)`,
  ).to.be.below(ALLOWED_RATIO);
}
