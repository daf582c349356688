import type { FastifyInstance, InjectOptions } from 'fastify';
import { bearer, call, customer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import type { Tenant } from '../world.js';
import type { IdempotencyCase } from './idempotency.js';
import type { PrivilegeCase } from './privilege.js';
import { apiKey, type RouteCase, type World } from './shared.js';

// Apartment buildings (docs/buildings.md) in the route sweeps: each tenant's admin also runs a building manager with
// one building, a lobby, an occupied unit (its resident accepted) and a vacant one, and its own carrier let in.

export interface TenantBuildings {
  buildingOrganisationId: string;
  buildingId: string;
  entranceId: string;
  /** Unit 1A, whose resident accepted; 1B is vacant. */
  unitId: string;
  vacantUnitId: string;
  unitHomeId: string;
  unitResidentToken: string;
  carrierAccessId: string;
}

async function ok(app: FastifyInstance, request: InjectOptions): Promise<Record<string, unknown> & { id: string }> {
  const res = await app.inject(request);
  if (res.statusCode >= 300) throw new Error(`${request.method} ${request.url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown> & { id: string };
}

const post = (url: string, headers: Record<string, string>, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  headers,
  ...(payload === undefined ? {} : { payload }),
});

export const newBuilding = (organisationId: string) => ({
  organisationId,
  name: 'Canal House',
  addressLine1: 'Keizersgracht 3',
  city: 'Amsterdam',
  postalCode: '1015 AB',
  country: 'NL',
  lat: 52.3703,
  lon: 4.8903,
  timeZone: 'Europe/Amsterdam',
});
export const newEntrance = { kind: 'lobby', name: 'Lobby', lat: 52.3702, lon: 4.8902, radiusM: 30 };
const windows = [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], startLocal: '08:00', endLocal: '18:00' }];
const grant = (entranceId: string, organisationId: string) => ({ entranceId, organisationId, windows });

async function buildingsOf(app: FastifyInstance, t: Tenant): Promise<TenantBuildings> {
  const h = bearer(t.token);
  const org = await ok(app, post('/v1/organisations', h, { name: 'Blocks', kind: 'building_manager' }));
  const building = await ok(app, post('/v1/buildings', h, newBuilding(org.id)));
  const entrance = await ok(app, post(`/v1/buildings/${building.id}/entrances`, h, newEntrance));
  const unit = await ok(app, post(`/v1/buildings/${building.id}/units`, h, { label: '1A' }));
  const vacant = await ok(app, post(`/v1/buildings/${building.id}/units`, h, { label: '1B' }));
  const resident = await customer(app, 'unit-resident');
  const invitation = await ok(
    app,
    post(`/v1/buildings/${building.id}/units/${unit.id}/invitations`, h, { email: resident.email }),
  );
  const accepted = await call(app, resident.token, {
    method: 'POST',
    url: `/v1/me/invitations/${invitation.id}/accept`,
  });
  if (accepted.statusCode !== 200) throw new Error(`accept: ${accepted.body}`);
  const access = await ok(
    app,
    post(`/v1/buildings/${building.id}/carrier-access`, h, grant(entrance.id, t.organisationId)),
  );
  return {
    buildingOrganisationId: org.id,
    buildingId: building.id,
    entranceId: entrance.id,
    unitId: unit.id,
    vacantUnitId: vacant.id,
    unitHomeId: (invitation.target as { id: string }).id,
    unitResidentToken: resident.token,
    carrierAccessId: access.id,
  };
}

/** Both tenants with their buildings. */
export async function withBuildings<T extends Tenant>(w: { app: FastifyInstance; a: T; b: T }) {
  return {
    ...w,
    a: { ...w.a, ...(await buildingsOf(w.app, w.a)) },
    b: { ...w.b, ...(await buildingsOf(w.app, w.b)) },
  };
}

/** B's session, B's API key and B's courier, each on A's id. */
const asB = (w: World, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): InjectOptions[] =>
  [bearer(w.b.token), apiKey(w.b.keySecret), bearer(w.b.courierToken)].map((headers) => ({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  }));

const inBuilding = (path: string) => `/v1/buildings/:buildingId${path}`;
const ids = (w: World) => ({ buildingId: w.a.buildingId });
const unitInvite = { email: 'new-resident@example.test' };

export const buildingsCases: Record<string, RouteCase> = {
  'POST /v1/buildings': {
    crossTenant: (w) => asB(w, 'POST', '/v1/buildings', newBuilding(w.a.buildingOrganisationId)),
    malformed: (w) =>
      malformedBodies('POST', '/v1/buildings', bearer(w.a.token), newBuilding(w.a.buildingOrganisationId), [
        'organisationId',
        'name',
        'lat',
        'timeZone',
      ]),
  },
  'GET /v1/buildings': { crossTenant: { none: "the buildings of the caller's own organisations" } },
  'GET /v1/buildings/:buildingId': {
    crossTenant: (w) => asB(w, 'GET', `/v1/buildings/${w.a.buildingId}`),
    malformed: (w) => malformedIds('GET', inBuilding(''), ids(w), bearer(w.a.token)),
  },
  'POST /v1/buildings/:buildingId/entrances': {
    crossTenant: (w) => asB(w, 'POST', `/v1/buildings/${w.a.buildingId}/entrances`, newEntrance),
    malformed: (w) => [
      ...malformedBodies('POST', `/v1/buildings/${w.a.buildingId}/entrances`, bearer(w.a.token), newEntrance, [
        'kind',
        'name',
        'radiusM',
      ]),
      ...malformedIds('POST', inBuilding('/entrances'), ids(w), bearer(w.a.token), newEntrance),
    ],
  },
  'POST /v1/buildings/:buildingId/entrances/:entranceId/devices': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/buildings/${w.a.buildingId}/entrances/${w.a.entranceId}/devices`, {
        claimCode: 'ABCD-EFGH-JKMN',
      }),
      // B's own building, naming A's entrance.
      post(`/v1/buildings/${w.b.buildingId}/entrances/${w.a.entranceId}/devices`, bearer(w.b.token), {
        claimCode: 'ABCD-EFGH-JKMN',
      }),
    ],
    malformed: (w) =>
      malformedIds(
        'POST',
        inBuilding('/entrances/:entranceId/devices'),
        { buildingId: w.a.buildingId, entranceId: w.a.entranceId },
        bearer(w.a.token),
        { claimCode: 'ABCD-EFGH-JKMN' },
      ),
  },
  'POST /v1/buildings/:buildingId/units': {
    crossTenant: (w) => asB(w, 'POST', `/v1/buildings/${w.a.buildingId}/units`, { label: '9Z' }),
    malformed: (w) => [
      ...malformedBodies('POST', `/v1/buildings/${w.a.buildingId}/units`, bearer(w.a.token), { label: '9Z' }, [
        'label',
      ]),
      ...malformedIds('POST', inBuilding('/units'), ids(w), bearer(w.a.token), { label: '9Z' }),
    ],
  },
  'POST /v1/buildings/:buildingId/units/:unitId/invitations': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/buildings/${w.a.buildingId}/units/${w.a.vacantUnitId}/invitations`, unitInvite),
      post(`/v1/buildings/${w.b.buildingId}/units/${w.a.vacantUnitId}/invitations`, bearer(w.b.token), unitInvite),
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/buildings/${w.a.buildingId}/units/${w.a.vacantUnitId}/invitations`,
        bearer(w.a.token),
        unitInvite,
        ['email'],
      ),
      ...malformedIds(
        'POST',
        inBuilding('/units/:unitId/invitations'),
        { buildingId: w.a.buildingId, unitId: w.a.vacantUnitId },
        bearer(w.a.token),
        unitInvite,
      ),
    ],
  },
  'POST /v1/buildings/:buildingId/units/:unitId/end-residency': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/buildings/${w.a.buildingId}/units/${w.a.unitId}/end-residency`),
      post(`/v1/buildings/${w.b.buildingId}/units/${w.a.unitId}/end-residency`, bearer(w.b.token)),
    ],
    malformed: (w) =>
      malformedIds(
        'POST',
        inBuilding('/units/:unitId/end-residency'),
        { buildingId: w.a.buildingId, unitId: w.a.unitId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/homes/:homeId/move-out': {
    // B, and A's own building manager: the unit's home is the resident's.
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/homes/${w.a.unitHomeId}/move-out`),
      post(`/v1/homes/${w.a.unitHomeId}/move-out`, bearer(w.a.token)),
    ],
    malformed: (w) =>
      malformedIds('POST', '/v1/homes/:homeId/move-out', { homeId: w.a.unitHomeId }, bearer(w.a.unitResidentToken)),
  },
  'GET /v1/buildings/:buildingId/carrier-access': {
    crossTenant: (w) => asB(w, 'GET', `/v1/buildings/${w.a.buildingId}/carrier-access`),
    malformed: (w) => malformedIds('GET', inBuilding('/carrier-access'), ids(w), bearer(w.a.token)),
  },
  'POST /v1/buildings/:buildingId/carrier-access': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/buildings/${w.a.buildingId}/carrier-access`, grant(w.a.entranceId, w.b.organisationId)),
      // B's own building, naming A's entrance.
      post(
        `/v1/buildings/${w.b.buildingId}/carrier-access`,
        bearer(w.b.token),
        grant(w.a.entranceId, w.b.organisationId),
      ),
    ],
    malformed: (w) => {
      const valid = grant(w.a.entranceId, w.a.organisationId);
      return [
        ...malformedBodies('POST', `/v1/buildings/${w.a.buildingId}/carrier-access`, bearer(w.a.token), valid, [
          'entranceId',
          'organisationId',
          'windows',
        ]),
        ...[
          { windows: [] },
          { windows: [{ days: ['XX'], startLocal: '08:00', endLocal: '09:00' }] },
          { windows: [{ days: ['MO'], startLocal: '8am', endLocal: '09:00' }] },
          { windows: [{ days: ['MO'], startLocal: '09:00', endLocal: '09:00' }] },
          // A carrier is a carrier organisation: the building manager itself is not.
          { organisationId: w.a.buildingOrganisationId },
        ].map((change) =>
          post(`/v1/buildings/${w.a.buildingId}/carrier-access`, bearer(w.a.token), { ...valid, ...change }),
        ),
        ...malformedIds('POST', inBuilding('/carrier-access'), ids(w), bearer(w.a.token), valid),
      ];
    },
  },
  'POST /v1/buildings/:buildingId/carrier-access/:accessId/revoke': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/buildings/${w.a.buildingId}/carrier-access/${w.a.carrierAccessId}/revoke`),
      post(`/v1/buildings/${w.b.buildingId}/carrier-access/${w.a.carrierAccessId}/revoke`, bearer(w.b.token)),
    ],
    malformed: (w) =>
      malformedIds(
        'POST',
        inBuilding('/carrier-access/:accessId/revoke'),
        { buildingId: w.a.buildingId, accessId: w.a.carrierAccessId },
        bearer(w.a.token),
      ),
  },
  'GET /v1/buildings/:buildingId/activity': {
    crossTenant: (w) => asB(w, 'GET', `/v1/buildings/${w.a.buildingId}/activity`),
    malformed: (w) => [
      ...malformedIds('GET', inBuilding('/activity'), ids(w), bearer(w.a.token)),
      ...['limit=0', 'limit=abc', 'from=yesterday', 'organisationId=nope', 'unit=1A'].map((q) => ({
        method: 'GET' as const,
        url: `/v1/buildings/${w.a.buildingId}/activity?${q}`,
        headers: bearer(w.a.token),
      })),
    ],
  },
  'GET /v1/buildings/:buildingId/alerts': {
    crossTenant: (w) => asB(w, 'GET', `/v1/buildings/${w.a.buildingId}/alerts`),
    malformed: (w) => [
      ...malformedIds('GET', inBuilding('/alerts'), ids(w), bearer(w.a.token)),
      ...['limit=0', 'limit=abc', 'homeId=1'].map((q) => ({
        method: 'GET' as const,
        url: `/v1/buildings/${w.a.buildingId}/alerts?${q}`,
        headers: bearer(w.a.token),
      })),
    ],
  },
  'GET /v1/homes/:homeId/building-delivery': {
    // B, and A's own building manager: the unit is the resident's home.
    crossTenant: (w) => [
      ...asB(w, 'GET', `/v1/homes/${w.a.unitHomeId}/building-delivery`),
      { method: 'GET', url: `/v1/homes/${w.a.unitHomeId}/building-delivery`, headers: bearer(w.a.token) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/homes/:homeId/building-delivery',
        { homeId: w.a.unitHomeId },
        bearer(w.a.unitResidentToken),
      ),
  },
  'PUT /v1/homes/:homeId/building-delivery': {
    crossTenant: (w) => [
      ...asB(w, 'PUT', `/v1/homes/${w.a.unitHomeId}/building-delivery`, { allowed: false }),
      {
        method: 'PUT',
        url: `/v1/homes/${w.a.unitHomeId}/building-delivery`,
        headers: bearer(w.a.token),
        payload: { allowed: false },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'PUT',
        `/v1/homes/${w.a.unitHomeId}/building-delivery`,
        bearer(w.a.unitResidentToken),
        { allowed: false },
        ['allowed'],
      ),
      ...malformedIds(
        'PUT',
        '/v1/homes/:homeId/building-delivery',
        { homeId: w.a.unitHomeId },
        bearer(w.a.unitResidentToken),
        { allowed: false },
      ),
    ],
  },
};

