import { randomUUID } from 'node:crypto';
import {
  type AckData,
  type AnyEvent,
  type CommandParamsMap,
  type CommandType,
  type EventEnvelope,
  type EventType,
  generateKeyPair,
  issueCapability,
  newNonce,
  type PlatformSigner,
  pairProof,
  parseEvent,
  parseTopic,
  signCommand,
  topics,
} from '@threshold/protocol';
import { connectAsync, type MqttClient } from 'mqtt';
import type { DeviceIdentity } from '../../src/identity.js';

export interface Seen {
  deviceId: string;
  channel: 'cmd' | 'evt' | 'state' | 'status';
  retain: boolean;
  text: string;
  /** Parsed envelope for `evt` and `state`; null for `status` or an unparseable payload. */
  event: AnyEvent | null;
}

export function newSigner(kid = 'pk-test-1'): PlatformSigner {
  return { kid, ...generateKeyPair() };
}

/**
 * A test-only stand-in for the platform: it watches every device topic on the broker and sends signed commands with
 * the protocol functions, exactly as the real device gateway would.
 */
export class TestPlatformDouble {
  readonly seen: Seen[] = [];
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly client: MqttClient,
    readonly signer: PlatformSigner,
  ) {
    client.on('message', (topic, payload, packet) => {
      const where = parseTopic(topic);
      if (where === null) return;
      const text = payload.toString('utf8');
      const parsed = where.channel === 'evt' || where.channel === 'state' ? parseEvent(text) : null;
      const event = parsed?.ok ? parsed.value : null;
      this.seen.push({ ...where, retain: packet.retain, text, event });
      for (const wake of this.waiters) wake();
    });
  }

  static async connect(url: string, signer = newSigner()): Promise<TestPlatformDouble> {
    const client = await connectAsync(url, { clientId: `platform-double-${randomUUID()}`, reconnectPeriod: 200 });
    await client.subscribeAsync('threshold/v1/d/+/+', { qos: 1 });
    return new TestPlatformDouble(client, signer);
  }

  events(deviceId: string): AnyEvent[] {
    return this.seen.filter((s) => s.deviceId === deviceId && s.event !== null).map((s) => s.event!);
  }

  eventsOf<T extends EventType>(deviceId: string, type: T): EventEnvelope<T>[] {
    return this.events(deviceId).filter((e): e is EventEnvelope<T> & AnyEvent => e.type === type);
  }

  acksFor(deviceId: string, commandId: string): AckData[] {
    return this.eventsOf(deviceId, 'ack')
      .map((e) => e.data)
      .filter((a) => a.command === commandId);
  }

  /** Resolves with the first seen message matching `pred` (including ones already seen). */
  waitFor(pred: (s: Seen) => boolean, timeoutMs = 5000): Promise<Seen> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.seen.find(pred);
        if (hit === undefined) return false;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(hit);
        return true;
      };
      const wake = () => void check();
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        reject(new Error('timed out waiting for a device message'));
      }, timeoutMs);
      if (!check()) this.waiters.push(wake);
    });
  }

  async waitForEvent<T extends EventType>(
    deviceId: string,
    type: T,
    pred: (e: EventEnvelope<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<EventEnvelope<T>> {
    const hit = await this.waitFor(
      (s) => s.deviceId === deviceId && s.event?.type === type && pred(s.event as EventEnvelope<T>),
      timeoutMs,
    );
    return hit.event as EventEnvelope<T>;
  }

  async waitForAck(deviceId: string, commandId: string, timeoutMs = 5000): Promise<AckData> {
    const e = await this.waitForEvent(deviceId, 'ack', (a) => a.data.command === commandId, timeoutMs);
    return e.data;
  }

  /** Signs and publishes a command; `id` may be reused to model a retry. */
  async send<T extends CommandType>(
    deviceId: string,
    type: T,
    params: CommandParamsMap[T],
    o: { id?: string; nowMs?: number; signer?: PlatformSigner; ttlMs?: number } = {},
  ): Promise<string> {
    const ts = o.nowMs ?? Date.now();
    const id = o.id ?? randomUUID();
    const cmd = signCommand(
      { id, device: deviceId, type, ts, exp: ts + (o.ttlMs ?? 30_000), params },
      o.signer ?? this.signer,
    );
    await this.client.publishAsync(topics.cmd(deviceId), JSON.stringify(cmd), { qos: 1 });
    return id;
  }

  async sendRaw(deviceId: string, payload: string): Promise<void> {
    await this.client.publishAsync(topics.cmd(deviceId), payload, { qos: 1 });
  }

  /** docs/protocol.md §6: the pair command with the proof made from the claim code. */
  async pair(identity: DeviceIdentity, claimCode = identity.claimCode): Promise<string> {
    const id = randomUUID();
    const keys = [{ kid: this.signer.kid, publicKey: this.signer.publicKey }];
    const proof = pairProof(claimCode, { device: identity.id, id, keys });
    return this.send(identity.id, 'pair', { keys, proof }, { id });
  }

  capability(
    lockId: string,
    o: { nowMs?: number; ttlSeconds?: number; signer?: PlatformSigner; visit?: string } = {},
  ): Promise<string> {
    return issueCapability(o.signer ?? this.signer, {
      lock: lockId,
      visit: o.visit ?? 'visit-1',
      nonce: newNonce(),
      nowMs: o.nowMs ?? Date.now(),
      ttlSeconds: o.ttlSeconds ?? 120,
    });
  }

  async close(): Promise<void> {
    await this.client.endAsync(true);
  }
}
