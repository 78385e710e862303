/** Small timing helpers: each figure is printed beside a baseline measured in the same run. */

export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    runs: samples.length,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted.at(-1)!,
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** Times `fn` `runs` times (after `warmup` untimed runs); milliseconds per run. */
export function time(
  fn: () => unknown,
  runs: number,
  warmup = Math.min(3, runs)
): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

export const ms = (value: number) =>
  value < 0.01 ? `${(value * 1000).toFixed(2)} µs` : `${value.toFixed(3)} ms`;

/** A deterministic pseudo-random generator, so that every run measures the same input. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
