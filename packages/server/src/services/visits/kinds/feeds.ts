import type { DeviceKind } from '@threshold/protocol';
import { onVehicleEvent } from './car-events.js';
import { onLockEvent } from './door-events.js';
import type { DeviceFeed } from './feed.js';
import { onOpenerEvent } from './garage-events.js';

/**
 * Which feed turns a device kind's events into visit events (docs/access-points.md): one entry per access kind's
 * device. The camera is shared by every kind and handled by device-events.ts itself.
 */
export const KIND_FEEDS: Partial<Record<DeviceKind, DeviceFeed>> = {
  lock: onLockEvent,
  vehicle: onVehicleEvent,
  opener: onOpenerEvent,
};
