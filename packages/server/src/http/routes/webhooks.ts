import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { attemptsOf, replay } from '../../services/webhooks/attempts.js';
import {
  changeEndpoint,
  createEndpoint,
  listEndpointsFor,
  readEndpoint,
  removeEndpoint,
  rotateSecret,
  type WebhookDeps,
} from '../../services/webhooks/endpoints.js';
import { unwrap } from '../outcome.js';
import { IdSchema, ORG_SECURITY, Page, PageQuery, problems, Timestamp } from '../schemas.js';
import { EventTypeSchema, WebhookAttemptView, WebhookEndpointView } from '../views/webhook-view.js';

// Partner webhooks (docs/webhooks.md): an organisation's admin, or its API key with `webhooks:write`, manages the
// endpoints its events go to, reads the attempts and asks for messages again.

const EndpointParams = Type.Object({ endpointId: IdSchema('whe') }, { additionalProperties: false });
const Url = Type.String({ minLength: 1, maxLength: 2000, description: 'https URL; never a private address' });
const EventTypes = Type.Array(EventTypeSchema, { minItems: 1, maxItems: 30, uniqueItems: true });
const Description = Type.String({ maxLength: 200 });
const WithSecret = Type.Object({
  endpoint: WebhookEndpointView,
  secret: Type.String({ description: '`whsec_…`: shown in this response only' }),
});

export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = (): WebhookDeps => ({ ...app.services, allowPrivate: app.deps.config.webhookAllowPrivate });

  app.post(
    '/webhook-endpoints',
    {
      config: { idempotent: true },
      schema: {
        tags: ['webhooks'],
        summary: 'Register an endpoint; its signing secret is in this response only',
        security: ORG_SECURITY,
        body: Type.Object(
          {
            organisationId: Type.Optional(IdSchema('org')),
            url: Url,
            eventTypes: EventTypes,
            description: Type.Optional(Description),
            enabled: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 201: WithSecret, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(unwrap(await createEndpoint(deps(), request.principal, request.body))),
  );

  app.get(
    '/webhook-endpoints',
    {
      schema: {
        tags: ['webhooks'],
        security: ORG_SECURITY,
        querystring: Type.Object({ organisationId: Type.Optional(IdSchema('org')) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(WebhookEndpointView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => ({
      items: unwrap(await listEndpointsFor(deps(), request.principal, request.query.organisationId)),
    }),
  );

  app.get(
    '/webhook-endpoints/:endpointId',
    {
      schema: {
        tags: ['webhooks'],
        security: ORG_SECURITY,
        params: EndpointParams,
        response: { 200: WebhookEndpointView, ...problems(401, 403, 404) },
      },
    },
    async (request) => unwrap(await readEndpoint(deps(), request.principal, request.params.endpointId)),
  );

  app.patch(
    '/webhook-endpoints/:endpointId',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Change the URL, the event types or the description; enable or disable',
        security: ORG_SECURITY,
        params: EndpointParams,
        body: Type.Object(
          {
            url: Type.Optional(Url),
            eventTypes: Type.Optional(EventTypes),
            description: Type.Optional(Description),
            enabled: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: WebhookEndpointView, ...problems(401, 403, 404) },
      },
    },
    async (request) => unwrap(await changeEndpoint(deps(), request.principal, request.params.endpointId, request.body)),
  );

  app.delete(
    '/webhook-endpoints/:endpointId',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Remove an endpoint and what is queued for it',
        security: ORG_SECURITY,
        params: EndpointParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      unwrap(await removeEndpoint(deps(), request.principal, request.params.endpointId));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/webhook-endpoints/:endpointId/rotate-secret',
    {
      config: { idempotent: true },
      schema: {
        tags: ['webhooks'],
        summary: 'A new secret; the previous one keeps signing too for 24 hours',
        security: ORG_SECURITY,
        params: EndpointParams,
        response: { 200: WithSecret, ...problems(401, 403, 404) },
      },
    },
    async (request) => unwrap(await rotateSecret(deps(), request.principal, request.params.endpointId)),
  );

  app.get(
    '/webhook-endpoints/:endpointId/attempts',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Delivery attempts, newest first, with the status code each got',
        security: ORG_SECURITY,
        params: EndpointParams,
        querystring: PageQuery,
        response: { 200: Page(WebhookAttemptView), ...problems(401, 403, 404) },
      },
    },
    async (request) =>
      unwrap(
        await attemptsOf(deps(), request.principal, request.params.endpointId, {
          limit: request.query.limit ?? 50,
          after: request.query.after,
        }),
      ),
  );

  app.post(
    '/webhook-endpoints/:endpointId/replay',
    {
      config: { idempotent: true },
      schema: {
        tags: ['webhooks'],
        summary: 'Send one message again, or every message since an instant (at most 1000)',
        security: ORG_SECURITY,
        params: EndpointParams,
        body: Type.Union([
          Type.Object({ messageId: IdSchema('msg') }, { additionalProperties: false }),
          Type.Object({ since: Timestamp }, { additionalProperties: false }),
        ]),
        response: {
          202: Type.Object({ replayed: Type.Integer(), messageIds: Type.Array(Type.String()) }),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request, reply) =>
      reply.code(202).send(unwrap(await replay(deps(), request.principal, request.params.endpointId, request.body))),
  );
};
