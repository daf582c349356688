import { isoAt } from '../../ports.js';
import type { Db } from '../../store/db.js';
import { findNotificationPreferences, saveNotificationPreferences } from '../../store/notifications-repo.js';
import type { ServiceDeps } from '../deps.js';
import { type Channel, NOTIFICATION_KINDS, type NotificationKind } from './kinds.js';
import type { QuietHours } from './quiet-hours.js';

// A person's notification preferences: per kind, which channels besides in-app (always on: the alerts list and the
// live feed are the record), and quiet hours (docs/notifications.md).

export type ChannelChoice = Record<Channel, boolean>;

export interface NotificationPreferences {
  kinds: Record<NotificationKind, ChannelChoice>;
  quietHours: QuietHours | null;
}

const on = (push: boolean, email: boolean): ChannelChoice => ({ push, email });

/** Pushed: everything but the unlock and relock of every visit. Mailed: how a visit ended, and alerts. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  kinds: {
    arrival: on(true, false),
    unlock: on(false, false),
    relock: on(false, false),
    done: on(true, true),
    alert: on(true, true),
    grant_visit: on(true, false),
    device_offline: on(true, true),
  },
  quietHours: null,
};

export async function loadNotificationPreferences(db: Db, userId: string): Promise<NotificationPreferences> {
  return parseNotificationPreferences(await findNotificationPreferences(db, userId));
}

/** A person's saved preferences (the stored JSON, or null: never saved) over the defaults. */
export function parseNotificationPreferences(data: string | null): NotificationPreferences {
  if (data === null) return DEFAULT_NOTIFICATION_PREFERENCES;
  const saved = JSON.parse(data) as Partial<NotificationPreferences>;
  // Kinds added after the person saved keep their defaults.
  const kinds = { ...DEFAULT_NOTIFICATION_PREFERENCES.kinds };
  for (const kind of NOTIFICATION_KINDS) if (saved.kinds?.[kind]) kinds[kind] = saved.kinds[kind];
  return { kinds, quietHours: saved.quietHours ?? null };
}

export async function saveNotificationPreferencesFor(
  deps: ServiceDeps,
  userId: string,
  prefs: NotificationPreferences,
): Promise<NotificationPreferences> {
  await saveNotificationPreferences(deps.db, userId, JSON.stringify(prefs), isoAt(deps.clock.now()));
  return prefs;
}
