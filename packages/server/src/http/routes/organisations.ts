import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createFieldAccount, invite } from '../../services/invitations.js';
import { createOrganisation, membersOf, organisationFor } from '../../services/organisations.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { validation } from '../problems.js';
import { Email, IdSchema, Name, ORG_SECURITY, Password, problems, USER_SECURITY } from '../schemas.js';
import { InvitationReceiptView, presentReceipt } from '../views/invitation-view.js';
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
      config: { idempotent: true },
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation of a public kind; the creator becomes its admin',
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
      config: { idempotent: true },
      schema: {
        tags: ['organisations'],
        summary: 'Invite someone with a role, or create a courier or worker account that belongs to the organisation',
        description:
          'Answers 201 with the same receipt whether or not the email has an account. An existing account joins only ' +
          'when its holder accepts (`POST /v1/me/invitations/{id}/accept`); `account` creates a new courier or ' +
          'worker account, a member at once, or invites the existing account instead (docs/api.md, "Invitations").',
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
        response: { 201: InvitationReceiptView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const { organisationId } = request.params;
      const { email, role, account } = request.body;
      unwrap(await organisationFor(app.services, request.principal, organisationId, 'manage_members'));
      if (!account) {
        const invitation = await invite(
          app.services,
          { kind: 'organisation', id: organisationId, role },
          email,
          userId,
        );
        return reply.code(201).send(presentReceipt(unwrap(invitation)));
      }
      if (role !== 'courier' && role !== 'worker')
        throw validation('`account` creates couriers and workers only; invite anyone else', 'body.role');
      const created = await createFieldAccount(app.services, organisationId, { email, role, ...account }, userId);
      return reply.code(201).send(presentReceipt(unwrap(created)));
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
