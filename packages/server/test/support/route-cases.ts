import type { InjectOptions } from 'fastify';
import { aHome, bearer } from './app.js';
import { malformedBodies, malformedIds, path } from './malformed.js';
import type { World } from './world.js';

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
};
