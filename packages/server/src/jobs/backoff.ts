/** Retry policy of failed jobs: exponential from `baseMs`, capped at `maxMs`, given up after `maxAttempts` runs. */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1_000, maxMs: 60 * 60_000, maxAttempts: 10 };

/** Delay before the next run after the `attempts`-th failure (1-based): base, 2·base, 4·base, … up to the cap. */
export function retryDelayMs(policy: RetryPolicy, attempts: number): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
}
