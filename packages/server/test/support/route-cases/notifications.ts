import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { PUSH_KEY } from '../world.js';
import { apiKey, type RouteCase } from './shared.js';

// Customer notifications (docs/notifications.md): each person's own settings and browsers.

const kinds = Object.fromEntries(
  ['arrival', 'unlock', 'relock', 'done', 'alert', 'grant_visit', 'device_offline'].map((k) => [
    k,
    { push: true, email: false },
  ]),
);
export const validNotificationPreferences = {
  kinds,
  quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Amsterdam' },
};
const subscription = (endpoint: string, auth = 'AAAAAAAAAAAAAAAAAAAAAA') => ({
  endpoint,
  keys: { p256dh: PUSH_KEY, auth },
});
/** Not the keys A's browser subscribed with: B knows A's endpoint, not A's subscription. */
const OTHER_AUTH = 'BBBBBBBBBBBBBBBBBBBBBB';

export const notificationsCases: Record<string, RouteCase> = {
  'GET /v1/push/vapid-public-key': { crossTenant: { none: "the platform's public key; takes no id" } },
  'GET /v1/me/notification-preferences': { crossTenant: { none: "the caller's own preferences" } },
  'PUT /v1/me/notification-preferences': {
    crossTenant: { none: "the caller's own preferences; takes no id" },
    malformed: (w) => [
      ...malformedBodies('PUT', '/v1/me/notification-preferences', bearer(w.a.token), validNotificationPreferences, [
        'kinds',
      ]),
      ...[
        { ...validNotificationPreferences, kinds: { ...kinds, sms: { push: true, email: true } } },
        { ...validNotificationPreferences, kinds: { ...kinds, alert: { push: 'yes', email: false } } },
        { ...validNotificationPreferences, quietHours: { start: '24:00', end: '07:00', timeZone: 'UTC' } },
        { ...validNotificationPreferences, quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Base' } },
      ].map((payload) => ({
        method: 'PUT' as const,
        url: '/v1/me/notification-preferences',
        headers: bearer(w.a.token),
        payload,
      })),
    ],
  },
  'GET /v1/me/push-subscriptions': { crossTenant: { none: "the caller's own browsers" } },
  'POST /v1/me/push-subscriptions': {
    // B's session and B's key, with A's endpoint: neither may take A's browser over.
    crossTenant: (w) => [
      {
        method: 'POST',
        url: '/v1/me/push-subscriptions',
        headers: bearer(w.b.token),
        payload: subscription(w.a.pushEndpoint, OTHER_AUTH),
      },
      {
        method: 'POST',
        url: '/v1/me/push-subscriptions',
        headers: apiKey(w.b.keySecret),
        payload: subscription(w.a.pushEndpoint, OTHER_AUTH),
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        '/v1/me/push-subscriptions',
        bearer(w.a.token),
        subscription('https://push.example.test/send/new'),
        ['endpoint', 'keys'],
      ),
      // Endpoints the server must not POST to, and keys that are not a browser's.
      ...[
        'http://push.example.test/send/x',
        'https://127.0.0.1/send/x',
        'https://localhost/send/x',
        'https://10.1.2.3/send/x',
        'https://[::1]/send/x',
        'https://169.254.169.254/latest',
        'https://user:pw@push.example.test/x',
        'file:///etc/passwd',
        'not a url',
      ].map((endpoint) => ({
        method: 'POST' as const,
        url: '/v1/me/push-subscriptions',
        headers: bearer(w.a.token),
        payload: subscription(endpoint),
      })),
      ...[
        { p256dh: PUSH_KEY.slice(0, 86), auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
        { p256dh: PUSH_KEY, auth: 'AAAA' },
        { p256dh: PUSH_KEY, auth: 'AAAAAAAAAAAAAAAAAAAAAA', extra: 'x' },
      ].map((keys) => ({
        method: 'POST' as const,
        url: '/v1/me/push-subscriptions',
        headers: bearer(w.a.token),
        payload: { endpoint: 'https://push.example.test/send/k', keys },
      })),
    ],
  },
  'DELETE /v1/me/push-subscriptions/:subscriptionId': {
    crossTenant: (w) => [
      { method: 'DELETE', url: `/v1/me/push-subscriptions/${w.a.pushSubscriptionId}`, headers: bearer(w.b.token) },
      { method: 'DELETE', url: `/v1/me/push-subscriptions/${w.a.pushSubscriptionId}`, headers: apiKey(w.b.keySecret) },
      // The home's resident is not the owner who subscribed.
      {
        method: 'DELETE',
        url: `/v1/me/push-subscriptions/${w.a.pushSubscriptionId}`,
        headers: bearer(w.a.residentToken),
      },
    ],
    malformed: (w) =>
      malformedIds(
        'DELETE',
        '/v1/me/push-subscriptions/:subscriptionId',
        { subscriptionId: w.a.pushSubscriptionId },
        bearer(w.a.token),
      ),
  },
};
