import type { AnyEvent, GaragePosition, VehiclePosition, VehicleReportData } from '@threshold/protocol';

// Device health (DESIGN.md, "Devices report health"): what a device's events say about battery, signal, bolt, door,
// alarms, storage, recording and clock. Each event yields a patch merged into the stored health (RFC 7396 style).

export interface DeviceHealth {
  battery?: number;
  signal?: number;
  bolt?: 'locked' | 'unlocked' | 'jammed';
  door?: 'open' | 'closed';
  jammed?: boolean;
  doorAjar?: boolean;
  tamper?: boolean;
  lowBattery?: boolean;
  forcedEntry?: boolean;
  storageFull?: boolean;
  storageFreeMb?: number;
  recording?: boolean;
  /**
   * Device clock minus platform receive time as readiness judges it (docs/protocol.md "Time"): the last sample within
   * CLOCK_SKEW_BOUND_MS, or, once CLOCK_STRIKES_OUT_OF_STEP messages in a row were out of bound, the latest of them.
   * Null when no message was ever within the bound.
   */
  clockSkewMs?: number | null;
  /** The last message's sample, whatever its size. */
  clockLastSkewMs?: number;
  /** Vehicle (docs/protocol-vehicle.md): the last reported fix, parking, ignition and boot, and when it came. */
  position?: VehiclePosition;
  parked?: boolean;
  parkedSince?: number | null;
  ignition?: 'on' | 'off';
  boot?: 'open' | 'closed';
  bootLocked?: boolean;
  /** Platform receive time of the last `vehicle` report or vehicle state. */
  reportedAt?: number;
  /** Garage-door opener (docs/protocol-garage.md): the door's position, its obstruction sensor and the light. */
  garage?: GaragePosition;
  obstructed?: boolean;
  light?: boolean;
  /** Messages in a row whose sample was out of bound; 0 after one within it. */
  clockStrikes?: number;
}

/** How far a device's timestamp may be from the platform's receive time (docs/protocol.md "Time"). */
export const CLOCK_SKEW_BOUND_MS = 30_000;
/** Consecutive out-of-bound messages that make a device's clock out of step: one skewed message cannot. */
export const CLOCK_STRIKES_OUT_OF_STEP = 3;

export function skewOutOfBound(skewMs: number): boolean {
  return Math.abs(skewMs) > CLOCK_SKEW_BOUND_MS;
}

const ALARM_FIELD = {
  jammed: 'jammed',
  door_ajar: 'doorAjar',
  tamper: 'tamper',
  low_battery: 'lowBattery',
  forced_entry: 'forcedEntry',
  storage_full: 'storageFull',
} as const;

function vehiclePatch(r: VehicleReportData): DeviceHealth {
  return { position: r.position, parked: r.parked, parkedSince: r.parkedSince, ignition: r.ignition };
}

function eventPatch(event: AnyEvent): DeviceHealth {
  switch (event.type) {
    case 'state': {
      const s = event.data;
      if (s.kind === 'lock') {
        const { battery, signal, bolt, door, jammed, doorAjar, tamper } = s;
        return { battery, signal, bolt, door, jammed, doorAjar, tamper };
      }
      if (s.kind === 'vehicle') {
        const { battery, signal, boot, locked } = s;
        return { ...vehiclePatch(s), battery, signal, boot, bootLocked: locked };
      }
      if (s.kind === 'opener') {
        const { battery, signal, position, obstructed, light } = s;
        return { battery, signal, garage: position, obstructed, light };
      }
      if (s.kind === 'locker_bank') return { battery: s.battery, signal: s.signal };
      return { battery: s.battery, signal: s.signal, storageFreeMb: s.storageFreeMb, recording: s.recording };
    }
    case 'vehicle':
      return vehiclePatch(event.data);
    case 'boot':
      return { boot: event.data.boot, bootLocked: event.data.locked };
    case 'garage':
      return { garage: event.data.position, obstructed: event.data.obstructed };
    case 'alarm':
      return { [ALARM_FIELD[event.data.alarm]]: event.data.active };
    case 'bolt':
      return { bolt: event.data.bolt, jammed: event.data.bolt === 'jammed' };
    case 'door':
      return { door: event.data.door };
    case 'recording':
      return { recording: event.data.recording === 'started' };
    default:
      return {};
  }
}

/**
 * The patch one accepted event makes. Within the bound its sample is the skew; out of bound it is only a strike
 * (`clockStrikes: 1` as written for a new device; the store counts strikes in a row, device-store.ts).
 */
export function healthPatch(event: AnyEvent, receivedAt: number): DeviceHealth {
  const skew = event.ts - receivedAt;
  const clock = skewOutOfBound(skew)
    ? { clockLastSkewMs: skew, clockStrikes: 1 }
    : { clockSkewMs: skew, clockLastSkewMs: skew, clockStrikes: 0 };
  const reported = event.type === 'vehicle' || (event.type === 'state' && event.data.kind === 'vehicle');
  return { ...eventPatch(event), ...clock, ...(reported ? { reportedAt: receivedAt } : {}) };
}

/** True for a patch whose clock sample was out of bound (see healthPatch). */
export function isClockStrike(patch: DeviceHealth): patch is DeviceHealth & { clockLastSkewMs: number } {
  return patch.clockSkewMs === undefined && patch.clockLastSkewMs !== undefined;
}
