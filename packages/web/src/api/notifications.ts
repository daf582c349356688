import { get, post, put, request } from './client.js';

// The person's notification settings and Web Push subscriptions (docs/notifications.md).

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

export interface ChannelChoice {
  push: boolean;
  email: boolean;
}

export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

export interface NotificationPreferences {
  kinds: Record<NotificationKind, ChannelChoice>;
  /** Absent: no quiet hours. */
  quietHours?: QuietHours;
}

export interface PushSubscriptionView {
  id: string;
  endpoint: string;
  createdAt: string;
}

export const fetchNotificationPreferences = (signal?: AbortSignal) =>
  get<NotificationPreferences>('/v1/me/notification-preferences', signal);
export const saveNotificationPreferences = (prefs: NotificationPreferences) =>
  put<NotificationPreferences>('/v1/me/notification-preferences', prefs);
export const fetchVapidPublicKey = () => get<{ publicKey: string }>('/v1/push/vapid-public-key');
export const listPushSubscriptions = (signal?: AbortSignal) =>
  get<{ items: PushSubscriptionView[] }>('/v1/me/push-subscriptions', signal);
export const addPushSubscription = (subscription: PushSubscriptionJSON) =>
  post<PushSubscriptionView>('/v1/me/push-subscriptions', subscription);
export const removePushSubscription = (id: string) =>
  request<void>('DELETE', `/v1/me/push-subscriptions/${encodeURIComponent(id)}`);
