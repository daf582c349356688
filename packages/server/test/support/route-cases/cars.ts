import { aHome, bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { apiKey, type RouteCase } from './shared.js';

/** The home's car (docs/car-boot.md) and the courier's view of it during a live visit. */
export const aCar = {
  make: 'Volvo V70',
  colour: 'red',
  plate: 'AB12 CDE',
  allowedWeekdays: [1, 2, 3, 4, 5],
  parking: { lat: aHome.lat + 0.0005, lon: aHome.lon, maxDistanceM: 150 },
};

const carUrl = (homeId: string) => `/v1/homes/${homeId}/car`;

export const carsCases: Record<string, RouteCase> = {
  'POST /v1/homes/:homeId/car': {
    crossTenant: (w) => [
      { method: 'POST', url: carUrl(w.a.homeId), headers: bearer(w.b.token), payload: aCar },
      { method: 'POST', url: carUrl(w.a.homeId), headers: apiKey(w.b.keySecret), payload: aCar },
    ],
    malformed: (w) => [
      ...malformedBodies('POST', carUrl(w.a.homeId), bearer(w.a.token), aCar, [
        'make',
        'colour',
        'plate',
        'allowedWeekdays',
        'parking',
      ]),
      ...[
        { allowedWeekdays: [0] },
        { allowedWeekdays: [1, 1] },
        { plate: 'AB<script>' },
        { parking: { ...aCar.parking, maxDistanceM: 5000 } },
        { parking: { lat: aHome.lat + 0.05, lon: aHome.lon, maxDistanceM: 100 } },
        { photo: 'data:text/html;base64,PGgxPg==' },
        { boot: { lengthCm: 1, widthCm: 50, heightCm: 50 } },
      ].map((change) => ({
        method: 'POST' as const,
        url: carUrl(w.a.homeId),
        headers: bearer(w.a.token),
        payload: { ...aCar, ...change },
      })),
      ...malformedIds('POST', '/v1/homes/:homeId/car', { homeId: w.a.homeId }, bearer(w.a.token), aCar),
    ],
  },
  'GET /v1/homes/:homeId/car': {
    crossTenant: (w) => [
      { method: 'GET', url: carUrl(w.a.homeId), headers: bearer(w.b.token) },
      { method: 'GET', url: carUrl(w.a.homeId), headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/car', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'PATCH /v1/homes/:homeId/car': {
    crossTenant: (w) => [
      { method: 'PATCH', url: carUrl(w.a.homeId), headers: bearer(w.b.token), payload: { blocked: false } },
    ],
    malformed: (w) => [
      ...malformedBodies('PATCH', carUrl(w.a.homeId), bearer(w.a.token), { blocked: true }, []),
      { method: 'PATCH', url: carUrl(w.a.homeId), headers: bearer(w.a.token), payload: {} },
      ...malformedIds('PATCH', '/v1/homes/:homeId/car', { homeId: w.a.homeId }, bearer(w.a.token), {
        blocked: true,
      }),
    ],
  },
  'DELETE /v1/homes/:homeId/car': {
    crossTenant: (w) => [{ method: 'DELETE', url: carUrl(w.a.homeId), headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('DELETE', '/v1/homes/:homeId/car', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/visits/:visitId/car': {
    // Another carrier's courier and the other tenant's customer: only the visit's own courier sees the car.
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/visits/${w.a.visitId}/car`, headers: bearer(w.b.courierToken) },
      { method: 'GET', url: `/v1/visits/${w.a.visitId}/car`, headers: bearer(w.b.token) },
    ],
    malformed: (w) =>
      malformedIds('GET', '/v1/visits/:visitId/car', { visitId: w.a.visitId }, bearer(w.a.courierToken)),
  },
};
