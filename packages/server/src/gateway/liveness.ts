import type { Bus } from '../bus.js';
import { type Clock, isoAt } from '../ports.js';
import type { Db, Dialect } from '../store/db.js';
import { onlineDeviceIds, writeOnline } from './device-store.js';
import type { GatewayLog } from './log.js';

// Device liveness in memory (docs/performance.md, "Ten thousand devices"): what this node last heard from each
// device and whether the store says it is online. The store is written only when a device changes between online and
// offline, in groups (one statement per direction and group), never per message or heartbeat.
//
// With the embedded broker the broker's own table of connections is the truth: a device is online while it holds a
// connection. A last will that arrives after the device already reconnected is stale and ignored, a clean disconnect
// without a goodbye is an offline, and a sweep marks offline every device the store holds online that has no
// connection and was not heard for `graceMs` (at start: devices the store held online before a restart and that do
// not come back). With an external broker (which outlives the platform and keeps the retained status) the status
// topic and its last will are the truth, as before.

/** Back-off between attempts of a failed online-state write. */
const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5000;

export interface LivenessOptions {
  db: Db;
  dialect: Dialect;
  bus: Bus;
  clock: Clock;
  log: GatewayLog;
  /** Whether the device holds a connection to the embedded broker now; absent with an external broker. */
  connected?: ((deviceId: string) => boolean) | undefined;
  /** How long an unconnected device the store holds online is given to come back before it is marked offline. */
  graceMs: number;
  /** How often the sweep runs. */
  sweepMs: number;
}

interface Entry {
  /** What the store holds (or will hold once the pending write commits). */
  online: boolean;
  heardAt: number;
}

export interface Liveness {
  /**
   * Any accepted message from the device (event, state, heartbeat): heard now, online if it was not. `wroteOnline`:
   * the message's own write already set the store's flag (a hello).
   */
  heard(deviceId: string, wroteOnline?: boolean): void;
  /** The device's `status` topic said `online` or `offline` (a goodbye or its last will). */
  status(deviceId: string, online: boolean): void;
  /** The embedded broker lost the device's connection (any way: will, clean disconnect, keepalive timeout). */
  disconnected(deviceId: string): void;
  /** What this node believes; undefined for a device it has no word on. */
  isOnline(deviceId: string): boolean | undefined;
  /**
   * Drops what this node remembers of these devices (another node handles them now, gateway/ownership.ts), and any
   * transition of theirs not yet written: until it hears them again it has no word on them, and its next transition
   * is written conditionally against the store.
   */
  forget(which: (deviceId: string) => boolean): void;
  /** Loads the devices the store holds online (presumed online until the sweep judges them), starts the sweep. */
  start(): Promise<void>;
  /** Stops the sweep and waits for pending writes; nothing is marked after (a stopping node hears disconnects). */
  stop(): Promise<void>;
  /** Runs the sweep now (tests). */
  sweep(): void;
  /** Resolves once every transition so far is committed. */
  flushed(): Promise<void>;
}

export function createLiveness(o: LivenessOptions): Liveness {
  const entries = new Map<string, Entry>();
  let pending = new Map<string, boolean>();
  let writing: Promise<void> = Promise.resolve();
  let scheduled = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;

  async function write(batch: Map<string, boolean>): Promise<void> {
    const at = o.clock.now();
    for (const online of [true, false]) {
      const ids = [...batch].filter(([, v]) => v === online).map(([id]) => id);
      if (ids.length === 0) continue;
      // Only rows that really change come back, so the bus hears each transition once.
      const changed = await writeOnline(o.db, o.dialect, ids, online, isoAt(at));
      for (const deviceId of changed) o.bus.emit('device.status', { deviceId, online, at });
    }
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // setImmediate: every transition of this turn (a mass disconnect) joins one write; writes run one at a time, so a
    // later transition of the same device is never overtaken by an earlier one.
    setImmediate(() => {
      scheduled = false;
      const batch = pending;
      pending = new Map();
      writing = writing
        .then(() => write(batch))
        .then(
          () => {
            retryMs = FIRST_RETRY_MS;
          },
          (error: unknown) => retry(batch, error),
        );
    });
  }

  /**
   * A write that failed (the database restarting, a deadlock it broke) is tried again until it lands: dropping it
   * would leave those devices' flags stale in the store for good. A transition made meanwhile is newer and wins.
   */
  function retry(batch: Map<string, boolean>, error: unknown): void {
    o.log.error({ err: String(error), devices: batch.size, retryMs }, 'device online state write failed; retrying');
    if (stopped) return;
    for (const [deviceId, online] of batch) if (!pending.has(deviceId)) pending.set(deviceId, online);
    const wait = retryMs;
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    setTimeout(schedule, wait).unref();
  }

  function mark(deviceId: string, online: boolean, entry: Entry | undefined): void {
    if (stopped) return;
    if (entry) entry.online = online;
    else entries.set(deviceId, { online, heardAt: o.clock.now() });
    pending.set(deviceId, online);
    schedule();
  }

  function sweep(): void {
    const connected = o.connected;
    if (!connected) return;
    const before = o.clock.now() - o.graceMs;
    for (const [deviceId, entry] of entries) {
      if (entry.online && entry.heardAt <= before && !connected(deviceId)) mark(deviceId, false, entry);
    }
  }

  return {
    heard(deviceId, wroteOnline = false) {
      const now = o.clock.now();
      let entry = entries.get(deviceId);
      if (entry) {
        entry.heardAt = now;
        if (wroteOnline) entry.online = true;
      } else {
        entry = { online: wroteOnline, heardAt: now };
        entries.set(deviceId, entry);
      }
      // With the embedded broker, a message handled after its device already dropped does not make it online again.
      const live = o.connected ? o.connected(deviceId) : true;
      if (entry.online !== live) mark(deviceId, live, entry);
    },
    status(deviceId, online) {
      const entry = entries.get(deviceId);
      if (entry) entry.heardAt = o.clock.now();
      // A will published for a connection the device already replaced (it is connected, so it is not offline), or an
      // `online` handled after the device dropped again: the broker's table of connections wins.
      if (o.connected && o.connected(deviceId) !== online) return;
      if (entry?.online !== online) mark(deviceId, online, entry);
    },
    disconnected(deviceId) {
      const entry = entries.get(deviceId);
      if (entry?.online === true && !o.connected?.(deviceId)) mark(deviceId, false, entry);
    },
    isOnline(deviceId) {
      return entries.get(deviceId)?.online;
    },
    forget(which) {
      for (const deviceId of entries.keys()) if (which(deviceId)) entries.delete(deviceId);
      // A transition waiting to be tried again is this node's word too: written after the next owner's, it would
      // overwrite a newer one.
      for (const deviceId of pending.keys()) if (which(deviceId)) pending.delete(deviceId);
    },
    async start() {
      stopped = false;
      if (!o.connected) return;
      const now = o.clock.now();
      for (const id of await onlineDeviceIds(o.db)) {
        if (!entries.has(id)) entries.set(id, { online: true, heardAt: now });
      }
      timer = setInterval(sweep, o.sweepMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await new Promise((resolve) => setImmediate(resolve));
      await writing;
    },
    sweep,
    async flushed() {
      await new Promise((resolve) => setImmediate(resolve));
      await writing;
    },
  };
}
