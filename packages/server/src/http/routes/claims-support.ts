import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assignClaim, closeClaim, decideClaim, requestInfo } from '../../services/claims/claims.js';
import { claimDetail, supportQueue } from '../../services/claims/read.js';
import type { Outcome } from '../../services/failure.js';
import type { ClaimRow } from '../../store/schema-claims.js';
import { unwrap } from '../outcome.js';
import { problems, USER_SECURITY } from '../schemas.js';
import { ClaimDetailView, ClaimView, presentClaim, presentClaimDetail, Resolution } from '../views/claim-view.js';
import { ClaimParams, MessageBody, viewerOf } from './claims.js';

// Platform support's side of claims (docs/claims.md): the queue, taking a claim (which opens the visit's clips to the
// taker for 24 h), asking the customer for more, deciding and closing. Staff are the `platform_staff` table only.

const QueueQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Union([
        Type.Literal('open'),
        Type.Literal('in_review'),
        Type.Literal('needs_info'),
        Type.Literal('resolved'),
        Type.Literal('closed'),
      ]),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  { additionalProperties: false },
);

export const claimSupportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const detailed = async (request: Parameters<typeof viewerOf>[0], step: Outcome<ClaimRow>) => {
    const row = unwrap(step);
    return presentClaimDetail(unwrap(await claimDetail(app.services.db, request.principal, row.id)), viewerOf(request));
  };
  const schema = (summary: string, body?: object) => ({
    tags: ['claims'],
    summary,
    security: USER_SECURITY,
    params: ClaimParams,
    ...(body ? { body } : {}),
    response: { 200: ClaimDetailView, ...problems(401, 403, 404, 409) },
  });

  app.get(
    '/support/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'The claims queue, newest first (platform support)',
        security: USER_SECURITY,
        querystring: QueueQuery,
        response: { 200: Type.Object({ items: Type.Array(ClaimView) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const { state, limit = 50 } = request.query;
      const states = state === undefined ? undefined : [state];
      const rows = unwrap(await supportQueue(app.services.db, request.principal, { states, limit }));
      return { items: rows.map((r) => presentClaim(r, viewerOf(request))) };
    },
  );

  app.post(
    '/claims/:claimId/assign',
    {
      config: { idempotent: true },
      schema: schema('Take the claim for yourself; lets you watch the visit’s clips for 24 h, each look logged'),
    },
    async (request) => detailed(request, await assignClaim(app.services, request.principal, request.params.claimId)),
  );

  app.post(
    '/claims/:claimId/request-info',
    {
      config: { idempotent: true },
      schema: schema('Ask the customer for more (the claim waits for their answer)', MessageBody),
    },
    async (request) => {
      const { body } = request.body as { body: string };
      return detailed(request, await requestInfo(app.services, request.principal, request.params.claimId, body));
    },
  );

  app.post(
    '/claims/:claimId/decision',
    {
      config: { idempotent: true },
      schema: schema('Decide the claim: upheld with an amount, or rejected with a reason', Resolution),
    },
    async (request) =>
      detailed(
        request,
        await decideClaim(app.services, request.principal, request.params.claimId, request.body as never),
      ),
  );

  app.post(
    '/claims/:claimId/close',
    { config: { idempotent: true }, schema: schema('Close a resolved claim') },
    async (request) => detailed(request, await closeClaim(app.services, request.principal, request.params.claimId)),
  );
};
