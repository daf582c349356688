import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/api-keys.js';
import { organisationFor } from '../../services/organisations.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Name, problems, USER_SECURITY } from '../schemas.js';
import { ApiKeyView, ScopeSchema } from '../views/api-key-view.js';
import { OrganisationParams } from './organisations.js';

const KeyParams = Type.Object(
  { organisationId: IdSchema('org'), keyId: IdSchema('key') },
  { additionalProperties: false },
);

export const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/organisations/:organisationId/api-keys',
    {
      config: { idempotent: true },
      schema: {
        tags: ['api-keys'],
        summary: 'Mint an API key; the secret is in this response only',
        security: USER_SECURITY,
        params: OrganisationParams,
        body: Type.Object(
          { name: Name, scopes: Type.Array(ScopeSchema, { minItems: 1, maxItems: 20, uniqueItems: true }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ key: ApiKeyView, secret: Type.String() }), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const { organisationId } = request.params;
      unwrap(await organisationFor(app.services, request.principal, organisationId, 'manage_api_keys'));
      return reply.code(201).send(await createApiKey(app.services, organisationId, userId, request.body));
    },
  );

  app.get(
    '/organisations/:organisationId/api-keys',
    {
      schema: {
        tags: ['api-keys'],
        security: USER_SECURITY,
        params: OrganisationParams,
        response: { 200: Type.Object({ items: Type.Array(ApiKeyView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      requireUser(request);
      const { organisationId } = request.params;
      unwrap(await organisationFor(app.services, request.principal, organisationId, 'manage_api_keys'));
      return { items: await listApiKeys(app.services, organisationId) };
    },
  );

  app.delete(
    '/organisations/:organisationId/api-keys/:keyId',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke a key; it stops working at once',
        security: USER_SECURITY,
        params: KeyParams,
        response: { 200: ApiKeyView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      requireUser(request);
      const { organisationId, keyId } = request.params;
      unwrap(await organisationFor(app.services, request.principal, organisationId, 'manage_api_keys'));
      return unwrap(await revokeApiKey(app.services, organisationId, keyId));
    },
  );
};
