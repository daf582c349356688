import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeviceIdSchema } from '@threshold/protocol';
import { type Static, Type } from 'typebox';
import { authenticateDevice } from '../../services/devices-auth.js';
import { type DeviceRejections, homeDeviceRejections, rejectionsOf } from '../../services/devices-rejections.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { unauthenticated } from '../problems.js';
import { IdSchema, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import { RefusalSummaryView } from './devices-view.js';

// The messages the platform refused from a device (docs/protocol.md "Refusals"): for its home's members, and for the
// device itself with its own token, so a device maker can see why their firmware's messages are not accepted.

const Query = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
  { additionalProperties: false },
);

const RejectionsView = Type.Object({
  summary: RefusalSummaryView,
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      topic: Type.String(),
      reason: Type.String({ description: 'A rejection reason (docs/protocol.md "Refusals")' }),
      payload: Type.String({ description: 'The refused message, cut at 4096 characters' }),
      at: Timestamp,
    }),
  ),
});

const present = (r: DeviceRejections): Static<typeof RejectionsView> => r;

export const deviceRejectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/device-api/rejections',
    {
      schema: {
        tags: ['devices'],
        summary: "The calling device's recently refused messages (`Authorization: Device <token>`)",
        querystring: Query,
        response: { 200: RejectionsView, ...problems(401) },
      },
    },
    async (request) => {
      const device = await authenticateDevice(app.services, request.headers.authorization);
      if (!device.ok) throw unauthenticated(`Send a valid device token (${device.error})`);
      return present(await rejectionsOf(app.services, device.value.deviceId, request.query.limit ?? 50));
    },
  );

  app.get(
    '/homes/:homeId/devices/:deviceId/rejections',
    {
      schema: {
        tags: ['devices'],
        summary: "A home device's recently refused messages",
        security: USER_SECURITY,
        params: Type.Object({ homeId: IdSchema('home'), deviceId: DeviceIdSchema }, { additionalProperties: false }),
        querystring: Query,
        response: { 200: RejectionsView, ...problems(401, 404) },
      },
    },
    async (request) => {
      requireUser(request);
      const { homeId, deviceId } = request.params;
      const limit = request.query.limit ?? 50;
      return present(unwrap(await homeDeviceRejections(app.services, request.principal, { homeId, deviceId, limit })));
    },
  );
};
