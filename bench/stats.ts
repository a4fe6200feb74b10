/**
 * Statistics for the bench: medians (what a run usually costs), p95s (its tail) and means (what a run
 * costs on average, garbage collection included: the figure that adds up over a month of filings).
 */

/** The q-quantile (0 < q ≤ 1) by nearest rank: a value that was actually measured, not an interpolation. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error("quantile of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const mean = (samples: readonly number[]): number => samples.reduce((a, b) => a + b, 0) / samples.length;
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

/** Milliseconds, rounded for reading: 3 significant decimals below 1 ms, 2 above. */
export function round(ms: number, digits = ms < 1 ? 4 : 2): number {
  const f = 10 ** digits;
  return Math.round(ms * f) / f;
}

/**
 * Times `run` `reps` times after `warmup` untimed runs (so the JIT has compiled the hot paths), each run
 * on its own: one sample per repetition, in milliseconds.
 */
export async function timeEach(run: () => unknown, reps: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/**
 * Like timeEach for work far shorter than the timer's resolution and overhead (a bare regex scan takes
 * tens of microseconds): each sample is `batch` back-to-back runs, divided by `batch`.
 */
export function timeBatched(run: () => unknown, reps: number, warmup: number, batch: number): number[] {
  for (let i = 0; i < warmup * batch; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    for (let j = 0; j < batch; j++) run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6 / batch);
  }
  return samples;
}
