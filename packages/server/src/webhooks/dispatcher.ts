import { startPoller } from '../jobs/poller.js';
import { type Clock, type Ids, isoAt } from '../ports.js';
import type { Store } from '../store/db.js';
import type { WebhookEndpointRow, WebhookSendRow } from '../store/schema-webhooks.js';
import { findEndpoint, findMessage, insertAttempt, updateEndpoint, updateSend } from '../store/webhooks-repo.js';
import { WEBHOOK_RETRY, type WebhookRetryPolicy, webhookRetryDelayMs } from './backoff.js';
import { claimDueSends, releaseSendLeases } from './claim.js';
import { type Sender, type SendResult, sendWebhook } from './send.js';
import { signedHeaders } from './sign.js';

// Delivers the outbox (docs/webhooks.md): every node polls, claims the heads of due lines, signs and sends each one,
// records the attempt, and either marks the send delivered or schedules its retry. A send may still go twice (a node
// dies after the POST, before the write): the partner deduplicates on `webhook-id`, as the standard asks.

export interface DispatcherLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface WebhookDispatcherOptions {
  store: Store;
  clock: Clock;
  ids: Ids;
  log: DispatcherLog;
  nodeId: string;
  /** WEBHOOK_ALLOW_PRIVATE: lets tests and the demo send to loopback and private addresses. */
  allowPrivate: boolean;
  pollMs?: number;
  /** Longer than the request timeout, so a send in flight is never taken over. Default 60 s. */
  leaseMs?: number;
  timeoutMs?: number;
  batchSize?: number;
  retry?: Partial<WebhookRetryPolicy>;
  random?: () => number;
  send?: Sender;
}

export interface WebhookDispatcher {
  /** One claim-and-send pass; the number of sends attempted. */
  runDue(): Promise<number>;
  kick(): void;
  stop(): Promise<void>;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;

/** The secrets that sign now: the current one, and the previous one during its grace period. */
export function signingSecrets(endpoint: WebhookEndpointRow, now: number): string[] {
  const grace = endpoint.previous_secret_until !== null && Date.parse(endpoint.previous_secret_until) > now;
  return grace && endpoint.previous_secret ? [endpoint.secret, endpoint.previous_secret] : [endpoint.secret];
}

export function createWebhookDispatcher(o: WebhookDispatcherOptions): Pick<WebhookDispatcher, 'runDue'> {
  const retry = { ...WEBHOOK_RETRY, ...o.retry };
  const send = o.send ?? sendWebhook;
  const random = o.random ?? Math.random;

  async function settle(row: WebhookSendRow, endpoint: WebhookEndpointRow, result: SendResult, createdAt: string) {
    const now = o.clock.now();
    const at = isoAt(now);
    if (result.outcome === 'delivered') {
      await updateSend(o.store.db, row.seq, o.nodeId, {
        status: 'delivered',
        attempts: row.attempts + 1,
        locked_by: null,
        locked_until: null,
        updated_at: at,
      });
      if (endpoint.failing_since !== null) await updateEndpoint(o.store.db, endpoint.id, { failing_since: null });
      return;
    }
    const failures = row.attempts + 1;
    const giveUp = now - Date.parse(createdAt) >= retry.giveUpAfterMs;
    await updateSend(o.store.db, row.seq, o.nodeId, {
      status: giveUp ? 'failed' : 'pending',
      attempts: failures,
      next_attempt_at: giveUp ? at : isoAt(now + webhookRetryDelayMs(retry, failures, random())),
      locked_by: null,
      locked_until: null,
      updated_at: at,
    });
    const failingSince = endpoint.failing_since ?? at;
    if (now - Date.parse(failingSince) >= retry.disableAfterMs) {
      const reason = `disabled after failing since ${failingSince}; last: ${result.statusCode ?? result.outcome}`;
      await updateEndpoint(o.store.db, endpoint.id, { enabled: 0, disabled_reason: reason, disabled_at: at });
      o.log.warn({ endpointId: endpoint.id, failingSince }, 'webhook endpoint disabled after failing for days');
    } else if (endpoint.failing_since === null) {
      await updateEndpoint(o.store.db, endpoint.id, { failing_since: at });
    }
  }

  async function deliver(row: WebhookSendRow): Promise<void> {
    const [endpoint, message] = await Promise.all([
      findEndpoint(o.store.db, row.endpoint_id),
      findMessage(o.store.db, row.message_id),
    ]);
    if (!endpoint || !message || endpoint.enabled !== 1) {
      await updateSend(o.store.db, row.seq, o.nodeId, { locked_by: null, locked_until: null });
      return;
    }
    const started = o.clock.now();
    const headers = signedHeaders(message.id, started, message.payload, signingSecrets(endpoint, started));
    const began = performance.now();
    const result = await send({
      url: endpoint.url,
      headers: { ...headers },
      body: message.payload,
      timeoutMs: o.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
      allowPrivate: o.allowPrivate,
    });
    await insertAttempt(o.store.db, {
      id: o.ids.id('wha'),
      endpoint_id: endpoint.id,
      message_id: message.id,
      at: isoAt(started),
      outcome: result.outcome,
      status_code: result.statusCode,
      duration_ms: Math.round(performance.now() - began),
      response: result.response,
    });
    await settle(row, endpoint, result, message.created_at);
  }

  async function runDue(): Promise<number> {
    const now = o.clock.now();
    const claimed = await claimDueSends(o.store, {
      nodeId: o.nodeId,
      now: isoAt(now),
      lockedUntil: isoAt(now + (o.leaseMs ?? 60_000)),
      limit: o.batchSize ?? 20,
    });
    // Claimed rows head distinct lines, so they may go in parallel without breaking any line's order.
    await Promise.all(
      claimed.map((row) =>
        deliver(row).catch((error: unknown) =>
          o.log.error({ seq: row.seq, err: String(error) }, 'webhook send could not be recorded'),
        ),
      ),
    );
    return claimed.length;
  }
  return { runDue };
}

/** Polls the outbox until stopped; every node may run one. */
export function startWebhookDispatcher(o: WebhookDispatcherOptions): WebhookDispatcher {
  const { runDue } = createWebhookDispatcher(o);
  const poller = startPoller({
    pollMs: o.pollMs ?? 1_000,
    start: () => releaseSendLeases(o.store, o.nodeId).catch(() => undefined),
    // Something was sent: the next message of its line may be due now.
    pass: async () =>
      (await runDue().catch((error: unknown) => {
        o.log.error({ err: String(error) }, 'webhook poll failed');
        return 0;
      })) > 0,
  });
  return { runDue, kick: poller.kick, stop: poller.stop };
}
