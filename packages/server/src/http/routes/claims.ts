import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import { openClaim, postMessage } from '../../services/claims/claims.js';
import { acknowledgeAlert, CONSENT_MAX_HOURS, grantSupportConsent } from '../../services/claims/consent.js';
import { claimDetail, homeClaims } from '../../services/claims/read.js';
import { unwrap } from '../outcome.js';
import { IdSchema, ORG_SECURITY, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import { ClaimDetailView, ClaimKindSchema, ClaimView, presentClaim, presentClaimDetail } from '../views/claim-view.js';
import { HomeParams } from './homes.js';
import { AlertView, presentAlert } from './visits-view.js';

// Claims as the customer and the carrier see them (docs/claims.md). Support's routes are in claims-support.ts, the
// photos in claims-photos.ts.

export const ClaimParams = Type.Object({ claimId: IdSchema('claim') }, { additionalProperties: false });
const VisitParams = Type.Object({ visitId: IdSchema('visit') }, { additionalProperties: false });
const AlertParams = Type.Object({ alertId: IdSchema('alert') }, { additionalProperties: false });

const NewClaimBody = Type.Object(
  {
    kind: ClaimKindSchema,
    description: Type.String({ minLength: 1, maxLength: 4000 }),
    alertIds: Type.Optional(Type.Array(IdSchema('alert'), { maxItems: 20, description: 'Alerts of the same visit' })),
  },
  { additionalProperties: false },
);
export const MessageBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
const ConsentBody = Type.Object(
  { hours: Type.Optional(Type.Integer({ minimum: 1, maximum: CONSENT_MAX_HOURS, default: 24 })) },
  { additionalProperties: false },
);
const ConsentView = Type.Object({
  id: Type.String(),
  visitId: Type.String(),
  grantedAt: Timestamp,
  expiresAt: Timestamp,
});
const ListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })) },
  { additionalProperties: false },
);

export const viewerOf = (request: FastifyRequest) =>
  request.principal.kind === 'user' ? request.principal.userId : null;

export const claimRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/visits/:visitId/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Open a claim about a visit of your home; it pins the visit’s evidence as it stands now',
        security: USER_SECURITY,
        params: VisitParams,
        body: NewClaimBody,
        response: { 201: ClaimDetailView, ...problems(401, 403, 404, 409) },
      },
      config: { idempotent: true },
    },
    async (request, reply) => {
      const body: Static<typeof NewClaimBody> = request.body;
      const row = unwrap(await openClaim(app.services, request.principal, request.params.visitId, body));
      const detail = unwrap(await claimDetail(app.services.db, request.principal, row.id));
      return reply.code(201).send(presentClaimDetail(detail, viewerOf(request)));
    },
  );

  app.get(
    '/claims/:claimId',
    {
      schema: {
        tags: ['claims'],
        summary: 'A claim: for the home’s people, the visit’s carrier or provider, and platform support',
        security: ORG_SECURITY,
        params: ClaimParams,
        response: { 200: ClaimDetailView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const detail = unwrap(await claimDetail(app.services.db, request.principal, request.params.claimId));
      return presentClaimDetail(detail, viewerOf(request));
    },
  );

  app.get(
    '/homes/:homeId/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'The home’s claims, newest first',
        security: USER_SECURITY,
        params: HomeParams,
        querystring: ListQuery,
        response: { 200: Type.Object({ items: Type.Array(ClaimView) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const rows = unwrap(await homeClaims(app.services.db, request.principal, request.params.homeId, limit));
      return { items: rows.map((r) => presentClaim(r, viewerOf(request))) };
    },
  );

  app.post(
    '/claims/:claimId/messages',
    {
      schema: {
        tags: ['claims'],
        summary: 'Add a message; the customer’s answer to a question puts the claim back in the queue',
        security: ORG_SECURITY,
        params: ClaimParams,
        body: MessageBody,
        response: { 200: ClaimDetailView, ...problems(401, 403, 404, 409) },
      },
      config: { idempotent: true },
    },
    async (request) => {
      const { principal } = request;
      unwrap(await postMessage(app.services, principal, request.params.claimId, request.body.body));
      return presentClaimDetail(
        unwrap(await claimDetail(app.services.db, principal, request.params.claimId)),
        viewerOf(request),
      );
    },
  );

  app.post(
    '/visits/:visitId/support-consent',
    {
      schema: {
        tags: ['claims'],
        summary: 'Let platform support watch this visit’s clips for some hours (home owner); each look is logged',
        security: USER_SECURITY,
        params: VisitParams,
        body: ConsentBody,
        response: { 201: ConsentView, ...problems(401, 403, 404) },
      },
      config: { idempotent: true },
    },
    async (request, reply) => {
      const hours = request.body.hours ?? 24;
      const consent = unwrap(await grantSupportConsent(app.services, request.principal, request.params.visitId, hours));
      return reply.code(201).send(consent);
    },
  );

  app.post(
    '/alerts/:alertId/acknowledge',
    {
      schema: {
        tags: ['visits'],
        summary: 'Mark an alert of your home as seen (a fact in the home’s ledger)',
        security: USER_SECURITY,
        params: AlertParams,
        response: { 200: AlertView, ...problems(401, 404) },
      },
      config: { idempotent: true },
    },
    async (request) =>
      presentAlert(unwrap(await acknowledgeAlert(app.services, request.principal, request.params.alertId))),
  );
};
