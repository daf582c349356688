import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { cursorOf, homeAlerts } from '../../services/visits/read.js';
import { unwrap } from '../outcome.js';
import { Page, PageQuery, problems, USER_SECURITY } from '../schemas.js';
import { HomeParams } from './homes.js';
import { AlertView, presentAlert } from './visits-view.js';

export const alertRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/homes/:homeId/alerts',
    {
      schema: {
        tags: ['visits'],
        summary:
          "The home's alerts, newest first: door left open, overdue, camera gaps, jams, doors opened with no visit",
        security: USER_SECURITY,
        params: HomeParams,
        querystring: PageQuery,
        response: { 200: Page(AlertView), ...problems(401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const page = { limit, after: request.query.after };
      const rows = unwrap(await homeAlerts(app.services.db, request.principal, request.params.homeId, page));
      const last = rows.at(-1);
      return {
        items: rows.map(presentAlert),
        nextCursor: rows.length === limit && last ? cursorOf(last.at, last.id) : null,
      };
    },
  );
};
