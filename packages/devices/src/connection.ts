import { connect as netConnect } from 'node:net';
import {
  deviceAuthToken,
  type EventDataMap,
  type EventType,
  type HelloData,
  signEvent,
  topics,
} from '@threshold/protocol';
import { type IClientOptions, MqttClient, connect as mqttConnect } from 'mqtt';
import type { Flash, PendingEvent } from './flash.js';
import type { DeviceIdentity } from './identity.js';

export interface ConnectionOptions {
  identity: DeviceIdentity;
  mqttUrl: string;
  flash: Flash;
  /** The device's own clock in ms (true time plus any skew). */
  clock: () => number;
  hello: () => HelloData;
  state: () => EventDataMap['state'];
  onCommand: (payload: Buffer) => void;
}

const RECONNECT_MS = 1000;
const CONNECT_TIMEOUT_MS = 30_000;

/**
 * The device's MQTT session (docs/protocol.md §2): client id = username = device id, password = a fresh auth token
 * (§2.1), clean session, retained last will `offline`. Every event is signed with the next persisted `seq`; events
 * that happen while disconnected wait in flash and go out after the next `hello`.
 */
export class DeviceConnection {
  private client: MqttClient | null = null;
  private readonly topics: { cmd: string; evt: string; state: string; status: string };

  constructor(private readonly o: ConnectionOptions) {
    const id = o.identity.id;
    this.topics = { cmd: topics.cmd(id), evt: topics.evt(id), state: topics.state(id), status: topics.status(id) };
  }

  get connected(): boolean {
    return this.client?.connected ?? false;
  }

  /** Starts connecting (and reconnecting after any loss) until {@link drop} or {@link close}. */
  open(): void {
    if (this.client !== null) return;
    const client = createClient(this.o.mqttUrl, this.clientOptions());
    this.client = client;
    // A new token on every attempt: the broker accepts a token only within ±10 minutes of its clock (§2.1).
    client.on('reconnect', () => {
      client.options.password = this.token();
    });
    client.on('connect', () => this.onConnect(client));
    client.on('message', (_topic, payload) => this.o.onCommand(payload));
    client.on('error', () => {}); // refused or lost connections are retried; nothing to report to anyone
  }

  /** Loses the network abruptly: no DISCONNECT, so the broker publishes the last will. */
  drop(): void {
    this.client?.end(true);
    this.client = null;
  }

  /** Says goodbye: retained `offline`, then a clean DISCONNECT. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client === null) return;
    if (client.connected) {
      await client.publishAsync(this.topics.status, 'offline', { qos: 1, retain: true }).catch(() => {});
    }
    await client.endAsync(!client.connected);
  }

  /** Signs and sends an event now, or keeps it in flash until the device is back online. */
  emit<T extends EventType>(type: T, data: EventDataMap[T]): void {
    const pending = { type, data, ts: this.o.clock() } as PendingEvent;
    // A heartbeat only says "recording now"; one delivered late would say something false, so it is not kept.
    if (!this.connected && type === 'heartbeat') return;
    this.send(pending);
  }

  /** Publishes the full state, retained; skipped while offline since it is sent again after every connect. */
  publishState(): void {
    const client = this.client;
    if (client === null || !client.connected) return;
    const envelope = this.sign({ type: 'state', data: this.o.state(), ts: this.o.clock() });
    client.publish(this.topics.state, JSON.stringify(envelope), { qos: 1, retain: true });
  }

  private onConnect(client: MqttClient): void {
    // Order of docs/protocol.md §2: status, hello, state. Events kept while offline follow the hello, each with a
    // fresh seq (the platform refuses a seq that is not greater than the last) but its original `ts`; the state goes
    // last so the retained copy is the newest truth. Subscribing first means a command sent in answer to the hello
    // cannot arrive before the subscription (clean session: nothing is kept for us in between).
    client.subscribe(this.topics.cmd, { qos: 1 });
    client.publish(this.topics.status, 'online', { qos: 1, retain: true });
    this.send({ type: 'hello', data: this.o.hello(), ts: this.o.clock() });
    for (const pending of this.o.flash.drainOutbox()) this.send(pending);
    this.publishState();
  }

  private send(pending: PendingEvent): void {
    const client = this.client;
    if (client === null || !client.connected) {
      this.o.flash.enqueue(pending);
      return;
    }
    client.publish(this.topics.evt, JSON.stringify(this.sign(pending)), { qos: 1 });
  }

  private sign(pending: PendingEvent) {
    const { type, data, ts } = pending;
    const device = this.o.identity.id;
    return signEvent({ device, seq: this.o.flash.nextSeq(), ts, type, data }, this.o.identity.privateKey);
  }

  private token(): string {
    const { publicKey, privateKey, id } = this.o.identity;
    return deviceAuthToken(id, { publicKey, privateKey }, this.o.clock());
  }

  private clientOptions(): IClientOptions {
    const id = this.o.identity.id;
    return {
      clientId: id,
      username: id,
      password: this.token(),
      clean: true,
      protocolVersion: 4,
      reconnectPeriod: RECONNECT_MS,
      // Generous (mqtt.js' default): a broker busy with a fleet's connect wave answers late, and a device that gives up
      // early comes back to the end of the broker's accept queue, where it gives up again (docs/performance.md).
      connectTimeout: CONNECT_TIMEOUT_MS,
      will: { topic: this.topics.status, payload: Buffer.from('offline'), qos: 1, retain: true },
    };
  }
}

/** Plain TCP gets TCP_NODELAY from the first byte (§2: Nagle plus delayed ACKs cost ~40 ms per exchange). */
function createClient(url: string, options: IClientOptions): MqttClient {
  const u = new URL(url);
  if (u.protocol !== 'mqtt:' && u.protocol !== 'tcp:') {
    const client = mqttConnect(url, options);
    client.on('connect', () => (client.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true));
    return client;
  }
  const port = Number(u.port || 1883);
  const host = u.hostname;
  return new MqttClient(() => netConnect({ host, port, noDelay: true }), options);
}
