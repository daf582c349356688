import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { apiKey, type RouteCase, type World } from './shared.js';

/** Service grants (docs/grants.md). The world has no grant: an id of the right shape stands for another tenant's. */
const GRANT = 'grant_notyours';

export const grantTerms = (w: World) => ({
  accessPointIds: [w.a.accessPointId],
  schedule: { kind: 'once', start: '2026-11-25T08:00:00Z', end: '2026-11-25T11:00:00Z' },
  maxVisitMinutes: 60,
});

const grantBody = (w: World) => ({ grantee: { kind: 'person', email: 'neighbour@example.test' }, ...grantTerms(w) });

/** Steps on a grant: B (session and key) tries them on an id it has no relation to. */
const onGrant = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  suffix = '',
  body?: (w: World) => Record<string, unknown>,
  required: string[] = [],
): RouteCase => ({
  crossTenant: (w) => [
    {
      method,
      url: `/v1/grants/${GRANT}${suffix}`,
      headers: bearer(w.b.token),
      ...(body ? { payload: body(w) } : {}),
    },
    {
      method,
      url: `/v1/grants/${GRANT}${suffix}`,
      headers: apiKey(w.b.keySecret),
      ...(body ? { payload: body(w) } : {}),
    },
  ],
  malformed: (w) => [
    ...malformedIds(method, `/v1/grants/:grantId${suffix}`, { grantId: GRANT }, bearer(w.a.token), body?.(w)),
    ...(body && method !== 'GET'
      ? malformedBodies(method as 'POST', `/v1/grants/${GRANT}${suffix}`, bearer(w.a.token), body(w), required)
      : []),
  ],
});

const position = { lat: 52.37, lon: 4.89, accuracyMeters: 5 };

export const grantsCases: Record<string, RouteCase> = {
  'POST /v1/homes/:homeId/grants': {
    crossTenant: (w) => [
      { method: 'POST', url: `/v1/homes/${w.a.homeId}/grants`, headers: bearer(w.b.token), payload: grantBody(w) },
      { method: 'POST', url: `/v1/homes/${w.a.homeId}/grants`, headers: apiKey(w.b.keySecret), payload: grantBody(w) },
      // B's own home with A's door: a door of another home is not grantable.
      {
        method: 'POST',
        url: `/v1/homes/${w.b.homeId}/grants`,
        headers: bearer(w.b.token),
        payload: { ...grantBody(w), accessPointIds: [w.a.accessPointId] },
      },
    ],
    malformed: (w) => [
      ...malformedIds('POST', '/v1/homes/:homeId/grants', { homeId: w.a.homeId }, bearer(w.a.token), grantBody(w)),
      ...malformedBodies('POST', `/v1/homes/${w.a.homeId}/grants`, bearer(w.a.token), grantBody(w), [
        'grantee',
        'accessPointIds',
        'schedule',
        'maxVisitMinutes',
      ]),
      ...[
        { maxVisitMinutes: 0 },
        { accessPointIds: [] },
        { schedule: { kind: 'once', start: '2026-11-25T11:00:00Z', end: '2026-11-25T08:00:00Z' } },
        { schedule: { kind: 'recurring', rrule: 'FREQ=SECONDLY', firstDate: '2026-11-25', durationMinutes: 30 } },
        { grantee: { kind: 'provider', organisationId: w.a.organisationId } }, // a carrier is not a service provider
      ].map((change) => ({
        method: 'POST' as const,
        url: `/v1/homes/${w.a.homeId}/grants`,
        headers: bearer(w.a.token),
        payload: { ...grantBody(w), ...change },
      })),
    ],
  },
  'GET /v1/homes/:homeId/grants': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/grants`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/grants`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/grants', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/grants/:grantId': onGrant('GET'),
  'PUT /v1/grants/:grantId': onGrant('PUT', '', grantTerms, ['accessPointIds', 'schedule', 'maxVisitMinutes']),
  'PATCH /v1/grants/:grantId': onGrant('PATCH', '', () => ({ maxVisitMinutes: 30 })),
  'POST /v1/grants/:grantId/pause': onGrant('POST', '/pause'),
  'POST /v1/grants/:grantId/resume': onGrant('POST', '/resume'),
  'POST /v1/grants/:grantId/revoke': onGrant('POST', '/revoke'),
  'POST /v1/grants/:grantId/accept': onGrant('POST', '/accept'),
  'POST /v1/grants/:grantId/check-in': onGrant('POST', '/check-in', () => ({ position }), ['position']),
  'GET /v1/grants/:grantId/visits': onGrant('GET', '/visits'),
  'POST /v1/grants/:grantId/cant-come': onGrant('POST', '/cant-come', () => ({ localDate: '2026-12-01' }), [
    'localDate',
  ]),
  'POST /v1/visits/:visitId/check-out': {
    crossTenant: (w) => [{ method: 'POST', url: `/v1/visits/${w.a.visitId}/check-out`, headers: bearer(w.b.token) }],
    malformed: (w) =>
      malformedIds('POST', '/v1/visits/:visitId/check-out', { visitId: w.a.visitId }, bearer(w.a.token)),
  },
  'GET /v1/me/grants': { crossTenant: { none: 'grants that name the caller (grants.test.ts)' } },
  'GET /v1/me/windows': { crossTenant: { none: "the caller's own windows (grants.test.ts)" } },
  'GET /v1/organisations/:organisationId/grants': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/grants`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/grants`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId/grants',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'GET /v1/organisations/:organisationId/alerts': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/alerts`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/alerts`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => [
      ...malformedIds(
        'GET',
        '/v1/organisations/:organisationId/alerts',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
      ...['limit=0', 'limit=101', 'other=1'].map((q) => ({
        method: 'GET' as const,
        url: `/v1/organisations/${w.a.organisationId}/alerts?${q}`,
        headers: bearer(w.a.token),
      })),
    ],
  },
};
