import type { FastifyInstance, InjectOptions } from 'fastify';
import { aHome, bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import type { Tenant } from '../world.js';
import type { IdempotencyCase } from './idempotency.js';
import type { PrivilegeCase } from './privilege.js';
import { apiKey, type RouteCase, type World } from './shared.js';

// Eligibility and served areas (docs/eligibility.md) in the route sweeps: each tenant's carrier has drawn one area.

export interface TenantServedAreas {
  servedAreaId: string;
}

const d = 0.05;
export const anArea = {
  name: 'Centre',
  methods: ['doorstep', 'in_home'],
  ring: [
    [aHome.lon - d, aHome.lat - d],
    [aHome.lon + d, aHome.lat - d],
    [aHome.lon + d, aHome.lat + d],
    [aHome.lon - d, aHome.lat + d],
    [aHome.lon - d, aHome.lat - d],
  ],
};

const areasUrl = (t: Pick<Tenant, 'organisationId'>) => `/v1/organisations/${t.organisationId}/served-areas`;
const WINDOW = encodeURIComponent('2026-11-25T08:00:00Z/2026-11-25T11:00:00Z');
const eligibilityUrl = (address: string, extra = '') =>
  `/v1/eligibility?address=${encodeURIComponent(address)}&window=${WINDOW}${extra}`;

async function areaOf(app: FastifyInstance, t: Tenant): Promise<TenantServedAreas> {
  const res = await app.inject({ method: 'POST', url: areasUrl(t), headers: bearer(t.token), payload: anArea });
  if (res.statusCode !== 201) throw new Error(`served area: ${res.statusCode} ${res.body}`);
  return { servedAreaId: (res.json() as { id: string }).id };
}

/** Both tenants' carriers with one served area each. */
export async function withServedAreas<T extends Tenant>(w: { app: FastifyInstance; a: T; b: T }) {
  return { ...w, a: { ...w.a, ...(await areaOf(w.app, w.a)) }, b: { ...w.b, ...(await areaOf(w.app, w.b)) } };
}

/** B's session and B's API key. */
const byB = (w: World) => [bearer(w.b.token), apiKey(w.b.keySecret)];

export const eligibilityCases: Record<string, RouteCase> = {
  'GET /v1/eligibility': {
    // A's home asked by B's key, and by B's admin naming B's carrier or A's.
    crossTenant: (w) => [
      { method: 'GET', url: eligibilityUrl(w.a.homeId), headers: apiKey(w.b.keySecret) },
      {
        method: 'GET',
        url: eligibilityUrl(w.a.homeId, `&organisationId=${w.b.organisationId}`),
        headers: bearer(w.b.token),
      },
      {
        method: 'GET',
        url: eligibilityUrl(w.a.homeId, `&organisationId=${w.a.organisationId}`),
        headers: bearer(w.b.token),
      },
    ],
    malformed: (w) =>
      [
        eligibilityUrl('Keizersgracht 1'),
        eligibilityUrl('geo:91,4.89'),
        eligibilityUrl(`home_1'--`),
        `/v1/eligibility?address=${w.a.homeId}`,
        `/v1/eligibility?window=${WINDOW}`,
        `/v1/eligibility?address=${w.a.homeId}&window=${encodeURIComponent('2026-11-25T11:00:00Z/2026-11-25T08:00:00Z')}`,
        eligibilityUrl(w.a.homeId, '&size=XXL'),
        eligibilityUrl(w.a.homeId, '&organisationId=not-an-id'),
        eligibilityUrl(w.a.homeId, '&admin=true'),
      ].map((url): InjectOptions => ({ method: 'GET', url, headers: apiKey(w.a.keySecret) })),
  },
  'POST /v1/organisations/:organisationId/served-areas': {
    crossTenant: (w) => byB(w).map((headers) => ({ method: 'POST', url: areasUrl(w.a), headers, payload: anArea })),
    malformed: (w) => [
      ...malformedBodies('POST', areasUrl(w.a), bearer(w.a.token), anArea, ['name', 'methods', 'ring']),
      ...[
        { methods: [] },
        { methods: ['doorstep', 'doorstep'] },
        { ring: anArea.ring.slice(0, 3) },
        { ring: [...anArea.ring.slice(0, 4), [0, 0]] },
        { ring: anArea.ring.map(([lon, lat]) => [lon, lat, 0]) },
        { ring: anArea.ring.map(([lon, lat]) => [(lon as number) + 200, lat]) },
        { ring: anArea.ring.map(([lon, lat]) => [lon, (lat as number) * 2]) },
      ].map((change) => ({
        method: 'POST' as const,
        url: areasUrl(w.a),
        headers: bearer(w.a.token),
        payload: { ...anArea, ...change },
      })),
      ...malformedIds(
        'POST',
        '/v1/organisations/:organisationId/served-areas',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
        anArea,
      ),
    ],
  },
  'GET /v1/organisations/:organisationId/served-areas': {
    crossTenant: (w) => byB(w).map((headers) => ({ method: 'GET', url: areasUrl(w.a), headers })),
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId/served-areas',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'DELETE /v1/organisations/:organisationId/served-areas/:areaId': {
    // A's area under A's carrier, and under B's own carrier.
    crossTenant: (w) => [
      ...byB(w).map((headers) => ({
        method: 'DELETE' as const,
        url: `${areasUrl(w.a)}/${w.a.servedAreaId}`,
        headers,
      })),
      { method: 'DELETE', url: `${areasUrl(w.b)}/${w.a.servedAreaId}`, headers: bearer(w.b.token) },
    ],
    malformed: (w) =>
      malformedIds(
        'DELETE',
        '/v1/organisations/:organisationId/served-areas/:areaId',
        { organisationId: w.a.organisationId, areaId: w.a.servedAreaId },
        bearer(w.a.token),
      ),
  },
};

export const eligibilityPrivilegeCases: Record<string, PrivilegeCase> = {
  'GET /v1/eligibility': {
    grants: 'nothing',
    why: "the carrier's own view: its areas, and a home only when it is enrolled with the carrier",
  },
  'POST /v1/organisations/:organisationId/served-areas': {
    grants:
      "where the carrier offers which methods (never a home: that takes the customer's enrolment); its admins only",
    // A's courier, A's resident, A's key and B may not draw A's areas.
    widen: (w) =>
      [bearer(w.a.courierToken), bearer(w.a.residentToken), apiKey(w.a.keySecret), bearer(w.b.token)].map(
        (headers): InjectOptions => ({
          method: 'POST',
          url: areasUrl(w.a),
          headers,
          payload: { ...anArea, methods: ['in_home', 'in_garage', 'in_car', 'locker', 'doorstep'] },
        }),
      ),
  },
  'GET /v1/organisations/:organisationId/served-areas': { grants: 'nothing' },
  'DELETE /v1/organisations/:organisationId/served-areas/:areaId': {
    grants: 'nothing',
    why: 'it only takes an area away',
  },
};

export const eligibilityIdempotencyCases: Record<string, IdempotencyCase> = {
  'POST /v1/organisations/:organisationId/served-areas': {
    creates: 'served_areas',
    request: async (w) => ({ method: 'POST', url: areasUrl(w.a), headers: bearer(w.a.token), payload: anArea }),
  },
};
