import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  addEntrance,
  addUnit,
  createBuilding,
  inviteResident,
  pairEntranceDevice,
} from '../../services/buildings/manage.js';
import { buildingDetail, buildingsOf } from '../../services/buildings/read.js';
import { endResidency } from '../../services/buildings/residency.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { unavailable } from '../problems.js';
import { Email, IdSchema, Name, problems, USER_SECURITY } from '../schemas.js';
import {
  BuildingView,
  EntranceKindSchema,
  EntranceView,
  presentBuilding,
  presentEntrance,
  presentUnit,
  UnitView,
} from '../views/building-view.js';
import { InvitationReceiptView, presentReceipt } from '../views/invitation-view.js';
import { DeviceView, presentDevice } from './devices-view.js';

// A building manager's buildings, entrances and units, and residents invited to units (docs/buildings.md).

export const BuildingParams = Type.Object({ buildingId: IdSchema('bld') }, { additionalProperties: false });
const EntranceParams = Type.Object(
  { buildingId: IdSchema('bld'), entranceId: IdSchema('ap') },
  { additionalProperties: false },
);
const UnitParams = Type.Object(
  { buildingId: IdSchema('bld'), unitId: IdSchema('unit') },
  { additionalProperties: false },
);

const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lon = Type.Number({ minimum: -180, maximum: 180 });

const NewBuildingBody = Type.Object(
  {
    organisationId: IdSchema('org'),
    name: Name,
    addressLine1: Type.String({ minLength: 1, maxLength: 200 }),
    city: Type.String({ minLength: 1, maxLength: 100 }),
    postalCode: Type.String({ minLength: 1, maxLength: 20 }),
    country: Type.String({ pattern: '^[A-Za-z]{2}$' }),
    lat: Lat,
    lon: Lon,
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  },
  { additionalProperties: false },
);

const NewEntranceBody = Type.Object(
  {
    kind: EntranceKindSchema,
    name: Name,
    lat: Lat,
    lon: Lon,
    radiusM: Type.Integer({ minimum: 5, maximum: 200, description: "The entrance's geofence" }),
  },
  { additionalProperties: false },
);

const DetailView = Type.Object({
  building: BuildingView,
  entrances: Type.Array(EntranceView),
  units: Type.Array(UnitView),
});

export const buildingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['buildings'];
  const security = USER_SECURITY;

  app.post(
    '/buildings',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a building (an admin of a building manager organisation)',
        security,
        body: NewBuildingBody,
        response: { 201: BuildingView, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const made = unwrap(await createBuilding(app.services, request.principal, request.body));
      return reply.code(201).send(presentBuilding(made.building, made.home));
    },
  );

  app.get(
    '/buildings',
    {
      schema: {
        tags,
        summary: "The buildings of the caller's building manager organisations",
        security,
        response: { 200: Type.Object({ items: Type.Array(BuildingView) }), ...problems(401) },
      },
    },
    async (request) => ({
      items: (await buildingsOf(app.services, request.principal)).map((b) => presentBuilding(b.building, b.home)),
    }),
  );

  app.get(
    '/buildings/:buildingId',
    {
      schema: {
        tags,
        summary: 'A building with its entrances (and their devices) and units (its manager)',
        security,
        params: BuildingParams,
        response: { 200: DetailView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const d = unwrap(await buildingDetail(app.services, request.principal, request.params.buildingId));
      return {
        building: presentBuilding(d.building, d.home),
        entrances: d.entrances.map((e) => presentEntrance(e.entrance, e)),
        units: d.units.map((u) => presentUnit(u, u.residents)),
      };
    },
  );

  app.post(
    '/buildings/:buildingId/entrances',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a lobby door or a package room (an admin of the manager)',
        security,
        params: BuildingParams,
        body: NewEntranceBody,
        response: { 201: EntranceView, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const entrance = unwrap(
        await addEntrance(app.services, request.principal, request.params.buildingId, request.body),
      );
      return reply.code(201).send(presentEntrance(entrance));
    },
  );

  app.post(
    '/buildings/:buildingId/entrances/:entranceId/devices',
    {
      schema: {
        tags,
        summary: "Pair an entrance's controller (a lock-like device) or its camera by claim code",
        security,
        params: EntranceParams,
        body: Type.Object({ claimCode: Type.String({ minLength: 1, maxLength: 32 }) }, { additionalProperties: false }),
        response: { 201: DeviceView, ...problems(401, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const gateway = app.deps.gateway;
      if (!gateway) throw unavailable('The device gateway is not running');
      const { buildingId, entranceId } = request.params;
      const device = unwrap(
        await pairEntranceDevice(
          { ...app.services, gateway },
          request.principal,
          buildingId,
          entranceId,
          request.body.claimCode,
        ),
      );
      return reply.code(201).send(presentDevice(device));
    },
  );

  app.post(
    '/buildings/:buildingId/units',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a unit (a home of its own, joined by its residents)',
        security,
        params: BuildingParams,
        body: Type.Object(
          { label: Type.String({ pattern: '^[A-Za-z0-9 ._-]{1,20}$' }) },
          { additionalProperties: false },
        ),
        response: { 201: UnitView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const unit = unwrap(
        await addUnit(app.services, request.principal, request.params.buildingId, request.body.label),
      );
      return reply.code(201).send(presentUnit(unit, 0));
    },
  );

  app.post(
    '/buildings/:buildingId/units/:unitId/invitations',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Invite a resident to a vacant unit; they join only by accepting (POST /v1/me/invitations/{id}/accept)',
        security,
        params: UnitParams,
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: { 201: InvitationReceiptView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { buildingId, unitId } = request.params;
      const invitation = unwrap(
        await inviteResident(app.services, request.principal, buildingId, unitId, request.body.email),
      );
      return reply.code(201).send(presentReceipt(invitation));
    },
  );

  app.post(
    '/buildings/:buildingId/units/:unitId/end-residency',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "End the residency of an occupied unit: the unit gets a new, empty home; the residents' home stays theirs",
        security,
        params: UnitParams,
        response: { 200: UnitView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { buildingId, unitId } = request.params;
      return presentUnit(unwrap(await endResidency(app.services, request.principal, buildingId, unitId)), 0);
    },
  );
};
