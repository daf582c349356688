import type { RequestBodyOf, ResponseOf } from '@threshold/sdk';
import { settle, threshold } from './client.js';

// The person's notification settings and Web Push subscriptions (docs/notifications.md), through the typed SDK.

const { api } = threshold;

export type NotificationPreferences = ResponseOf<'/v1/me/notification-preferences', 'get'>;
export type NotificationKind = keyof NotificationPreferences['kinds'];
export type ChannelChoice = NotificationPreferences['kinds'][NotificationKind];
export type QuietHours = NonNullable<NotificationPreferences['quietHours']>;
export type PushSubscriptionView = ResponseOf<'/v1/me/push-subscriptions', 'get'>['items'][number];
/** What the browser's PushSubscription.toJSON() gives, as the route takes it. */
export type NewPushSubscription = RequestBodyOf<'/v1/me/push-subscriptions', 'post'>;

/** Every kind, in the order the settings page lists them; a kind the route adds fails the type-check here. */
const KINDS: Record<NotificationKind, true> = {
  arrival: true,
  unlock: true,
  relock: true,
  done: true,
  alert: true,
  grant_visit: true,
  device_offline: true,
};
export const NOTIFICATION_KINDS = Object.keys(KINDS) as NotificationKind[];

export const fetchNotificationPreferences = (signal?: AbortSignal) =>
  settle(api.GET('/v1/me/notification-preferences', { signal }));
export const saveNotificationPreferences = (prefs: NotificationPreferences) =>
  settle(api.PUT('/v1/me/notification-preferences', { body: prefs }));
export const fetchVapidPublicKey = () => settle(api.GET('/v1/push/vapid-public-key'));
export const listPushSubscriptions = (signal?: AbortSignal) => settle(api.GET('/v1/me/push-subscriptions', { signal }));
export const addPushSubscription = (subscription: NewPushSubscription) =>
  settle(api.POST('/v1/me/push-subscriptions', { body: subscription }));
export const removePushSubscription = (id: string) =>
  settle(
    api
      .DELETE('/v1/me/push-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: id } } })
      .then((r) => ({ ...r, data: undefined })),
  );
