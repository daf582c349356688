export * from './access-kind.js';
export * from './access-kinds.js';
export * from './address-eligibility.js';
export * from './building-checks.js';
export * from './car-checks.js';
export * from './car-eligibility.js';
export * from './car-visit-checks.js';
export * from './check.js';
export * from './check-input.js';
export * from './checks.js';
export { checkDevicesReady, type DeviceRole } from './checks-devices.js';
export { checkCustomerAllows, checkNoOpenVisit, checkServedArea, checkWithinGeofence } from './checks-home.js';
export { checkPersonAssigned, checkWithinWindow } from './checks-person-time.js';
export * from './claim-machine.js';
export * from './delivery-lifecycle.js';
export * from './eligible-method.js';
export * from './expectations.js';
export * from './fallback.js';
export * from './geofence.js';
export * from './grant-checks.js';
export * from './grant-schedule.js';
export { checkGarageReady } from './kinds/garage.js';
export * from './kinds/locker.js';
export * from './kinds/locker-hours.js';
export * from './kinds/locker-sites.js';
export * from './ledger/index.js';
export * from './method-eligibility.js';
export type { Frequency, RecurrenceRule, RecurrenceUntil, ScheduleResult } from './recurrence.js';
export { formatRrule, parseRrule } from './recurrence-parse.js';
export * from './schedule.js';
export * from './served-area.js';
export * from './verdict.js';
export { REQUIRED_CHECKS } from './visit-arrival.js';
export { liveCapability } from './visit-capability.js';
export * from './visit-events.js';
export * from './visit-machine.js';
export * from './visit-types.js';
export * from './weekly-window.js';
export {
  addDays,
  instantsAtWallTime,
  isValidZone,
  localClock,
  offsetMinutes,
  resolveWallTime,
  type WallTime,
  wallTime,
  weekdayOf,
} from './zone-time.js';
