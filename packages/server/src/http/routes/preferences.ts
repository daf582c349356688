import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { enrolHome } from '../../services/deliveries-enrolments.js';
import { getPreferences, putPreferences } from '../../services/preferences.js';
import { unwrap } from '../outcome.js';
import { IdSchema, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import { HomeParams } from './homes.js';

// A home's delivery preferences, and the carriers it is enrolled with (DESIGN.md "Who uses it").

export const PreferencesSchema = Type.Object(
  {
    inHomeAccessPointIds: Type.Array(IdSchema('ap'), { maxItems: 20, description: 'Doors open to in-home delivery' }),
    unrecordedAccessPointIds: Type.Optional(
      Type.Array(IdSchema('ap'), {
        maxItems: 20,
        description:
          'Garages a courier may enter without a camera recording (docs/access-points.md "Garage"); every other access point needs its camera',
      }),
    ),
    pets: Type.Object(
      {
        status: Type.Union([Type.Literal('none'), Type.Literal('contained'), Type.Literal('loose')]),
        note: Type.String({ maxLength: 500, description: 'For the courier, e.g. "cat, stays in the kitchen"' }),
      },
      { additionalProperties: false },
    ),
    daysOff: Type.Array(
      Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "Local date in the home's zone" }),
      {
        maxItems: 366,
      },
    ),
    fallback: Type.Union([Type.Literal('doorstep'), Type.Literal('locker'), Type.Literal('reattempt')]),
    instructions: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);

const EnrolmentBody = Type.Object(
  { organisationId: IdSchema('org'), plan: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
);
const EnrolmentView = Type.Object({
  homeId: Type.String(),
  organisationId: Type.String(),
  plan: Type.String(),
  createdAt: Timestamp,
});

export const preferenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/homes/:homeId/preferences',
    {
      schema: {
        tags: ['preferences'],
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: PreferencesSchema, ...problems(401, 404) },
      },
    },
    async (request) => unwrap(await getPreferences(app.services, request.principal, request.params.homeId)),
  );

  app.put(
    '/homes/:homeId/preferences',
    {
      schema: {
        tags: ['preferences'],
        security: USER_SECURITY,
        params: HomeParams,
        body: PreferencesSchema,
        response: { 200: PreferencesSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) =>
      unwrap(await putPreferences(app.services, request.principal, request.params.homeId, request.body)),
  );

  app.post(
    '/homes/:homeId/enrolments',
    {
      config: { idempotent: true },
      schema: {
        tags: ['preferences'],
        summary: 'Enrol the home with a carrier, which may then book in-home deliveries to it',
        security: USER_SECURITY,
        params: HomeParams,
        body: EnrolmentBody,
        response: { 201: EnrolmentView, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = unwrap(await enrolHome(app.services, request.principal, request.params.homeId, request.body));
      return reply
        .code(201)
        .send({ homeId: row.home_id, organisationId: row.organisation_id, plan: row.plan, createdAt: row.created_at });
    },
  );
};
