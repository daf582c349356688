import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { addMember, createOrganisation, membersOf, organisationFor } from '../../services/organisations.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { Email, IdSchema, Name, ORG_SECURITY, Password, problems, USER_SECURITY } from '../schemas.js';
import {
  MembershipRoleSchema,
  MemberView,
  OrganisationKindSchema,
  OrganisationView,
  presentMember,
  presentOrganisation,
} from '../views/organisation-view.js';

export const OrganisationParams = Type.Object({ organisationId: IdSchema('org') }, { additionalProperties: false });

export const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation; the creator becomes its admin',
        security: USER_SECURITY,
        body: Type.Object({ name: Name, kind: OrganisationKindSchema }, { additionalProperties: false }),
        response: { 201: OrganisationView, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const organisation = await createOrganisation(app.services, userId, request.body);
      return reply.code(201).send(presentOrganisation(organisation));
    },
  );

  app.get(
    '/organisations/:organisationId',
    {
      schema: {
        tags: ['organisations'],
        security: ORG_SECURITY,
        params: OrganisationParams,
        response: { 200: OrganisationView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const { organisationId } = request.params;
      return presentOrganisation(
        unwrap(await organisationFor(app.services, request.principal, organisationId, 'read')),
      );
    },
  );

  app.post(
    '/organisations/:organisationId/members',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Add an existing user, or create a courier or worker account, with a role',
        security: USER_SECURITY,
        params: OrganisationParams,
        body: Type.Object(
          {
            email: Email,
            role: MembershipRoleSchema,
            account: Type.Optional(Type.Object({ name: Name, password: Password }, { additionalProperties: false })),
          },
          { additionalProperties: false },
        ),
        response: { 201: MemberView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const { organisationId } = request.params;
      unwrap(await organisationFor(app.services, request.principal, organisationId, 'manage_members'));
      const member = unwrap(await addMember(app.services, organisationId, request.body));
      return reply.code(201).send(presentMember(member));
    },
  );

  app.get(
    '/organisations/:organisationId/members',
    {
      schema: {
        tags: ['organisations'],
        security: USER_SECURITY,
        params: OrganisationParams,
        response: { 200: Type.Object({ items: Type.Array(MemberView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      requireUser(request);
      const { organisationId } = request.params;
      unwrap(await organisationFor(app.services, request.principal, organisationId, 'read_members'));
      return { items: (await membersOf(app.services, organisationId)).map(presentMember) };
    },
  );
};
