// What a person can be told about, and which of those a fact is (docs/notifications.md "Kinds").

export const NOTIFICATION_KINDS = [
  'arrival',
  'unlock',
  'relock',
  'done',
  'alert',
  'grant_visit',
  'device_offline',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const CHANNELS = ['push', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a visit ended, as the home's alert kinds name it (services/visits/notices.ts). */
const VISIT_ENDINGS = new Set([
  'delivered_inside',
  'left_outside',
  'left_in_locker',
  'delivered_in_building',
  'left_in_package_room',
  'delivery_rescheduled',
  'not_delivered',
  'access_refused',
  'visit_failed',
]);
const DEVICE_CONDITIONS = new Set(['device_offline', 'battery_low']);

/**
 * The notification kind of an alert row: a visit's ending is `done` (`grant_visit` for a service visit), a device
 * condition is `device_offline`, and everything else — an expectation broken, a burst of refusals, a clip that failed
 * its check — is an `alert`, which quiet hours never hold back.
 */
export function kindOfAlert(alertKind: string, visit: { grant: boolean } | null): NotificationKind {
  if (VISIT_ENDINGS.has(alertKind)) return visit?.grant ? 'grant_visit' : 'done';
  if (DEVICE_CONDITIONS.has(alertKind)) return 'device_offline';
  return 'alert';
}

/** The visit states announced as they are entered, and their kind for a delivery's visit. */
export const VISIT_STEP_KINDS: Readonly<Partial<Record<string, NotificationKind>>> = {
  arrived: 'arrival',
  unlocked: 'unlock',
  relocked: 'relock',
};
