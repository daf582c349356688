import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authenticateDevice } from '../../services/devices-auth.js';
import { acceptClipUpload, UPLOAD_LIMITS, type UploadRefusal } from '../../services/devices-uploads.js';
import { badRequest, forbidden, Problem, unauthenticated, unavailable } from '../problems.js';
import { Nullable, problems } from '../schemas.js';

// Clip upload from a camera (docs/protocol.md §5): content-addressed, so the path names the bytes and a retry is
// harmless. Only a paired camera, for a session the platform asked it to record, within size and rate bounds; the
// camera's signed `clip` event then binds the hash to the session.

export const CLIP_MAX_BYTES = UPLOAD_LIMITS.maxBytes;

const ClipParams = Type.Object(
  { sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'lower-case hex SHA-256 of the body' }) },
  { additionalProperties: false },
);
const UploadHeaders = Type.Object({
  'threshold-session': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9._:-]{1,128}$',
      description: 'The recording session (from `record.start`); absent: the oldest session awaiting an upload',
    }),
  ),
});
const Stored = Type.Object({
  sha256: Type.String(),
  bytes: Type.Integer(),
  verification: Type.Object({
    ok: Type.Boolean(),
    detail: Nullable(Type.String({ description: 'Why the bytes are not an MP4 with a video track' })),
  }),
});

function refusalProblem(refusal: UploadRefusal): Problem {
  switch (refusal.reason) {
    case 'not_camera':
      return forbidden('Only cameras upload clips');
    case 'not_paired':
      return new Problem('device-not-paired', 'Only a camera paired to a home uploads clips');
    case 'not_expected':
      return new Problem('upload-not-expected', 'No recording session of this camera awaits an upload');
    case 'rate_limited':
      return new Problem(
        'upload-rate-limited',
        `At most ${refusal.perWindow} uploads per camera every ${UPLOAD_LIMITS.windowMs / 60_000} minutes`,
        { retryAfterSeconds: refusal.retryAfterSeconds },
      );
    case 'too_large':
      return new Problem('payload-too-large', `A clip is at most ${UPLOAD_LIMITS.maxBytes} bytes`);
    case 'hash_mismatch':
      return badRequest('The SHA-256 of the body does not match the path');
  }
}

export const deviceUploadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Scoped to this plugin: the body stays a stream, hashed and written as it arrives, never buffered whole.
  app.addContentTypeParser('video/mp4', (_request, payload, done) => done(null, payload));

  app.put(
    '/device-uploads/clips/:sha256',
    {
      bodyLimit: UPLOAD_LIMITS.maxBytes,
      schema: {
        tags: ['devices'],
        summary: 'Upload a clip (paired camera, `Authorization: Device <token>`, for a session it was asked to record)',
        params: ClipParams,
        headers: UploadHeaders,
        response: { 200: Stored, 201: Stored, ...problems(401, 403, 409, 413, 415, 429, 503) },
      },
    },
    async (request, reply) => {
      const clips = app.deps.clips;
      if (!clips) throw unavailable('Clip storage is not configured');
      const device = await authenticateDevice(app.services, request.headers.authorization);
      if (!device.ok) throw unauthenticated(`Send a valid device token (${device.error})`);
      const { sha256 } = request.params;
      const result = await acceptClipUpload(
        { ...app.services, clips, uploadsPerWindow: app.deps.config.limits.clipUploadsPer10Minutes },
        {
          deviceId: device.value.deviceId,
          sha256,
          contentLength: Number(request.headers['content-length'] ?? 0),
          session: request.headers['threshold-session'],
          body: request.body as Readable,
        },
      );
      if (!result.ok) {
        if (result.error.reason === 'rate_limited') reply.header('retry-after', result.error.retryAfterSeconds);
        throw refusalProblem(result.error);
      }
      const { created, bytes, checkFailure } = result.value;
      request.log.info({ deviceId: device.value.deviceId, sha256, bytes, checkFailure }, 'clip stored');
      return reply
        .code(created ? 201 : 200)
        .send({ sha256, bytes, verification: { ok: checkFailure === null, detail: checkFailure } });
    },
  );
};
