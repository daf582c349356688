import { type Db, type Dialect, withTransaction } from '../store/db.js';
import { type AcceptedRow, acceptEvent, type DeviceUpdate } from './device-store.js';
import { isClockStrike } from './health.js';

// Group commit for device messages (docs/performance.md §1, docs/decisions.md "Device messages commit in groups").
// The replay check stays an atomic check-and-set on `last_seq` in the store (docs/protocol.md §3), so a replay is
// refused across nodes; what is shared is the commit: the messages that reach this point in one turn of the event
// loop go into one transaction, one fsync for all instead of one each. A message's caller hears the verdict only
// after that commit, so nothing acts on a message the store could still lose. What a message causes in the store (a
// visit transition: `within`) is written in the same transaction, so the message and its effect are one commit.

/** Written in the transaction that accepts the message, after its replay check passed; a throw refuses the group. */
export type WithinAccept = (tx: Db) => Promise<void>;

interface Pending {
  update: DeviceUpdate;
  within: WithinAccept | undefined;
  resolve(accepted: boolean): void;
  reject(error: unknown): void;
}

/** `heartbeat`: the message is a heartbeat, which may be accepted without a write (heartbeat-gate.ts). */
export type AcceptDeviceUpdate = (
  update: DeviceUpdate,
  opts?: { heartbeat?: boolean; within?: WithinAccept | undefined },
) => Promise<boolean>;

/** Later fields win; a field a later message leaves out keeps the earlier value (as applying them in turn would). */
function laterWins<T extends object>(earlier: T, later: T): T {
  const out = { ...earlier } as Record<string, unknown>;
  for (const [k, v] of Object.entries(later)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * One device's consecutive messages in a group as one update: the newest `seq`, the health patches and states in
 * turn, guarded by the oldest `seq` (`acceptEvent`'s `firstSeq`). `last_seq` only ever grows, so when it is below
 * the oldest every message of the run is new, and they are accepted together or (a replay among them) not at all.
 * Not for hellos or clock strikes, whose writes count or compare per message.
 */
function asOneUpdate(run: readonly Pending[]): DeviceUpdate | null {
  if (run.length < 2) return null;
  let merged: DeviceUpdate | null = null;
  for (const { update } of run) {
    if (update.hello !== undefined || isClockStrike(update.health)) return null;
    if (merged && update.seq <= merged.seq) return null; // out of order: each judged on its own
    merged = merged ? { ...laterWins(merged, update), health: laterWins(merged.health, update.health) } : update;
  }
  return merged;
}

async function acceptRun(tx: Db, dialect: Dialect, run: readonly Pending[]): Promise<boolean[]> {
  const one = asOneUpdate(run);
  // The row the one update leaves is the device's row after every message of the run: each message hears it, so
  // what follows any of them on the bus needs no read of the row (ingest.ts).
  const returned = (row: AcceptedRow) => {
    for (const p of run) p.update.returned?.(row);
  };
  if (one && (await acceptEvent(tx, dialect, { ...one, returned }, run[0]!.update.seq))) return run.map(() => true);
  const verdicts: boolean[] = [];
  for (const p of run) verdicts.push(await acceptEvent(tx, dialect, p.update));
  return verdicts;
}

/** Runs one group: by device id, so two nodes' groups lock device rows in the same order (no deadlock). */
async function acceptGroup(db: Db, dialect: Dialect, group: readonly Pending[]): Promise<boolean[]> {
  const ordered = [...group].sort((a, b) => (a.update.id < b.update.id ? -1 : a.update.id > b.update.id ? 1 : 0));
  const verdicts = new Map<Pending, boolean>();
  await withTransaction(db, async (tx) => {
    for (let start = 0; start < ordered.length; ) {
      let end = start + 1;
      while (end < ordered.length && ordered[end]!.update.id === ordered[start]!.update.id) end++;
      const run = ordered.slice(start, end);
      for (const [i, ok] of (await acceptRun(tx, dialect, run)).entries()) verdicts.set(run[i]!, ok);
      start = end;
    }
    // What the accepted messages cause, in the order they arrived (a device's own order kept by the stable sort).
    for (const p of group) if (verdicts.get(p) && p.within) await p.within(tx);
  });
  return group.map((p) => verdicts.get(p)!);
}

/** One message alone: an autocommit is one statement (on PostgreSQL, one round trip instead of three). */
function acceptAlone(db: Db, dialect: Dialect, p: Pending): Promise<boolean> {
  const { within } = p;
  if (!within) return acceptEvent(db, dialect, p.update);
  return withTransaction(db, async (tx) => {
    const accepted = await acceptEvent(tx, dialect, p.update);
    if (accepted) await within(tx);
    return accepted;
  });
}

/**
 * An `acceptEvent` whose writes of one event-loop turn commit together, in the order they were asked for (the sort
 * above is stable), so a device's messages apply in its order. A group that fails is retried one message at a
 * time, so one bad message cannot refuse the others: a message whose effect cannot be written is not accepted.
 */
export function groupCommitAccept(db: Db, dialect: Dialect): AcceptDeviceUpdate {
  let pending: Pending[] = [];
  let committing = false;

  async function commit(group: readonly Pending[]): Promise<void> {
    if (group.length === 1) {
      const [only] = group as [Pending];
      return acceptAlone(db, dialect, only).then(only.resolve, only.reject);
    }
    try {
      const verdicts = await acceptGroup(db, dialect, group);
      for (const [i, p] of group.entries()) p.resolve(verdicts[i]!);
    } catch {
      for (const p of group) await acceptAlone(db, dialect, p).then(p.resolve, p.reject);
    }
  }

  /**
   * One group at a time: a device's next message may already wait while its previous one commits, and committing
   * them concurrently (two PostgreSQL connections) could apply the newer `seq` first and refuse the older as a replay.
   * What arrives during a commit forms the next group.
   */
  function drain(): void {
    if (committing || pending.length === 0) return;
    const group = pending;
    pending = [];
    committing = true;
    void commit(group).finally(() => {
      committing = false;
      drain();
    });
  }

  return (update, opts) =>
    new Promise<boolean>((resolve, reject) => {
      pending.push({ update, within: opts?.within, resolve, reject });
      // setImmediate runs after this turn's I/O callbacks and microtasks: every message read from the sockets and
      // verified meanwhile joins the group.
      if (pending.length === 1) setImmediate(drain);
    });
}
