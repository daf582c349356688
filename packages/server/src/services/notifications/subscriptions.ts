import { isValidZone } from '@threshold/core';
import { isoAt } from '../../ports.js';
import {
  deletePushSubscription,
  listPushSubscriptions,
  type PushSubscriptionRow,
  upsertPushSubscription,
} from '../../store/notifications-repo.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { endpointRefusal } from './endpoint-guard.js';
import {
  loadNotificationPreferences,
  type NotificationPreferences,
  saveNotificationPreferencesFor,
} from './preferences.js';

// A person's own notification settings and browsers: every query is by the caller's user id, so nobody reaches
// another person's (docs/notifications.md "Who may").

export interface NewPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

const base64urlBytes = (value: string) => Buffer.from(value, 'base64url').length;

export async function subscribePush(
  deps: ServiceDeps,
  userId: string,
  input: NewPushSubscription,
  allowPrivate: boolean,
): Promise<Outcome<PushSubscriptionRow>> {
  const refusal = endpointRefusal(input.endpoint, allowPrivate);
  if (refusal) return fail('validation', `body.endpoint ${refusal}`, { field: 'body.endpoint' });
  // RFC 8291: an uncompressed P-256 point (65 bytes, 0x04 first) and a 16-byte authentication secret.
  const key = Buffer.from(input.keys.p256dh, 'base64url');
  if (key.length !== 65 || key[0] !== 4) {
    return fail('validation', 'body.keys.p256dh must be an uncompressed P-256 public key', {
      field: 'body.keys.p256dh',
    });
  }
  if (base64urlBytes(input.keys.auth) !== 16) {
    return fail('validation', 'body.keys.auth must be 16 bytes', { field: 'body.keys.auth' });
  }
  const row = await upsertPushSubscription(deps.db, {
    id: deps.ids.id('psub'),
    user_id: userId,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    created_at: isoAt(deps.clock.now()),
  });
  // Knowing an endpoint is not holding the browser's subscription: only its own keys may move it to another person.
  if (!row) return fail('forbidden', 'This endpoint is subscribed with other keys', { reason: 'endpoint_taken' });
  return { ok: true, value: row };
}

export function pushSubscriptionsOf(deps: ServiceDeps, userId: string): Promise<PushSubscriptionRow[]> {
  return listPushSubscriptions(deps.db, userId);
}

export async function unsubscribePush(deps: ServiceDeps, userId: string, id: string): Promise<Outcome<null>> {
  if (!(await deletePushSubscription(deps.db, userId, id))) return fail('not-found', 'No such push subscription');
  return { ok: true, value: null };
}

export function notificationPreferencesOf(deps: ServiceDeps, userId: string): Promise<NotificationPreferences> {
  return loadNotificationPreferences(deps.db, userId);
}

export async function putNotificationPreferences(
  deps: ServiceDeps,
  userId: string,
  prefs: NotificationPreferences,
): Promise<Outcome<NotificationPreferences>> {
  const zone = prefs.quietHours?.timeZone;
  if (zone !== undefined && !isValidZone(zone)) {
    return fail('validation', `Unknown IANA time zone "${zone}"`, { field: 'body.quietHours.timeZone' });
  }
  return { ok: true, value: await saveNotificationPreferencesFor(deps, userId, prefs) };
}
