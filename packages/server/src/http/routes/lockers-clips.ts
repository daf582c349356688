import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listReservationClips } from '../../services/lockers/clips.js';
import { unwrap } from '../outcome.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';

// The footage of a parcel's locker openings (docs/lockers.md "The site camera"): the household and the operator's
// members list it here and watch each clip at GET /v1/clips/{clipId}, where every look is logged.

const ReservationParams = Type.Object({ reservationId: IdSchema('lkr') }, { additionalProperties: false });

const LockerClipView = Type.Object({
  id: Type.String(),
  session: Type.String({
    description: 'The recording session: the reservation and the opening (drop, pickup, return)',
  }),
  sha256: Type.String(),
  bytes: Type.Integer(),
  durationMs: Type.Integer(),
  startedAt: Type.String(),
  endedAt: Type.String(),
});

export const lockerClipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/locker-reservations/:reservationId/clips',
    {
      schema: {
        tags: ['lockers'],
        summary:
          "The site camera's clips of a parcel's openings (the household and the locker operator's members only); " +
          'watch one at GET /v1/clips/{clipId}',
        security: USER_SECURITY,
        params: ReservationParams,
        response: { 200: Type.Object({ items: Type.Array(LockerClipView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const items = unwrap(await listReservationClips(app.services, request.principal, request.params.reservationId));
      return { items };
    },
  );
};
