import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { answerInvitation, invitationsOf } from '../../services/invitations.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';
import {
  AnsweredInvitationView,
  MyInvitationView,
  presentAnswered,
  presentMyInvitation,
} from '../views/invitation-view.js';

const InvitationParams = Type.Object({ invitationId: IdSchema('inv') }, { additionalProperties: false });

/** The invitee's side of an invitation: nobody joins an organisation or a home without accepting (docs/api.md). */
export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/invitations',
    {
      schema: {
        tags: ['auth'],
        summary: "The signed-in user's open invitations (not answered, not expired)",
        security: USER_SECURITY,
        response: { 200: Type.Object({ items: Type.Array(MyInvitationView) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      return { items: (await invitationsOf(app.services, userId)).map(presentMyInvitation) };
    },
  );

  for (const answer of ['accept', 'decline'] as const) {
    app.post(
      `/me/invitations/:invitationId/${answer}`,
      {
        config: { idempotent: true },
        schema: {
          tags: ['auth'],
          summary:
            answer === 'accept'
              ? 'Accept an invitation: the membership it offers starts now'
              : 'Decline an invitation: nothing changes and it can no longer be accepted',
          security: USER_SECURITY,
          params: InvitationParams,
          response: { 200: AnsweredInvitationView, ...problems(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { userId } = requireUser(request);
        return presentAnswered(
          unwrap(await answerInvitation(app.services, userId, request.params.invitationId, answer)),
        );
      },
    );
  }
};
