import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Principal } from '../../policy.js';
import { visitForCourier } from '../../services/visits/access.js';
import {
  abortVisit,
  completeVisit,
  type FallbackInput,
  fallBack,
  phoneCapability,
} from '../../services/visits/courier-actions.js';
import { cursorOf, homeVisits, visitDetail } from '../../services/visits/read.js';
import { parseVisit } from '../../services/visits/runner.js';
import { requestUnlock } from '../../services/visits/unlock.js';
import { whoCame } from '../../services/visits/who-came.js';
import { unwrap } from '../outcome.js';
import { badRequest, Problem, unavailable, validation } from '../problems.js';
import { IdSchema, Page, PageQuery, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import { HomeParams } from './homes.js';
import { authoriseBeforeBody } from './visits-photo-guard.js';
import {
  presentDetail,
  presentUnlock,
  presentVisit,
  UnlockView,
  VisitDetailView,
  VisitView,
  visitDepsOf,
} from './visits-view.js';

// The courier's steps through a visit and the customer's view of them (docs/visits.md).

const VisitParams = Type.Object({ visitId: IdSchema('visit') }, { additionalProperties: false });
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** A JPEG starts with its SOI marker and a next marker (FF D8 FF): the bytes decide, not the content type. */
export const isJpeg = (body: Buffer) => body.length > 3 && body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff;

const FallbackJson = Type.Union([
  Type.Object({ method: Type.Literal('reattempt') }, { additionalProperties: false }),
  Type.Object(
    {
      method: Type.Literal('doorstep'),
      photo: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of a photo uploaded before' }),
    },
    { additionalProperties: false },
  ),
]);

const AbortBody = Type.Object(
  {
    reason: Type.Union([Type.Literal('dog'), Type.Literal('unsafe'), Type.Literal('no_access'), Type.Literal('other')]),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

const VisitQuery = Type.Object(
  {
    ...PageQuery.properties,
    state: Type.Optional(Type.String({ pattern: '^[a-z_]{1,20}$' })),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
);

/** Who may act is settled before anything else, so a stranger learns nothing, not even that the gateway is down. */
async function courierDeps(
  app: Parameters<FastifyPluginAsyncTypebox>[0],
  request: { principal: Principal; params: { visitId: string } },
) {
  unwrap(await visitForCourier(app.services.db, request.principal, request.params.visitId));
  return visitDepsOf(app);
}

const courierStep = { tags: ['visits'], security: USER_SECURITY, params: VisitParams };

export const visitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // A doorstep photo may come as the raw JPEG; it is stored content-addressed, like clips, and named by its hash.
  app.addContentTypeParser('image/jpeg', { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES }, (_r, body, done) =>
    done(null, body),
  );
  app.addHook('onRequest', authoriseBeforeBody(app));

  app.post(
    '/visits/:visitId/unlock',
    {
      config: { idempotent: true },
      schema: {
        ...courierStep,
        summary: 'Ask to open the door',
        response: { 200: UnlockView, ...problems(401, 403, 404, 409, 503) },
      },
    },
    async (request) =>
      presentUnlock(
        unwrap(await requestUnlock(await courierDeps(app, request), request.principal, request.params.visitId)),
      ),
  );

  app.post(
    '/visits/:visitId/capability',
    {
      schema: {
        ...courierStep,
        summary: "A capability for the courier's phone to hand to a lock that cannot reach the cloud",
        response: {
          200: Type.Object({ capability: Type.String(), expiresAt: Timestamp, lockId: Type.String() }),
          ...problems(401, 403, 404, 409, 503),
        },
      },
    },
    async (request) =>
      unwrap(await phoneCapability(await courierDeps(app, request), request.principal, request.params.visitId)),
  );

  app.post(
    '/visits/:visitId/complete',
    {
      config: { idempotent: true },
      schema: { ...courierStep, response: { 200: VisitView, ...problems(401, 403, 404, 409, 503) } },
    },
    async (request) => {
      const applied = unwrap(
        await completeVisit(await courierDeps(app, request), request.principal, request.params.visitId),
      );
      return presentVisit(applied.row, applied.visit);
    },
  );

  app.post(
    '/visits/:visitId/abort',
    {
      config: { idempotent: true },
      schema: { ...courierStep, body: AbortBody, response: { 200: VisitView, ...problems(401, 403, 404, 409, 503) } },
    },
    async (request) => {
      const applied = unwrap(
        await abortVisit(await courierDeps(app, request), request.principal, request.params.visitId, request.body),
      );
      return presentVisit(applied.row, applied.visit);
    },
  );

  app.post(
    '/visits/:visitId/fallback',
    {
      config: { idempotent: true },
      schema: {
        ...courierStep,
        summary: 'Leave the parcel another way: doorstep (a JPEG body, or a photo hash) or a later attempt',
        body: { content: { 'application/json': { schema: FallbackJson }, 'image/jpeg': { schema: {} } } } as never,
        response: { 200: VisitView, ...problems(401, 403, 404, 409, 413, 415, 503) },
      },
    },
    async (request) => {
      const deps = await courierDeps(app, request);
      if (request.body === undefined || request.body === null) throw validation('body is required', 'body');
      let input = request.body as FallbackInput;
      if (Buffer.isBuffer(request.body)) {
        if (!deps.blobs) throw unavailable('Photo storage is not configured');
        if (!isJpeg(request.body)) throw new Problem('unsupported-media-type', 'The photo must be a JPEG image');
        const sha256 = createHash('sha256').update(request.body).digest('hex');
        if (!(await deps.blobs.put(sha256, request.body)).ok) throw badRequest('The photo could not be stored');
        input = { method: 'doorstep', photo: sha256 };
      }
      const { visitId } = request.params;
      unwrap(await fallBack(deps, request.principal, visitId, input));
      const detail = unwrap(await visitDetail(deps.db, request.principal, visitId));
      return presentVisit(detail.row, detail.visit);
    },
  );

  app.get(
    '/visits/:visitId',
    { schema: { ...courierStep, response: { 200: VisitDetailView, ...problems(401, 404) } } },
    async (request) => {
      const detail = unwrap(await visitDetail(app.services.db, request.principal, request.params.visitId));
      return { ...presentDetail(detail), who: await whoCame(app.services.db, detail.row) };
    },
  );

  app.get(
    '/homes/:homeId/visits',
    {
      schema: {
        tags: ['visits'],
        security: USER_SECURITY,
        params: HomeParams,
        querystring: VisitQuery,
        response: { 200: Page(VisitView), ...problems(401, 404) },
      },
    },
    async (request) => {
      const { limit = 50, ...filter } = request.query;
      const rows = unwrap(
        await homeVisits(app.services.db, request.principal, request.params.homeId, { ...filter, limit }),
      );
      const last = rows.at(-1);
      return {
        items: rows.map((r) => presentVisit(r, parseVisit(r))),
        nextCursor: rows.length === limit && last ? cursorOf(last.opened_at, last.id) : null,
      };
    },
  );
};
