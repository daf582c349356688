// Row types for the tables of migrations/20261202-0007-notifications.ts.

export interface NotificationPreferencesTable {
  user_id: string;
  /** JSON of services/notifications/preferences.ts NotificationPreferences. */
  data: string;
  updated_at: string;
}

export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint: string;
  /** The browser's P-256 public key and auth secret, base64url (RFC 8291). */
  p256dh: string;
  auth: string;
  created_at: string;
}

export interface NotificationTables {
  notification_preferences: NotificationPreferencesTable;
  push_subscriptions: PushSubscriptionsTable;
}