const nothing: PrivilegeCase = { grants: 'nothing' };

export const buildingsPrivilegeCases: Record<string, PrivilegeCase> = {
  'POST /v1/buildings': {
    grants: 'nothing',
    why: 'a building of a building manager the caller already administers; membership is unchanged',
    // A's home resident and courier are not admins of A's building manager; B is not a member of it.
    widen: (w) =>
      [w.a.residentToken, w.a.courierToken, w.a.unitResidentToken, w.b.token].map((token) =>
        post('/v1/buildings', bearer(token), newBuilding(w.a.buildingOrganisationId)),
      ),
  },
  'GET /v1/buildings': nothing,
  'GET /v1/buildings/:buildingId': nothing,
  'POST /v1/buildings/:buildingId/entrances': {
    grants: 'nothing',
    why: 'an entrance of a building the caller administers',
  },
  'POST /v1/buildings/:buildingId/entrances/:entranceId/devices': {
    grants: "a controller or camera bound to an entrance of the caller's own building",
    widen: (w) =>
      [w.a.unitResidentToken, w.a.courierToken, w.b.token].map((token) =>
        post(`/v1/buildings/${w.a.buildingId}/entrances/${w.a.entranceId}/devices`, bearer(token), {
          claimCode: 'ABCD-EFGH-JKMN',
        }),
      ),
  },
  'POST /v1/buildings/:buildingId/units': { grants: 'nothing', why: 'a vacant unit: a home with no members' },
  'POST /v1/buildings/:buildingId/units/:unitId/invitations': {
    grants: "membership of a vacant unit's home, once the invitee accepts",
    widen: (w) => [
      // The manager may not put anyone into an occupied unit: the resident's home is theirs.
      post(`/v1/buildings/${w.a.buildingId}/units/${w.a.unitId}/invitations`, bearer(w.a.token), {
        email: 'manager-friend@example.test',
      }),
      // The unit's resident, the courier and B are not the manager.
      ...[w.a.unitResidentToken, w.a.courierToken, w.b.token].map((token) =>
        post(`/v1/buildings/${w.a.buildingId}/units/${w.a.vacantUnitId}/invitations`, bearer(token), unitInvite),
      ),
    ],
  },
  'POST /v1/buildings/:buildingId/units/:unitId/end-residency': {
    grants: 'nothing: the unit gets an empty home; the residents keep theirs and the manager joins neither',
    // The resident, the courier and B are not the manager.
    widen: (w) =>
      [w.a.unitResidentToken, w.a.courierToken, w.b.token].map((token) =>
        post(`/v1/buildings/${w.a.buildingId}/units/${w.a.unitId}/end-residency`, bearer(token)),
      ),
  },
  'POST /v1/homes/:homeId/move-out': {
    grants: 'nothing: the residents keep their home; the manager and the next resident gain nothing of it',
    widen: (w) =>
      [w.a.token, w.a.courierToken, w.b.token].map((token) =>
        post(`/v1/homes/${w.a.unitHomeId}/move-out`, bearer(token)),
      ),
  },
  'GET /v1/buildings/:buildingId/carrier-access': nothing,
  'POST /v1/buildings/:buildingId/carrier-access': {
    grants: "a carrier's couriers through one entrance in weekly windows: the building manager's admins only",
    // A carrier (B's, or A's own courier and key) may not let itself in; nor may the resident.
    widen: (w) => [
      ...[w.b.token, w.a.courierToken, w.a.unitResidentToken].map((token) =>
        post(
          `/v1/buildings/${w.a.buildingId}/carrier-access`,
          bearer(token),
          grant(w.a.entranceId, w.b.organisationId),
        ),
      ),
      post(
        `/v1/buildings/${w.a.buildingId}/carrier-access`,
        apiKey(w.a.keySecret),
        grant(w.a.entranceId, w.a.organisationId),
      ),
    ],
  },
  'POST /v1/buildings/:buildingId/carrier-access/:accessId/revoke': nothing,
  'GET /v1/buildings/:buildingId/activity': nothing,
  'GET /v1/buildings/:buildingId/alerts': nothing,
  'GET /v1/homes/:homeId/building-delivery': nothing,
  'PUT /v1/homes/:homeId/building-delivery': {
    grants: 'nothing',
    why: "the household's own preference; the building manager cannot turn it on or off",
    widen: (w) => [
      {
        method: 'PUT',
        url: `/v1/homes/${w.a.unitHomeId}/building-delivery`,
        headers: bearer(w.a.token),
        payload: { allowed: false },
      },
    ],
  },
};

