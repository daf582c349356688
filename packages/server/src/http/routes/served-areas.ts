import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ELIGIBILITY_METHODS } from '@threshold/core';
import { Type } from 'typebox';
import { createServedArea, removeServedArea, servedAreasOf } from '../../services/eligibility/served-areas.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Name, problems, Timestamp, USER_SECURITY } from '../schemas.js';

// A carrier's served areas (docs/eligibility.md "Served areas"): polygons where it serves which methods; its
// signed-in admins only.

const Method = Type.Enum(ELIGIBILITY_METHODS);
const Position = Type.Array(Type.Number({ minimum: -180, maximum: 180 }), {
  minItems: 2,
  maxItems: 2,
  description: '[longitude, latitude] (GeoJSON order)',
});

const NewServedArea = Type.Object(
  {
    name: Name,
    methods: Type.Array(Method, { minItems: 1, maxItems: ELIGIBILITY_METHODS.length, uniqueItems: true }),
    ring: Type.Array(Position, {
      minItems: 4,
      maxItems: 1000,
      description: 'A closed ring (the last position repeats the first), GeoJSON Polygon exterior ring, no holes',
    }),
  },
  { additionalProperties: false },
);

const ServedAreaView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  name: Type.String(),
  methods: Type.Array(Method),
  ring: Type.Array(Type.Array(Type.Number())),
  createdAt: Timestamp,
});

const OrganisationParams = Type.Object({ organisationId: IdSchema('org') }, { additionalProperties: false });
const AreaParams = Type.Object(
  { organisationId: IdSchema('org'), areaId: IdSchema('sa') },
  { additionalProperties: false },
);

export const servedAreaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['eligibility'];

  app.post(
    '/organisations/:organisationId/served-areas',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Draw a served area: a polygon where the carrier serves the methods named (an admin)',
        security: USER_SECURITY,
        params: OrganisationParams,
        body: NewServedArea,
        response: { 201: ServedAreaView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const area = unwrap(await createServedArea(app.services, request.principal, organisationId, request.body));
      return reply.code(201).send(area);
    },
  );

  app.get(
    '/organisations/:organisationId/served-areas',
    {
      schema: {
        tags,
        summary: "The carrier's served areas (an admin)",
        security: USER_SECURITY,
        params: OrganisationParams,
        response: { 200: Type.Object({ items: Type.Array(ServedAreaView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => ({
      items: unwrap(await servedAreasOf(app.services, request.principal, request.params.organisationId)),
    }),
  );

  app.delete(
    '/organisations/:organisationId/served-areas/:areaId',
    {
      schema: {
        tags,
        summary: 'Remove a served area (an admin); eligibility stops counting it at once',
        security: USER_SECURITY,
        params: AreaParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { organisationId, areaId } = request.params;
      unwrap(await removeServedArea(app.services, request.principal, organisationId, areaId));
      return reply.code(204).send(null);
    },
  );
};
