import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { apiKey, type RouteCase } from './shared.js';

/** Preferences, enrolments, deliveries, the courier and visits. */
export const deliveriesCases: Record<string, RouteCase> = {
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
  'GET /v1/deliveries/:deliveryId/eligibility': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/deliveries/${w.a.deliveryId}/eligibility`, headers: apiKey(w.b.keySecret) },
      { method: 'GET', url: `/v1/deliveries/${w.a.deliveryId}/eligibility`, headers: bearer(w.b.courierToken) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/deliveries/:deliveryId/eligibility',
        { deliveryId: w.a.deliveryId },
        apiKey(w.a.keySecret),
      ),
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
  'POST /v1/deliveries/:deliveryId/reattempt': {
    crossTenant: (w) => [
      { method: 'POST', url: `/v1/deliveries/${w.a.deliveryId}/reattempt`, headers: apiKey(w.b.keySecret) },
      { method: 'POST', url: `/v1/deliveries/${w.a.deliveryId}/reattempt`, headers: bearer(w.b.token) },
    ],
    malformed: (w) =>
      malformedIds(
        'POST',
        '/v1/deliveries/:deliveryId/reattempt',
        { deliveryId: w.a.deliveryId },
        apiKey(w.a.keySecret),
      ),
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
  'GET /v1/visits/:visitId/photo': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/visits/${w.a.visitId}/photo`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/visits/${w.a.visitId}/photo`, headers: bearer(w.b.courierToken) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/visits/:visitId/photo', { visitId: w.a.visitId }, bearer(w.a.token)),
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

export const aPosition = { lat: 52.37, lon: 4.89, accuracyMeters: 10 };

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
