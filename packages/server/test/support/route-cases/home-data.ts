import type { InjectOptions } from 'fastify';
import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import type { PrivilegeCase } from './privilege.js';
import { apiKey, type RouteCase, type World } from './shared.js';

// Retention, export and deletion of a home (http/routes/home-data.ts): the owner only; residents may read retention.

const retention = (w: World) => `/v1/homes/${w.a.homeId}/retention`;

export const homeDataCases: Record<string, RouteCase> = {
  'GET /v1/homes/:homeId/retention': {
    crossTenant: (w) => [{ method: 'GET', url: retention(w), headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/retention', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'PUT /v1/homes/:homeId/retention': {
    crossTenant: (w) => [
      { method: 'PUT', url: retention(w), headers: bearer(w.b.token), payload: { clipDays: 1 } },
      { method: 'PUT', url: retention(w), headers: apiKey(w.b.keySecret), payload: { clipDays: 1 } },
    ],
    malformed: (w) => [
      ...malformedBodies('PUT', retention(w), bearer(w.a.token), { clipDays: 7 }, ['clipDays']),
      ...[0, 366, 2.5, '7'].map((clipDays) => ({
        method: 'PUT' as const,
        url: retention(w),
        headers: bearer(w.a.token),
        payload: { clipDays },
      })),
      ...malformedIds('PUT', '/v1/homes/:homeId/retention', { homeId: w.a.homeId }, bearer(w.a.token), {
        clipDays: 7,
      }),
    ],
  },
  'GET /v1/homes/:homeId/export': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/export`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/export`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/export', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'DELETE /v1/homes/:homeId': {
    crossTenant: (w) => [
      { method: 'DELETE', url: `/v1/homes/${w.a.homeId}`, headers: bearer(w.b.token), payload: { confirm: 'Home' } },
      {
        method: 'DELETE',
        url: `/v1/homes/${w.a.homeId}`,
        headers: apiKey(w.b.keySecret),
        payload: { confirm: 'Home' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies('DELETE', `/v1/homes/${w.a.homeId}`, bearer(w.a.token), { confirm: 'Not its name' }, [
        'confirm',
      ]),
      // A confirmation that is not the home's name deletes nothing.
      { method: 'DELETE', url: `/v1/homes/${w.a.homeId}`, headers: bearer(w.a.token), payload: { confirm: 'home' } },
      ...malformedIds('DELETE', '/v1/homes/:homeId', { homeId: w.a.homeId }, bearer(w.a.token), { confirm: 'Home' }),
    ],
  },
};

const asResident = (w: World, options: InjectOptions): InjectOptions => ({
  ...options,
  headers: bearer(w.a.residentToken),
});

export const homeDataPrivilegeCases: Record<string, PrivilegeCase> = {
  'GET /v1/homes/:homeId/retention': { grants: 'nothing' },
  'PUT /v1/homes/:homeId/retention': {
    grants: 'nothing',
    why: 'it changes how long clips are kept; only the owner may',
    widen: (w) => [asResident(w, { method: 'PUT', url: retention(w), payload: { clipDays: 365 } })],
  },
  'GET /v1/homes/:homeId/export': {
    grants: 'nothing',
    why: "a copy of the home's data, for its owner only",
    widen: (w) => [
      asResident(w, { method: 'GET', url: `/v1/homes/${w.a.homeId}/export` }),
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/export`, headers: bearer(w.a.courierToken) },
    ],
  },
  'DELETE /v1/homes/:homeId': {
    grants: 'nothing',
    why: 'it removes the home; only its owner may, naming it',
    widen: (w) => [
      asResident(w, { method: 'DELETE', url: `/v1/homes/${w.a.homeId}`, payload: { confirm: 'Home' } }),
      {
        method: 'DELETE',
        url: `/v1/homes/${w.a.homeId}`,
        headers: bearer(w.a.courierToken),
        payload: { confirm: 'Home' },
      },
    ],
  },
};
