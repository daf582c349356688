import type { Socket } from 'node:net';
import { TOPIC_ROOT } from '@threshold/protocol';
import mqtt, { type MqttClient } from 'mqtt';
import type { GatewayLog } from './log.js';

// The platform's MQTT client (DESIGN.md, "Device messaging"): the platform is one more client of the broker.

export interface PlatformMqttOptions {
  url: string;
  /** Absent: taken from the URL (`mqtt://user:pass@host`), as for an external broker. */
  username?: string;
  password?: string;
  clientId: string;
  /**
   * Shared subscription group (MQTT 5 §4.8.2, `$share/{group}/…`) so several server nodes split the device traffic;
   * undefined subscribes plainly (the embedded broker, aedes 1.x, has no shared subscriptions).
   */
  sharedGroup: string | undefined;
  /** Also listen for acks relayed by other nodes (shared subscriptions, or device partitions: gateway/ownership.ts). */
  relayAcks?: boolean;
  log: GatewayLog;
}

/** Device → platform topics: events, retained state and status of every device. */
export const DEVICE_TOPICS = ['evt', 'state', 'status'].map((channel) => `${TOPIC_ROOT}/+/${channel}`);

/**
 * With shared subscriptions, a device's ack may reach another node than the one waiting for it; that node relays it
 * here (a topic only the platform user may use, docs/mosquitto/threshold.conf) and every node listens plainly.
 */
export const ACK_RELAY_TOPIC = 'threshold/v1/platform/acks';

export function subscriptionTopics(sharedGroup: string | undefined, relayAcks = sharedGroup !== undefined): string[] {
  const devices = sharedGroup === undefined ? DEVICE_TOPICS : DEVICE_TOPICS.map((t) => `$share/${sharedGroup}/${t}`);
  return relayAcks ? [...devices, ACK_RELAY_TOPIC] : devices;
}

function noDelay(client: MqttClient): void {
  // Nagle plus delayed ACKs cost ~88 ms per round trip on loopback (DESIGN.md, "Facts"); set on every new stream.
  (client.stream as Partial<Socket> | undefined)?.setNoDelay?.(true);
}

/**
 * How the gateway reaches the broker: publishing commands (QoS 1, resolved once the broker took them), whether the
 * link is up (a readiness check), and closing it. An MQTT client for an external broker (`clientLink`), or the
 * embedded broker's own API in process (broker.ts `link`).
 */
export interface PlatformLink {
  publish(topic: string, payload: string): Promise<void>;
  readonly connected: boolean;
  close(): Promise<void>;
}

/** The platform's MQTT client as its link to an external broker. */
export function clientLink(client: MqttClient): PlatformLink {
  return {
    async publish(topic, payload) {
      await client.publishAsync(topic, payload, { qos: 1 });
    },
    get connected() {
      return client.connected;
    },
    async close() {
      await client.endAsync();
    },
  };
}

/**
 * `retained`: the broker sent a retained copy because this client subscribed (MQTT 3.1.1 §3.3.1.3, MQTT 5 §3.3.1.3);
 * a message forwarded to an established subscription arrives with the flag cleared, however it was published.
 */
export type PlatformMessageHandler = (topic: string, payload: Buffer, retained: boolean) => void;

export async function connectPlatformClient(
  opts: PlatformMqttOptions,
  onMessage: PlatformMessageHandler,
): Promise<MqttClient> {
  const client = mqtt.connect(opts.url, {
    clientId: opts.clientId,
    ...(opts.username === undefined ? {} : { username: opts.username }),
    ...(opts.password === undefined ? {} : { password: opts.password }),
    clean: true,
    // aedes 1.x speaks MQTT 3.1.1 only; shared subscriptions are specified by MQTT 5 (Mosquitto also allows them on 3.1.1).
    protocolVersion: opts.sharedGroup === undefined ? 4 : 5,
    reconnectPeriod: 1000,
    connectTimeout: 10_000,
  });
  noDelay(client);
  client.on('connect', () => noDelay(client));
  client.on('message', (topic, payload, packet) => onMessage(topic, payload, packet.retain));
  client.on('error', (error) => opts.log.error({ err: error.message }, 'platform mqtt client error'));
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      client.end(true);
      reject(error);
    };
    client.once('error', fail);
    client.once('connect', () => {
      client.off('error', fail);
      resolve();
    });
  });
  // Subscribed once: with clean: true mqtt.js resubscribes by itself after a reconnect (resubscribe defaults to true).
  await client.subscribeAsync(subscriptionTopics(opts.sharedGroup, opts.relayAcks), { qos: 1 });
  return client;
}
