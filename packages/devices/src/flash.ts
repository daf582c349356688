import {
  type AckData,
  type EventDataMap,
  type EventType,
  NonceCache,
  type PinnedKey,
  type VisitMarkEntry,
  VisitMarks,
} from '@threshold/protocol';
import {
  decodeRecord,
  encodeRecord,
  type FlashSlots,
  fileSlots,
  type Section,
  type Slot,
  section,
} from './flash-slots.js';

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
 * The device's persistent memory: a record written alternately to two slots (flash-slots.ts), or memory only.
 *
 * What must be on flash before anything leaves the device is written at once: the `seq` of every event before it is
 * signed (§3), a used capability nonce before the bolt moves (§7, {@link save}). Every other change (an ack, a
 * setting, the outbox) is written by the next of those, or at the end of the current turn at the latest: nothing
 * outside sees it earlier, since an ack or event only leaves with a fresh `seq`. So one unlock writes the record
 * once per message sent, not once per change.
 *
 * A save overwrites the slot not holding the newest whole record, with the next generation number; a boot reads the
 * whole record with the highest generation. A save cut short (power lost mid-write) so leaves the previous record,
 * which already held every `seq` and nonce used before that save began: whatever was sent or acted on is still
 * covered, since nothing is sent or acted on until its save has returned.
 */
export class Flash {
  readonly nonces: NonceCache;
  readonly visits: VisitMarks;
  private readonly data: FlashData;
  /** Each ack with its entry in the record, encoded once: the acks are most of the record, and change least. */
  private readonly acks: Map<string, { ack: AckData; bytes: Buffer }>;
  /** The acks' part of the record, with its checksum: put together again only after they changed. */
  private acksSection: Section | null = null;
  private dirty = false;
  private pinned: ReadonlyMap<string, string> | null = null;
  private readonly slots: FlashSlots | null;
  /** The generation of the newest whole record, and the slot it is in (null: none yet). */
  private generation: number;
  private newest: Slot | null;

  /** `storage`: the state file's path (fileSlots), the slots themselves, or nothing for a flash in memory only. */
  constructor(storage?: string | FlashSlots) {
    this.slots = typeof storage === 'string' ? fileSlots(storage) : (storage ?? null);
    const loaded = this.slots === null ? { data: empty(), generation: 0, slot: null } : load(this.slots);
    this.data = loaded.data;
    this.generation = loaded.generation;
    this.newest = loaded.slot;
    this.nonces = NonceCache.from(this.data.nonces);
    this.visits = VisitMarks.from(this.data.visits);
    this.acks = new Map(this.data.acks.map(([id, ack]) => [id, { ack, bytes: ackEntry(id, ack) }]));
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
    return this.acks.get(commandId)?.ack;
  }

  rememberAck(ack: AckData): void {
    this.acks.set(ack.command, { ack, bytes: ackEntry(ack.command, ack) });
    while (this.acks.size > ACK_MEMORY) {
      const oldest = this.acks.keys().next().value as string;
      this.acks.delete(oldest);
    }
    this.acksSection = null;
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
    if (this.slots === null) return;
    this.dirty = false;
    this.acksSection ??= section(joinEntries([...this.acks.values()].map((a) => a.bytes)));
    const { seq, pinnedKeys, outbox, settings } = this.data;
    const nonces = JSON.stringify(this.nonces.toJSON());
    const visits = JSON.stringify(this.visits.toJSON());
    const rest = `\n{"seq":${seq},"pinnedKeys":${JSON.stringify(pinnedKeys)},"nonces":${nonces},"visits":${visits},"outbox":${JSON.stringify(outbox)},"settings":${JSON.stringify(settings)}}`;
    const target: Slot = this.newest === 0 ? 1 : 0;
    this.slots.write(target, encodeRecord(this.generation + 1, this.acksSection, Buffer.from(rest)));
    this.generation += 1;
    this.newest = target;
  }

  /** Closes the slots' files (a device being stopped); a later save opens them again. */
  close(): void {
    this.slots?.close();
  }

  /** A change nothing outside has seen yet: written with the next `seq`, or at the end of this turn. */
  private changed(): void {
    if (this.slots === null || this.dirty) return;
    this.dirty = true;
    queueMicrotask(() => {
      if (this.dirty) this.save();
    });
  }
}

interface Loaded {
  data: FlashData;
  generation: number;
  slot: Slot | null;
}

/**
 * The whole record with the highest generation. With none: the earlier single-file format in slot A (as
 * generation 0, so the first save goes to slot B and the old file stays until a record replaced it), else a first
 * boot. Slot A alone unreadable is a first save cut short, before anything was sent; both unreadable is damage no
 * save can cause, so the device refuses to start rather than reuse a `seq` or a nonce.
 */
function load(slots: FlashSlots): Loaded {
  const raw = [slots.read(0), slots.read(1)] as const;
  if (raw[0] === null) return factory(raw[1]);
  let best: Loaded | null = null;
  for (const slot of [0, 1] as const) {
    const bytes = raw[slot];
    const record = bytes === null ? null : readRecord(bytes);
    if (record !== null && (best === null || record.generation > best.generation)) best = { ...record, slot };
  }
  if (best !== null) return best;
  const a = raw[0];
  const legacy = a === null || a.length === 0 ? null : parseLegacy(a);
  if (legacy !== null) return { data: legacy, generation: 0, slot: 0 };
  if (raw[1] !== null && raw[1].length > 0) throw new Error('flash: neither slot holds a whole record');
  return { data: empty(), generation: 0, slot: null };
}

/**
 * No state file (slot A) is factory state, whatever slot B holds: a save always leaves slot A on disk, so only a
 * first boot or a deliberate reset (docs/devices.md: delete the state file) finds none. The first save then goes to
 * slot A with a generation above slot B's, so B's stale record never wins over it.
 */
function factory(b: Buffer | null): Loaded {
  const stale = b === null ? null : decodeRecord(b);
  return stale === null
    ? { data: empty(), generation: 0, slot: null }
    : { data: empty(), generation: stale.generation, slot: 1 };
}

/** A slot's contents if they are a whole record. Its payload: the acks' JSON array, a newline, the other fields. */
export function readRecord(bytes: Buffer): { generation: number; data: FlashData } | null {
  const record = decodeRecord(bytes);
  if (record === null) return null;
  const { payload, generation } = record;
  const newline = payload.indexOf('\n');
  const acks = JSON.parse(payload.slice(0, newline)) as FlashData['acks'];
  return { generation, data: { ...empty(), ...(JSON.parse(payload.slice(newline + 1)) as Partial<FlashData>), acks } };
}

const ackEntry = (id: string, ack: AckData) => Buffer.from(JSON.stringify([id, ack]));

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** A JSON array of already encoded entries. */
function joinEntries(entries: Buffer[]): Buffer {
  const parts: Buffer[] = [OPEN];
  for (const [i, entry] of entries.entries()) {
    if (i > 0) parts.push(COMMA);
    parts.push(entry);
  }
  parts.push(CLOSE);
  return Buffer.concat(parts);
}

function parseLegacy(bytes: Buffer): FlashData | null {
  if (bytes[0] !== 0x7b) return null; // '{': the old file was the JSON object alone
  try {
    return { ...empty(), ...(JSON.parse(bytes.toString('utf8')) as Partial<FlashData>) };
  } catch {
    return null;
  }
}
