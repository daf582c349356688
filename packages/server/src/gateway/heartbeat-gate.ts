import type { AcceptDeviceUpdate } from './accept-batch.js';
import type { DeviceUpdate } from './device-store.js';
import { isClockStrike } from './health.js';

// Heartbeats without a durable write (docs/performance.md, "Ten thousand devices"). A camera sends one a second while
// recording; each was an UPDATE of its device row (last_seq, last_seen_at, the clock sample) and one share of a
// commit. A heartbeat changes nothing a reader needs, so it is accepted in memory: still only after its signature
// (ingest.ts), still refused when its `seq` is not above every `seq` this node accepted from the device (the replay
// check), and its clock sample still judged. What the store must hear still goes to it:
// - the first heartbeat of a device on this node (so the `seq` floor starts from the stored `last_seq`);
// - a heartbeat whose clock sample is out of bound (a strike, counted in the store: device-store.ts), and the first
//   one within bound after a strike (it ends the strikes in a row).
// Every other message keeps its atomic check-and-set in the store; its accepted `seq` raises the floor here.
// With several nodes a floor holds only while this node handles the device: `forget` drops it when the device's
// partition moves (gateway/ownership.ts), so the next heartbeat is checked against the store's `last_seq` again and an
// event the other node accepted meanwhile is never accepted twice.

interface Floor {
  seq: number;
  /** The store's strikes in a row are 0 (the last stored message's clock sample was within bound). */
  clean: boolean;
}

export interface HeartbeatGate {
  accept: AcceptDeviceUpdate;
  /** Drops the floors of these devices: their next message goes to the store. */
  forget(which: (deviceId: string) => boolean): void;
}

export function heartbeatGate(durable: AcceptDeviceUpdate): HeartbeatGate {
  const floors = new Map<string, Floor>();

  function stored(update: DeviceUpdate, accepted: boolean): boolean {
    if (!accepted) return false;
    const clean = !isClockStrike(update.health);
    const floor = floors.get(update.id);
    if (floor) {
      floor.seq = Math.max(floor.seq, update.seq);
      floor.clean = clean;
    } else floors.set(update.id, { seq: update.seq, clean });
    return true;
  }

  return {
    accept(update, opts) {
      const floor = floors.get(update.id);
      if (opts?.heartbeat && floor?.clean && !isClockStrike(update.health)) {
        if (update.seq <= floor.seq) return Promise.resolve(false);
        floor.seq = update.seq;
        return Promise.resolve(true);
      }
      return durable(update, opts).then((accepted) => stored(update, accepted));
    },
    forget(which) {
      for (const deviceId of floors.keys()) if (which(deviceId)) floors.delete(deviceId);
    },
  };
}
