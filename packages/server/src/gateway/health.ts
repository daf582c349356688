import type { AnyEvent } from '@threshold/protocol';

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
  /** Device clock minus platform receive time, from the last accepted event (docs/protocol.md §3). */
  clockSkewMs?: number;
}

const ALARM_FIELD = {
  jammed: 'jammed',
  door_ajar: 'doorAjar',
  tamper: 'tamper',
  low_battery: 'lowBattery',
  forced_entry: 'forcedEntry',
  storage_full: 'storageFull',
} as const;

function eventPatch(event: AnyEvent): DeviceHealth {
  switch (event.type) {
    case 'state': {
      const s = event.data;
      if (s.kind === 'lock') {
        const { battery, signal, bolt, door, jammed, doorAjar, tamper } = s;
        return { battery, signal, bolt, door, jammed, doorAjar, tamper };
      }
      return { battery: s.battery, signal: s.signal, storageFreeMb: s.storageFreeMb, recording: s.recording };
    }
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

export function healthPatch(event: AnyEvent, receivedAt: number): DeviceHealth {
  return { ...eventPatch(event), clockSkewMs: event.ts - receivedAt };
}
