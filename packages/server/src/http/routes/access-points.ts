import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createAccessPoint, deleteAccessPoint, updateAccessPoint } from '../../services/access-points.js';
import { homeFor } from '../../services/home-access.js';
import { listAccessPoints } from '../../store/access-points-repo.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Name, problems, USER_SECURITY } from '../schemas.js';
import { AccessPointKindSchema, AccessPointView, presentAccessPoint } from '../views/home-view.js';
import { HomeParams } from './homes.js';

const AccessPointParams = Type.Object(
  { homeId: IdSchema('home'), accessPointId: IdSchema('ap') },
  { additionalProperties: false },
);
const Fields = { kind: AccessPointKindSchema, name: Name };

export const accessPointRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/homes/:homeId/access-points',
    {
      config: { idempotent: true },
      schema: {
        tags: ['access-points'],
        security: USER_SECURITY,
        params: HomeParams,
        body: Type.Object(Fields, { additionalProperties: false }),
        response: { 201: AccessPointView, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const home = unwrap(
        await homeFor(app.services, request.principal, request.params.homeId, 'manage_access_points'),
      );
      return reply.code(201).send(presentAccessPoint(await createAccessPoint(app.services, home.id, request.body)));
    },
  );

  app.get(
    '/homes/:homeId/access-points',
    {
      schema: {
        tags: ['access-points'],
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: Type.Object({ items: Type.Array(AccessPointView) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'read'));
      return { items: (await listAccessPoints(app.services.db, home.id)).map(presentAccessPoint) };
    },
  );

  app.patch(
    '/homes/:homeId/access-points/:accessPointId',
    {
      schema: {
        tags: ['access-points'],
        security: USER_SECURITY,
        params: AccessPointParams,
        body: Type.Partial(Type.Object(Fields), { additionalProperties: false, minProperties: 1 }),
        response: { 200: AccessPointView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { homeId, accessPointId } = request.params;
      const home = unwrap(await homeFor(app.services, request.principal, homeId, 'manage_access_points'));
      return presentAccessPoint(unwrap(await updateAccessPoint(app.services, home.id, accessPointId, request.body)));
    },
  );

  app.delete(
    '/homes/:homeId/access-points/:accessPointId',
    {
      schema: {
        tags: ['access-points'],
        security: USER_SECURITY,
        params: AccessPointParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { homeId, accessPointId } = request.params;
      const home = unwrap(await homeFor(app.services, request.principal, homeId, 'manage_access_points'));
      unwrap(await deleteAccessPoint(app.services, home.id, accessPointId));
      return reply.code(204).send(null);
    },
  );
};
