import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { homeFor } from '../../services/home-access.js';
import { deleteHome } from '../../services/home-deletion.js';
import { exportHome } from '../../services/home-export.js';
import { CLIP_DAYS, clipRetentionDays, setClipRetention } from '../../services/retention.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { problems, USER_SECURITY } from '../schemas.js';
import { HomeParams } from './homes.js';

// A home's data over its life (docs/ledger.md "Retention", "Export", "Deleting a home"): how long clips are kept,
// everything about the home as one archive, and deleting it. The owner decides; residents may read the retention.

const Retention = Type.Object(
  {
    clipDays: Type.Integer({
      minimum: CLIP_DAYS.min,
      maximum: CLIP_DAYS.max,
      description: `Days a clip file is kept after it was stored (default ${CLIP_DAYS.default})`,
    }),
  },
  { additionalProperties: false },
);

const DeleteBody = Type.Object(
  { confirm: Type.String({ minLength: 1, maxLength: 200, description: "The home's name, exactly" }) },
  { additionalProperties: false },
);

const CheckpointView = Type.Object({
  homeId: Type.String(),
  treeSize: Type.Integer(),
  rootHash: Type.String(),
  headHash: Type.String(),
  at: Type.String(),
  kid: Type.String(),
  sig: Type.String(),
});

export const homeDataRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/homes/:homeId/retention',
    {
      schema: {
        tags: ['homes'],
        summary: "How long the home's clips are kept",
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: Retention, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'read'));
      return { clipDays: await clipRetentionDays(app.services.db, home.id) };
    },
  );

  app.put(
    '/homes/:homeId/retention',
    {
      schema: {
        tags: ['homes'],
        summary: "Set how long the home's clips are kept (owner); clips under an open claim are kept until it closes",
        security: USER_SECURITY,
        params: HomeParams,
        body: Retention,
        response: { 200: Retention, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'change'));
      return { clipDays: await setClipRetention(app.services, home.id, request.body.clipDays, userId) };
    },
  );

  app.get(
    '/homes/:homeId/export',
    {
      schema: {
        tags: ['homes'],
        summary: 'Everything about the home as a .tar.gz, with a manifest of SHA-256s and a signed checkpoint (owner)',
        security: USER_SECURITY,
        params: HomeParams,
        response: {
          200: {
            description: 'The archive',
            content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
          },
          ...problems(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'change'));
      const archive = unwrap(await exportHome({ ...app.services, clips: app.deps.clips }, home));
      reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="threshold-${home.id}.tar.gz"`);
      return reply.send(archive as never);
    },
  );

  app.delete(
    '/homes/:homeId',
    {
      schema: {
        tags: ['homes'],
        summary: "Delete the home's personal data (owner; confirm with its name); answers the final checkpoint",
        security: USER_SECURITY,
        params: HomeParams,
        body: DeleteBody,
        response: {
          200: Type.Object({ deleted: Type.Literal(true), checkpoint: CheckpointView }),
          ...problems(401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'change'));
      const deps = { ...app.services, clips: app.deps.clips };
      return { deleted: true as const, checkpoint: unwrap(await deleteHome(deps, home, userId, request.body.confirm)) };
    },
  );
};
