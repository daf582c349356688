import { randomUUID } from 'node:crypto';
import {
  type AckData,
  type AnyEvent,
  type CommandEnvelope,
  type CommandParamsMap,
  type CommandType,
  deviceIdFor,
  type EventEnvelope,
  type EventType,
  type PlatformSigner,
  parseEvent,
  parseTopic,
  signCommand,
  topics,
  verifyEvent,
} from '@threshold/protocol';
import { connectAsync, type MqttClient } from 'mqtt';

/** One message the device published, as the kit's platform client received it. */
export interface Seen {
  channel: 'cmd' | 'evt' | 'state' | 'status';
  text: string;
  /** Delivered because the kit subscribed (a retained copy from before), not because the device just sent it. */
  retained: boolean;
  receivedAt: number;
  /** Parsed and signature-checked envelope (evt, state); null otherwise. */
  event: AnyEvent | null;
}

/** How long a single wait lasts unless a check says otherwise; checks are bounded by their own timeout too. */
export const WAIT_MS = 4000;

/**
 * The kit's platform client (docs/protocol.md §2): it watches one device's topics, checks every event as the
 * platform's gateway would (schema, signature with the key of the device's `hello`, `seq` growing) and sends signed
 * commands. What does not conform is collected in {@link problems} for the final integrity check.
 */
export class PlatformLink {
  readonly seen: Seen[] = [];
  readonly problems: string[] = [];
  /** The device key from its verified `hello`. */
  publicKey: string | null = null;
  private lastSeq = 0;
  private readonly texts = new Set<string>();
  private waiters = new Set<() => void>();

  private constructor(
    private readonly client: MqttClient,
    readonly deviceId: string,
    private readonly now: () => number,
  ) {
    client.on('message', (topic, payload, packet) => {
      const where = parseTopic(topic);
      if (where?.deviceId !== deviceId) return;
      this.receive(where.channel, payload.toString('utf8'), packet.retain);
    });
  }

  static async connect(o: {
    url: string;
    deviceId: string;
    now: () => number;
    auth?: { username: string; password: string };
  }): Promise<PlatformLink> {
    const client = await connectAsync(o.url, {
      ...o.auth,
      clientId: `threshold-conformance-${randomUUID()}`,
      reconnectPeriod: 500,
      connectTimeout: 5000,
    });
    (client.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
    await client.subscribeAsync(`threshold/v1/d/${o.deviceId}/+`, { qos: 1 });
    return new PlatformLink(client, o.deviceId, o.now);
  }

  async close(): Promise<void> {
    await this.client.endAsync(true);
  }

  events(): AnyEvent[] {
    return this.seen.flatMap((s) => (s.event === null || s.retained ? [] : [s.event]));
  }

  eventsOf<T extends EventType>(type: T, pred: (e: EventEnvelope<T>) => boolean = () => true): EventEnvelope<T>[] {
    const ofType = this.events().filter((e): e is EventEnvelope<T> & AnyEvent => e.type === type);
    return ofType.filter((e) => pred(e));
  }

  acks(commandId: string): AckData[] {
    return this.eventsOf('ack', (e) => e.data.command === commandId).map((e) => e.data);
  }

  /** The first message (already seen or still to come) that matches; rejects after `timeoutMs` naming `what`. */
  waitFor<T>(what: string, find: () => T | undefined, timeoutMs = WAIT_MS): Promise<T> {
    const hit = find();
    if (hit !== undefined) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const wake = () => {
        const found = find();
        if (found === undefined) return;
        this.waiters.delete(wake);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(wake);
    });
  }

  waitForEvent<T extends EventType>(
    what: string,
    type: T,
    pred: (e: EventEnvelope<T>) => boolean = () => true,
    timeoutMs = WAIT_MS,
  ): Promise<EventEnvelope<T>> {
    return this.waitFor(what, () => this.eventsOf(type, pred)[0], timeoutMs);
  }

