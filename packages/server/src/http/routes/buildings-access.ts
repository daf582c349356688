import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { entranceActivity } from '../../services/buildings/activity.js';
import { buildingAlerts } from '../../services/buildings/alerts.js';
import { carrierAccessList, grantCarrierAccess, revokeCarrier } from '../../services/buildings/carriers.js';
import { buildingDeliveryOf, setBuildingDeliveryPreference } from '../../services/buildings/preference.js';
import { moveOut } from '../../services/buildings/residency.js';
import { unwrap } from '../outcome.js';
import { IdSchema, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import {
  BuildingAlertView,
  BuildingDeliveryView,
  CarrierAccessView,
  EntryView,
  presentBuildingAlert,
  presentCarrierAccess,
  presentEntry,
  presentUnit,
  UnitView,
  WindowSchema,
} from '../views/building-view.js';
import { BuildingParams } from './buildings.js';

// Carriers' windows at a building's entrances and the entrance activity (the manager), and the resident's
// building-delivery preference (docs/buildings.md).

const AccessParams = Type.Object(
  { buildingId: IdSchema('bld'), accessId: IdSchema('bca') },
  { additionalProperties: false },
);
const HomeParams = Type.Object({ homeId: IdSchema('home') }, { additionalProperties: false });

const GrantBody = Type.Object(
  {
    entranceId: IdSchema('ap'),
    organisationId: IdSchema('org'),
    windows: Type.Array(WindowSchema, { minItems: 1, maxItems: 14 }),
  },
  { additionalProperties: false },
);

const ActivityQuery = Type.Object(
  {
    organisationId: Type.Optional(IdSchema('org')),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

const AlertsQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
  { additionalProperties: false },
);

export const buildingAccessRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['buildings'];
  const security = USER_SECURITY;

  app.get(
    '/buildings/:buildingId/carrier-access',
    {
      schema: {
        tags,
        summary: 'Which carriers may use which entrances, and when (revoked ones included)',
        security,
        params: BuildingParams,
        response: { 200: Type.Object({ items: Type.Array(CarrierAccessView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => ({
      items: unwrap(await carrierAccessList(app.services, request.principal, request.params.buildingId)).map(
        presentCarrierAccess,
      ),
    }),
  );

  app.post(
    '/buildings/:buildingId/carrier-access',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Let a carrier's couriers use an entrance in weekly windows (building time zone)",
        security,
        params: BuildingParams,
        body: GrantBody,
        response: { 201: CarrierAccessView, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = unwrap(
        await grantCarrierAccess(app.services, request.principal, request.params.buildingId, request.body),
      );
      return reply.code(201).send(presentCarrierAccess(row));
    },
  );

  app.post(
    '/buildings/:buildingId/carrier-access/:accessId/revoke',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Revoke a carrier's access to an entrance: it opens nothing from now on",
        security,
        params: AccessParams,
        response: { 200: CarrierAccessView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { buildingId, accessId } = request.params;
      return presentCarrierAccess(unwrap(await revokeCarrier(app.services, request.principal, buildingId, accessId)));
    },
  );

  app.get(
    '/buildings/:buildingId/activity',
    {
      schema: {
        tags,
        summary: 'Couriers at the entrances by carrier and time: admitted or denied (never which resident)',
        security,
        params: BuildingParams,
        querystring: ActivityQuery,
        response: { 200: Type.Object({ items: Type.Array(EntryView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { limit = 100, ...filter } = request.query;
      const rows = unwrap(
        await entranceActivity(app.services, request.principal, request.params.buildingId, { ...filter, limit }),
      );
      return { items: rows.map(presentEntry) };
    },
  );

  app.get(
    '/buildings/:buildingId/alerts',
    {
      schema: {
        tags,
        summary: "The building's own alerts: its entrance devices offline, doors opened with no visit (no resident)",
        security,
        params: BuildingParams,
        querystring: AlertsQuery,
        response: { 200: Type.Object({ items: Type.Array(BuildingAlertView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { limit = 100 } = request.query;
      const rows = unwrap(await buildingAlerts(app.services, request.principal, request.params.buildingId, limit));
      return { items: rows.map(presentBuildingAlert) };
    },
  );

  app.post(
    '/homes/:homeId/move-out',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Leave the building (an owner of the unit): the home and its history stay yours, no longer a unit',
        security,
        params: HomeParams,
        response: { 200: UnitView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => presentUnit(unwrap(await moveOut(app.services, request.principal, request.params.homeId)), 0),
  );

  app.get(
    '/homes/:homeId/building-delivery',
    {
      schema: {
        tags,
        summary: "Whether couriers may come in through the home's building (its household)",
        security,
        params: HomeParams,
        response: { 200: BuildingDeliveryView, ...problems(401, 403, 404) },
      },
    },
    async (request) => unwrap(await buildingDeliveryOf(app.services, request.principal, request.params.homeId)),
  );

  app.put(
    '/homes/:homeId/building-delivery',
    {
      schema: {
        tags,
        summary: 'Turn building delivery on or off for this home (an owner)',
        security,
        params: HomeParams,
        body: Type.Object({ allowed: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: BuildingDeliveryView, ...problems(401, 403, 404) },
      },
    },
    async (request) =>
      unwrap(
        await setBuildingDeliveryPreference(
          app.services,
          request.principal,
          request.params.homeId,
          request.body.allowed,
        ),
      ),
  );
};
