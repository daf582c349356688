import type { Socket } from 'node:net';
import { startEmbeddedBroker } from '@threshold/server/gateway/broker';
import { silentLog } from '@threshold/server/gateway/log';
import mqtt, { type MqttClient } from 'mqtt';
import { type Summary, since, summarize } from './stats.js';

// (a) The floor under every unlock: one QoS 1 request and its QoS 1 answer between two mqtt.js clients through the
// embedded aedes broker, every socket with TCP_NODELAY (DESIGN.md "Facts measured on this machine kind").

const CREDENTIALS = { username: 'bench-platform', password: 'bench-secret' };

async function connect(url: string, clientId: string): Promise<MqttClient> {
  const client = mqtt.connect(url, { ...CREDENTIALS, clientId, reconnectPeriod: 0 });
  // Nagle and delayed ACKs would add ~88 ms to each round trip on loopback.
  client.on('connect', () => (client.stream as Partial<Socket>).setNoDelay?.(true));
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return client;
}

export interface MqttPair {
  /** One QoS 1 request and its QoS 1 answer; resolves with the round trip in ms. */
  once(): Promise<number>;
  close(): Promise<void>;
}

/** A requester and a responder through a fresh embedded broker, ready for round trips. */
export async function openMqttPair(): Promise<MqttPair> {
  const broker = await startEmbeddedBroker({
    host: '127.0.0.1',
    port: 0,
    platform: CREDENTIALS,
    now: Date.now,
    log: silentLog,
  });
  const pair = await openMqttPairAt(`mqtt://127.0.0.1:${broker.port}`);
  return {
    once: pair.once,
    async close() {
      await pair.close();
      await broker.close();
    },
  };
}

/** A requester and a responder through the broker at `url` (an external one such as Mosquitto), on topics of their own. */
export async function openMqttPairAt(url: string): Promise<MqttPair> {
  const requester = await connect(url, `bench-requester-${process.pid}`);
  const responder = await connect(url, `bench-responder-${process.pid}`);
  const topic = `bench/${process.pid}`;
  await responder.subscribeAsync(`${topic}/req`, { qos: 1 });
  await requester.subscribeAsync(`${topic}/ack`, { qos: 1 });
  responder.on('message', (_topic, payload) => void responder.publish(`${topic}/ack`, payload, { qos: 1 }));
  let answer: (() => void) | null = null;
  requester.on('message', () => answer?.());
  return {
    once: () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        answer = () => resolve(since(start));
        requester.publish(`${topic}/req`, Buffer.from(String(start)), { qos: 1 });
      }),
    async close() {
      await Promise.all([requester.endAsync(), responder.endAsync()]);
    },
  };
}

/** Round trips through a fresh embedded broker, or through the broker at `url` when given. */
export async function mqttRoundTrip(o: { warmup: number; samples: number; url?: string }): Promise<Summary> {
  const pair = o.url ? await openMqttPairAt(o.url) : await openMqttPair();
  try {
    for (let i = 0; i < o.warmup; i++) await pair.once();
    const samples: number[] = [];
    for (let i = 0; i < o.samples; i++) samples.push(await pair.once());
    return summarize(samples);
  } finally {
    await pair.close();
  }
}