  /** The ack of `commandId` (the first one); the command must have been sent already. */
  waitForAck(commandId: string, timeoutMs = WAIT_MS): Promise<AckData> {
    return this.waitFor(`ack for command ${commandId}`, () => this.acks(commandId)[0], timeoutMs);
  }

  /** A signed command envelope for this device; `exp` is `ts` + 30 s as the platform sends it (§4). */
  command<T extends CommandType>(
    type: T,
    params: CommandParamsMap[T],
    signer: PlatformSigner,
    o: { id?: string; device?: string; ts?: number; exp?: number } = {},
  ): CommandEnvelope<T> {
    const ts = o.ts ?? this.now();
    const id = o.id ?? randomUUID();
    return signCommand({ id, device: o.device ?? this.deviceId, type, ts, exp: o.exp ?? ts + 30_000, params }, signer);
  }

  /** Publishes any payload on the device's `cmd` topic (QoS 1), as the platform does. */
  publish(payload: object | string): Promise<unknown> {
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
    return this.client.publishAsync(topics.cmd(this.deviceId), text, { qos: 1 });
  }

  /** Sends a command once and waits for the ack that answers this send (an id may have been answered before). */
  async send(envelope: CommandEnvelope, timeoutMs = WAIT_MS): Promise<AckData> {
    const before = this.acks(envelope.id).length;
    await this.publish(envelope);
    const what = `ack for command ${envelope.id}`;
    return this.waitFor(what, () => this.acks(envelope.id)[before], timeoutMs);
  }

  private receive(channel: Seen['channel'], text: string, retained: boolean): void {
    const seen: Seen = { channel, text, retained, receivedAt: this.now(), event: null };
    if (channel === 'status') {
      if (text !== 'online' && text !== 'offline') this.problems.push(`status payload ${JSON.stringify(text)}`);
    } else if (channel === 'evt' || channel === 'state') {
      seen.event = this.check(channel, text, retained);
    }
    this.seen.push(seen);
    for (const wake of [...this.waiters]) wake();
  }

  /** The gateway's checks on an event (docs/protocol.md §3); a failure is recorded and the event dropped. */
  private check(channel: 'evt' | 'state', text: string, retained: boolean): AnyEvent | null {
    const parsed = parseEvent(text);
    if (!parsed.ok) return this.problem(`malformed ${channel} message: ${text.slice(0, 160)}`);
    const e = parsed.value;
    if (e.device !== this.deviceId) return this.problem(`${e.type} #${e.seq} names device ${e.device}`);
    if ((e.type === 'state') !== (channel === 'state')) return this.problem(`${e.type} event on the ${channel} topic`);
    if (e.type === 'hello') {
      const kind = this.deviceId.startsWith('lk-') ? 'lock' : 'camera';
      if (e.data.kind !== kind || deviceIdFor(kind, e.data.publicKey) !== this.deviceId)
        return this.problem(`hello #${e.seq}: the device id is not derived from its publicKey (§1)`);
      if (!verifyEvent(e, e.data.publicKey)) return this.problem(`hello #${e.seq}: bad signature`);
      this.publicKey = e.data.publicKey;
    } else if (this.publicKey === null) {
      // A retained state from before the kit started cannot be checked yet; a live event before the hello is wrong.
      return retained ? null : this.problem(`${e.type} #${e.seq} arrived before any hello`);
    } else if (!verifyEvent(e, this.publicKey)) {
      return this.problem(`${e.type} #${e.seq}: bad signature`);
    }
    if (retained) return e;
    if (e.seq <= this.lastSeq) {
      // An identical copy is a transport duplicate (QoS 1), which the platform drops harmlessly.
      if (this.texts.has(text)) return null;
      return this.problem(`${e.type} #${e.seq}: seq not greater than the last one (${this.lastSeq}) (§3)`);
    }
    this.texts.add(text);
    this.lastSeq = e.seq;
    return e;
  }

  private problem(text: string): null {
    this.problems.push(text);
    return null;
  }
}
