import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { visitDetail } from '../../services/visits/read.js';
import { unwrap } from '../outcome.js';
import { notFound, unavailable } from '../problems.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';
import { photoOf } from './visits-view.js';

const PhotoParams = Type.Object({ visitId: IdSchema('visit') }, { additionalProperties: false });

/** The doorstep photo a courier left as evidence, for those who may see the visit (docs/api.md "Visits"). */
export const visitPhotoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/visits/:visitId/photo',
    {
      schema: {
        tags: ['visits'],
        summary: 'The photo of a parcel left outside (JPEG), stored by its SHA-256',
        security: USER_SECURITY,
        params: PhotoParams,
        response: {
          200: {
            description: 'The photo',
            content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
          },
          ...problems(401, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const detail = unwrap(await visitDetail(app.services.db, request.principal, request.params.visitId));
      const sha256 = photoOf(detail);
      if (sha256 === null) throw notFound('photo');
      const store = app.deps.clips;
      if (!store) throw unavailable('Photo storage is not configured on this node');
      const opened = await store.open(sha256);
      if (!opened.ok) throw unavailable('The photo file is missing');
      reply.header('content-type', 'image/jpeg').header('content-length', opened.value.size);
      reply.header('etag', `"${sha256}"`).header('cache-control', 'private, max-age=86400, immutable');
      return reply.send(opened.value.stream as never);
    },
  );
};
