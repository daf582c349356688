import type { Socket } from 'node:net';
import { deviceAuthToken, deviceIdFor, generateKeyPair, parseTopic, topics } from '@threshold/protocol';
import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmbeddedBroker, startEmbeddedBroker } from '../src/gateway/broker.js';
import { silentLog } from '../src/gateway/log.js';
import { connectPlatformClient } from '../src/gateway/mqtt-client.js';

// A burst on the embedded broker: many devices publishing at once, then all dropping at once (their wills fire
// together). aedes' emitter used to queue messages past 100 in flight and drain the queue re-entrantly: a long run of
// queued messages whose delivery ends synchronously (here refused publishes, rerouted to a topic nobody subscribes to)
// overflowed the stack and took the process down (docs/decisions.md, "Embedded broker under bursts").

const DEVICES = 300;
const MESSAGES_EACH = 12;
/** Refused status publishes per device: rerouted to a topic nobody subscribes to, so their delivery ends at once. */
const REFUSED_EACH = 20;
/** A few chatty devices whose bursts arrive as long runs of such messages in one read. */
const CHATTY = 10;
const CHATTY_REFUSED = 3_000;

const platform = { username: 'threshold-platform', password: 'burst-test-secret' };

function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() - start > timeoutMs) reject(new Error('timed out'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

async function connectDevice(url: string): Promise<{ id: string; client: MqttClient }> {
  const keys = generateKeyPair();
  const id = deviceIdFor('lock', keys.publicKey);
  const client = mqtt.connect(url, {
    clientId: id,
    username: id,
    password: deviceAuthToken(id, keys, Date.now()),
    clean: true,
    reconnectPeriod: 0,
    will: { topic: topics.status(id), payload: Buffer.from('offline'), qos: 1, retain: true },
  });
  (client.stream as Socket).setNoDelay?.(true);
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return { id, client };
}

describe('embedded broker under a burst', () => {
  let broker: EmbeddedBroker | undefined;
  const clients: MqttClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.end(true);
    await broker?.close();
    broker = undefined;
  });

  it('survives thousands of messages and a mass disconnect, and keeps serving', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, platform, now: Date.now, log: silentLog });
      const url = `mqtt://127.0.0.1:${broker.port}`;
      const offline = new Set<string>();
      let received = 0;
      const platformClient = await connectPlatformClient(
        { url, ...platform, clientId: 'threshold-platform-burst', sharedGroup: undefined, log: silentLog },
        (topic, payload) => {
          received++;
          const parsed = parseTopic(topic);
          if (parsed?.channel === 'status' && payload.toString() === 'offline') offline.add(parsed.deviceId);
        },
      );
      clients.push(platformClient);

      const devices = [];
      for (let i = 0; i < DEVICES; i += 50) {
        const batch = await Promise.all(Array.from({ length: Math.min(50, DEVICES - i) }, () => connectDevice(url)));
        devices.push(...batch);
      }
      clients.push(...devices.map((device) => device.client));

      // Every device fires its whole burst without waiting: status, then state messages (QoS 0 and 1 mixed).
      for (const [i, { id, client }] of devices.entries()) {
        if (i < CHATTY) for (let n = 0; n < CHATTY_REFUSED; n++) client.publish(topics.status(id), 'bogus', { qos: 0 });
        client.publish(topics.status(id), 'online', { qos: 1, retain: true });
        for (let n = 0; n < MESSAGES_EACH; n++) {
          client.publish(topics.state(id), JSON.stringify({ n }), { qos: n % 2 === 0 ? 0 : 1 });
        }
        for (let n = 0; n < REFUSED_EACH; n++) client.publish(topics.status(id), 'bogus', { qos: 0 });
      }
      const expected = DEVICES * (MESSAGES_EACH + 1);
      await waitFor(() => received >= expected * 0.9 || uncaught.length > 0, 10_000);

      // All at once: every socket dropped in the same tick, so every will is published together.
      for (const { client } of devices) {
        client.stream.destroy();
        client.end(true);
      }
      await waitFor(() => offline.size === DEVICES || uncaught.length > 0, 10_000);
      expect(uncaught).toEqual([]);
      expect(offline.size).toBe(DEVICES);

      // Still serving: a fresh device connects and its message reaches the platform.
      const fresh = await connectDevice(url);
      clients.push(fresh.client);
      const before = received;
      await fresh.client.publishAsync(topics.status(fresh.id), 'online', { qos: 1 });
      await waitFor(() => received > before, 2_000);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  }, 30_000);
});
