// Which node handles which device (docs/decisions.md "Several nodes: device partitions"). Devices fall into
// PARTITIONS partitions by a hash of their id; a node handles a device's messages only while it holds the lease of its
// partition (cluster/partition-leases.ts keeps the leases in PostgreSQL). Every node receives every device message
// (a plain subscription), so a node that does not own a device keeps its messages for a short while: when it takes
// the partition over from a node that died, it replays what that node may not have handled, oldest first, and the
// store's `last_seq` check skips what the other node did handle (gateway/takeover.ts).

export const PARTITIONS = 64;

/** How long messages of devices owned elsewhere are kept for a takeover: longer than a lease lives. */
const HOLD_MS = 15_000;
/** At most this many messages kept per partition, whatever the rate. */
const HOLD_PER_PARTITION = 2_000;

/** FNV-1a (32 bit) of the device id, modulo PARTITIONS: stable across nodes, versions and restarts. */
export function partitionOf(deviceId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < deviceId.length; i++) {
    hash ^= deviceId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % PARTITIONS;
}

export interface HeldMessage {
  deviceId: string;
  topic: string;
  payload: Buffer;
  /** A retained copy sent on subscribe (mqtt-client.ts). */
  retained: boolean;
  /** performance.now() when it arrived. */
  at: number;
}

export interface OwnershipHooks {
  /** Messages kept for partitions just taken over, oldest first: handle them before anything newer. */
  replay(messages: readonly HeldMessage[]): void;
  /** Resolves once every message of these partitions already being handled is finished (before a lease is given back). */
  drain(partitions: ReadonlySet<number>): Promise<void>;
  /**
   * Drops what this node remembers of the devices of these partitions (online flags, `seq` floors): another node
   * handles them now, or did meanwhile. Called when a partition is given back and again when one is taken (its lease
   * may also have run out without a `revoke`), so what a node knows of a device it takes starts from the store.
   */
  forget(partitions: ReadonlySet<number>): void;
}

export class DeviceOwnership {
  /** Partition → local deadline (performance.now()) until which its lease is certainly still ours. */
  readonly #owned = new Map<number, number>();
  readonly #held = new Map<number, HeldMessage[]>();
  readonly #now: () => number;
  #hooks: OwnershipHooks | undefined;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** The gateway attaches here once it can replay and drain. */
  attach(hooks: OwnershipHooks): void {
    this.#hooks = hooks;
  }

  owns(deviceId: string): boolean {
    return (this.#owned.get(partitionOf(deviceId)) ?? Number.NEGATIVE_INFINITY) > this.#now();
  }

  /** Keeps a message of a device this node does not own, in case this node takes its partition over soon. */
  hold(deviceId: string, topic: string, payload: Buffer, retained = false): void {
    const partition = partitionOf(deviceId);
    const now = this.#now();
    const list = this.#held.get(partition) ?? [];
    list.push({ deviceId, topic, payload, retained, at: now });
    let drop = 0;
    while (drop < list.length && (list[drop]!.at < now - HOLD_MS || list.length - drop > HOLD_PER_PARTITION)) drop++;
    this.#held.set(partition, drop === 0 ? list : list.slice(drop));
  }

  /** Devices with messages kept for these partitions: the caller reads their `last_seq` before `grant`. */
  heldDevices(partitions: readonly number[]): string[] {
    const ids = new Set<string>();
    for (const partition of partitions) for (const m of this.#held.get(partition) ?? []) ids.add(m.deviceId);
    return [...ids];
  }

  /**
   * Leases held (renewed or newly taken) until `deadline`. A partition newly taken replays what was kept for it,
   * oldest first, in the same turn (so before any newer message), leaving out what the store already accepted:
   * an event or state whose `seq` is not above the device's `last_seq` as read after the lease was taken.
   */
  grant(partitions: readonly number[], deadline: number, lastSeq: ReadonlyMap<string, number> = new Map()): void {
    const now = this.#now();
    const fresh = new Set<number>();
    const taken: HeldMessage[] = [];
    for (const partition of partitions) {
      const before = this.#owned.get(partition);
      this.#owned.set(partition, deadline);
      if (before !== undefined && before > now) continue;
      fresh.add(partition);
      for (const m of this.#held.get(partition) ?? []) if (m.at >= now - HOLD_MS && !handled(m, lastSeq)) taken.push(m);
      this.#held.delete(partition);
    }
    if (fresh.size > 0) this.#hooks?.forget(fresh);
    if (taken.length > 0) this.#hooks?.replay(taken.sort((a, b) => a.at - b.at));
  }

  /** Stops handling these partitions at once, and resolves when what was under way for them is finished. */
  async revoke(partitions: readonly number[]): Promise<void> {
    for (const partition of partitions) this.#owned.delete(partition);
    const released = new Set(partitions);
    await this.#hooks?.drain(released);
    // Only if none was taken again meanwhile (a grant between the two forgets on its own, and may have heard more since).
    const still = new Set([...released].filter((p) => !this.#owned.has(p)));
    if (still.size > 0) this.#hooks?.forget(still);
  }

  /** Partitions whose lease this node holds now. */
  owned(): number[] {
    const now = this.#now();
    return [...this.#owned].filter(([, deadline]) => deadline > now).map(([partition]) => partition);
  }
}

/** Whether the previous owner already accepted this event or state (a status carries no seq: always replayed). */
function handled(m: HeldMessage, lastSeq: ReadonlyMap<string, number>): boolean {
  const last = lastSeq.get(m.deviceId);
  if (last === undefined || m.topic.endsWith('/status')) return false;
  try {
    const seq = (JSON.parse(m.payload.toString('utf8')) as { seq?: unknown }).seq;
    return typeof seq === 'number' && seq <= last;
  } catch {
    return false;
  }
}
