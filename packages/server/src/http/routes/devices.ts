import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeviceIdSchema } from '@threshold/protocol';
import { Type } from 'typebox';
import { getDevice, listHomeDevices, pairDevice } from '../../services/devices.js';
import { refusalSummaries } from '../../store/device-trust-repo.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { unavailable } from '../problems.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';
import { deviceRejectionRoutes } from './devices-rejections.js';
import { deviceUploadRoutes } from './devices-uploads.js';
import { DeviceView, presentDevice } from './devices-view.js';
import { HomeParams } from './homes.js';

// Pairing and the devices of a home (docs/protocol.md §6).

const PairBody = Type.Object(
  {
    claimCode: Type.String({ minLength: 12, maxLength: 20, description: 'As printed on the box: XXXX-XXXX-XXXX' }),
    accessPointId: IdSchema('ap'),
  },
  { additionalProperties: false },
);

export const deviceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(deviceUploadRoutes);
  await app.register(deviceRejectionRoutes);

  app.post(
    '/devices/pair',
    {
      schema: {
        tags: ['devices'],
        summary: 'Pair a device to an access point with its claim code',
        security: USER_SECURITY,
        body: PairBody,
        response: { 201: DeviceView, ...problems(401, 403, 404, 409, 503) },
      },
      // A retry with the same Idempotency-Key gets the first answer, not "unknown claim code" (used once).
      config: { idempotent: true },
    },
    async (request, reply) => {
      requireUser(request);
      const gateway = app.deps.gateway;
      if (!gateway) throw unavailable('The device gateway is not running');
      const device = unwrap(await pairDevice({ ...app.services, gateway }, request.principal, request.body));
      return reply.code(201).send(presentDevice(device));
    },
  );

  app.get(
    '/homes/:homeId/devices',
    {
      schema: {
        tags: ['devices'],
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: Type.Object({ items: Type.Array(DeviceView) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const devices = unwrap(await listHomeDevices(app.services, request.principal, request.params.homeId));
      const refusals = await refusalSummaries(
        app.services.db,
        devices.map((d) => d.id),
      );
      return { items: devices.map((d) => presentDevice(d, refusals.get(d.id))) };
    },
  );

  app.get(
    '/devices/:deviceId',
    {
      schema: {
        tags: ['devices'],
        security: USER_SECURITY,
        params: Type.Object({ deviceId: DeviceIdSchema }, { additionalProperties: false }),
        response: { 200: DeviceView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const device = unwrap(await getDevice(app.services, request.principal, request.params.deviceId));
      return presentDevice(device, (await refusalSummaries(app.services.db, [device.id])).get(device.id));
    },
  );
};
