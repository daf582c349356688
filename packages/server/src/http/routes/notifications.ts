import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NOTIFICATION_KINDS } from '../../services/notifications/kinds.js';
import type { NotificationPreferences } from '../../services/notifications/preferences.js';
import type { QuietHours } from '../../services/notifications/quiet-hours.js';
import {
  notificationPreferencesOf,
  pushSubscriptionsOf,
  putNotificationPreferences,
  subscribePush,
  unsubscribePush,
} from '../../services/notifications/subscriptions.js';
import type { PushSubscriptionRow } from '../../store/notifications-repo.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { Problem } from '../problems.js';
import { IdSchema, Nullable, problems, Timestamp, USER_SECURITY } from '../schemas.js';

// A person's notifications: channels per kind, quiet hours, and the browsers subscribed to Web Push
// (docs/notifications.md). Signed-in people only, each for themselves; the VAPID public key is public.

const Choice = Type.Object({ push: Type.Boolean(), email: Type.Boolean() }, { additionalProperties: false });
const HHMM = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: "Local 'HH:MM'" });

export const NotificationPreferencesSchema = Type.Object(
  {
    kinds: Type.Object(
      Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, Choice])) as Record<string, typeof Choice>,
      {
        additionalProperties: false,
        description: 'Per kind, the channels besides in-app (always on)',
      },
    ),
    // Absent: none. (Not null: every field of a body refuses null, as the malformed-input sweep insists.)
    quietHours: Type.Optional(
      Type.Object(
        { start: HHMM, end: HHMM, timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone' }) },
        { additionalProperties: false, description: 'Nothing but alerts is pushed or mailed inside these hours' },
      ),
    ),
  },
  { additionalProperties: false },
);

const base64url = (min: number, max: number) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]+={0,2}$', minLength: min, maxLength: max });

const SubscriptionBody = Type.Object(
  {
    endpoint: Type.String({ minLength: 1, maxLength: 2048, description: 'The push service URL the browser gave' }),
    expirationTime: Type.Optional(Nullable(Type.Number())),
    keys: Type.Object({ p256dh: base64url(80, 100), auth: base64url(16, 32) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
const SubscriptionView = Type.Object({ id: Type.String(), endpoint: Type.String(), createdAt: Timestamp });
const SubscriptionParams = Type.Object({ subscriptionId: IdSchema('psub') }, { additionalProperties: false });

const present = ({ kinds, quietHours }: NotificationPreferences) => (quietHours ? { kinds, quietHours } : { kinds });
const presentSubscription = (row: PushSubscriptionRow) => ({
  id: row.id,
  endpoint: row.endpoint,
  createdAt: row.created_at,
});

export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications'];

  app.get(
    '/push/vapid-public-key',
    {
      schema: {
        tags,
        summary: "The platform's VAPID public key, for PushManager.subscribe's applicationServerKey",
        response: { 200: Type.Object({ publicKey: Type.String() }), ...problems(503) },
      },
    },
    async () => {
      const publicKey = app.deps.notifications?.vapidPublicKey;
      if (!publicKey) throw new Problem('unavailable', 'Web Push is not configured on this server');
      return { publicKey };
    },
  );

  app.get(
    '/me/notification-preferences',
    {
      schema: {
        tags,
        security: USER_SECURITY,
        response: { 200: NotificationPreferencesSchema, ...problems(401, 403) },
      },
    },
    async (request) => present(await notificationPreferencesOf(app.services, requireUser(request).userId)),
  );

  app.put(
    '/me/notification-preferences',
    {
      schema: {
        tags,
        security: USER_SECURITY,
        body: NotificationPreferencesSchema,
        response: { 200: NotificationPreferencesSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      const { kinds, quietHours } = request.body as {
        kinds: NotificationPreferences['kinds'];
        quietHours?: QuietHours;
      };
      const prefs = { kinds, quietHours: quietHours ?? null };
      return present(unwrap(await putNotificationPreferences(app.services, userId, prefs)));
    },
  );

  app.get(
    '/me/push-subscriptions',
    {
      schema: {
        tags,
        security: USER_SECURITY,
        response: { 200: Type.Object({ items: Type.Array(SubscriptionView) }), ...problems(401, 403) },
      },
    },
    async (request) => ({
      items: (await pushSubscriptionsOf(app.services, requireUser(request).userId)).map(presentSubscription),
    }),
  );

  app.post(
    '/me/push-subscriptions',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Subscribe this browser to Web Push (the body is PushSubscription.toJSON())',
        security: USER_SECURITY,
        body: SubscriptionBody,
        response: { 201: SubscriptionView, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const allowPrivate = app.deps.config.notifications.pushAllowPrivate;
      const row = unwrap(await subscribePush(app.services, userId, request.body, allowPrivate));
      return reply.code(201).send(presentSubscription(row));
    },
  );

  app.delete(
    '/me/push-subscriptions/:subscriptionId',
    {
      schema: {
        tags,
        security: USER_SECURITY,
        params: SubscriptionParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      unwrap(await unsubscribePush(app.services, userId, request.params.subscriptionId));
      return reply.code(204).send(null);
    },
  );
};
