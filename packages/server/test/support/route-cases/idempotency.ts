import type { InjectOptions } from 'fastify';
import { aHome, bearer, customer } from '../app.js';
import { PUSH_KEY } from '../world.js';
import { buildingsIdempotencyCases } from './buildings.js';
import { eligibilityIdempotencyCases } from './eligibility.js';
import { lockersIdempotencyCases } from './lockers.js';
import { apiKey, password, type World } from './shared.js';

/**
 * Every POST under /v1, classified for http-idempotency.test.ts (a POST without an entry fails it):
 *
 * - `creates`: the table that gains one row; `request` is a valid call (built afresh for the sweep, on tenant A).
 *   The sweep sends it twice with one `Idempotency-Key`: one row, the same status and body, nothing else written.
 *   `elsewhere` instead of `request` names the test that does this where the sweep's world cannot (a live device).
 * - `acts`: an effect on something that exists; the route takes the key too and replays its first answer.
 * - `none`: the route does not take the key, and why.
 * Routes in `creates` and `acts` must declare the header; routes in `none` must not.
 */
export type IdempotencyCase =
  | { creates: string; request: (w: World) => Promise<InjectOptions> }
  | { creates: string; elsewhere: string }
  | { acts: string }
  | { none: string };

const post = (url: string, headers: Record<string, string>, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  headers,
  ...(payload === undefined ? {} : { payload }),
});

