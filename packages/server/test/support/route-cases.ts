import type { InjectOptions } from 'fastify';
import { aHome, bearer } from './app.js';
import { malformedBodies, malformedIds, path } from './malformed.js';
import type { World as BaseWorld, Tenant, TenantVisit } from './world.js';

/** The sweeps' world: two tenants, each also with a courier, a delivery and a visit. */
export type World = BaseWorld & { a: Tenant & TenantVisit; b: Tenant & TenantVisit };

/**
 * One entry per route under /v1, keyed `METHOD /v1/pattern`. The sweeps in http-sweeps.test.ts fail for a route
 * registered without an entry here, so a new route cannot skip them.
 *
 * - `crossTenant`: requests tenant B makes with tenant A's ids (as B's session and B's API key). Each must answer
 *   403 or 404 and change nothing. Routes that take no id say why in `none`.
 * - `malformed`: broken variants of the route's input (required when the route has a body or path params). Each
 *   must answer a 4xx problem+json and change nothing.
 */
export interface RouteCase {
  crossTenant: ((w: World) => InjectOptions[]) | { none: string };
  malformed?: (w: World) => InjectOptions[];
}

const apiKey = (secret: string) => ({ authorization: `ApiKey ${secret}` });
const password = 'correct horse battery';

export const routeCases: Record<string, RouteCase> = {
  'POST /v1/auth/sign-up': {
    crossTenant: { none: 'creates a new account; takes no id' },
    malformed: () =>
      malformedBodies('POST', '/v1/auth/sign-up', {}, { email: 'new@example.test', name: 'N', password }, [
        'email',
        'name',
        'password',
      ]),
  },
  'POST /v1/auth/sign-in': {
    crossTenant: { none: 'takes credentials, not ids' },
    malformed: (w) =>
      malformedBodies('POST', '/v1/auth/sign-in', {}, { email: w.a.email, password }, ['email', 'password']),
  },
  'POST /v1/auth/sign-out': { crossTenant: { none: "ends the caller's own session" } },
  'GET /v1/me': { crossTenant: { none: 'the caller itself' } },
  'POST /v1/organisations': {
    crossTenant: { none: 'creates an organisation owned by the caller' },
    malformed: (w) =>
      malformedBodies('POST', '/v1/organisations', bearer(w.a.token), { name: 'X', kind: 'carrier' }, ['name', 'kind']),
  },
  'GET /v1/organisations/:organisationId': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/organisations/:organisationId/members': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/organisations/${w.a.organisationId}/members`,
        headers: bearer(w.b.token),
        payload: { email: w.b.email, role: 'admin' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/organisations/${w.a.organisationId}/members`,
        bearer(w.a.token),
        { email: 'courier@example.test', role: 'courier', account: { name: 'C', password } },
        ['email', 'role'],
      ),
      ...malformedIds(
        'POST',
        '/v1/organisations/:organisationId/members',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
        {
          email: 'courier@example.test',
          role: 'courier',
          account: { name: 'C', password },
        },
      ),
    ],
  },
  'GET /v1/organisations/:organisationId/members': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/members`, headers: bearer(w.b.token) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId/members',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/organisations/:organisationId/api-keys': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/organisations/${w.a.organisationId}/api-keys`,
        headers: bearer(w.b.token),
        payload: { name: 'stolen', scopes: ['deliveries:write'] },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/organisations/${w.a.organisationId}/api-keys`,
        bearer(w.a.token),
        { name: 'k', scopes: ['deliveries:read'] },
        ['name', 'scopes'],
      ),
      ...['nope:nope', ''].map((scope) => ({
        method: 'POST' as const,
        url: `/v1/organisations/${w.a.organisationId}/api-keys`,
        headers: bearer(w.a.token),
        payload: { name: 'k', scopes: [scope] },
      })),
      ...malformedIds(
        'POST',
        '/v1/organisations/:organisationId/api-keys',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
        {
          name: 'k',
          scopes: ['deliveries:read'],
        },
      ),
    ],
  },
  'GET /v1/organisations/:organisationId/api-keys': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/api-keys`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/api-keys`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId/api-keys',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'DELETE /v1/organisations/:organisationId/api-keys/:keyId': {
    crossTenant: (w) => [
      {
        method: 'DELETE',
        url: `/v1/organisations/${w.a.organisationId}/api-keys/${w.a.keyId}`,
        headers: bearer(w.b.token),
      },
      // B's own organisation with A's key id: ids are scoped to their parent.
      {
        method: 'DELETE',
        url: `/v1/organisations/${w.b.organisationId}/api-keys/${w.a.keyId}`,
        headers: bearer(w.b.token),
      },
    ],
    malformed: (w) =>
      malformedIds(
        'DELETE',
        '/v1/organisations/:organisationId/api-keys/:keyId',
        { organisationId: w.a.organisationId, keyId: w.a.keyId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/homes': {
    crossTenant: { none: 'creates a home owned by the caller' },
    malformed: (w) => [
      ...malformedBodies('POST', '/v1/homes', bearer(w.a.token), aHome, [
        'name',
        'addressLine1',
        'city',
        'postalCode',
        'country',
        'lat',
        'lon',
        'geofenceRadiusM',
        'timeZone',
      ]),
      ...[
        { geofenceRadiusM: 4 },
        { geofenceRadiusM: 501 },
        { lat: 91 },
        { lon: -181 },
        { timeZone: 'Mars/Olympus' },
        { timeZone: 'EST5EDT-not' },
        { country: 'NLD' },
        { name: '' },
      ].map((change) => ({
        method: 'POST' as const,
        url: '/v1/homes',
        headers: bearer(w.a.token),
        payload: { ...aHome, ...change },
      })),
    ],
  },
  'GET /v1/homes': { crossTenant: { none: "lists the caller's homes (scoping checked in http-homes.test.ts)" } },
  'GET /v1/homes/:homeId': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/homes/${w.a.homeId}`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'PATCH /v1/homes/:homeId': {
    crossTenant: (w) => [
      { method: 'PATCH', url: `/v1/homes/${w.a.homeId}`, headers: bearer(w.b.token), payload: { name: 'Mine now' } },
      {
        method: 'PATCH',
        url: `/v1/homes/${w.a.homeId}`,
        headers: apiKey(w.b.keySecret),
        payload: { name: 'Mine now' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies('PATCH', `/v1/homes/${w.a.homeId}`, bearer(w.a.token), { name: 'Renamed' }, []),
      { method: 'PATCH', url: `/v1/homes/${w.a.homeId}`, headers: bearer(w.a.token), payload: {} },
      ...malformedIds('PATCH', '/v1/homes/:homeId', { homeId: w.a.homeId }, bearer(w.a.token), { name: 'Renamed' }),
    ],
  },
  'POST /v1/homes/:homeId/members': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/homes/${w.a.homeId}/members`,
        headers: bearer(w.b.token),
        payload: { email: w.b.email, role: 'owner' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/homes/${w.a.homeId}/members`,
        bearer(w.a.token),
        { email: w.b.email, role: 'resident' },
        ['email', 'role'],
      ),
      ...malformedIds('POST', '/v1/homes/:homeId/members', { homeId: w.a.homeId }, bearer(w.a.token), {
        email: w.b.email,
        role: 'resident',
      }),
    ],
  },
  'GET /v1/homes/:homeId/members': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/homes/${w.a.homeId}/members`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/members', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'POST /v1/homes/:homeId/access-points': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/homes/${w.a.homeId}/access-points`,
        headers: bearer(w.b.token),
        payload: { kind: 'garage', name: 'Way in' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/homes/${w.a.homeId}/access-points`,
        bearer(w.a.token),
        { kind: 'garage', name: 'G' },
        ['kind', 'name'],
      ),
      ...malformedIds('POST', '/v1/homes/:homeId/access-points', { homeId: w.a.homeId }, bearer(w.a.token), {
        kind: 'garage',
        name: 'G',
      }),
      {
        method: 'POST',
        url: `/v1/homes/${w.a.homeId}/access-points`,
        headers: bearer(w.a.token),
        payload: { kind: 'window', name: 'W' },
      },
    ],
  },
  'GET /v1/homes/:homeId/access-points': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/homes/${w.a.homeId}/access-points`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/access-points', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'PATCH /v1/homes/:homeId/access-points/:accessPointId': {
    crossTenant: (w) => [
      {
        method: 'PATCH',
        url: path('/v1/homes/:homeId/access-points/:accessPointId', {
          homeId: w.a.homeId,
          accessPointId: w.a.accessPointId,
        }),
        headers: bearer(w.b.token),
        payload: { name: 'Hijacked' },
      },
      {
        method: 'PATCH',
        url: path('/v1/homes/:homeId/access-points/:accessPointId', {
          homeId: w.b.homeId,
          accessPointId: w.a.accessPointId,
        }),
        headers: bearer(w.b.token),
        payload: { name: 'Hijacked' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'PATCH',
        path('/v1/homes/:homeId/access-points/:accessPointId', {
          homeId: w.a.homeId,
          accessPointId: w.a.accessPointId,
        }),
        bearer(w.a.token),
        { kind: 'back_door', name: 'Back' },
        [],
      ),
      ...malformedIds(
        'PATCH',
        '/v1/homes/:homeId/access-points/:accessPointId',
        { homeId: w.a.homeId, accessPointId: w.a.accessPointId },
        bearer(w.a.token),
        { name: 'Back' },
      ),
    ],
  },
  'DELETE /v1/homes/:homeId/access-points/:accessPointId': {
    crossTenant: (w) => [
      {
        method: 'DELETE',
        url: path('/v1/homes/:homeId/access-points/:accessPointId', {
          homeId: w.a.homeId,
          accessPointId: w.a.accessPointId,
        }),
        headers: bearer(w.b.token),
      },
      {
        method: 'DELETE',
        url: path('/v1/homes/:homeId/access-points/:accessPointId', {
          homeId: w.b.homeId,
          accessPointId: w.a.accessPointId,
        }),
        headers: bearer(w.b.token),
      },
    ],
    malformed: (w) =>
      malformedIds(
        'DELETE',
        '/v1/homes/:homeId/access-points/:accessPointId',
        { homeId: w.a.homeId, accessPointId: w.a.accessPointId },
        bearer(w.a.token),
      ),
  },
  // Ledger, live updates and clips: only members of the home (and operator staff) may read.
  'GET /v1/homes/:homeId/ledger': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => [
      ...malformedIds('GET', '/v1/homes/:homeId/ledger', { homeId: w.a.homeId }, bearer(w.a.token)),
      ...['afterSeq=-1', 'afterSeq=x', 'limit=0', 'limit=501', 'limit=1.5', 'other=1'].map((q) => ({
        method: 'GET' as const,
        url: `/v1/homes/${w.a.homeId}/ledger?${q}`,
        headers: bearer(w.a.token),
      })),
    ],
  },
  'GET /v1/homes/:homeId/ledger/verify': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/verify`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/ledger/verify', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/homes/:homeId/ledger/checkpoints/latest': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/checkpoints/latest`, headers: bearer(w.b.token) },
    ],
    malformed: (w) =>
      malformedIds('GET', '/v1/homes/:homeId/ledger/checkpoints/latest', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/visits/:visitId/evidence': {
    // The world has no visits; an id of the right shape is refused like another tenant's (ledger/clips tests).
    crossTenant: (w) => [{ method: 'GET', url: `/v1/visits/${w.a.visitId}/evidence`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/visits/:visitId/evidence', { visitId: w.a.visitId }, bearer(w.a.token)),
  },
  'GET /v1/platform/keys': { crossTenant: { none: 'public keys, the same for everyone' } },
  'GET /v1/homes/:homeId/events': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/events`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/events`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/events', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/clips/:clipId': {
    crossTenant: (w) => [{ method: 'GET', url: '/v1/clips/clip_notyours', headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/clips/:clipId', { clipId: 'clip_x' }, bearer(w.a.token)),
  },
  'POST /v1/devices/pair': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: '/v1/devices/pair',
        headers: bearer(w.b.token),
        payload: { claimCode: 'ABCD-EFGH-JKMN', accessPointId: w.a.accessPointId },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        '/v1/devices/pair',
        bearer(w.a.token),
        { claimCode: 'ABCD-EFGH-JKMN', accessPointId: w.a.accessPointId },
        ['claimCode', 'accessPointId'],
      ),
      {
        method: 'POST',
        url: '/v1/devices/pair',
        headers: bearer(w.a.token),
        payload: { claimCode: 'ABCD-EFGH-JKM!', accessPointId: w.a.accessPointId },
      },
    ],
  },
  'GET /v1/homes/:homeId/devices': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/devices`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/devices`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/devices', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/devices/:deviceId': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/devices/${w.a.deviceId}`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/devices/:deviceId', { deviceId: w.a.deviceId }, bearer(w.a.token)),
  },
  'PUT /v1/device-uploads/clips/:sha256': {
    crossTenant: { none: 'device-authenticated and content-addressed: no tenant id; a person is refused (malformed)' },
    malformed: (w) => [
      ...['not-hex', 'A'.repeat(64), 'a'.repeat(63), 'g'.repeat(64)].map((sha) => ({
        method: 'PUT' as const,
        url: `/v1/device-uploads/clips/${sha}`,
        headers: { authorization: `Device ${w.a.deviceId}`, 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      })),
      {
        method: 'PUT',
        url: `/v1/device-uploads/clips/${'a'.repeat(64)}`,
        headers: { authorization: 'Device not-a-token', 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      },
      {
        method: 'PUT',
        url: `/v1/device-uploads/clips/${'a'.repeat(64)}`,
        headers: { 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      },
      {
        method: 'PUT',
        url: `/v1/device-uploads/clips/${'a'.repeat(64)}`,
        headers: { ...bearer(w.b.token), 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      },
    ],
  },
  'GET /v1/homes/:homeId/preferences': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/homes/${w.a.homeId}/preferences`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/preferences', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'PUT /v1/homes/:homeId/preferences': {
    crossTenant: (w) => [
      {
        method: 'PUT',
        url: `/v1/homes/${w.a.homeId}/preferences`,
        headers: bearer(w.b.token),
        payload: aPreference(w.a.accessPointId),
      },
      {
        method: 'PUT',
        url: `/v1/homes/${w.a.homeId}/preferences`,
        headers: apiKey(w.b.keySecret),
        payload: aPreference(w.a.accessPointId),
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'PUT',
        `/v1/homes/${w.a.homeId}/preferences`,
        bearer(w.a.token),
        aPreference(w.a.accessPointId),
        ['inHomeAccessPointIds', 'pets', 'daysOff', 'fallback', 'instructions'],
      ),
      ...[
        { daysOff: ['2026-02-30'] },
        { daysOff: ['26-1-1'] },
        { inHomeAccessPointIds: [w.b.accessPointId] },
        { fallback: 'neighbour' },
        { pets: { status: 'wild', note: '' } },
      ].map((change) => ({
        method: 'PUT' as const,
        url: `/v1/homes/${w.a.homeId}/preferences`,
        headers: bearer(w.a.token),
        payload: { ...aPreference(w.a.accessPointId), ...change },
      })),
      ...malformedIds(
        'PUT',
        '/v1/homes/:homeId/preferences',
        { homeId: w.a.homeId },
        bearer(w.a.token),
        aPreference(w.a.accessPointId),
      ),
    ],
  },
  'POST /v1/homes/:homeId/enrolments': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/homes/${w.a.homeId}/enrolments`,
        headers: bearer(w.b.token),
        payload: { organisationId: w.b.organisationId, plan: 'standard' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/homes/${w.a.homeId}/enrolments`,
        bearer(w.a.token),
        { organisationId: w.a.organisationId, plan: 'p' },
        ['organisationId', 'plan'],
      ),
      ...malformedIds('POST', '/v1/homes/:homeId/enrolments', { homeId: w.a.homeId }, bearer(w.a.token), {
        organisationId: w.a.organisationId,
        plan: 'p',
      }),
    ],
  },
  'POST /v1/deliveries': {
    crossTenant: (w) => [
      // B's carrier addressing A's home, which is not enrolled with it.
      { method: 'POST', url: '/v1/deliveries', headers: apiKey(w.b.keySecret), payload: aDelivery(w.a.homeId) },
      { method: 'POST', url: '/v1/deliveries', headers: bearer(w.b.token), payload: aDelivery(w.a.homeId) },
    ],
    malformed: (w) => [
      ...malformedBodies('POST', '/v1/deliveries', apiKey(w.a.keySecret), aDelivery(w.a.homeId), [
        'homeId',
        'externalId',
        'window',
      ]),
      ...[
        { window: { start: '2026-11-25T10:00:00', end: '2026-11-25T12:00:00' } },
        { window: { start: '2026-11-25T12:00:00Z', end: '2026-11-25T10:00:00Z' } },
        { accessPoint: { kind: 'window' } },
        { externalId: '' },
      ].map((change) => ({
        method: 'POST' as const,
        url: '/v1/deliveries',
        headers: apiKey(w.a.keySecret),
        payload: { ...aDelivery(w.a.homeId), ...change },
      })),
    ],
  },
  'GET /v1/deliveries/:deliveryId': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/deliveries/${w.a.deliveryId}`, headers: apiKey(w.b.keySecret) },
      { method: 'GET', url: `/v1/deliveries/${w.a.deliveryId}`, headers: bearer(w.b.courierToken) },
    ],
    malformed: (w) =>
      malformedIds('GET', '/v1/deliveries/:deliveryId', { deliveryId: w.a.deliveryId }, apiKey(w.a.keySecret)),
  },
  'POST /v1/deliveries/:deliveryId/assign': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/deliveries/${w.a.deliveryId}/assign`,
        headers: apiKey(w.b.keySecret),
        payload: { courierId: w.b.userId },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/deliveries/${w.a.deliveryId}/assign`,
        apiKey(w.a.keySecret),
        { courierId: 'usr_x' },
        ['courierId'],
      ),
      ...malformedIds(
        'POST',
        '/v1/deliveries/:deliveryId/assign',
        { deliveryId: w.a.deliveryId },
        apiKey(w.a.keySecret),
        {
          courierId: 'usr_x',
        },
      ),
    ],
  },
  'POST /v1/deliveries/:deliveryId/arrive': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/deliveries/${w.a.deliveryId}/arrive`,
        headers: bearer(w.b.courierToken),
        payload: { position: aPosition },
      },
      {
        method: 'POST',
        url: `/v1/deliveries/${w.a.deliveryId}/arrive`,
        headers: bearer(w.b.token),
        payload: { position: aPosition },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/deliveries/${w.a.deliveryId}/arrive`,
        bearer(w.a.token),
        { position: aPosition },
        ['position'],
      ),
      ...malformedBodies(
        'POST',
        `/v1/deliveries/${w.a.deliveryId}/arrive`,
        bearer(w.a.token),
        { position: { ...aPosition, lat: 91 } },
        [],
      ),
      ...malformedIds('POST', '/v1/deliveries/:deliveryId/arrive', { deliveryId: w.a.deliveryId }, bearer(w.a.token), {
        position: aPosition,
      }),
    ],
  },
  'GET /v1/courier/stops': { crossTenant: { none: "the signed-in courier's own stops" } },
  ...visitStepCases(),
  'GET /v1/visits/:visitId': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/visits/${w.a.visitId}`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/visits/${w.a.visitId}`, headers: bearer(w.b.courierToken) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/visits/:visitId', { visitId: w.a.visitId }, bearer(w.a.token)),
  },
  'GET /v1/homes/:homeId/visits': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/visits`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/visits`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => [
      ...malformedIds('GET', '/v1/homes/:homeId/visits', { homeId: w.a.homeId }, bearer(w.a.token)),
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/visits?from=yesterday`, headers: bearer(w.a.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/visits?limit=0`, headers: bearer(w.a.token) },
    ],
  },
  'GET /v1/homes/:homeId/alerts': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/homes/${w.a.homeId}/alerts`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/alerts', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
};

const aPosition = { lat: 52.37, lon: 4.89, accuracyMeters: 10 };

function aPreference(accessPointId: string) {
  return {
    inHomeAccessPointIds: [accessPointId],
    pets: { status: 'none', note: '' },
    daysOff: [],
    fallback: 'doorstep',
    instructions: '',
  };
}

function aDelivery(homeId: string) {
  return { homeId, externalId: 'sweep-1', window: { start: '2026-11-25T10:00:00Z', end: '2026-11-25T12:00:00Z' } };
}

/** The courier's steps on a visit: B's courier session against a visit it is not making. */
function visitStepCases(): Record<string, RouteCase> {
  const bodies: Record<string, Record<string, unknown> | undefined> = {
    unlock: undefined,
    capability: undefined,
    complete: undefined,
    abort: { reason: 'dog', note: 'big one' },
    fallback: { method: 'reattempt' },
  };
  const cases: Record<string, RouteCase> = {};
  for (const [action, body] of Object.entries(bodies)) {
    const pattern = `/v1/visits/:visitId/${action}`;
    cases[`POST ${pattern}`] = {
      crossTenant: (w) =>
        [w.b.token, w.b.courierToken].map((token) => ({
          method: 'POST' as const,
          url: `/v1/visits/${w.a.visitId}/${action}`,
          headers: bearer(token),
          ...(body ? { payload: body } : {}),
        })),
      malformed: (w) => [
        ...(body
          ? malformedBodies(
              'POST',
              `/v1/visits/${w.a.visitId}/${action}`,
              bearer(w.a.token),
              body,
              Object.keys(body).slice(0, 1),
            )
          : []),
        ...malformedIds('POST', pattern, { visitId: w.a.visitId }, bearer(w.a.token), body),
      ],
    };
  }
  return cases;
}
