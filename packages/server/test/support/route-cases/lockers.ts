import type { FastifyInstance, InjectOptions } from 'fastify';
import { aHome, bearer, call } from '../app.js';
import { lockerSite } from '../locker-world.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import type { Tenant, TenantVisit } from '../world.js';
import type { IdempotencyCase } from './idempotency.js';
import type { PrivilegeCase } from './privilege.js';
import { apiKey, type RouteCase, type World } from './shared.js';

// Parcel lockers (docs/lockers.md) in the route sweeps: each tenant also runs a locker operator with one site, has a
// locker delivery reserved there for its courier, and a pending request to open two compartments.

export interface TenantLockers {
  lockerOrganisationId: string;
  siteId: string;
  bankId: string;
  /** Compartments A1 (M, reserved), A2 and A3 (S, free). */
  compartmentIds: string[];
  lockerDeliveryId: string;
  reservationId: string;
  openRequestId: string;
}

async function ok(app: FastifyInstance, request: InjectOptions): Promise<Record<string, unknown>> {
  const res = await app.inject(request);
  if (res.statusCode >= 300) throw new Error(`${request.method} ${request.url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

const post = (url: string, headers: Record<string, string>, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  headers,
  ...(payload === undefined ? {} : { payload }),
});

async function lockersOf(app: FastifyInstance, t: Tenant & TenantVisit): Promise<TenantLockers> {
  const org = await ok(app, post('/v1/organisations', bearer(t.token), { name: 'Lockers', kind: 'locker_operator' }));
  const site = await lockerSite(app, { admin: t, organisationId: org.id as string }, 'Alpha', 0.001, ['M', 'S', 'S']);
  const me = await call(app, t.courierToken, { method: 'GET', url: '/v1/me' });
  const courier = me.json() as { user?: { id: string }; id?: string };
  const booked = await ok(
    app,
    post('/v1/deliveries', apiKey(t.keySecret), {
      homeId: t.homeId,
      externalId: 'sweep-locker',
      window: { start: '2026-11-25T08:00:00Z', end: '2026-11-25T11:00:00Z' },
      locker: { size: 'M', siteId: site.siteId },
    }),
  );
  await ok(
    app,
    post(`/v1/deliveries/${booked.id}/assign`, apiKey(t.keySecret), { courierId: courier.user?.id ?? courier.id }),
  );
  const reservation = await ok(app, {
    method: 'GET',
    url: `/v1/deliveries/${booked.id}/locker`,
    headers: apiKey(t.keySecret),
  });
  const compartmentIds = site.compartments.map((c) => c.id);
  const request = await ok(
    app,
    post(`/v1/locker-sites/${site.siteId}/open-requests`, bearer(t.token), {
      compartmentIds: compartmentIds.slice(1),
      reason: 'inventory',
    }),
  );
  return {
    lockerOrganisationId: org.id as string,
    siteId: site.siteId,
    bankId: site.bankId,
    compartmentIds,
    lockerDeliveryId: booked.id as string,
    reservationId: reservation.id as string,
    openRequestId: request.id as string,
  };
}

/** Both tenants with their lockers (after `withDeliveries`). */
export async function withLockers<T extends Tenant & TenantVisit>(w: { app: FastifyInstance; a: T; b: T }) {
  return {
    ...w,
    a: { ...w.a, ...(await lockersOf(w.app, w.a)) },
    b: { ...w.b, ...(await lockersOf(w.app, w.b)) },
  };
}

const newSite = (organisationId: string) => ({
  organisationId,
  name: 'Beta',
  lat: aHome.lat,
  lon: aHome.lon,
  timeZone: 'Europe/Amsterdam',
  openingHours: 'always',
  hasCamera: false,
});
const weekdayHours = {
  openingHours: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, open: '07:00', close: '22:00' })),
};
const put = (url: string, headers: Record<string, string>, payload: object): InjectOptions => ({
  method: 'PUT',
  url,
  headers,
  payload,
});
const newBank = { name: 'Bank 2', compartments: [{ label: 'Z1', size: 'L' }] };
const aCode = { compartment: 'A3', code: '12345678' };
const aClaim = { claimCode: 'ABCD-EFGH-JKMN' };

/** B's session, B's API key and B's courier, each on A's id. */
const asB = (w: World, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): InjectOptions[] =>
  [bearer(w.b.token), apiKey(w.b.keySecret), bearer(w.b.courierToken)].map((headers) => ({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  }));

/** Malformed bodies and ids for a POST under A's site, as A's admin. */
const siteMalformed = (w: World, path: string, valid: Record<string, unknown>, fields: string[]): InjectOptions[] => [
  ...malformedBodies('POST', `/v1/locker-sites/${w.a.siteId}/${path}`, bearer(w.a.token), valid, fields),
  ...malformedIds('POST', `/v1/locker-sites/:siteId/${path}`, { siteId: w.a.siteId }, bearer(w.a.token), valid),
];

const reservationStep = (action: string): RouteCase => ({
  crossTenant: (w) => asB(w, 'POST', `/v1/locker-reservations/${w.a.reservationId}/${action}`),
  malformed: (w) =>
    malformedIds(
      'POST',
      `/v1/locker-reservations/:reservationId/${action}`,
      { reservationId: w.a.reservationId },
      bearer(w.a.courierToken),
    ),
});

export const lockersCases: Record<string, RouteCase> = {
  'POST /v1/locker-sites': {
    crossTenant: (w) => asB(w, 'POST', '/v1/locker-sites', newSite(w.a.lockerOrganisationId)),
    malformed: (w) =>
      malformedBodies('POST', '/v1/locker-sites', bearer(w.a.token), newSite(w.a.lockerOrganisationId), [
        'organisationId',
        'name',
        'lat',
        'lon',
        'timeZone',
        'openingHours',
        'hasCamera',
      ]),
  },
  'GET /v1/locker-sites': { crossTenant: { none: "the sites of the caller's own organisations" } },
  'GET /v1/locker-sites/:siteId': {
    crossTenant: (w) => asB(w, 'GET', `/v1/locker-sites/${w.a.siteId}`),
    malformed: (w) => malformedIds('GET', '/v1/locker-sites/:siteId', { siteId: w.a.siteId }, bearer(w.a.token)),
  },
  'PUT /v1/locker-sites/:siteId/opening-hours': {
    crossTenant: (w) => asB(w, 'PUT', `/v1/locker-sites/${w.a.siteId}/opening-hours`, weekdayHours),
    malformed: (w) => {
      const url = `/v1/locker-sites/${w.a.siteId}/opening-hours`;
      const headers = bearer(w.a.token);
      const window = (open: string, close: string) => ({ openingHours: [{ day: 'mon', open, close }] });
      return [
        ...malformedBodies('PUT', url, headers, weekdayHours, ['openingHours']),
        ...malformedIds('PUT', '/v1/locker-sites/:siteId/opening-hours', { siteId: w.a.siteId }, headers, weekdayHours),
        // What the schema lets through and core refuses, and what it does not.
        ...[window('07:00', '07:00'), window('7:00', '22:00'), window('07:00', '24:01'), { openingHours: [] }].map(
          (payload) => put(url, headers, payload),
        ),
        put(url, headers, { openingHours: [{ day: 'monday', open: '07:00', close: '22:00' }] }),
        put(url, headers, { openingHours: 'never' }),
      ];
    },
  },
  'POST /v1/locker-sites/:siteId/banks': {
    crossTenant: (w) => asB(w, 'POST', `/v1/locker-sites/${w.a.siteId}/banks`, newBank),
    malformed: (w) => siteMalformed(w, 'banks', newBank, ['name', 'compartments']),
  },
  'POST /v1/locker-sites/:siteId/banks/:bankId/pair': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/locker-sites/${w.a.siteId}/banks/${w.a.bankId}/pair`, aClaim),
      // B's own site, naming A's bank.
      post(`/v1/locker-sites/${w.b.siteId}/banks/${w.a.bankId}/pair`, bearer(w.b.token), aClaim),
    ],
    malformed: (w) => [
      ...malformedBodies('POST', `/v1/locker-sites/${w.a.siteId}/banks/${w.a.bankId}/pair`, bearer(w.a.token), aClaim, [
        'claimCode',
      ]),
      ...malformedIds(
        'POST',
        '/v1/locker-sites/:siteId/banks/:bankId/pair',
        { siteId: w.a.siteId, bankId: w.a.bankId },
        bearer(w.a.token),
        aClaim,
      ),
    ],
  },
  'POST /v1/locker-sites/:siteId/camera/pair': {
    crossTenant: (w) => asB(w, 'POST', `/v1/locker-sites/${w.a.siteId}/camera/pair`, aClaim),
    malformed: (w) => siteMalformed(w, 'camera/pair', aClaim, ['claimCode']),
  },
  'GET /v1/locker-reservations/:reservationId/clips': {
    crossTenant: (w) => asB(w, 'GET', `/v1/locker-reservations/${w.a.reservationId}/clips`),
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/locker-reservations/:reservationId/clips',
        { reservationId: w.a.reservationId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/locker-sites/:siteId/open-requests': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/locker-sites/${w.a.siteId}/open-requests`, {
        compartmentIds: [w.a.compartmentIds[1]],
        reason: 'mine now',
      }),
      // B's own site, naming A's compartment.
      post(`/v1/locker-sites/${w.b.siteId}/open-requests`, bearer(w.b.token), {
        compartmentIds: [w.a.compartmentIds[1]],
        reason: 'mine now',
      }),
    ],
    malformed: (w) =>
      siteMalformed(w, 'open-requests', { compartmentIds: [w.a.compartmentIds[1]], reason: 'maintenance' }, [
        'compartmentIds',
        'reason',
      ]),
  },
  'GET /v1/locker-sites/:siteId/open-requests': {
    crossTenant: (w) => [
      ...asB(w, 'GET', `/v1/locker-sites/${w.a.siteId}/open-requests`),
      ...asB(w, 'GET', `/v1/locker-sites/${w.a.siteId}/open-requests?status=pending`),
    ],
    malformed: (w) => [
      ...malformedIds('GET', '/v1/locker-sites/:siteId/open-requests', { siteId: w.a.siteId }, bearer(w.a.token)),
      { method: 'GET', url: `/v1/locker-sites/${w.a.siteId}/open-requests?status=closed`, headers: bearer(w.a.token) },
    ],
  },
  'POST /v1/locker-open-requests/:requestId/approve': {
    crossTenant: (w) => asB(w, 'POST', `/v1/locker-open-requests/${w.a.openRequestId}/approve`),
    malformed: (w) =>
      malformedIds(
        'POST',
        '/v1/locker-open-requests/:requestId/approve',
        { requestId: w.a.openRequestId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/locker-sites/:siteId/pickup': {
    // The code is the credential, not the caller; B (or anyone) at A's site with a guess opens nothing.
    crossTenant: (w) => asB(w, 'POST', `/v1/locker-sites/${w.a.siteId}/pickup`, aCode),
    malformed: (w) => [
      ...malformedBodies('POST', `/v1/locker-sites/${w.a.siteId}/pickup`, {}, aCode, ['compartment', 'code']),
      ...[{ code: '1234' }, { code: 'abcdefgh' }, { compartment: 'a1; drop' }].map((change) =>
        post(`/v1/locker-sites/${w.a.siteId}/pickup`, {}, { ...aCode, ...change }),
      ),
      ...malformedIds('POST', '/v1/locker-sites/:siteId/pickup', { siteId: w.a.siteId }, {}, aCode),
    ],
  },
  'GET /v1/deliveries/:deliveryId/locker': {
    crossTenant: (w) => asB(w, 'GET', `/v1/deliveries/${w.a.lockerDeliveryId}/locker`),
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/deliveries/:deliveryId/locker',
        { deliveryId: w.a.lockerDeliveryId },
        apiKey(w.a.keySecret),
      ),
  },
  'GET /v1/homes/:homeId/locker-reservations': {
    crossTenant: (w) => asB(w, 'GET', `/v1/homes/${w.a.homeId}/locker-reservations`),
    malformed: (w) =>
      malformedIds('GET', '/v1/homes/:homeId/locker-reservations', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/locker-reservations/:reservationId': {
    crossTenant: (w) => asB(w, 'GET', `/v1/locker-reservations/${w.a.reservationId}`),
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/locker-reservations/:reservationId',
        { reservationId: w.a.reservationId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/locker-reservations/:reservationId/open': reservationStep('open'),
  'POST /v1/locker-reservations/:reservationId/drop': reservationStep('drop'),
  'POST /v1/locker-reservations/:reservationId/pickup-code': reservationStep('pickup-code'),
  'POST /v1/locker-reservations/:reservationId/cancel': reservationStep('cancel'),
  'POST /v1/locker-reservations/:reservationId/lift-lockout': reservationStep('lift-lockout'),
  'POST /v1/locker-reservations/:reservationId/hold': {
    crossTenant: (w) =>
      asB(w, 'POST', `/v1/locker-reservations/${w.a.reservationId}/hold`, { until: '2026-12-01T00:00:00Z' }),
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/locker-reservations/${w.a.reservationId}/hold`,
        bearer(w.a.token),
        { until: '2026-12-01T00:00:00Z' },
        ['until'],
      ),
      ...malformedIds(
        'POST',
        '/v1/locker-reservations/:reservationId/hold',
        { reservationId: w.a.reservationId },
        bearer(w.a.token),
        { until: '2026-12-01T00:00:00Z' },
      ),
    ],
  },
};

const nothing: PrivilegeCase = { grants: 'nothing' };

export const lockersPrivilegeCases: Record<string, PrivilegeCase> = {
  'POST /v1/locker-sites': {
    grants: 'nothing',
    why: 'a site of a locker operator the caller already administers; membership is unchanged',
  },
  'GET /v1/locker-sites': nothing,
  'GET /v1/locker-sites/:siteId': nothing,
  'POST /v1/locker-sites/:siteId/banks': { grants: 'nothing', why: 'compartments at a site the caller administers' },
  'PUT /v1/locker-sites/:siteId/opening-hours': {
    grants: "the hours in which a site's compartments open for couriers and codes",
    // The courier and the resident of A, and B, may not open A's site around the clock.
    widen: (w) =>
      [w.a.courierToken, w.a.residentToken, w.b.token].map((token) =>
        put(`/v1/locker-sites/${w.a.siteId}/opening-hours`, bearer(token), { openingHours: 'always' }),
      ),
  },
  'POST /v1/locker-sites/:siteId/banks/:bankId/pair': {
    grants: "a locker bank's device taking the platform's commands and its reports counting at the site",
    // The courier and the resident of A, and B, may not pair a device to A's bank.
    widen: (w) =>
      [w.a.courierToken, w.a.residentToken, w.b.token].map((token) =>
        post(`/v1/locker-sites/${w.a.siteId}/banks/${w.a.bankId}/pair`, bearer(token), aClaim),
      ),
  },
  'POST /v1/locker-sites/:siteId/camera/pair': {
    grants: "a camera recording every parcel opening at the site, its clips seen by the site's operator",
    // The courier and the resident of A, and B, may not pair a camera to A's site (nor watch through one).
    widen: (w) =>
      [w.a.courierToken, w.a.residentToken, w.b.token].map((token) =>
        post(`/v1/locker-sites/${w.a.siteId}/camera/pair`, bearer(token), aClaim),
      ),
  },
  'GET /v1/locker-reservations/:reservationId/clips': {
    grants: 'nothing',
    why: "reads the footage of the household's own parcel or the operator's own site; the carrier is refused",
  },
  'POST /v1/locker-sites/:siteId/open-requests': {
    grants: 'one compartment opened by an operator admin; more than one only with a second admin',
    // The courier and the resident of A, and B, may not open A's compartments by hand.
    widen: (w) =>
      [w.a.courierToken, w.a.residentToken, w.b.token].map((token) =>
        post(`/v1/locker-sites/${w.a.siteId}/open-requests`, bearer(token), {
          compartmentIds: w.a.compartmentIds,
          reason: 'open them all',
        }),
      ),
  },
  'GET /v1/locker-sites/:siteId/open-requests': {
    grants: 'nothing',
    why: "reads the openings asked for at the operator's own site, to approve them; approving is its own route",
  },
  'POST /v1/locker-open-requests/:requestId/approve': {
    grants: 'the opening of many compartments, by an admin other than the one who asked',
    // The admin who asked may not approve their own request; nor may anybody outside the operator.
    widen: (w) =>
      [w.a.token, w.a.courierToken, w.a.residentToken, w.b.token].map((token) =>
        post(`/v1/locker-open-requests/${w.a.openRequestId}/approve`, bearer(token)),
      ),
  },
  'POST /v1/locker-sites/:siteId/pickup': {
    grants: 'one compartment opened once, for the holder of its own pickup code',
    // Guesses at a free compartment, and at one that does not exist, open nothing (and count nowhere).
    widen: (w) =>
      ['A3', 'A9'].map((compartment) =>
        post(`/v1/locker-sites/${w.a.siteId}/pickup`, {}, { compartment, code: '00000000' }),
      ),
  },
  'GET /v1/deliveries/:deliveryId/locker': nothing,
  'GET /v1/homes/:homeId/locker-reservations': nothing,
  'GET /v1/locker-reservations/:reservationId': nothing,
  'POST /v1/locker-reservations/:reservationId/open': {
    grants: "one opening of the reserved compartment, for the delivery's assigned courier",
    widen: (w) =>
      [w.a.token, w.a.residentToken, w.b.courierToken].map((token) =>
        post(`/v1/locker-reservations/${w.a.reservationId}/open`, bearer(token)),
      ),
  },
  'POST /v1/locker-reservations/:reservationId/drop': nothing,
  'POST /v1/locker-reservations/:reservationId/pickup-code': {
    grants: "a code that opens the household's own compartment once",
    widen: (w) => [
      post(`/v1/locker-reservations/${w.a.reservationId}/pickup-code`, bearer(w.a.courierToken)),
      post(`/v1/locker-reservations/${w.a.reservationId}/pickup-code`, apiKey(w.a.keySecret)),
      post(`/v1/locker-reservations/${w.a.reservationId}/pickup-code`, bearer(w.b.token)),
    ],
  },
  'POST /v1/locker-reservations/:reservationId/hold': {
    grants: 'nothing',
    why: "a later expiry of the household's own parcel, within the bound",
  },
  'POST /v1/locker-reservations/:reservationId/cancel': nothing,
  'POST /v1/locker-reservations/:reservationId/lift-lockout': {
    grants: "codes accepted again at a locked-out compartment: the site's operator admins only",
    // The household, the courier and B may not lift it (A's reservation is not locked out: each is refused anyway).
    widen: (w) =>
      [w.a.residentToken, w.a.courierToken, w.b.token].map((token) =>
        post(`/v1/locker-reservations/${w.a.reservationId}/lift-lockout`, bearer(token)),
      ),
  },
};

export const lockersIdempotencyCases: Record<string, IdempotencyCase> = {
  'POST /v1/locker-sites': {
    creates: 'locker_sites',
    request: async (w) => post('/v1/locker-sites', bearer(w.a.token), newSite(w.a.lockerOrganisationId)),
  },
  'POST /v1/locker-sites/:siteId/banks': {
    creates: 'locker_banks',
    request: async (w) => post(`/v1/locker-sites/${w.a.siteId}/banks`, bearer(w.a.token), newBank),
  },
  'POST /v1/locker-sites/:siteId/open-requests': {
    creates: 'locker_open_requests',
    request: async (w) =>
      post(`/v1/locker-sites/${w.a.siteId}/open-requests`, bearer(w.a.token), {
        compartmentIds: [w.a.compartmentIds[2]],
        reason: 'maintenance',
      }),
  },
  'POST /v1/locker-open-requests/:requestId/approve': { acts: 'opens the compartments of a request, once' },
  'PUT /v1/locker-sites/:siteId/opening-hours': { acts: "states a site's hours: a retry replays the first answer" },
  'POST /v1/locker-sites/:siteId/banks/:bankId/pair': {
    acts: "pairs a bank's device: a retry finds the claim code spent, so it replays the first answer",
  },
  'POST /v1/locker-sites/:siteId/camera/pair': {
    acts: "pairs the site's camera: a retry finds the claim code spent, so it replays the first answer",
  },
  'POST /v1/locker-sites/:siteId/pickup': {
    none: 'anonymous: the code is the credential, and each call is an attempt that counts towards the lock-out',
  },
  'POST /v1/locker-reservations/:reservationId/open': { acts: 'opens a compartment: a retry must not open it again' },
  'POST /v1/locker-reservations/:reservationId/drop': { acts: 'stores the parcel and tells the customer' },
  'POST /v1/locker-reservations/:reservationId/pickup-code': {
    none: 'a fresh code each call (it replaces the last); a replayed answer would keep the code, even sealed',
  },
  'POST /v1/locker-reservations/:reservationId/hold': { acts: 'extends the pickup' },
  'POST /v1/locker-reservations/:reservationId/cancel': { acts: 'frees the compartment' },
  'POST /v1/locker-reservations/:reservationId/lift-lockout': { acts: 'lets a compartment take codes again' },
};