async function json(w: World, request: InjectOptions): Promise<Record<string, unknown>> {
  const res = await w.app.inject(request);
  if (res.statusCode >= 300) throw new Error(`${request.method} ${request.url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

/** A fresh delivery of tenant A's carrier to its home, assigned to its courier: ready for `arrive`. */
async function assignedDelivery(w: World): Promise<string> {
  const { a } = w;
  const courier = await json(w, { method: 'GET', url: '/v1/me', headers: bearer(a.courierToken) });
  const courierId = ((courier.user as { id?: string } | undefined)?.id ?? courier.id) as string;
  const window = { start: '2026-11-25T08:00:00Z', end: '2026-11-25T11:00:00Z' };
  const booked = await json(
    w,
    post('/v1/deliveries', apiKey(a.keySecret), { homeId: a.homeId, externalId: 'idem-arrive', window }),
  );
  await json(w, post(`/v1/deliveries/${booked.id}/assign`, apiKey(a.keySecret), { courierId }));
  return booked.id as string;
}

const schedule = {
  kind: 'recurring',
  rrule: 'FREQ=DAILY',
  firstDate: '2026-11-20',
  startLocal: '08:00',
  durationMinutes: 240,
};

const atTheDoor = { lat: aHome.lat, lon: aHome.lon, accuracyMeters: 5 };

const acts = (what: string) => ({ acts: what });

export const idempotencyCases: Record<string, IdempotencyCase> = {
  'POST /v1/auth/sign-up': {
    none: 'anonymous: no caller to scope a key to; a retry answers 409 conflict (email taken) and the client signs in',
  },
  'POST /v1/auth/sign-in': {
    none: 'anonymous, and a replayed answer would hand a session token to whoever holds the key; each call is a fresh session',
  },
  'POST /v1/auth/sign-out': { none: 'ends the calling session; a repeat finds it ended (401), which is the goal' },
  'POST /v1/visits/:visitId/capability': {
    none: 'answers a fresh short-lived capability (60 s) each time; a replayed one could be expired; creates nothing',
  },

  'POST /v1/homes': {
    creates: 'homes',
    request: async (w) => post('/v1/homes', bearer(w.a.token), { ...aHome, name: 'Idempotent home' }),
  },
  'POST /v1/homes/:homeId/access-points': {
    creates: 'access_points',
    request: async (w) =>
      post(`/v1/homes/${w.a.homeId}/access-points`, bearer(w.a.token), { kind: 'front_door', name: 'Side' }),
  },
  'POST /v1/homes/:homeId/car': {
    creates: 'cars',
    // The car and its access point are two rows: the replay is checked where both are counted.
    elsewhere: 'car-boot.test.ts, "registers the car once for one Idempotency-Key"',
  },
  'POST /v1/homes/:homeId/members': {
    creates: 'invitations',
    request: async (w) =>
      post(`/v1/homes/${w.a.homeId}/members`, bearer(w.a.token), {
        email: 'idem-guest@example.test',
        role: 'resident',
      }),
  },
  'POST /v1/homes/:homeId/enrolments': {
    creates: 'home_enrolments',
    request: async (w) => {
      const org = await json(
        w,
        post('/v1/organisations', bearer(w.a.token), { name: 'Idem carrier', kind: 'carrier' }),
      );
      return post(`/v1/homes/${w.a.homeId}/enrolments`, bearer(w.a.token), { organisationId: org.id, plan: 'std' });
    },
  },
  'POST /v1/homes/:homeId/grants': {
    creates: 'grants',
    request: async (w) =>
      post(`/v1/homes/${w.a.homeId}/grants`, bearer(w.a.token), {
        grantee: { kind: 'person', email: 'idem-cleaner@example.test' },
        accessPointIds: [w.a.accessPointId],
        schedule,
        maxVisitMinutes: 60,
      }),
  },
  'POST /v1/organisations': {
    creates: 'organisations',
    request: async (w) => post('/v1/organisations', bearer(w.a.token), { name: 'Idempotent org', kind: 'carrier' }),
  },
  'POST /v1/organisations/:organisationId/members': {
    creates: 'memberships',
    request: async (w) =>
      post(`/v1/organisations/${w.a.organisationId}/members`, bearer(w.a.token), {
        email: 'idem-courier@example.test',
        role: 'courier',
        account: { name: 'Idem courier', password },
      }),
  },
  'POST /v1/organisations/:organisationId/api-keys': {
    creates: 'api_keys',
    request: async (w) =>
      post(`/v1/organisations/${w.a.organisationId}/api-keys`, bearer(w.a.token), {
        name: 'idempotent',
        scopes: ['deliveries:read'],
      }),
  },
  'POST /v1/webhook-endpoints': {
    creates: 'webhook_endpoints',
    request: async (w) =>
      post('/v1/webhook-endpoints', bearer(w.a.token), {
        organisationId: w.a.organisationId,
        url: 'https://93.184.216.34/idempotent',
        eventTypes: ['delivery.created'],
        enabled: false,
      }),
  },
  'POST /v1/me/push-subscriptions': {
    creates: 'push_subscriptions',
    request: async (w) =>
      post('/v1/me/push-subscriptions', bearer(w.a.token), {
        endpoint: 'https://push.example.test/send/idempotent',
        keys: { p256dh: PUSH_KEY, auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
      }),
  },
  'POST /v1/deliveries': {
    creates: 'deliveries',
    request: async (w) =>
      post('/v1/deliveries', apiKey(w.a.keySecret), {
        homeId: w.a.homeId,
        externalId: 'idem-1',
        window: { start: '2026-11-25T08:00:00Z', end: '2026-11-25T11:00:00Z' },
      }),
  },
  'POST /v1/deliveries/:deliveryId/arrive': {
    creates: 'visits',
    request: async (w) =>
      post(`/v1/deliveries/${await assignedDelivery(w)}/arrive`, bearer(w.a.courierToken), { position: atTheDoor }),
  },
  'POST /v1/grants/:grantId/check-in': {
    creates: 'visits',
    request: async (w) => {
      const cleaner = await customer(w.app, 'idem-cleaner');
      const grant = await json(
        w,
        post(`/v1/homes/${w.a.homeId}/grants`, bearer(w.a.token), {
          grantee: { kind: 'person', email: cleaner.email },
          accessPointIds: [w.a.accessPointId],
          schedule,
          maxVisitMinutes: 60,
          cameraRequired: false,
        }),
      );
      await json(w, post(`/v1/grants/${grant.id}/accept`, bearer(cleaner.token)));
      return post(`/v1/grants/${grant.id}/check-in`, bearer(cleaner.token), { position: atTheDoor });
    },
  },
  'POST /v1/visits/:visitId/claims': {
    creates: 'claims',
    request: async (w) =>
      post(`/v1/visits/${w.a.visitId}/claims`, bearer(w.a.token), { kind: 'damage', description: 'A dent' }),
  },
  'POST /v1/claims/:claimId/messages': {
    creates: 'claim_messages',
    request: async (w) => post(`/v1/claims/${w.a.claimId}/messages`, bearer(w.a.token), { body: 'Any news?' }),
  },
  'POST /v1/claims/:claimId/photos': {
    creates: 'claim_photos',
    request: async (w) => ({
      method: 'POST',
      url: `/v1/claims/${w.a.claimId}/photos`,
      headers: { ...bearer(w.a.token), 'content-type': 'multipart/form-data; boundary=x' },
      payload: Buffer.concat([
        Buffer.from('--x\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\n'),
        Buffer.from('Content-Type: image/jpeg\r\n\r\n'),
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600, 7)]),
        Buffer.from('\r\n--x--\r\n'),
      ]),
    }),
  },
  'POST /v1/visits/:visitId/support-consent': {
    creates: 'support_consents',
    request: async (w) => post(`/v1/visits/${w.a.visitId}/support-consent`, bearer(w.a.token), { hours: 24 }),
  },
  'POST /v1/devices/pair': {
    creates: 'devices',
    elsewhere: 'devices.test.ts: answers a retried pairing with the same Idempotency-Key as the first time',
  },

  'POST /v1/deliveries/:deliveryId/assign': acts('puts a courier on a delivery'),
  'POST /v1/deliveries/:deliveryId/reattempt': acts('reopens an ended delivery (and writes a ledger fact)'),
  'POST /v1/visits/:visitId/unlock': acts('asks the door to open: a retry must not open it again'),
  'POST /v1/visits/:visitId/complete': acts('ends a visit'),
  'POST /v1/visits/:visitId/abort': acts('ends a visit'),
  'POST /v1/visits/:visitId/fallback': acts('leaves the parcel another way; may store a photo'),
  'POST /v1/grants/:grantId/pause': acts('pauses a grant (a new version)'),
  'POST /v1/grants/:grantId/resume': acts('resumes a grant (a new version)'),
  'POST /v1/grants/:grantId/revoke': acts('revokes a grant'),
  'POST /v1/grants/:grantId/accept': acts('the invited person accepts a grant'),
  'POST /v1/grants/:grantId/cant-come': acts('the worker calls off a window'),
  'POST /v1/visits/:visitId/check-out': acts('ends a grant visit with its verdict'),
  'POST /v1/me/invitations/:invitationId/accept': acts('answers an invitation (a membership)'),
  'POST /v1/me/invitations/:invitationId/decline': acts('answers an invitation'),
  'POST /v1/webhook-endpoints/:endpointId/rotate-secret': acts('a retry must not rotate twice and lose the new secret'),
  'POST /v1/webhook-endpoints/:endpointId/replay': acts('queues past events again'),
  'POST /v1/alerts/:alertId/acknowledge': acts('acknowledges an alert'),
  'POST /v1/claims/:claimId/assign': acts('support takes a claim (and its look at the clips)'),
  'POST /v1/claims/:claimId/request-info': acts('support asks the customer for more; the claim waits'),
  'POST /v1/claims/:claimId/decision': acts('decides a claim'),
  'POST /v1/claims/:claimId/close': acts('closes a resolved claim'),
  ...lockersIdempotencyCases,
  ...buildingsIdempotencyCases,
  ...eligibilityIdempotencyCases,
};
