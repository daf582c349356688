// Retry schedule of a failed send (docs/webhooks.md "Retries"): exponential from 10 s by ×4, capped at 12 h, each
// wait spread ±20 % (jitter, so many endpoints failing together do not retry in step). A message is retried until it
// is 5 days old (at least 3 days of retries, as promised), then marked failed and left for a replay. An endpoint whose
// attempts have all failed for 5 days is disabled and its organisation told.

export interface WebhookRetryPolicy {
  baseMs: number;
  factor: number;
  maxMs: number;
  jitter: number;
  /** Give up on a message this long after it was written. */
  giveUpAfterMs: number;
  /** Disable an endpoint that has answered nothing but failures for this long. */
  disableAfterMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const WEBHOOK_RETRY: WebhookRetryPolicy = {
  baseMs: 10_000,
  factor: 4,
  maxMs: 12 * HOUR,
  jitter: 0.2,
  giveUpAfterMs: 5 * DAY,
  disableAfterMs: 5 * DAY,
};

/** Wait after the `failures`-th failed attempt (1-based); `random` in [0, 1). */
export function webhookRetryDelayMs(policy: WebhookRetryPolicy, failures: number, random: number): number {
  const plain = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, failures - 1));
  return Math.round(plain * (1 - policy.jitter + 2 * policy.jitter * random));
}
