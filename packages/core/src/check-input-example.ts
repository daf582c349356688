import type { CheckInput } from './check-input.js';

/** 2026-06-01 10:00 BST, a Monday, inside the delivery window of `passingCheckInput`. */
export const CHECK_EXAMPLE_NOW = Date.parse('2026-06-01T09:00:00Z');

/**
 * A CheckInput on which every check passes at CHECK_EXAMPLE_NOW: an assigned courier at the front door of a London
 * home, inside the window, with lock and camera ready. Tests change one thing at a time; the core benchmark times it.
 */
export function passingCheckInput(daysOff: string[] = []): CheckInput {
  return {
    visitId: 'v-1',
    person: { personId: 'courier-1' },
    purpose: {
      kind: 'delivery',
      deliveryId: 'd-1',
      assignedPersonId: 'courier-1',
      window: { start: '2026-06-01T09:00:00+01:00', end: '2026-06-01T11:00:00+01:00' },
    },
    home: { id: 'h-1', lat: 51.5007, lon: -0.1246, radiusMeters: 80, zone: 'Europe/London' },
    accessPoint: { id: 'ap-1', kind: 'front_door', name: 'front door' },
    preferences: { inHomeAccessPointIds: ['ap-1'], daysOff, pets: 'contained' },
    position: { lat: 51.5008, lon: -0.1246, accuracyMeters: 8 },
    servedArea: { served: true, reason: null },
    lock: { deviceId: 'lk-1', accessPointId: 'ap-1', online: true, battery: 80, clockSkewMs: 120, jammed: false },
    camera: {
      deviceId: 'cm-1',
      accessPointId: 'ap-1',
      online: true,
      battery: 90,
      clockSkewMs: -40,
      coversAccessPointIds: ['ap-1'],
    },
    openVisits: [{ visitId: 'v-1', accessPointId: 'ap-1' }],
  };
}
