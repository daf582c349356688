import { type Db, type Dialect, withTransaction } from '../store/db.js';
import { acceptEvent, type DeviceUpdate } from './device-store.js';

// Group commit for device messages (docs/performance.md §1, docs/decisions.md "Device messages commit in groups").
// Every accepted message still runs its own atomic check-and-set on `last_seq` in the store (docs/protocol.md §3),
// so a replay is refused across nodes; what is shared is the commit: the messages that reach this point in one turn
// of the event loop go into one transaction, one fsync for all instead of one each. A message's caller hears the
// verdict only after that commit, so nothing acts on a message the store could still lose.

interface Pending {
  update: DeviceUpdate;
  resolve(accepted: boolean): void;
  reject(error: unknown): void;
}

/** `heartbeat`: the message is a heartbeat, which may be accepted without a write (heartbeat-gate.ts). */
export type AcceptDeviceUpdate = (update: DeviceUpdate, opts?: { heartbeat?: boolean }) => Promise<boolean>;

/** Runs one group: by device id, so two nodes' groups lock device rows in the same order (no deadlock). */
async function acceptGroup(db: Db, dialect: Dialect, group: readonly Pending[]): Promise<boolean[]> {
  const ordered = [...group].sort((a, b) => (a.update.id < b.update.id ? -1 : a.update.id > b.update.id ? 1 : 0));
  const verdicts = new Map<Pending, boolean>();
  await withTransaction(db, async (tx) => {
    for (const p of ordered) verdicts.set(p, await acceptEvent(tx, dialect, p.update));
  });
  return group.map((p) => verdicts.get(p)!);
}

/**
 * An `acceptEvent` whose writes of one event-loop turn commit together, in the order they were asked for (the sort
 * above is stable), so a device's messages apply in its order. A group that fails is retried one message at a
 * time, so one bad message cannot refuse the others.
 */
export function groupCommitAccept(db: Db, dialect: Dialect): AcceptDeviceUpdate {
  let pending: Pending[] = [];
  let committing = false;

  async function commit(group: readonly Pending[]): Promise<void> {
    if (group.length === 1) {
      // Alone: an autocommit is one statement (on PostgreSQL, one round trip instead of three).
      const [only] = group as [Pending];
      return acceptEvent(db, dialect, only.update).then(only.resolve, only.reject);
    }
    try {
      const verdicts = await acceptGroup(db, dialect, group);
      for (const [i, p] of group.entries()) p.resolve(verdicts[i]!);
    } catch {
      for (const p of group) await acceptEvent(db, dialect, p.update).then(p.resolve, p.reject);
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

  return (update) =>
    new Promise<boolean>((resolve, reject) => {
      pending.push({ update, resolve, reject });
      // setImmediate runs after this turn's I/O callbacks and microtasks: every message read from the sockets and
      // verified meanwhile joins the group.
      if (pending.length === 1) setImmediate(drain);
    });
}
