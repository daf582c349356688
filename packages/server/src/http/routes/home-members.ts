import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { homeFor } from '../../services/home-access.js';
import { homeMembers } from '../../services/homes.js';
import { invite } from '../../services/invitations.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { Email, problems, USER_SECURITY } from '../schemas.js';
import { HomeMemberView, HomeRoleSchema, presentHomeMember } from '../views/home-view.js';
import { InvitationReceiptView, presentReceipt } from '../views/invitation-view.js';
import { HomeParams } from './homes.js';

export const homeMemberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/homes/:homeId/members',
    {
      config: { idempotent: true },
      schema: {
        tags: ['homes'],
        summary: 'Invite someone to the home as owner or resident; they join when they accept',
        description:
          'Answers 201 with the same receipt whether or not the email has a customer account (docs/api.md, ' +
          '"Invitations"). The invitee accepts with `POST /v1/me/invitations/{id}/accept`.',
        security: USER_SECURITY,
        params: HomeParams,
        body: Type.Object({ email: Email, role: HomeRoleSchema }, { additionalProperties: false }),
        response: { 201: InvitationReceiptView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'manage_members'));
      const { email, role } = request.body;
      const invitation = unwrap(await invite(app.services, { kind: 'home', id: home.id, role }, email, userId));
      return reply.code(201).send(presentReceipt(invitation));
    },
  );

  app.get(
    '/homes/:homeId/members',
    {
      schema: {
        tags: ['homes'],
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: Type.Object({ items: Type.Array(HomeMemberView) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'read'));
      return { items: (await homeMembers(app.services, home.id)).map(presentHomeMember) };
    },
  );
};
