import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { homeFor } from '../../services/home-access.js';
import { createHome, homesOf, updateHome } from '../../services/homes.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Page, PageQuery, problems, USER_SECURITY } from '../schemas.js';
import { HomeFieldsSchema, HomePatchSchema, HomeView, presentHome } from '../views/home-view.js';

export const HomeParams = Type.Object({ homeId: IdSchema('home') }, { additionalProperties: false });

export const homeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/homes',
    {
      schema: {
        tags: ['homes'],
        summary: 'Add a home; the creator becomes its owner',
        security: USER_SECURITY,
        body: HomeFieldsSchema,
        response: { 201: HomeView, ...problems(401, 403, 409) },
      },
      config: { idempotent: true },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const home = unwrap(await createHome(app.services, userId, request.body));
      return reply.code(201).send(presentHome(home));
    },
  );

  app.get(
    '/homes',
    {
      schema: {
        tags: ['homes'],
        summary: 'Homes the caller is a member of',
        security: USER_SECURITY,
        querystring: PageQuery,
        response: { 200: Page(HomeView), ...problems(401, 403) },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      const page = await homesOf(app.services, userId, {
        limit: request.query.limit ?? 50,
        after: request.query.after,
      });
      return { items: page.items.map(presentHome), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/homes/:homeId',
    {
      schema: {
        tags: ['homes'],
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: HomeView, ...problems(401, 404) },
      },
    },
    async (request) =>
      presentHome(unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'read'))),
  );

  app.patch(
    '/homes/:homeId',
    {
      schema: {
        tags: ['homes'],
        security: USER_SECURITY,
        params: HomeParams,
        body: HomePatchSchema,
        response: { 200: HomeView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'change'));
      return presentHome(unwrap(await updateHome(app.services, home, request.body)));
    },
  );
};
