import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { deviceKindOf } from '@threshold/protocol';
import { Type } from 'typebox';
import { authenticateDevice } from '../../services/devices-auth.js';
import { badRequest, forbidden, Problem, unauthenticated, unavailable } from '../problems.js';
import { problems } from '../schemas.js';

// Clip upload from a camera (docs/protocol.md §5): content-addressed, so the path names the bytes and a retry is
// harmless. The camera's signed `clip` event, not this upload, is what binds the hash to a recording session.

export const CLIP_MAX_BYTES = 50 * 1024 * 1024;

const ClipParams = Type.Object(
  { sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'lower-case hex SHA-256 of the body' }) },
  { additionalProperties: false },
);
const Stored = Type.Object({ sha256: Type.String(), bytes: Type.Integer() });

export const deviceUploadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Scoped to this plugin: the body stays a stream, hashed and written as it arrives, never buffered whole.
  app.addContentTypeParser('video/mp4', (_request, payload, done) => done(null, payload));

  app.put(
    '/device-uploads/clips/:sha256',
    {
      schema: {
        tags: ['devices'],
        summary: 'Upload a clip (camera, `Authorization: Device <token>`)',
        params: ClipParams,
        response: { 200: Stored, 201: Stored, ...problems(401, 403, 413, 415, 503) },
      },
    },
    async (request, reply) => {
      const clips = app.deps.clips;
      if (!clips) throw unavailable('Clip storage is not configured');
      const device = await authenticateDevice(app.services, request.headers.authorization);
      if (!device.ok) throw unauthenticated(`Send a valid device token (${device.error})`);
      if (deviceKindOf(device.value.deviceId) !== 'camera') throw forbidden('Only cameras upload clips');
      if (Number(request.headers['content-length'] ?? 0) > CLIP_MAX_BYTES) {
        throw new Problem('payload-too-large', `A clip is at most ${CLIP_MAX_BYTES} bytes`);
      }
      const { sha256 } = request.params;
      const stored = await clips.put(sha256, request.body as Readable);
      if (!stored.ok) {
        if (stored.error === 'too_large')
          throw new Problem('payload-too-large', `A clip is at most ${CLIP_MAX_BYTES} bytes`);
        throw badRequest('The SHA-256 of the body does not match the path');
      }
      request.log.info({ deviceId: device.value.deviceId, sha256, bytes: stored.value.bytes }, 'clip stored');
      return reply.code(stored.value.created ? 201 : 200).send({ sha256, bytes: stored.value.bytes });
    },
  );
};
