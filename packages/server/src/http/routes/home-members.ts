import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { homeFor } from '../../services/home-access.js';
import { addHomeMember, homeMembers } from '../../services/homes.js';
import { unwrap } from '../outcome.js';
import { Email, problems, USER_SECURITY } from '../schemas.js';
import { HomeMemberView, HomeRoleSchema, presentHomeMember } from '../views/home-view.js';
import { HomeParams } from './homes.js';

export const homeMemberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/homes/:homeId/members',
    {
      schema: {
        tags: ['homes'],
        summary: 'Add an existing customer to the home as owner or resident',
        security: USER_SECURITY,
        params: HomeParams,
        body: Type.Object({ email: Email, role: HomeRoleSchema }, { additionalProperties: false }),
        response: { 201: HomeMemberView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'manage_members'));
      const member = unwrap(await addHomeMember(app.services, home.id, request.body));
      return reply.code(201).send(presentHomeMember(member));
    },
  );

  app.get(
    '/homes/:homeId/members',
    {
      schema: {
        tags: ['homes'],
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: Type.Object({ items: Type.Array(HomeMemberView) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'read'));
      return { items: (await homeMembers(app.services, home.id)).map(presentHomeMember) };
    },
  );
};
