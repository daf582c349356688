import type { Socket } from 'node:net';
import {
  type AckData,
  type AnyCommand,
  checkCommand,
  claimHash,
  type DeviceKind,
  deviceAuthToken,
  deviceIdFor,
  type EventDataMap,
  type EventType,
  generateClaimCode,
  generateKeyPair,
  type KeyPair,
  parseCommand,
  signEvent,
  topics,
  verifyPairProof,
} from '@threshold/protocol';
import mqtt, { type MqttClient } from 'mqtt';

/**
 * A test double for the wire: the smallest device that speaks docs/protocol.md with the protocol functions, with
 * knobs to misbehave (forge, tamper, replay, stay silent). Not the emulator in packages/devices.
 */
export class RawDevice {
  readonly keys: KeyPair;
  readonly id: string;
  readonly claimCode = generateClaimCode();
  seq = 0;
  /** Deliveries of each command id, and how many times the device acted (at most once per id, §4). */
  readonly deliveries = new Map<string, number>();
  actions = 0;
  /** Ack nothing at all (a device that went quiet), or drop the first ack of each command (a lost message). */
  silent = false;
  loseFirstAck = false;
  pinned = new Map<string, string>();
  client: MqttClient | undefined;
  readonly #acks = new Map<string, AckData>();

  constructor(
    readonly kind: DeviceKind = 'lock',
    keys: KeyPair = generateKeyPair(),
  ) {
    this.keys = keys;
    this.id = deviceIdFor(kind, keys.publicKey);
  }

  token(nowMs = Date.now()): string {
    return deviceAuthToken(this.id, this.keys, nowMs);
  }

  /** Connects as §2 says (will, online, hello, state); resolves once connected, or rejects with the broker's refusal. */
  async connect(url: string, opts: { password?: string; announce?: boolean; keepalive?: number } = {}): Promise<void> {
    const client = mqtt.connect(url, {
      ...(opts.keepalive === undefined ? {} : { keepalive: opts.keepalive }),
      clientId: this.id,
      username: this.id,
      password: opts.password ?? this.token(),
      clean: true,
      reconnectPeriod: 0,
      will: { topic: topics.status(this.id), payload: Buffer.from('offline'), qos: 1, retain: true },
    });
    this.client = client;
    (client.stream as Socket).setNoDelay?.(true);
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', (error) => reject(error));
    });
    client.on('message', (_topic, payload) => this.#onCommand(payload));
    await client.subscribeAsync(topics.cmd(this.id), { qos: 1 });
    if (opts.announce === false) return;
    await client.publishAsync(topics.status(this.id), 'online', { qos: 1, retain: true });
    await this.send('hello', this.hello());
    await this.sendState();
  }

  hello(): EventDataMap['hello'] {
    const paired = this.pinned.size > 0;
    return {
      kind: this.kind,
      publicKey: this.keys.publicKey,
      firmware: 'raw-1.0.0',
      claimHash: paired ? null : claimHash(this.claimCode),
      pinnedKids: [...this.pinned.keys()],
    };
  }

  lockState(over: Partial<EventDataMap['state']> = {}): EventDataMap['state'] {
    const paired = this.pinned.size > 0;
    return {
      kind: 'lock',
      bolt: 'locked',
      door: 'closed',
      battery: 87,
      signal: -61,
      jammed: false,
      doorAjar: false,
      tamper: false,
      autoRelockMs: 10_000,
      paired,
      ...over,
    } as EventDataMap['state'];
  }

  cameraState(): EventDataMap['state'] {
    return {
      kind: 'camera',
      recording: false,
      session: null,
      battery: 90,
      signal: -55,
      storageFreeMb: 2048,
      paired: this.pinned.size > 0,
    };
  }

  async sendState(over: Partial<EventDataMap['state']> = {}): Promise<string> {
    return this.send('state', this.kind === 'lock' ? this.lockState(over) : this.cameraState());
  }

  /** Signs the next event and publishes it (on `state` for a state, else `evt`); returns the payload sent. */
  async send<T extends EventType>(
    type: T,
    data: EventDataMap[T],
    opts: { key?: string; ts?: number; retain?: boolean } = {},
  ) {
    this.seq += 1;
    const event = signEvent(
      { device: this.id, seq: this.seq, ts: opts.ts ?? Date.now(), type, data },
      opts.key ?? this.keys.privateKey,
    );
    const payload = JSON.stringify(event);
    await this.publish(type === 'state' ? topics.state(this.id) : topics.evt(this.id), payload, opts.retain);
    return payload;
  }

  async publish(topic: string, payload: string, retain = false): Promise<void> {
    await this.client!.publishAsync(topic, payload, { qos: 1, retain });
  }

  /** Drops the TCP connection without DISCONNECT, so the broker publishes the last will. */
  drop(): void {
    this.client?.stream.destroy();
    this.client?.end(true);
  }

  /** A clean disconnect (no will); in-flight messages are abandoned rather than waited for. */
  async close(): Promise<void> {
    const client = this.client;
    if (client) await new Promise<void>((resolve) => client.end(true, {}, () => resolve()));
  }

  #onCommand(payload: Buffer): void {
    const parsed = parseCommand(payload);
    if (!parsed.ok) return;
    const command = parsed.value;
    const seen = (this.deliveries.get(command.id) ?? 0) + 1;
    this.deliveries.set(command.id, seen);
    if (this.silent) return;
    let ack = this.#acks.get(command.id);
    if (!ack) {
      ack = this.#act(command);
      this.#acks.set(command.id, ack);
    }
    if (this.loseFirstAck && seen === 1) return;
    void this.send('ack', ack).catch(() => {});
  }

  #act(command: AnyCommand): AckData {
    if (command.type !== 'pair' && this.pinned.size === 0) {
      return { command: command.id, status: 'rejected', reason: 'not_paired' };
    }
    const pinned =
      command.type === 'pair' ? new Map(command.params.keys.map((k) => [k.kid, k.publicKey])) : this.pinned;
    const refusal = checkCommand(command, { deviceId: this.id, pinnedKeys: pinned, nowMs: Date.now() });
    if (refusal) return { command: command.id, status: 'rejected', reason: refusal };
    if (command.type === 'pair') {
      if (this.pinned.size > 0) return { command: command.id, status: 'rejected', reason: 'already_paired' };
      const body = { device: this.id, id: command.id, keys: command.params.keys };
      if (!verifyPairProof(this.claimCode, body, command.params.proof)) {
        return { command: command.id, status: 'rejected', reason: 'bad_proof' };
      }
      this.pinned = pinned;
    }
    this.actions += 1;
    return { command: command.id, status: 'ok' };
  }
}

/** Polls until `check` returns a value other than undefined/false (message flow is asynchronous). */
export async function until<T>(
  check: () => T | Promise<T>,
  what = 'condition',
  timeoutMs = 5000,
): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false && value !== null) return value as Exclude<T, false | null | undefined>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
