import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import {
  type AckData,
  type EventDataMap,
  type EventType,
  NonceCache,
  type PinnedKey,
  type VisitMarkEntry,
  VisitMarks,
} from '@threshold/protocol';

/** An event that happened while the device could not send it; it gets its `seq` when it is finally sent. */
export type PendingEvent = { [K in EventType]: { type: K; ts: number; data: EventDataMap[K] } }[EventType];

/** Runtime state a real device keeps in flash, so a restart behaves like one (docs/protocol.md §3, §4, §6, §7). */
export interface FlashData {
  /** The last `seq` used; the next event gets a greater one, across restarts (§3). */
  seq: number;
  pinnedKeys: PinnedKey[];
  /** Capability nonces already used, with their `exp` (§7). */
  nonces: Array<[string, number]>;
  /** Per visit, the newest capability used and whether the visit was closed (§7 "One capability per visit"). */
  visits: VisitMarkEntry[];
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

const empty = (): FlashData => ({
  seq: 0,
  pinnedKeys: [],
  nonces: [],
  visits: [],
  acks: [],
  outbox: [],
  settings: {},
});

/**
 * The device's persistent memory: a JSON file written atomically (write, then rename), or memory only.
 *
 * What must be on flash before anything leaves the device is written at once: the `seq` of every event before it is
 * signed (§3), a used capability nonce before the bolt moves (§7, {@link save}). Every other change (an ack, a
 * setting, the outbox) is written by the next of those, or at the end of the current turn at the latest: nothing
 * outside sees it earlier, since an ack or event only leaves with a fresh `seq`. So one unlock writes the file
 * once per message sent, not once per change.
 */
export class Flash {
  readonly nonces: NonceCache;
  readonly visits: VisitMarks;
  private readonly data: FlashData;
  private readonly acks: Map<string, AckData>;
  /** The acks as JSON, the largest part of the file: serialised again only after they changed. */
  private acksJson: string | null = null;
  private dirty = false;
  private pinned: ReadonlyMap<string, string> | null = null;

  constructor(private readonly path?: string) {
    this.data = path === undefined ? empty() : load(path);
    this.nonces = NonceCache.from(this.data.nonces);
    this.visits = VisitMarks.from(this.data.visits);
    this.acks = new Map(this.data.acks);
  }

  /** Reserves the next event sequence number and persists it (with any change not yet written) before it is used. */
  nextSeq(): number {
    this.data.seq += 1;
    this.save();
    return this.data.seq;
  }

  /** Looked up for every command and capability; built again only when the keys change. */
  get pinnedKeys(): ReadonlyMap<string, string> {
    this.pinned ??= new Map(this.data.pinnedKeys.map((k) => [k.kid, k.publicKey]));
    return this.pinned;
  }

  get paired(): boolean {
    return this.data.pinnedKeys.length > 0;
  }

  setPinnedKeys(keys: PinnedKey[]): void {
    this.data.pinnedKeys = keys.map((k) => ({ kid: k.kid, publicKey: k.publicKey }));
    this.pinned = null;
    this.changed();
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
    this.acksJson = null;
    this.changed();
  }

  enqueue(event: PendingEvent): void {
    this.data.outbox.push(event);
    if (this.data.outbox.length > OUTBOX_LIMIT) this.data.outbox.shift();
    this.changed();
  }

  /** Takes every queued event, oldest first, leaving the outbox empty. */
  drainOutbox(): PendingEvent[] {
    const events = this.data.outbox;
    if (events.length === 0) return events;
    this.data.outbox = [];
    this.changed();
    return events;
  }

  setting<T extends string | number | boolean>(name: string, fallback: T): T {
    const v = this.data.settings[name];
    return typeof v === typeof fallback ? (v as T) : fallback;
  }

  set(name: string, value: string | number | boolean): void {
    if (this.data.settings[name] === value) return;
    this.data.settings[name] = value;
    this.changed();
  }

  /** Writes everything now: for a change that must be on flash before the caller acts (a used nonce). */
  save(): void {
    if (this.path === undefined) return;
    this.dirty = false;
    this.acksJson ??= JSON.stringify([...this.acks]);
    const { seq, pinnedKeys, outbox, settings } = this.data;
    const nonces = JSON.stringify(this.nonces.toJSON());
    const visits = JSON.stringify(this.visits.toJSON());
    const text = `{"seq":${seq},"pinnedKeys":${JSON.stringify(pinnedKeys)},"nonces":${nonces},"visits":${visits},"acks":${this.acksJson},"outbox":${JSON.stringify(outbox)},"settings":${JSON.stringify(settings)}}`;
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, this.path);
  }

  /** A change nothing outside has seen yet: written with the next `seq`, or at the end of this turn. */
  private changed(): void {
    if (this.path === undefined || this.dirty) return;
    this.dirty = true;
    queueMicrotask(() => {
      if (this.dirty) this.save();
    });
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