export const buildingsIdempotencyCases: Record<string, IdempotencyCase> = {
  'POST /v1/buildings': {
    creates: 'buildings',
    request: async (w) => post('/v1/buildings', bearer(w.a.token), newBuilding(w.a.buildingOrganisationId)),
  },
  'POST /v1/buildings/:buildingId/entrances': {
    creates: 'building_entrances',
    request: async (w) => post(`/v1/buildings/${w.a.buildingId}/entrances`, bearer(w.a.token), newEntrance),
  },
  'POST /v1/buildings/:buildingId/entrances/:entranceId/devices': {
    none: 'pairing needs the live device; a retry finds it paired already and changes nothing',
  },
  'POST /v1/buildings/:buildingId/units': {
    creates: 'building_units',
    request: async (w) => post(`/v1/buildings/${w.a.buildingId}/units`, bearer(w.a.token), { label: 'IDEM' }),
  },
  'POST /v1/buildings/:buildingId/units/:unitId/invitations': {
    creates: 'invitations',
    request: async (w) =>
      post(`/v1/buildings/${w.a.buildingId}/units/${w.a.vacantUnitId}/invitations`, bearer(w.a.token), {
        email: 'idem-resident@example.test',
      }),
  },
  'POST /v1/buildings/:buildingId/carrier-access': {
    creates: 'building_carrier_access',
    request: async (w) =>
      post(
        `/v1/buildings/${w.a.buildingId}/carrier-access`,
        bearer(w.a.token),
        grant(w.a.entranceId, w.a.organisationId),
      ),
  },
  'POST /v1/buildings/:buildingId/carrier-access/:accessId/revoke': { acts: 'revokes a carrier access' },
  'POST /v1/buildings/:buildingId/units/:unitId/end-residency': { acts: "ends a unit's residency (a new empty home)" },
  'POST /v1/homes/:homeId/move-out': { acts: 'moves the residents out of their unit (a new empty home for it)' },
};
