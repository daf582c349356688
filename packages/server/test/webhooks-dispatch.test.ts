import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Clock, isoAt, randomIds } from '../src/ports.js';
import type { Store } from '../src/store/db.js';
import { isPrivateAddress } from '../src/webhooks/address.js';
import { WEBHOOK_RETRY, webhookRetryDelayMs } from '../src/webhooks/backoff.js';
import { claimDueSends } from '../src/webhooks/claim.js';
import { createWebhookDispatcher, startWebhookDispatcher } from '../src/webhooks/dispatcher.js';
import { enqueueWebhookEvent } from '../src/webhooks/events.js';
import { newWebhookSecret } from '../src/webhooks/sign.js';
import { describeEachDialect } from './support/stores.js';
import { type Receiver, startReceiver } from './support/webhook-receiver.js';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');
const HOUR = 3_600_000;
const silent = { warn() {}, error() {} };

// The standardwebhooks library checks the timestamp against Date.now(): the test's clock is Date itself, faked.
const clock: Clock & { advance(ms: number): void } = {
  now: () => Date.now(),
  advance: (ms) => vi.setSystemTime(Date.now() + ms),
};

async function organisationWithEndpoint(store: Store, url: string, secret: string, eventTypes = ['*']) {
  const organisationId = randomIds.id('org');
  const at = isoAt(clock.now());
  await store.db
    .insertInto('organisations')
    .values({ id: organisationId, name: 'Carrier', kind: 'carrier', created_at: at })
    .execute();
  const endpointId = randomIds.id('whe');
  await store.db
    .insertInto('webhook_endpoints')
    .values({
      id: endpointId,
      organisation_id: organisationId,
      url,
      description: '',
      event_types: JSON.stringify(eventTypes),
      enabled: 1,
      secret,
      previous_secret: null,
      previous_secret_until: null,
      failing_since: null,
      disabled_reason: null,
      disabled_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { organisationId, endpointId };
}

describe('webhook retry schedule and address rule', () => {
  it('grows ×4 from 10 s to a 12 h cap, spread ±20 %, and covers at least 3 days before giving up', () => {
    expect(webhookRetryDelayMs(WEBHOOK_RETRY, 1, 0.5)).toBe(10_000);
    expect(webhookRetryDelayMs(WEBHOOK_RETRY, 2, 0.5)).toBe(40_000);
    expect(webhookRetryDelayMs(WEBHOOK_RETRY, 20, 0.5)).toBe(12 * HOUR);
    expect(webhookRetryDelayMs(WEBHOOK_RETRY, 1, 0)).toBe(8_000);
    expect(webhookRetryDelayMs(WEBHOOK_RETRY, 1, 0.999_999)).toBe(12_000);
    expect(WEBHOOK_RETRY.giveUpAfterMs).toBeGreaterThanOrEqual(3 * 24 * HOUR);
  });

  it('calls loopback, private, link-local and mapped addresses private, and public ones public', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1'])
      expect(isPrivateAddress(a), a).toBe(true);
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isPrivateAddress('0.0.0.0')).toBe(true);
    for (const a of ['93.184.216.34', '2606:2800:220:1::1', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(a), a).toBe(false);
  });
});

describeEachDialect('webhook outbox and dispatcher', (getStore) => {
  let receiver: Receiver;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    receiver = await startReceiver();
  });
  afterEach(async () => {
    // A later receiver may get this one's port: no endpoint of this test may send to it.
    await getStore().db.updateTable('webhook_endpoints').set({ enabled: 0 }).execute();
    await receiver.close();
    vi.useRealTimers();
  });

  const dispatcher = (nodeId = 'node-a', random = () => 0.5) =>
    createWebhookDispatcher({
      store: getStore(),
      clock,
      ids: randomIds,
      log: silent,
      nodeId,
      allowPrivate: true,
      random,
    });

  async function drain(d: ReturnType<typeof dispatcher>) {
    while ((await d.runDue()) > 0) {}
  }

  it('a 3-day outage loses nothing: every message arrives once, verified, in the order of its delivery', async () => {
    const secret = newWebhookSecret();
    receiver.secrets.push(secret);
    const { organisationId } = await organisationWithEndpoint(getStore(), receiver.url, secret);
    receiver.up = false;
    const deps = { clock, ids: randomIds };
    const written: Record<string, string[]> = { dlv_a: [], dlv_b: [] };
    const types = ['delivery.created', 'delivery.assigned', 'visit.arrived', 'visit.unlocked', 'visit.completed'];
    // Two deliveries' events interleaved, several in the same millisecond.
    for (const type of types) {
      for (const orderKey of ['dlv_a', 'dlv_b']) {
        const id = await getStore()
          .db.transaction()
          .execute((tx) =>
            enqueueWebhookEvent(tx, deps, { organisationId, type, data: { deliveryId: orderKey }, orderKey }),
          );
        written[orderKey]!.push(id!);
      }
      clock.advance(1);
    }
    // Jitter that differs per attempt: without the line rule, later messages would come due before earlier ones.
    let k = 0;
    const d = dispatcher('node-a', () => {
      k = (k * 7 + 3) % 10;
      return k / 10;
    });
    // Down for three simulated days, polled every ten minutes.
    for (let t = 0; t < 3 * 24 * 6; t++) {
      await drain(d);
      clock.advance(10 * 60_000);
    }
    expect(receiver.processed).toEqual([]);
    expect(receiver.requests).toBeGreaterThan(10);
    receiver.up = true;
    for (let t = 0; t < 13 * 6; t++) {
      await drain(d);
      clock.advance(10 * 60_000);
    }
    expect(receiver.rejected).toEqual([]);
    const ids = receiver.processed.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const key of ['dlv_a', 'dlv_b']) {
      expect(receiver.processed.filter((m) => m.data.deliveryId === key).map((m) => m.id)).toEqual(written[key]);
    }
    const sends = await getStore().db.selectFrom('webhook_sends').select('status').execute();
    expect(sends.every((s) => s.status === 'delivered')).toBe(true);
    const attempts = await getStore().db.selectFrom('webhook_attempts').select(['outcome', 'status_code']).execute();
    expect(attempts.some((a) => a.status_code === 503)).toBe(true);
  });

  it('two nodes never hold one send at once, and a line is claimed only at its head', async () => {
    const secret = newWebhookSecret();
    const { organisationId } = await organisationWithEndpoint(getStore(), receiver.url, secret);
    const deps = { clock, ids: randomIds };
    for (const n of [1, 2, 3]) {
      await enqueueWebhookEvent(getStore().db, deps, { organisationId, type: 'x.y', data: { n }, orderKey: 'one' });
      await enqueueWebhookEvent(getStore().db, deps, { organisationId, type: 'x.y', data: { n }, orderKey: `k${n}` });
    }
    const claim = (nodeId: string) =>
      claimDueSends(getStore(), {
        nodeId,
        now: isoAt(clock.now()),
        lockedUntil: isoAt(clock.now() + 60_000),
        limit: 50,
      });
    const [a, b] = await Promise.all([claim('a'), claim('b')]);
    const seqs = [...a, ...b].map((s) => s.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    // One head of line "one" plus the three single-message lines.
    expect(seqs.length).toBe(4);
  });

  it('survives a crash mid-send: the lease holds others off, and the restarted node takes its sends back at once', async () => {
    const secret = newWebhookSecret();
    receiver.secrets.push(secret);
    const { organisationId } = await organisationWithEndpoint(getStore(), receiver.url, secret);
    await enqueueWebhookEvent(getStore().db, { clock, ids: randomIds }, { organisationId, type: 'a.b', data: {} });
    // Node A claims the send and dies before sending it.
    const claimed = await claimDueSends(getStore(), {
      nodeId: 'node-a',
      now: isoAt(clock.now()),
      lockedUntil: isoAt(clock.now() + 60_000),
      limit: 10,
    });
    expect(claimed).toHaveLength(1);
    expect(await dispatcher('node-b').runDue()).toBe(0);
    // Node A starts again: it frees its own leases and sends.
    const restarted = startWebhookDispatcher({
      store: getStore(),
      clock,
      ids: randomIds,
      log: silent,
      nodeId: 'node-a',
      allowPrivate: true,
      pollMs: 10,
    });
    for (let i = 0; i < 200 && receiver.processed.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await restarted.stop();
    expect(receiver.processed).toHaveLength(1);
  });

  it('gives up after five days, and disables an endpoint that failed for five days', async () => {
    const secret = newWebhookSecret();
    const { organisationId, endpointId } = await organisationWithEndpoint(getStore(), receiver.url, secret);
    receiver.up = false;
    await enqueueWebhookEvent(getStore().db, { clock, ids: randomIds }, { organisationId, type: 'a.b', data: {} });
    const d = dispatcher();
    for (let t = 0; t < 6 * 24; t++) {
      await drain(d);
      clock.advance(HOUR);
    }
    const endpoint = await getStore()
      .db.selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', endpointId)
      .executeTakeFirstOrThrow();
    expect(endpoint.enabled).toBe(0);
    expect(endpoint.disabled_reason).toMatch(/failing since/);
    const send = await getStore()
      .db.selectFrom('webhook_sends')
      .selectAll()
      .where('endpoint_id', '=', endpointId)
      .executeTakeFirstOrThrow();
    expect(send.status).toBe('failed');
  });
});
