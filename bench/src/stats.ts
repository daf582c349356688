/** Latency samples in milliseconds, summarised the way docs/performance.md reports them. */
export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile (the value below which `p` % of the samples fall) of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Milliseconds since `start` (a `performance.now()` reading), with sub-millisecond precision. */
export const since = (start: number) => performance.now() - start;

export const ms = (value: number) =>
  Number.isNaN(value) ? '   n/a' : `${value.toFixed(value < 10 ? 3 : 1).padStart(6)} ms`;

export function line(label: string, s: Summary): string {
  return `${label.padEnd(34)} p50 ${ms(s.p50)}   p99 ${ms(s.p99)}   mean ${ms(s.mean)}   max ${ms(s.max)}   (n=${s.n})`;
}
