import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type AckData, type EventDataMap, type EventType, NonceCache, type PinnedKey } from '@threshold/protocol';

/** An event that happened while the device could not send it; it gets its `seq` when it is finally sent. */
export type PendingEvent = { [K in EventType]: { type: K; ts: number; data: EventDataMap[K] } }[EventType];

/** Runtime state a real device keeps in flash, so a restart behaves like one (docs/protocol.md §3, §4, §6, §7). */
export interface FlashData {
  /** The last `seq` used; the next event gets a greater one, across restarts (§3). */
  seq: number;
  pinnedKeys: PinnedKey[];
  /** Capability nonces already used, with their `exp` (§7). */
  nonces: Array<[string, number]>;
  /** Processed command ids and the ack each got, oldest first (§4). */
  acks: Array<[string, AckData]>;
  outbox: PendingEvent[];
  /** Device-specific settings and the last known actuator positions (bolt, auto-relock delay). */
  settings: Record<string, string | number | boolean>;
}

/** How many command acks are remembered; the platform retries for a few seconds only (COMMAND_RETRY). */
export const ACK_MEMORY = 512;
/** Events kept while offline; the oldest go first when it is full, as on a small flash ring buffer. */
export const OUTBOX_LIMIT = 1000;

const empty = (): FlashData => ({ seq: 0, pinnedKeys: [], nonces: [], acks: [], outbox: [], settings: {} });

/** The device's persistent memory: a JSON file written atomically (write, then rename), or memory only. */
export class Flash {
  readonly nonces: NonceCache;
  private readonly data: FlashData;
  private readonly acks: Map<string, AckData>;

  constructor(private readonly path?: string) {
    this.data = path === undefined ? empty() : load(path);
    this.nonces = NonceCache.from(this.data.nonces);
    this.acks = new Map(this.data.acks);
  }

  /** Reserves the next event sequence number and persists it before it is used. */
  nextSeq(): number {
    this.data.seq += 1;
    this.save();
    return this.data.seq;
  }

  get pinnedKeys(): ReadonlyMap<string, string> {
    return new Map(this.data.pinnedKeys.map((k) => [k.kid, k.publicKey]));
  }

  get paired(): boolean {
    return this.data.pinnedKeys.length > 0;
  }

  setPinnedKeys(keys: PinnedKey[]): void {
    this.data.pinnedKeys = keys.map((k) => ({ kid: k.kid, publicKey: k.publicKey }));
    this.save();
  }

  ackFor(commandId: string): AckData | undefined {
    return this.acks.get(commandId);
  }

  rememberAck(ack: AckData): void {
    this.acks.set(ack.command, ack);
    while (this.acks.size > ACK_MEMORY) {
      const oldest = this.acks.keys().next().value as string;
      this.acks.delete(oldest);
    }
    this.save();
  }

  enqueue(event: PendingEvent): void {
    this.data.outbox.push(event);
    if (this.data.outbox.length > OUTBOX_LIMIT) this.data.outbox.shift();
    this.save();
  }

  /** Takes every queued event, oldest first, leaving the outbox empty. */
  drainOutbox(): PendingEvent[] {
    const events = this.data.outbox;
    this.data.outbox = [];
    this.save();
    return events;
  }

  setting<T extends string | number | boolean>(name: string, fallback: T): T {
    const v = this.data.settings[name];
    return typeof v === typeof fallback ? (v as T) : fallback;
  }

  set(name: string, value: string | number | boolean): void {
    this.data.settings[name] = value;
    this.save();
  }

  save(): void {
    if (this.path === undefined) return;
    this.data.nonces = this.nonces.toJSON();
    this.data.acks = [...this.acks];
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.path);
  }
}

function load(path: string): FlashData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return empty(); // first boot
  }
  const raw = JSON.parse(text) as Partial<FlashData>;
  return { ...empty(), ...raw };
}
