import type { AnyEvent, DeviceKind } from '@threshold/protocol';
import type { AcceptedRow } from './gateway/device-store.js';
import type { HomeBusEvents } from './live/home-events.js';

/**
 * The device's row as the statement accepting the event left it, and when that row came back (`performance.now()` of
 * this process, before the commit): the live feed and the device alerts use it instead of reading the row again,
 * unless a `device.status` heard since may have changed it (services/devices-repo.ts `deviceAfter`). Absent for a
 * device's first hello, a heartbeat accepted in memory, the earlier messages of a run accepted in one statement.
 */
export interface AcceptedDevice {
  row: AcceptedRow;
  at: number;
}

// The events server modules exchange (STYLE.md §4): modules never call each other, they publish and subscribe here.
export interface BusEvents extends HomeBusEvents {
  /** A verified, non-replayed device event (including `state`), after the store was updated. */
  'device.event': { deviceId: string; event: AnyEvent; receivedAt: number; device?: AcceptedDevice };
  /** The device's status topic changed. */
  'device.status': { deviceId: string; online: boolean; at: number };
  /** A device was seen for the first time (its first verified hello). */
  'device.registered': { deviceId: string; kind: DeviceKind; at: number };
  /** A device message was refused (gateway/refusals.ts), before its row is written. */
  'device.refused': { deviceId: string; reason: string };
}

export type BusListener<T> = (payload: T) => void;

/** A small typed, synchronous emitter. `on` returns the unsubscribe function a module calls on stop. */
export class Bus<M extends object = BusEvents> {
  readonly #listeners = new Map<keyof M, Set<BusListener<never>>>();

  on<K extends keyof M>(name: K, listener: BusListener<M[K]>): () => void {
    let set = this.#listeners.get(name);
    if (!set) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    set.add(listener as BusListener<never>);
    return () => this.off(name, listener);
  }

  off<K extends keyof M>(name: K, listener: BusListener<M[K]>): void {
    this.#listeners.get(name)?.delete(listener as BusListener<never>);
  }

  /** A throwing listener must not stop the others nor the emitter: its error goes to `onError`. */
  emit<K extends keyof M>(name: K, payload: M[K], onError?: (error: unknown) => void): void {
    const set = this.#listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as BusListener<M[K]>)(payload);
      } catch (error) {
        onError?.(error);
      }
    }
  }

  listenerCount(name: keyof M): number {
    return this.#listeners.get(name)?.size ?? 0;
  }
}
