import { aHome, bearer } from '../app.js';
import { malformedBodies, malformedIds, path } from '../malformed.js';
import { apiKey, type RouteCase } from './shared.js';

/** Homes, their members and access points. */
export const homesCases: Record<string, RouteCase> = {
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
};
